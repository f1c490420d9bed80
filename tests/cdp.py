"""A small Chrome DevTools Protocol client over ``--remote-debugging-pipe``: Debian's ``chromium``,
headless, driven from Python with the standard library only (no websocket, no chromedriver).

Used by the web-page tests and ``scripts/shot_web.py``; never by the plugin at run time.

Chromium reads commands on file descriptor 3 and writes answers and events on 4, each message a JSON
object ended by a NUL byte. The browser is started with the flags that work on a closed network (no
background networking, no component updates, no sync) plus a proxy that refuses everything and a host
resolver that resolves nothing, so that a page cannot fetch anything from elsewhere: a request that
leaves the machine fails and is reported as a network error in :attr:`Browser.log`.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")

#: Flags of a headless browser with the network blocked (see /work/.library/env/machines/python.md).
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
         "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--remote-debugging-pipe")


def chromium_path() -> str | None:
    """The browser's executable, or None when none is installed."""
    for name in CHROMIUM_CANDIDATES:
        p = shutil.which(name)
        if p:
            return p
    return None


class CDPError(RuntimeError):
    """The browser answered a command with an error, died, or did not answer in time."""


class Browser:
    """One headless browser with one page; a context manager."""

    def __init__(self, width: int = 1280, height: int = 900, mobile: bool = False, scale: float = 1.0) -> None:
        exe = chromium_path()
        if exe is None:
            raise CDPError("chromium is not installed (scripts/setup.sh installs Debian's package)")
        self.profile = tempfile.mkdtemp(prefix="footfall-chromium-")
        cmd_r, cmd_w = os.pipe()  # we write commands, the browser reads them on fd 3
        out_r, out_w = os.pipe()  # the browser writes on fd 4, we read

        def child() -> None:  # the pipe ends as fds 3 and 4, whatever numbers they had
            a, b = os.dup(cmd_r), os.dup(out_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [exe, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(3, 4), preexec_fn=child, close_fds=True)
        os.close(cmd_r)
        os.close(out_w)
        self._w, self._r = cmd_w, out_r
        self._buf = b""
        self._id = 0
        self.events: list[dict] = []
        #: (kind, text) of every console message, uncaught exception and log entry of the page
        self.log: list[tuple[str, str]] = []
        self.session = None
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.resize(width, height, mobile, scale)

    # -- protocol ------------------------------------------------------------------------------------
    def _read(self, timeout: float) -> dict | None:
        end = time.monotonic() + timeout
        while b"\0" not in self._buf:
            left = end - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self._r], [], [], left)
            if not ready:
                return None
            chunk = os.read(self._r, 1 << 20)
            if not chunk:
                raise CDPError("the browser closed its pipe (crashed?)")
            self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        msg = json.loads(raw)
        if "method" in msg:
            self._event(msg)
        return msg

    def _event(self, msg: dict) -> None:
        self.events.append(msg)
        m, p = msg["method"], msg.get("params", {})
        if m == "Runtime.consoleAPICalled":
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))
            self.log.append((f"console.{p.get('type')}", text))
        elif m == "Runtime.exceptionThrown":
            d = p.get("exceptionDetails", {})
            self.log.append(("exception", d.get("exception", {}).get("description") or d.get("text", "")))
        elif m == "Log.entryAdded":
            e = p.get("entry", {})
            self.log.append((f"log.{e.get('level')}.{e.get('source')}", f"{e.get('text', '')} {e.get('url', '')}".strip()))

    def send(self, method: str, params: dict | None = None, timeout: float = 60.0, session: bool = True) -> dict:
        """Send a command and wait for its answer (events that arrive meanwhile are recorded)."""
        self._id += 1
        msg: dict = {"id": self._id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            answer = self._read(max(0.0, left)) if left > 0 else None
            if answer is None:
                raise CDPError(f"{method}: no answer in {timeout} s")
            if answer.get("id") == self._id:
                if "error" in answer:
                    raise CDPError(f"{method}: {answer['error']}")
                return answer.get("result", {})

    def wait_event(self, method: str, timeout: float = 60.0, since: int = 0) -> dict:
        """Wait for an event (one already received after index ``since`` counts)."""
        end = time.monotonic() + timeout
        while True:
            for ev in self.events[since:]:
                if ev["method"] == method:
                    return ev
            left = end - time.monotonic()
            if left <= 0:
                raise CDPError(f"no {method} in {timeout} s")
            self._read(left)

    # -- what a test does -------------------------------------------------------------------------------
    def resize(self, width: int, height: int, mobile: bool = False, scale: float = 1.0) -> None:
        """The viewport's size (a phone with ``mobile``)."""
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                          "deviceScaleFactor": scale, "mobile": mobile})

    def open(self, url_or_path: str | Path, timeout: float = 60.0) -> None:
        """Load a page (a file path or a URL) and wait for its load event."""
        url = str(url_or_path)
        if "://" not in url:
            url = Path(url).resolve().as_uri()
        mark = len(self.events)
        self.send("Page.navigate", {"url": url})
        self.wait_event("Page.loadEventFired", timeout, since=mark)

    def eval(self, expression: str, timeout: float = 60.0):
        """Evaluate JavaScript in the page (promises awaited) and return its value."""
        res = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                              "awaitPromise": True}, timeout)
        if "exceptionDetails" in res:
            d = res["exceptionDetails"]
            raise CDPError(d.get("exception", {}).get("description") or d.get("text", "exception"))
        return res.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 30.0, step: float = 0.05):
        """Evaluate ``expression`` until it is truthy; return its value."""
        end = time.monotonic() + timeout
        while True:
            v = self.eval(expression)
            if v:
                return v
            if time.monotonic() > end:
                raise CDPError(f"still false after {timeout} s: {expression}")
            time.sleep(step)

    def key(self, key: str, code: str | None = None, key_code: int = 0, text: str | None = None) -> None:
        """Press and release one key on the focused element (as a keyboard user would)."""
        base = {"key": key, "code": code or key, "windowsVirtualKeyCode": key_code, "nativeVirtualKeyCode": key_code}
        down = dict(base, type="keyDown")
        if text:
            down["text"] = text
        self.send("Input.dispatchKeyEvent", down)
        self.send("Input.dispatchKeyEvent", dict(base, type="keyUp"))

    def screenshot(self, path: str | Path, full_page: bool = False) -> Path:
        """Save a PNG of the viewport (or the whole page)."""
        params: dict = {"format": "png"}
        if full_page:
            m = self.send("Page.getLayoutMetrics")
            size = m.get("cssContentSize") or m["contentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params)["data"]
        Path(path).write_bytes(base64.b64decode(data))
        return Path(path)

    def errors(self) -> list[tuple[str, str]]:
        """Console errors, uncaught exceptions and error log entries (network failures, CSP) so far."""
        return [(k, t) for k, t in self.log if k in ("console.error", "console.assert", "exception")
                or k.startswith("log.error")]

    def close(self) -> None:
        """End the browser and remove its profile."""
        try:
            os.write(self._w, json.dumps({"id": self._id + 1, "method": "Browser.close"}).encode() + b"\0")
        except OSError:
            pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        for fd in (self._w, self._r):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
