"""A price file with bytes of a number zeroed inside it (a block of the file zeroed on disk:
``21\\0\\050.5``). Before, such a row near the top of the file made the whole file "binary
answer (12,017 bytes), not a price file" (its good rows refused with it), and one further down
was skipped with the NULs dropped from what the health line quoted: ``unreadable value
'2150.5'``, another price. Now the file is read, the row left out and its value quoted with
each NUL shown (``␀``) on the source's health line (and in ``snapshot --json``); no price
shown is one of the damaged digits.

In-process through ``tui.cli.main`` (``snapshot --json``) on a real FRED download
(tests/fixtures/prices) damaged in place.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_cli_helpers import run_cli

FRED = Path(__file__).resolve().parent.parent / "fixtures" / "prices" / "fred_PCOPPUSDM_2026-05.csv"


def _config(tmp_path: Path, prices: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        f'[[sources]]\nname = "copper"\nkind = "csv"\nurl = "{prices}"\nmetal = "copper"\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("day", "value", "zeroed"),
    [
        ("1992-02-01", b"2208.892258605960", (2, 4)),  # in the file's first 512 bytes
        ("2020-02-01", b"5687.750000000000", (1, 3)),  # further down
        ("2020-02-01", b"5687.750000000000", (4, 9)),  # its decimals: 5687.?????0000000
    ],
    ids=["near the top", "further down", "its decimals"],
)
def test_a_price_with_digits_zeroed_is_left_out_and_said(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    day: str,
    value: bytes,
    zeroed: tuple[int, int],
) -> None:
    data = bytearray(FRED.read_bytes())
    row = f"{day},".encode() + value
    assert data.count(row) == 1
    at = data.index(row) + len(day) + 1
    data[at + zeroed[0] : at + zeroed[1]] = bytes(zeroed[1] - zeroed[0])
    prices = tmp_path / "copper.csv"
    prices.write_bytes(bytes(data))
    code, out, err, _ = run_cli(
        capsys, "snapshot", "--config", str(_config(tmp_path, prices)), "--json"
    )
    assert code == 0, err
    doc = json.loads(out)
    (source,) = doc["sources"]
    assert source["ok"], source
    shown = value.decode()
    shown = shown[: zeroed[0]] + "\u2400" * (zeroed[1] - zeroed[0]) + shown[zeroed[1] :]
    assert f"unreadable value '{shown[:23]}" in (source["warning"] or ""), source["warning"]
    (copper,) = doc["prices"]
    points = dict(copper["points"])
    assert day not in points, "left out, never another price"
    assert len(points) > 100, "the rest of the file read"


def test_a_json_answer_with_digits_zeroed_says_so(tmp_path: Path) -> None:
    """Yahoo's chart JSON with bytes of a close zeroed: no price from it (the answer fails,
    the last good one stays), said as what it is, not "binary answer, not a price file"."""
    from datetime import datetime, timezone

    from tui.core.config import parse_config
    from tui.sources import registry
    from tui.sources.base import SourceError

    fixture = FRED.parent / "yahoo_chart_AAPL_6mo_1d.json"
    data = bytearray(fixture.read_bytes())
    at = data.index(b'"close":[') + len(b'"close":[') + 2
    data[at : at + 2] = bytes(2)
    damaged = tmp_path / "chart.json"
    damaged.write_bytes(bytes(data))
    config = {
        "metals": [{"id": "copper", "name": "Copper"}],
        "sources": [{"name": "y", "kind": "yahoo", "symbol": "AAPL", "metal": "copper"}],
    }
    (src,) = parse_config(config, None).sources
    with pytest.raises(SourceError, match=r"^Yahoo: invalid JSON: NUL bytes at line 1, column"):
        registry.parse(src, damaged.read_bytes(), fetched_at=datetime.now(timezone.utc))
