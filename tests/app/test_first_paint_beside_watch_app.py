"""A start while ``metalwatch watch`` runs beside the app on the same store: the first paint
of the last snapshot says "checking the cache" only when something other than a clean quit or
the running watch's own rounds changed the store.

Measured before: every start beside a running watch said `⚠ checking the cache: showing the
last snapshot` until the load had read the store, the store's log being open beside it (the
quit's look vouches only for a store closed with no log: ``tui.store.look_file``). Now the
clean quit and each round of ``watch`` no other connection wrote during mark the store's files
as they left them (``tui.store.write_mark``, ``tui.flow.watch_mark``).

A real ``watch`` process reading a local feed file, on the store a real run of the app left;
the app started beside it with its load held back, its first paint looked at.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.app.first_paint import STORIES, first_paint, last_run_kept
from tui.core import paths
from tui.ui.widgets.status_bar import CHECKING

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
REPO = Path(__file__).resolve().parents[2]
SOURCE = '[[sources]]\nname = "{name}"\nkind = "rss"\nurl = "{url}"\nrefresh = "1h"\n\n'


def _watch_config(path: Path, feeds: list[str]) -> None:
    """``watch``'s config: copper, one local feed file per name (each fetched once an hour)."""
    text = '[[metals]]\nid = "copper"\nname = "Copper"\n\n' + "".join(
        SOURCE.format(name=name, url=FEEDS / "bbc_news.rss.xml") for name in feeds
    )
    path.write_text(text, encoding="utf-8")


def _health(store: Path) -> set[str]:
    """The sources whose fetch the store records, read without writing (a read-only look)."""
    try:
        conn = sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return {r[0] for r in conn.execute("SELECT name FROM health")}
        finally:
            conn.close()
    except sqlite3.Error:
        return set()


def _round_done(store: Path, source: str) -> None:
    """Until ``watch``'s round has fetched ``source`` and ended: the store's files then stay
    as they are for a second (its next round is an hour away)."""
    deadline = time.monotonic() + 30
    while source not in _health(store):
        assert time.monotonic() < deadline, f"watch never fetched {source}"
        time.sleep(0.05)
    seen = None
    while (now := _files(store)) != seen:
        assert time.monotonic() < deadline, "watch's round never ended"
        seen = now
        time.sleep(1.0)


def _files(store: Path) -> list[tuple[int, int]]:
    """Each of the store's files' size and modification time."""
    out = []
    for name in (store, Path(f"{store}-wal")):
        try:
            st = name.stat()
        except OSError:
            continue
        out.append((st.st_size, st.st_mtime_ns))
    return out


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM is POSIX")
async def test_starts_beside_a_running_watch_paint_without_checking(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = paths.store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    await last_run_kept(path)
    config = tmp_path / "watch.toml"
    _watch_config(config, ["wire"])
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "watch", "--config", str(config)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),  # the conftest's isolated config and cache folders
    )
    try:
        _round_done(path, "wire")  # watch's first round wrote the store, its log open
        assert Path(f"{path}-wal").exists()
        painted, _, shown, after = await first_paint(path, monkeypatch)
        assert shown == STORIES
        assert CHECKING not in painted and "checking" not in painted, painted
        assert CHECKING not in after, after
        # that start wrote the store beside the watch and quit cleanly: the next paints so too
        painted, _, _, _ = await first_paint(path, monkeypatch)
        assert CHECKING not in painted, painted
        # a round of watch's after that quit (a source added to its config: fetched at once)
        _watch_config(config, ["wire", "desk"])
        _round_done(path, "desk")
        painted, _, _, _ = await first_paint(path, monkeypatch)
        assert CHECKING not in painted, painted
        # another program writes the store beside them: said, until a load has read it
        with sqlite3.connect(path) as other:
            other.execute("INSERT OR REPLACE INTO meta VALUES ('other', 'program')")
        other.close()
        painted, _, _, after = await first_paint(path, monkeypatch)
        assert f"⚠ {CHECKING}" in painted, painted
        assert CHECKING not in after, after
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
