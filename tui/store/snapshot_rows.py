"""The snapshot cache's rows (``tui.store.snapshot_cache``): a story, its entries and a price
series written as lists in field order (the field names once, in the file's header), and read
back sharing equal strings and datetimes, so a story and its entry hold one title, one URL, one
outlet name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from operator import attrgetter
from typing import Any

from tui.core import models
from tui.store import points_codec
from tui.store.snapshot_codec import PLAIN, decode, encode


@cache
def fields(cls: type) -> tuple[str, ...]:
    """The field names of a model (once per class: asked for each story written)."""
    return tuple(f.name for f in dataclasses.fields(cls))


@cache
def _values(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    return attrgetter(*names) if len(names) > 1 else lambda obj: (getattr(obj, names[0]),)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def row(obj: Any, names: tuple[str, ...], special: dict[str, Any]) -> list[Any]:
    return [
        (fn(v) if (fn := special.get(n)) else v if type(v) in PLAIN else encode(v))
        for n, v in zip(names, _values(names)(obj), strict=True)
    ]


@cache
def _entry_fields() -> tuple[str, ...]:
    """A headline's fields as the cache keeps them: ``stand_in`` is the parse's alone (a stored
    headline never carries it), so the last field left out of the rows."""
    names = fields(models.Headline)
    assert names[-1] == "stand_in"
    return names[:-1]


def _entries(entries: tuple[models.Headline, ...]) -> list[list[Any]]:
    names = _entry_fields()
    return [row(e, names, _AS_ISO) for e in entries]


_AS_ISO: dict[str, Callable[[Any], Any]] = {"published": _iso}
STORY: dict[str, Callable[[Any], Any]] = {"published": _iso, "entries": _entries}


def encode_series(series: models.PriceSeries) -> list[Any]:
    points: dict[str, Callable[[Any], Any]] = {"points": points_codec.encode}
    return row(series, fields(models.PriceSeries), points)


def header() -> dict[str, list[str]]:
    named = {
        cls.__name__: list(fields(cls))
        for cls in (
            models.Story,
            models.Headline,
            models.PriceSeries,
            models.PolicyStatus,
            models.Evidence,
            models.OtherSide,
        )
    }
    named["Headline"] = list(_entry_fields())  # as its rows hold it
    return named


class Reader:
    """Builds stories and series from rows, sharing equal strings and datetimes."""

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}
        self.times: dict[str, datetime] = {}
        self.runs: dict[tuple[int, int], list[date]] = {}  # the dates of a run of days
        self._names: list[str] | None = None
        self._at: dict[str, int] = {}

    def text(self, value: Any) -> Any:
        return self.strings.setdefault(value, value) if isinstance(value, str) else value

    def when(self, value: str | None) -> datetime | None:
        if value is None:
            return None
        parsed = self.times.get(value)
        if parsed is None:
            parsed = self.times[value] = datetime.fromisoformat(value)
        return parsed

    def headline(self, row: list[Any]) -> models.Headline:
        (title, url, source, published, summary, outlet, official, doc_type, agencies) = row[:9]
        return models.Headline(
            self.text(title),
            self.text(url),
            self.text(source),
            self.when(published),
            self.text(summary),
            self.text(outlet),
            official,
            self.text(doc_type),
            tuple(agencies),
            *row[9:],
        )

    def story(self, row: list[Any], names: list[str]) -> models.Story:
        # the header's field names equal the model's (checked in ``load``): positions, no dicts
        if len(row) != len(names):
            raise ValueError("a story row of another shape")
        at = self._positions(names)
        text = self.text
        for name in ("id", "title", "url", "source", "summary"):
            row[at[name]] = text(row[at[name]])
        row[at["published"]] = self.when(row[at["published"]])
        row[at["metals"]] = tuple(map(text, row[at["metals"]]))
        row[at["entries"]] = tuple(map(self.headline, row[at["entries"]]))
        event = row[at["policy_event"]]
        if event is not None:
            row[at["policy_event"]] = decode(event)
        return models.Story(*row)

    def _positions(self, names: list[str]) -> dict[str, int]:
        if self._names is not names:
            self._names, self._at = names, {n: i for i, n in enumerate(names)}
        return self._at

    def series(self, row: list[Any], names: list[str]) -> models.PriceSeries:
        values = dict(zip(names, row, strict=True))
        values["points"] = points_codec.decode(values["points"], self.runs)
        return models.PriceSeries(**values)
