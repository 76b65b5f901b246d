"""The DevTools side of the browser test of ``metalwatch serve`` (``test_serve_browser.py``):
a small client over aiohttp's websocket that sends commands, reads the xterm.js terminal's
text and presses keys; ending a process group and everything it started; waiting for a
condition with a deadline."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

aiohttp = pytest.importorskip("aiohttp", reason="aiohttp (a textual-serve dependency) missing")

SCREEN_TEXT = """
(() => {
  const t = (window.__terminals || [])[0];
  if (t) {
    const b = t.buffer.active, out = [];
    for (let y = 0; y < t.rows; y++) {
      const line = b.getLine(b.viewportY + y);
      out.push(line ? line.translateToString(true) : '');
    }
    return out.join('\\n');
  }
  const rows = document.querySelector('.xterm-rows, .xterm-accessibility-tree');
  return rows ? rows.innerText : '';
})()
"""


def group_alive(pgid: int) -> bool:
    """Some process of the group is still running (zombies waiting to be reaped do not count)."""
    proc_dir = Path("/proc")
    if proc_dir.is_dir():
        for stat in proc_dir.glob("[0-9]*/stat"):
            try:
                text = stat.read_text()
            except OSError:
                continue
            fields = text[text.rindex(")") + 2 :].split()
            if int(fields[2]) == pgid and fields[0] != "Z":
                return True
        return False
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def kill_group(proc: subprocess.Popen[Any]) -> None:
    """End a process started with its own session, and everything it started."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        proc.poll()
        if not group_alive(proc.pid):
            break
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            proc.poll()
            if not group_alive(proc.pid):
                break
            time.sleep(0.05)
    try:
        proc.wait(timeout=3)
    except subprocess.TimeoutExpired:
        pass


def wait_for(predicate: Any, timeout: float, what: str, log: Path | None = None) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    extra = f"\n--- log ---\n{log.read_text(errors='replace')[-3000:]}" if log else ""
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}{extra}")


class Cdp:
    """The smallest DevTools client: send a command, await its answer."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.ids = itertools.count(1)
        self.pending: dict[int, asyncio.Future[Any]] = {}
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for msg in self.ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                continue
            data = json.loads(msg.data)
            fut = self.pending.pop(data.get("id", -1), None)
            if fut is not None and not fut.done():
                if "error" in data:
                    fut.set_exception(RuntimeError(f"CDP error: {data['error']}"))
                else:
                    fut.set_result(data.get("result", {}))
        for fut in self.pending.values():
            if not fut.done():
                fut.set_exception(ConnectionError("DevTools connection closed"))

    async def send(self, method: str, timeout: float = 10, **params: Any) -> Any:
        i = next(self.ids)
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.pending[i] = fut
        await self.ws.send_str(json.dumps({"id": i, "method": method, "params": params}))
        return await asyncio.wait_for(fut, timeout)

    async def evaluate(self, expression: str) -> Any:
        res = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return res.get("result", {}).get("value")

    async def screen(self) -> str:
        return str(await self.evaluate(SCREEN_TEXT) or "")

    async def wait_screen(self, check: Any, timeout: float, what: str) -> str:
        deadline = time.monotonic() + timeout
        text = ""
        while time.monotonic() < deadline:
            text = await self.screen()
            if check(text):
                return text
            await asyncio.sleep(0.2)
        raise AssertionError(f"timed out after {timeout:g} s waiting for {what}; screen:\n{text}")

    async def press(self, key: str, code: str, key_code: int, shift: bool = False) -> None:
        modifiers = 8 if shift else 0
        await self.send(
            "Input.dispatchKeyEvent",
            type="keyDown",
            key=key,
            code=code,
            text=key,
            unmodifiedText=key,
            windowsVirtualKeyCode=key_code,
            modifiers=modifiers,
        )
        await self.send(
            "Input.dispatchKeyEvent",
            type="keyUp",
            key=key,
            code=code,
            windowsVirtualKeyCode=key_code,
            modifiers=modifiers,
        )

    async def close(self) -> None:
        self.reader.cancel()
        await asyncio.gather(self.reader, return_exceptions=True)
        await self.ws.close()
