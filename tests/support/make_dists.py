#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a small, valid wheel and sdist of NAME VERSION into OUTDIR (for the channel tests: publishing
and promoting files without running a build backend). --payload N adds N random bytes to the package,
--salt S changes the bytes but not the names (a "same file name, other bytes" case)."""
import argparse
import base64
import hashlib
import io
import os
import tarfile
import zipfile


def record_hash(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("name")
    parser.add_argument("version")
    parser.add_argument("outdir")
    parser.add_argument("--payload", type=int, default=0)
    parser.add_argument("--salt", default="")
    parser.add_argument("--wheels", type=int, default=1, help="wheels for that many Python tags (py3, py38, py39…)")
    args = parser.parse_args()
    name, version = args.name, args.version
    module = name.replace("-", "_")
    metadata = (f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nSummary: test package\n"
                f"Requires-Python: >=3.8\nDescription-Content-Type: text/plain\n\n{name} for the channel tests.\n").encode()
    init = f'__version__ = "{version}"\nSALT = "{args.salt}"\n'.encode()
    files = {f"{module}/__init__.py": init}
    if args.payload:
        files[f"{module}/payload.bin"] = os.urandom(args.payload)
    dist_info = f"{module}-{version}.dist-info"
    files[f"{dist_info}/METADATA"] = metadata
    os.makedirs(args.outdir, exist_ok=True)
    wheels = []
    for tag in ["py3"] + [f"py3{minor}" for minor in range(8, 8 + args.wheels - 1)]:
        contents = dict(files)
        contents[f"{dist_info}/WHEEL"] = (f"Wheel-Version: 1.0\nGenerator: make_dists\nRoot-Is-Purelib: true\n"
                                          f"Tag: {tag}-none-any\n").encode()
        record = "".join(f"{path},{record_hash(data)},{len(data)}\n" for path, data in contents.items())
        record += f"{dist_info}/RECORD,,\n"
        contents[f"{dist_info}/RECORD"] = record.encode()
        wheel = os.path.join(args.outdir, f"{module}-{version}-{tag}-none-any.whl")
        with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as z:
            for path, data in contents.items():
                z.writestr(zipfile.ZipInfo(path, date_time=(2026, 1, 1, 0, 0, 0)), data)
        wheels.append(wheel)
    sdist = os.path.join(args.outdir, f"{module}-{version}.tar.gz")
    base = f"{module}-{version}"
    pyproject = (f'[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n'
                 f'[project]\nname = "{name}"\nversion = "{version}"\nrequires-python = ">=3.8"\n').encode()
    with tarfile.open(sdist, "w:gz") as t:
        for path, data in {f"{base}/PKG-INFO": metadata, f"{base}/pyproject.toml": pyproject,
                           f"{base}/src/{module}/__init__.py": init}.items():
            info = tarfile.TarInfo(path)
            info.size = len(data)
            info.mtime = 1767225600
            t.addfile(info, io.BytesIO(data))
    for wheel in wheels:
        print(wheel)
    print(sdist)


if __name__ == "__main__":
    main()
