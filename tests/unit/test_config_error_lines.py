"""Slips a user makes writing the config by hand, met as a first-time user would: a file not
UTF-8, ``--demo`` with ``--config``, an empty config path, an unreadable config, an alert given a
``kind``, a key or table given twice, a key below another table's header, a policy date given a
time of day; each said as one line in the user's words, and ``--json`` stays JSON on a config
error or a locked cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from config_slips_helpers import METAL, _config, _problem
from schema_check import ERROR_SCHEMA_PATH, check_document

from tui.cli import main
from tui.core.config import ConfigError, load_config


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
        check_document(doc, path=ERROR_SCHEMA_PATH)
        assert doc["schema"] == "metalwatch.error/1"
        assert (doc["exit"], doc["error"]) == (4, "cache-locked")
        assert doc["problems"] == [said.removeprefix("metalwatch: ")]


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
