"""The policy board as rows in the snapshot cache: every field of a row, its evidence, the row it
points to and its other side come back as they were written (types too), and a field that
needs more than its JSON value is never left to the JSON alone."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core import models
from tui.store import board_rows, snapshot_cache

WHEN = datetime(2026, 3, 4, 5, 6, 7, tzinfo=timezone.utc)


def evidence(published: datetime | date | None) -> models.Evidence:
    return models.Evidence(
        kind="document",
        title="Export licences required for gallium",
        url="https://example.org/a",
        source="Wire A",
        published=published,
        confidence=0.75,
        words=("licence", "export"),
        status="licensing",
        rate_pct=12.5,
        proposed=True,
        note="a note",
        rate_up_to=True,
        until=date(2027, 1, 2),
        date_estimated=True,
        effective=date(2026, 4, 1),
        withdrawn=True,
        withdraws=True,
        also=(("Wire B", "Gallium licences", "https://example.org/b"), ("Wire C", "T", None)),
        side="exporter",
        dated_ahead=WHEN,
    )


def full_board() -> list[models.PolicyStatus]:
    general = models.PolicyStatus(
        metal="gallium",
        origin="CN",
        destination="*",
        status="suspended",
        since=date(2026, 2, 1),
        evidence=(evidence(date(2026, 2, 1)),),
    )
    row = models.PolicyStatus(
        metal="gallium",
        origin="CN",
        destination="US",
        status="licensing",
        since=date(2025, 8, 1),
        rate_pct=25.0,
        proposed=True,
        pending="tariff",
        conflict=True,
        evidence=(evidence(WHEN), evidence(date(2026, 1, 5)), evidence(None)),
        until=date(2027, 6, 30),
        expired=True,
        since_estimated=True,
        coming="quota",
        coming_rate_pct=10,
        starts=date(2026, 9, 1),
        newer_general=general,
        rate_up_to=True,
        other_side=models.OtherSide("importer", "tariff", 50.0, date(2025, 6, 4)),
    )
    bare = models.PolicyStatus("copper", "*", "US", "tariff", None)
    return [row, bare, general]


def test_every_field_comes_back_as_written() -> None:
    board = full_board()
    text = json.dumps([board_rows.board_row(s) for s in board])
    back = board_rows.read_board(json.loads(text))
    assert back == board
    assert [repr(s) for s in back] == [
        repr(s) for s in board
    ]  # a date stays a date, a tuple a tuple
    first = back[0]
    assert type(first.evidence[0].published) is datetime
    assert type(first.evidence[1].published) is date
    assert first.evidence[0].also[0] == ("Wire B", "Gallium licences", "https://example.org/b")


@pytest.mark.parametrize("cls", board_rows.MODELS, ids=lambda c: c.__name__)
def test_a_field_json_cannot_hold_as_it_is_is_read_and_written(cls: type) -> None:
    needs = {
        f.name
        for f in dataclasses.fields(cls)
        if any(word in str(f.type) for word in ("date", "tuple", "PolicyStatus", "OtherSide"))
    }
    assert needs, cls
    assert needs == set(board_rows._READ[cls]) == set(board_rows._WRITE[cls])


def test_a_row_of_another_shape_is_refused() -> None:
    rows = [board_rows.board_row(s) for s in full_board()]
    rows[1] = rows[1][:-1]
    with pytest.raises(ValueError):
        board_rows.read_board(json.loads(json.dumps(rows)))


def test_the_cache_head_keeps_the_board(tmp_path: Path) -> None:
    board = full_board()
    snap = models.Snapshot(generated_at=WHEN, metals=[], stories=[], prices=[], policy=board)
    path = snapshot_cache.cache_path(tmp_path / "store.sqlite3")
    snapshot_cache.save(path, snap, key="k", fingerprint="f")
    head = snapshot_cache.load_head(path, key="k")
    assert head is not None and head[0].policy == board
    # the first line names the format, the size and the CRC-32; the header follows
    header = json.loads(snapshot_cache.head_path(path).read_text().splitlines()[1])
    assert header["snapshot"]["policy"] == [] and len(header["board"]) == 3
