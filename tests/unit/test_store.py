"""tui.store: round-trips of every model on real content, upserts, retention, recovery."""

from __future__ import annotations

import csv
import json
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from tui.core.models import DeclaredPolicy, Headline, PriceSeries, SourceHealth
from tui.core.text import clean_summary, clean_title
from tui.store import SCHEMA_VERSION, Store, headline_identity

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "store"
UTC = timezone.utc
SEEN = datetime(2018, 2, 1, 9, 0, tzinfo=UTC)


def guardian_headlines() -> list[Headline]:
    """The 55 items of a real Guardian US RSS capture, as a feed parser would give them."""
    root = ET.parse(FIX / "guardian_us.rss.xml").getroot()
    out = []
    for item in root.iter("item"):
        out.append(
            Headline(
                title=clean_title(item.findtext("title")),
                url=item.findtext("link"),
                source="guardian",
                published=parsedate_to_datetime(item.findtext("pubDate") or ""),
                summary=clean_summary(item.findtext("description")),
                outlet="The Guardian",
                guid=item.findtext("guid"),
                canonical_url=item.findtext("link"),
            )
        )
    return out


def federal_register_headlines() -> list[Headline]:
    data = json.loads((FIX / "federalregister_search-newest-page-one.json").read_text())
    return [
        Headline(
            title=r["title"],
            url=r["html_url"],
            source="federal-register",
            published=datetime.fromisoformat(r["publication_date"]).replace(tzinfo=UTC),
            official=True,
            doc_type=r["type"],
            agencies=tuple(a["name"] for a in r["agencies"]),
            guid=r["document_number"],
            outlet="Federal Register",
        )
        for r in data["results"]
    ]


