"""A small headless-Chromium driver over the Chrome DevTools Protocol (websocket), for the browser tests.

Uses Debian's ``chromium``; nothing downloads a browser."""

from __future__ import annotations

import base64
import contextlib
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

FLAGS = ("--headless", "--no-sandbox", "--disable-background-networking", "--disable-gpu", "--no-first-run",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--remote-debugging-port=0",
         "--remote-allow-origins=*")


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    """One headless Chromium with one page; ``logs`` collects console and security messages."""

    def __init__(self, width: int = 1280, height: int = 900) -> None:
        exe = chromium_path()
        if not exe:
            raise RuntimeError("chromium is not installed (apt-get install -y chromium)")
        self.profile = tempfile.mkdtemp(prefix="tarikh-chromium-")
        self.proc = subprocess.Popen([exe, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or len(port_file.read_text().split()) < 2:
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not start")
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        self._id = 0
        self.logs: list[str] = []
        self._stack = contextlib.ExitStack()
        with connect(f"ws://127.0.0.1:{port}{port_file.read_text().split()[1]}", max_size=None) as browser:
            target = self._call(browser, "Target.createTarget", {"url": "about:blank"})["targetId"]
        self.ws: ClientConnection = self._stack.enter_context(
            connect(f"ws://127.0.0.1:{port}/devtools/page/{target}", max_size=None))
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1,
                                                          "mobile": False})

    def _call(self, ws: ClientConnection, method: str, params: dict[str, Any] | None = None,
              timeout: float = 30) -> dict[str, Any]:
        self._id += 1
        ws.send(json.dumps({"id": self._id, "method": method, "params": params or {}}))
        deadline = time.monotonic() + timeout
        while True:
            msg = json.loads(ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if msg.get("id") == self._id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return dict(msg.get("result", {}))
            self._event(msg)

    def _event(self, msg: dict[str, Any]) -> None:
        m, p = msg.get("method"), msg.get("params", {})
        if m == "Log.entryAdded":
            e = p.get("entry", {})
            self.logs.append(f"{e.get('level')}: {e.get('source')}: {e.get('text')}")
        elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning"):
            self.logs.append(f"console {p.get('type')}: " + " ".join(str(a.get("value", a.get("description")))
                                                                   for a in p.get("args", [])))
        elif m == "Runtime.exceptionThrown":
            self.logs.append("exception: " + json.dumps(p.get("exceptionDetails", {}))[:500])

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self._call(self.ws, method, params)

    def eval(self, expr: str) -> Any:
        r = self.send("Runtime.evaluate", {"expression": expr, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expr}: {r['exceptionDetails']}")
        return r.get("result", {}).get("value")

    def wait_for(self, expr: str, timeout: float = 15) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            val = self.eval(expr)
            if val:
                return val
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout}s for {expr}")
            time.sleep(0.1)

    def goto(self, url: str, timeout: float = 20) -> None:
        self.send("Page.navigate", {"url": url})
        self.wait_load(url, timeout)

    def wait_load(self, url: str | None = None, timeout: float = 20) -> None:
        time.sleep(0.05)
        cond = "document.readyState === 'complete'"
        if url:
            cond += f" && location.href.startsWith({json.dumps(url.split('#')[0])})"
        self.wait_for(cond, timeout)

    def click(self, selector: str) -> None:
        self.eval(f"document.querySelector({json.dumps(selector)}).click()")

    def set_files(self, selector: str, files: list[str]) -> None:
        root = self.send("DOM.getDocument")["root"]["nodeId"]
        node = self.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        self.send("DOM.setFileInputFiles", {"nodeId": node, "files": files})

    def screenshot(self, path: str | Path, full: bool = False) -> Path:
        params: dict[str, Any] = {"format": "png"}
        if full:
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params)["data"]
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(base64.b64decode(data))
        return out

    def close(self) -> None:
        try:
            if getattr(self, "_stack", None):
                self._stack.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            shutil.rmtree(self.profile, ignore_errors=True)
