"""Two openers of a damaged store at the same moment (threads, and processes: the app's
start-up refresh and its first load; the app and ``metalwatch watch``) move aside the damaged
file once, salvage it once, and both end on the one fresh store that holds what was salvaged and
what each session wrote.

Before, each opener that found the file damaged moved aside whatever was at its name: the second
could move aside the fresh store the first had just made and salvaged into (its session then
writing to a file aside), or find the name gone and run in memory, saving nothing. Measured on
the code before the fix (200 trials each, a loaded 2-core machine): with the seam below (a
rename that takes a little while, as on a slow disk) 200 of 200 failed, threads and processes;
without it 23 of 200 thread trials and 2 of 200 process trials. Real SQLite files; many trials
(``METALWATCH_RACE_TRIALS``), threads and processes, lined up at a barrier.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

import tui
from tui.core.models import Headline
from tui.store import Store

REPO = Path(tui.__file__).resolve().parents[1]  # the tree under test (a worker imports it too)
SEEN = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
NAME = "store.sqlite3"
SLOW = 0.02  # seconds a rename of the store takes (the seam): the window an opener meets
RULES = 8


@pytest.fixture(scope="module")
def damaged(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A store's bytes cut short mid-file, as a crash leaves it: its first pages (the rules'
    state) can be salvaged."""
    path = tmp_path_factory.mktemp("seed") / NAME
    with Store(path) as s:
        for i in range(RULES):
            s.set_alert_state(f"rule-{i}", f'{{"fired": "2026-03-0{i + 1}"}}')
        s.save_headlines(
            "wire",
            [
                Headline(f"Nickel curbs {i} " + "ore " * 40, f"https://e.org/{i}", "w", SEEN)
                for i in range(400)
            ],
            seen_at=SEEN,
        )
    data = path.read_bytes()
    return data[: len(data) * 6 // 10 // 4096 * 4096 + 123]


def slow_rename(real: Callable[[Path, str | Path], Path]) -> Callable[[Path, str | Path], Path]:
    """The seam: renaming the store (not its companions) takes ``SLOW`` seconds first."""

    def rename(self: Path, target: str | Path) -> Path:
        if self.name == NAME:
            time.sleep(SLOW)
        return real(self, target)

    return rename


def verdict(folder: Path, damaged: bytes, openers: list[dict[str, object]]) -> str | None:
    """What went wrong in a trial (None: nothing): the damaged file moved aside once and kept
    as it was, one opener salvaging it, both saving to the one store at the name, which holds
    what was salvaged and what each session wrote."""
    asides = sorted(
        p
        for p in folder.iterdir()
        if p.name.startswith(f"{NAME}.corrupt-")
        and "-wal" not in p.name[-4:]
        and not p.name.endswith(("-shm", "-journal"))
    )
    if len(asides) != 1:
        return f"{len(asides)} files moved aside"
    if asides[0].read_bytes() != damaged:
        return "what was moved aside is not the damaged file (a fresh store moved aside)"
    if [o for o in openers if o.get("error")]:
        return f"an opener failed: {openers}"
    if sum(1 for o in openers if o["recovered"]) != 1:
        return f"salvaged {sum(1 for o in openers if o['recovered'])} times"
    if not all(o["saves"] for o in openers):
        return f"an opener runs in memory, saving nothing: {openers}"
    with Store(folder / NAME) as s:
        marks = {k for k in (s.get_meta(f"opener-{o['who']}") for o in openers) if k}
        rules = sum(1 for i in range(RULES) if s.get_alert_state(f"rule-{i}"))
    if len(marks) != len(openers):
        return "what a session wrote is not in the store at the name"
    if rules != RULES:
        return f"{rules} of {RULES} rules' states salvaged into the store at the name"
    return None


def open_and_write(path: Path, who: str) -> dict[str, object]:
    """One opener: the store opened, a line written in it, closed."""
    try:
        with Store(path) as s:
            s.set_meta(f"opener-{who}", who)
            said = s.read_only or (s.recovered if not s.saves else None)
            return {"who": who, "recovered": s.recovery is not None, "saves": s.saves, "said": said}
    except Exception as exc:
        return {"who": who, "error": repr(exc), "recovered": False, "saves": False}


def thread_trial(folder: Path, damaged: bytes) -> str | None:
    folder.mkdir()
    (folder / NAME).write_bytes(damaged)
    barrier = threading.Barrier(2)
    out: list[dict[str, object]] = []

    def opener(who: str) -> None:
        barrier.wait()
        out.append(open_and_write(folder / NAME, who))

    threads = [threading.Thread(target=opener, args=(w,)) for w in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return verdict(folder, damaged, out)


TRIALS = int(os.environ.get("METALWATCH_RACE_TRIALS", "40"))


def test_two_threads_opening_a_damaged_store_at_once(
    tmp_path: Path, damaged: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pathlib.Path, "rename", slow_rename(pathlib.Path.rename))
    failed = [(n, why) for n in range(TRIALS) if (why := thread_trial(tmp_path / f"t{n}", damaged))]
    assert not failed, f"{len(failed)} of {TRIALS} trials: {failed[:3]}"


def test_two_threads_without_the_seam(tmp_path: Path, damaged: bytes) -> None:
    failed = [(n, why) for n in range(TRIALS) if (why := thread_trial(tmp_path / f"t{n}", damaged))]
    assert not failed, f"{len(failed)} of {TRIALS} trials: {failed[:3]}"


WORKER = f"""
import json, pathlib, sys, time
sys.path.insert(0, {str(REPO)!r})
sys.path.insert(0, {str(Path(__file__).parent)!r})
from test_store_open_race import open_and_write, slow_rename
if sys.argv[1] == "slow":
    pathlib.Path.rename = slow_rename(pathlib.Path.rename)
print("up", flush=True)
for line in sys.stdin:
    path = pathlib.Path(line.strip())
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        break
    print(json.dumps(open_and_write(path, sys.argv[2])), flush=True)
"""


@pytest.fixture
def workers(request: pytest.FixtureRequest) -> Iterator[list[subprocess.Popen[str]]]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH"), str(REPO)])),
    }
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, request.param, who],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for who in ("p", "q")
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "up"
    yield procs
    for p in procs:
        assert p.stdin is not None
        p.stdin.close()
        p.wait(30)


def process_trial(procs: list[subprocess.Popen[str]], folder: Path, damaged: bytes) -> str | None:
    folder.mkdir()
    (folder / NAME).write_bytes(damaged)
    for p in procs:  # the barrier: both have the path and wait for the word
        assert p.stdin is not None and p.stdout is not None
        p.stdin.write(f"{folder / NAME}\n")
        p.stdin.flush()
        assert p.stdout.readline().strip() == "ready"
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
    for p in procs:
        assert p.stdin is not None
        p.stdin.flush()
    out = [json.loads(p.stdout.readline()) for p in procs if p.stdout is not None]
    return verdict(folder, damaged, out)


@pytest.mark.parametrize("workers", ["slow", "plain"], indirect=True)
def test_two_processes_opening_a_damaged_store_at_once(
    tmp_path: Path, damaged: bytes, workers: list[subprocess.Popen[str]]
) -> None:
    failed = [
        (n, why)
        for n in range(TRIALS)
        if (why := process_trial(workers, tmp_path / f"p{n}", damaged))
    ]
    assert not failed, f"{len(failed)} of {TRIALS} trials: {failed[:3]}"
