"""What ``metalwatch check`` catches beyond the table shapes: themes, units, local files, lists
given as strings, body limits, deep or non-regular files; each one located line, exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.config import ConfigError, load_config, parse_config
from tui.core.config_io import MAX_CONFIG_BYTES
from tui.core.theme_names import TEXTUAL_THEMES, known_themes, theme_file_names

REPO = Path(__file__).resolve().parents[2]
METAL = '[[metals]]\nid = "copper"\nname = "Copper"\n'


def write(tmp_path: Path, text: str, name: str = "config.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def problems(tmp_path: Path, text: str) -> list[str]:
    """What ``metalwatch check`` (strict) says about ``text``."""
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path, strict=True)
    return [line.removeprefix(f"{path}:") for line in str(info.value).splitlines()]


def check(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["check", *args])
    return code, capsys.readouterr().err.strip().splitlines()


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


def test_a_local_source_file_that_does_not_exist(tmp_path: Path) -> None:
    src = '[[sources]]\nname = "mine"\nkind = "rss"\nurl = "feeds/news.xml"\n'
    assert problems(tmp_path, METAL + src) == [
        f"7: sources[1].url: file not found: {tmp_path / 'feeds' / 'news.xml'}"
    ]
    (tmp_path / "feeds").mkdir()
    assert problems(tmp_path, METAL + src.replace("feeds/news.xml", "feeds")) == [
        f"7: sources[1].url: is a folder, not a file: {tmp_path / 'feeds'}"
    ]
    (tmp_path / "feeds" / "news.xml").write_text("<rss/>", "utf-8")
    assert load_config(write(tmp_path, METAL + src), strict=True).sources[0].is_local
    # a disabled source is not checked: it will not be read
    off = src.replace("feeds/news.xml", "nowhere.xml") + "enabled = false\n"
    cfg = load_config(write(tmp_path, METAL + off))
    assert cfg.sources == ()
    # ... and `check` says it is there, not "0 sources (none)" alone
    from tui.core.config import describe

    assert "0 sources (none; 1 more disabled)" in describe(cfg)


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
    ],
)
def test_a_web_address_that_cannot_be_fetched_is_a_located_problem(
    tmp_path: Path, url: str, why: str
) -> None:
    (line,) = problems(tmp_path, f'{METAL}[[sources]]\nname = "s"\nkind = "rss"\nurl = "{url}"\n')
    assert line.startswith("7: sources[1].url: ") and why in line, line


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


def test_every_problem_of_one_table_is_reported(tmp_path: Path) -> None:
    text = (
        METAL + '[[sources]]\nname = "s"\nkind = "csv"\nmetal = "copper"\nurl = "https://e.org/a"\n'
    )
    text += 'refresh = "soon"\nskip_rows = true\nheader = "yes"\nseries = "X"\ndate_colum = 1\n'
    assert problems(tmp_path, text) == [
        "9: sources[1].refresh: bad duration 'soon': use a number and a unit, e.g. '90s', '10m', '12h'",
        "10: sources[1].skip_rows: expected a whole number, got a boolean",
        "11: sources[1].header: expected true or false, got a string",
        "12: sources[1].series: does not apply to a 'csv' source (it is for: fred)",
        "13: sources[1].date_colum: unknown key (did you mean 'date_column'?)",
    ]


def test_deeply_nested_toml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "x = " + "[" * 5000 + "]" * 5000 + "\n")
    code, err = check(["--config", str(path)], capsys)
    assert code == 2
    assert err == [
        f"metalwatch: config error: {path}: invalid TOML: nested too deeply"
        " (arrays or tables inside each other)"
    ]


def test_a_file_too_large_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_bytes(b"# " + b"x" * MAX_CONFIG_BYTES + b"\n")
    with pytest.raises(ConfigError, match="larger than 1 MB"):
        load_config(path)


@pytest.mark.parametrize("target", ["/dev/zero", "folder"])
def test_non_regular_files_are_refused(
    tmp_path: Path, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if target == "/dev/zero" and not Path(target).exists():
        pytest.skip("no /dev/zero here")
    path = Path(target) if target.startswith("/") else tmp_path
    code, err = check(["--config", str(path)], capsys)
    assert code == 2 and len(err) == 1
    assert err[0].startswith(f"metalwatch: config error: {path}: ")
    assert "not a regular file" in err[0] or "is a folder" in err[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_config_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "config.toml"
    os.mkfifo(fifo)
    started = time.monotonic()
    # nobody ever writes to the pipe: reading it would block for ever
    proc = subprocess.run(
        [sys.executable, "-m", "tui", "check", "--config", str(fifo)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip() == (
        f"metalwatch: config error: {fifo}: is a named pipe (FIFO), not a regular file"
    )
    assert "Traceback" not in proc.stderr
    assert time.monotonic() - started < 30


def test_parse_config_without_a_file_reports_every_table(tmp_path: Path) -> None:
    data = {"app": {"theme": 5}, "metals": [{"id": "a", "name": "A", "aliases": "a"}]}
    with pytest.raises(ConfigError) as info:
        parse_config(data, None)
    assert [p.where for p in info.value.problems] == ["app.theme", "metals[1].aliases"]


VALUES = [
    '"x"',
    '""',
    "0",
    "-1",
    "2.5",
    "nan",
    "true",
    "[]",
    '["a", 1]',
    "[[1]]",
    "{a = 1}",
    "1979-05-27",
]


def _tables() -> list[tuple[str, list[str]]]:
    from tui.core.config_schema import (
        ALERT_SCHEMAS,
        SOURCE_SCHEMAS,
        AppTable,
        MetalTable,
        PanelTable,
        field_names,
    )

    base = '[[sources]]\nname = "s"\nkind = "{kind}"\nmetal = "copper"\nurl = "https://e.org/"\n'
    out = [("[app]\n", list(field_names(AppTable)))]
    out.append(('[[metals]]\nid = "zinc"\nname = "Zinc"\n', list(field_names(MetalTable))))
    out.append(('[[panels]]\nkind = "prices"\n', list(field_names(PanelTable))))
    for kind, schema in SOURCE_SCHEMAS.items():
        out.append((base.format(kind=kind), list(field_names(schema))))
    for when, schema in ALERT_SCHEMAS.items():
        out.append((f'[[alerts]]\nwhen = "{when}"\nmetal = "copper"\n', list(field_names(schema))))
    return out


@pytest.mark.parametrize("value", VALUES)
def test_any_value_of_any_key_is_a_config_or_a_located_problem(tmp_path: Path, value: str) -> None:
    """Every key of every table, given each kind of TOML value: never a traceback, and every
    problem names its line."""
    for head, keys in _tables():
        for key in keys:
            lines = [ln for ln in head.splitlines() if not ln.startswith(f"{key} =")]
            path = write(tmp_path, METAL + "\n".join(lines) + f"\n{key} = {value}\n")
            try:
                load_config(path)
            except ConfigError as exc:
                for problem in exc.problems:
                    assert problem.line is not None, (key, value, problem)


def test_an_app_key_above_every_table_says_where_it_belongs(tmp_path: Path) -> None:
    assert problems(tmp_path, f'theme = "metalwatch-dark"\nrefrsh = "5m"\n{METAL}') == [
        "1: theme: unknown key here: put it under [app]",
        "2: refrsh: unknown key",
    ]
    assert problems(tmp_path, f"[sourcez]\nx = 1\n{METAL}") == [
        "1: sourcez: unknown table (did you mean 'sources'?)"
    ]


def test_a_missing_local_file_fails_only_that_source_when_the_dashboard_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`check` refuses it (above); `snapshot` (like the app) runs, that source reported as
    failing and the others shown: a file another program writes later is not a broken config."""
    feed = REPO / "tests" / "fixtures" / "feeds" / "bbc_news.rss.xml"
    text = METAL + (
        '[[sources]]\nname = "mine"\nkind = "csv"\nurl = "later.csv"\nmetal = "copper"\n'
        f'[[sources]]\nname = "news"\nkind = "rss"\nurl = "{feed}"\n'
    )
    path = write(tmp_path, text)
    cfg = load_config(path)
    assert [s.name for s in cfg.sources] == ["mine", "news"]
    assert main(["check", "--config", str(path)]) == 2
    capsys.readouterr()
    assert main(["snapshot", "--json", "--config", str(path)]) == 0
    doc = json.loads(capsys.readouterr().out)
    health = {s["name"]: s for s in doc["sources"]}
    assert not health["mine"]["ok"] and "file not found" in health["mine"]["error"]
    assert health["news"]["ok"]


