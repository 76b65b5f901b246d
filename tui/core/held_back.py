"""A price's newest point held back as suspect (``tui.flow.price_guard``), said on its row.

The guard leaves out a newest point that moves implausibly (a number cut off mid-digits, a
mistake) and says so on its source's health line: as a warning when the rest was stored, as the
error when the whole update was refused. The row of that source's price shows the last point
before it, which is not the latest the source sent: the row says so too (the panel's "held"
under the price, the text snapshot's ``NEWEST HELD BACK``, the JSON's ``held_back``), with the
guard's reason, read here from the health line the guard wrote (its words are these constants).
"""

from __future__ import annotations

from collections.abc import Iterable

from tui.core.models import SourceHealth

#: How the guard's error begins when it refused a whole update.
HELD_BACK = "suspect update held back: "
#: How the guard's warning begins when it left out the newest point and stored the rest.
LEFT_OUT = "newest point left out, cut off or a mistake? "
#: How the guard's reason for a move ends (a warning may go on with others after it, "; "-joined).
OVERRIDES = "(the source option max_move_pct overrides)"


def held_back_reason(health: SourceHealth | None) -> str | None:
    """Why the source's newest price was held back as suspect (the guard's reason: ``"2026-12-01
    moves -99% from 2026-11-30 (9,290 -> 92); more than the 25% plausible for this series (the
    source option max_move_pct overrides)"``), None when it was not."""
    if health is None:
        return None
    if health.error and health.error.startswith(HELD_BACK):
        return health.error[len(HELD_BACK) :]
    warning = health.warning or ""
    at = warning.find(LEFT_OUT)
    if at < 0:
        return None
    reason = warning[at + len(LEFT_OUT) :]
    end = reason.find(OVERRIDES)
    return reason[: end + len(OVERRIDES)] if end >= 0 else reason


def held_back(sources: Iterable[SourceHealth]) -> dict[str, str]:
    """:func:`held_back_reason` of each source whose newest price was held back, by name."""
    return {h.name: why for h in sources if (why := held_back_reason(h)) is not None}
