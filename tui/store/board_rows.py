"""The policy board in the snapshot cache (``tui.store.snapshot_cache``) as rows: a board row,
its evidence and its other side written as lists in field order (the field names once, in the
file's header), dates and times as ISO text, and read back positionally.

Read as JSON objects naming their class (``tui.store.snapshot_codec``), the head's board cost
about 13 M instructions at every start, most of it the object hook and the keyword calls that
made the models; as rows the JSON scanner reads plain lists and each model is made from one.
A field that needs more than its JSON value (a date, a tuple, a nested model) is named in
``_READ``: ``tests/unit/test_board_rows.py`` checks that every such field of the models is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from tui.core import models
from tui.store.snapshot_rows import fields, row

MODELS: tuple[type, ...] = (models.PolicyStatus, models.Evidence, models.OtherSide)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _evidence(items: tuple[models.Evidence, ...]) -> list[list[Any]]:
    return [row(e, fields(models.Evidence), _WRITE[models.Evidence]) for e in items]


def _status(value: models.PolicyStatus | None) -> list[Any] | None:
    return None if value is None else board_row(value)


def _other(value: models.OtherSide | None) -> list[Any] | None:
    if value is None:
        return None
    return row(value, fields(models.OtherSide), _WRITE[models.OtherSide])


def _tuple_lists(value: tuple[Any, ...]) -> list[Any]:
    return [list(v) if type(v) is tuple else v for v in value]


_WRITE: dict[type, dict[str, Callable[[Any], Any]]] = {
    models.PolicyStatus: {
        "since": _iso,
        "until": _iso,
        "starts": _iso,
        "evidence": _evidence,
        "newer_general": _status,
        "other_side": _other,
    },
    models.Evidence: {
        "published": _iso,
        "until": _iso,
        "effective": _iso,
        "dated_ahead": _iso,
        "words": list,
        "also": _tuple_lists,
    },
    models.OtherSide: {"since": _iso},
}


def board_row(status: models.PolicyStatus) -> list[Any]:
    """A board row as a list of plain JSON values, in field order."""
    return row(status, fields(models.PolicyStatus), _WRITE[models.PolicyStatus])


def _day(value: str) -> date:
    return date.fromisoformat(value)


def _when(value: str) -> datetime | date:
    """``Evidence.published``: a date's text is ten characters, a datetime's longer."""
    return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)


def _read_evidence(rows: list[list[Any]]) -> tuple[models.Evidence, ...]:
    return tuple(_make(models.Evidence, r) for r in rows)


def _read_also(value: list[Any]) -> tuple[Any, ...]:
    return tuple(tuple(v) if type(v) is list else v for v in value)


def _read_status(value: list[Any]) -> models.PolicyStatus:
    return _make(models.PolicyStatus, value)


def _read_other(value: list[Any]) -> models.OtherSide:
    return _make(models.OtherSide, value)


_READ: dict[type, dict[str, Callable[[Any], Any]]] = {
    models.PolicyStatus: {
        "since": _day,
        "until": _day,
        "starts": _day,
        "evidence": _read_evidence,
        "newer_general": _read_status,
        "other_side": _read_other,
    },
    models.Evidence: {
        "published": _when,
        "until": _day,
        "effective": _day,
        "dated_ahead": datetime.fromisoformat,
        "words": tuple,
        "also": _read_also,
    },
    models.OtherSide: {"since": _day},
}
# by position: (index, reader) of each field that needs one, None values kept as they are
_AT: dict[type, tuple[tuple[int, Callable[[Any], Any]], ...]] = {
    cls: tuple((fields(cls).index(name), fn) for name, fn in _READ[cls].items()) for cls in MODELS
}


def _make(cls: type, values: list[Any]) -> Any:
    if len(values) != len(fields(cls)):
        raise ValueError(f"a {cls.__name__} row of another shape")
    for i, fn in _AT[cls]:
        v = values[i]
        if v is not None:
            values[i] = fn(v)
    return cls(*values)


def read_board(rows: Any) -> list[models.PolicyStatus]:
    """The board from its rows (``board_row``'s); ValueError or TypeError when they are not."""
    if not isinstance(rows, list):
        raise ValueError("the board's rows are not a list")
    return [_make(models.PolicyStatus, r) for r in rows]
