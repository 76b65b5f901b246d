"""JSON Feed items whose ``title``, ``url`` or dates are not strings, through the real
``metalwatch snapshot --json --all`` (``tui.cli.main``) on a loopback server (``pytest_httpserver``).

The items are the first four of the real Reuters capture
(``tests/fixtures/feeds/reuters_via_googlenews_direct.rss.xml``, provenance in
``tests/fixtures/feeds/PROVENANCE.md``) written as a JSON Feed, as a converter or a hand-made
feed writes them. A title that was a number or a list was "no title": the item was shown by its
link's words (``Israel strikes southern syria damascus condemns attack``) or its bare link.
Now a number is read as written and a list's words are joined; an item whose title is an
object or true/false is left out and counted on the source's line, and a feed of only such
items is an error, not an empty success. A date written as Unix time (a number, or digits in
seconds or milliseconds) was no date: the item was dated when first seen, a story of 2019
passing for one of today; it is now read. A ``url`` given as a list of one link was no link.
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


def _feed(titles: list[Any], dates: list[Any] | None = None, links: bool = False) -> bytes:
    items = [
        {
            "id": link,
            "url": [link] if links else link,
            "title": title,
            "date_published": day,
        }
        for title, (_, link, _), day in zip(
            titles, ITEMS, dates or ["2026-08-22T18:00:00Z"] * 4, strict=True
        )
    ]
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "Reuters", "items": items}
    return json.dumps(doc).encode()


def _doc(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], body: bytes
) -> dict[str, Any]:
    server.expect_request("/feed.json").respond_with_data(
        body, content_type="application/feed+json"
    )
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n'
        f'[[sources]]\nname = "J"\nkind = "rss"\nurl = "{server.url_for("/feed.json")}"\n',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), "--json", "--all"])
    return dict(json.loads(capsys.readouterr().out))


def _run(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], titles: list[Any]
) -> tuple[dict[str, Any], list[str]]:
    doc = _doc(server, tmp_path, capsys, _feed(titles))
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


def test_dates_in_unix_time_and_a_list_of_one_link_are_read(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The capture's own dates (22 Aug 2026, 18:51:50 UTC and on) written as Unix time."""
    when = 1787424710  # 2026-08-22T18:51:50Z, the first item's pubDate
    dates = [when, str(when * 1000), float(when), "2026-08-22T18:00:00Z"]
    doc = _doc(server, tmp_path, capsys, _feed(TITLES, dates, links=True))
    (source,) = doc["sources"]
    assert source["ok"] and source["warning"] is None
    by_title = {h["title"]: h for h in doc["headlines"]}
    first = next(h for t, h in by_title.items() if t.startswith("Israel strikes"))
    assert first["published"] == "2026-08-22T18:51:50Z" and not first["date_estimated"]
    assert not any(h["date_estimated"] for h in doc["headlines"])
    assert first["url"] == ITEMS[0][1]
