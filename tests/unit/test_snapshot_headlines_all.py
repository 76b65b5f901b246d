"""``metalwatch snapshot`` as a first-time user meets it: ``--all`` prints every headline, the
heading offers it only when some are left out, a config without sources says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from config_slips_helpers import METAL

from tui.cli import main


def _feed(tmp_path: Path, titles: list[str]) -> Path:
    items = "".join(
        f"<item><title>{t}</title><link>https://example.org/{i}</link>"
        f"<pubDate>Mon, 0{1 + i % 9} Dec 2026 10:{i % 60:02d}:00 GMT</pubDate></item>"
        for i, t in enumerate(titles)
    )
    feed = tmp_path / "feed.xml"
    feed.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>',
        encoding="utf-8",
    )
    path = tmp_path / "config.toml"
    path.write_text(
        f'{METAL}[[sources]]\nname = "news"\nkind = "rss"\nurl = "feed.xml"\n', encoding="utf-8"
    )
    return path


def _headlines(out: str) -> list[str]:
    block = out.split("\nHEADLINES")[1].split("\n\nPRICES")[0]
    return block.splitlines()


def test_snapshot_all_prints_every_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--all`, "print every headline", stopped at 30 ("... 15 more (use --json for all)")."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    titles = [f"Copper smelter {n} restarts after outage" for n in range(30)]
    titles += [f"Wheat harvest report number {n}" for n in range(15)]
    path = _feed(tmp_path, titles)
    assert main(["snapshot", "--all", "--config", str(path)]) == 0
    heading, *rows = _headlines(capsys.readouterr().out)
    assert heading == " (45), times UTC"
    assert len(rows) == 45 and not any("more (use --json" in r for r in rows), rows[-2:]
    # the relevant ones alone: 30 of 45, and the cap (with what is left out) as before
    titles += [f"Copper mine {n} expands" for n in range(5)]
    path = _feed(tmp_path, titles)
    assert main(["snapshot", "--config", str(path)]) == 0
    heading, *rows = _headlines(capsys.readouterr().out)
    assert heading == " (35 of 50; --all shows every one), times UTC"
    assert len(rows) == 31 and rows[-1] == "  ... 5 more (use --json for all)"


def test_snapshot_heading_offers_all_only_when_some_are_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "(0 of 0; --all shows every one)", "(3 of 3; --all ...)": --all would show nothing more."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for titles, heading in (
        ([], " (0), times UTC"),
        ([f"Copper price {n} rises" for n in range(3)], " (3), times UTC"),
        (["Copper price rises", "Wheat falls"], " (1 of 2; --all shows every one), times UTC"),
    ):
        assert main(["snapshot", "--config", str(_feed(tmp_path, titles))]) == 0
        assert _headlines(capsys.readouterr().out)[0] == heading


def test_snapshot_of_a_config_without_sources_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty config.toml (or one of metals only) printed empty sections as "(live)", no word
    of why; the dashboard says "No headline source is configured" in each panel."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for text in ("", METAL, "# nothing yet\n[app]\ntheme = 'metalwatch-light'\n"):
        path = tmp_path / "config.toml"
        path.write_text(text, encoding="utf-8")
        for extra in ([], ["--offline"]):
            assert main(["snapshot", "--json", *extra, "--config", str(path)]) == 0
            doc = json.loads(capsys.readouterr().out)
            assert doc["notes"] == [
                "the config has no [[sources]]: nothing to fetch (`metalwatch init` writes a"
                " starter config with the built-in sources)"
            ], (text, extra)
