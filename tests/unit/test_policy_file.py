"""``kind = "policy-file"``: declared statuses from TOML or JSON."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources.base import SourceError
from tui.sources.policy_file import Declared, parse, validate_policy_entry

FETCHED = datetime(2025, 11, 20, tzinfo=timezone.utc)
SRC = SourceConfig(name="my-policy", kind="policy-file", url="/home/me/policy.toml")

TOML = b"""
# Declared statuses, kept by hand from official announcements.
[[policy]]
metal = "gallium"
origin = "CN"
destination = "US"
status = "resuming"
since = 2025-11-09
url = "https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_example.html"
note = "MOFCOM suspends announcement No. 46 of 2024 until 2026-11-27"

[[policy]]
metal = "copper"
origin = "*"
destination = "US"
status = "tariff"
rate_pct = 50
since = "2025-08-01"

[[policy]]
metal = "cobalt"
origin = "Congo"
destination = "*"
status = "quota"
proposed = false
"""


def test_toml_entries() -> None:
    got = parse(TOML, SRC, fetched_at=FETCHED).entries
    assert [(p.metal, p.origin, p.destination, p.status) for p in got] == [
        ("gallium", "CN", "US", "resuming"),
        ("copper", "*", "US", "tariff"),
        ("cobalt", "CD", "*", "quota"),
    ]
    assert got[0].since == date(2025, 11, 9)
    assert got[0].note == "MOFCOM suspends announcement No. 46 of 2024 until 2026-11-27"
    assert got[0].url is not None and got[0].url.startswith("https://www.mofcom.gov.cn/")
    assert (got[1].rate_pct, got[1].since) == (50.0, date(2025, 8, 1))
    assert got[2].since is None and got[2].proposed is False
    assert {p.source for p in got} == {"my-policy"}


def test_json_list_and_object() -> None:
    entries = [
        {
            "metal": "nickel",
            "origin": "id",
            "destination": "*",
            "status": "suspended",
            "since": "2020-01-01T00:00:00Z",
        },
        {
            "metal": "aluminium",
            "origin": "RU",
            "destination": "EU",
            "status": "suspended",
            "proposed": True,
        },
    ]
    src = SourceConfig(name="gta", kind="policy-file", url="https://example.org/p.json")
    for doc in (entries, {"policy": entries}):
        got = parse(json.dumps(doc).encode(), src, fetched_at=FETCHED).entries
        assert [(p.metal, p.origin, p.since, p.proposed) for p in got] == [
            ("nickel", "ID", date(2020, 1, 1), False),
            ("aluminium", "RU", None, True),
        ]
    # sniffed as JSON from the content too, with a BOM
    local = SourceConfig(name="x", kind="policy-file", url="/tmp/policy")
    assert (
        len(
            parse(b"\xef\xbb\xbf" + json.dumps(entries).encode(), local, fetched_at=FETCHED).entries
        )
        == 2
    )


def test_source_metal_is_the_default_metal() -> None:
    src = SourceConfig(name="cobalt-file", kind="policy-file", url="/x.toml", metal="cobalt")
    got = parse(
        b'[[policy]]\norigin = "CD"\nstatus = "suspended"\n', src, fetched_at=FETCHED
    ).entries
    assert [(p.metal, p.origin, p.destination) for p in got] == [("cobalt", "CD", "*")]


def test_empty_file_is_an_empty_list() -> None:
    assert parse(b"", SRC, fetched_at=FETCHED) == Declared([])
    assert parse(b"# nothing declared yet\n", SRC, fetched_at=FETCHED) == Declared([])


def test_an_empty_answer_from_a_server_is_no_list() -> None:
    """A server's empty body or "{}" (broken, busy, a proxy's page) is not the declared entries
    emptied on purpose: it fails, so the stored entries stay on the board; an explicit empty
    list is read as none."""
    remote = SourceConfig(name="desk", kind="policy-file", url="https://desk.example/p.json")
    for body in (b"", b"  \n", b"{}", b"{ }\n"):
        with pytest.raises(SourceError, match="held no list"):
            parse(body, remote, fetched_at=FETCHED)
    for body in (b"[]", b'{"policy": []}'):
        assert parse(body, remote, fetched_at=FETCHED) == Declared([])
    toml = SourceConfig(name="desk", kind="policy-file", url="https://desk.example/p.toml")
    assert parse(b"# nothing declared yet\n", toml, fetched_at=FETCHED) == Declared([])
    with pytest.raises(SourceError, match="held no list"):
        parse(b"", toml, fetched_at=FETCHED)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'[[policy]]\nmetal = "copper"\nstatus = "banned"\n',
            r"policy\[0\]: status 'banned'.*use 'suspended'",
        ),
        (b'[[policy]]\nmetal = "copper"\nstatus = "tarif"\n', r"did you mean 'tariff'"),
        (b'[[policy]]\nmetal = "copper"\nstatus = "open"\nrate = 5\n', r"unknown field 'rate'"),
        (b'[[policy]]\nstatus = "open"\n', r"policy\[0\]: metal is required"),
        (
            b'[[policy]]\nmetal = "tin"\nstatus = "tariff"\nrate_pct = "high"\n',
            r"rate_pct must be a number",
        ),
        (
            b'[[policy]]\nmetal = "tin"\nstatus = "open"\nsince = "last week"\n',
            r"since must be a date",
        ),
        (
            b'[[policy]]\nmetal = "tin"\nstatus = "open"\nurl = "javascript:alert(1)"\n',
            r"url must be an http",
        ),
        (
            b'[[policy]]\nmetal = "tin"\nstatus = "open"\nproposed = "yes"\n',
            r"proposed must be true or false",
        ),
        (b"<!DOCTYPE html><html>Just a moment...</html>", r"got an HTML"),
        (b'{"policies": []}', r"unexpected top-level key 'policies'"),
        (b"[1, 2", r"invalid JSON"),
        (b"[[policy]\nmetal=", r"invalid TOML"),
    ],
)
def test_bad_input_names_entry_and_field(data: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        parse(data, SRC, fetched_at=FETCHED)


def test_validate_policy_entry_for_the_config_loader() -> None:
    got = validate_policy_entry(
        {
            "metal": "steel",
            "origin": "*",
            "destination": "United States",
            "status": "Tariff",
            "rate_pct": "50%",
            "since": date(2025, 6, 4),
        },
        "config.toml [[policy]] #1",
    )
    assert (got.destination, got.status, got.rate_pct, got.source) == (
        "US",
        "tariff",
        50.0,
        "config",
    )
    with pytest.raises(ValueError, match=r"^config.toml \[\[policy\]\] #2: status is required"):
        validate_policy_entry({"metal": "steel"}, "config.toml [[policy]] #2")


def test_until_is_an_optional_date_in_policy_files_and_the_config() -> None:
    data = TOML.replace(b"since = 2025-11-09\n", b"since = 2025-11-09\nuntil = 2026-11-27\n")
    got = parse(data, SRC, fetched_at=FETCHED).entries
    assert got[0].until == date(2026, 11, 27)
    assert got[1].until is None
    entry = {"metal": "rare-earths", "origin": "CN", "status": "licensing"}
    assert validate_policy_entry({**entry, "until": "2026-11-10"}, "p").until == date(2026, 11, 10)
    with pytest.raises(ValueError, match=r"p: until must be a date like 2025-11-09 \(got 'soon'\)"):
        validate_policy_entry({**entry, "until": "soon"}, "p")
    with pytest.raises(ValueError, match=r"p: until \(2025-01-01\) is before since \(2025-11-09\)"):
        validate_policy_entry({**entry, "since": "2025-11-09", "until": "2025-01-01"}, "p")
    with pytest.raises(ValueError, match=r"unknown field 'untill'.*did you mean 'until'"):
        validate_policy_entry({**entry, "untill": "2026-11-10"}, "p")


def test_until_from_the_config_reaches_the_board(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tui.core.config import load_config
    from tui.engine.board import build_board

    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "gallium"\nname = "Gallium"\n\n'
        '[[policy]]\nmetal = "gallium"\norigin = "CN"\ndestination = "US"\n'
        'status = "licensing"\nsince = 2025-11-09\nuntil = 2026-11-27\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert [p.until for p in config.policy] == [date(2026, 11, 27)]
    (row,) = build_board(config.policy, [], now=datetime(2026, 12, 3, tzinfo=timezone.utc))
    assert row.expired and row.until == date(2026, 11, 27)


def test_one_bad_entry_is_skipped_and_named_the_others_stay() -> None:
    data = (
        b'[[policy]]\nmetal = "copper"\nstatus = "open"\n'
        b'[[policy]]\nmetal = "tin"\nstatus = "open"\norigin = "XX"\n'
        b'[[policy]]\nmetal = "nickel"\nstatus = "tarif"\n'
    )
    got = parse(data, SRC, fetched_at=FETCHED)
    assert [p.metal for p in got.entries] == ["copper"]
    assert got.warning is not None
    assert got.warning.startswith("2 of 3 entries skipped: policy[1]: origin 'XX' is not an ISO")
    # the health line names the first and says where every one is listed; ``notes`` has each
    assert got.warning.endswith("; and 1 more (`metalwatch check` lists each)")
    assert [n.split(":")[0] for n in got.notes] == ["policy[1]", "policy[2]"]
    assert "status 'tarif' is not one of" in got.notes[1]
    # read over the network: ``check`` reads local files only, so a saved copy is the way
    remote = SourceConfig(name="desk", kind="policy-file", url="https://example.org/p.toml")
    got = parse(data, remote, fetched_at=FETCHED)
    assert got.warning is not None
    assert got.warning.endswith("; and 1 more (`metalwatch check` of a saved copy lists each)")
    # none usable: an error that names the first problem, not an empty board
    with pytest.raises(
        SourceError,
        match=r"policy\[0\]: origin 'XX'.*\(and 1 more: `metalwatch check` lists each\)",
    ):
        bad = (
            b'[[policy]]\nmetal = "tin"\nstatus = "open"\norigin = "XX"\n'
            b'[[policy]]\nmetal = "nickel"\nstatus = "tarif"\n'
        )
        parse(bad, SRC, fetched_at=FETCHED)


def test_a_placeholder_date_is_no_since() -> None:
    """``0001-01-01`` (an empty date as .NET and many exports write it) put a row on the board
    "open since 0001-01-01"; such an entry is skipped and named, like any other bad date, in a
    policy file and in the config alike."""
    data = json.dumps(
        [
            {"metal": "copper", "origin": "ZM", "status": "open", "since": "0001-01-01"},
            {"metal": "copper", "origin": "CL", "status": "open", "until": "0001-01-01"},
            {"metal": "copper", "origin": "PE", "status": "open", "since": "1995-01-01"},
        ]
    ).encode()
    src = SourceConfig(name="desk", kind="policy-file", url="/home/me/policy.json")
    got = parse(data, src, fetched_at=FETCHED)
    assert [p.origin for p in got.entries] == ["PE"]
    assert got.warning == (
        "2 of 3 entries skipped: policy[0]: since 0001-01-01 is a placeholder for no date, "
        "not a day (leave it out); and 1 more (`metalwatch check` lists each)"
    )
    with pytest.raises(ValueError, match=r"p: until 0001-01-01 is a placeholder"):
        validate_policy_entry({"metal": "tin", "status": "open", "until": date(1, 1, 1)}, "p")


def test_the_format_option_passes_check_and_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``format`` was read by the source and refused by ``metalwatch check`` ("unknown key"):
    a register kept as TOML but published under a ``.json`` name could not be read at all."""
    from tui.cli import main

    (tmp_path / "register.json").write_bytes(TOML)  # TOML under a JSON name
    config = tmp_path / "config.toml"
    base = (
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "register"\nkind = "policy-file"\nurl = "register.json"\n'
    )
    config.write_text(base + 'format = "toml"\n', encoding="utf-8")
    assert main(["check", "--config", str(config)]) == 0
    assert "config.toml: OK" in capsys.readouterr().out
    assert main(["snapshot", "--config", str(config), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["sources"][0]["ok"], doc["sources"]
    assert [(r["metal"], r["status"], r["rate_pct"]) for r in doc["policy"]] == [
        ("copper", "tariff", 50.0)
    ]

    config.write_text(base + 'format = "yaml"\n', encoding="utf-8")
    assert main(["check", "--config", str(config)]) == 2
    assert "sources[1].format: 'yaml' is not one of toml, json" in capsys.readouterr().err

    config.write_text(base, encoding="utf-8")  # without it the name says JSON: said, not read
    assert main(["snapshot", "--config", str(config), "--json"]) == 3
    assert "invalid JSON" in capsys.readouterr().err


def test_two_entries_that_disagree_for_one_day_are_said_not_picked_silently() -> None:
    """The real register of ``tui/default_config.toml`` published as JSON, with its gallium
    CN->US entry of 2024-12-03 copied and half edited (the status and an end changed, not the
    day): both were on the board as one row, which showed whichever the board ranked first
    ("licensing ... ended 2026-11-27") with ``conflict: false`` and no word. The config's own
    [[policy]] refuses such a pair; a file's second entry is left out and named."""
    import tomllib

    register = tomllib.loads(
        (Path(__file__).parents[2] / "tui" / "default_config.toml").read_text(encoding="utf-8")
    )["policy"]
    entries = register_json(register)
    first = next(
        i
        for i, e in enumerate(entries)
        if (e["metal"], e["destination"], e["since"]) == ("gallium", "US", "2024-12-03")
    )
    copy = {**entries[first], "status": "licensing", "until": "2026-11-27"}
    entries.append(copy)
    src = SourceConfig(name="register", kind="policy-file", url="/srv/register.json")
    got = parse(json.dumps(entries).encode(), src, fetched_at=FETCHED)
    assert len(got.entries) == len(register)
    (kept,) = [e for e in got.entries if (e.metal, e.destination, e.since) == copy_key(copy)]
    assert (kept.status, kept.until) == ("suspended", None)
    assert got.warning == (
        f"policy[{len(register)}] says otherwise than policy[{first}] for gallium CN->US since "
        f"2024-12-03: policy[{first}] kept, check the file"
    )
    # the same entry twice is no disagreement
    same = parse(
        json.dumps([*register_json(register), entries[first]]).encode(), src, fetched_at=FETCHED
    )
    assert same.warning is None


def copy_key(entry: dict[str, object]) -> tuple[object, ...]:
    return (entry["metal"], entry["destination"], date.fromisoformat(str(entry["since"])))


def register_json(register: list[dict[str, object]]) -> list[dict[str, object]]:
    return [{k: str(v) if isinstance(v, date) else v for k, v in e.items()} for e in register]
