"""Keep the tester's own config, cache and environment out of every test; print the score lines."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

if sys.version_info < (
    3,
    11,
):  # the tests read TOML as 3.11 names it; 3.10 has tomli (a dependency)
    import tomli

    sys.modules.setdefault("tomllib", tomli)

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto`` starts two workers per core: with one per core about a third of the suite's
    time went on waiting (the CLI's and the app's subprocesses, servers that hang on purpose,
    locks held for a timeout), which another worker's tests fill (session 26, two cores: 1,800 s
    -> 1,516 s on a shared, loaded machine). ``-n N`` or ``PYTEST_XDIST_AUTO_NUM_WORKERS``
    still decides (pytest-xdist's own hook reads the variable)."""
    import os

    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # pytest-xdist's hook: the variable's number
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return 2 * cores


def pytest_configure(config: pytest.Config) -> None:
    """Byte-compile the ``tui`` package once, before the tests, where Python writes no bytecode
    itself (``PYTHONDONTWRITEBYTECODE``, ``-B``): without it every ``metalwatch`` process a test
    starts, and every pytest-xdist worker, compiles the package's sources again (about 0.4 s a
    process on two shared cores; a third of the CPU time of the tests that run the CLI). Only
    the main process compiles (the workers start after it); a module unchanged since its last
    compilation is not compiled again, as ``pip install`` leaves an installed wheel.

    When pytest-xdist spreads the run, the main process also rewrites and caches the test
    modules of the run's paths before the workers start (``compiled_tests.py``), so that the
    workers of a fresh checkout do not each do it again."""
    if hasattr(config, "workerinput"):
        return
    if getattr(config.option, "numprocesses", None) and config.option.dist != "no":
        from compiled_tests import compile_tests, run_paths

        compile_tests(config, run_paths(config))  # once here, not in every worker
    if not sys.dont_write_bytecode:
        return
    import compileall

    try:
        compileall.compile_dir(str(REPO / "tui"), quiet=2)
    except OSError:  # a read-only checkout: the processes compile as before
        pass


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[object]:
    """Keep the test modules' compiled code between runs where Python writes no bytecode itself
    (``PYTHONDONTWRITEBYTECODE``, ``-B``), as it keeps the ``tui`` package's (above): pytest
    rewrites every test module's asserts and compiles it (and Python every helper module it
    imports) each time a module is imported, and reads its cached result again only if one was
    written. Without it every run, in every pytest-xdist worker, spent about 10 s of CPU of its
    17 s of collection doing it again (700 modules). Only the collection writes: a module a
    test's own code imports later is left as the tester's setting says; a module unchanged
    since its last compilation is read, not compiled."""
    writes = sys.dont_write_bytecode
    sys.dont_write_bytecode = False
    try:
        return (yield)
    finally:
        sys.dont_write_bytecode = writes


@pytest.fixture(scope="session")
def _homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of every test's own home folder (:func:`_isolate`), one a process."""
    return tmp_path_factory.mktemp("homes")