def test_a_file_without_metals_watches_the_built_in_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = '[[sources]]\nname = "c"\nkind = "csv"\nurl = "c.csv"\nmetal = "nickel"\n'
    (tmp_path / "c.csv").write_text("Date,Close\n2026-11-30,15000\n", "utf-8")
    path = write(tmp_path, src)
    cfg = load_config(path)
    default = load_config(REPO / "tui" / "default_config.toml")
    assert cfg.builtin_metals and [m.id for m in cfg.metals] == [m.id for m in default.metals]
    assert main(["check", "--config", str(path)]) == 0
    assert "the built-in list" in capsys.readouterr().out
    assert not load_config(write(tmp_path, METAL + src.replace("nickel", "copper"))).builtin_metals


def test_a_bidi_override_in_a_name_is_refused(tmp_path: Path) -> None:
    """A right-to-left override in a source name reversed the rest of its line on screen."""
    src = '[[sources]]\nname = "Wire \\u202egnp"\nkind = "rss"\nurl = "https://example.org/f"\n'
    assert problems(tmp_path, METAL + src) == [
        "5: sources[1].name: contains a control character (U+202E): remove it"
    ]


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


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('name = "mine"\nprimary = "#4EA1D3\n', "invalid TOML: "),
        ('name = "mine"\nprimary = "not-a-colour"\n', "primary: 'not-a-colour' is not a colour"),
    ],
)
def test_a_broken_user_theme_file_fails_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, said: str
) -> None:
    """Found in use: the app warned about a broken theme file at start while `check` said OK."""
    from tui.core import paths

    themes = paths.user_themes_dir()
    themes.mkdir(parents=True)
    broken = write(themes, text, "mine.toml")
    config = write(tmp_path, METAL)
    code, err = check(["--config", str(config)], capsys)
    assert code == 2
    assert len(err) == 1, err
    assert err[0].startswith(f"metalwatch: config error: theme {broken}: {said}"), err
    broken.unlink()  # the same config with the theme file gone: fine again
    code, err = check(["--config", str(config)], capsys)
    assert (code, err) == (0, [])


