"""JSON Feed items whose ``title`` is not a string, through the real ``metalwatch snapshot
--json --all`` (``tui.cli.main``) on a loopback server (``pytest_httpserver``).

The items are the first four of the real Reuters capture
(``tests/fixtures/feeds/reuters_via_googlenews_direct.rss.xml``, provenance in
``tests/fixtures/feeds/PROVENANCE.md``) written as a JSON Feed, as a converter or a hand-made
feed writes them. A title that was a number or a list was "no title": the item was shown by its
link's words (``Israel strikes southern syria damascus condemns attack``) or its bare link.
Now a number is read as written and a list's words are joined; an item whose title is an
object or true/false is left out and counted on the source's line, and a feed of only such
items is an error, not an empty success.
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
ITEMS = re.findall(
    r"<item>\s*<title>(.*?)</title>\s*<link>(.*?)</link>.*?<pubDate>(.*?)</pubDate>",
    REUTERS,
    re.S,
)[:4]
TITLES = [title for title, _, _ in ITEMS]


def _feed(titles: list[Any]) -> bytes:
    items = [
        {"id": link, "url": link, "title": title, "date_published": "2026-08-22T18:00:00Z"}
        for title, (_, link, _) in zip(titles, ITEMS, strict=True)
    ]
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "Reuters", "items": items}
    return json.dumps(doc).encode()


def _run(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], titles: list[Any]
) -> tuple[dict[str, Any], list[str]]:
    server.expect_request("/feed.json").respond_with_data(
        _feed(titles), content_type="application/feed+json"
    )
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n'
        f'[[sources]]\nname = "J"\nkind = "rss"\nurl = "{server.url_for("/feed.json")}"\n',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), "--json", "--all"])
    doc = json.loads(capsys.readouterr().out)
    (source,) = doc["sources"]
    return source, sorted(h["title"] for h in doc["headlines"])


def test_the_capture_as_a_json_feed_reads_as_its_titles(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, shown = _run(server, tmp_path, capsys, TITLES)
    assert source["ok"] and source["warning"] is None
    assert len(shown) == 4 and any(t.startswith("Israel strikes southern Syria") for t in shown)


def test_a_number_is_read_as_written_and_a_list_s_words_are_joined(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = TITLES[1].split(", ")  # "Nvidia customers notified ...", "Bloomberg News reports ..."
    titles = [2026, words, [TITLES[2]], 3.5]
    source, shown = _run(server, tmp_path, capsys, titles)
    assert source["ok"] and source["warning"] is None
    assert "2026" in shown and "3.5" in shown
    assert any(
        t.startswith("Nvidia customers notified about AI-related price hikes") for t in shown
    )
    assert any(t.startswith("Panama‑flagged cargo ship sinks") for t in shown)
    assert not any(t.startswith("http") for t in shown)


def test_an_object_or_true_is_left_out_and_counted(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    titles = [{"value": TITLES[0]}, TITLES[1], True, [TITLES[3], {"x": 1}]]
    source, shown = _run(server, tmp_path, capsys, titles)
    assert source["ok"]
    assert source["warning"] == (
        "3 items whose title is not text (an object, true or false, "
        "a list of other things than words) left out"
    )
    (title,) = shown
    assert title.startswith("Nvidia customers notified")


def test_a_feed_of_only_such_items_is_an_error(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, shown = _run(server, tmp_path, capsys, [{"a": 1}, {"b": 2}, False, {"c": 3}])
    assert not source["ok"] and shown == []
    assert source["error"] == (
        "JSON Feed: 4 items whose title is not text (an object, true or false) left out"
    )
