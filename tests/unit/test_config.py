"""Config validation: every error kind is located and named; durations; defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.config import ConfigError, load_config, parse_duration

MINIMAL = """
[[metals]]
id = "copper"
name = "Copper"

[[sources]]
name = "FRED copper"
kind = "fred"
metal = "copper"
series = "PCOPPUSDM"
"""


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(text, encoding="utf-8")
    return p


def errors(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text))
    return str(info.value)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90s", 90),
        ("10m", 600),
        ("12h", 43200),
        ("1d", 86400),
        ("1h30m", 5400),
        (45, 45),
        ("500ms", 0.5),
    ],
)
def test_parse_duration(text: object, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("bad", ["", "10", "ten minutes", "10 parsecs", "-5m", 0, True, "0s", [1]])
def test_bad_durations(bad: object) -> None:
    with pytest.raises(ValueError):
        parse_duration(bad)


def test_minimal_config_is_complete(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, MINIMAL))
    assert [m.id for m in cfg.metals] == ["copper"]
    assert cfg.metals[0].aliases == ("Copper",)
    assert cfg.metals[0].unit == "USD/t"  # from its first price source (FRED: USD per tonne)
    assert [p.kind for p in cfg.panels] == ["headlines", "prices", "policy"]
    assert cfg.sources[0].options == {"series": "PCOPPUSDM"}
    assert cfg.app.refresh == 600


def test_relative_paths_resolve_against_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "a.xml").write_text("<rss/>", encoding="utf-8")
    cfg = load_config(
        write(
            tmp_path, MINIMAL + '\n[[sources]]\nname = "mine"\nkind = "rss"\nurl = "feeds/a.xml"\n'
        )
    )
    assert cfg.sources[1].url == str(tmp_path / "feeds" / "a.xml")
    assert cfg.sources[1].is_local


def test_unknown_key_with_suggestion_and_line(tmp_path: Path) -> None:
    msg = errors(tmp_path, '[app]\nthme = "x"\n' + MINIMAL)
    assert f"{tmp_path / 'config.toml'}:2: app.thme: unknown key (did you mean 'theme'?)" in msg


def test_wrong_type(tmp_path: Path) -> None:
    msg = errors(tmp_path, MINIMAL.replace('name = "Copper"', "name = 5"))
    assert ":4: metals[1].name: expected a string, got a number" in msg


def test_bad_duration_is_located(tmp_path: Path) -> None:
    msg = errors(tmp_path, '[app]\nrefresh = "soon"\n' + MINIMAL)
    assert ":2: app.refresh: bad duration 'soon'" in msg


def test_unknown_source_kind(tmp_path: Path) -> None:
    msg = errors(tmp_path, MINIMAL.replace('kind = "fred"', 'kind = "fredd"'))
    assert "sources[1].kind: unknown source kind 'fredd' (did you mean 'fred'?)" in msg


def test_unknown_metal_in_source_and_panel(tmp_path: Path) -> None:
    text = MINIMAL.replace('metal = "copper"', 'metal = "coper"')
    text += '\n[[panels]]\nkind = "prices"\nmetals = ["nickel"]\n'
    msg = errors(tmp_path, text)
    assert "sources[1].metal: unknown metal id 'coper' (did you mean 'copper'?)" in msg
    assert "panels[1].metals: unknown metal id 'nickel'" in msg


def test_duplicate_ids(tmp_path: Path) -> None:
    text = MINIMAL + '\n[[metals]]\nid = "copper"\nname = "Copper again"\n'
    text += '\n[[sources]]\nname = "FRED copper"\nkind = "rss"\nurl = "https://example.org/f"\n'
    msg = errors(tmp_path, text)
    assert "metals[2].id: duplicate metal id 'copper'" in msg
    assert "sources[2].name: duplicate source name 'FRED copper'" in msg


def test_missing_required(tmp_path: Path) -> None:
    msg = errors(tmp_path, '[[metals]]\nid = "x"\n[[sources]]\nname = "r"\nkind = "rss"\n')
    assert "metals[1].name: missing (required)" in msg
    assert "sources[1]: a 'rss' source needs 'url'" in msg


def test_unreadable_and_invalid_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match=r":1: invalid TOML"):
        load_config(write(tmp_path, "[app\n"))
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(b'[app]\ntheme = "caf\xe9"\n')
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(bad)
    with pytest.raises(ConfigError, match="is a folder"):
        load_config(tmp_path)


def test_policy_entries_are_validated(tmp_path: Path) -> None:
    text = MINIMAL + '\n[[policy]]\nmetal = "copper"\norigin = "China"\nstatus = "banned"\n'
    msg = errors(tmp_path, text)
    assert "policy[1].status: status 'banned' is not one of" in msg
    assert "(for 'banned' use 'suspended')" in msg
    ok = (
        MINIMAL
        + '\n[[policy]]\nmetal = "copper"\norigin = "cn"\ndestination = "US"\nstatus = "tariff"\nrate_pct = 50\nsince = 2025-08-01\n'
    )
    cfg = load_config(write(tmp_path, ok))
    p = cfg.policy[0]
    assert (p.origin, p.destination, p.status, p.rate_pct, str(p.since)) == (
        "CN",
        "US",
        "tariff",
        50.0,
        "2025-08-01",
    )


def test_key_conflicts_and_unknown_binding(tmp_path: Path) -> None:
    msg = errors(tmp_path, MINIMAL + '\n[keys]\nquit = "r"\nrefrsh = "f5"\n')
    assert "keys.quit: key 'r' is already bound to 'refresh'" in msg
    assert "keys.refrsh: unknown binding id (did you mean 'refresh'?)" in msg
    cfg = load_config(write(tmp_path, MINIMAL + '\n[keys]\nrefresh = "f5"\n'))
    assert cfg.keys == {"refresh": "f5"}


def test_unsupported_url_scheme(tmp_path: Path) -> None:
    msg = errors(
        tmp_path,
        MINIMAL + '\n[[sources]]\nname = "x"\nkind = "rss"\nurl = "ftp://example.org/feed"\n',
    )
    assert "unsupported URL scheme" in msg


def test_builtin_default_and_demo_configs_are_valid() -> None:
    default = load_config()
    ids = {m.id for m in default.metals}
    for metal in (
        "copper",
        "aluminium",
        "nickel",
        "zinc",
        "tin",
        "rare-earths",
        "gallium",
        "germanium",
        "antimony",
        "graphite",
        "lithium",
        "cobalt",
        "gold",
        "silver",
    ):
        assert metal in ids
    kinds = {s.kind for s in default.sources}
    assert {"rss", "gdelt", "federal-register", "yahoo", "fred"} <= kinds
    demo = load_config(demo=True)
    assert demo.demo
    assert all(s.is_local and Path(s.url or "").exists() for s in demo.sources)


def test_user_config_file_is_found(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cdir = tmp_path / "conf"
    cdir.mkdir()
    (cdir / "config.toml").write_text(MINIMAL, encoding="utf-8")
    monkeypatch.setenv("METALWATCH_CONFIG_DIR", str(cdir))
    cfg = load_config()
    assert cfg.path == cdir / "config.toml"


def test_a_byte_order_mark_and_crlf_are_fine(tmp_path: Path) -> None:
    p = tmp_path / "config.toml"
    p.write_bytes(b'\xef\xbb\xbf[[metals]]\r\nid = "copper"\r\nname = "Copper"\r\n')
    assert [m.id for m in load_config(p).metals] == ["copper"]


def test_keys_written_as_the_help_shows_them_are_read_as_textual_names(tmp_path: Path) -> None:
    """Found in use: `refresh = "Ctrl+R"` (as the help and the footer write Ctrl+R), `"F5"`,
    `"PgDn"` or `"Enter"` passed `check`, and the action then had no key at all: Textual names
    them ctrl+r, f5, pagedown, enter. They are read as those names now."""
    cfg = load_config(
        write(
            tmp_path,
            MINIMAL
            + '\n[keys]\nrefresh = "Ctrl+R"\nsources = "F5"\npage-down = "PgDn"\n'
            + 'alerts = "?"\nhelp = "F1"\nback = "Esc"\ntop = "g, Home"\n',
        )
    )
    assert dict(cfg.keys) == {
        "refresh": "ctrl+r",
        "sources": "f5",
        "page-down": "pagedown",
        "alerts": "question_mark",
        "help": "f1",
        "back": "escape",
        "top": "g,home",
        "detail-top": "g,home",  # a detail screen's move takes the dashboard's remap
    }


def test_a_key_name_no_key_has_is_refused(tmp_path: Path) -> None:
    msg = errors(tmp_path, MINIMAL + '\n[keys]\nrefresh = "ctrl-r"\nsources = "f25"\n')
    assert "keys.refresh: 'ctrl-r' is not a key name (did you mean 'ctrl+r'?)" in msg
    assert "keys.sources: 'f25' is not a key name" in msg


def test_a_key_the_app_keeps_or_a_key_written_otherwise_clashes(tmp_path: Path) -> None:
    """`quit = "up"` or `refresh = "tab"` passed `check`; the arrow moved the cursor and Tab
    the focus, and the action had no key. `alerts = "?"` passed beside help's question_mark."""
    msg = errors(
        tmp_path,
        MINIMAL + '\n[keys]\nquit = "up"\nrefresh = "tab"\nsources = "ctrl+p"\nalerts = "?"\n',
    )
    assert "keys.quit: key '↑' moves the cursor in every list: it cannot be remapped" in msg
    assert "keys.refresh: key 'Tab' moves to the next panel" in msg
    assert "keys.sources: key 'Ctrl+P' opens the command palette" in msg
    assert "keys.alerts: key '?' is already bound to 'help'" in msg


