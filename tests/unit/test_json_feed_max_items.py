"""``max_items`` on an rss source serving JSON Feed: the newest that many items are taken, as
from an RSS or Atom feed, and the health line says so. The option was accepted by the config
(the ``rss`` kind reads JSON Feed too) but a JSON Feed went around the limit and every item was
taken: a 20,000-item ``feed.json`` was read whole at each refresh whatever the config said.

Built for the kind: items dated in any order (the newest taken, kept in the feed's order),
items with no dates (the first ones, feeds listing their newest first), dates in other zones,
a limit over the item count (all taken, nothing said), no limit, and the same choice as the
same items served as RSS."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from tui.core.config import load_config
from tui.core.config_types import SourceConfig
from tui.sources.feeds import parse

UTC = timezone.utc
FETCHED = datetime(2026, 12, 5, 7, 0, tzinfo=UTC)
BASE = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

TITLES = [
    "Chile raises copper export tax",
    "Indonesia extends nickel ore ban",
    "China tightens gallium export licences",
    "US sets aluminium tariff at 50%",
    "DRC suspends cobalt exports",
    "Peru lifts zinc mine blockade",
]


def src(**options: object) -> SourceConfig:
    return SourceConfig(
        name="json", kind="rss", url="https://example.org/feed.json", options=options
    )


def json_feed(hours: list[int | None], zone: timezone = UTC) -> bytes:
    items: list[dict[str, object]] = []
    for n, h in enumerate(hours):
        item: dict[str, object] = {
            "id": str(n),
            "url": f"https://example.org/{n}",
            "title": TITLES[n],
        }
        if h is not None:
            item["date_published"] = (BASE + timedelta(hours=h)).astimezone(zone).isoformat()
        items.append(item)
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "items": items}
    return json.dumps(doc).encode()


def rss_feed(hours: list[int]) -> bytes:
    items = "".join(
        f"<item><title>{TITLES[n]}</title><link>https://example.org/{n}</link><guid>{n}</guid>"
        f"<pubDate>{(BASE + timedelta(hours=h)).strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate>"
        "</item>"
        for n, h in enumerate(hours)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>https://example.org/</link>{items}</channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    ("hours", "limit", "kept"),
    [
        ([5, 1, 9, 3, 7], 2, [2, 4]),  # the two newest, 9h and 7h, in the feed's order
        ([0, 1, 2, 3, 4, 5], 3, [3, 4, 5]),  # oldest first: the last three
        ([5, 4, 3, 2, 1, 0], 3, [0, 1, 2]),  # newest first: the first three
        ([None, None, None, None], 2, [0, 1]),  # no dates: the first ones
        ([2, None, 9, 1], 2, [0, 1]),  # one undated: the feed's own order
    ],
)
def test_json_feed_takes_its_newest_max_items(
    hours: list[int | None], limit: int, kept: list[int]
) -> None:
    result = parse(json_feed(hours), src(max_items=limit), fetched_at=FETCHED)
    assert [h.title for h in result.headlines] == [TITLES[n] for n in kept]
    assert result.warning == f"the newest {limit} of {len(hours)} items taken (max_items)"


@pytest.mark.parametrize("zone", [timezone(timedelta(hours=9)), timezone(timedelta(hours=-5))])
def test_dates_in_other_zones_are_compared_as_instants(zone: timezone) -> None:
    result = parse(json_feed([1, 8, 3, 6], zone), src(max_items=2), fetched_at=FETCHED)
    assert [h.title for h in result.headlines] == [TITLES[1], TITLES[3]]


@pytest.mark.parametrize("options", [{}, {"max_items": 4}, {"max_items": 40}])
def test_no_limit_or_room_for_all_takes_every_item_and_says_nothing(
    options: dict[str, object],
) -> None:
    result = parse(json_feed([3, 1, 2, 0]), src(**options), fetched_at=FETCHED)
    assert [h.title for h in result.headlines] == TITLES[:4]
    assert result.warning is None


@pytest.mark.parametrize(("hours", "limit"), [([5, 1, 9, 3, 7], 2), ([0, 4, 2, 6, 1, 3], 4)])
def test_the_same_items_as_rss_give_the_same_choice(hours: list[int], limit: int) -> None:
    as_json = parse(json_feed(list(hours)), src(max_items=limit), fetched_at=FETCHED)
    as_rss = parse(rss_feed(hours), src(max_items=limit), fetched_at=FETCHED)
    assert [h.title for h in as_json.headlines] == [h.title for h in as_rss.headlines]
    assert as_json.warning == as_rss.warning


def test_the_config_takes_max_items_on_a_json_feed_source(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "config.toml"
    path.write_text(
        '[[sources]]\nname = "wire"\nkind = "rss"\nurl = "https://example.org/feed.json"\n'
        "max_items = 500\n"
    )
    config = load_config(path)
    (wire,) = [s for s in config.sources if s.name == "wire"]
    assert wire.options["max_items"] == 500
