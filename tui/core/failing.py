"""Which of a snapshot's prices, headlines and trade-policy rows show the last good data of a source that
is failing now (its last attempt failed): said beside them wherever they are shown (the panels,
the text snapshot, the JSON), never passed off as current."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from tui.core.config_types import POLICY_KINDS
from tui.core.fmt import ago
from tui.core.models import PolicyStatus, SourceHealth, Story
from tui.core.shown import shown


def failing(sources: Iterable[SourceHealth]) -> frozenset[str]:
    """The names of the sources that failed on their last attempt (a source not tried yet has
    not failed)."""
    return frozenset(h.name for h in sources if h.failed)


def failing_registers(sources: Iterable[SourceHealth]) -> frozenset[str]:
    """:func:`failing`, of the policy files only: a policy row's declared evidence names the
    source it came from, and ``config`` (the config's own ``[[policy]]``) never fails."""
    return failing(h for h in sources if h.kind in POLICY_KINDS)


def registers_failing(row: PolicyStatus, registers: frozenset[str]) -> tuple[str, ...]:
    """The failing policy files (of ``registers``) whose entries the row shows, in the order of
    its evidence."""
    if not registers:
        return ()
    names: list[str] = []
    for e in row.evidence:
        if e.kind == "declared" and e.source in registers and e.source not in names:
            names.append(e.source)
    return tuple(names)


def story_failing(story: Story, down: frozenset[str]) -> bool:
    """Whether every configured source behind the story (each outlet's report) is among the
    failing ``down`` (:func:`failing`): nothing of it was fetched again on the last attempts,
    so it is the last good copy. A story one working source still carries is not."""
    if not down:
        return False
    names = {e.source for e in story.entries} or {story.source}
    return names <= down


def with_last_good(names: Iterable[str], sources: Sequence[SourceHealth], now: datetime) -> str:
    """ "Register (last good fetch 3m ago), Wire (last good fetch not known)": failing sources
    named with how long ago each last read, as the story and evidence screens say them."""
    good = {h.name: h.last_success for h in sources}
    return ", ".join(
        f"{shown(n)} (last good fetch {ago(good.get(n), now, never='not known')})" for n in names
    )
