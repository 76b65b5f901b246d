"""JSON answers (GDELT's, the Federal Register's) whose text is not UTF-8, from a real HTTP server
on 127.0.0.1: a body in a single-byte charset (no UTF-8 sequence in it at all: a mirror or a
proxy that re-encoded it) is read in the Content-Type's charset, else windows-1252, and the
line says so; its titles never show U+FFFD for every accented letter. A UTF-8 body with one
damaged byte stays UTF-8: its other letters are not turned into mojibake.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from refresh_servers import served_once

GDELT = {
    "articles": [
        {
            "url": "https://ex.com/1",
            "title": "Côte d'Ivoire étend la taxe à l'exportation du cuivre",
            "seendate": "20260302T080000Z",
            "domain": "ex.com",
        }
    ]
}
FEDREG = {
    "count": 1,
    "results": [
        {
            "title": "Aluminum extrusions from the República Dominicana",
            "html_url": "https://www.federalregister.gov/d/2026-01234",
            "publication_date": "2026-03-02",
            "document_number": "2026-01234",
            "type": "Notice",
        }
    ],
}
NOT_UTF8 = "the text is not UTF-8; read as windows-1252"


def latin1(doc: object) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("cp1252")


@pytest.mark.parametrize(
    ("kind", "doc", "content_type", "warning"),
    [
        pytest.param("gdelt", GDELT, "application/json", NOT_UTF8, id="gdelt"),
        pytest.param("federal-register", FEDREG, "application/json", NOT_UTF8, id="fedreg"),
        pytest.param(
            "gdelt",
            GDELT,
            "application/json; charset=ISO-8859-1",
            "the text is not UTF-8; read as iso-8859-1 (the Content-Type's charset)",
            id="gdelt-charset-named",
        ),
    ],
)
async def test_a_json_answer_in_a_single_byte_charset_is_read_in_it(
    tmp_path: Path, kind: str, doc: dict[str, object], content_type: str, warning: str
) -> None:
    outcome, stored = await served_once(tmp_path, latin1(doc), content_type, kind)
    assert outcome.ok, outcome.error
    first = doc.get("articles", doc.get("results"))[0]  # type: ignore[index]
    assert stored == [first["title"]]
    assert outcome.warning == warning


async def test_a_utf8_answer_with_one_damaged_byte_stays_utf8(tmp_path: Path) -> None:
    body = json.dumps(GDELT, ensure_ascii=False).encode("utf-8").replace(b"\xc3\xa0", b"\xe0")
    outcome, stored = await served_once(tmp_path, body, "application/json", "gdelt")
    assert outcome.ok, outcome.error
    assert stored == ["Côte d'Ivoire étend la taxe \ufffd l'exportation du cuivre"]


async def test_a_json_feed_in_a_single_byte_charset_is_read_in_it(tmp_path: Path) -> None:
    """A JSON Feed so re-encoded was refused as "expected a feed, got JSON"."""
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Wire",
        "items": [{"id": "1", "url": "https://ex.com/1", "title": GDELT["articles"][0]["title"]}],  # type: ignore[index]
    }
    outcome, stored = await served_once(tmp_path, latin1(doc), "application/feed+json")
    assert outcome.ok, outcome.error
    assert stored == [doc["items"][0]["title"]]  # type: ignore[index]
    assert outcome.warning == NOT_UTF8
