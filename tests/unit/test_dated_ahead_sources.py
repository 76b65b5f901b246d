"""A GDELT article or a Federal Register document dated more than a day ahead is dated when
first seen (as a feed's entry is): before, without a word on the source's line; now counted
there with the nearest such date. Through the real ``metalwatch snapshot --json``
(``tui.cli.main``) against a loopback server, on the real captures in tests/fixtures (their
PROVENANCE.md) with one date moved years ahead."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tui.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
AHEAD = datetime.now(timezone.utc) + timedelta(days=3000)


def _run(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, doc: Any
) -> dict[str, Any]:
    server.expect_request("/api").respond_with_json(doc)
    config = tmp_path / "config.toml"
    url = server.url_for("/api")
    config.write_text(f'[[sources]]\nname = "S"\nkind = "{kind}"\nurl = "{url}"\n')
    main(["snapshot", "--config", str(config), "--json", "--all"])
    return json.loads(capsys.readouterr().out)


def test_a_gdelt_article_dated_ahead_is_said(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads((FIXTURES / "events" / "gdelt_doc_artlist_oil_sanctions.json").read_text())
    doc["articles"][0]["seendate"] = f"{AHEAD:%Y%m%dT%H%M%SZ}"
    out = _run(server, tmp_path, capsys, "gdelt", doc)
    (source,) = out["sources"]
    assert source["ok"] and source["warning"] == (
        f"1 article dated more than a day ahead (e.g. {AHEAD:%Y-%m-%d}), dated when first seen"
        "; 4 repeated items, kept once each"  # the capture lists four articles twice
    )
    assert sum(h["date_estimated"] for h in out["headlines"]) == 1


def test_a_federal_register_document_dated_ahead_is_said(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = FIXTURES / "policy" / "federalregister_search-newest-page-one.json"
    doc = json.loads(path.read_text())
    for item in doc["results"]:
        item["publication_date"] = f"{AHEAD:%Y-%m-%d}"
    out = _run(server, tmp_path, capsys, "federal-register", doc)
    (source,) = out["sources"]
    n = len(doc["results"])
    assert source["ok"] and source["warning"] == (
        f"{n} documents dated more than a day ahead (e.g. {AHEAD:%Y-%m-%d}), dated when first seen"
    )


def test_dates_as_they_come_are_not_said(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads((FIXTURES / "events" / "gdelt_doc_artlist_oil_sanctions.json").read_text())
    out = _run(server, tmp_path, capsys, "gdelt", doc)
    # nothing of dates: only the four articles the capture lists twice
    assert out["sources"][0]["ok"]
    assert out["sources"][0]["warning"] == "4 repeated items, kept once each"