def fred_copper() -> PriceSeries:
    with (FIX / "fred_PCOPPUSDM_2026-05.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    points = tuple((date.fromisoformat(r["observation_date"]), float(r["PCOPPUSDM"])) for r in rows)
    return PriceSeries(
        source="fred-copper",
        symbol="PCOPPUSDM",
        unit="USD/t",
        points=points,
        metal="copper",
        frequency="monthly",
        kind="monthly-average",
        source_kind="fred",
        currency="USD",
        note="IMF global price",
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "cache" / "metalwatch.db")
    yield s
    s.close()


# --------------------------------------------------------------------------- basics


def test_new_store_is_wal_versioned_and_clean(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "metalwatch.db"
    with Store(path) as s:
        assert path.is_file(), "parent directories are created"
        assert s.pragma("journal_mode") == "wal"
        assert s.pragma("synchronous") == 1  # NORMAL
        assert s.pragma("user_version") == SCHEMA_VERSION
        assert s.recovered is None
        assert s.load_headlines() == [] and s.load_series() == []


def test_memory_store_works() -> None:
    with Store.memory() as s:
        assert s.path is None
        s.set_meta("theme", "gruvbox")
        assert s.get_meta("theme") == "gruvbox"


def test_data_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Store(path) as s:
        s.save_headlines("guardian", guardian_headlines(), seen_at=SEEN)
        s.save_series(fred_copper())
    with Store(path) as again:
        assert again.recovered is None
        assert len(again.load_headlines()) == 55
        assert len(again.load_series()[0].points) == 413


# --------------------------------------------------------------------------- headlines


def test_headlines_round_trip_newest_first(store: Store) -> None:
    items = guardian_headlines()
    assert store.save_headlines("guardian", items, seen_at=SEEN) == 55
    loaded = store.load_headlines()
    assert len(loaded) == 55
    assert loaded[0].title == "Tottenham Hotspur v Manchester United: Premier League – live!"
    assert loaded[0].published == datetime(2018, 1, 31, 20, 13, 54, tzinfo=UTC)
    assert loaded[-1].title == "Trump-Russia investigation: the key questions answered"
    # every field comes back as it went in
    by_url = {h.url: h for h in items}
    for h in loaded:
        assert h == by_url[h.url]
    assert [h.title for h in store.load_headlines(limit=2)] == [loaded[0].title, loaded[1].title]


def test_official_headlines_keep_agencies_and_type(store: Store) -> None:
    fr = federal_register_headlines()
    assert store.save_headlines("federal-register", fr, seen_at=SEEN) == 2
    loaded = {h.guid: h for h in store.load_headlines()}
    doc = loaded["2024-31440"]
    assert doc.title == "Combined Notice of Filings #1"
    assert doc.agencies == ("Energy Department", "Federal Energy Regulatory Commission")
    assert doc.official is True and doc.doc_type == "Notice"
    assert doc.published == datetime(2024, 12, 31, tzinfo=UTC)
    assert doc == fr[0]


def test_upsert_counts_new_and_keeps_first_seen(store: Store) -> None:
    items = guardian_headlines()
    assert store.save_headlines("guardian", items[:30], seen_at=SEEN) == 30
    later = SEEN + timedelta(hours=1)
    edited = replace(items[0], title=items[0].title + " (updated)")
    assert store.save_headlines("guardian", [edited, *items[1:40]], seen_at=later) == 10
    seen = {h.url: first for h, first in store.load_headlines_with_seen()}
    assert len(seen) == 40
    assert seen[items[0].url] == SEEN, "first_seen is kept on update"
    assert seen[items[35].url] == later
    titles = {h.url: h.title for h in store.load_headlines()}
    assert titles[items[0].url].endswith("(updated)")
    first_seen = store.headlines_first_seen()
    assert first_seen[headline_identity(items[0])] == SEEN
    assert len(first_seen) == 40


def test_same_item_from_two_sources_is_kept_per_source(store: Store) -> None:
    h = guardian_headlines()[0]
    assert store.save_headlines("guardian", [h], seen_at=SEEN) == 1
    assert (
        store.save_headlines("google-news", [replace(h, source="google-news")], seen_at=SEEN) == 1
    )
    assert sorted(x.source for x in store.load_headlines()) == ["google-news", "guardian"]


def test_identity_falls_back_to_guid_then_title(store: Store) -> None:
    a = Headline(title="Copper exports halted", url=None, source="s", published=None, guid="g-1")
    b = Headline(title="Copper exports halted", url=None, source="s", published=None)
    assert headline_identity(a) == "g-1"
    assert headline_identity(b) == "Copper exports halted"
    assert store.save_headlines("s", [a, b, b], seen_at=SEEN) == 2
    assert len(store.load_headlines()) == 2


def test_estimated_date_does_not_move_a_known_item(store: Store) -> None:
    undated = Headline(
        title="Gallium export licences tightened",
        url="https://example.org/gallium",
        source="s",
        published=SEEN,
        date_estimated=True,
    )
    store.save_headlines("s", [undated], seen_at=SEEN)
    later = SEEN + timedelta(days=2)
    store.save_headlines("s", [replace(undated, published=later)], seen_at=later)
    (h,) = store.load_headlines()
    assert h.published == SEEN and h.date_estimated is True
    # a real date, when the source later gives one, does replace the estimate
    real = datetime(2018, 1, 30, 12, 0, tzinfo=UTC)
    store.save_headlines(
        "s", [replace(undated, published=real, date_estimated=False)], seen_at=later
    )
    (h,) = store.load_headlines()
    assert h.published == real and h.date_estimated is False


def test_a_placeholder_date_an_older_version_stored_reads_as_first_seen(store: Store) -> None:
    """Versions before session 13 stored a feed's ``0001-01-01`` as the story's date, which
    broke every snapshot built from the store (the app ended at each start); it reads as the
    time the story was first seen, marked estimated."""
    from tui.core.config import parse_config
    from tui.flow.snapshot import build_snapshot

    placeholder = Headline(
        title="US imposes 25% tariff on copper imports from Chile from June 4",
        url="https://example.org/tariff",
        source="s",
        published=datetime(1, 1, 1, tzinfo=UTC),
    )
    store.save_headlines("s", [placeholder], seen_at=SEEN)
    (h,) = store.load_headlines()
    assert h.published == SEEN and h.date_estimated is True
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "s", "kind": "rss", "url": "https://example.org/feed"}],
        },
        None,
    )
    (story,) = build_snapshot(config, store).stories
    assert story.published == SEEN


def test_naive_and_offset_datetimes_are_stored_as_utc(store: Store) -> None:
    tz = timezone(timedelta(hours=-5))
    h = Headline(title="t", url=None, source="s", published=datetime(2025, 1, 2, 7, 0, tzinfo=tz))
    store.save_headlines("s", [h], seen_at=datetime(2025, 1, 2, 13, 0))  # naive = UTC
    ((loaded, first),) = store.load_headlines_with_seen()
    assert loaded.published == datetime(2025, 1, 2, 12, 0, tzinfo=UTC)
    assert loaded.published.tzinfo == UTC
    assert first == datetime(2025, 1, 2, 13, 0, tzinfo=UTC)


# --------------------------------------------------------------------------- prices


