"""What a source's line says after its answer changed for the worse: a warning that was the last
good fetch's is said as such once the source fails (not as if of the failed attempt), and a feed
that suddenly answers with no items says so on its line (its stories stay stored).

``metalwatch snapshot --json`` runs twice in a row against a loopback server whose answer is
changed between the runs, on the store the first run left (the conftest's temporary folders).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from snapshot_cli_helpers import check_schema, run_cli, write_config

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "refresh"
GUARDIAN = (FIXTURES / "guardian_us.rss.xml").read_bytes()
EMPTY = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Guardian US</title>'
    b"<link>https://www.theguardian.com/us</link><description>x</description></channel></rss>"
)
# a price file with one row that is no price: its delivery carries a warning
PRICES = b"date,copper\n2026-11-02,10650.5\n2026-11-03,abc\n2026-11-04,10701.25\n"


def _source(doc: dict, name: str) -> dict:  # type: ignore[type-arg]
    return next(s for s in doc["sources"] if s["name"] == name)


def _snapshot(
    capsys: pytest.CaptureFixture[str], config: Path, status: int = 0
) -> tuple[dict, list[str]]:  # type: ignore[type-arg]
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == status, err
    doc = json.loads(out)
    check_schema(doc)
    return doc, err


def _text(capsys: pytest.CaptureFixture[str], config: Path, name: str) -> str:
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--offline")
    assert code == 0, err
    return next(line for line in out.splitlines() if line.strip().startswith(name))


def test_failing_source_warning_is_the_last_good_fetchs(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.expect_ordered_request("/p.csv").respond_with_data(PRICES, content_type="text/csv")
    server.expect_ordered_request("/p.csv").respond_with_data("down", status=500)
    url = server.url_for("/p.csv")
    config = write_config(tmp_path, [("Copper file", "csv", url)])
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            f'url = "{url}"\n', f'url = "{url}"\nmetal = "copper"\n'
        ),
        encoding="utf-8",
    )
    first, _ = _snapshot(capsys, config)
    good = _source(first, "Copper file")
    assert good["ok"] and good["warning"], good
    assert "skipped" in good["warning"], good["warning"]

    second, err = _snapshot(capsys, config, 3)  # 3: every source failed
    failed = _source(second, "Copper file")
    assert not failed["ok"] and "HTTP 500" in failed["error"], failed
    stamp = good["last_success"][:16].replace("T", " ")
    # the warning, once a delivery's own, is now said of the last good fetch, with its time
    assert failed["warning"] == f"of the last good fetch ({stamp} UTC): {good['warning']}"
    assert failed["last_success"] == good["last_success"]
    assert any("HTTP 500" in line for line in err)


def test_feed_that_empties_says_so(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.expect_ordered_request("/g.xml").respond_with_data(
        GUARDIAN, content_type="application/rss+xml"
    )
    server.expect_ordered_request("/g.xml").respond_with_data(
        EMPTY, content_type="application/rss+xml"
    )
    config = write_config(tmp_path, [("Guardian US", "rss", server.url_for("/g.xml"))])
    first, _ = _snapshot(capsys, config)
    full = _source(first, "Guardian US")
    assert full["ok"] and full["items"] == 55 and full["warning"] is None, full

    second, err = _snapshot(capsys, config)
    empty = _source(second, "Guardian US")
    assert empty["ok"] and (empty["items"], empty["kept"]) == (0, 55), empty
    assert empty["warning"] == (
        "empty this time: the last good fetch had 55 items; the stories already stored are kept"
    )
    assert err == [f"metalwatch: source 'Guardian US': warning: {empty['warning']}"]
    assert len(second["headlines"]) == len(first["headlines"])  # nothing stored is lost
    assert "empty this time" in _text(capsys, config, "Guardian US")
