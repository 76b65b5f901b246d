"""Flags fitted to a column: each flag in the longest of its forms that leaves room for the
ones that matter more; where even their shortest forms do not all fit, the least important go.

A flag is never cut mid-word by the column's edge ("ended 2026-01-10 — chec…" at 70 columns,
"ended — check…" hiding "⚠ failing" at 60): the words it may lose are chosen here."""

from __future__ import annotations

from rich.text import Text

from tui.core.record import record


@record
class Flag:
    forms: tuple[str | Text, ...]  # longest first; the last is the shortest it may be
    style: str = ""
    rank: int = 5  # 0 matters most: the last to lose words and the last to go
    cut_from: int = 0  # >0: the first form may be cut with "…" to no fewer cells than this
    # where not its rank, the order it takes a longer form in: "★" is kept before a day and
    # goes last, yet "★ changed" waits for the day's "coming from" (``None``: its rank)
    widen: int | None = None


def fit_flags(flags: list[Flag], room: int) -> Text:
    """``flags`` in their order, separated by a space, within ``room`` cells: the least
    important dropped until the rest fit at their shortest, then, most important first (or in
    their ``widen`` order), each widened to its longest form that still fits."""
    kept = list(range(len(flags)))

    def total(choice: dict[int, str | Text]) -> int:
        return sum(len(choice[i]) for i in kept) + max(0, len(kept) - 1)

    choice: dict[int, str | Text] = {i: flags[i].forms[-1] for i in kept}
    while len(kept) > 1 and total(choice) > room:
        # the least important goes; of equals, the one said last
        kept.remove(max(kept, key=lambda i: (flags[i].rank, i)))

    def widened(i: int) -> tuple[int, int]:
        w = flags[i].widen
        return (flags[i].rank if w is None else w, i)

    for i in sorted(kept, key=widened):
        flag = flags[i]
        spare = room - total(choice) + len(choice[i])  # this flag's cells at most
        fits = next((f for f in flag.forms if len(f) <= spare), None)
        if fits is None:  # alone and too long even at its shortest: the edge cuts it, with "…"
            fits = flag.forms[-1][: max(0, spare - 1)] + "…"
        elif flag.cut_from and fits != flag.forms[0] and spare >= flag.cut_from:
            cut = flag.forms[0][: spare - 1] + "…"  # "⚠ failing: Second reg…"
            fits = cut if len(cut) > len(fits) else fits
        choice[i] = fits
    text = Text()
    for n, i in enumerate(kept):
        if n:
            text.append(" ")
        said = choice[i]
        text.append_text(said) if isinstance(said, Text) else text.append(said, flags[i].style)
    return text
