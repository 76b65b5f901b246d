"""What ``metalwatch check`` catches in single values beyond the table shapes: themes, units,
lists given as strings, body limits, numbers too large to use, web addresses, names with
control or bidi characters, CSV delimiters, a price source naming another metal's series; each
one located line, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from config_check_helpers import METAL, REPO, check, problems, write

from tui.core.config import load_config
from tui.core.theme_names import TEXTUAL_THEMES, known_themes, theme_file_names


def test_unknown_theme_is_located_with_a_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, f'[app]\ntheme = "metalwatch-drak"\n{METAL}')
    code, err = check(["--config", str(path)], capsys)
    assert code == 2
    assert err == [
        f"metalwatch: config error: {path}:2: app.theme: unknown theme 'metalwatch-drak'"
        " (did you mean 'metalwatch-dark'?)"
    ]


def test_an_unknown_theme_with_none_close_names_the_themes_to_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "unknown theme 'nope'" alone named no theme the config could use."""
    path = write(tmp_path, f'[app]\ntheme = "nope"\n{METAL}')
    code, err = check(["--config", str(path)], capsys)
    assert code == 2 and len(err) == 1, err
    assert err[0].startswith(
        f"metalwatch: config error: {path}:2: app.theme: unknown theme 'nope'; known: "
    )
    for name in theme_file_names():
        assert name in err[0], err
    assert f"or one of Textual's {len(TEXTUAL_THEMES)}" in err[0], err


def test_theme_names_come_from_the_theme_files_and_textual(tmp_path: Path) -> None:
    bundled = {p.stem for p in (REPO / "themes").glob("*.toml")}
    assert bundled <= set(theme_file_names())
    # a theme of the user's own (in the user's themes folder) and a Textual theme are valid
    user = Path(os.environ["METALWATCH_CONFIG_DIR"]) / "themes"
    user.mkdir(parents=True)
    (user / "mine.toml").write_text('name = "my-theme"\nprimary = "#336699"\n', "utf-8")
    assert "my-theme" in known_themes()
    for name in ("my-theme", "nord", "metalwatch-amber"):
        cfg = load_config(write(tmp_path, f'[app]\ntheme = "{name}"\n{METAL}'))
        assert cfg.app.theme == name


def test_textual_theme_list_is_textuals_own() -> None:
    from textual.theme import BUILTIN_THEMES

    assert set(TEXTUAL_THEMES) == set(BUILTIN_THEMES)


def test_a_unit_that_cannot_be_parsed(tmp_path: Path) -> None:
    text = METAL + 'unit = "USD per bushel"\n'
    assert problems(tmp_path, text) == [
        "4: metals[1].unit: unit 'USD per bushel' is not understood: write currency/mass,"
        " e.g. 'USD/t', 'USc/lb', 'CNY/t' or 'USD/ozt'"
    ]
    src = '[[sources]]\nname = "p"\nkind = "fred"\nmetal = "copper"\nseries = "X"\nunit = "t/USD"\n'
    (line,) = problems(tmp_path, METAL + src)
    assert line.startswith("9: sources[1].unit: unit 't/USD' is not understood")
    cfg = load_config(write(tmp_path, METAL + 'unit = "US cents per pound"\n'))
    assert cfg.metals[0].unit == "US cents per pound"


@pytest.mark.parametrize(
    ("table", "key", "value"),
    [
        ("[[metals]]\nid = 'zinc'\nname = 'Zinc'", "aliases", "zinc"),
        ("[[panels]]\nkind = 'prices'", "metals", "copper"),
        ("[[sources]]\nname = 'fr'\nkind = 'federal-register'", "agencies", "commerce"),
    ],
)
def test_a_string_where_a_list_is_expected(
    tmp_path: Path, table: str, key: str, value: str
) -> None:
    text = f'{METAL}{table}\n{key} = "{value}"\n'
    (line,) = problems(tmp_path, text)
    assert line.startswith(f"{len(text.splitlines())}: ")
    assert line.endswith(
        f'.{key}: expected a list of strings, got a string: write {key} = ["{value}"]'
    )


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "0", "-3", '"10"', "true"])
def test_max_body_mb_must_be_a_positive_finite_number(tmp_path: Path, value: str) -> None:
    (line,) = problems(tmp_path, f"[app]\nmax_body_mb = {value}\n{METAL}")
    assert line.startswith("2: app.max_body_mb: ")
    assert load_config(write(tmp_path, f"[app]\nmax_body_mb = 0.5\n{METAL}")).app.max_body_mb == 0.5


ALERT = '[[alerts]]\nwhen = "move"\nmetal = "copper"\npct = 3\n'
SOURCE = '[[sources]]\nname = "s"\nkind = "rss"\nurl = "https://e.org/"\n'


