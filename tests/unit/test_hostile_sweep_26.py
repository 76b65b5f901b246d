"""What session 26's hostile-input sweep found, through the real ``metalwatch snapshot``
(``tui.cli.main``) on files written here and a loopback server, each kind shown by several
made-up inputs of which some read wrong before:

- a feed with a stray NUL byte in a title, a summary or its channel's name was refused whole
  as "binary answer" (:func:`tui.sources.binary.looks_binary`): every headline of the answer
  lost; now read, the NUL dropped, the damage said; a body of mostly NULs is still binary;
- the newest row of a price file with a date no calendar holds (``2026-11-31``, typed by
  hand) was passed over as a footer without a word (:mod:`tui.sources.csv_skipped`); now said;
- one date on every row of a file listed every price left out in the health line
  (:func:`tui.sources.prices_common.repeated_dates`); now three and a count;
- a price written ``9_812.5`` was read as 9812.5 (Python's ``float`` takes underscores); now
  unreadable, and said;
- a JSON number too long for Python's ``int`` (5,000 digits) in a Yahoo chart, a policy file
  or a GDELT answer was "internal error: ValueError: Exceeds the limit (4300 digits)", the
  whole answer lost (:func:`tui.sources.json_errors.loads`); now a number out of range, said
  by each reader's own checks;
- a price file whose later rows are dated in another whole-date form (``2026-11-10`` then
  ``11/11/2026``, ``11.11.2026``, ``Nov 11, 2026``) had those rows, its newest prices, skipped;
  now read as their own cells decide (:mod:`tui.sources.date_forms`) and said; a form they do
  not decide, or a month alone, is still skipped and said;
- a folder in the place of the cache file was said in SQLite's words ("unable to open database
  file"); now ``a folder is in the place of the file ...`` (:func:`tui.store.files.unwritable`);
- text from a feed (titles, summaries, outlet names) never reaches the terminal as an escape
  sequence or markup: a guard over ESC, OSC, C1 and bidi controls (this held before).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tui.cli import main

COPPER = '[[metals]]\nid = "copper"\nname = "Copper"\naliases = ["copper"]\nunit = "USD/t"\n'
WHEN = "Sun, 06 Dec 2026 01:00:00 GMT"


def _rss(title: str, summary: str = "s", channel: str = "Metal Wire") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{channel}</title><link>https://ex.org</link><item><title>{title}</title>"
        f"<link>https://ex.org/1</link><guid>g1</guid><pubDate>{WHEN}</pubDate>"
        f"<description>{summary}</description></item></channel></rss>"
    ).encode()


def _run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sources: str, *args: str
) -> tuple[dict[str, Any], str]:
    path = tmp_path / "config.toml"
    path.write_text(COPPER + sources, encoding="utf-8")
    main(["snapshot", "--config", str(path), "--json", *args])
    out, err = capsys.readouterr()
    main(["snapshot", "--config", str(path), "--offline", *args])
    text, said = capsys.readouterr()
    return json.loads(out), err + text + said


def _feed(server: HTTPServer, body: bytes) -> str:
    server.expect_request("/feed").respond_with_data(body, content_type="application/rss+xml")
    return f'[[sources]]\nname = "F"\nkind = "rss"\nurl = "{server.url_for("/feed")}"\n'


@pytest.mark.parametrize(
    ("title", "summary", "channel"),
    [
        ("Copper\x00 tariff raised to 50%", "s", "Metal Wire"),
        ("Chile bans copper concentrate exports", "a\x00b\x00c", "Metal Wire"),
        ("US copper import tariff doubled", "s", "Metal\x00 Wire"),
        ("Zambia\x00\x00 halts copper exports", "s\x00", "W"),
    ],
)
def test_a_feed_with_a_stray_nul_is_read_not_refused(
    server: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    title: str,
    summary: str,
    channel: str,
) -> None:
    doc, shown = _run(tmp_path, capsys, _feed(server, _rss(title, summary, channel)))
    (source,) = doc["sources"]
    assert source["ok"], source
    assert "ill-formed XML" in source["warning"]  # the damage said
    (headline,) = doc["headlines"]
    assert headline["title"] == title.replace("\x00", "")
    assert "\x00" not in json.dumps(doc) and "\x00" not in shown


def test_a_body_of_nuls_is_still_binary(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc, _ = _run(tmp_path, capsys, _feed(server, b"<rss>" + b"\x00" * 600 + b"</rss>"))
    (source,) = doc["sources"]
    assert not source["ok"] and source["error"].startswith("binary answer")


ROWS = "Date,Close\n" + "".join(f"2026-11-{d:02d},{9800 + d}.5\n" for d in range(1, 21))


def _csv(tmp_path: Path, text: str, kind: str = "csv") -> str:
    path = tmp_path / "copper.csv"
    path.write_text(text, encoding="utf-8")
    return f'[[sources]]\nname = "P"\nkind = "{kind}"\nmetal = "copper"\nurl = "{path}"\n'


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        (ROWS + "2026-11-31,9899.5\n", "2026-11-31"),
        (ROWS + "2026-13-01,9899.5\n", "2026-13-01"),
        (ROWS + "2026/02/30,9899.5\n", "2026/02/30"),
        (
            "Date;Close\n"
            + "".join(f"{d:02d}.11.2026;{9800 + d},5\n" for d in range(1, 21))
            + "31.11.2026;9899,5\n",
            "31.11.2026",
        ),
    ],
)
def test_a_newest_row_with_an_impossible_date_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, cell: str
) -> None:
    doc, _ = _run(tmp_path, capsys, _csv(tmp_path, text))
    (source,) = doc["sources"]
    assert source["warning"] == f"1 of 21 rows skipped: unreadable date {cell!r}"
    assert doc["prices"][0]["as_of"] == "2026-11-20"  # the newest row that reads, its age said


@pytest.mark.parametrize("footer", ["2026 average,9810\n", "Source: LME,\n", "2026,9810\n"])
def test_a_footer_is_still_passed_over_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], footer: str
) -> None:
    doc, _ = _run(tmp_path, capsys, _csv(tmp_path, ROWS + footer))
    assert doc["sources"][0]["warning"] is None


@pytest.mark.parametrize("kind", ["csv", "stooq"])
def test_one_date_on_every_row_lists_three_prices_and_a_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    if kind == "csv":
        text = "Date,Close\n" + "".join(f"2026-11-20,{9800 + i}.5\n" for i in range(200))
    else:
        head = "Date,Open,High,Low,Close\n"
        text = head + "".join(f"2026-11-20,1,1,1,{9800 + i}.5\n" for i in range(200))
    doc, _ = _run(tmp_path, capsys, _csv(tmp_path, text, kind))
    warning = doc["sources"][0]["warning"]
    assert "9800.5, 9801.5, 9802.5 and 196 others left out" in warning
    assert len(warning) < 200


@pytest.mark.parametrize("cell", ["9_812.5", "98_12", "1_0"])
def test_a_number_with_underscores_is_no_price(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cell: str
) -> None:
    doc, _ = _run(tmp_path, capsys, _csv(tmp_path, ROWS + f"2026-11-21,{cell}\n"))
    (source,) = doc["sources"]
    assert source["warning"] == f"1 of 21 rows skipped: unreadable value {cell!r}"
    assert doc["prices"][0]["last"] == 9820.5


HOSTILE = [
    "\x1b[31mred\x1b[0m \x1b[2J",
    "\x1b]8;;https://evil.example/\x07link\x1b]8;;\x07",
    "\x1b]52;c;ZXZpbA==\x07",
    "\u009b31m c1",
    "\u202eevil\u202c \u2066x\u2069",
    "[bold red]markup[/] [link=https://evil.example]x[/link]",
]


@pytest.mark.parametrize("bad", HOSTILE)
@pytest.mark.parametrize("where", ["title", "summary", "channel"])
def test_feed_text_never_reaches_the_terminal_as_a_control_sequence(
    server: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    bad: str,
    where: str,
) -> None:
    title = f"Copper tariff raised {bad}" if where == "title" else "Copper tariff raised"
    summary = f"US copper duty {bad}" if where == "summary" else "US copper duty"
    channel = f"Wire {bad}" if where == "channel" else "Wire"
    doc, shown = _run(tmp_path, capsys, _feed(server, _rss(title, summary, channel)), "--all")
    everything = json.dumps(doc, ensure_ascii=False) + shown
    for control in ("\x1b", "\x07", "\u009b", "\u202e", "\u2066"):
        assert control not in everything, (where, bad)
    assert len(doc["headlines"]) == 1  # the item is kept, its text cleaned


LONG = "9" * 5000  # past Python's 4,300-digit limit on int(): a ValueError, not a JSONDecodeError


def _chart_with(close: str, stamp: str = "1764633600") -> bytes:
    return (
        '{"chart": {"result": [{"meta": {"symbol": "HG=F", "currency": "USD"}, '
        f'"timestamp": [1764547200, {stamp}], "indicators": {{"quote": [{{"close": [5.1, {close}]}}]}}}}], '
        '"error": null}}'
    ).encode()


_POLICY = '[{"origin": "CL", "destination": "US", "status": "tariff", "rate_pct": %s}]'
_GDELT = '{"articles": [{"url": "https://ex.org/g", "title": "Copper tariff", "seendate": %s}]}'


@pytest.mark.parametrize(
    ("kind", "body", "said"),
    [
        pytest.param("yahoo", _chart_with(LONG), "no price can be left out (inf", id="close"),
        pytest.param(
            "yahoo", _chart_with("5.2", LONG), "1 bar with a time out of range", id="stamp"
        ),
        pytest.param("yahoo", _chart_with("-" + LONG), "no price can be", id="negative"),
        pytest.param(
            "policy-file",
            (_POLICY % LONG).encode(),
            "rate_pct must be between 0 and 10000 (got inf)",
            id="rate",
        ),
        pytest.param("gdelt", (_GDELT % LONG).encode(), None, id="seendate"),
    ],
)
def test_a_json_number_too_long_for_python_is_said_not_an_internal_error(
    server: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    body: bytes,
    said: str | None,
) -> None:
    """Before: ``internal error: ValueError: Exceeds the limit (4300 digits) for integer string
    conversion``, the whole answer lost."""
    server.expect_request("/doc").respond_with_data(body, content_type="application/json")
    extra = 'metal = "copper"\nsymbol = "HG=F"\n' if kind == "yahoo" else 'metal = "copper"\n'
    source = f'[[sources]]\nname = "S"\nkind = "{kind}"\nurl = "{server.url_for("/doc")}"\n{extra}'
    doc, shown = _run(tmp_path, capsys, source)
    (health,) = doc["sources"]
    text = str(health["error"] or health["warning"] or "")
    assert "internal error" not in text and "4300" not in shown, text
    if said is not None:
        assert said in text
    if kind in ("yahoo", "gdelt"):
        assert health["ok"]  # the rest of the answer kept


FIRST = "".join(f"2026-11-{d:02d},{9800 + d}.5\n" for d in range(1, 11))


@pytest.mark.parametrize(
    ("later", "example"),
    [
        ([f"11/{d}/2026" for d in range(11, 21)], "11/11/2026"),  # US order: 13..20 decide it
        ([f"{d}/11/2026" for d in range(11, 21)], "11/11/2026"),  # day first: 13..20 decide it
        ([f"{d:02d}.11.2026" for d in range(11, 21)], "11.11.2026"),
        ([f'"Nov {d}, 2026"' for d in range(11, 21)], "Nov 11, 2026"),
        ([f"{d} Nov 2026" for d in range(11, 21)], "11 Nov 2026"),
    ],
)
@pytest.mark.parametrize("kind", ["csv", "stooq"])
def test_later_rows_in_a_second_whole_date_form_are_read_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, later: list[str], example: str
) -> None:
    """Before: the ten newest rows were skipped (``10 of 20 rows skipped: unreadable date``),
    the price shown ten days older than the file's."""
    rows = FIRST + "".join(f"{d},{9810 + i}.5\n" for i, d in enumerate(later, start=1))
    if kind == "stooq":
        rows = "".join(
            f"{r.rsplit(',', 1)[0]},1,1,1,{r.rsplit(',', 1)[1]}\n" for r in rows.splitlines()
        )
    head = "Date,Close\n" if kind == "csv" else "Date,Open,High,Low,Close\n"
    doc, _ = _run(tmp_path, capsys, _csv(tmp_path, head + rows, kind))
    (source,) = doc["sources"]
    price = doc["prices"][0]
    assert (price["as_of"], price["last"], len(price["points"])) == ("2026-11-20", 9820.5, 20)
    assert source["warning"] == (
        f"10 rows dated in another form than the rest ({example!r}) read as that form shows; "
        "set date_format if wrong"
    )