def test_series_round_trip_real_fred(store: Store) -> None:
    series = fred_copper()
    store.save_series(series)
    (loaded,) = store.load_series()
    assert loaded == series
    assert loaded.points[0] == (date(1992, 1, 1), 2150.57962901611)
    assert loaded.points[-1] == (date(2026, 5, 1), 13483.75153846154)
    assert len(loaded.points) == 413


def test_series_points_are_upserted_and_history_kept(store: Store) -> None:
    series = fred_copper()
    store.save_series(replace(series, points=series.points[:400]))
    revised = ((date(2025, 1, 1), 9000.0), *series.points[398:])
    store.save_series(replace(series, points=revised, note="revised"))
    (loaded,) = store.load_series()
    assert len(loaded.points) == 413, "older points outside the new window are kept"
    assert dict(loaded.points)[date(2025, 1, 1)] == 9000.0
    assert loaded.note == "revised"
    assert [d for d, _ in loaded.points] == sorted(d for d, _ in loaded.points)


def test_non_finite_points_are_skipped(store: Store) -> None:
    s = PriceSeries(
        source="x",
        symbol="HG=F",
        unit="USD/lb",
        points=((date(2025, 1, 2), 4.1), (date(2025, 1, 3), float("nan")), (date(2025, 1, 6), 4.2)),
    )
    store.save_series(s)
    assert store.load_series()[0].points == ((date(2025, 1, 2), 4.1), (date(2025, 1, 6), 4.2))


def test_thirty_series_of_ten_years_load_whole(store: Store) -> None:
    # how fast is measured in benchmarks/bench_scale.py, not here (a shared machine)
    start = date(2015, 1, 1)
    days = [
        start + timedelta(days=i) for i in range(3650) if (start + timedelta(days=i)).weekday() < 5
    ]
    for n in range(30):
        store.save_series(
            PriceSeries(
                source=f"src{n}",
                symbol=f"SYM{n}",
                unit="USD/t",
                points=tuple((d, 1000.0 + n + i * 0.25) for i, d in enumerate(days)),
            )
        )
    loaded = store.load_series()
    assert sum(len(s.points) for s in loaded) == 30 * len(days) > 75_000
    assert [s.symbol for s in loaded[:3]] == ["SYM0", "SYM1", "SYM2"]
    assert loaded[7].points[-1] == (days[-1], 1007.0 + (len(days) - 1) * 0.25)


# --------------------------------------------------------------------------- policy, health, meta


def test_declared_replaced_per_source(store: Store) -> None:
    config = [
        DeclaredPolicy("gallium", "CN", "US", "suspended", since=date(2024, 12, 3), note="ban"),
        DeclaredPolicy("copper", "*", "US", "tariff", rate_pct=50.0, proposed=True),
    ]
    from_file = [
        DeclaredPolicy(
            "nickel", "ID", "*", "suspended", url="https://example.org/ore", source="policy-file"
        )
    ]
    store.save_declared("config", config)
    store.save_declared("policy-file", from_file)
    assert store.load_declared() == [*config, *from_file]
    store.save_declared("config", config[1:])
    assert store.load_declared() == [config[1], *from_file]
    store.save_declared("config", [])
    assert store.load_declared() == from_file


