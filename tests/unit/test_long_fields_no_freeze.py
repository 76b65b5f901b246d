"""Fields far longer than any date or price, through the real ``metalwatch snapshot --json``
(``python -m tui``, a process of its own, ended if it does not finish in time) on a loopback
server and a real file.

- A feed item's date of a day, 100,000 spaces and a letter (the real NBC capture,
  ``tests/fixtures/feeds/nbc_newyork.rss.xml``, provenance in ``tests/fixtures/feeds/
  PROVENANCE.md``, with one such item added): the searches for a zone at a date's end tried
  each start in the run of spaces to its end, and the snapshot (and the app's refresh) did not
  end for many minutes. Such text is no date now: the item is read as any undated one.
- A price file's cell of a digit, 100,000 spaces and digits (the real FRED copper file,
  ``tests/fixtures/prices/fred_PCOPPUSDM_2026-05.csv``, with such a row added): the check for a
  unit after the number took 48 s at 30,000 spaces and grew with the square of the length.
- A JSON Feed (made here, in the form of the JSON Feed 1.1 spec's example) whose items' HTML
  opens comments or scripts it never closes (``<!--`` 50,000 times): each one left open was
  searched to the end for its close, 16 s for 20,000 of them, growing with the square. One left
  open now runs to the end of the text, as a browser reads it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

REPO = Path(__file__).resolve().parent.parent.parent
FIXTURES = REPO / "tests" / "fixtures"
NBC = (FIXTURES / "feeds" / "nbc_newyork.rss.xml").read_text(encoding="utf-8")
FRED = (FIXTURES / "prices" / "fred_PCOPPUSDM_2026-05.csv").read_text(encoding="utf-8")
SPACES = " " * 100_000
LIMIT = 90  # seconds: a few on a quiet machine; before, many minutes


def _snapshot(tmp_path: Path, sources: str) -> dict[str, Any]:
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\nunit = "USD/t"\n' + sources,
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "tui", "snapshot", "--config", str(config), "--json", "--all"],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=LIMIT,  # raises (the test fails) rather than waiting for ever
    )
    return json.loads(run.stdout)


def test_a_date_of_100000_spaces_is_no_date(server: HTTPServer, tmp_path: Path) -> None:
    item = (
        "<item><title>Copper smelter restarts after strike</title>"
        "<link>https://example.org/smelter</link>"
        f"<pubDate>2026-12-01 {SPACES}x</pubDate></item>"
    )
    body = NBC.replace("<item>", item + "<item>", 1)
    server.expect_request("/feed.xml").respond_with_data(
        body.encode(), content_type="application/rss+xml"
    )
    url = server.url_for("/feed.xml")
    doc = _snapshot(tmp_path, f'[[sources]]\nname = "NBC"\nkind = "rss"\nurl = "{url}"\n')
    (source,) = doc["sources"]
    assert source["ok"] and source["items"] == 2, source
    titles = {h["title"] for h in doc["headlines"]}
    assert "Copper smelter restarts after strike" in titles


def test_a_price_cell_of_100000_spaces_is_read_in_time(tmp_path: Path) -> None:
    prices = tmp_path / "copper.csv"
    prices.write_text(FRED + f"2026-06-01,1{SPACES}0739.91\n", encoding="utf-8")
    doc = _snapshot(
        tmp_path,
        f'[[sources]]\nname = "cu"\nkind = "csv"\nmetal = "copper"\nurl = "{prices}"\n',
    )
    (source,) = doc["sources"]
    assert source["ok"], source
    (price,) = doc["prices"]
    assert price["points"][0][0] == "1992-01-01"
    assert len(price["points"]) >= FRED.count("\n") - 1  # the file's rows, all read


def test_html_left_open_50000_times_is_read_in_time(server: HTTPServer, tmp_path: Path) -> None:
    items = [
        {
            "id": str(i),
            "url": f"https://example.org/{i}",
            "title": f"Copper smelter {i} restarts",
            "content_html": f"<p>Output resumes.</p>{opener * 50_000}",
            "date_published": "2026-12-01T10:00:00Z",
        }
        for i, opener in enumerate(["<!--", "<script>", "<style>"])
    ]
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "items": items}
    server.expect_request("/feed.json").respond_with_data(
        json.dumps(doc).encode(), content_type="application/feed+json"
    )
    url = server.url_for("/feed.json")
    out = _snapshot(tmp_path, f'[[sources]]\nname = "J"\nkind = "rss"\nurl = "{url}"\n')
    (source,) = out["sources"]
    assert source["ok"] and source["items"] == 3, source
    assert {h["summary"] for h in out["headlines"]} == {"Output resumes."}
