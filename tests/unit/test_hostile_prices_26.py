"""Price files and answers that read wrong before session 26, through the real ``metalwatch
snapshot`` (``tui.cli.main``, JSON and text) on files written here and a loopback server.

Kinds, each shown by several made-up files (metals, delimiters, kinds, numbers) of which some
read wrong before:

- a number whose one mark could be a decimal or a thousands one (``11,018``) and nothing in the
  file says which: the csv kind read it by the delimiter silently, stooq and fred refused the
  file; now one rule (:func:`tui.sources.price_numbers.decide_mark`) for every kind, said on
  the health line;
- a number no price can be (``1e308``, ``Infinity``, a run of digits): its warning printed 300
  digits; now bounded (:func:`tui.core.fmt.bounded`) and never a price
  (:data:`tui.sources.prices_common.MAX_PRICE`);
- Yahoo chart closes written as text (``"5.25"``): "all closes empty"; now read, and what is
  not a number said as such;
- one row typed the other way (``9,830.25`` among nineteen ``9812,5``): it outvoted the rest
  and nineteen rows were skipped; now the majority decides and the row is read by its own mark
  and said.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tui.cli import main
from tui.core.fmt import bounded, bounded_move

COPPER = '[[metals]]\nid = "copper"\nname = "Copper"\nunit = "USD/t"\n'
GOLD = '[[metals]]\nid = "gold"\nname = "Gold"\nunit = "USD/ozt"\n'
ALU = '[[metals]]\nid = "aluminium"\nname = "Aluminium"\nunit = "USD/t"\n'


def _source(kind: str, url: str, metal: str, extra: str = "") -> str:
    return f'[[sources]]\nname = "P"\nkind = "{kind}"\nmetal = "{metal}"\nurl = "{url}"\n{extra}\n'


def _snapshot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str, *, text: bool = False
) -> tuple[dict[str, Any], str]:
    path = tmp_path / "config.toml"
    path.write_text(config, encoding="utf-8")
    main(["snapshot", "--config", str(path), "--json"])
    out, err = capsys.readouterr()
    doc = json.loads(out)
    if text:
        main(["snapshot", "--config", str(path), "--offline"])
        shown, said = capsys.readouterr()
        err += shown + said
    return doc, err


def _one(doc: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    (source,) = doc["sources"]
    prices = [p for p in doc["prices"] if p["source"] == source["name"]]
    return source, prices[0] if prices else None


# ---------------------------------------------------------------- an ambiguous decimal mark

AMBIGUOUS = [
    # (metal block, metal, delimiter, cell, want, how the mark was taken)
    (COPPER, "copper", ",", "11,018", 11018.0, "its comma as the thousands separator"),
    (COPPER, "copper", ";", "11.018", 11018.0, "its point as the thousands separator"),
    (GOLD, "gold", ";", "2,351", 2.351, "its comma as the decimal mark"),
    (ALU, "aluminium", "\t", "2,612", 2612.0, "its comma as the thousands separator"),
    (GOLD, "gold", ",", "4.125", 4.125, "its point as the decimal mark"),
]


def _cell(cell: str, delimiter: str) -> str:
    return f'"{cell}"' if delimiter in cell else cell


@pytest.mark.parametrize(("block", "metal", "delimiter", "cell", "want", "how"), AMBIGUOUS)
@pytest.mark.parametrize("kind", ["csv", "stooq"])
def test_a_lone_either_way_number_reads_one_way_in_every_kind_and_is_said(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    block: str,
    metal: str,
    delimiter: str,
    cell: str,
    want: float,
    how: str,
) -> None:
    """Before: csv read the semicolon file's ``2,351`` as 2.351 and the comma file's ``11,018``
    as 11018 without a word, stooq refused both files: two kinds, two readings of one file."""
    d, c = delimiter, _cell(cell, delimiter)
    if kind == "csv":
        body = f"Date{d}Close\n2026-11-20{d}{c}\n"
    else:
        body = f"Date{d}Open{d}High{d}Low{d}Close\n2026-11-20{d}{c}{d}{c}{d}{c}{d}{c}\n"
    path = tmp_path / "prices.csv"
    path.write_text(body, encoding="utf-8")
    doc, err = _snapshot(tmp_path, capsys, block + _source(kind, str(path), metal))
    source, price = _one(doc)
    assert source["ok"] and source["error"] is None
    assert price is not None and price["points"] == [["2026-11-20", want]]
    warning = source["warning"]
    assert warning.startswith(f"decimal mark ambiguous: {cell!r} read with {how}")
    assert 'set decimal = "," or "."' in warning
    assert "decimal mark ambiguous" in err  # said where the user looks, not only in the JSON


def test_a_file_whose_other_numbers_show_the_mark_is_not_said_ambiguous(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hg_f_d.csv"
    path.write_text("Date;Open;High;Low;Close\n2026-11-20;9812,5;9820,25;9800,5;9,815\n")
    doc, _ = _snapshot(tmp_path, capsys, COPPER + _source("stooq", str(path), "copper"))
    source, price = _one(doc)
    assert price is not None and price["points"] == [["2026-11-20", 9.815]]
    assert source["warning"] is None  # the file's decimal commas say which: nothing to say


# ---------------------------------------------------------------- numbers no price can be

ROWS = [f"2026-11-{d:02d},{9800 + 3 * d}.5" for d in range(1, 20)]


@pytest.mark.parametrize("cell", ["1e308", "1E+308", "1e30", "99999999999999999999999", "inf"])
@pytest.mark.parametrize("where", ["newest", "middle", "alone"])
def test_a_number_no_price_can_be_never_becomes_one_and_is_said_briefly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cell: str, where: str
) -> None:
    """Before: ``1e308`` as the newest row printed a move of 300 digits in the health line; in
    the middle of a file it became a point of the series."""
    rows = list(ROWS)
    if where == "newest":
        rows.append(f"2026-11-20,{cell}")
    elif where == "middle":
        rows[9] = f"2026-11-10,{cell}"
    else:
        rows = [f"2026-11-20,{cell}"]
    path = tmp_path / "copper.csv"
    path.write_text("Date,Close\n" + "\n".join(rows) + "\n")
    doc, err = _snapshot(tmp_path, capsys, COPPER + _source("csv", str(path), "copper"), text=True)
    source, price = _one(doc)
    said = str(source["error"] or source["warning"])
    assert len(said) < 400 and max(len(line) for line in err.splitlines()) < 500, said
    assert "000000000000000" not in said and "000,000,000,000,000" not in said
    if where == "alone":
        assert not source["ok"] and price is None
    else:
        assert price is not None
        assert all(0 < v < 1e6 for _, v in price["points"])
        assert price["last"] == 9857.5  # the newest row that is a price


@pytest.mark.parametrize("closes", [[5.1, 5.2, 1e308], [1e308], [5.1, float("inf")]])
def test_yahoo_closes_no_price_can_be_are_left_out_and_said(
    server: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    closes: list[float],
) -> None:
    server.expect_request("/chart").respond_with_data(
        _chart(closes), content_type="application/json"
    )
    doc, _ = _snapshot(tmp_path, capsys, COPPER + _yahoo(server))
    source, price = _one(doc)
    said = str(source["error"] or source["warning"])
    assert "no price can be" in said and "all closes empty" not in said
    assert len(said) < 300
    if price is not None:
        assert all(v < 1e6 for _, v in price["points"])


def test_a_bad_newest_number_never_overwrites_the_stored_price(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "copper.csv"
    path.write_text("Date,Close\n" + "\n".join(ROWS) + "\n")
    config = COPPER + _source("csv", str(path), "copper")
    first, _ = _snapshot(tmp_path, capsys, config)
    for cell in ("1e308", "5e12", "0", "-9857"):  # 5e12: below the ceiling, held by the guard
        path.write_text("Date,Close\n" + "\n".join(ROWS) + f"\n2026-11-20,{cell}\n")
        doc, err = _snapshot(tmp_path, capsys, config)
        _, price = _one(doc)
        assert price is not None and price["last"] == first["prices"][0]["last"] == 9857.5
        assert max(len(line) for line in err.splitlines() or [""]) < 500, err


def test_moves_in_messages_are_bounded() -> None:
    assert bounded(1e308) == "1e+308" and bounded(float("inf")) == "inf"
    assert bounded(9829.5) == "9,829.5" and bounded(0.00412) == "0.00412"
    assert bounded(123456789.0) == "123,456,789"
    assert bounded_move(9829.5, 1e308) == "1.02e+304 times"
    assert bounded_move(9827.5, 4.459) == "down 2,204 times"  # was "-100%"
    assert bounded_move(100.0, 112.0) == "+12%"
    assert bounded_move(5.578, 12369.0) == "+221,646%"
    assert all(len(bounded(10.0**e)) < 16 for e in range(-320, 309, 7))


# ---------------------------------------------------------------- Yahoo closes as text


def _chart(closes: list[Any], stamps: list[Any] | None = None) -> str:
    stamps = stamps or [1764547200 + 86400 * i for i in range(len(closes))]
    result = {
        "meta": {"symbol": "HG=F", "currency": "USD", "instrumentType": "FUTURE"},
        "timestamp": stamps,
        "indicators": {"quote": [{"close": closes}]},
    }
    return json.dumps({"chart": {"result": [result], "error": None}})


def _yahoo(server: HTTPServer) -> str:
    return _source("yahoo", server.url_for("/chart"), "copper", 'symbol = "HG=F"')


@pytest.mark.parametrize(
    ("closes", "stamps", "want"),
    [
        (["5.1", "5.2", "5.25"], None, [5.1, 5.2, 5.25]),
        ([" 4.5125 ", "4.6", None], None, [4.5125, 4.6]),
        ([5.1, "5.2", "5.25"], [str(1764547200 + 86400 * i) for i in range(3)], [5.1, 5.2, 5.25]),
    ],
)
def test_yahoo_closes_written_as_text_are_read(
    server: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    closes: list[Any],
    stamps: list[Any] | None,
    want: list[float],
) -> None:
    server.expect_request("/chart").respond_with_data(
        _chart(closes, stamps), content_type="application/json"
    )
    doc, _ = _snapshot(tmp_path, capsys, COPPER + _yahoo(server))
    source, price = _one(doc)
    assert source["ok"] and source["warning"] is None, source
    assert price is not None and len(price["points"]) == len(want)
    per_lb = [round(v / 2204.62262, 4) for _, v in price["points"]]  # shown in copper's USD/t
    assert per_lb == pytest.approx(want, abs=1e-3)


@pytest.mark.parametrize(
    ("closes", "said"),
    [
        (
            ["abc", "n/a", "x"],
            'no close that is a number: 3 closes not a number left out (e.g. "abc")',
        ),
        ([{"v": 5.2}, [5.1]], "no close that is a number: 2 closes not a number left out"),
        ([None, None], "no prices in the requested range (all closes empty)"),
        ([0, 0], "every price zero or less"),
    ],
)
def test_yahoo_closes_that_are_no_number_say_exactly_what_they_were(
    server: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    closes: list[Any],
    said: str,
) -> None:
    server.expect_request("/chart").respond_with_data(
        _chart(closes), content_type="application/json"
    )
    doc, _ = _snapshot(tmp_path, capsys, COPPER + _yahoo(server))
    source, price = _one(doc)
    assert not source["ok"] and price is None
    assert said in source["error"]
    if closes != [None, None]:
        assert "all closes empty" not in source["error"]


# ---------------------------------------------------------------- one row typed the other way


def _german(values: list[float]) -> list[str]:
    return [f"{v:.2f}".replace(".", ",") for v in values]


@pytest.mark.parametrize("kind", ["csv", "stooq", "fred"])
@pytest.mark.parametrize(
    ("delimiter", "cells", "typed", "want"),
    [
        (";", [*_german([9800.5 + i for i in range(19)]), "9,830.25"], 1, 9830.25),
        (";", [*_german([2600.5 + i for i in range(18)]), "2,631.50", "2,632.75"], 2, 2632.75),
        ("\t", [*_german([31.5 + i / 10 for i in range(19)]), "33.45"], 1, 33.45),
        (",", [*(f"{9800.5 + i:,.2f}" for i in range(19)), "9.830,25"], 1, 9830.25),
    ],
)
def test_one_row_typed_the_other_way_never_outvotes_the_rest(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    delimiter: str,
    cells: list[str],
    typed: int,
    want: float,
) -> None:
    """Before: the one ``9,830.25`` (both marks: "sure") decided the column's decimal point, and
    the nineteen ``9800,50`` rows were skipped as unreadable."""
    d = delimiter
    dates = [f"2026-10-{i + 1:02d}" for i in range(len(cells))]
    quoted = [f'"{c}"' if d in c else c for c in cells]
    head = {"csv": "Date", "stooq": "Date", "fred": "observation_date"}[kind]
    cols = {"csv": "Close", "stooq": f"Open{d}High{d}Low{d}Close", "fred": "PCOPPUSDM"}[kind]
    pad = "1" + d + "1" + d + "1" + d if kind == "stooq" else ""
    path = tmp_path / ("PCOPPUSDM.csv" if kind == "fred" else "prices.csv")
    path.write_text(
        f"{head}{d}{cols}\n"
        + "".join(f"{a}{d}{pad}{c}\n" for a, c in zip(dates, quoted, strict=True)),
        encoding="utf-8",
    )
    extra = 'series = "PCOPPUSDM"' if kind == "fred" else ""
    doc, _ = _snapshot(tmp_path, capsys, COPPER + _source(kind, str(path), "copper", extra))
    source, price = _one(doc)
    assert source["ok"], source
    assert price is not None and len(price["points"]) == len(cells)
    assert price["points"][-1][1] == pytest.approx(want, rel=1e-6) or price["unit"] != "USD/t"
    warning = source["warning"]
    assert warning is not None and f"{typed} price" in warning
    assert "read by" in warning and "own mark" in warning and "check the file" in warning
