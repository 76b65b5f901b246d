"""A writer killed with SIGKILL mid-transaction never corrupts the store or loses a commit."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.store import Store

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

HEADLINES_PER_BATCH = 150
POINTS_PER_BATCH = 400

# The child writes batch after batch: each batch is one transaction of headlines and one of
# a price series; it prints the batch number only after both have committed.
CHILD = f"""
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from tui.core.models import Headline, PriceSeries
from tui.store import Store

path, start = Path(sys.argv[1]), int(sys.argv[2])
store = Store(path)
print("ready", flush=True)
base = date(2000, 1, 1)
n = start
while True:
    seen = datetime(2025, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=n)
    heads = [
        Headline(
            title=f"batch {{n}} item {{i}}: copper export curbs",
            url=f"https://example.org/b{{n}}/i{{i}}",
            source="kill",
            published=seen,
            summary="x" * 200,
        )
        for i in range({HEADLINES_PER_BATCH})
    ]
    store.save_headlines("kill", heads, seen_at=seen)
    points = tuple((base + timedelta(days=d), n + 1 + d / 1000) for d in range({POINTS_PER_BATCH}))
    store.save_series(PriceSeries(source="kill", symbol=f"S{{n}}", unit="USD/t", points=points))
    print(n, flush=True)
    n += 1
"""


def _committed(stdout: bytes) -> list[int]:
    lines = stdout.decode().split("\n")[:-1]  # the last piece may be a half-written line
    return [int(line) for line in lines if line.strip().isdigit()]


def test_sigkill_mid_write_keeps_every_committed_batch(tmp_path: Path) -> None:
    path = tmp_path / "metalwatch.db"
    repo = Path(__file__).resolve().parents[2]
    rng = random.Random(20250101)
    committed: set[int] = set()
    killed_rounds = 0
    next_batch = 0
    deadline = time.monotonic() + 8
    for _round in range(6):
        if time.monotonic() > deadline:
            break
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(next_batch)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=repo,
        )
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first == b"ready\n", f"child failed to start: {first!r} {child.stderr.read()!r}"  # type: ignore[union-attr]
        time.sleep(rng.uniform(0.05, 0.4))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=10)
        assert child.returncode == -signal.SIGKILL, f"child ended on its own: {err.decode()}"
        killed_rounds += 1
        batches = _committed(out)
        committed.update(batches)
        if batches:
            next_batch = max(batches) + 1

        # after every kill: the file opens as ours, is intact, and holds every committed batch
        with Store(path) as store:
            assert store.recovered is None, store.recovered
            assert store.pragma("integrity_check") == "ok"
            assert store.pragma("journal_mode") == "wal"
            urls = {h.url for h in store.load_headlines()}
            series = {s.symbol: s for s in store.load_series()}
        for n in committed:
            missing = [
                i
                for i in range(HEADLINES_PER_BATCH)
                if f"https://example.org/b{n}/i{i}" not in urls
            ]
            assert not missing, f"batch {n}: {len(missing)} committed headlines lost"
            s = series.get(f"S{n}")
            assert s is not None, f"batch {n}: committed series lost"
            assert len(s.points) == POINTS_PER_BATCH
            assert s.points[-1][1] == n + 1 + (POINTS_PER_BATCH - 1) / 1000

    assert killed_rounds >= 3
    assert len(committed) >= 3, f"too few batches committed to test anything: {sorted(committed)}"
