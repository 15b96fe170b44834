"""A headless Chromium driven through the DevTools protocol over a pipe (no extra package).

Chromium's ``--remote-debugging-pipe`` reads protocol commands from file descriptor 3 and
writes responses and events to descriptor 4, each message a JSON text ended by a NUL byte.
:class:`Browser` starts Chromium with those two descriptors and sends commands to one page:
navigate, evaluate JavaScript, press keys, move the pointer, take screenshots. Used by
``tests/test_html.py``; nothing here touches the network (pages are ``file://`` URLs).
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
_TIMEOUT = 30.0


class BrowserError(RuntimeError):
    """The browser answered a command with an error, went away or did not answer in time."""


class Browser:
    """One headless Chromium with one page of the given size (CSS pixels)."""

    def __init__(self, profile: Path, *, width: int = 1280, height: int = 900) -> None:
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()

        def wire() -> None:  # in the child, before exec: the pipes become fds 3 and 4
            high_r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self.proc = subprocess.Popen(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--remote-debugging-pipe",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            preexec_fn=wire,  # the only way to place the two pipe ends at 3 and 4
            close_fds=False,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._out = to_child_w
        self._in = from_child_r
        self._buffer = b""
        self._next = 0
        self._events: list[dict[str, Any]] = []
        try:
            target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
            attached = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})
            self.session: str | None = attached["sessionId"]
            self.send("Page.enable")
            self.send(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            )
        except BaseException:
            self.close()
            raise

    # --- the protocol ----------------------------------------------------------------------

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._in], [], [], left)[0]:
                raise BrowserError("no answer from the browser in time")
            chunk = os.read(self._in, 1 << 16)
            if not chunk:
                raise BrowserError("the browser closed the pipe")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        return message

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Send one command (to the page once attached) and return its result."""
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        session = getattr(self, "session", None)
        if session is not None and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode("utf-8") + b"\0")
        deadline = time.monotonic() + _TIMEOUT
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == self._next:
                if "error" in answer:
                    raise BrowserError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
            if "method" in answer:
                self._events.append(answer)

    def wait_for(self, event: str) -> None:
        """Wait until the page sends ``event`` (such as ``Page.loadEventFired``)."""
        deadline = time.monotonic() + _TIMEOUT
        while True:
            for i, seen in enumerate(self._events):
                if seen.get("method") == event:
                    del self._events[: i + 1]
                    return
            self._events.append(self._read_message(deadline))

    # --- what a test does ------------------------------------------------------------------

    def open(self, url: str) -> None:
        """Load ``url`` and wait for its load event (a new document: a URL that differs from
        the current one only in its fragment does not load again)."""
        self._events.clear()
        self.send("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise BrowserError(str(result["exceptionDetails"])[:300])
        return result["result"].get("value")

    def press(self, key: str, code: str, key_code: int) -> None:
        """Press and release a key (``"j"``, ``"KeyJ"``, 74)."""
        base = {"key": key, "code": code, "windowsVirtualKeyCode": key_code}
        text = {"text": key} if len(key) == 1 else {}
        self.send("Input.dispatchKeyEvent", {"type": "keyDown", **base, **text})
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", **base})

    def hover(self, x: float, y: float) -> None:
        """Move the pointer to ``(x, y)`` in the viewport."""
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})

    def screenshot(self, path: Path, *, media: str = "screen") -> bytes:
        """A PNG of the viewport (``media="print"`` renders the print stylesheet)."""
        self.send("Emulation.setEmulatedMedia", {"media": media})
        data = base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"})["data"])
        self.send("Emulation.setEmulatedMedia", {"media": ""})
        path.write_bytes(data)
        return data

    def close(self) -> None:
        """Close the browser and wait for it."""
        with contextlib.suppress(OSError):
            if self.proc.poll() is None:
                os.write(
                    self._out,
                    json.dumps({"id": 0, "method": "Browser.close"}).encode() + b"\0",
                )
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._out, self._in):
            with contextlib.suppress(OSError):
                os.close(fd)

    def __enter__(self) -> Browser:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