def test_declared_until_round_trips_and_a_version_3_store_gains_it(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite3"
    ended = DeclaredPolicy(
        "rare-earths", "CN", "*", "licensing", since=date(2025, 11, 7), until=date(2026, 11, 10)
    )
    with Store(path) as store:
        store.save_declared("file", [ended])
        assert store.load_declared() == [ended]
    conn = sqlite3.connect(path)  # the same store as version 3 wrote it: no until column
    conn.execute("DELETE FROM declared")
    conn.execute("ALTER TABLE declared DROP COLUMN until")
    conn.execute("DROP TABLE pruned_headlines")  # version 5's
    conn.execute(
        "INSERT INTO declared VALUES ('file', 0, 'copper', '*', 'US', 'tariff',"
        " '2025-08-01', 50.0, 0, NULL, NULL, 'file')"
    )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.recovered is None and store.pragma("user_version") == SCHEMA_VERSION
        (kept,) = store.load_declared()
        assert (kept.metal, kept.rate_pct, kept.until) == ("copper", 50.0, None)
        store.save_declared("file", [ended])
        assert store.load_declared() == [ended]


def test_health_round_trip(store: Store) -> None:
    ok = SourceHealth(
        name="fred-copper",
        kind="fred",
        ok=True,
        fetched_at=SEEN,
        last_success=SEEN,
        next_attempt=SEEN + timedelta(hours=6),
        items=413,
    )
    bad = SourceHealth(
        name="gdelt", kind="gdelt", error="HTTP 429 Too Many Requests", stale=True, warning="w"
    )
    store.save_health(ok)
    store.save_health(bad)
    assert store.load_health() == {"fred-copper": ok, "gdelt": bad}
    fixed = SourceHealth(name="gdelt", kind="gdelt", ok=True, items=75, fetched_at=SEEN)
    store.save_health(fixed)
    assert store.load_health()["gdelt"] == fixed


def test_read_marks_and_meta(store: Store) -> None:
    assert store.read_ids() == set()
    store.mark_read(["story-a", "story-b", "story-a"])
    store.mark_read([])
    assert store.read_ids() == {"story-a", "story-b"}
    assert store.get_meta("last_session_end") is None
    store.set_meta("last_session_end", "2025-01-02T03:04:05+00:00")
    store.set_meta("last_session_end", "2025-01-03T00:00:00+00:00")
    assert store.get_meta("last_session_end") == "2025-01-03T00:00:00+00:00"


def test_failed_write_rolls_back_the_whole_batch(store: Store) -> None:
    bad = Headline(title="ok", url="https://example.org/a", source="s", published=SEEN)

    class Boom(float):
        def __float__(self) -> float:
            raise RuntimeError("boom")

    store.save_headlines("s", [bad], seen_at=SEEN)
    series = PriceSeries(
        source="s",
        symbol="X",
        unit="u",
        points=((date(2025, 1, 1), 1.0), (date(2025, 1, 2), Boom(2))),
    )
    with pytest.raises(RuntimeError):
        store.save_series(series)
    assert store.load_series() == [], "nothing of a failed batch is stored"
    store.set_meta("k", "v")  # the store is still usable
    assert store.get_meta("k") == "v"


# --------------------------------------------------------------------------- retention


def test_prune_by_age_and_count(store: Store) -> None:
    items = guardian_headlines()  # 2017-12-08 .. 2018-01-31
    store.save_headlines("guardian", items, seen_at=SEEN)
    store.save_series(fred_copper())
    store.save_declared("config", [DeclaredPolicy("tin", "MM", "*", "suspended")])
    store.mark_read(["old"], at=datetime(2017, 1, 1, tzinfo=UTC))
    store.mark_read(["new"], at=SEEN + timedelta(days=40))
    now = SEEN + timedelta(days=40)
    # 40 days later the feed still serves every item but the oldest one: only that one ages out
    oldest = min(items, key=lambda h: h.published or now)
    assert oldest.title == "Trump-Russia investigation: the key questions answered"  # 2017-12-08
    store.save_headlines("guardian", [h for h in items if h is not oldest], seen_at=now)
    removed = store.prune(max_age_days=30, max_stories=1000, now=now)
    assert removed == 1
    assert len(store.load_headlines()) == 54
    assert all(
        h.title != "Trump-Russia investigation: the key questions answered"
        for h in store.load_headlines()
    )
    removed = store.prune(max_age_days=30, max_stories=10, now=now)
    assert removed == 44
    kept = store.load_headlines()
    assert len(kept) == 10
    assert kept[0].title == "Tottenham Hotspur v Manchester United: Premier League – live!"
    assert store.read_ids() == {"new"}
    assert len(store.load_declared()) == 1, "declared policy is never pruned"
    points = store.load_series()[0].points
    assert len(points) == 413, "price history is never pruned"


def test_prune_keeps_every_price_point(store: Store) -> None:
    """A source's whole history is what its chart and the snapshot show: never pruned."""
    store.save_series(fred_copper())
    store.prune(max_age_days=30, max_stories=100, now=datetime(2026, 6, 1, tzinfo=UTC))
    points = store.load_series()[0].points
    assert points[0] == (date(1992, 1, 1), 2150.57962901611)
    assert points[-1] == (date(2026, 5, 1), 13483.75153846154)


# --------------------------------------------------------------------------- recovery


def _aside_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".corrupt-" in p.name)


