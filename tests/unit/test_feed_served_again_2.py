"""A feed served again with less in it, from a real HTTP server on 127.0.0.1 (more cases than
test_feed_served_again.py): an item served again without its description keeps the text
stored from the first answer, and an item whose link turns into a ``javascript:`` one stays
the one item it was (its guid ties the two answers together), not a second copy.
"""

from __future__ import annotations

from pathlib import Path

from refresh_servers import served_twice

CHANNEL = b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
DATE = "<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>"


def feed(*items: str) -> bytes:
    return CHANNEL + "".join(items).encode() + b"</channel></rss>"


async def test_an_item_served_again_without_its_description_keeps_the_stored_text(
    tmp_path: Path,
) -> None:
    first = feed(
        "<item><title>Chile raises copper export royalty</title><link>https://ex.com/1</link>"
        f"<description>Santiago said on Monday the rate rises to 5%.</description>{DATE}</item>",
        "<item><title>Zinc smelter restarts</title><link>https://ex.com/2</link>"
        f"<description>The plant is back.</description>{DATE}</item>",
    )
    again = feed(  # the first item's description gone, the second's changed: taken
        "<item><title>Chile raises copper export royalty</title><link>https://ex.com/1</link>"
        f"<description></description>{DATE}</item>",
        "<item><title>Zinc smelter restarts</title><link>https://ex.com/2</link>"
        f"<description>The plant is back at full rate.</description>{DATE}</item>",
    )
    stored = {h.url: h.summary for h in await served_twice(tmp_path, first, again)}
    assert stored == {
        "https://ex.com/1": "Santiago said on Monday the rate rises to 5%.",
        "https://ex.com/2": "The plant is back at full rate.",
    }


async def test_an_item_whose_link_turns_to_javascript_stays_one_item(tmp_path: Path) -> None:
    def item(link: str) -> str:
        return (
            "<item><title>Indonesia halts nickel ore exports</title>"
            f"<link>{link}</link><guid isPermaLink='false'>wire-4411</guid>{DATE}</item>"
        )

    stored = await served_twice(
        tmp_path, feed(item("https://ex.com/nickel")), feed(item("javascript:void(0)"))
    )
    assert [(h.title, h.url, h.guid) for h in stored] == [
        ("Indonesia halts nickel ore exports", "https://ex.com/nickel", "wire-4411")
    ]


async def test_an_item_first_served_without_a_link_stays_one_item_when_it_gets_one(
    tmp_path: Path,
) -> None:
    def item(link: str) -> str:
        return (
            "<item><title>Peru lifts tin export licence rule</title>"
            f"{link}<guid isPermaLink='false'>wire-77</guid>{DATE}</item>"
        )

    stored = await served_twice(
        tmp_path, feed(item("")), feed(item("<link>https://ex.com/tin</link>"))
    )
    assert [(h.title, h.url, h.guid) for h in stored] == [
        ("Peru lifts tin export licence rule", "https://ex.com/tin", "wire-77")
    ]


async def test_two_linked_items_sharing_a_placeholder_guid_stay_two(tmp_path: Path) -> None:
    def item(title: str, link: str) -> str:
        return f"<item><title>{title}</title><link>{link}</link><guid>0</guid>{DATE}</item>"

    stored = await served_twice(
        tmp_path,
        feed(item("Chile raises copper export royalty", "https://ex.com/1")),
        feed(item("Zinc smelter restarts", "https://ex.com/2")),
    )
    assert sorted((h.title, h.url) for h in stored) == [
        ("Chile raises copper export royalty", "https://ex.com/1"),
        ("Zinc smelter restarts", "https://ex.com/2"),
    ]