@pytest.mark.parametrize(
    "later",
    [
        [f"12/{d:02d}/2026" for d in range(1, 11)],  # day/month order not decided by the rows
        ["2026-11", "2026-12"],  # months alone: a footer's averages, no day's price
        ["12/01/2026"],  # one row: said as before
    ],
)
def test_a_second_form_its_rows_do_not_decide_is_still_skipped_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], later: list[str]
) -> None:
    rows = FIRST + "".join(f"{d},{9810 + i}.5\n" for i, d in enumerate(later, start=1))
    doc, _ = _run(tmp_path, capsys, _csv(tmp_path, "Date,Close\n" + rows))
    (source,) = doc["sources"]
    assert doc["prices"][0]["as_of"] == "2026-11-10"
    assert source["warning"].startswith(f"{len(later)} of {10 + len(later)} rows skipped")


@pytest.mark.parametrize("inside", [False, True])
def test_a_folder_in_the_place_of_the_cache_file_is_said_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], inside: bool
) -> None:
    """Before: ``cache at ... cannot be opened (unable to open database file)``, SQLite's words;
    the run goes on in memory either way, every source read."""
    import os

    store = Path(os.environ["METALWATCH_CACHE_DIR"]) / "store.sqlite3"
    store.mkdir(parents=True)
    if inside:
        (store / "something.txt").write_text("a user's file, left alone")
    doc, shown = _run(tmp_path, capsys, _csv(tmp_path, ROWS))
    assert f"a folder is in the place of the file {store}" in shown
    assert "unable to open database file" not in shown
    assert doc["prices"][0]["last"] == 9820.5 and doc["sources"][0]["ok"]
    assert store.is_dir() and (not inside or (store / "something.txt").exists())
