"""Remapped keys a terminal never sends as named: ``check`` warns, the app says so once.

Found in session 18: ``refresh = "alt+1"``, ``alt+left``, ``alt+comma``, ``ctrl+alt+s`` and
``ctrl+shift+a`` passed ``check`` without a word, and the remapped action then had no key that
worked in xterm, tmux or GNOME Terminal (Alt with a key other than a letter arrives without the
Alt, Ctrl+Alt and a letter as Ctrl and the letter, Ctrl+Shift and a letter as Ctrl and the
letter unless the terminal speaks the kitty keyboard protocol). The remap is kept (such a
terminal may send it), never refused.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from tui.cli import main
from tui.core.config import load_config, parse_config
from tui.core.dead_keys import dead_keys
from tui.core.keymap import shown_key
from tui.ui.app import MetalwatchApp

METALS = '[[metals]]\nid = "copper"\nname = "Copper"\n'


def _keys(written: dict[str, str]) -> dict[str, str]:
    """``[keys]`` as the config keeps them (Textual's names)."""
    return dict(parse_config({"keys": written}, None).keys)


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("alt+1", "Alt with a key other than a letter"),
        ("alt+left", "Alt with a key other than a letter"),
        ("alt+comma", "Alt with a key other than a letter"),
        ("Alt+.", "Alt with a key other than a letter"),
        ("alt+shift+up", "Alt with a key other than a letter"),
        ("alt+f5", "Alt with a key other than a letter"),
        ("ctrl+alt+s", "Ctrl+Alt and a letter as 'ctrl+s'"),
        ("ctrl+shift+s", "kitty keyboard protocol"),
    ],
)
def test_a_key_terminals_never_send_is_named_with_why_and_what_instead(
    written: str, why: str
) -> None:
    (dead,) = dead_keys(_keys({"sources": written}))
    said = dead.said()
    assert said.startswith("keys.sources: ") and "(Sources)" in said, said
    assert why in said and " instead" in said and "\n" not in said, said


@pytest.mark.parametrize(
    "written", ["alt+s", "alt+S", "ctrl+s", "f5", "ctrl+shift+up", "ctrl+up", "S", "!", "ctrl+f5"]
)
def test_keys_terminals_send_are_not_named(written: str) -> None:
    assert dead_keys(_keys({"sources": written})) == []


def test_check_warns_of_each_and_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    keys = 'refresh = "alt+1"\nsources = "ctrl+alt+s"\nalerts = "ctrl+shift+a"\ntheme = "alt+t"\n'
    path.write_text(METALS + "\n[keys]\n" + keys, encoding="utf-8")
    code = main(["check", "--config", str(path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "keys: 4 bindings remapped" in out  # kept, not refused
    warned = [line for line in err.splitlines() if "will not fire" in line]
    assert len(warned) == 3, err  # alt+t arrives as Alt and t: no word on it
    assert warned[0] == (
        f"metalwatch: warning: {path}:6: keys.refresh: 'Alt+1' (Refresh) will not fire in most"
        " terminals: they send Alt with a key other than a letter without the Alt; kept 'r' as"
        " well (or use 'alt+r' or 'f5' instead)"
    )
    assert f"{path}:7: keys.sources: " in warned[1] and "'ctrl+s' or 'alt+s'" in warned[1]
    assert f"{path}:8: keys.alerts: 'Ctrl+Shift+A' (Alerts)" in warned[2]


async def test_the_app_says_the_same_once(tmp_path: Path) -> None:
    keys = _keys({"refresh": "alt+1", "alerts": "ctrl+shift+a", "theme": "alt+t"})
    config = dataclasses.replace(load_config(demo=True), keys=keys)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    notes: list[tuple[str, str, str]] = []
    original = app.notify

    def spy(message: str, **kw: Any) -> None:
        notes.append((kw.get("title", ""), kw.get("severity", ""), message))
        original(message, **kw)

    app.notify = spy  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        for _ in range(6):
            await app.workers.wait_for_complete()
            await pilot.pause()
        await pilot.press("R")  # a refresh says nothing of the keys again
        for _ in range(4):
            await app.workers.wait_for_complete()
            await pilot.pause()
    said = [n for n in notes if n[0] == "Keys"]
    assert len(said) == 1, notes
    _title, severity, message = said[0]
    assert severity == "warning"
    assert message.splitlines() == [d.said() for d in dead_keys(keys)], message
    assert len(message.splitlines()) == 2 and "Alt+t" not in message


def test_a_remap_that_never_fires_keeps_the_default_key_first() -> None:
    """``refresh = "alt+1"`` left Refresh with no key that fired, and the footer and help said
    "Alt+1 Refresh" as if it worked: the default key is kept as well, shown first."""
    keys = _keys({"refresh": "alt+1"})
    assert keys["refresh"].split(",") == ["r", "alt+1"]
    assert shown_key("refresh", keys) == "r"
    (dead,) = dead_keys(keys)
    assert "kept 'r' as well" in dead.said(), dead.said()


def test_a_remap_with_a_key_that_fires_shows_that_key_and_keeps_no_default() -> None:
    keys = _keys({"refresh": "alt+1,x"})
    assert keys["refresh"] == "x,alt+1"
    (dead,) = dead_keys(keys)
    assert "kept" not in dead.said()


def test_a_default_another_binding_took_is_not_kept() -> None:
    """``sources = "r"`` took Refresh's default: keeping it would make a clash of the config's
    own making, so Refresh keeps its dead key alone, and the warning says what to use."""
    keys = _keys({"refresh": "alt+1", "sources": "r"})
    assert keys["refresh"] == "alt+1"
    (dead,) = dead_keys(keys)
    assert "kept" not in dead.said() and "use 'alt+r' or 'f5' instead" in dead.said()


async def test_the_footer_and_help_show_the_key_that_fires(tmp_path: Path) -> None:
    from textual.widgets import Footer

    keys = _keys({"refresh": "alt+1"})
    config = dataclasses.replace(load_config(demo=True), keys=keys)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(160, 40)) as pilot:
        for _ in range(6):
            await app.workers.wait_for_complete()
            await pilot.pause()
        footer = app.screen.query_one(Footer)
        shown = [(k.key_display, k.description) for k in footer.query("FooterKey")]  # type: ignore[attr-defined]
        assert ("r", "Refresh") in shown and not any(d == "Alt+1" for d, _ in shown), shown
        await pilot.press("r")  # the kept default fires
        await pilot.press("question_mark")
        await pilot.pause()
        text = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "r, Alt+1" in text, text