@pytest.mark.parametrize(
    ("head", "key", "value"),
    [
        # each of these passed `check` and then ended `snapshot` with a traceback (an
        # OverflowError in date arithmetic or SQLite) or failed every source ("internal error")
        ("[app]\n", "refresh", '"100000000d"'),
        ("[app]\n", "refresh", "inf"),
        ("[app]\n", "timeout", "1e300"),
        ("[app]\n", "alert_timeout", "nan"),
        ("[app]\n", "max_body_mb", "1e308"),
        ("[app]\n", "max_stories", "100000000000000000000"),
        ("[app]\n", "retention_days", "100000000000000000000"),
        (SOURCE, "refresh", '"100000000d"'),
        (ALERT, "window", '"100000000d"'),
        (ALERT, "cooldown", '"100000000d"'),
        (ALERT.replace("pct = 3\n", ""), "pct", "1e308"),
    ],
)
def test_a_number_too_large_to_use_is_a_located_problem(
    tmp_path: Path, head: str, key: str, value: str
) -> None:
    text = f"{METAL}{head}{key} = {value}\n"
    line_no = text.count("\n")
    (line,) = problems(tmp_path, text)
    assert line.startswith(f"{line_no}: ") and f".{key}: " in line, line
    assert "at most" in line or "finite" in line, line


def test_the_largest_numbers_allowed_are_usable(tmp_path: Path) -> None:
    """At the bounds, the snapshot runs (a year's refresh, a decade's retention...)."""
    feed = REPO / "tests" / "fixtures" / "feeds" / "nbc_newyork.rss.xml"
    cfg = write(
        tmp_path,
        '[app]\nrefresh = "36500d"\ntimeout = "36500d"\nmax_body_mb = 1000000\n'
        "max_stories = 1000000000\nretention_days = 36500\n"
        f'{METAL}[[sources]]\nname = "s"\nkind = "rss"\nurl = "{feed}"\nrefresh = "36500d"\n',
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    run = subprocess.run(
        [sys.executable, "-m", "tui", "snapshot", "--config", str(cfg)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "s [rss] ok, 1 item" in run.stdout


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://", "no host"),
        ("https:///feed", "no host"),
        ("http://[::1/feed", "not a valid URL"),  # the run said "internal error: ValueError"
        ("https://example.org:99999/feed", "not a valid URL"),
        # a host no name server holds: the source failed as "cannot resolve host", and the
        # header said OFFLINE for a slip in the config
        ("https://www.mining.com /feed/", "the host name 'www.mining.com ' holds a space"),
        ("https://www.min ing.com/feed/", "holds a space"),
        ("https://www.mining.com|/feed/", "holds '|'"),
        ("https://www..mining.com/feed/", "has an empty part"),
        ("https://.mining.com/feed/", "has an empty part"),
    ],
)
def test_a_web_address_that_cannot_be_fetched_is_a_located_problem(
    tmp_path: Path, url: str, why: str
) -> None:
    (line,) = problems(tmp_path, f'{METAL}[[sources]]\nname = "s"\nkind = "rss"\nurl = "{url}"\n')
    assert line.startswith("7: sources[1].url: ") and why in line, line


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1]:8080/feed",
        "https://www.mining.com./feed/",
        "https://my_host.example/feed",
        "https://bücher.example/feed",
        "https://www.mining.com/a feed with spaces/",
    ],
)
def test_hosts_that_can_be_asked_for_are_no_problem(tmp_path: Path, url: str) -> None:
    text = f'{METAL}[[sources]]\nname = "s"\nkind = "rss"\nurl = "{url}"\n'
    assert load_config(write(tmp_path, text), strict=True).sources[0].url == url


def test_a_scheme_in_capitals_is_a_web_address(tmp_path: Path) -> None:
    """Schemes are case-insensitive (RFC 3986): "HTTPS://..." was refused as unsupported."""
    cfg = load_config(
        write(tmp_path, f'{METAL}[[sources]]\nname = "s"\nkind = "rss"\nurl = "HTTPS://E.org/F"\n'),
        strict=True,
    )
    assert cfg.sources[0].url == "https://E.org/F" and not cfg.sources[0].is_local


def test_max_sessions(tmp_path: Path) -> None:
    assert load_config(write(tmp_path, METAL)).app.max_sessions == 8
    assert load_config(write(tmp_path, f"[app]\nmax_sessions = 3\n{METAL}")).app.max_sessions == 3
    for bad, why in (("0", "must be a positive whole number"), ("2.5", "got a decimal number")):
        (line,) = problems(tmp_path, f"[app]\nmax_sessions = {bad}\n{METAL}")
        assert line.startswith("2: app.max_sessions: ") and why in line


def test_a_bidi_override_in_a_name_is_refused(tmp_path: Path) -> None:
    """A right-to-left override in a source name reversed the rest of its line on screen."""
    src = '[[sources]]\nname = "Wire \\u202egnp"\nkind = "rss"\nurl = "https://example.org/f"\n'
    assert problems(tmp_path, METAL + src) == [
        "5: sources[1].name: contains a control character (U+202E): remove it"
    ]


