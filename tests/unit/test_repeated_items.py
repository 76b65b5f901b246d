"""Items of one feed that share a link, a guid or both, through the real ``metalwatch snapshot
--json --all`` (``tui.cli.main``) on a loopback server (``pytest_httpserver``), built from the
real Reuters capture (``tests/fixtures/feeds/reuters_via_googlenews_direct.rss.xml``,
provenance in ``tests/fixtures/feeds/PROVENANCE.md``).

- Items of one feed linking to one section page under their own titles were stored apart but
  shown as one story, under the first one's title: the others were on no row of the panel.
  Each is now a story of its own.
- Stories on one link (a home page, a section page) had one id: marking one read marked the
  other. Each has its own id now; the earliest keeps its link's.
- An item the feed lists twice (the same link and title, or the same guid and title) is kept
  once, as before, and the source's line now says so ("1 item listed twice, kept once"):
  before, "items": 4 beside "kept": 3 said nothing of why.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tui.cli import main

REUTERS = (
    Path(__file__).resolve().parent.parent
    / "fixtures"
    / "feeds"
    / "reuters_via_googlenews_direct.rss.xml"
).read_text(encoding="utf-8")
HEAD = REUTERS[: REUTERS.index("<item>")]
ITEMS = re.findall(r"<item>.*?</item>", REUTERS, re.S)
SECTION = "https://www.reuters.com/markets/commodities/"


def _title(item: str) -> str:
    found = re.search(r"<title>(.*?)</title>", item, re.S)
    assert found is not None
    return found.group(1)


def _on_section(item: str) -> str:
    """``item`` linking to the commodities section page, with no guid of its own."""
    item = re.sub(r"<link>.*?</link>", f"<link>{SECTION}</link>", item, flags=re.S)
    return re.sub(r"<guid[^>]*>.*?</guid>", "", item, flags=re.S)


def _snapshot(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], items: list[str]
) -> dict[str, Any]:
    body = HEAD + "".join(items) + "</channel></rss>"
    server.expect_request("/feed.xml").respond_with_data(
        body.encode(), content_type="application/rss+xml"
    )
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\naliases = ["copper"]\n'
        f'[[sources]]\nname = "R"\nkind = "rss"\nurl = "{server.url_for("/feed.xml")}"\n',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), "--json", "--all"])
    return json.loads(capsys.readouterr().out)


def test_items_on_one_section_page_are_each_a_story(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    on_section = [_on_section(item) for item in ITEMS[:3]]
    doc = _snapshot(server, tmp_path, capsys, [*on_section, ITEMS[3]])
    (source,) = doc["sources"]
    assert source["ok"] and source["warning"] is None
    assert source["items"] == source["kept"] == 4
    titles = {h["title"] for h in doc["headlines"]}
    assert {_title(i).rsplit(" - ", 1)[0] for i in ITEMS[:4]} == titles
    assert len({h["id"] for h in doc["headlines"]}) == 4


def test_an_item_listed_twice_is_kept_once_and_said(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _snapshot(server, tmp_path, capsys, [ITEMS[0], ITEMS[1], ITEMS[0], ITEMS[2]])
    (source,) = doc["sources"]
    assert source["ok"]
    assert source["warning"] == "1 item listed twice, kept once"
    assert (source["items"], source["kept"]) == (4, 3)
    assert len(doc["headlines"]) == 3


def test_several_repeats_are_counted(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = [ITEMS[0], ITEMS[1], ITEMS[0], ITEMS[1], ITEMS[0], ITEMS[2]]
    doc = _snapshot(server, tmp_path, capsys, items)
    (source,) = doc["sources"]
    assert source["warning"] == "3 repeated items, kept once each"
    assert (source["items"], source["kept"]) == (6, 3)
