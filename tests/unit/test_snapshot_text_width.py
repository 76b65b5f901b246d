"""``metalwatch snapshot``'s text form fits the width it is given (``COLUMNS``), as command-line
tools do: a long headline, a price line with its date, source and ``STALE``, a failing source's
error wrap at a space onto indented lines, never cut inside a number or a date. Piped with no
``COLUMNS``, lines stay whole; the JSON form is the same at any width."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from tests.ports import refused_port
from tui.cli import main
from tui.flow.text_width import fit_text, text_width

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _config(tmp_path: Path) -> Path:
    shutil.copyfile(
        FIXTURES / "feeds" / "reuters_via_googlenews_direct.rss.xml", tmp_path / "n.xml"
    )
    rows = ["Date,Close"] + [f"2024-01-{d:02d},{9000 + d * 7.5:.2f}" for d in range(1, 29)]
    (tmp_path / "copper.csv").write_text("\n".join(rows) + "\n")
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\nunit = "USD/t"\n'
        '[[metals]]\nid = "gold"\nname = "Gold"\n'
        '[[sources]]\nname = "Wire headlines of the day"\nkind = "rss"\nurl = "n.xml"\n'
        '[[sources]]\nname = "Copper settlement prices"\nkind = "csv"\nmetal = "copper"\n'
        'url = "copper.csv"\n'
        f'[[sources]]\nname = "Live wire"\nkind = "rss"\n'
        f'url = "http://127.0.0.1:{refused_port()}/feed.xml"\n'
    )
    return cfg


def _run(
    cfg: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str
) -> str:
    main(["snapshot", "--config", str(cfg), *args])
    return capsys.readouterr().out


@pytest.mark.parametrize("columns", [60, 80, 100])
def test_the_text_snapshot_fits_columns_and_cuts_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    columns: int,
) -> None:
    cfg = _config(tmp_path)
    whole = _run(cfg, capsys, monkeypatch, "--all")  # no COLUMNS, captured: lines stay whole
    assert max(len(line) for line in whole.splitlines()) > 100  # the case needs long lines
    monkeypatch.setenv("COLUMNS", str(columns))
    fitted = _run(cfg, capsys, monkeypatch, "--all", "--offline")
    lines = fitted.splitlines()
    assert max(len(line) for line in lines) <= columns, [ln for ln in lines if len(ln) > columns]

    # every word of the whole text is there, in order: nothing cut, nothing lost
    def words(text: str) -> str:  # from the headlines on: the heading's clock and notes differ
        return " ".join(text[text.index("\nHEADLINES") :].split())

    assert words(fitted) == words(whole)
    (price,) = [i for i, ln in enumerate(lines) if ln.startswith("  copper ")]
    said = " ".join(ln.strip() for ln in lines[price : price + 3])
    assert "9,210" in said and "2024-01-28" in said and "STALE" in said, said
    # a continuation is indented under its line, so a wrapped price never reads as a new row
    assert lines[price + 1].startswith("      "), lines[price : price + 2]


def test_the_json_snapshot_ignores_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = _config(tmp_path)
    _run(cfg, capsys, monkeypatch)  # fetch once
    wide = json.loads(_run(cfg, capsys, monkeypatch, "--json", "--offline"))
    monkeypatch.setenv("COLUMNS", "40")
    narrow = json.loads(_run(cfg, capsys, monkeypatch, "--json", "--offline"))
    for doc in (wide, narrow):
        doc.pop("generated_at")
        doc.pop("notes", None)
    assert narrow == wide


@pytest.mark.parametrize(
    ("env", "width"), [({"COLUMNS": "72"}, 72), ({"COLUMNS": "5"}, 20), ({"COLUMNS": "x"}, None)]
)
def test_the_width_is_columns_else_none_off_a_terminal(env: dict[str, str], width: int) -> None:
    assert text_width(env, io.StringIO()) == width


def test_a_word_longer_than_the_width_stays_whole() -> None:
    line = "  error: https://example.org/a/very/long/path/to/a/feed.xml refused"
    fitted = fit_text(line, 30).splitlines()
    assert "https://example.org/a/very/long/path/to/a/feed.xml" in [
        w for ln in fitted for w in ln.split()
    ]
    assert fitted[0] == "  error:"


def test_a_short_bracketed_group_stays_on_one_line() -> None:
    line = (
        "  copper       US->CN  licensing since 2025-02-01 [ended 2026-10-31 — check]"
        "  (1 evidence: declared)"
    )
    fitted = fit_text(line, 60).splitlines()
    assert max(len(ln) for ln in fitted) <= 60, fitted
    assert any("[ended 2026-10-31 — check]" in ln for ln in fitted), fitted
    assert any("(1 evidence: declared)" in ln for ln in fitted), fitted
    assert " ".join(" ".join(fitted).split()) == " ".join(line.split())
