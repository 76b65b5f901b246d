"""Delivery of fired alerts to commands: argv with placeholders, the alert's JSON on stdin.

No shell is involved; a command that fails, hangs or is missing is reported as text, never raised.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import tempfile
import threading
from collections.abc import Sequence

from tui.core.fmt import json_line
from tui.core.text import strip_controls
from tui.flow.alert_model import DEFAULT_COMMAND_TIMEOUT, Alert

_PLACEHOLDER = re.compile(r"\{(title|message|rule|kind|metal|severity|url)\}")

# the commands running now, so that a process stopped by a signal stops them with it
_RUNNING: set[subprocess.Popen[bytes]] = set()
_RUNNING_LOCK = threading.Lock()
STOPPED = "stopped with metalwatch (a signal) before it finished"


def command_args(alert: Alert, argv: Sequence[str]) -> list[str]:
    """``argv`` with ``{title}``, ``{message}``, ``{rule}``, ``{kind}``, ``{metal}``,
    ``{severity}`` and ``{url}`` filled in from ``alert`` (each stays one argument)."""
    values = {
        "title": alert.title,
        "message": alert.message,
        "rule": alert.rule,
        "kind": alert.kind,
        "metal": alert.metal or "",
        "severity": alert.severity,
        "url": str(alert.data.get("url") or ""),
    }
    out = [argv[0]]
    for arg in argv[1:]:
        out.append(_PLACEHOLDER.sub(lambda m: strip_controls(values[m.group(1)]), arg))
    return out


def deliver_command(
    alert: Alert, argv: Sequence[str], timeout: float = DEFAULT_COMMAND_TIMEOUT
) -> str | None:
    """Run ``argv`` (no shell) with the alert's JSON on stdin; None when it succeeded, else
    what went wrong. Never raises: a missing program, a non-zero exit, a crash or a child
    still running after ``timeout`` seconds (it and its process group are killed) are all
    reported as text. Its output is discarded (the last line of stderr is quoted on failure).
    """
    if not argv:
        return "no command given"
    args = command_args(alert, argv)
    prog = os.path.basename(args[0]) or args[0]
    payload = (json_line(alert.to_json()) + "\n").encode("utf-8")
    posix = os.name == "posix"
    try:
        with tempfile.TemporaryFile() as err:
            try:
                proc = subprocess.Popen(
                    args,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.DEVNULL,
                    stderr=err,
                    close_fds=True,
                    start_new_session=posix,
                )
            except FileNotFoundError:
                return f"command not found: {args[0]}"
            except PermissionError:
                return f"cannot run {args[0]}: permission denied"
            except OSError as exc:
                return f"cannot run {args[0]}: {exc.strerror or exc}"
            with _RUNNING_LOCK:
                _RUNNING.add(proc)
            try:
                proc.communicate(payload, timeout=timeout)
            except subprocess.TimeoutExpired:
                _kill(proc, posix)
                return f"{prog} did not finish within {timeout:g} s and was stopped"
            except OSError as exc:  # pragma: no cover - a broken pipe is handled by communicate
                _kill(proc, posix)
                return f"{prog} failed: {exc}"
            finally:
                with _RUNNING_LOCK:
                    stopped = proc not in _RUNNING
                    _RUNNING.discard(proc)
            if stopped:
                return f"{prog} {STOPPED}"
            code = proc.returncode
            if code == 0:
                return None
            err.seek(0)
            tail = _last_line(err.read(65536))
    except OSError as exc:  # no temporary file
        return f"cannot run {prog}: {exc}"
    if code < 0:
        try:
            sig = signal.Signals(-code).name
        except ValueError:
            sig = str(-code)
        what = f"{prog} was killed by signal {sig}"
    else:
        what = f"{prog} exited with status {code}"
    return f"{what}: {tail}" if tail else what


def run_hooks(
    alerts: Sequence[Alert], *, timeout: float = DEFAULT_COMMAND_TIMEOUT
) -> list[tuple[Alert, str]]:
    """Run each alert's command (blocking; call it from a thread in an event loop); returns
    (alert, problem) for each that failed."""
    failed: list[tuple[Alert, str]] = []
    for a in alerts:
        if a.command:
            problem = deliver_command(a, a.command, timeout)
            if problem:
                failed.append((a, problem))
    return failed


def stop_commands() -> int:
    """Stop every alert command still running (and its process group): the process is being
    stopped by a signal and must not wait for them (up to ``alert_timeout`` each). Their
    delivery reports ``STOPPED``. Returns how many were stopped."""
    with _RUNNING_LOCK:
        running = list(_RUNNING)
        _RUNNING.clear()
    for proc in running:
        with contextlib.suppress(OSError):
            if os.name == "posix":
                os.killpg(proc.pid, signal.SIGTERM)
            else:  # pragma: no cover
                proc.terminate()
    return len(running)


def _kill(proc: subprocess.Popen[bytes], posix: bool) -> None:
    with contextlib.suppress(OSError):
        if posix:
            os.killpg(proc.pid, signal.SIGKILL)
        else:  # pragma: no cover
            proc.kill()
    with contextlib.suppress(subprocess.TimeoutExpired, OSError):
        proc.wait(timeout=5)


def _last_line(data: bytes) -> str:
    text = data.decode("utf-8", errors="replace")
    lines = [strip_controls(ln).strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    if not lines:
        return ""
    last = lines[-1]
    return last if len(last) <= 200 else last[:199] + "…"