def test_a_key_of_a_detail_screen_clashes_with_the_app_keys_that_work_there(
    tmp_path: Path,
) -> None:
    """Found in the session-16 audit: ``frame-1m = "a"`` passed ``check``, and on the chart ``a``
    chose the 1-month frame: the alerts log had no key there, silently. The app's keys that work
    on every screen (quit, help, refresh, sources, alerts, theme) clash with the chart's and the
    detail screens' keys; the dashboard-only ones (``m``, ``1``..``9``) do not."""
    msg = errors(tmp_path, MINIMAL + '\n[keys]\nframe-1m = "a"\ndetail-down = "q"\n')
    assert "keys.frame-1m: key 'a' is already bound to 'alerts'" in msg
    assert "keys.detail-down: key 'q' is already bound to 'quit'" in msg
    msg = errors(tmp_path, MINIMAL + '\n[keys]\nsources = "escape"\n')
    assert "keys.sources: key 'Esc' is already bound to 'back'" in msg
    # a chart key on a dashboard-only key (the metal picker's): never both at work
    cfg = load_config(write(tmp_path, MINIMAL + '\n[keys]\nframe-1m = "m"\n'))
    assert cfg.keys == {"frame-1m": "m"}


def _sent(sequence: str) -> str:
    """The key name Textual gives what a terminal sends (its own input parser)."""
    from textual._xterm_parser import XTermParser

    parser = XTermParser()
    keys = [getattr(e, "key", None) for e in [*parser.feed(sequence), *parser.feed("")]]
    assert len(keys) == 1 and keys[0] is not None, keys
    return keys[0]


