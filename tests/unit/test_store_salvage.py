"""A damaged store: what can still be read of it is saved into the fresh one, and said.

Real SQLite files, damaged as a disk or a crash damages them: cut short at several points, and
pages overwritten with garbage. The damaged file is kept aside untouched; the fresh store holds
only rows the damaged one held (never a garbage row); the notice says what was saved and lost.
"""

from __future__ import annotations

import os
import random
import re
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tui.core.models import Headline, PriceSeries
from tui.store import Store

SEEN = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
PAGE = 4096
RULES = {f"rule-{i}": f'{{"fired": "2026-03-0{i % 9 + 1}"}}' for i in range(6)}


def seeded(path: Path) -> dict[str, object]:
    """A store as a day's use leaves it: the rules' state and read marks written first (low
    pages), then 1,500 stories and a long price history; what it holds is returned."""
    stories = [
        Headline(f"Copper export curbs {i} " + "ore " * 40, f"https://e.org/{i}", "wire", SEEN)
        for i in range(1500)
    ]
    points = tuple((date(2020, 1, 1) + timedelta(days=d), 9000.0 + d) for d in range(1200))
    with Store(path) as s:
        for rule, state in RULES.items():
            s.set_alert_state(rule, state)
        s.set_meta("theme", "metalwatch-light")
        s.mark_read([f"story-{i:04d}" for i in range(40)], at=SEEN)
        s.save_headlines("wire", stories, seen_at=SEEN)
        s.save_series(PriceSeries("lme", "CU", "USD/t", points, metal="copper"))
        return {
            "titles": {h.title for h in s.load_headlines()},
            "read": s.read_ids(),
            "points": set(s.series_points("lme", "CU")),
        }


def check_subset(s: Store, before: dict[str, object]) -> tuple[int, int, int]:
    """What the fresh store holds is a part of what the damaged one held: counts."""
    titles = {h.title for h in s.load_headlines()}
    points = set(s.series_points("lme", "CU"))
    assert titles <= before["titles"], "a story the damaged store did not hold"  # type: ignore[operator]
    assert s.read_ids() <= before["read"]  # type: ignore[operator]
    assert points <= before["points"], "a price point the damaged store did not hold"  # type: ignore[operator]
    return len(titles), len(s.read_ids()), len(points)


def said_count(notice: str, what: str) -> int:
    found = re.search(rf"(\d+) {what}\b", notice)
    return int(found.group(1)) if found else 0


def aside_of(folder: Path) -> Path:
    (aside,) = [p for p in folder.iterdir() if p.name.startswith("store.sqlite3.corrupt-")]
    return aside


