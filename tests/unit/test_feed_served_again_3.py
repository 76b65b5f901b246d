"""A feed whose items carry no guid, served twice by a real HTTP server on 127.0.0.1: with no
guid an item is known by its link, so a link that changes between two answers (the outlet
moved the article, a link gone bad, a link first given) must not store the item twice. The
same title on the same published date, or a link missing on one side with dates that do not
disagree, ties the two answers; a recurring title on another date, or two items both still
served, stay two.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from refresh_servers import opened, served_twice

from tui.core.models import Headline

CHANNEL = b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
MON = "<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>"
TUE = "<pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate>"


def feed(*items: str) -> bytes:
    return CHANNEL + "".join(items).encode() + b"</channel></rss>"


def item(title: str, link: str, date: str = MON) -> str:
    return f"<item><title>{title}</title>{link}{date}</item>"


async def test_an_item_with_no_guid_whose_link_changes_stays_one_item(tmp_path: Path) -> None:
    title = "Indonesia halts nickel ore exports"
    stored = await served_twice(
        tmp_path,
        feed(item(title, "<link>https://ex.com/2026/03/nickel</link>")),
        feed(item(title, "<link>https://ex.com/markets/nickel-ore-halt</link>")),
    )
    assert [(h.title, h.url) for h in stored] == [(title, "https://ex.com/markets/nickel-ore-halt")]


async def test_an_item_with_no_guid_whose_link_goes_bad_stays_one_item(tmp_path: Path) -> None:
    title = "Chile raises copper export royalty"
    stored = await served_twice(
        tmp_path,
        feed(item(title, "<link>https://ex.com/copper</link>")),
        feed(item(title, "<link>javascript:void(0)</link>")),
    )
    assert [(h.title, h.url) for h in stored] == [(title, "https://ex.com/copper")]


async def test_an_item_with_no_guid_and_no_date_whose_link_goes_bad_stays_one_item(
    tmp_path: Path,
) -> None:
    title = "Peru lifts tin export licence rule"
    stored = await served_twice(
        tmp_path,
        feed(item(title, "<link>https://ex.com/tin</link>", "")),
        feed(item(title, "", "")),
    )
    assert [(h.title, h.url) for h in stored] == [(title, "https://ex.com/tin")]


async def test_an_item_with_no_guid_first_served_without_a_link_stays_one_item(
    tmp_path: Path,
) -> None:
    title = "Zinc smelter restarts after strike"
    stored = await served_twice(
        tmp_path,
        feed(item(title, "")),
        feed(item(title, "<link>https://ex.com/zinc</link>")),
    )
    assert [(h.title, h.url) for h in stored] == [(title, "https://ex.com/zinc")]


async def test_a_recurring_title_on_another_day_with_a_new_link_is_a_new_item(
    tmp_path: Path,
) -> None:
    title = "LME metals market wrap"
    stored = await served_twice(
        tmp_path,
        feed(item(title, "<link>https://ex.com/wrap-0302</link>", MON)),
        feed(item(title, "<link>https://ex.com/wrap-0303</link>", TUE)),
    )
    assert sorted(h.url or "" for h in stored) == [
        "https://ex.com/wrap-0302",
        "https://ex.com/wrap-0303",
    ]


async def test_a_recurring_undated_title_with_a_new_link_is_a_new_item(tmp_path: Path) -> None:
    title = "LME metals market wrap"
    stored = await served_twice(
        tmp_path,
        feed(item(title, "<link>https://ex.com/wrap-1</link>", "")),
        feed(item(title, "<link>https://ex.com/wrap-2</link>", "")),
    )
    assert sorted(h.url or "" for h in stored) == ["https://ex.com/wrap-1", "https://ex.com/wrap-2"]


async def test_two_items_of_one_title_both_still_served_stay_two(tmp_path: Path) -> None:
    title = "Copper tariff update"
    first = feed(item(title, "<link>https://ex.com/a</link>"))
    again = feed(
        item(title, "<link>https://ex.com/a</link>"), item(title, "<link>https://ex.com/b</link>")
    )
    stored = await served_twice(tmp_path, first, again)
    assert sorted(h.url or "" for h in stored) == ["https://ex.com/a", "https://ex.com/b"]


def test_the_tie_holds_at_every_later_answer_and_the_old_link_still_reads(tmp_path: Path) -> None:
    """Stored straight, three answers and the first link again: still the one row."""
    t0 = datetime(2026, 3, 2, 9, tzinfo=UTC)
    day = datetime(2026, 3, 2, 8, tzinfo=UTC)

    def served(url: str | None, hours: int) -> None:
        h = Headline(title="Nickel ore halt", url=url, source="wire", published=day)
        store.save_headlines("wire", [h], seen_at=t0 + timedelta(hours=hours))

    with opened(tmp_path) as store:
        for hours, url in enumerate(
            ["https://ex.com/a", "https://ex.com/b", "https://ex.com/b", None, "https://ex.com/a"]
        ):
            served(url, hours)
            assert len(store.load_headlines()) == 1, (hours, url)
        assert [h.url for h in store.load_headlines()] == ["https://ex.com/a"]
