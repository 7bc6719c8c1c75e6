#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Release channels as a lead runs them, measured as whole processes (medians, ../shared/bench/ab.py):
# - publish a release of 10 files (9 wheels of ~1 MB and the sdist) to a WebDAV channel on nginx (the
#   docs/nginx-channel.conf snippet), against twine uploading the same files to the PyPI/devpi stand-in;
# - promote those 10 files unstable → testing (server-side COPY, each verified) against publishing them
#   to testing (upload, each verified);
# - `slipway channels` on 3 channels × 200 versions, against `pip index versions` on one of them.
# Usage: bench/bench_channels.sh SLIPWAY [N]   (tools/dev exec, release build)
set -euo pipefail
slipway=$(realpath "$1")
n=${2:-7}
src=$(cd "$(dirname "$0")/.." && pwd)
ab="python3 $src/../shared/bench/ab.py"
work=$(mktemp -d)
cleanup() { [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; [[ -n ${legacy_pid:-} ]] && kill "$legacy_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work"/{srv,tmp,logs}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
echo "alice:$(openssl passwd -apr1 s3cret)" > "$work/htpasswd"
{
    echo "load_module /usr/lib/nginx/modules/ngx_http_dav_ext_module.so;"
    echo "worker_processes 1; pid $work/nginx.pid; error_log $work/logs/error.log; events { worker_connections 64; }"
    echo "http { access_log off; client_body_temp_path $work/tmp/body; proxy_temp_path $work/tmp/p; fastcgi_temp_path $work/tmp/f; uwsgi_temp_path $work/tmp/u; scgi_temp_path $work/tmp/s;"
    sed -e "s|/srv/channels|$work/srv|; s|/etc/nginx/slipway.htpasswd|$work/htpasswd|; s|listen 443 ssl;|listen 127.0.0.1:$port;|; /server_name/d; /ssl_/d" "$src/docs/nginx-channel.conf"
    echo "}"
} > "$work/nginx.conf"
/usr/sbin/nginx -c "$work/nginx.conf" -p "$work" -e "$work/logs/error.log"
python3 "$src/tests/support/legacy_index.py" > "$work/legacy.out" &
legacy_pid=$!
for _ in $(seq 50); do grep -q READY "$work/legacy.out" 2>/dev/null && break; sleep 0.1; done
legacy=http://127.0.0.1:$(awk '/READY/ {print $2}' "$work/legacy.out")
url=http://127.0.0.1:$port

project=$work/project
mkdir -p "$project"
printf '[project]\nname = "demo-pkg"\nversion = "1.0"\n' > "$project/pyproject.toml"
cat > "$project/slipway.yaml" <<YAML
channels:
  unstable: {url: "$url/unstable/"}
  testing: {url: "$url/testing/"}
  stable: {url: "$url/stable/"}
promotion:
  - {from: unstable, to: testing}
YAML
export SLIPWAY_UNSTABLE_USERNAME=alice SLIPWAY_UNSTABLE_PASSWORD=s3cret SLIPWAY_TESTING_USERNAME=alice \
    SLIPWAY_TESTING_PASSWORD=s3cret SLIPWAY_STABLE_USERNAME=alice SLIPWAY_STABLE_PASSWORD=s3cret
mapfile -t files < <(python3 "$src/tests/support/make_dists.py" demo-pkg 1.0 "$work/dist" --payload 1000000 --wheels 9)
echo "release: ${#files[@]} files, $(du -ch "${files[@]}" | tail -1 | cut -f1)"

echo "publish 10 files: twine upload (stand-in index) vs slipway publish (WebDAV, each file verified):"
$ab "$n" "twine --no-color upload --non-interactive --disable-progress-bar --repository-url $legacy/alice/dev/ -u alice -p s3cret ${files[*]}" \
    "bash -c 'rm -rf $work/srv/unstable && exec $slipway publish --channel unstable $project ${files[*]}'"
echo "promote 10 files unstable → testing: slipway publish to testing vs slipway promote (server COPY, verified):"
$ab "$n" "bash -c 'rm -rf $work/srv/testing && exec $slipway publish --channel testing $project ${files[*]}'" \
    "bash -c 'rm -rf $work/srv/testing && exec $slipway promote 1.0 --from unstable --to testing $project'"

# 3 channels × 200 versions: the files copied in place, then one publish per channel writes its pages.
mapfile -t small < <(python3 "$src/tests/support/make_dists.py" demo-pkg 0.0.1 "$work/small")
for channel in unstable testing stable; do
    mkdir -p "$work/srv/$channel/files/demo-pkg"
    for v in $(seq 1 200); do
        for f in "${small[@]}"; do cp "$f" "$work/srv/$channel/files/demo-pkg/$(basename "$f" | sed "s/0\.0\.1/2.$v.0/")"; done
    done
    "$slipway" publish --channel "$channel" "$project" "${small[@]}" > /dev/null 2>&1
done
echo "board of 3 channels × 201 versions: pip index versions (one channel) vs slipway channels --json (three):"
$ab "$n" "python3 -m pip index versions demo-pkg --index-url $url/stable/simple/ --disable-pip-version-check" \
    "$slipway channels --json $project"