def test_duplicate_source_names_are_said_with_every_other_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A duplicate name was only found on an entry that was otherwise valid, after the first
    of its name was: beside an unknown kind or metal it was said only once those were fixed."""
    text = (
        METAL
        + '\n[[sources]]\nname = "A"\nkind = "fred"\nmetal = "coper"\nurl = "http://127.0.0.1:9/a"\n'
        + '\n[[sources]]\nname = "A"\nkind = "rss"\nurl = "ftp://x/y"\n'
        + '\n[[sources]]\nname = "B"\nkind = "rsss"\nurl = "http://127.0.0.1:9/b"\n'
        + '\n[[sources]]\nname = "B"\nkind = "rss"\nurl = "http://127.0.0.1:9/c"\n'
        + '\n[[sources]]\nname = "C"\nkind = "rss"\nurl = "http://127.0.0.1:9/d"\nenabled = false\n'
        + '\n[[sources]]\nname = "C"\nkind = "rss"\nurl = "http://127.0.0.1:9/e"\n'
    )
    said = problems(tmp_path, text)
    assert [p.split(": ", 1)[1] for p in said] == [
        "sources[1].metal: unknown metal id 'coper' (did you mean 'copper'?)",
        "sources[2].name: duplicate source name 'A'",
        "sources[2].url: unsupported URL scheme in 'ftp://x/y' (use http, https or a path)",
        "sources[3].kind: unknown source kind 'rsss' (did you mean 'rss'?); known: rss, gdelt,"
        " federal-register, yahoo, fred, stooq, csv, policy-file",
        "sources[4].name: duplicate source name 'B'",
        "sources[6].name: duplicate source name 'C'",
    ]
    # the same lines from `metalwatch check` and from a start, exit 2 both
    path = write(tmp_path, text)
    for command in (["check"], []):
        code = main([*command, "--config", str(path)])
        err = capsys.readouterr().err.strip().splitlines()
        assert code == 2
        assert [line.removeprefix(f"metalwatch: config error: {path}:") for line in err] == said


def test_a_duplicate_alert_name_is_said_beside_the_first_entrys_own_problem(
    tmp_path: Path,
) -> None:
    """As for sources: the first "Copper high" has an unknown metal; the second one of that
    name was only said to be a duplicate once the first was fixed."""
    text = (
        METAL
        + '\n[[alerts]]\nname = "Copper high"\nwhen = "price"\nmetal = "coper"\nabove = 1\n'
        + '\n[[alerts]]\nname = "Copper high"\nwhen = "price"\nmetal = "copper"\nabove = 2\n'
    )
    said = [p.split(": ", 1)[1] for p in problems(tmp_path, text)]
    assert any(p.startswith("alerts[1].metal: unknown metal id 'coper'") for p in said), said
    assert any(p.startswith("alerts[2].name: duplicate alert name 'Copper high'") for p in said), (
        said
    )


def test_two_declared_entries_for_one_corridor_and_day_that_disagree_are_refused(
    tmp_path: Path,
) -> None:
    """The board would show whichever came last (50% or 25%), silently, and no conflict."""
    entry = (
        '[[policy]]\nmetal = "copper"\norigin = "*"\ndestination = "US"\nstatus = "tariff"\n'
        "since = 2025-06-04\nrate_pct = {rate}\n"
    )
    text = METAL + entry.format(rate=50) + entry.format(rate=25)
    (problem,) = problems(tmp_path, text)
    assert "policy[2]" in problem and "says otherwise than policy[1]" in problem
    # the same entry twice, or another day, is no disagreement
    twice = load_config(write(tmp_path, METAL + entry.format(rate=50) * 2), strict=True)
    assert len(twice.policy) == 2
    later = entry.format(rate=25).replace("2025-06-04", "2025-07-01")
    steps = load_config(write(tmp_path, METAL + entry.format(rate=50) + later), strict=True)
    assert [p.rate_pct for p in steps.policy] == [50, 25]


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
