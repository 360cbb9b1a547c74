"""A foreign nng peer (pynng, its own nng build) talking to the hub's sync endpoint.

Usage: nng_peer.py SYNC_URL
Sends three requests on one REQ socket — garbage, an empty message, a truncated
protobuf — and prints each reply as hex, one per line. Exits non-zero on timeout.
"""
import sys

import pynng

url = sys.argv[1]
with pynng.Req0(dial=url, recv_timeout=10000, send_timeout=10000) as socket:
    for request in (b"\xff" * 64, b"", b"\x0a\x20" + b"\x07" * 10):
        socket.send(request)
        print(socket.recv().hex(), flush=True)
