#!/usr/bin/env python3
"""A fake provincial one-stop system for the polling connector's tests: a real HTTP server on
loopback that serves dossiers changed since an instant, a page at a time, as the connector
asks (GET /dossiers?since=yyyyMMddHHmmss&page=n&size=m, oldest change first), and that a test
steers through POST /admin: add or replace dossiers, fail the next requests, fail a page.

Prints its port on the first line of stdout, then serves until its stdin closes. Loopback
only.
"""
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

state = {"dossiers": {}, "fail_next": 0, "fail_page": None, "token": None, "requests": []}
lock = threading.Lock()


def changed(d):
    return d.get("NgayCapNhat") or d.get("ngayCapNhat") or ""


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, body):
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        with lock:
            if url.path == "/admin":
                return self.reply(200, {"requests": state["requests"], "count": len(state["dossiers"])})
            state["requests"].append(self.path)
            if url.path != "/dossiers":
                return self.reply(404, {"error": "no such path"})
            if state["token"] and self.headers.get("Authorization") != "Bearer " + state["token"]:
                return self.reply(403, {"error": "bad token"})
            if state["fail_next"] > 0:
                state["fail_next"] -= 1
                return self.reply(503, {"error": "busy"})
            page, size = int(query.get("page", 0)), int(query.get("size", 100))
            if state["fail_page"] is not None and page == state["fail_page"]:
                return self.reply(500, {"error": "page broken"})
            since = query.get("since", "")
            items = sorted((d for d in state["dossiers"].values() if changed(d) >= since), key=lambda d: (changed(d), str(d.get("MaHoSo"))))
            chunk = items[page * size:(page + 1) * size]
            return self.reply(200, {"data": chunk, "page": page, "last": (page + 1) * size >= len(items)})

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        with lock:
            for d in body.get("add", []):
                state["dossiers"][str(d.get("MaHoSo") or d.get("maHoSo"))] = d
            if "fail_next" in body:
                state["fail_next"] = body["fail_next"]
            if "fail_page" in body:
                state["fail_page"] = body["fail_page"]
            if "token" in body:
                state["token"] = body["token"]
        self.reply(200, {"ok": True})


def exit_when_parent_goes():
    # The test holds our stdin open; when it closes it (or dies), we stop.
    sys.stdin.read()
    import os
    os._exit(0)


threading.Thread(target=exit_when_parent_goes, daemon=True).start()
server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
