#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A STAND-IN for PyPI, TestPyPI and devpi in the channel tests: none of them can be installed here (no
PyPI, devpi is not packaged in Debian 13). It implements, on 127.0.0.1, only what Slipway and twine use, as
the projects document it:

- Warehouse's legacy upload API: POST multipart/form-data with `:action=file_upload`, `content`,
  `name`, `version`, `sha256_digest`, basic auth; 200 when stored or when the identical file is there, 400
  "File already exists" when the name is there with other bytes, 401 without valid credentials;
- devpi's index layout (/USER/INDEX/, /USER/INDEX/+simple/PROJECT/, /USER/INDEX/+f/FILE), its login
  (POST /+login, JSON {"user", "password"} -> {"result": {"password": TOKEN}, "type": "proxyauth"}) and its
  push (POST /USER/INDEX/ with JSON {"name", "version", "targetindex"} and X-Devpi-Auth: base64(user:TOKEN),
  replying {"result": [[STATUS, "store_releasefile", PATH], ...], "type": "actionlog"});
- the simple pages as PEP 691 JSON or PEP 503 HTML, as the client's Accept header asks.

Prints "READY <port>" once it listens."""
import argparse
import base64
import email.parser
import hashlib
import html
import json
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
INDEXES = {}  # "user/index" -> {filename: {"bytes", "sha256", "name", "version", "requires_python"}}
TOKENS = set()


def normalize(name):
    import re
    return re.sub(r"[-_.]+", "-", name).lower()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, body=b"", content_type="text/plain"):
        if isinstance(body, str):
            body = body.encode()
        # Warehouse puts the reason in the status line, which is what twine prints.
        self.send_response(status, body.decode(errors="replace")[:200] if status >= 400 else None)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if status == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="stand-in"')
        self.end_headers()
        self.wfile.write(body)

    def authorized(self):
        header = self.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return False
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        return user == self.server.user and password == self.server.password

    def index_of(self, path):
        parts = [p for p in path.split("/") if p]
        return "/".join(parts[:2]) if len(parts) >= 2 else None

    def do_GET(self):
        parts = [p for p in self.path.split("?")[0].split("/") if p]
        if len(parts) >= 4 and parts[2] == "+simple":
            index = "/".join(parts[:2])
            project = normalize(parts[3])
            with LOCK:
                files = {f: v for f, v in INDEXES.get(index, {}).items() if normalize(v["name"]) == project}
            if not files:
                return self.reply(404, "no such project")
            if "application/vnd.pypi.simple.v1+json" in self.headers.get("Accept", ""):
                doc = {"meta": {"api-version": "1.1"}, "name": project, "files": [
                    {"filename": f, "url": f"/{index}/+f/{f}", "hashes": {"sha256": v["sha256"]},
                     "requires-python": v["requires_python"], "size": len(v["bytes"]), "yanked": False}
                    for f, v in sorted(files.items())]}
                return self.reply(200, json.dumps(doc), "application/vnd.pypi.simple.v1+json")
            links = "".join(f'<a href="/{index}/+f/{html.escape(f)}#sha256={v["sha256"]}">{html.escape(f)}</a><br/>\n'
                            for f, v in sorted(files.items()))
            return self.reply(200, f"<!DOCTYPE html><html><body>{links}</body></html>", "text/html")
        if len(parts) == 4 and parts[2] == "+f":
            with LOCK:
                entry = INDEXES.get("/".join(parts[:2]), {}).get(parts[3])
            if entry is None:
                return self.reply(404, "no such file")
            return self.reply(200, entry["bytes"], "application/octet-stream")
        return self.reply(404, "not found")

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        content_type = self.headers.get("Content-Type", "")
        if self.path.rstrip("/") == "/+login":
            request = json.loads(body or b"{}")
            if request.get("user") != self.server.user or request.get("password") != self.server.password:
                return self.reply(401, json.dumps({"message": "unauthorized"}), "application/json")
            token = secrets.token_hex(16)
            TOKENS.add(token)
            return self.reply(200, json.dumps({"result": {"password": token, "expiration": 36000},
                                               "type": "proxyauth"}), "application/json")
        index = self.index_of(self.path)
        if index is None:
            return self.reply(404, "no index")
        if content_type.startswith("application/json"):
            return self.push(index, json.loads(body))
        if not self.authorized():
            return self.reply(401, "Invalid or non-existent authentication information.")
        message = email.parser.BytesParser().parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\nMIME-Version: 1.0\r\n\r\n" + body)
        fields, content, filename = {}, None, None
        for part in message.get_payload():
            name = part.get_param("name", header="content-disposition")
            if name == "content":
                content, filename = part.get_payload(decode=True), part.get_filename()
            else:
                fields[name] = part.get_payload(decode=True).decode()
        if fields.get(":action") != "file_upload" or content is None:
            return self.reply(400, "Invalid upload request.")
        digest = hashlib.sha256(content).hexdigest()
        if fields.get("sha256_digest") and fields["sha256_digest"] != digest:
            return self.reply(400, "The digest supplied does not match a digest calculated from the uploaded file.")
        with LOCK:
            files = INDEXES.setdefault(index, {})
            there = files.get(filename)
            if there is not None:
                if there["sha256"] == digest:
                    return self.reply(200, "OK (identical file)")
                return self.reply(400, f"File already exists ('{filename}', with sha256 {there['sha256']}).")
            files[filename] = {"bytes": content, "sha256": digest, "name": fields.get("name", ""),
                               "version": fields.get("version", ""),
                               "requires_python": fields.get("requires_python", "")}
        return self.reply(200, "OK")

    def push(self, index, request):
        auth = self.headers.get("X-Devpi-Auth", "")
        try:
            user, _, token = base64.b64decode(auth).decode().partition(":")
        except ValueError:
            user, token = "", ""
        if user != self.server.user or token not in TOKENS:
            return self.reply(401, json.dumps({"message": "not authenticated"}), "application/json")
        name, version, target = normalize(request.get("name", "")), request.get("version"), request.get("targetindex")
        actions = []
        with LOCK:
            source = INDEXES.get(index, {})
            chosen = {f: v for f, v in source.items() if normalize(v["name"]) == name and v["version"] == version}
            if not chosen:
                return self.reply(404, json.dumps({"message": f"no release {name} {version}"}), "application/json")
            destination = INDEXES.setdefault(target, {})
            for f, v in sorted(chosen.items()):
                there = destination.get(f)
                if there is not None and there["sha256"] != v["sha256"]:
                    return self.reply(409, json.dumps({"message": f"{f} exists in {target} with other bytes"}),
                                      "application/json")
                destination[f] = dict(v)
                actions.append([200, "store_releasefile", f"{target}/+f/{f}"])
        return self.reply(200, json.dumps({"result": actions, "type": "actionlog"}), "application/json")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--user", default="alice")
    parser.add_argument("--password", default="s3cret")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.user, server.password = args.user, args.password
    print(f"READY {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
