"""A test double of a webhook receiver, on loopback only: it appends each POST's path,
headers and body as one JSON line to the file named and answers STATUS (default 200).

usage: webhook_sink.py OUTFILE [STATUS]   (prints "port N" when listening)
"""
import json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

out_path = sys.argv[1]
status = int(sys.argv[2]) if len(sys.argv) > 2 else 200


class Sink(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with open(out_path, "a") as out:
            out.write(json.dumps({"path": self.path, "headers": dict(self.headers), "body": body.decode("utf-8", "replace")}) + "\n")
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Sink)
print("port", server.server_address[1], flush=True)
server.serve_forever()