@pytest.mark.parametrize("keep", [0.2, 0.4, 0.6, 0.8, 0.97])
def test_a_store_cut_short_keeps_what_can_be_read(tmp_path: Path, keep: float) -> None:
    path = tmp_path / "store.sqlite3"
    before = seeded(path)
    size = path.stat().st_size
    cut = int(size * keep) // PAGE * PAGE + 123  # mid-page, as a crash leaves it
    with path.open("r+b") as f:
        f.truncate(cut)
    damaged = path.read_bytes()
    with Store(path) as s:
        notice = s.recovered or ""
        assert "moved aside to" in notice and "saved from it:" in notice, notice
        assert s.read_only is None and s.saves
        stories, read, points = check_subset(s, before)
        # the rules' state and the read marks live in the first pages: all saved
        assert s.load_alert_states() == RULES, "alerts would fire again"
        assert s.read_ids() == before["read"]
        assert s.get_meta("theme") == "metalwatch-light"
        assert stories > 0
        assert said_count(notice, "stories") == stories, notice
        assert said_count(notice, "read marks") == read, notice
        assert said_count(notice, "price points") == points, notice
        if stories < len(before["titles"]):  # type: ignore[arg-type]
            assert "part of the stories" in notice, notice
        s.save_headlines("wire", [Headline("Fresh", "https://e.org/f", "wire", SEEN)], seen_at=SEEN)
    assert aside_of(tmp_path).read_bytes() == damaged, "the damaged file is kept as it was"
    with Store(path) as again:  # the fresh store is sound, and holds what was saved
        assert again.recovered is None
        assert len(again.load_headlines()) == stories + 1
        assert again.pragma("integrity_check") == "ok"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_pages_overwritten_with_garbage_lose_only_those_pages(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "store.sqlite3"
    before = seeded(path)
    pages = path.stat().st_size // PAGE
    rng = random.Random(seed)
    hit = rng.sample(range(30, pages - 1), 4)  # past the schema and the small tables' roots
    with path.open("r+b") as f:
        for page in hit:
            f.seek(page * PAGE)
            f.write(rng.randbytes(PAGE))
    with Store(path) as s:
        notice = s.recovered or ""
        assert "moved aside to" in notice and "saved from it:" in notice, notice
        stories, _, points = check_subset(s, before)
        assert s.load_alert_states() == RULES
        assert s.read_ids() == before["read"]
        # garbage in 4 pages of ~400 costs a few pages' rows, not everything after them
        assert stories > len(before["titles"]) * 0.8, (stories, notice)  # type: ignore[arg-type]
        assert "lost: " in notice and "part of the" in notice, notice
        assert all(h.title.startswith("Copper export curbs") for h in s.load_headlines())
        assert points == said_count(notice, "price points")


def test_a_schema_page_overwritten_saves_nothing_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    seeded(path)
    data = bytearray(path.read_bytes())
    data[100:PAGE] = b"\xff" * (PAGE - 100)  # the schema's page: no table can be found
    path.write_bytes(bytes(data))
    with Store(path) as s:
        assert s.recovered is not None
        assert s.recovered.endswith("nothing could be saved from it; starting fresh"), s.recovered
        assert s.load_headlines() == [] and s.load_alert_states() == {}


def test_a_file_that_is_not_a_database_is_not_salvaged(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    path.write_bytes(os.urandom(16384))
    with Store(path) as s:
        assert s.recovered is not None and "not a SQLite database" in s.recovered
        assert "nothing could be saved from it" in s.recovered


def test_a_store_of_another_program_is_moved_aside_without_taking_its_rows(
    tmp_path: Path,
) -> None:
    """Not ours (other tables), not damaged: nothing of it is copied into ours."""
    path = tmp_path / "store.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO meta VALUES ('theme', 'theirs')")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.recovered is not None and "not a metalwatch cache" in s.recovered
        assert "saved from it" not in s.recovered and s.get_meta("theme") is None


def test_a_price_history_with_a_page_of_garbage_keeps_both_sides_of_it(tmp_path: Path) -> None:
    """A price point's key is its series and date (no rowid): the dates past a damaged page
    are still read, by date."""
    path = tmp_path / "store.sqlite3"
    before = seeded(path)
    conn = sqlite3.connect(path)
    try:
        leaves = [
            r[0]
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'price_points' AND pagetype = 'leaf'"
                " ORDER BY pageno"
            )
        ]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table")
    finally:
        conn.close()
    assert len(leaves) >= 3, leaves
    with path.open("r+b") as f:
        f.seek((leaves[len(leaves) // 2] - 1) * PAGE)
        f.write(random.Random(7).randbytes(PAGE))
    with Store(path) as s:
        notice = s.recovered or ""
        points = sorted(s.series_points("lme", "CU"))
        all_points = sorted(before["points"])  # type: ignore[call-overload]
        assert "part of the price points" in notice, notice
        assert points[0] == all_points[0] and points[-1] == all_points[-1], "an end lost"
        assert len(all_points) * 0.6 < len(points) < len(all_points)
        assert set(points) <= set(all_points)


def test_a_salvage_that_fails_never_keeps_the_store_from_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever goes wrong copying (here a row the code cannot take), the fresh store opens,
    empty and sound, and the notice says nothing was saved and why."""
    from tui.store import salvage

    path = tmp_path / "store.sqlite3"
    seeded(path)
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size // 2)

    def broken(*args: object) -> None:
        raise ValueError("a row beyond reason")

    monkeypatch.setattr(salvage, "_copy", broken)
    with Store(path) as s:
        assert s.recovered is not None
        assert "nothing could be saved from it (a row beyond reason); starting fresh" in (
            s.recovered
        ), s.recovered
        assert s.load_headlines() == [] and s.saves
        s.set_meta("k", "v")
    with Store(path) as again:
        assert again.recovered is None and again.get_meta("k") == "v"


def test_sources_whose_rows_were_lost_are_due_at_once(tmp_path: Path) -> None:
    """A salvage that lost stories or price points kept each source's schedule: a source that
    had delivered waited out its cadence (hours for a monthly series) before what was lost came
    back, the panels meanwhile short of it. Those that delivered are due at once; a failing
    one keeps its backoff (a server's Retry-After is still honoured)."""
    from tui.core.models import SourceHealth
    from tui.flow.schedule import due

    path = tmp_path / "store.sqlite3"
    later = SEEN + timedelta(hours=6)
    with Store(path) as s:  # the sources' health first: its pages low, the cut leaves them
        s.save_health(SourceHealth("wire", "rss", True, None, None, SEEN, SEEN, later, 1500))
        s.save_health(SourceHealth("lme", "csv", True, None, None, SEEN, SEEN, later, 1200))
        s.save_health(SourceHealth("down", "rss", False, "HTTP 503", None, SEEN, None, later))
    seeded(path)
    with path.open("r+b") as f:
        f.truncate(int(path.stat().st_size * 0.5) // PAGE * PAGE + 123)
    with Store(path) as s:
        notice = s.recovered or ""
        assert "lost: part of the stories" in notice, notice
        health = s.load_health()
    assert set(health) == {"wire", "lme", "down"}, "the sources' health was saved"
    now = SEEN + timedelta(minutes=5)
    assert due(health["wire"], now) and due(health["lme"], now)
    assert health["wire"].last_success == SEEN, "when it last delivered is kept"
    assert health["down"].next_attempt == later and not due(health["down"], now)


def test_a_row_running_onto_a_page_cut_off_is_left_out(tmp_path: Path) -> None:
    """A file cut mid-page reads the rest of that page as zeros (SQLite fills a short read so):
    a story running onto it gave a title ending in NUL bytes on screen. Such a row is damaged and
    left out, at every cut (one every 1,000 bytes over the stories' pages): no saved text holds a
    NUL, and every story saved is one the store held."""
    path = tmp_path / "seeded.sqlite3"
    stories = [
        Headline(
            f"Nickel ore export ban {i}: " + "smelter " * (i % 9 + 2),
            f"https://e.org/{i}",
            "wire",
            SEEN,
            summary="Jakarta said " * (20 + i % 13 * 9),
        )
        for i in range(120)
    ]
    with Store(path) as s:
        s.save_headlines("wire", stories, seen_at=SEEN)
        held = {(h.title, h.summary) for h in s.load_headlines()}
    whole = path.read_bytes()
    damaged = 0
    for at, cut in enumerate(range(len(whole) // 2, len(whole), 1000)):
        cut_path = tmp_path / str(at) / "store.sqlite3"
        cut_path.parent.mkdir()
        cut_path.write_bytes(whole[:cut])
        with Store(cut_path) as s:
            got = {(h.title, h.summary) for h in s.load_headlines()}
            damaged += "moved aside to" in (s.recovered or "")
        assert not any("\x00" in t or "\x00" in m for t, m in got), cut
        assert got <= held, cut
    assert damaged > 5
