"""Slips a user makes writing the config by hand, met as a first-time user would (session 28).

A source's ``url`` is a web address or a local path. What reads as neither (a web address with a
slash missing, no scheme but ``www.``, a scheme metalwatch cannot fetch written without ``//``,
an environment variable metalwatch does not expand) was taken for a relative path: ``check``
said ``file not found: /home/me/.config/metalwatch/https:/example.org/feed`` and the dashboard
and ``snapshot`` ran with that source failing "file not found" for ever. Each is now one located
config error in every command, with the address it most likely meant; a file that is there by
that name is still read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.config import ConfigError, load_config

METAL = '[[metals]]\nid = "copper"\nname = "Copper"\n'


def _config(tmp_path: Path, url: str, kind: str = "rss") -> Path:
    extra = 'metal = "copper"\n' if kind == "csv" else ""
    path = tmp_path / "config.toml"
    text = f'{METAL}[[sources]]\nname = "s"\nkind = "{kind}"\nurl = \'{url}\'\n{extra}'
    path.write_text(text, encoding="utf-8")
    return path


def _problem(path: Path, *, strict: bool) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path, strict=strict)
    (line,) = str(info.value).splitlines()
    return line.removeprefix(f"{path}:")


@pytest.mark.parametrize(
    ("url", "meant"),
    [
        ("https:/example.org/feed", "https://example.org/feed"),
        ("http:www.mining.com/feed/", "http://www.mining.com/feed/"),
        ("HTTPS:/Example.org/Rss", "https://Example.org/Rss"),
        ("https//www.reuters.com/markets/rss", "https://www.reuters.com/markets/rss"),
        ("http//feeds.example.com/metals.xml", "http://feeds.example.com/metals.xml"),
        ("https:\\\\example.org\\feed", "https://example.org/feed"),
        ("www.mining.com/feed/", "https://www.mining.com/feed/"),
        ("WWW.Kitco.com/rss", "https://WWW.Kitco.com/rss"),
        ("www2.example.co.uk/metals.rss", "https://www2.example.co.uk/metals.rss"),
    ],
)
@pytest.mark.parametrize("strict", [True, False])
def test_a_web_address_written_wrong_is_said_with_what_it_meant(
    tmp_path: Path, url: str, meant: str, strict: bool
) -> None:
    line = _problem(_config(tmp_path, url), strict=strict)
    assert line.startswith("7: sources[1].url: "), line
    assert f"did you mean {meant!r}?" in line, line
    assert "file not found" not in line, line


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("javascript:alert(1)", "javascript"),
        ("mailto:desk@example.org", "mailto"),
        ("feed:https://example.org/rss", "feed"),
        ("data:text/csv,date,price", "data"),
        ("sftp:/srv/prices.csv", "sftp"),
    ],
)
@pytest.mark.parametrize("strict", [True, False])
def test_a_scheme_that_cannot_be_fetched_is_refused_without_slashes_too(
    tmp_path: Path, url: str, scheme: str, strict: bool
) -> None:
    line = _problem(_config(tmp_path, url, "csv"), strict=strict)
    assert line.startswith("7: sources[1].url: unsupported URL scheme"), line
    assert f"in {url!r} (use http, https or a path)" in line, line


@pytest.mark.parametrize(
    ("url", "variable"),
    [
        ("$HOME/data/copper.csv", "$HOME"),
        ("${METALWATCH_DATA}/copper.csv", "${METALWATCH_DATA}"),
        ("~/feeds/$DESK.xml", "$DESK"),
        ("%USERPROFILE%\\prices\\copper.csv", "%USERPROFILE%"),
    ],
)
@pytest.mark.parametrize("strict", [True, False])
def test_an_environment_variable_in_a_path_is_said_not_expanded(
    tmp_path: Path, url: str, variable: str, strict: bool
) -> None:
    line = _problem(_config(tmp_path, url, "csv"), strict=strict)
    assert line.startswith("7: sources[1].url: "), line
    assert f"{variable!r}" in line and "not expanded" in line and "~" in line, line


@pytest.mark.parametrize(
    "name",
    ["later.csv", "data/prices.csv", "www/prices.csv", "prices:2024.csv", "C:/data/prices.csv"],
)
def test_a_path_that_is_only_a_path_is_still_tolerated_until_it_exists(
    tmp_path: Path, name: str
) -> None:
    """Not a web address: missing, it fails `check` as "file not found" and runs elsewhere."""
    path = _config(tmp_path, name, "csv")
    assert load_config(path).sources[0].is_local
    assert "file not found" in _problem(path, strict=True)


@pytest.mark.parametrize(
    "name", ["www.mining.com/feed.xml", "https:/example.org/feed", "$HOME/copper.csv"]
)
def test_a_file_that_is_there_by_such_a_name_is_read(tmp_path: Path, name: str) -> None:
    """A mirror (`wget -r` writes `www.mining.com/...`) or an odd file name: it exists, so it
    is the file meant."""
    target = tmp_path / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("<rss/>", encoding="utf-8")
    cfg = load_config(_config(tmp_path, name), strict=True)
    assert cfg.sources[0].url == str(target)


@pytest.mark.parametrize("url", ["file:/ABS/feed.xml", "FILE:///ABS/feed.xml"])
def test_a_file_url_with_one_slash_or_in_capitals_is_a_local_file(tmp_path: Path, url: str) -> None:
    """RFC 8089 allows `file:/path`; it was read as the relative path `file:/...`."""
    feed = tmp_path / "feed.xml"
    feed.write_text("<rss/>", encoding="utf-8")
    cfg = load_config(_config(tmp_path, url.replace("/ABS", str(tmp_path))), strict=True)
    assert cfg.sources[0].url == str(feed)


def test_snapshot_refuses_the_slip_before_fetching(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _config(tmp_path, "www.mining.com/feed/")
    assert main(["snapshot", "--offline", "--config", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"metalwatch: config error: {path}:7: sources[1].url: 'www.mining.com/feed/' is neither"
        " a web address nor a file (did you mean 'https://www.mining.com/feed/'?)"
    ]


def test_a_config_that_is_not_utf8_names_the_line_and_column(tmp_path: Path) -> None:
    """`not UTF-8 text (invalid start byte)` left the user to find the byte in the file."""
    for raw, line, column in [
        (b'[app]\ntheme = "caf\xe9"\n', 2, 13),
        (b"# \xff\xfe\n[app]\n", 1, 3),
        (METAL.encode() + b'aliases = ["Kupfer", "m\xe9tal"]\n', 4, 24),
    ]:
        path = tmp_path / "latin1.toml"
        path.write_bytes(raw)
        with pytest.raises(ConfigError) as info:
            load_config(path)
        said = str(info.value)
        assert said.startswith(f"{path}:{line}: not UTF-8 text"), said
        assert f"(column {column})" in said and "save the file as UTF-8" in said, said


def test_demo_and_config_together_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--demo` runs the bundled demo config: a `--config` beside it was silently not used
    (not even checked), whatever command was asked."""
    path = _config(tmp_path, "https://example.org/feed")
    for argv in (
        ["snapshot", "--demo", "--offline", "--config", str(path)],
        ["--demo", "check", "--config", str(path)],
        ["--config", str(path), "watch", "--once", "--demo"],
    ):
        assert main(argv) == 2, argv
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.strip().splitlines() == [
            "metalwatch: --demo runs the bundled demo config: leave out --config or --demo"
        ]


