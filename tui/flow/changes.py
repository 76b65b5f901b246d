"""What changed since the user last looked: new stories and changed policy statuses.

The baseline (when the previous session ended, and the policy board it showed) is kept in the
store's meta table; this module compares a snapshot against it. No textual here.
"""

from __future__ import annotations

import json
from dataclasses import field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from tui.core.fmt import ago, counted
from tui.core.models import Headline, PolicyStatus, Snapshot, Story
from tui.core.record import record

if TYPE_CHECKING:
    from tui.store import Store

SEEN_AT = "session_seen_at"
BOARD = "session_board"


def policy_key(row: PolicyStatus) -> str:
    return f"{row.metal}|{row.origin}|{row.destination}"


def row_state(row: PolicyStatus) -> list[object]:
    """What a change of the row is: its status, rate and proposed flag; a row with nothing in
    force yet adds the day its coming measure starts (so the day it starts is a change, and a
    baseline of the three values a previous version kept still matches every other row)."""
    state: list[object] = [row.status, row.rate_pct, row.proposed]
    if (day := row.coming_from) is not None:
        state.append(f"from {day.isoformat()}")
    return state


def board_state(rows: list[PolicyStatus]) -> dict[str, list[object]]:
    return {policy_key(r): row_state(r) for r in rows}


@record(frozen=False)
class Baseline:
    seen_at: datetime | None = None
    board: dict[str, list[object]] = field(default_factory=dict)

    @classmethod
    def load(cls, store: Store) -> Baseline:
        raw_at, raw_board = store.get_meta(SEEN_AT), store.get_meta(BOARD)
        seen_at = None
        if raw_at:
            try:
                seen_at = datetime.fromisoformat(raw_at)
            except ValueError:
                seen_at = None
        board: dict[str, list[object]] = {}
        if raw_board:
            try:
                loaded = json.loads(raw_board)
                board = loaded if isinstance(loaded, dict) else {}
            except ValueError:
                board = {}
        return cls(seen_at, board)


def save_baseline(store: Store, snapshot: Snapshot, now: datetime | None = None) -> None:
    store.set_meta(SEEN_AT, (now or datetime.now(timezone.utc)).isoformat())
    store.set_meta(BOARD, json.dumps(board_state(snapshot.policy)))


@record(frozen=False)
class Changes:
    new_stories: set[str] = field(default_factory=set)
    changed_policy: set[str] = field(default_factory=set)
    since: datetime | None = None
    # rows the baseline showed that are gone from the board (a plan dropped or called off):
    # nothing on screen can be marked for them, so the summary names them
    gone_policy: set[str] = field(default_factory=set)

    @property
    def has_news(self) -> bool:
        return self.since is not None and bool(
            self.new_stories or self.changed_policy or self.gone_policy
        )

    def summary(self, now: datetime) -> str:
        """ "2 policy changes, 1 new story since Tue 01 Dec 09:00 (1d ago)"; only the counts that
        are not zero; "" when nothing changed."""
        if self.since is None or not self.has_news:
            return ""
        n, p = len(self.new_stories), len(self.changed_policy)
        parts = []
        if p:
            parts.append(counted(p, "policy change"))
        if gone := sorted(self.gone_policy):
            named = ", ".join(_corridor(k) for k in gone[:2])
            more = f" and {len(gone) - 2} more" if len(gone) > 2 else ""
            parts.append(f"{counted(len(gone), 'policy row')} gone ({named}{more})")
        if n:
            parts.append(counted(n, "new story", "new stories"))
        when = self.since.astimezone().strftime("%a %d %b %H:%M")
        return f"{', '.join(parts)} since {when} ({ago(self.since, now)})"


def _corridor(key: str) -> str:
    """ "nickel|ID|*" -> "nickel ID->*"."""
    metal, _, flow = key.partition("|")
    origin, _, destination = flow.partition("|")
    return f"{metal} {origin}->{destination}"


def compare(snapshot: Snapshot, baseline: Baseline, first_seen: dict[str, datetime]) -> Changes:
    """Stories first seen after the baseline, policy rows new or different from it, and rows
    it showed that are gone from the board (of metals still watched).

    ``first_seen`` maps each story id to the earliest time any of its entries was stored.
    Nothing is new on the very first run (there is no baseline). A snapshot with no story and
    no price (no source has delivered yet: a new source, a fresh store) has no row gone: the
    rows are not built yet, and "1 policy row gone (copper CN->US)" stood in the header while
    the first fetch brought the row back."""
    if baseline.seen_at is None:
        return Changes()
    new = {sid for sid, seen in first_seen.items() if seen > baseline.seen_at}
    changed = {
        policy_key(r) for r in snapshot.policy if baseline.board.get(policy_key(r)) != row_state(r)
    }
    watched = {m.id for m in snapshot.metals}
    shown = {policy_key(r) for r in snapshot.policy}
    gone = {k for k in baseline.board if k not in shown and k.partition("|")[0] in watched}
    if not (snapshot.stories or snapshot.prices):
        gone = set()
    return Changes(new, changed, baseline.seen_at, gone)


class FirstSeen:
    """When each story was first seen: the earliest time the store first saw any of its
    entries (``seen``: identity -> time, ``Store.headlines_first_seen``), for ``compare``.

    Each entry's identity (``headline_identity``: a canonical URL, ~10 us to compute) is kept
    for the entries of the last call, each with the entry itself (a headline is immutable, and
    held it keeps its id), so a reload after a refresh computes it only for the new ones."""

    __slots__ = ("_last",)

    def __init__(self) -> None:
        self._last: dict[int, tuple[Headline, str]] = {}

    def of(self, stories: list[Story], seen: dict[str, datetime]) -> dict[str, datetime]:
        from tui.store import headline_identity
        from tui.store.story_identity import titled

        last, kept = self._last, {}
        out: dict[str, datetime] = {}
        for story in stories:
            times = []
            for e in story.entries:
                held = last.get(id(e))
                if held is not None and held[0] is e:
                    identity = held[1]
                else:  # the link itself, when it is the identity: one string, not two
                    identity = headline_identity(e)
                    identity = e.url if identity == e.url else identity
                kept[id(e)] = (e, identity)
                if identity in seen:
                    times.append(seen[identity])
                elif (told := titled(identity, e.title)) in seen:  # one of items sharing a link
                    times.append(seen[told])
            if times:
                out[story.id] = min(times)
        self._last = kept
        return out
