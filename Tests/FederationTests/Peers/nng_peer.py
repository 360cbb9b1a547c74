"""A foreign nng peer (pynng, its own nng and mbedTLS build) talking to the hub's sync endpoint.

Usage: nng_peer.py SYNC_URL [NODE_DATA_FOLDER]
With a tls+tcp:// URL, presents the node's TLS certificate from NODE_DATA_FOLDER
(tls.key, node.crt) and trusts only the hub's CA there (hub-ca.crt), checking the hub's
certificate for the name ioc-hub.local.
Sends three requests on one REQ socket — garbage, an empty message, a truncated
protobuf — and prints each reply as hex, one per line. Exits non-zero on timeout.
"""
import sys

import pynng

url = sys.argv[1]
options = {}
if url.startswith("tls+"):
    folder = sys.argv[2]

    def text(name):
        with open(f"{folder}/{name}") as f:
            return f.read()

    options["tls_config"] = pynng.TLSConfig(
        pynng.TLSConfig.MODE_CLIENT,
        server_name="ioc-hub.local",
        ca_string=text("hub-ca.crt"),
        own_key_string=text("tls.key"),
        own_cert_string=text("node.crt"),
        auth_mode=pynng.TLSConfig.AUTH_MODE_REQUIRED,
    )
with pynng.Req0(recv_timeout=10000, send_timeout=10000, **options) as socket:
    socket.dial(url, block=True)
    for request in (b"\xff" * 64, b"", b"\x0a\x20" + b"\x07" * 10):
        socket.send(request)
        print(socket.recv().hex(), flush=True)
