"""tui.store, headlines: round-trips on real content, upserts, identity (per source, by guid,
then title), dates estimated, placeholder, naive or with an offset, items of one answer sharing a
link.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from store_content import (
    SEEN,
    UTC,
    federal_register_headlines,
    guardian_headlines,
    store_fixture,  # noqa: F401 (the fixture ``store``)
)

from tui.core.models import Headline
from tui.store import Store, headline_identity


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