@pytest.mark.parametrize("mark", ["200F", "200E", "061C"])
def test_a_bidi_mark_in_a_name_is_refused(tmp_path: Path, mark: str) -> None:
    """The other bidi controls (Unicode's Bidi_Control: the right-to-left, left-to-right and
    Arabic letter marks) were let through, into ``snapshot --json``'s ``sources[].name`` and
    ``metals[].name`` and onto the screen, where a mark moves the neutral characters around
    it (``Cu\u200f (lme)`` shows as ``Cu (lme)`` reordered); feed text drops them."""
    src = f'[[sources]]\nname = "Wire \\u{mark}x"\nkind = "rss"\nurl = "https://example.org/f"\n'
    assert problems(tmp_path, METAL + src) == [
        f"5: sources[1].name: contains a control character (U+{mark}): remove it"
    ]
    metal = METAL.replace('name = "Copper"', f'name = "Cop\\u{mark}per"')
    assert metal != METAL
    (line,) = problems(tmp_path, metal)
    assert line.endswith(f"metals[1].name: contains a control character (U+{mark}): remove it")


def test_a_control_character_in_a_name_is_refused(tmp_path: Path) -> None:
    """An escape sequence in a source name reached the terminal raw (``snapshot`` text) and
    shifted the columns of the source health screen."""
    src = '[[sources]]\nname = "Wire \\u001b[31m"\nkind = "rss"\nurl = "https://example.org/f"\n'
    assert problems(tmp_path, METAL + src) == [
        "5: sources[1].name: contains a control character (U+001B): remove it"
    ]
    note = (
        '[[policy]]\nmetal = "copper"\norigin = "CN"\ndestination = "US"\nstatus = "open"\n'
        'since = 2025-01-01\nnote = """two\nlines\tand a tab"""\n'
    )
    cfg = load_config(write(tmp_path, METAL + note))
    assert cfg.policy[0].note.split() == ["two", "lines", "and", "a", "tab"], "still allowed"


@pytest.mark.parametrize("delimiter", [";;", "\\n", '\\"', "\\r"])
def test_a_csv_delimiter_that_cannot_split_a_line_is_a_located_problem(
    tmp_path: Path, delimiter: str
) -> None:
    """``delimiter = ";;"`` passed ``check`` and then failed its source at every refresh with
    "internal error: TypeError: "delimiter" must be a 1-character string"; a quote or a line
    break read the file as one column ("not a price table"). One character is needed."""
    source = (
        f'[[sources]]\nname = "p"\nkind = "csv"\nmetal = "copper"\n'
        f'url = "https://example.org/p.csv"\ndelimiter = "{delimiter}"\n'
    )
    (line,) = problems(tmp_path, METAL + source)
    assert line.startswith("9: sources[1].delimiter: "), line
    assert "one character" in line, line


@pytest.mark.parametrize(
    ("delimiter", "read"), [(";", ";"), ("\\t", "\t"), ("tab", "tab"), ("|", "|")]
)
def test_a_csv_delimiter_of_one_character_or_tab(tmp_path: Path, delimiter: str, read: str) -> None:
    source = (
        f'[[sources]]\nname = "p"\nkind = "csv"\nmetal = "copper"\n'
        f'url = "https://example.org/p.csv"\ndelimiter = "{delimiter}"\n'
    )
    cfg = load_config(write(tmp_path, METAL + source), strict=True)
    assert cfg.sources[0].opt("delimiter") == read


def test_a_price_source_naming_another_metals_series_is_refused(tmp_path: Path) -> None:
    """``series = "PALUMUSDM"`` under ``metal = "copper"`` (the aluminium source copied and
    half edited) put aluminium's price on copper's row with no word anywhere; gold's ``GC=F``
    put gold per ounce, converted, as "copper" per tonne. The series names its metal."""
    gold = '[[metals]]\nid = "gold"\nname = "Gold"\n'
    text = METAL + gold
    text += '[[sources]]\nname = "a"\nkind = "fred"\nmetal = "copper"\nseries = "PALUMUSDM"\n'
    text += '[[sources]]\nname = "b"\nkind = "yahoo"\nmetal = "copper"\nsymbol = "GC=F"\n'
    text += '[[sources]]\nname = "c"\nkind = "stooq"\nmetal = "gold"\nsymbol = "xauusd"\n'
    text += '[[sources]]\nname = "d"\nkind = "yahoo"\nmetal = "gold"\nsymbol = "MGC=F"\n'
    assert problems(tmp_path, text) == [
        "11: sources[1].series: 'PALUMUSDM' is the price of aluminium, not copper:"
        " another metal's series?",
        "16: sources[2].symbol: 'GC=F' is the price of gold, not copper: another metal's symbol?",
    ]