@pytest.mark.parametrize(
    ("written", "sequence"),
    [
        ("alt+A", "\x1bA"),  # Alt+Shift+A: Escape and the capital
        ("Alt+Shift+A", "\x1bA"),
        ("shift+alt+a", "\x1bA"),
        ("alt+a", "\x1ba"),
        ("Alt+a", "\x1ba"),
        ("Ctrl+R", "\x12"),  # the one control code Ctrl+R and Ctrl+Shift+R send
        ("ctrl+R", "\x12"),
        ("super+A", "\x1b[97;10u"),  # the kitty keyboard protocol's Super+Shift+a
        ("shift+super+a", "\x1b[97;10u"),
        ("ctrl+shift+a", "\x1b[97;6u"),
    ],
)
def test_a_letter_with_modifiers_is_the_key_textual_names_for_what_was_written(
    tmp_path: Path, written: str, sequence: str
) -> None:
    """Asked for in session 17: `alerts = "alt+A"` was read as alt+a, the key without Shift.
    Textual names Alt+Shift+A `alt+shift+a` and modifiers in one order, and matches a
    binding's key by that exact name: what was written is read as the name Textual gives the
    keys the terminal sends for it."""
    cfg = load_config(write(tmp_path, MINIMAL + f'\n[keys]\nalerts = "{written}"\n'))
    # a key most terminals never send so (ctrl+shift+a) keeps the default, ``a``, before it
    assert cfg.keys["alerts"].removeprefix("a,") == _sent(sequence)


def test_a_remapped_letter_with_modifiers_is_shown_as_it_is_read() -> None:
    """The help and the footer write a key so that, written in `[keys]`, it is read back as the
    same key: Alt+a and Alt+Shift+A differ (Alt+A would be read as Alt+Shift+A)."""
    from tui.core.keymap import key_label, key_name

    for key in ("alt+a", "alt+shift+a", "ctrl+r", "ctrl+shift+r", "shift+super+a", "alt+f5"):
        assert key_name(key_label(key)) == key, (key, key_label(key))
    assert key_label("alt+a") == "Alt+a" and key_label("alt+shift+a") == "Alt+Shift+A"
    assert key_label("ctrl+r") == "Ctrl+R"


def test_alt_and_a_capital_is_not_alt_and_the_small_letter(tmp_path: Path) -> None:
    """`alt+A` and `alt+a` are two keys: both remaps stand; `alt+A` beside `Alt+Shift+A` is
    one key twice, a clash."""
    cfg = load_config(write(tmp_path, MINIMAL + '\n[keys]\nalerts = "alt+A"\nsources = "alt+a"\n'))
    assert (cfg.keys["alerts"], cfg.keys["sources"]) == ("alt+shift+a", "alt+a")
    msg = errors(tmp_path, MINIMAL + '\n[keys]\nalerts = "alt+A"\nsources = "Alt+Shift+A"\n')
    assert "keys.alerts: key 'Alt+Shift+A' is already bound to 'sources'" in msg


def test_shift_and_a_letter_is_the_capital_the_terminal_sends(tmp_path: Path) -> None:
    """Found in the session-16 audit: `sources = "shift+x"` passed `check` and bound
    "shift+x", a key no terminal sends (Shift+X arrives as "X"): the screen had no key. It is
    read as "X"; Shift with another character (which one it types depends on the keyboard)
    is refused, as a key no terminal sends."""
    cfg = load_config(write(tmp_path, MINIMAL + '\n[keys]\nsources = "Shift+X"\n'))
    assert dict(cfg.keys) == {"sources": "X"}
    msg = errors(tmp_path, MINIMAL + '\n[keys]\nalerts = "shift+1"\nsources = "shift+r"\n')
    assert "keys.alerts: 'shift+1' is not a key name" in msg
    assert "keys.sources: key 'R' is already bound to 'refresh-all'" in msg
