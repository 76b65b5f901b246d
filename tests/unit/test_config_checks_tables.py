"""What ``metalwatch check`` catches across tables: every problem of one table reported, any value
of any key a config or a located problem, a key above every table, duplicate names and declared
entries that disagree; each one located line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from config_check_helpers import METAL, problems, write

from tui.cli import main
from tui.core.config import ConfigError, load_config, parse_config


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
