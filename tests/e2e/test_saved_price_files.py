"""Price files as a spreadsheet saves them, read by real ``metalwatch snapshot --json`` processes
from files on disk and from a loopback server: a Stooq download saved again by European Excel
(``sep=;``, semicolons, decimal commas, ``dd.mm.yyyy``) gives the same prices as the download;
one whose numbers never show their decimal mark fails with the option to set, never a price
1000 times off; a newest row written in another date form is said in the source's health, not
left out while the row above it passes as the current price.

Real data: Stooq's XAUUSD daily download."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_fetch_faults import RawServer, config, metalwatch, reply

STOOQ = Path(__file__).resolve().parents[1] / "fixtures" / "prices" / "stooq_xauusd_d.csv"
LAST = ["2021-08-10", 1729.15]


def _excel_de(text: str) -> bytes:
    """The download as German Excel saves it ("CSV (Trennzeichen-getrennt)"), cp1252."""
    out = ["sep=;"]
    for line in text.splitlines():
        cells = line.split(",")
        if cells[0] != "Date":
            y, m, d = cells[0].split("-")
            cells = [f"{d}.{m}.{y}", *(c.replace(".", ",") for c in cells[1:])]
        out.append(";".join(cells))
    return ("\r\n".join(out) + "\r\n").encode("cp1252")


def _stooq(name: str, url: str) -> str:
    return f'[[sources]]\nname = "{name}"\nkind = "stooq"\nmetal = "gold"\nurl = "{url}"\n\n'


def _snapshot(cfg: Path) -> dict[str, dict[str, object]]:
    done = metalwatch("snapshot", "--json", "--config", str(cfg))
    assert done.stdout, done.stderr
    doc = json.loads(done.stdout)
    health = {s["name"]: s for s in doc["sources"]}
    for price in doc["prices"]:
        health[price["source"]]["price"] = price
    return health


@pytest.fixture
def srv() -> Iterator[RawServer]:
    server = RawServer()
    try:
        yield server
    finally:
        server.close()


def test_a_stooq_download_saved_by_european_excel_gives_the_downloads_prices(
    srv: RawServer, tmp_path: Path
) -> None:
    saved = tmp_path / "xauusd_d.csv"
    saved.write_bytes(_excel_de(STOOQ.read_text(encoding="utf-8")))
    ambiguous = tmp_path / "xauusd_2_d.csv"
    ambiguous.write_text("Date;Open;High;Low;Close\n2026-12-01;2.351;2.360;2.340;2.350\n")

    def served(conn: socket.socket, server: RawServer) -> None:
        reply(conn, saved.read_bytes(), "Content-Type: text/csv; charset=windows-1252\r\n")

    srv.routes["/xauusd_d.csv"] = served
    health = {}  # one source a run: a snapshot shows one price a metal
    for name, url in [
        ("Download", str(STOOQ)),
        ("Saved", str(saved)),
        ("Served", srv.url("/xauusd_d.csv")),
        ("Unclear", str(ambiguous)),
    ]:
        run = tmp_path / name
        run.mkdir()
        gold = '[[metals]]\nid = "gold"\nname = "Gold"\n\n'
        health |= _snapshot(config(run, gold + _stooq(name, url)))
    for name in ("Download", "Saved", "Served"):
        source = health[name]
        assert source["error"] is None and source["warning"] is None, source
        price = source["price"]
        assert isinstance(price, dict)
        assert (price["points"][-1], price["unit"]) == (LAST, "USD/ozt"), name
        assert price["points"] == health["Download"]["price"]["points"]  # type: ignore[index]
    # no number says which mark is the decimal one: read as a semicolon file is written (a
    # thousands point), the same rule as the csv kind's, and said on the health line
    unclear = health["Unclear"]
    assert unclear["error"] is None
    warning = str(unclear["warning"])
    assert "decimal mark ambiguous: '2.350'" in warning and "thousands separator" in warning
    assert 'set decimal = "," or "."' in warning
    assert unclear["price"]["points"][-1][1] == 2350.0  # type: ignore[index]


def test_the_newest_row_in_another_date_form_is_said_in_the_health(tmp_path: Path) -> None:
    prices = tmp_path / "copper.csv"
    prices.write_text("Date,Close\n2026-11-30,9790\n2026-12-01,9800.5\n12/02/2026,9812.5\n")
    cfg = config(
        tmp_path, f'[[sources]]\nname = "Mine"\nkind = "csv"\nmetal = "copper"\nurl = "{prices}"\n'
    )
    mine = _snapshot(cfg)["Mine"]
    assert mine["warning"] == "1 of 3 rows skipped: unreadable date '12/02/2026'", mine
    price = mine["price"]
    assert isinstance(price, dict)
    assert price["points"][-1] == ["2026-12-01", 9800.5]
