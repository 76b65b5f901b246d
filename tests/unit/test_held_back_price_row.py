"""A price's newest point held back as suspect, said on the price's row, through the real
``metalwatch snapshot`` (``tui.cli.main``) on a real Yahoo Finance download (a copy of
``tests/fixtures/prices``, provenance in its ``PROVENANCE.md``) with a row added under it.

Before, only the source's line said "newest point left out, cut off or a mistake? ...": the
price row showed the point before it as ``last`` with nothing to say it was not the latest the
source sent. Now the row says it too: ``held_back`` in the JSON (the guard's reason), ``NEWEST
HELD BACK (...)`` on the text line; ``null`` and nothing once the file's newest row is whole.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tui.cli import main
from tui.core.held_back import LEFT_OUT, held_back_reason
from tui.core.models import SourceHealth

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
HG = (PRICES / "yfinance_history_HG=F_2018-01-02_2025-08-22.csv").read_bytes()  # daily, USD/lb
COPPER = '[[metals]]\nid = "copper"\nname = "Copper"\naliases = ["copper"]\n'
# the newest close cut to two digits of a price near 4.45 USD/lb: "44" read as 44.0 USD/lb
CUT_OFF = b"2025-08-25 00:00:00-04:00,4.45,4.46,4.44,44,44,900,0.0,0.0\n"
WHOLE = b"2025-08-25 00:00:00-04:00,4.45,4.46,4.44,4.4525,4.4525,900,0.0,0.0\n"


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: bytes, *, json_out: bool):
    (tmp_path / "hg.csv").write_bytes(body)
    config = tmp_path / "config.toml"
    config.write_text(
        f'{COPPER}[[sources]]\nname = "HG"\nkind = "csv"\nmetal = "copper"\n'
        'url = "hg.csv"\nunit = "USD/lb"\nvalue_column = "Close"\n',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), *(["--json"] if json_out else [])])
    return capsys.readouterr().out


def _json(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: bytes) -> dict[str, Any]:
    return json.loads(_run(tmp_path, capsys, body, json_out=True))


def test_the_price_row_says_its_newest_point_was_held_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _json(tmp_path, capsys, HG + CUT_OFF)
    (source,) = doc["sources"]
    (price,) = doc["prices"]
    assert LEFT_OUT in (source["warning"] or "")
    assert price["as_of"] == "2025-08-22"  # the point before the one held back
    assert price["held_back"] is not None
    assert price["held_back"].startswith("2025-08-25 moves ")
    assert price["held_back"] in source["warning"]
    # a warm cache, the same file: still said (the same file reads the same way)
    again = _json(tmp_path, capsys, HG + CUT_OFF)
    assert again["prices"][0]["held_back"] == price["held_back"]
    text = _run(tmp_path, capsys, HG + CUT_OFF, json_out=False)
    line = next(ln for ln in text.splitlines() if ln.startswith("  copper"))
    assert f"NEWEST HELD BACK ({price['held_back']})" in line
    # the newest row whole: the row is the latest again, nothing said
    fixed = _json(tmp_path, capsys, HG + WHOLE)
    assert fixed["prices"][0]["as_of"] == "2025-08-25"
    assert fixed["prices"][0]["held_back"] is None
    text = _run(tmp_path, capsys, HG + WHOLE, json_out=False)
    assert "HELD BACK" not in text


def test_a_whole_update_held_back_is_said_on_the_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A stored history rewritten (a day's close off by a factor): the whole update is refused
    (the source's error); the row shows the stored prices and says why."""
    _json(tmp_path, capsys, HG)
    lines = HG.splitlines(keepends=True)
    day = lines[-10]
    fields = day.split(b",")
    fields[4] = b"44.47"  # a stored day's close rewritten tenfold
    rewritten = b"".join([*lines[:-10], b",".join(fields), *lines[-9:]])
    doc = _json(tmp_path, capsys, rewritten + WHOLE)
    (source,) = doc["sources"]
    (price,) = doc["prices"]
    assert source["error"].startswith("suspect update held back: ")
    assert price["source_failing"] is True
    assert price["held_back"] == source["error"].removeprefix("suspect update held back: ")


def test_the_reason_is_the_guards_and_ends_before_other_warnings() -> None:
    guard = (
        "2026-12-01 moves -99% from 2026-11-30 (9,290 -> 92); more than the 25% plausible for"
        " this series (the source option max_move_pct overrides)"
    )
    h = SourceHealth(
        "P", "csv", ok=True, warning=f"1 row skipped; {LEFT_OUT}{guard}; level far from copper's"
    )
    assert held_back_reason(h) == guard
    assert held_back_reason(SourceHealth("P", "csv", ok=True, warning="1 row skipped")) is None
    assert held_back_reason(None) is None
