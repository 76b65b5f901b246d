"""A file whose write did not finish (a crash or a power cut after its size was set, before its
last block was written) ends in NUL bytes. Through the real ``metalwatch snapshot --json`` and
``metalwatch check`` (``tui.cli.main``) on files written here and a loopback server:

- a short price file or a feed so padded was refused whole as "binary answer", a long one
  (the NULs beyond the bytes looked at) was read without a word: each is now read without the
  NULs, and they are said on the source's line (a last row cut by the crash is said as before);
- NULs inside the text, a body of nothing but NULs, and a binary file ending in NULs are what
  they were: refused, the padding not named for a binary file;
- UTF-16 and UTF-32 text, whose last character ends in NUL bytes, is read as before.

Bases: the real FRED copper and NBC New York captures in tests/fixtures (their PROVENANCE.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tui.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FRED = (FIXTURES / "prices" / "fred_PCOPPUSDM_observation_date.csv").read_bytes()
NBC = (FIXTURES / "feeds" / "nbc_newyork.rss.xml").read_bytes()
COPPER = '[[metals]]\nid = "copper"\nname = "Copper"\naliases = ["copper"]\nunit = "USD/t"\n'
ROWS = "Date,Close\n" + "".join(f"2026-11-{d:02d},{9800 + d}.5\n" for d in range(1, 21))


def _config(tmp_path: Path, kind: str, url: str) -> Path:
    metal = 'metal = "copper"\n' if kind != "rss" else ""
    path = tmp_path / "config.toml"
    path.write_text(
        f'{COPPER}[[sources]]\nname = "S"\nkind = "{kind}"\n{metal}url = "{url}"\n',
        encoding="utf-8",
    )
    return path


def _snapshot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, url: str
) -> dict[str, Any]:
    main(["snapshot", "--config", str(_config(tmp_path, kind, url)), "--json"])
    return json.loads(capsys.readouterr().out)


def _file(tmp_path: Path, data: bytes, name: str = "prices.csv") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("pad", [1, 2048, 9000])
def test_a_short_price_file_padded_with_nuls_is_read_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pad: int
) -> None:
    doc = _snapshot(tmp_path, capsys, "csv", _file(tmp_path, ROWS.encode() + b"\x00" * pad))
    (source,) = doc["sources"]
    assert source["ok"], source
    nuls = "1 NUL byte" if pad == 1 else f"{pad:,} NUL bytes"
    assert source["warning"] == f"{nuls} at its end left out (a file not fully written?)"
    assert doc["prices"][0]["last"] == 9820.5 and len(doc["prices"][0]["points"]) == 20


def test_a_long_price_file_padded_with_nuls_is_said_too(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The NULs beyond the head a binary file is known by: read before, without a word."""
    server.expect_request("/fred.csv").respond_with_data(FRED + b"\x00" * 4096)
    doc = _snapshot(tmp_path, capsys, "fred", server.url_for("/fred.csv"))
    (source,) = doc["sources"]
    assert source["ok"] and source["warning"] == (
        "4,096 NUL bytes at its end left out (a file not fully written?)"
    )
    assert doc["prices"][0]["as_of"] == "2025-01-01"


def test_a_last_row_cut_by_the_crash_is_said_as_cut(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ROWS.encode() + b"2026-11-21,98" + b"\x00" * 500
    doc = _snapshot(tmp_path, capsys, "csv", _file(tmp_path, data))
    (source,) = doc["sources"]
    assert source["warning"].startswith("last line cut off, left out: '2026-11-21,98'")
    assert source["warning"].endswith(
        "500 NUL bytes at its end left out (a file not fully written?)"
    )
    assert doc["prices"][0]["last"] == 9820.5


def test_a_feed_padded_with_nuls_is_read_and_said(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.expect_request("/feed").respond_with_data(NBC + b"\x00" * 4096)
    doc = _snapshot(tmp_path, capsys, "rss", server.url_for("/feed"))
    (source,) = doc["sources"]
    assert source["ok"] and source["warning"] == (
        "4,096 NUL bytes at its end left out (a file not fully written?)"
    )
    assert len(doc["headlines"]) == 1


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"\x00" * 600, "binary answer"),
        (b"\x89PNG\r\n\x1a\n" + b"\x01\x02" * 40 + b"\x00" * 64, "binary answer (image/png"),
    ],
    ids=["only-nuls", "png"],
)
def test_nuls_that_are_no_padding_are_refused_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, said: str
) -> None:
    doc = _snapshot(tmp_path, capsys, "csv", _file(tmp_path, data))
    (source,) = doc["sources"]
    assert not source["ok"] and source["error"].startswith(said)
    assert "NUL bytes at its end" not in source["error"]
    assert doc["prices"] == []


def test_a_nul_inside_a_price_leaves_its_row_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A NUL inside a number (a byte zeroed on disk) is no padding: the row is left out and
    said with the NUL shown (tests/unit/test_price_file_zeroed_digits.py); the file was refused
    whole as a binary answer before."""
    data = ROWS.encode().replace(b"9805.5", b"98\x0005.5")
    doc = _snapshot(tmp_path, capsys, "csv", _file(tmp_path, data))
    (source,) = doc["sources"]
    assert source["ok"] and "unreadable value '98\u240005.5'" in source["warning"]
    assert "NUL bytes at its end" not in source["warning"]
    assert "2026-11-05" not in dict(doc["prices"][0]["points"])


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32"])
def test_wide_text_ending_in_nuls_is_not_padding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], codec: str
) -> None:
    doc = _snapshot(tmp_path, capsys, "csv", _file(tmp_path, ROWS.encode(codec)))
    (source,) = doc["sources"]
    assert source["ok"] and source["warning"] is None
    assert doc["prices"][0]["last"] == 9820.5


def test_check_reads_a_padded_file_as_the_refresh_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _file(tmp_path, ROWS.encode() + b"\x00" * 100)
    main(["check", "--config", str(_config(tmp_path, "csv", url))])
    out = capsys.readouterr().out
    assert "20 points, 2026-11-01 to 2026-11-20" in out
    assert "100 NUL bytes at its end left out (a file not fully written?)" in out
