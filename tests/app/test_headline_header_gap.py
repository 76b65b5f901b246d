"""The headlines header keeps its column names apart: with outlets of five letters or fewer
("Local", "AP", "Mine") the Source column was six cells, its name filled it and the header read
"Source Metals" (one cell apart, one name); the rows had "Local   gallium". Seen at 120x40 and
200x60 with a config of local files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from own_data import settle

from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headline_list import HeadlineList

ITEM = "<item><title>{t}</title><link>https://example.com/{n}</link><pubDate>Sat, 05 Dec 2026 0{n}:00:00 +0000</pubDate></item>"  # fmt: skip
TITLES = [
    "China bans gallium exports to the United States",
    "Indonesia to tighten nickel ore export quota from January",
    "Chile's Codelco reports lower copper output",
]


def feed(folder: Path, title: str, titles: list[str] = TITLES) -> Path:
    """An RSS file ``title``.xml of ``titles``, an hour apart."""
    items = "".join(ITEM.format(t=t, n=n) for n, t in enumerate(titles))
    path = folder / f"{title}.xml"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
                    f"<link>https://example.com</link>{items}</channel></rss>")  # fmt: skip
    return path


@pytest.mark.parametrize("outlet", ["AP", "Mine", "Local", "Argus"])
@pytest.mark.parametrize("size", [(120, 40), (200, 60)])
async def test_source_and_metals_are_two_names(
    tmp_path: Path, outlet: str, size: tuple[int, int]
) -> None:
    config = parse_config(
        {
            "metals": [{"id": m, "name": m.title()} for m in ("gallium", "nickel", "copper")],
            "sources": [{"name": outlet, "kind": "rss", "url": str(feed(tmp_path, outlet))}],
        },
        tmp_path / "config.toml",
    )
    app = MetalwatchApp(config, store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        listing = app.query_one(HeadlineList)
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        header = next(ln for ln in lines if "Headline" in ln and "Age" in ln)
        assert re.search(r"Source {2,}Metals", header), (outlet, header)
        row = next(ln for ln in lines if "Codelco" in ln)
        # the name over its column: each starts where its column does
        assert header.index("Source") == row.index(outlet), (header, row)
        assert listing.columns().source >= len("Source") + 1


@pytest.mark.parametrize("size", [(120, 40), (200, 60)])
async def test_metals_keeps_a_cell_before_the_border(tmp_path: Path, size: tuple[int, int]) -> None:
    """With only short chips shown (" tin ", " gold ": five and six cells) the Metals column
    was as wide as its name or narrower: "Source  Metals┃", the name against the border."""
    titles = ["Tin prices climb on Myanmar supply worries", "Gold steadies ahead of Fed minutes"]
    config = parse_config(
        {
            "metals": [{"id": m, "name": m.title()} for m in ("tin", "gold")],
            "sources": [
                {"name": "Wire", "kind": "rss", "url": str(feed(tmp_path, "Wire", titles))}
            ],
        },
        tmp_path / "config.toml",
    )
    app = MetalwatchApp(config, store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        header = next(ln for ln in lines if "Headline" in ln and "Age" in ln)
        assert re.search(r"Metals +┃", header), header
        row = next(ln for ln in lines if "Myanmar" in ln)
        assert "tin" in row.split("Wire")[-1], row  # the chip still in its column
