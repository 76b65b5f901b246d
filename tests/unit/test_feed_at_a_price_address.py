"""A news feed served at a price source's address (a feed source's URL copied into a `csv`
source), from a real HTTP server on 127.0.0.1 and as a local file: the source says it got a
feed and how to read one. Before, it said "got an HTML page instead of CSV (wrong URL or a login
page?)", sending the user to look for a login wall. An HTML page is still said as before.

Fixtures: real feeds in tests/fixtures/refresh (NBC's RSS) and tests/fixtures/feeds (an Atom
feed).
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from pathlib import Path

import pytest
from refresh_servers import NBC, RawServer, refreshed_once, send

from tui.core.config_types import SourceConfig
from tui.sources.base import SourceError
from tui.sources.registry import parse

FEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
SRC = SourceConfig("p", "csv", "prices.csv", metal="copper")


async def test_a_feed_served_at_a_price_address_is_said_as_a_feed(tmp_path: Path) -> None:
    async def answer(srv: RawServer, path: str, w: asyncio.StreamWriter) -> None:
        await send(w, NBC, content_type="text/csv")

    outcome, _ = await refreshed_once(
        tmp_path,
        {"/prices.csv": answer},
        lambda srv: {"name": "p", "kind": "csv", "url": srv.url("/prices.csv"), "metal": "copper"},
    )
    assert not outcome.ok
    assert outcome.error == 'a news feed (RSS), not CSV: a feed\'s address? (kind = "rss" reads it)'


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('<?xml version="1.0"?>\n<!-- x -->\n<feed xmlns="http://www.w3.org/2005/Atom">', "Atom"),
        ('\ufeff<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><rss version="2.0">', "RSS"),
        ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', "RSS"),
    ],
)
def test_each_kind_of_feed_is_named(text: str, said: str) -> None:
    with pytest.raises(SourceError, match=rf"^a news feed \({said}\), not CSV"):
        parse(SRC, (text + "<channel><title>x</title></channel>").encode(), fetched_at=NOW)


def test_a_real_atom_feed_file_is_named() -> None:
    data = (FEEDS / "heise_developer.atom.xml").read_bytes()
    with pytest.raises(SourceError, match=r"^a news feed \(Atom\), not CSV"):
        parse(SRC, data, fetched_at=NOW)


def test_an_html_page_is_still_a_login_page() -> None:
    page = b"<!DOCTYPE html><html><body><form>Sign in</form></body></html>"
    with pytest.raises(SourceError, match="got an HTML page instead of CSV"):
        parse(SRC, page, fetched_at=NOW)
