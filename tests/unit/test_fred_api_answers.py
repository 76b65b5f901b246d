"""A ``fred`` source whose URL is FRED's API (``api.stlouisfed.org/fred/series/observations?
series_id=...&api_key=...&file_type=json``), served by a loopback server and read by the real
``metalwatch snapshot --json`` (``tui.cli.main``). The answers are FRED's copper series (the
real fredgraph download in tests/fixtures) written in the API's JSON shape.

Before, every such answer was refused as "FRED did not send fredgraph CSV: '{"realtime_start"...'",
its XML one as "an HTML page instead of CSV (unknown series id?)", and a 400 whose JSON said why
(an api_key not registered) as a bare "HTTP 400 Bad Request". Now the observations are read
(``"."`` a missing one, oldest or newest first), an answer in other units than levels
(``units=pch``) is refused as no prices, and the API's own error words are said.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tui.cli import main

FRED = Path(__file__).resolve().parents[1] / "fixtures" / "prices" / "fred_PCOPPUSDM_2026-05.csv"
ROWS = [line.split(",") for line in FRED.read_text(encoding="utf-8").splitlines()[1:]]
KEY_ERROR = (
    "Bad Request.  The value for variable api_key is not registered.  Read "
    "https://fred.stlouisfed.org/docs/api/api_key.html for more information."
)


def _answer(**changes: Any) -> dict[str, Any]:
    """FRED's copper series as the API answers it (``changes`` replace its top-level keys)."""
    observations = [
        {"realtime_start": "2026-07-13", "realtime_end": "2026-07-13", "date": d, "value": v}
        for d, v in ROWS
    ]
    doc: dict[str, Any] = {
        "realtime_start": "2026-07-13",
        "realtime_end": "2026-07-13",
        "observation_start": "1600-01-01",
        "observation_end": "9999-12-31",
        "units": "lin",
        "output_type": 1,
        "file_type": "json",
        "order_by": "observation_date",
        "sort_order": "asc",
        "count": len(observations),
        "offset": 0,
        "limit": 100000,
        "observations": observations,
    }
    doc.update(changes)
    return doc


def _run(
    server: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    body: str,
    status: int = 200,
    media: str = "application/json",
) -> dict[str, Any]:
    server.expect_request("/fred/series/observations").respond_with_data(
        body, status=status, content_type=media
    )
    url = server.url_for("/fred/series/observations") + (
        "?series_id=PCOPPUSDM&api_key=abc&file_type=json"
    )
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n'
        f'[[sources]]\nname = "fred api"\nkind = "fred"\nmetal = "copper"\nurl = "{url}"\n',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), "--json"])
    out, _ = capsys.readouterr()
    return json.loads(out)


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_the_apis_observations_are_read(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], order: str
) -> None:
    doc = _answer(sort_order=order)
    doc["observations"][-2]["value"] = "."  # FRED's mark of a missing observation
    if order == "desc":
        doc["observations"].reverse()
    snap = _run(server, tmp_path, capsys, json.dumps(doc))
    (source,) = snap["sources"]
    assert source["ok"] and source["warning"] is None, source
    (price,) = snap["prices"]
    assert (price["symbol"], price["unit"]) == ("PCOPPUSDM", "USD/t")
    assert price["last"] == pytest.approx(float(ROWS[-1][1]))
    assert price["as_of"] == ROWS[-1][0]
    assert len(price["points"]) == len(ROWS) - 1
    assert ROWS[-2][0] not in [d for d, _ in price["points"]]


def test_another_unit_than_levels_is_no_price(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snap = _run(server, tmp_path, capsys, json.dumps(_answer(units="pch")))
    (source,) = snap["sources"]
    assert snap["prices"] == []
    assert source["error"] == (
        "FRED's answer is in units 'percent change', not levels: no prices "
        "(drop units= from the URL)"
    )


@pytest.mark.parametrize("status", [200, 400])
def test_the_apis_error_is_said_in_its_words(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], status: int
) -> None:
    body = json.dumps({"error_code": 400, "error_message": KEY_ERROR})
    snap = _run(server, tmp_path, capsys, body, status=status)
    (source,) = snap["sources"]
    said = " ".join(KEY_ERROR.split())
    assert source["error"] == (
        f"FRED: {said}" if status == 200 else f"HTTP 400 Bad Request: {said}"
    )


def test_the_apis_xml_names_the_option_for_json(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xml = (
        '<?xml version="1.0" encoding="utf-8" ?><observations realtime_start="2026-07-13" '
        'units="lin"><observation date="2026-05-01" value="13483.75"/></observations>'
    )
    snap = _run(server, tmp_path, capsys, xml, media="text/xml")
    (source,) = snap["sources"]
    assert source["error"] == (
        "FRED sent its API's XML answer: add &file_type=json to the URL (or use the "
        "fredgraph.csv download)"
    )
