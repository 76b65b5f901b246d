"""Kinds cases that carry the measure's metals beside its reading.

A case is ``(title, summary, want, metals)``: ``want`` as in :mod:`kinds_cases`, ``metals``
the watched metals' ids the event names (empty when ``want`` is ``None``). One list feeds two
tests, the reading (``check_kind``) and the metals (:func:`check_metals`); a case still read
wrong is marked ``xfail(strict=True)`` in the test it fails, with its reason, by title.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from kinds_cases import Want
from test_classifier import METALS

from tui.engine.classifier import classify, explain

GoodsCase = tuple[str, str, Want, frozenset[str]]


def _marks(title: str, xfails: Mapping[str, str]) -> tuple[pytest.MarkDecorator, ...]:
    reason = xfails.get(title)
    return () if reason is None else (pytest.mark.xfail(strict=True, reason=reason),)


def reading_params(cases: Sequence[GoodsCase], xfails: Mapping[str, str]) -> list[Any]:
    """``(title, summary, want)`` of every case, an ``xfail`` where ``xfails`` names it."""
    return [
        pytest.param(title, summary, want, marks=_marks(title, xfails), id=title[:60])
        for title, summary, want, _metals in cases
    ]


def metals_params(cases: Sequence[GoodsCase], xfails: Mapping[str, str]) -> list[Any]:
    """``(title, summary, metals)`` of every case with an event, ``xfail`` as above."""
    return [
        pytest.param(title, summary, metals, marks=_marks(title, xfails), id=title[:60])
        for title, summary, want, metals in cases
        if want is not None
    ]


def unknown_xfails(cases: Sequence[GoodsCase], xfails: Mapping[str, str]) -> list[str]:
    """The titles ``xfails`` names that are no case's (a stale mark)."""
    return sorted(set(xfails) - {case[0] for case in cases})


def check_metals(title: str, summary: str, metals: frozenset[str]) -> None:
    """The classifier's event names exactly ``metals``."""
    assert metals, "a case with an event names at least one metal"
    event = classify(title, summary, METALS)
    got = None if event is None else frozenset(event.metals)
    assert got == metals, "\n".join(explain(title, summary, METALS))
