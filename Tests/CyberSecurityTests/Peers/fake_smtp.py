"""A test double of an SMTP server (RFC 5321), on loopback only: it accepts every
message and appends each, with its envelope, as one JSON line to the file named.

usage: fake_smtp.py OUTFILE [--refuse-rcpt]   (prints "port N" when listening)
"""
import json, socket, sys, threading

out_path = sys.argv[1]
refuse_rcpt = "--refuse-rcpt" in sys.argv
lock = threading.Lock()


def session(conn):
    f = conn.makefile("rb")
    def say(line):
        conn.sendall((line + "\r\n").encode())
    say("220 fake-smtp.test ESMTP")
    sender, rcpts = None, []
    while True:
        line = f.readline()
        if not line:
            return
        command = line.decode("utf-8", "replace").strip()
        verb = command.split(" ")[0].upper()
        if verb in ("EHLO", "HELO"):
            say("250-fake-smtp.test")
            say("250 8BITMIME")
        elif verb == "MAIL":
            sender, rcpts = command[10:].strip(), []
            say("250 OK")
        elif verb == "RCPT":
            if refuse_rcpt:
                say("550 no such user")
            else:
                rcpts.append(command[8:].strip())
                say("250 OK")
        elif verb == "DATA":
            say("354 end with <CRLF>.<CRLF>")
            data = b""
            while True:
                chunk = f.readline()
                if chunk in (b".\r\n", b""):
                    break
                data += chunk
            with lock, open(out_path, "a") as out:
                out.write(json.dumps({"from": sender, "to": rcpts, "data": data.decode("utf-8", "replace")}) + "\n")
            say("250 queued")
        elif verb == "QUIT":
            say("221 bye")
            return
        else:
            say("250 OK")


server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(8)
print("port", server.getsockname()[1], flush=True)
while True:
    conn, _ = server.accept()
    threading.Thread(target=lambda c=conn: (session(c), c.close()), daemon=True).start()
