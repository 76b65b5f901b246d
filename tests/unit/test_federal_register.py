"""Federal Register API v1 on real captures (tests/fixtures/policy, see PROVENANCE.md)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from tui.core.config_types import SourceConfig
from tui.sources.base import SourceError
from tui.sources.federal_register import API, build_url, doc_type_code, parse
from tui.sources.feeds import ParseResult

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "policy"
UTC = timezone.utc
FETCHED = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)
SRC = SourceConfig(name="fr", kind="federal-register", options={"term": "aluminum"})


def load(name: str) -> ParseResult:
    return parse((FIXTURES / name).read_bytes(), SRC, fetched_at=FETCHED)


def test_build_url_as_documented() -> None:
    src = SourceConfig(
        name="fr",
        kind="federal-register",
        options={
            "term": "aluminum",
            "agencies": [
                "industry-and-security-bureau",
                "trade-representative-office-of-united-states",
            ],
            "type": ["RULE"],
        },
    )
    url = build_url(src)
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == API
    assert "[" not in url and " " not in url  # brackets percent-encoded
    assert parse_qsl(parts.query) == [
        ("conditions[term]", "aluminum"),
        ("conditions[agencies][]", "industry-and-security-bureau"),
        ("conditions[agencies][]", "trade-representative-office-of-united-states"),
        ("conditions[type][]", "RULE"),
        ("order", "newest"),
        ("per_page", "20"),
    ]


def test_build_url_type_string_and_per_page() -> None:
    src = SourceConfig(
        name="fr",
        kind="federal-register",
        options={"term": "rare earth", "type": "Proposed Rule", "per_page": 5},
    )
    query = parse_qsl(urlsplit(build_url(src)).query)
    assert ("conditions[term]", "rare earth") in query
    assert ("conditions[type][]", "PRORULE") in query
    assert ("per_page", "5") in query
    assert build_url(SourceConfig(name="f", kind="federal-register", url="http://127.0.0.1/x")) == (
        "http://127.0.0.1/x"
    )


@pytest.mark.parametrize(
    ("value", "code"),
    [("RULE", "RULE"), ("rule", "RULE"), ("Proposed Rule", "PRORULE"), ("notice", "NOTICE"),
     ("Presidential Document", "PRESDOCU"), ("presdocu", "PRESDOCU"), ("Correction", "CORRECTION")],
)  # fmt: skip
def test_doc_type_code(value: str, code: str) -> None:
    assert doc_type_code(value) == code


def test_presidential_documents() -> None:
    result = load("federalregister_presidential-page-one.json")
    assert result.warning is None
    first, second = result.headlines
    assert first.title == (
        "Enhancing Program Integrity and Interagency Coordination in the Administration of the "
        "H-1B Nonimmigrant Visa Program"
    )
    assert first.doc_type == "Presidential Document"
    assert first.agencies == ("Executive Office of the President",)
    assert first.published == datetime(2026, 9, 23, tzinfo=UTC)
    assert first.date_estimated is False
    assert first.official is True
    assert first.outlet == "Federal Register"
    assert first.guid == "2026-19555"
    assert first.summary == ""  # abstract is null
    assert first.url is not None and first.url.startswith(
        "https://www.federalregister.gov/documents/2026/09/23/2026-19555/"
    )
    assert second.title == "Restriction on Entry of Certain Nonimmigrant Workers"
    assert second.guid == "2026-19554"


def test_search_page_with_abstracts() -> None:
    a, b = load("federalregister_search-relevance-page-one.json").headlines
    assert a.title == b.title == "National Drinking Water Advisory Council; Meeting"
    assert a.doc_type == "Notice"
    assert a.agencies == ("Environmental Protection Agency",)
    assert a.published == datetime(2024, 12, 4, tzinfo=UTC)
    assert b.published == datetime(2024, 1, 11, tzinfo=UTC)
    assert a.summary.startswith("The U.S. Environmental Protection Agency's Office of Ground")
    assert "Lead and Copper Rule Improvements" in b.summary
    assert a.guid == "2024-28360" and b.guid == "2024-00413"


def test_search_newest_two_agencies() -> None:
    a, b = load("federalregister_search-newest-page-one.json").headlines
    assert a.title == "Combined Notice of Filings #1"
    assert b.title == "Combined Notice of Filings"
    assert a.agencies == ("Energy Department", "Federal Energy Regulatory Commission")
    assert a.published == b.published == datetime(2024, 12, 31, tzinfo=UTC)


def test_single_document_body() -> None:
    (h,) = load("federalregister_regulatory-document.json").headlines
    assert (
        h.title == "Air Plan Revisions; California; Feather River Air Quality Management District"
    )
    assert h.doc_type == "Rule"
    assert h.guid == "2024-31396"
    assert h.summary.startswith("The Environmental Protection Agency (EPA) is taking final action")
    assert h.summary.endswith('(CAA or "Act").')
    assert h.published == datetime(2024, 12, 31, tzinfo=UTC)


def test_count_zero_without_results_is_empty() -> None:
    assert load("federalregister_search-terminal.json") == ParseResult([])


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            b'{"status":400,"message":"Invalid request","errors":{"per_page":["must be <= 1000"]}}',
            "Federal Register 400: Invalid request - per_page: must be <= 1000",
        ),
        (b'{"errors":{"conditions":["term is invalid"]}}', "conditions: term is invalid"),
        (b'{"message":"Rate limit exceeded"}', "Rate limit exceeded"),
        (b"not json", "invalid JSON"),
        (b"", "empty response"),
        # not "expected a feed": the source asks the API for JSON
        (
            b"<!DOCTYPE html><html><body>Down for maintenance</body></html>",
            r"^expected the Federal Register's JSON \(or its RSS\), got an HTML page",
        ),
        (b'{"description":"x","count":3}', "no results"),
        (b'{"results": {}}', "not a list"),
    ],
)
def test_error_bodies(body: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        parse(body, SRC, fetched_at=FETCHED)


def test_documents_rss_is_read_as_official() -> None:
    body = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>Federal Register: x</title>"
        b"<item><title>Adjustment of Imports of Aluminum Into the United States</title>"
        b"<link>https://www.federalregister.gov/documents/2025/02/18/2025-02833/x</link>"
        b"<pubDate>Tue, 18 Feb 2025 00:00:00 -0500</pubDate></item></channel></rss>"
    )
    (h,) = parse(body, SRC, fetched_at=FETCHED).headlines
    assert h.official is True
    assert h.outlet == "Federal Register"
    assert h.title == "Adjustment of Imports of Aluminum Into the United States"
    assert h.published == datetime(2025, 2, 18, 5, 0, tzinfo=UTC)


def test_hostile_text_in_json() -> None:
    body = (
        b'{"count":1,"results":[{"title":"\\u001b[31mSteel\\u001b[0m \\u202eRule [bold]x[/]",'
        b'"type":"Rule","abstract":"<b>Bold</b> &amp; \\u009b2J","document_number":"2025-1",'
        b'"html_url":"javascript:alert(1)","pdf_url":"https://www.govinfo.gov/a.pdf",'
        b'"publication_date":"2025-13-45","agencies":[{"name":"\\u001b]52;c;eA==\\u0007BIS"}]}]}'
    )
    (h,) = parse(body, SRC, fetched_at=FETCHED).headlines
    assert h.title == "Steel Rule [bold]x[/]"
    assert h.summary == "Bold &"
    assert h.url == "https://www.govinfo.gov/a.pdf"  # javascript: html_url refused
    assert h.agencies == ("BIS",)
    assert h.published == FETCHED and h.date_estimated  # invalid date


def test_null_results_with_no_matches_is_an_empty_healthy_answer() -> None:
    body = b'{"description":"Documents matching x","count":0,"total_pages":0,"results":null}'
    result = parse(body, SRC, fetched_at=FETCHED)
    assert result.headlines == [] and result.warning is None


def test_cut_off_answer_says_so() -> None:
    body = (FIXTURES / "federalregister_search-newest-page-one.json").read_bytes()[:700]
    with pytest.raises(SourceError, match="invalid JSON: the answer is cut off after 700 bytes"):
        parse(body, SRC, fetched_at=FETCHED)


def test_a_publication_date_ahead_of_the_fetch_is_no_date() -> None:
    """A document dated years after the fetch (a typo: 2031 for 2021) is dated when first
    seen, marked estimated: never pinned as news to come, never a status "since 2031"; the
    next day (the register's Eastern date at a UTC evening) stays."""
    body = (
        b'{"count": 2, "results": ['
        b'{"title": "Copper duty order", "html_url": "https://www.federalregister.gov/d/1",'
        b' "publication_date": "2031-06-01", "document_number": "2031-1"},'
        b'{"title": "Aluminum duty order", "html_url": "https://www.federalregister.gov/d/2",'
        b' "publication_date": "2026-10-02", "document_number": "2026-2"}]}'
    )
    far, near = parse(body, SRC, fetched_at=FETCHED).headlines
    assert far.published == FETCHED and far.date_estimated
    assert near.published == datetime(2026, 10, 2, tzinfo=UTC) and not near.date_estimated


@pytest.mark.parametrize("agencies", [5, "Commerce", {"name": "Commerce"}, [5, None]])
def test_agencies_of_another_type_are_no_agencies(agencies: object) -> None:
    """``agencies`` not a list of objects (a number, a bare name) failed the whole source with
    "internal error: TypeError" or split a name into letters; it is no agency, the document
    is read."""
    doc = {
        "title": "Copper duty order",
        "html_url": "https://www.federalregister.gov/d/1",
        "publication_date": "2026-09-30",
        "document_number": "2026-1",
        "agencies": agencies,
    }
    body = json.dumps({"count": 1, "results": [doc]}).encode()
    (h,) = parse(body, SRC, fetched_at=FETCHED).headlines
    assert h.title == "Copper duty order" and h.agencies == ()
