"""A story the user read is not replaced by the same story served again with its characters
mangled (U+FFFD where a proxy, a mirror or the publisher's own export lost them): through the
real ``metalwatch snapshot --json`` (``tui.cli.main``), twice on one cache, against a loopback
server. Before, the stored title and summary took whatever the last answer said:
"Chile’s copper tariff raised – São Paulo reacts" became "Chile�s copper tariff raised – S�o
Paulo reacts". A corrected title (no more damaged than the stored one) still replaces it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tui.cli import main

COPPER = '[[metals]]\nid = "copper"\nname = "Copper"\naliases = ["copper"]\n'
ITEM = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>W</title>'
    "<link>https://e.org</link><item><title>{title}</title><link>https://e.org/1</link>"
    "<guid>g1</guid><pubDate>Sat, 05 Dec 2026 10:00:00 GMT</pubDate>"
    "<description>{summary}</description></item></channel></rss>"
)
TITLE = "Chile’s copper tariff raised – São Paulo reacts"
SUMMARY = "Chile’s copper output to be taxed at 50%"


def _mangled(text: str) -> str:
    return text.replace("’", "\ufffd").replace("ã", "\ufffd")


def _serve_twice(
    server: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    second: tuple[str, str],
) -> dict[str, Any]:
    config = tmp_path / "config.toml"
    url = server.url_for("/feed")
    config.write_text(f'{COPPER}[[sources]]\nname = "F"\nkind = "rss"\nurl = "{url}"\n')
    out = ""
    for title, summary in ((TITLE, SUMMARY), second):
        server.clear()
        body = ITEM.format(title=title, summary=summary).encode()
        server.expect_request("/feed").respond_with_data(body, content_type="application/rss+xml")
        main(["snapshot", "--config", str(config), "--json", "--force", "--all"])
        out = capsys.readouterr().out
    return json.loads(out)


def _one(doc: dict[str, Any]) -> dict[str, Any]:
    (source,) = doc["sources"]
    assert source["ok"], source
    (headline,) = doc["headlines"]
    return headline


@pytest.mark.parametrize(
    "second",
    [
        (_mangled(TITLE), _mangled(SUMMARY)),
        (_mangled(TITLE), SUMMARY),
        (TITLE, _mangled(SUMMARY)),
    ],
    ids=["both", "title", "summary"],
)
def test_a_story_served_again_mangled_keeps_the_text_the_user_read(
    server: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    second: tuple[str, str],
) -> None:
    headline = _one(_serve_twice(server, tmp_path, capsys, second))
    assert (headline["title"], headline["summary"]) == (TITLE, SUMMARY)


def test_a_corrected_title_still_replaces_the_stored_one(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corrected = ("Chile’s copper tariff raised to 50% – São Paulo reacts", SUMMARY)
    headline = _one(_serve_twice(server, tmp_path, capsys, corrected))
    assert headline["title"] == corrected[0]