@pytest.fixture(autouse=True)
def _isolate(_homes: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a new, empty folder of the test's own; ``tempfile.mkdtemp`` finds a free name at once,
    # where ``tmp_path_factory.mktemp`` lists every folder made so far in the run's temporary
    # folder to number the next one: a cost growing with each test (2,152 classifier tests in
    # one process: 8.6 s of CPU before, 6.0 s after)
    import tempfile

    home = Path(tempfile.mkdtemp(prefix="home", dir=_homes))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("METALWATCH_CONFIG_DIR", str(home / "config" / "metalwatch"))
    monkeypatch.setenv("METALWATCH_CACHE_DIR", str(home / "cache" / "metalwatch"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL", raising=False)
    # the runner's terminal size is not a test's: pytest-xdist's workers start with COLUMNS=80
    # and LINES=24 in their environment, which an app a test starts (in tmux, say) would draw to
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)
    # a proxy of the machine running the tests (a CI's, to reach the package registries) must
    # not carry requests meant for the tests' own servers or unresolvable hosts
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    # tests that open links record ``app.open_url``; whether this machine has a browser must
    # not decide them (tests/app/test_keys_actions.py covers the no-browser case)
    monkeypatch.setattr("tui.ui.links.browser_available", lambda: True)


@pytest.fixture
def server() -> Iterator[Any]:
    """A loopback HTTP server of the test's own (``pytest_httpserver.HTTPServer``, any free
    port), which the test may stop (``server.stop()``: the source's server gone mid-run); stopped
    at the end if it still runs. A module whose tests need answers set before the start defines
    its own ``server``."""
    from pytest_httpserver import HTTPServer

    srv = HTTPServer(host="127.0.0.1", port=0)
    srv.start()
    try:
        yield srv
    finally:
        if srv.is_running():
            srv.stop()
        srv.clear()


# Score lines of the labelled sets (accuracy, relevance), printed in the run's summary. A line
# travels on its test's report (``user_properties``), so that a run spread over processes
# (pytest-xdist's ``-n``) prints every worker's lines too, in the tests' collection order.
_SCORE = "metalwatch_score_line"
_SCORE_LINES: list[tuple[int, int, str]] = []  # (the test's place in the collection, n, line)


@pytest.fixture
def score_line(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Record one score line; the terminal summary of the run prints them all."""
    node = request.node
    place = node.session.items.index(node) if node in node.session.items else 0

    def record(line: str) -> None:
        node.user_properties.append((_SCORE, (place, line)))

    return record


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when != "call":
        return
    for name, value in report.user_properties:
        if name == _SCORE:
            place, line = value
            _SCORE_LINES.append((place, len(_SCORE_LINES), line))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _SCORE_LINES:
        terminalreporter.section("labelled sets")
        for _place, _n, line in sorted(_SCORE_LINES):
            terminalreporter.write_line(line)


def _unwritable_ways() -> list[str]:
    """How a path is made to refuse writes for real: as root, where permission bits do not
    stop writes, an immutable attribute (``chattr +i``: EPERM) and a read-only bind mount
    (EROFS, as on a read-only file system); otherwise ``chmod`` (EACCES)."""
    import os

    return ["immutable", "read-only mount"] if os.geteuid() == 0 else ["permissions"]


def _still_writable(path: Path) -> bool:
    """Whether a write to ``path`` (a file: appending; a folder: a new file in it) succeeds:
    a fixture whose path still takes writes would make a read-only test prove nothing."""
    import os

    try:
        if path.is_dir():
            probe = path / ".metalwatch-write-probe"
            fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            probe.unlink()
        else:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND)
            os.close(fd)  # opened for writing: nothing written
    except OSError:
        return False
    return True


@pytest.fixture(params=_unwritable_ways())
def make_unwritable(
    request: pytest.FixtureRequest,
) -> Iterator[Callable[[Path], Callable[[], None]]]:
    """Make a file or folder refuse writes for real, root included (each way of
    :func:`_unwritable_ways` in turn); undone afterwards. Each path is checked to refuse a
    write (else the test fails: it would prove nothing); a way this machine cannot do (no
    ``chattr`` or a file system without the attribute, no ``mount``) is skipped with why.
    ``make(path)`` gives a function that makes ``path`` writable again (a test that needs it
    writable before its end)."""
    import contextlib
    import os
    import shutil
    import stat
    import subprocess

    how: str = request.param
    undo: list[Callable[[], None]] = []

    def run(*args: str) -> str | None:
        if shutil.which(args[0]) is None:
            return f"no {args[0]} here"
        done = subprocess.run(list(args), capture_output=True, check=False)
        return (
            done.stderr.decode().strip() or f"exit {done.returncode}" if done.returncode else None
        )

    def make(path: Path) -> Callable[[], None]:
        mode = path.stat().st_mode
        first = len(undo)
        if how == "immutable":
            why = run("chattr", "+i", str(path))
            if why is not None:
                pytest.skip(f"root cannot make {path.name} immutable here (chattr +i: {why})")
            undo.append(lambda: subprocess.run(["chattr", "-i", str(path)], check=False))
        elif how == "read-only mount":
            why = run("mount", "--bind", str(path), str(path))
            if why is not None:
                pytest.skip(f"root cannot bind-mount {path.name} here (mount --bind: {why})")
            undo.append(lambda: subprocess.run(["umount", "-l", str(path)], check=False))
            why = run("mount", "-o", "remount,bind,ro", str(path))
            if why is not None:
                pytest.skip(f"root cannot mount {path.name} read-only here (remount,ro: {why})")
        else:
            os.chmod(path, stat.S_IMODE(mode) & ~0o222)

            def chmod_back() -> None:  # as root's ways do, a path gone since is let be
                with contextlib.suppress(FileNotFoundError):
                    os.chmod(path, stat.S_IMODE(mode))

            undo.append(chmod_back)
        if _still_writable(path):
            pytest.fail(f"{path} still takes writes after {how}: the test would prove nothing")
        steps = undo[first:]

        def writable_again() -> None:
            for step in reversed(steps):
                if step in undo:
                    undo.remove(step)
                    step()

        return writable_again

    yield make
    for step in reversed(undo):
        step()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MB file system (tmpfs; more than the 1 MB ``files.disk_full`` calls full), where root can mount one; skipped elsewhere. Fill it
    with :func:`fill_disk`."""
    import os
    import shutil
    import subprocess

    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


def fill_disk(folder: Path, *, leave: int = 0) -> Path:
    """Fill the file system holding ``folder`` (a ``small_disk``) with a file, leaving ``leave``
    bytes; the filler's path (remove it to give the room back)."""
    import contextlib
    import os

    filler = folder / "filler"
    fs = os.statvfs(folder)
    with open(filler, "wb") as f, contextlib.suppress(OSError):
        f.write(b"\0" * max(0, fs.f_bavail * fs.f_frsize - leave))
    return filler
