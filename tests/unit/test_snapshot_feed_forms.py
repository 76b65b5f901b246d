"""``metalwatch snapshot --json`` on a feed in the shapes real feeds write (made up here, in the
shapes of a wire's and a blog engine's feeds): a title under a wire's slug ("UPDATE 2-"), one
ending on an outlet named with a metal's word (" - Steel Times International") or a site's
section (" | Mining"), a typeset hyphen ("rare‑earth"), a duty by its abbreviation ("BCD"), a
summary opening on a photo's caption and closing on WordPress's "The post ... appeared first
on". Each story's policy event is read as the same story written plainly is, no story names a
metal its outlet's name or its picture's caption named (the headlines panel's metals and its
relevance: a wheat story under "Steel Times International" is not relevant), "rare‑earth"
names rare earths, and an outlet's name after a title goes to the outlet column (the titles
are shown clean). Fails on main before session 42's changes (the slugged title's sides)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main

METALS = (
    '[[metals]]\nid = "cobalt"\nname = "Cobalt"\n'
    '[[metals]]\nid = "steel"\nname = "Steel"\n'
    '[[metals]]\nid = "gold"\nname = "Gold"\naliases = ["gold"]\n'
    '[[metals]]\nid = "rare-earths"\nname = "Rare earths"\naliases = ["rare earth", "rare earths"]\n'
    '[[metals]]\nid = "copper"\nname = "Copper"\n'
)

ITEMS = [
    ("UPDATE 2-Cobalt Exports Face Tighter Congo Licensing Rules", ""),
    ("Copper price climbs on supply worries - Steel Times International", ""),
    ("Wheat harvest beats forecasts in Kansas - Steel Times International", ""),
    ("Zambia lays out copper export quota plan | Mining", ""),
    ("Steel import tariff-rate quotas announced - Mining Weekly", ""),
    ("China tightens rare\u2011earth export controls", ""),
    ("Govt cuts BCD on gold to 6%", ""),
    (
        "Copper smelters report record output",
        "<figure><img src='https://blog.example.com/c.jpg'/><figcaption>Steel coils at a port in "
        "Tianjin, China.</figcaption></figure><p>Output rose 5% in March.</p><p>The post "
        "<a href='https://blog.example.com/a'>Copper smelters report record output</a> appeared "
        "first on <a href='https://blog.example.com'>Metals Blog</a>.</p>",
    ),
]


def _config(tmp_path: Path) -> Path:
    items = "".join(
        f"<item><title>{t}</title><link>https://blog.example.com/{i}</link>"
        f"<pubDate>Mon, 0{1 + i} Dec 2026 10:00:00 GMT</pubDate>"
        f"<description><![CDATA[{d}]]></description></item>"
        for i, (t, d) in enumerate(ITEMS)
    )
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Blog</title>'
        f"{items}</channel></rss>",
        encoding="utf-8",
    )
    path = tmp_path / "config.toml"
    path.write_text(
        f'{METALS}[[sources]]\nname = "blog"\nkind = "rss"\nurl = "feed.xml"\n', encoding="utf-8"
    )
    return path


def test_stories_in_real_feeds_shapes_read_as_written_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert main(["snapshot", "--json", "--config", str(_config(tmp_path))]) == 0
    doc = json.loads(capsys.readouterr().out)
    got = {}
    for h in doc["headlines"]:
        e = h["policy_event"]
        got[h["title"]] = (
            None if e is None else (e["status"], e["origin"], e["destination"], e["proposed"]),
            sorted(h["metals"]),
        )
    assert got["UPDATE 2-Cobalt Exports Face Tighter Congo Licensing Rules"][0] == (
        "licensing", "CD", "*", False,
    )  # fmt: skip
    # the outlet's "Steel" and the section's "Mining" name nothing
    assert got["Copper price climbs on supply worries"][0] is None
    assert got["Zambia lays out copper export quota plan"][0] == (
        "quota", "ZM", "*", True,
    )  # fmt: skip
    assert got["Steel import tariff-rate quotas announced"][0] == (
        "quota", "*", "*", False,
    )  # fmt: skip
    assert got["China tightens rare\u2011earth export controls"][0] == (
        "licensing", "CN", "*", False,
    )  # fmt: skip
    assert got["Govt cuts BCD on gold to 6%"][0] == ("resuming", "*", "*", False)
    # the metals the panel shows: the outlet's "Steel" names none, "rare‑earth" names rare earths
    assert got["Copper price climbs on supply worries"][1] == ["copper"]
    assert got["China tightens rare\u2011earth export controls"][1] == ["rare-earths"]
    wheat = next(h for h in doc["headlines"] if h["title"].startswith("Wheat harvest"))
    assert wheat["metals"] == [] and wheat["relevant"] is False
    # the caption's steel and China, and the blog engine's line, are not the story's
    smelters = next(h for h in doc["headlines"] if h["title"].startswith("Copper smelters"))
    assert smelters["summary"] == "Output rose 5% in March."
    assert smelters["policy_event"] is None
    assert sorted(smelters["metals"]) == ["copper"]
