#!/usr/bin/env python3
"""A headless Chromium page driven over the DevTools protocol (--remote-debugging-pipe: the
protocol's JSON messages on file descriptors 3 and 4, NUL-terminated, so no port is opened).

Reads one JSON command per line on stdin and answers one JSON line on stdout:
  {"open": URL, "width": 1920, "height": 1080, "scale": 1, "headers": {...}}
  {"wait": JS, "timeout": 20}   waits until the expression is truthy: {"ok": true, "value": ...}
  {"eval": JS}                  {"ok": true, "value": ...}
  {"screenshot": PATH}          writes a PNG of the viewport: {"ok": true, "bytes": N}
  {"console": true}             the console messages and exceptions seen so far
A failure answers {"ok": false, "error": "..."}; end of input closes the browser.
"""
import base64, json, os, shutil, subprocess, sys, tempfile, threading, time

BROWSER = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(p)), None)


class Pipe:
    def __init__(self, profile):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        # Above 4, so placing them at 3 and 4 in the child never overwrites one with the other.
        to_browser_r, from_browser_w = os.dup(to_browser_r) if to_browser_r <= 4 else to_browser_r, os.dup(from_browser_w) if from_browser_w <= 4 else from_browser_w

        def fds():
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self.process = subprocess.Popen(
            [BROWSER, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
             "--disable-extensions", "--disable-background-networking", "--remote-debugging-pipe",
             f"--user-data-dir={profile}", "about:blank"],
            preexec_fn=fds, pass_fds=(3, 4), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.next_id = 0
        self.buffer = b""
        self.answers = {}
        self.events = []
        self.lock = threading.Condition()
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        while True:
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                with self.lock:
                    self.closed = True
                    self.lock.notify_all()
                return
            self.buffer += chunk
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                message = json.loads(raw)
                with self.lock:
                    if "id" in message:
                        self.answers[message["id"]] = message
                    else:
                        self.events.append(message)
                    self.lock.notify_all()

    def call(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        ident = self.next_id
        message = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        with self.lock:
            while ident not in self.answers:
                left = deadline - time.monotonic()
                if left <= 0 or getattr(self, "closed", False):
                    raise RuntimeError(f"{method}: no answer")
                self.lock.wait(left)
            answer = self.answers.pop(ident)
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error'].get('message')}")
        return answer.get("result", {})

    def wait_event(self, method, session, timeout):
        deadline = time.monotonic() + timeout
        with self.lock:
            while True:
                for index, event in enumerate(self.events):
                    if event.get("method") == method and event.get("sessionId") == session:
                        del self.events[index]
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    raise RuntimeError(f"no {method} within {timeout}s")
                self.lock.wait(left)


def main():
    if BROWSER is None:
        print(json.dumps({"ok": False, "error": "chromium is missing: Deploy/install-deps --python installs it"}), flush=True)
        return
    profile = tempfile.mkdtemp(prefix="ioc-devtools-")
    browser = Pipe(profile)
    session = None
    console = []
    try:
        for line in sys.stdin:
            if not line.strip():
                continue
            command = json.loads(line)
            try:
                if "open" in command:
                    if session is None:
                        target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
                        session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
                        for domain in ("Page", "Runtime", "Network", "Log"):
                            browser.call(f"{domain}.enable", session=session)
                    browser.call("Emulation.setDeviceMetricsOverride", {
                        "width": command.get("width", 1920), "height": command.get("height", 1080),
                        "deviceScaleFactor": command.get("scale", 1), "mobile": False}, session=session)
                    if command.get("headers"):
                        browser.call("Network.setExtraHTTPHeaders", {"headers": command["headers"]}, session=session)
                    with browser.lock:
                        browser.events = [e for e in browser.events if e.get("method") != "Page.loadEventFired"]
                    navigated = browser.call("Page.navigate", {"url": command["open"]}, session=session)
                    if navigated.get("errorText"):
                        raise RuntimeError(navigated["errorText"])
                    browser.wait_event("Page.loadEventFired", session, command.get("timeout", 30))
                    answer = {"ok": True}
                elif "wait" in command:
                    deadline = time.monotonic() + command.get("timeout", 20)
                    value = None
                    while time.monotonic() < deadline:
                        result = browser.call("Runtime.evaluate", {"expression": command["wait"], "returnByValue": True}, session=session)
                        value = result.get("result", {}).get("value")
                        if value:
                            break
                        time.sleep(0.05)
                    answer = {"ok": bool(value), "value": value}
                    if not value:
                        answer["error"] = f"still false after {command.get('timeout', 20)}s: {command['wait']}"
                elif "eval" in command:
                    result = browser.call("Runtime.evaluate", {"expression": command["eval"], "returnByValue": True}, session=session)
                    if "exceptionDetails" in result:
                        raise RuntimeError(result["exceptionDetails"].get("text", "exception"))
                    answer = {"ok": True, "value": result.get("result", {}).get("value")}
                elif "screenshot" in command:
                    data = base64.b64decode(browser.call("Page.captureScreenshot", {"format": "png"}, session=session)["data"])
                    with open(command["screenshot"], "wb") as f:
                        f.write(data)
                    answer = {"ok": True, "bytes": len(data)}
                elif "console" in command:
                    with browser.lock:
                        for event in browser.events:
                            if event.get("method") == "Runtime.exceptionThrown":
                                console.append("exception: " + json.dumps(event["params"]["exceptionDetails"].get("exception", {}).get("description", "")))
                            elif event.get("method") == "Log.entryAdded":
                                entry = event["params"]["entry"]
                                console.append(entry.get("level", "") + ": " + entry.get("text", "") + (" " + entry["url"] if entry.get("url") else ""))
                            elif event.get("method") == "Runtime.consoleAPICalled":
                                console.append(event["params"].get("type", "") + ": " + " ".join(str(a.get("value", "")) for a in event["params"].get("args", [])))
                        browser.events = [e for e in browser.events if e.get("method") not in ("Runtime.exceptionThrown", "Log.entryAdded", "Runtime.consoleAPICalled")]
                    answer = {"ok": True, "value": console}
                else:
                    answer = {"ok": False, "error": "unknown command"}
            except Exception as error:  # one failed command is an answer, the browser stays
                answer = {"ok": False, "error": str(error)}
            print(json.dumps(answer), flush=True)
    finally:
        try:
            browser.call("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            browser.process.wait(timeout=5)
        except Exception:
            browser.process.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