def test_an_empty_config_path_is_said_as_such(capsys: pytest.CaptureFixture[str]) -> None:
    """`--config ''` (or `--config "$UNSET_VARIABLE"`) said `.: is a folder, not a file`."""
    for argv in (["snapshot", "--offline", "--config", ""], ["--config", "  ", "check"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert err[-1].endswith("error: argument --config: an empty path"), err


def test_json_stays_json_on_a_config_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`snapshot --json` with a broken config printed nothing on stdout: `| jq` said "parse
    error". Now one JSON document names the exit status and each located problem; stderr says
    them as ever."""
    path = tmp_path / "config.toml"
    path.write_text('[app]\nthme = "x"\nrefresh = "soon"\n' + METAL, encoding="utf-8")
    assert main(["snapshot", "--json", "--offline", "--config", str(path)]) == 2
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    said = [line.removeprefix("metalwatch: config error: ") for line in captured.err.splitlines()]
    assert doc == {"schema": "metalwatch.error/1", "exit": 2, "error": "config", "problems": said}
    assert said[0] == f"{path}:2: app.thme: unknown key (did you mean 'theme'?)"
    assert said[1].startswith(f"{path}:3: app.refresh: bad duration 'soon'") and len(said) == 2


def test_json_stays_json_when_the_cache_is_locked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exit 4 before any data: the error document too, with the line stderr says."""
    import tui.flow.store_open
    from tui.store import StoreError
    from tui.store.fault import locked as lock_fault

    def locked(*_args: object, **_kwargs: object) -> None:
        raise StoreError(lock_fault(tmp_path / "store.sqlite3", 5.0))

    monkeypatch.setattr(tui.flow.store_open, "open_store", locked)
    path = _config(tmp_path, "https://example.org/feed")
    for argv, json_out in ((["snapshot", "--json"], True), (["snapshot"], False)):
        assert main([*argv, "--offline", "--config", str(path)]) == 4
        captured = capsys.readouterr()
        (said,) = captured.err.strip().splitlines()
        if not json_out:
            assert captured.out == ""
            continue
        doc = json.loads(captured.out)
        assert doc["schema"] == "metalwatch.error/1"
        assert (doc["exit"], doc["error"]) == (4, "cache-locked")
        assert doc["problems"] == [said.removeprefix("metalwatch: ")]


REPO = Path(__file__).resolve().parents[2]


def test_every_option_of_every_command_is_in_the_readmes_commands_table() -> None:
    """`--help` and the README's Commands table name the same options."""
    import argparse

    from tui.cli_parser import build_parser

    table = REPO.joinpath("README.md").read_text(encoding="utf-8").split("## Commands")[1]
    rows = {
        line.split("`")[1].split()[1].strip("[]"): line
        for line in table.split("\n## ")[0].splitlines()
        if line.startswith("| `metalwatch ")
    }
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(rows), rows.keys()
    for name, command in sub.choices.items():
        options = {o for a in command._actions for o in a.option_strings if o.startswith("--")}
        missing = {o for o in options - {"--help"} if o not in rows[name]}
        assert not missing, (name, missing)


@pytest.mark.parametrize("command", ["", "snapshot", "check", "watch"])
def test_help_says_what_the_exit_statuses_mean(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"] if command else ["--help"])
    assert info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "exit status: 0 " in out and "2 a config error" in out, out
    if command == "snapshot":
        assert "3 every source failed" in out and "4 the cache was locked" in out
        assert "metalwatch.error/1" in out


@pytest.mark.parametrize("command", ["run", "snapshot", "check", "watch", "init", "serve"])
def test_each_commands_help_says_what_it_does(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    usage, description = capsys.readouterr().out.split("\n\n")[:2]
    assert usage.startswith(f"usage: metalwatch {command}")
    assert not description.lstrip().startswith(("options:", "positional")), description


@pytest.mark.parametrize(
    ("alert", "said"),
    [
        # `kind`, as [[sources]] and [[panels]] write it: the alert's `when` was said "missing"
        # and `kind` not at all, or `kind` was "did you mean 'window'?"
        ('kind = "price"\nmetal = "copper"\nabove = 5', "(when = 'price')"),
        ('kind = "headline"\nwords = ["ban"]', "(when = 'headline')"),
        ('kind = "pricee"\nmetal = "copper"\nabove = 5', "(when = 'price')"),
        ('kind = "moves"\nmetal = "copper"\npct = 5', "(when = 'move')"),
        ('kind = "tariff"', "(when = one of: price, move, policy, headline)"),
        ('kind = "price"\nwhen = "price"\nmetal = "copper"\nabove = 5', "(when = 'price')"),
    ],
)
def test_an_alert_given_a_kind_is_told_its_kind_is_when(
    tmp_path: Path, alert: str, said: str
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f'{METAL}[[alerts]]\nname = "a"\n{alert}\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    lines = [line.removeprefix(f"{path}:") for line in str(info.value).splitlines()]
    kind_line = 6 + alert.split("\n").index(next(x for x in alert.split("\n") if "kind" in x))
    assert lines == [
        f"{kind_line}: alerts[1].kind: unknown key: an alert's kind is written with 'when' {said}"
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # tomllib's words ("Cannot overwrite a value", "Cannot declare ('app',) twice") named
        # neither the key nor what to do
        (
            '[app]\ntheme = "a"\ntheme = "b"\n',
            "3: invalid TOML: 'theme' is given twice in its table (each key once) (column 12)",
        ),
        (
            METAL + 'name = "Kupfer"\n',
            "4: invalid TOML: 'name' is given twice in its table (each key once) (column 16)",
        ),
        (
            '[app]\n"refresh" = "5m"\nrefresh = "6m"\n',
            "3: invalid TOML: 'refresh' is given twice in its table (each key once) (column 15)",
        ),
        (
            '[app]\nrefresh = "5m"\n\n[keys]\nrefresh = "f5"\n[app]\ntheme = "x"\n',
            "6: invalid TOML: [app] is declared twice: put its keys under one [app] (column 5)",
        ),
        (
            '[keys]\nquit = "Q"\n[keys]\n',
            "3: invalid TOML: [keys] is declared twice: put its keys under one [keys] (column 6)",
        ),
        (
            METAL + "[metals]\n",
            "4: invalid TOML: [metals] after [[metals]]: write each entry as a [[metals]] table"
            " (column 8)",
        ),
    ],
)
def test_a_key_or_table_given_twice_is_named(tmp_path: Path, text: str, said: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    assert _problem(path, strict=False) == said


@pytest.mark.parametrize(
    ("text", "where", "home"),
    [
        # TOML puts a key written below a table's header in that table: `theme = ...` at the
        # end of the file, below the last [[metals]], was "metals[3].theme: unknown key"
        (METAL + 'theme = "metalwatch-light"\n', "4: metals[1].theme", "[app]"),
        (METAL + 'refresh = "5m"\n', "4: metals[1].refresh", "[app]"),
        (
            METAL + '[[sources]]\nname = "a"\nkind = "rss"\nurl = "https://e.org/f"\n'
            'timeout = "5s"\n',
            "8: sources[1].timeout",
            "[app]",
        ),
        (
            METAL + '[[panels]]\nkind = "prices"\nkeys = { refresh = "f5" }\n',
            "6: panels[1].keys",
            "[keys]",
        ),
        (METAL + 'gazetteer = { "Nur-Sultan" = "KZ" }\n', "4: metals[1].gazetteer", "[gazetteer]"),
    ],
)
def test_a_key_below_another_tables_header_says_where_it_goes(
    tmp_path: Path, text: str, where: str, home: str
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    table = where.split(": ")[1].split("[")[0]
    assert _problem(path, strict=False) == (
        f"{where}: unknown key here: a key below a [[{table}]] header is that entry's;"
        f" put it under {home}"
    )


@pytest.mark.parametrize(
    ("since", "got"),
    [
        ("07:32:00", "got a time of day, 07:32:00, with no day"),
        ("00:00:00.5", "got a time of day, 00:00:00.500000, with no day"),
    ],
)
def test_a_policy_date_given_a_time_of_day_says_so_in_the_users_words(
    tmp_path: Path, since: str, got: str
) -> None:
    """A TOML time where a day goes was said `(got datetime.time(7, 32))`: Python's words."""
    path = tmp_path / "config.toml"
    path.write_text(
        f'{METAL}[[policy]]\nmetal = "copper"\norigin = "CN"\ndestination = "US"\n'
        f'status = "tariff"\nsince = {since}\n',
        encoding="utf-8",
    )
    assert _problem(path, strict=False) == (
        f"9: policy[1].since: since must be a date like 2025-11-09 ({got})"
    )


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


def test_an_unreadable_config_is_one_line_and_json_stays_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`chmod 000 config.toml` (faked: the tests may run as root, who reads it anyway)."""
    import tui.core.file_read as file_read

    path = _config(tmp_path, "https://example.org/feed")
    real_open = file_read.os.open

    def refuse(p: object, *args: object, **kwargs: object) -> int:
        if Path(str(p)) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(p, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(file_read.os, "open", refuse)
    assert main(["snapshot", "--json", "--offline", "--config", str(path)]) == 2
    captured = capsys.readouterr()
    said = f"{path}: cannot read the file (permission denied)"
    assert captured.err.splitlines() == [f"metalwatch: config error: {said}"]
    assert json.loads(captured.out)["problems"] == [said]
