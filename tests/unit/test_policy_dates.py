"""Dates of declared policy entries: every form whose day and month cannot be mistaken is
read; slashes with the year last and both numbers 12 or under are refused, with the reason;
an ``until`` written as a far date is an open end."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tui.core.config_types import SourceConfig
from tui.core.policy_entry import validate_policy_entry
from tui.flow.snapshot_render import policy_note
from tui.sources.base import SourceError
from tui.sources.policy_file import parse

FETCHED = datetime(2026, 12, 4, tzinfo=timezone.utc)
SRC = SourceConfig(name="register", kind="policy-file", url="policy.json")
ENTRY = {"metal": "gallium", "origin": "CN", "destination": "US", "status": "suspended"}


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2024-12-03", date(2024, 12, 3)),
        ("2024/12/03", date(2024, 12, 3)),
        ("2024.12.03", date(2024, 12, 3)),
        ("2024-12-3", date(2024, 12, 3)),
        ("03.12.2024", date(2024, 12, 3)),
        ("3.6.2025", date(2025, 6, 3)),
        ("June 4, 2025", date(2025, 6, 4)),
        ("June 4 2025", date(2025, 6, 4)),
        ("4 June 2025", date(2025, 6, 4)),
        ("Dec. 3, 2024", date(2024, 12, 3)),
        ("Sept. 9, 2024", date(2024, 9, 9)),
        ("3rd of December 2024", date(2024, 12, 3)),
        ("December 3rd, 2024", date(2024, 12, 3)),
        ("03-Dec-2024", date(2024, 12, 3)),
        ("  MAY  1,  2025 ", date(2025, 5, 1)),
        ("13/12/2024", date(2024, 12, 13)),
        ("12/13/2024", date(2024, 12, 13)),
        ("2024-12-03T08:00:00Z", date(2024, 12, 3)),
    ],
)
def test_unambiguous_forms_are_read(written: str, day: date) -> None:
    assert validate_policy_entry({**ENTRY, "since": written}, "p").since == day


@pytest.mark.parametrize("written", ["03/12/2024", "3/6/2025", "03-12-2024"])
def test_a_slash_form_either_way_round_is_refused_with_the_reason(written: str) -> None:
    with pytest.raises(ValueError) as info:
        validate_policy_entry({**ENTRY, "since": written}, "policy[0]")
    assert str(info.value) == (
        f"policy[0]: since must be a date like 2025-11-09 (got {written!r}: day and month "
        "could be either way round; write the year first, YYYY-MM-DD)"
    )


@pytest.mark.parametrize(
    "written", ["2025-02-30", "June 31, 2025", "Foo 3, 2024", "3/12/24", "31/31/2024", "soon"]
)
def test_no_day_is_made_up(written: str) -> None:
    with pytest.raises(ValueError, match=r"since must be a date like 2025-11-09 \(got "):
        validate_policy_entry({**ENTRY, "since": written}, "p")


def test_a_policy_file_of_such_dates_delivers_every_entry() -> None:
    data = (
        b'[{"metal": "gallium", "origin": "CN", "status": "suspended", "since": "Dec. 3, 2024"},'
        b' {"metal": "germanium", "origin": "CN", "status": "suspended", "since": "03.12.2024"},'
        b' {"metal": "antimony", "origin": "CN", "status": "licensing", "since": "2024/09/15"},'
        b' {"metal": "graphite", "origin": "CN", "status": "licensing", "since": "03/12/2024"}]'
    )
    got = parse(data, SRC, fetched_at=FETCHED)
    assert [e.since for e in got.entries] == [date(2024, 12, 3)] * 2 + [date(2024, 9, 15)]
    assert got.warning is not None and got.warning.startswith(
        "1 of 4 entries skipped: policy[3]: since must be a date like 2025-11-09 "
        "(got '03/12/2024': day and month could be either way round"
    )
    with pytest.raises(SourceError, match="either way round"):
        parse(
            b'[{"metal": "tin", "status": "open", "since": "01/02/2025"}]', SRC, fetched_at=FETCHED
        )


@pytest.mark.parametrize("far", ["9999-12-31", "2100-01-01", "3000-01-01", date(9999, 12, 31)])
def test_an_until_written_as_a_far_date_is_no_end(far: object) -> None:
    got = validate_policy_entry({**ENTRY, "since": "2024-12-03", "until": far}, "p")
    assert got.until is None


def test_a_real_end_is_kept_and_shown(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The board and the snapshot say "until" for a real end date, nothing for a far one."""
    from tui.core.config import load_config
    from tui.engine.board import build_board

    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "gallium"\nname = "Gallium"\n[[metals]]\nid = "tin"\nname = "Tin"\n'
        '[[policy]]\nmetal = "gallium"\norigin = "CN"\ndestination = "US"\n'
        'status = "suspended"\nsince = 2024-12-03\nuntil = 9999-12-31\n'
        '[[policy]]\nmetal = "tin"\norigin = "CN"\ndestination = "US"\n'
        'status = "licensing"\nsince = 2025-11-09\nuntil = 2099-12-31\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert [p.until for p in config.policy] == [None, date(2099, 12, 31)]
    rows = build_board(config.policy, [], now=FETCHED)
    notes = {row.metal: policy_note(row) for row in rows}
    assert notes == {"gallium": "", "tin": "until 2099-12-31"}
