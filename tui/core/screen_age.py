"""How old everything the dashboard shows is, for the header line: the age of the newest row
of the prices, headlines and policy panels when every one of those panels that has rows is old
by its own rule (``tui.core.freshness``), so a glance at the header never reads old data as
current. The panels' borders say each panel's age; the header says the screen's.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from tui.core.fmt import age
from tui.core.freshness import (
    EVIDENCE_EXPECTED_DAYS,
    NEWS_EXPECTED_DAYS,
    instant,
    newest_evidence,
    newest_when_all_old,
    newest_when_all_stale,
)
from tui.core.models import PolicyStatus, PriceSeries, Story

__all__ = ["newest_when_all_panels_old"]


def newest_when_all_panels_old(
    prices: Iterable[PriceSeries],
    stories: Iterable[Story],
    rows: Iterable[PolicyStatus],
    now: datetime,
) -> str:
    """ "2mo", the age of the newest row on screen, when at least two of the three panels have
    rows and every panel with rows is old: every price stale by its cadence, every story older
    than a news source's cadence allows, every board row's newest evidence older than measures
    come (a row of declared entries only is the user's own word, never old); "" otherwise.
    With stories 2 months old beside prices 7 months old the header said "newest price 7mo
    old", which read as if the news were current."""
    newest: list[date | datetime] = []
    shown = [p for p in prices if p.points]
    if shown:
        if not newest_when_all_stale(shown, now):
            return ""
        newest.append(max(p.points[-1][0] for p in shown))
    dated = [s.published for s in stories]
    if dated:
        if not newest_when_all_old(dated, now, NEWS_EXPECTED_DAYS):
            return ""
        newest.append(max((d for d in dated if d is not None), key=instant))
    evidence = [newest_evidence(r) for r in rows]
    if evidence:
        if not newest_when_all_old(evidence, now, EVIDENCE_EXPECTED_DAYS):
            return ""
        newest.append(max((d for d in evidence if d is not None), key=instant))
    if len(newest) < 2:  # one panel: its own note (the prices' "newest price 7mo old")
        return ""
    return age(max(newest, key=instant), now)
