"""A program in a real terminal: one detached tmux session, typed into and read back.

Shared by the tmux tests (``tests/e2e/test_tmux*.py``) and the benchmarks that start the app
in tmux (``benchmarks/tmux_start.py``, ``tmux_timeline.py``, ``tmux_faults.py``; they put the
repository's root on ``sys.path`` and import ``tests.tmux_session``). Only the standard library:
nothing of the app is imported, so a benchmark timing another tree's app measures that tree.

A session runs on the default tmux server unless given a ``socket`` (``tmux -L``): a server of
its own, which ``close()`` ends (``kill-server`` on that socket only; other tmux users are never
touched). ``env`` reaches the program both as tmux's ``-e`` variables and as the environment of
the ``tmux`` command (the one a new server starts with).
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Mapping
from pathlib import Path


class TmuxSession:
    def __init__(
        self,
        name: str,
        *,
        socket: str | None = None,
        env: Mapping[str, str] | None = None,
        no_config: bool = False,
    ) -> None:
        self.name = name
        self.socket = socket
        self.env = dict(env or {})
        self.base = ["tmux"]
        if socket is not None:
            self.base += ["-L", socket]
        if no_config:  # no ~/.tmux.conf: the same terminal on every machine
            self.base += ["-f", "/dev/null"]

    def tmux(
        self, *args: str, check: bool = False, timeout: float = 10.0
    ) -> subprocess.CompletedProcess[str]:
        """One tmux command on this session's server."""
        return subprocess.run(
            [*self.base, *args], capture_output=True, text=True, timeout=timeout, check=check
        )

    def launch(
        self,
        command: str,
        size: tuple[int, int],
        *,
        cwd: Path | None = None,
        export: bool = True,
        tries: int = 1,
    ) -> float:
        """Start ``command`` (a shell line) in a new detached session of ``size`` (columns,
        rows); the ``time.perf_counter()`` just before. ``export``: pass ``env`` as tmux's
        ``-e`` variables too (else only as the tmux command's environment). ``tries``: a start
        right after a session ended can reach a tmux server still exiting ("server exited
        unexpectedly"): try again, every quarter second."""
        cmd = [*self.base, "new-session", "-d", "-s", self.name]
        if cwd is not None:
            cmd += ["-c", str(cwd)]
        cmd += ["-x", str(size[0]), "-y", str(size[1])]
        if export:
            for key, value in self.env.items():
                cmd += ["-e", f"{key}={value}"]
        env = {**os.environ, **self.env}
        if self.socket is not None:  # started from inside tmux: a server of its own all the same
            env.pop("TMUX", None)
        for attempt in range(tries):
            started = time.perf_counter()
            done = subprocess.run(
                [*cmd, command],
                capture_output=True,
                text=True,
                timeout=10,
                env=env,
                cwd=None if cwd is None else str(cwd),
            )
            if done.returncode == 0:
                return started
            if attempt + 1 < tries:
                time.sleep(0.25)
        raise RuntimeError(f"tmux new-session failed: {done.stderr.strip()!r}")

    def screen(self, colours: bool = False) -> str:
        """The visible screen as text (``colours``: with its SGR escapes)."""
        return self.tmux("capture-pane", "-p", *(["-e"] if colours else []), "-t", self.name).stdout

    def until(
        self, test: Callable[[str], bool], timeout: float = 30.0, every: float = 0.05
    ) -> tuple[float | None, str]:
        """Seconds until a screen passes ``test`` (None: not within ``timeout``), and the last
        screen read."""
        start, screen = time.monotonic(), ""
        while time.monotonic() - start < timeout:
            screen = self.screen()
            if test(screen):
                return time.monotonic() - start, screen
            time.sleep(every)
        return None, screen

    def wait_for(
        self, *texts: str, timeout: float = 30.0, absent: str = "", every: float = 0.05
    ) -> str:
        """The first screen showing every one of ``texts``; AssertionError after ``timeout``,
        or as soon as ``absent`` (when given) is on the screen."""

        def shown(screen: str) -> bool:
            assert not absent or absent not in screen, f"{absent!r} on screen:\n{screen}"
            return all(t in screen for t in texts)

        took, screen = self.until(shown, timeout, every)
        if took is None:
            raise AssertionError(f"{texts!r} not all on screen after {timeout} s:\n{screen}")
        return screen

    def keys(self, *keys: str) -> None:
        """Keys by tmux's names (``Escape``, ``Enter``, ``q``)."""
        self.tmux("send-keys", "-t", self.name, *keys)

    def type(self, text: str) -> None:
        """Characters typed as they are (``-l``: "qs" is q then s, never a key name)."""
        self.tmux("send-keys", "-t", self.name, "-l", text, check=True)

    def alive(self) -> bool:
        return self.tmux("has-session", "-t", self.name).returncode == 0

    def display(self, form: str) -> str:
        """A tmux format of the session's pane (``#{pane_pid}``, ``#{alternate_on}``)."""
        return self.tmux("display", "-p", "-t", self.name, form).stdout.strip()

    def kill(self) -> None:
        """End the session (the program in it gets SIGHUP)."""
        self.tmux("kill-session", "-t", self.name)

    def close(self) -> None:
        """End the session; on a server of its own, that server."""
        if self.socket is None:
            self.kill()
        else:
            self.tmux("kill-server")
