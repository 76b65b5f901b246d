"""A price file saved by Excel as markup, through the real ``metalwatch snapshot --json``
(``tui.cli.main``) on a local file: "XML Spreadsheet 2003" and "Web Page" (an HTML table, the
format many sites serve as their ``.xls`` download). The rows are the first of the real FRED
copper file (``tests/fixtures/prices/fred_PCOPPUSDM_2026-05.csv``); the markup around them is
Excel's, written here.

Both were refused as "got an HTML page instead of CSV (wrong URL or a login page?)": the user
checked the address of a file that was right. Now the format is named and the remedy said; an
HTML page that is no spreadsheet is still said as before.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main

FRED = Path(__file__).resolve().parent.parent / "fixtures" / "prices" / "fred_PCOPPUSDM_2026-05.csv"
ROWS = [line.split(",") for line in FRED.read_text().splitlines()[1:4]]


def _xml() -> str:
    cells = "".join(
        f'<Row><Cell><Data ss:Type="DateTime">{d}T00:00:00.000</Data></Cell>'
        f'<Cell><Data ss:Type="Number">{v}</Data></Cell></Row>'
        for d, v in ROWS
    )
    return (
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="PCOPPUSDM">'
        f"<Table>{cells}</Table></Worksheet></Workbook>\n"
    )


def _web_page() -> str:
    cells = "".join(f"<tr><td>{d}</td><td>{v}</td></tr>" for d, v in ROWS)
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel">'
        "<head><meta name=ProgId content=Excel.Sheet></head>"
        f"<body><table>{cells}</table></body></html>\n"
    )


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (_xml(), "an Excel XML spreadsheet (XML Spreadsheet 2003), not CSV: save it as CSV"),
        (
            _web_page(),
            "an Excel web page (an HTML table saved as a spreadsheet), not CSV: save it as CSV",
        ),
        (
            "<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>",
            "got an HTML page instead of CSV (wrong URL or a login page?)",
        ),
    ],
    ids=["xml-spreadsheet", "web-page", "login-page"],
)
def test_an_excel_export_in_markup_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, said: str
) -> None:
    (tmp_path / "copper.xls").write_text(body, encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n'
        '[[sources]]\nname = "C"\nkind = "csv"\nmetal = "copper"\nurl = "copper.xls"\n',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), "--json"])
    doc = json.loads(capsys.readouterr().out)
    (source,) = doc["sources"]
    assert not source["ok"] and source["error"] == said
    assert doc["prices"] == [] or doc["prices"][0]["points"] == []
