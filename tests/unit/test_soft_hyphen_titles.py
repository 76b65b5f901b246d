"""Soft hyphens (``&shy;``, U+00AD) inside the words of titles, as outlets set them to hyphenate
long words, through the real ``metalwatch snapshot --json --all`` (``tui.cli.main``) on a
loopback server (``pytest_httpserver``).

The real Reuters capture (``tests/fixtures/feeds/reuters_via_googlenews_direct.rss.xml``,
provenance in ``tests/fixtures/feeds/PROVENANCE.md``) with soft hyphens set inside its words
showed them (invisible in most terminals, a stray hyphen in some), and the engine read
"tar&shy;iffs" as no word it knows: "US raises copper tar&shy;iffs to 50%" was no event. The soft
hyphen is now dropped with the other invisible formatting characters.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

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
LME = next(i for i in ITEMS if "LME gripped by flash squeeze" in i)
MADE_UP = (  # a policy headline (made up), dated as the capture's items
    "<item><title>US raises copper tar&#173;iffs to 50&#173;% on all im&#173;ports</title>"
    "<link>https://example.org/tariff</link><pubDate>Sat, 22 Aug 2026 18:00:00 GMT</pubDate>"
    "</item>"
)


def _hyphenated(item: str) -> str:
    """``item`` with a soft hyphen inside every word of its title longer than six letters."""
    title = re.search(r"<title>(.*?)</title>", item, re.S)
    assert title is not None
    shy = re.sub(r"\b(\w{3})(\w{4,})\b", r"\1&#173;\2", title.group(1))
    return item.replace(title.group(0), f"<title>{shy}</title>")


def test_soft_hyphens_are_dropped_from_titles(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = [*ITEMS[:3], LME]
    body = HEAD + "".join(_hyphenated(i) for i in items) + MADE_UP + "</channel></rss>"
    assert body.count("&#173;") > 10
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
    doc = json.loads(capsys.readouterr().out)
    titles = [h["title"] for h in doc["headlines"]]
    assert not any("\u00ad" in t for t in titles)
    assert "LME gripped by flash squeeze as copper tensions boil over" in titles
    tariff = next(h for h in doc["headlines"] if h["title"].startswith("US raises copper"))
    assert tariff["title"] == "US raises copper tariffs to 50% on all imports"
    assert tariff["policy_event"]["status"] == "tariff"
    assert tariff["policy_event"]["rate_pct"] == 50.0