def test_garbage_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "metalwatch.db"
    garbage = b"\x00\xffnot sqlite at all\x13\x37" * 500
    path.write_bytes(garbage)
    with Store(path) as s:
        (aside,) = _aside_files(tmp_path)
        assert aside.read_bytes() == garbage, "the unreadable file is kept, not deleted"
        assert aside.name.startswith("metalwatch.db.corrupt-")
        assert s.recovered is not None
        assert s.recovered.startswith("cache was unreadable")
        assert str(aside) in s.recovered and s.recovered.endswith("starting fresh")
        assert s.save_headlines("g", guardian_headlines()[:3], seen_at=SEEN) == 3
        assert s.pragma("journal_mode") == "wal"
    with Store(path) as again:
        assert again.recovered is None and len(again.load_headlines()) == 3


def test_damaged_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "metalwatch.db"
    with Store(path) as s:
        s.save_headlines("guardian", guardian_headlines(), seen_at=SEEN)
        s.save_series(fred_copper())
    data = bytearray(path.read_bytes())
    assert len(data) > 8192
    data[4096 : len(data) - 100] = b"\xa5" * (len(data) - 4196)  # trash every page but the header
    path.write_bytes(bytes(data))
    with Store(path) as s:
        assert s.recovered is not None and "moved aside" in s.recovered
        assert len(_aside_files(tmp_path)) == 1
        assert s.load_headlines() == []
        assert s.pragma("integrity_check") == "ok"


def test_foreign_sqlite_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "metalwatch.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('someone else''s data')")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.recovered is not None and "not a metalwatch cache" in s.recovered
        (aside,) = _aside_files(tmp_path)
        old = sqlite3.connect(aside)
        assert old.execute("SELECT name FROM customers").fetchone() == ("someone else's data",)
        old.close()
        s.set_meta("k", "v")
        assert s.get_meta("k") == "v"


def test_a_store_of_a_newer_version_is_left_as_it_is(tmp_path: Path) -> None:
    """A store a newer metalwatch wrote (run one after the other: a second install, an older
    release) was called "unreadable" and moved aside, so the newer version, run again, started
    from nothing: everything it had stored gone from its panels. It is left as it is, and this
    run goes on in memory, said."""
    path = tmp_path / "metalwatch.db"
    with Store(path) as s:
        s.set_meta("k", "v")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 41}")
    conn.execute("CREATE TABLE added_later (x)")  # a newer schema may add tables
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.recovered is None
        assert s.read_only == (  # as a read-only cache: this run in memory, shared, said
            f"written by a newer metalwatch (schema version {SCHEMA_VERSION + 41}; this one "
            f"reads {SCHEMA_VERSION})"
        )
        assert s.get_meta("k") is None
        s.set_meta("k", "this run's")  # works, in memory
    assert _aside_files(tmp_path) == []
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 41
    assert conn.execute("SELECT value FROM meta WHERE key = 'k'").fetchone() == ("v",)
    conn.close()


def test_an_older_schema_version_no_migration_reads_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "metalwatch.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("PRAGMA user_version = 1")  # a table set no migration starts from
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.recovered is not None and "moved aside" in s.recovered


def test_empty_file_becomes_a_store_without_complaint(tmp_path: Path) -> None:
    path = tmp_path / "metalwatch.db"
    path.write_bytes(b"")
    with Store(path) as s:
        assert s.recovered is None
        assert s.pragma("user_version") == SCHEMA_VERSION
    assert _aside_files(tmp_path) == []


def test_items_of_one_answer_sharing_a_link_are_each_kept(store: Store) -> None:
    """A feed whose items all link to one page (a press office's listing, a site's front page),
    or share a placeholder guid and have no link, kept one of them: "7 items", two stories,
    the rest gone without a word, and the one kept changing title on every refresh. Items of
    one answer that share a link or guid but not a title are each kept; an item whose title
    changed since (the same link, alone in its answer) is still the same item."""
    shared = [
        Headline(f"Nickel notice {i}", "https://gov.example/notices", "s", SEEN) for i in range(3)
    ]
    unlinked = [Headline(f"Copper note {i}", None, "s", SEEN, guid="1") for i in range(2)]
    assert store.save_headlines("s", shared + unlinked, seen_at=SEEN) == 5
    assert sorted(h.title for h in store.load_headlines()) == sorted(
        h.title for h in shared + unlinked
    )
    assert store.save_headlines("s", shared + unlinked, seen_at=SEEN) == 0, "the same items"
    alone = Headline("Zinc story", "https://news.example/zinc", "s", SEEN)
    store.save_headlines("s", [alone], seen_at=SEEN)
    store.save_headlines("s", [replace(alone, title="Zinc story (updated)")], seen_at=SEEN)
    zinc = [h.title for h in store.load_headlines() if h.url == alone.url]
    assert zinc == ["Zinc story (updated)"]
