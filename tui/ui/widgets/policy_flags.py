"""The policy board's flags: each row's flags in their order, each in its forms from longest to
shortest, ranked by what must never be missed (``tui.ui.flag_fit`` fits them to the column)."""

from __future__ import annotations

from rich.text import Text

from tui.core.fmt import STATUS_SYMBOL
from tui.core.models import PolicyStatus
from tui.ui.board_marks import FROM_MARK
from tui.ui.flag_fit import Flag
from tui.ui.shown import shown


def flag_list(
    row: PolicyStatus,
    changed: bool,
    down: tuple[str, ...],
    proposed: bool,
    *,
    coming: bool = False,
) -> list[Flag]:
    """The row's flags in their order, each in its forms from longest to shortest, ranked
    by what must never be missed: a measure that ended (rank 0), a failing register, one
    proposed (1), a change since last looked, a coming day, a conflict, an end day (2), the
    rest. A coming day's shortest form keeps it coming: "≥2052-06-04" (``FROM_MARK``)."""
    flags: list[Flag] = []
    ended = row.expired and row.until is not None
    if ended and row.until is not None:
        # the measure ran out: say so first and ask for a check, never stay silently
        end = row.until.isoformat()
        ends = (f"ended {end} — check", f"ended {end}", "ended — check", "ended")
        flags.append(Flag(ends, "bold reverse", rank=0))
    if down:  # the row may no longer be what its register says: the word before the name
        failing = f"⚠ failing: {', '.join(shown(n) for n in down)}"
        fails = (failing, "⚠ failing", "⚠failing")
        # a name cut to two letters at least ("⚠ failing: Re…" at 60 columns), else none
        flags.append(Flag(fails, "bold reverse", rank=1, cut_from=len("⚠ failing: ") + 3))
    if proposed:
        flags.append(Flag(("proposed",), "bold italic", rank=1))
    if changed:  # "★" before the day it stays (at 80 columns it went for "from 2052-06-04"),
        # "★ changed" only where the day's flag has its longest form
        flags.append(Flag(("★ changed", "★"), "bold", rank=2, widen=5))
    if row.starts is not None:  # the day first: a narrow column loses the coming status
        day = row.starts.isoformat()
        start = Text(f"from {day}", style="bold")
        whole = start.copy()
        # the shortest still says "not in force yet": beside "★" the day alone read as the
        # day it changed
        least = Text(f"{FROM_MARK}{day}", style="bold")
        forms: tuple[Text, ...] = (whole, start, least)
        if row.coming_from is None and row.coming is not None:
            rate = f" {row.coming_rate_pct:g}%" if row.coming_rate_pct is not None else ""
            mark = STATUS_SYMBOL.get(row.coming, "")
            whole.append(f": {mark}{row.coming}{rate}", "italic")
            # at 80 columns "from 2026-12-17" alone, beside "◆ licensing", read as the
            # row's own status starting that day: the coming status's mark stays before it
            marked = [f"{mark}{rate.strip()} from", f"{mark} from", f"{mark} on"]
            forms = (whole, *(Text(f"{m} {day}", "bold") for m in dict.fromkeys(marked)), start)
            forms += (Text(f"{mark}{FROM_MARK}{day}", "bold"),)  # "✖≥2026-12-17" beside "★"
        if coming:  # the status column had no room for "(coming)"
            forms = tuple(Text(f, style="bold") for f in (f"coming from {day}", f"coming {day}"))
            forms += (start, least)
        flags.append(Flag(forms, rank=2))
    if row.pending:
        pending = f"pending: {STATUS_SYMBOL.get(row.pending, '')}{row.pending}"
        flags.append(Flag((pending, "pending"), "italic", rank=3))
    if row.conflict:
        flags.append(Flag(("⚠ conflict",), "bold reverse", rank=2))
    if row.other_side is not None:  # the other side's restriction still stands
        flags.append(Flag(side_forms(row), "italic", rank=3))
    if (g := row.newer_general) is not None:  # a newer status for all may apply here too
        rate = f" {g.rate_pct:g}%" if g.rate_pct is not None else ""
        where = f"newer {g.origin}→{g.destination}"
        mark = STATUS_SYMBOL.get(g.status, "")
        newer = (
            f"{where}: {mark}{g.status}{rate}",
            f"{where}: {mark}{g.status}",
            f"{where} {mark}{rate.strip() or g.status}",  # "newer *→US $50%" in 16 cells
            where,
        )
        flags.append(Flag(newer, "italic", rank=3))
    if not ended and row.until is not None:  # the day the measure's text says it runs to
        last = row.until.isoformat()
        flags.append(Flag((f"until {last}", f"to {last}"), rank=2))  # the day whole
    return flags


def side_forms(row: PolicyStatus) -> tuple[str, ...]:
    """The other side's restriction, from "also US: $tariff 93.5% since 2025-07-17" down
    to "+US $93.5%"."""
    o, who = row.other_side, row.other_party
    if o is None or who is None:
        return ("",)
    who = ("all " + o.side + "s") if who == "*" else who
    mark = STATUS_SYMBOL.get(o.status, "")
    rate = f" {o.rate_pct:g}%" if o.rate_pct is not None else ""
    since = f" since {o.since.isoformat()}" if o.since is not None else ""
    return (
        f"also {who}: {mark}{o.status}{rate}{since}",
        f"also {who}: {mark}{o.status}{rate}",
        f"+{who} {o.status}{rate}",
        f"+{who} {mark}{rate.strip() or o.status}",
    )
