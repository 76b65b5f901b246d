"""A feed date whose clock time is in a zone no one can place (``Mon, 01 Dec 2025 10:00:00
XYZ``, ``HST``, or no zone written at all) was read as UTC without a word: the age shown could
be hours off. It is still read as UTC (the middle of where it can be: a zone is at most about
12 hours either way), the day as the feed wrote it, and the headline carries ``zone_unknown``
through the store and the stories: the panel marks its age with ``~`` (as a guessed date), the
story screen and the text snapshot say so, the JSON has ``zone_unknown``.

Before the change every made-up entry below read silently as UTC (no mark)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.core.models import Headline, Metal, Snapshot
from tui.engine.cluster import build_stories
from tui.flow.snapshot_render import to_json, to_text
from tui.sources import feeds
from tui.sources.feed_dates import zone_unknown
from tui.store import Store
from tui.store.schema import SCHEMA_VERSION
from tui.ui.screens.story import story_text

NOW = datetime(2025, 12, 2, 12, tzinfo=timezone.utc)
SRC = SourceConfig(name="wire", kind="rss", url="https://example.org/feed")
METALS = [Metal("copper", "Copper"), Metal("nickel", "Nickel")]

UNPLACED = [
    "Mon, 01 Dec 2025 10:00:00 XYZ",
    "Mon, 01 Dec 2025 10:00:00 HST",
    "Mon, 01 Dec 2025 10:00 ABCD",
    "Mon, 01 Dec 2025 10:00:00 qq",
    "Mon, 01 Dec 2025 10:00:00",
    "Mon, Dec 01 2025 10:00:00 AM",
    "2025-12-01T10:00:00",
    "01.12.2025 10:00",
]
PLACED = [
    "Mon, 01 Dec 2025 10:00:00 GMT",
    "Mon, 01 Dec 2025 10:00:00 CET",
    "Mon, 01 Dec 2025 10:00:00 EST",
    "Mon, 01 Dec 2025 10:00:00 +0100",
    "Mon, 01 Dec 2025 10:00:00 GMT+2",
    "Mon, 01 Dec 2025 10:00:00 +0100 (CET)",
    "Mon, 01 Dec 2025 10:00:00 utc",
    "2025-12-01T10:00:00Z",
    "2025-12-01T10:00:00.250-05:00",
    "Mon, 01 Dec 2025 8:00 PM EST",
    "Mon, 01 Dec 2025",  # a day, no clock time: the day's start, as before
    "2025-12-01",
]


@pytest.mark.parametrize("raw", UNPLACED)
def test_a_clock_time_of_a_zone_no_one_knows_is_unplaced(raw: str) -> None:
    assert zone_unknown(raw)


@pytest.mark.parametrize("raw", PLACED)
def test_a_zone_placed_or_no_clock_time_is_not(raw: str) -> None:
    assert not zone_unknown(raw)


def _rss(dates: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Nickel export levy story {i}</title>"
        f"<link>https://example.org/{i}</link><pubDate>{d}</pubDate></item>"
        for i, d in enumerate(dates)
    )
    return f"<rss version='2.0'><channel><title>W</title>{items}</channel></rss>".encode()


def _atom(dates: list[str]) -> bytes:
    entries = "".join(
        f"<entry><title>Copper smelter story {i}</title><id>urn:{i}</id>"
        f"<link href='https://example.org/a{i}'/><updated>{d}</updated></entry>"
        for i, d in enumerate(dates)
    )
    return (
        "<feed xmlns='http://www.w3.org/2005/Atom'><title>A</title>" + entries + "</feed>"
    ).encode()


def _read(data: bytes) -> list[Headline]:
    return list(feeds.parse(data, SRC, fetched_at=NOW).headlines)


def test_feed_entries_keep_the_day_and_say_the_zone_is_not_known() -> None:
    rss = _rss(["Mon, 01 Dec 2025 10:00:00 XYZ", "Mon, 01 Dec 2025 10:00:00 HST"])
    rss_placed = _rss(["Mon, 01 Dec 2025 10:00:00 CET", "Mon, 01 Dec 2025 10:00:00 GMT"])
    atom = _atom(["2025-12-01T10:00:00", "2025-12-01T10:00:00+02:00"])
    got = _read(rss) + _read(rss_placed) + _read(atom)
    assert [h.zone_unknown for h in got] == [True, True, False, False, True, False]
    assert [h.published.hour if h.published else None for h in got] == [10, 10, 9, 10, 10, 8]
    assert all(h.published and h.published.day == 1 for h in got)
    assert not any(h.date_estimated for h in got)


def test_the_mark_is_kept_by_the_store_and_a_placed_time_replaces_it(tmp_path: Path) -> None:
    (unplaced,) = _read(_rss(["Mon, 01 Dec 2025 10:00:00 XYZ"]))
    with Store(tmp_path / "m.db") as store:
        store.save_headlines("wire", [unplaced], seen_at=NOW)
        (kept,) = store.load_headlines()
        assert kept.zone_unknown and kept.published == unplaced.published
        (placed,) = _read(_rss(["Mon, 01 Dec 2025 10:00:00 CET"]))  # the feed corrects it
        store.save_headlines("wire", [placed], seen_at=NOW)
        (kept,) = store.load_headlines()
        assert not kept.zone_unknown and kept.published == placed.published


def test_a_version_5_store_gains_the_column(tmp_path: Path) -> None:
    path = tmp_path / "v5.db"
    with Store(path) as store:
        store.save_headlines("wire", _read(_rss(["Mon, 01 Dec 2025 10:00:00 GMT"])), seen_at=NOW)
    conn = sqlite3.connect(path)  # as version 5 wrote it: no zone_unknown column
    conn.execute("ALTER TABLE headlines DROP COLUMN zone_unknown")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.recovered is None and store.pragma("user_version") == SCHEMA_VERSION == 7
        (kept,) = store.load_headlines()
        assert not kept.zone_unknown
        store.save_headlines("wire", _read(_rss(["Mon, 01 Dec 2025 10:00:00 XYZ"])), seen_at=NOW)
        assert store.load_headlines()[0].zone_unknown


def test_a_story_takes_a_placed_time_over_an_unplaced_one() -> None:
    title = "Indonesia sets nickel ore export levy"
    unplaced = Headline(title, "https://a.example/1", "a", NOW, outlet="A", zone_unknown=True)
    placed = Headline(title, "https://b.example/1", "b", NOW.replace(hour=11), outlet="B")
    (both,) = build_stories([unplaced, placed], METALS)
    assert not both.zone_unknown and both.published == placed.published
    (alone,) = build_stories([unplaced], METALS)
    assert alone.zone_unknown and alone.published == NOW


def test_the_story_screen_and_the_snapshot_say_so() -> None:
    (story,) = build_stories(_read(_rss(["Mon, 01 Dec 2025 10:00:00 XYZ"])), METALS)
    text = story_text(story, NOW).plain
    assert "2025-12-01 10:00 UTC (the source's clock time, in a zone not known" in text
    snap = Snapshot(generated_at=NOW, metals=METALS, stories=[story])
    assert "2025-12-01 10:00~" in to_text(snap, show_all=True)
    assert to_json(snap)["headlines"][0]["zone_unknown"] is True
    (placed,) = build_stories(_read(_rss(["Mon, 01 Dec 2025 10:00:00 GMT"])), METALS)
    assert "zone not known" not in story_text(placed, NOW).plain
    assert to_json(Snapshot(NOW, METALS, [placed]))["headlines"][0]["zone_unknown"] is False
