"""A local price file that a folder (or a named pipe) took the place of, through the real
``metalwatch snapshot --json`` (``tui.cli.main``) with a real FRED file
(``tests/fixtures/prices/fred_PCOPPUSDM_2026-05.csv``, provenance in
``tests/fixtures/prices/PROVENANCE.md``) and a feed on a loopback server.

A missing file was already the source's own failure ("the rest runs"); a folder in its place (a
sync tool, an unzip into a folder of that name) was a config error that refused the whole run
(exit 2, nothing shown, not even the stored prices or the other sources' headlines). Now the
source fails on its line ("is a folder, not a file: ..."), its stored prices stay, marked as a
failing source's, and the other sources are read. ``metalwatch check`` still calls it a config
error. A named pipe is named as one ("not a file" before).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tui.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FRED = FIXTURES / "prices" / "fred_PCOPPUSDM_2026-05.csv"
NBC = (FIXTURES / "feeds" / "nbc_newyork.rss.xml").read_bytes()


def _snapshot(config: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    main(["snapshot", "--config", str(config), "--json", "--force"])
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def setup(server: HTTPServer, tmp_path: Path) -> tuple[Path, Path]:
    server.expect_request("/feed.xml").respond_with_data(NBC, content_type="application/rss+xml")
    prices = tmp_path / "copper.csv"
    shutil.copyfile(FRED, prices)
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\nunit = "USD/t"\n'
        f'[[sources]]\nname = "cu"\nkind = "csv"\nmetal = "copper"\nurl = "{prices}"\n'
        f'[[sources]]\nname = "NBC"\nkind = "rss"\nurl = "{server.url_for("/feed.xml")}"\n',
        encoding="utf-8",
    )
    return config, prices


def test_a_folder_in_place_of_a_price_file_fails_that_source_alone(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config, prices = setup
    first = _snapshot(config, capsys)
    assert all(s["ok"] for s in first["sources"])
    prices.unlink()
    prices.mkdir()
    second = _snapshot(config, capsys)
    cu, nbc = second["sources"]
    assert not cu["ok"] and cu["error"] == f"is a folder, not a file: {prices}"
    assert nbc["ok"] and second["headlines"]
    (price,) = second["prices"]
    assert price["as_of"] == "2026-05-01" and price["source_failing"]
    assert price["last"] == first["prices"][0]["last"]
    assert main(["check", "--config", str(config)]) == 2
    assert f"sources[1].url: is a folder, not a file: {prices}" in capsys.readouterr().err


def test_a_named_pipe_is_named(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config, prices = setup
    prices.unlink()
    os.mkfifo(prices)
    doc = _snapshot(config, capsys)
    cu = doc["sources"][0]
    assert cu["error"] == f"is a named pipe (FIFO), not a regular file: {prices}"
    assert doc["sources"][1]["ok"]
