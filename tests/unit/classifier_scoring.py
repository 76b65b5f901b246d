"""How the labelled sets score the trade-policy classifier: one place for every set.

A *reading* is what a headline says as a policy measure, ``(status, origin, destination,
metals, proposed, rate_pct)``, or ``None`` for news that is not a measure. The labelled sets
(``tests/unit/data/*.toml``, ``tests/data/real_headlines/*.jsonl``) give the expected reading,
the classifier the actual one; :func:`score` compares them case by case.

Used by ``tests/unit/test_classifier.py``, ``tests/unit/test_real_headlines.py`` and
``benchmarks/score_real_headlines.py``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from tui.core.models import PolicyEvent

Reading = tuple[str, str, str, frozenset[str], bool, float | None]
FIELDS = ("status", "origin", "destination", "metals", "proposed", "rate")


def reading_of(event: PolicyEvent | None) -> Reading | None:
    """The classifier's reading of a headline."""
    if event is None:
        return None
    return (
        event.status,
        event.origin,
        event.destination,
        frozenset(event.metals),
        event.proposed,
        event.rate_pct,
    )


def _rate(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def expected_from_row(row: Mapping[str, Any]) -> Reading | None:
    """The expected reading of a TOML row (``status = "none"``: no event)."""
    if row["status"] == "none":
        return None
    return (
        row["status"],
        row["origin"],
        row["destination"],
        frozenset(row["metals"]),
        bool(row.get("proposed", False)),
        _rate(row.get("rate_pct")),
    )


def expected_from_label(label: Mapping[str, Any]) -> Reading | None:
    """The expected reading of a JSONL label (``{"event": {...} | null, "relevant": ...}``)."""
    event = label["event"]
    if event is None:
        return None
    return (
        event["status"],
        event["origin"],
        event["destination"],
        frozenset(event["metals"]),
        bool(event["proposed"]),
        _rate(event.get("rate_pct")),
    )


def wrong_fields(want: Reading | None, got: Reading | None) -> tuple[str, ...]:
    """Which fields differ (``("event",)`` when one side has no event)."""
    if want is None or got is None:
        return () if want == got else ("event",)
    return tuple(name for name, w, g in zip(FIELDS, want, got, strict=True) if w != g)


@dataclasses.dataclass(frozen=True)
class Case:
    """One headline: its label and what the classifier read."""

    title: str
    want: Reading | None
    got: Reading | None
    note: str = ""  # e.g. the words that decided it


@dataclasses.dataclass(frozen=True)
class Score:
    """Accuracy over a set. ``with_rate=False`` leaves the rate out of exactness."""

    cases: tuple[Case, ...]
    with_rate: bool = True

    def _fields(self, case: Case) -> tuple[str, ...]:
        wrong = wrong_fields(case.want, case.got)
        return wrong if self.with_rate else tuple(f for f in wrong if f != "rate")

    @property
    def total(self) -> int:
        return len(self.cases)

    @property
    def misses(self) -> list[Case]:
        return [c for c in self.cases if self._fields(c)]

    @property
    def exact(self) -> int:
        return self.total - len(self.misses)

    @property
    def exact_rate(self) -> float:
        return self.exact / self.total if self.total else 0.0

    @property
    def status_rate(self) -> float:
        def status(r: Reading | None) -> str:
            return "none" if r is None else r[0]

        hits = sum(status(c.want) == status(c.got) for c in self.cases)
        return hits / self.total if self.total else 0.0

    @property
    def negatives(self) -> list[Case]:
        return [c for c in self.cases if c.want is None]

    @property
    def measures(self) -> list[Case]:
        return [c for c in self.cases if c.want is not None]

    @property
    def false_events(self) -> list[Case]:
        """An event read in news that is not a measure."""
        return [c for c in self.negatives if c.got is not None]

    @property
    def missed_events(self) -> list[Case]:
        """No event read in a measure."""
        return [c for c in self.measures if c.got is None]

    def field_errors(self) -> dict[str, int]:
        """How often each field is wrong among measures the classifier did read as events."""
        counts: dict[str, int] = {}
        for case in self.measures:
            if case.got is None:
                continue
            for name in self._fields(case):
                counts[name] = counts.get(name, 0) + 1
        return counts

    def line(self, name: str) -> str:
        return (
            f"{name}: exact {self.exact_rate:.1%} ({self.exact}/{self.total}), status-only "
            f"{self.status_rate:.1%}, false events on {len(self.negatives)} non-measures: "
            f"{len(self.false_events)}, missed events on {len(self.measures)} measures: "
            f"{len(self.missed_events)}"
        )

    def explain_misses(self) -> str:
        lines = []
        for case in self.misses:
            wrong = ", ".join(self._fields(case))
            lines.append(f"- [{wrong}] {case.title}\n    want {case.want}\n    got  {case.got}")
            if case.note:
                lines.append(f"    {case.note}")
        return "\n".join(lines)


def score(cases: Iterable[Case], *, with_rate: bool = True) -> Score:
    return Score(tuple(cases), with_rate=with_rate)


def cases_from_rows(
    rows: Sequence[Mapping[str, Any]], read: Any, *, key: str = "title"
) -> list[Case]:
    """Cases for TOML rows; ``read(title, summary)`` returns the classifier's event."""
    out = []
    for row in rows:
        event = read(row[key], row.get("summary", ""))
        words = f"words {event.words}" if event is not None else ""
        out.append(Case(row[key], expected_from_row(row), reading_of(event), words))
    return out
