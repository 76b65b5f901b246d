"""A feed of 30,000 items said "30,000 items" on its health line while the store keeps the
newest ``[app] max_stories`` headlines of all sources together (20,000 by default): a third of
them were in no list, and nothing said so. The text snapshot, the JSON and the sources screen
now say both: ``30,000 items, 20,000 kept``. Real feeds served by a real HTTP server on
127.0.0.1, into a real SQLite store, at a small ``max_stories`` (the same rule at any size)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tui.core.config import parse_config
from tui.core.config_types import Config
from tui.core.kept import items_cell, items_said, kept_by_source, why_fewer
from tui.core.models import Headline, SourceHealth, Story
from tui.flow.refresh import Refresher
from tui.flow.snapshot import build_snapshot, to_json
from tui.flow.snapshot_render import to_text
from tui.store import Store

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(name="store")
def store_fixture(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store.sqlite3") as s:
        yield s


def feed(prefix: str, n: int, start: datetime) -> str:
    items = "".join(
        f"<item><title>{prefix} {i}: copper smelter output story</title>"
        f"<link>https://example.com/{prefix}/{i}</link><guid>{prefix}-{i}</guid>"
        f"<pubDate>{(start - timedelta(minutes=7 * i)).strftime('%a, %d %b %Y %H:%M:%S +0000')}"
        "</pubDate></item>"
        for i in range(n)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    )


def config(urls: dict[str, str], max_stories: int) -> Config:
    return parse_config(
        {
            "app": {"timeout": "5s", "max_stories": max_stories},
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [
                *({"name": n, "kind": "rss", "url": u} for n, u in urls.items()),
                {"name": "copper csv", "kind": "csv", "metal": "copper", "url": urls["big"]},
            ],
        },
        None,
    )


async def refresh(cfg: Config, store: Store) -> None:
    refresher = Refresher(cfg, store, clock=lambda: T0, jitter=0)
    try:
        await refresher.run([s for s in cfg.sources if s.kind == "rss"])
    finally:
        await refresher.aclose()


@pytest.mark.parametrize(
    ("sizes", "max_stories", "want"),
    [
        # (items each feed serves: big, small), the cap, what each line says
        ((60, 5), 40, {"big": "60 items, 35 kept", "small": "5 items"}),
        ((30, 12), 40, {"big": "30 items, 28 kept", "small": "12 items"}),
        ((30, 5), 40, {"big": "30 items", "small": "5 items"}),  # under the cap: as before
        ((1, 1), 1, {"big": "1 item, 0 kept", "small": "1 item"}),
    ],
)
async def test_text_and_json_say_how_many_are_kept(
    httpserver: HTTPServer,
    store: Store,
    sizes: tuple[int, int],
    max_stories: int,
    want: dict[str, str],
) -> None:
    # the small feed's stories are newer: the cap takes the big feed's oldest first
    httpserver.expect_request("/big.xml").respond_with_data(
        feed("big", sizes[0], T0 - timedelta(hours=1)), content_type="application/rss+xml"
    )
    httpserver.expect_request("/small.xml").respond_with_data(
        feed("small", sizes[1], T0), content_type="application/rss+xml"
    )
    urls = {"big": httpserver.url_for("/big.xml"), "small": httpserver.url_for("/small.xml")}
    cfg = config(urls, max_stories)
    await refresh(cfg, store)
    snap = build_snapshot(cfg, store, now=T0)
    text = to_text(snap)
    for name, said in want.items():
        (line,) = [ln for ln in text.splitlines() if ln.startswith(f"  {name} [rss]")]
        assert line == f"  {name} [rss] ok, {said}", line
    rows = {r["name"]: r for r in to_json(snap)["sources"]}
    for name, size in zip(("big", "small"), sizes, strict=True):
        said = want[name]
        kept = int(said.split(", ")[1].split()[0]) if "kept" in said else size
        assert (rows[name]["items"], rows[name]["kept"]) == (size, kept)
    assert rows["copper csv"]["kept"] is None  # a price source's points are all kept


def test_the_screen_cell_and_the_reason() -> None:
    big = SourceHealth("big", "rss", ok=True, items=30000)
    gdelt = SourceHealth("GDELT", "gdelt", ok=True, items=250)
    prices = SourceHealth("COMEX", "csv", ok=True, items=2658)
    entries = tuple(Headline(f"t{i}", None, "big", None) for i in range(20000))
    stories = [
        Story(f"s{i}", "t", None, "big", None, "", (), entries[i : i + 1]) for i in range(20000)
    ]
    kept = kept_by_source(stories, [big, gdelt, prices])
    assert kept == {"big": 20000, "GDELT": 0}
    assert items_cell(big, kept) == "30,000 (20,000 kept)"
    assert items_said(big, kept) == "30,000 items, 20,000 kept"
    assert items_cell(gdelt, kept) == "250 (0 kept)"
    assert items_cell(prices, kept) == "2,658" and items_said(prices, kept) == "2,658 items"
    # nothing counted (no snapshot yet, or a fetch newer than it): the count alone
    assert items_cell(big, None) == "30,000" and items_cell(big, {}) == "30,000"
    assert why_fewer(kept, 20000) == (
        "the newest 20,000 headlines of all sources are kept ([app] max_stories)"
    )
    # a list not full: the source's own repeats (GDELT's answers hold a link twice now and then)
    assert why_fewer(kept, 50000) == ("an item the source lists twice is kept once")
    assert why_fewer(None, 20000) == "" and why_fewer({}, 20000) == ""


@pytest.mark.parametrize(
    ("items", "kept", "said"),
    [
        (30_000, 20_000, "20k of 30k"),
        (250, 246, "246 of 250"),
        (12_345, 9_999, "9,999 of 12k"),
        (2_500_000, 1_250_000, "1.2M of 2.5M"),
        (412, 412, "412"),  # all kept: the count alone
        (40, None, "40"),  # not counted
    ],
)
def test_the_short_items_cell(items: int, kept: int | None, said: str) -> None:
    """Where the sources screen's names would be cut beside "30,000 (20,000 kept)"."""
    from tui.core.kept import items_short

    h = SourceHealth("Wire", "rss", ok=True, items=items)
    assert items_short(h, {"Wire": kept} if kept is not None else {}) == said
