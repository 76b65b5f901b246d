"""What one blind set of real published headlines is to its tests (``test_blind_sets.py``).

A blind set is collected and labelled (issue #16) by someone who did not read ``tui/engine/`` or
the gazetteer, did not run the classifier or any scorer on it and saw no score of it (see its
PROVENANCE.md): headlines as outlets and official sites published them (2019-2026). Its first
reading, taken once by the lead and never tuned on, is the honest estimate on news nobody has
looked at through the rules; the run's "labelled sets" summary prints it beside the current
score. A studied set (its misses grouped by cause and the rules changed for the kinds, each
kind in made-up phrasings in a ``test_classifier_kinds*.py`` module) holds floors; a scored-only
set holds none, so that its score is no target.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypedDict

from real_headlines_set import load_items, other_sets


class _Mix(TypedDict):
    measure: float
    market: float
    general: float
    proposed: int
    rates: int


class Spread(_Mix, total=False):
    """The keyword arguments of ``scored_sets.check_spread``: the set's floors of mix and
    variety (shares of measures, metals news and general news; proposed measures, stated rates;
    exporters, importers, statuses, metals, outlets and years only where the set holds fewer than
    the defaults)."""

    exporters: int
    importers: int
    statuses: int
    metals: int
    outlets: int
    years: int


@dataclass(frozen=True)
class Floors:
    """A studied set's floors: exact rate, false events on non-measures, missed events on
    measures, relevance rate. A regression under one of them fails."""

    exact: float
    false_events: int
    missed_events: int
    relevance: float


@dataclass(frozen=True)
class BlindSet:
    """One blind set: its file, id prefix, the name its summary lines carry, its first reading
    (and any later reading taken before it was studied), its mix floors and its score floors
    (None for a scored-only set).

    ``written`` marks a set whose headlines were written in an outlet's style for real events
    rather than collected as published (the wire set, ``tests/data/real_wire/``): its rows have no
    page (``url`` null) and its ``found_via`` names the real event instead of a search; every
    other check holds for it as for a collected set.

    ``from_dataset`` marks a set whose published headlines were taken from public datasets of
    headlines kept in GitHub repositories rather than found on the pages themselves (the
    thirteenth blind set, ``tests/data/real_headlines_blind13/``): its ``found_via`` names the
    dataset (``dataset: owner/repo path @ commit``) instead of a search, and a row's ``url`` is
    null where the dataset gives no article URL; every other check holds for it as for a set
    collected from the pages.

    ``pages_too`` marks a set taken ``from_dataset`` that also holds rows found on the stored pages
    (the fourteenth blind set): those rows keep the pages' format (``found_via`` "search pages:
    ...", a page), the others the datasets'.

    ``min_rows`` is the least number of rows the set must hold: 150, but for a set written for
    real events whose writer could name fewer distinct events apart from every other set's (the
    third wire, ``tests/data/real_wire3/``, 113 rows, the fourth, ``real_wire4/``, 131, the
    fifth, ``real_wire5/``, 122, the sixth, ``real_wire6/``, 123, the seventh, ``real_wire7/``,
    122, and the eighth, ``real_wire8/``, 123), or for
    a set whose collector found fewer on the stored pages apart from every other set (the
    twenty-second blind set, ``tests/data/real_headlines_blind22/``, 38 rows, and the
    twenty-third, ``real_headlines_blind23/``, 49 rows); never under 30."""

    path: Path
    id_prefix: str
    name: str
    first_reading: str
    spread: Spread
    floors: Floors | None
    earlier: tuple[str, ...] = ()
    written: bool = False
    from_dataset: bool = False
    pages_too: bool = False
    min_rows: int = 150

    @property
    def folder(self) -> str:
        """The set's folder under ``tests/data/`` (the test ids): ``real_headlines_blind3`` ..."""
        return self.path.parent.name

    def items(self) -> list[dict[str, Any]]:
        return _items(self.path)

    def others(self) -> list[dict[str, Any]]:
        """The headlines of every other set."""
        return _others(self.path)


@cache
def _items(path: Path) -> list[dict[str, Any]]:
    return load_items(path)


@cache
def _others(path: Path) -> list[dict[str, Any]]:
    return other_sets(path)
