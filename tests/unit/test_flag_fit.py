"""Flags fitted to their column (``tui.ui.flag_fit``): every flag kept is a whole form of it (or
a name cut with "…" where the flag allows it), the most important ones are the last to go, and
nothing is longer than the room. At 60 columns the policy panel's 14 cells held "ended — check"
and cut "⚠ failing: Register" to nothing ("ended — check…"); at 70, "ended 2026-01-10 — chec…"."""

from __future__ import annotations

import pytest

from tui.ui.flag_fit import Flag, fit_flags

ENDED = Flag(("ended 2026-01-10 — check", "ended 2026-01-10", "ended — check", "ended"), rank=0)
FAILING = Flag(("⚠ failing: Register", "⚠ failing", "⚠failing"), rank=1, cut_from=13)
PROPOSED = Flag(("proposed",), rank=1)
CHANGED = Flag(("★ changed", "★"), rank=5)
FROM = Flag(("from 2027-01-01: $tariff 25%", "from 2027-01-01"), rank=2)
UNTIL = Flag(("until 2031-03-31", "to 2031-03-31"), rank=2)
CONFLICT = Flag(("⚠ conflict",), rank=2)
PENDING = Flag(("pending: ▤quota", "pending"), rank=3)


def whole(said: str, flags: list[Flag]) -> bool:
    """``said`` is, word for word, some of ``flags`` in order, each in one of its forms (a
    flag with ``cut_from`` may be its first form cut with "…")."""
    rest = said
    for flag in flags:
        for form in sorted(map(str, flag.forms), key=len, reverse=True):
            if rest.startswith(form) and rest[len(form) : len(form) + 1] in ("", " "):
                rest = rest[len(form) + 1 :]
                break
        else:
            if flag.cut_from and "…" in rest.split(" ⚠")[0]:
                cut = rest[: rest.index("…") + 1]
                if str(flag.forms[0]).startswith(cut[:-1]) and len(cut) >= flag.cut_from:
                    rest = rest[len(cut) + 1 :]
    return rest == ""


CASES = [
    # (flags, room, what must be said)
    ([ENDED, FAILING], 14, ["ended", "⚠failing"]),
    ([ENDED, FAILING], 24, ["ended — check", "⚠ failing"]),
    ([ENDED, FAILING], 40, ["ended 2026-01-10 — check", "⚠ failing: Reg…"]),
    ([ENDED, FAILING], 60, ["ended 2026-01-10 — check", "⚠ failing: Register"]),
    ([FAILING, PROPOSED, CHANGED], 16, ["⚠ failing: Regi…"]),
    ([FAILING, PROPOSED, CHANGED], 17, ["⚠failing", "proposed"]),
    ([FAILING, PROPOSED, CHANGED], 20, ["⚠ failing", "proposed", "★"]),
    ([CHANGED, FROM, PENDING], 16, ["from 2027-01-01"]),
    ([CHANGED, FROM, PENDING], 30, ["★", "from 2027-01-01", "pending"]),
    ([CHANGED, FROM, PENDING], 33, ["★", "from 2027-01-01", "pending: ▤quota"]),
    ([CHANGED, FROM, PENDING], 41, ["★", "from 2027-01-01: $tariff 25%", "pending"]),
    ([CONFLICT, UNTIL], 14, ["⚠ conflict"]),
    ([CONFLICT, UNTIL], 25, ["⚠ conflict", "to 2031-03-31"]),
    ([PENDING, UNTIL, CHANGED], 14, ["to 2031-03-31"]),
    ([UNTIL], 16, ["until 2031-03-31"]),
]


@pytest.mark.parametrize(("flags", "room", "want"), CASES)
def test_the_most_important_flags_are_said_whole(
    flags: list[Flag], room: int, want: list[str]
) -> None:
    said = fit_flags(flags, room).plain
    assert len(said) <= room, (said, room)
    assert said == " ".join(want), (said, room)
    assert whole(said, flags), said


@pytest.mark.parametrize("room", range(6, 61))
def test_no_flag_is_cut_by_the_edge_at_any_room(room: int) -> None:
    flags = [ENDED, FAILING, PROPOSED, CHANGED, FROM, CONFLICT, PENDING, UNTIL]
    said = fit_flags(flags, room).plain
    assert len(said) <= room, (said, room)
    assert said.startswith("ended"), (said, room)  # rank 0 stays whatever the room
    assert whole(said, flags), (said, room)


def test_a_single_flag_longer_than_the_room_is_cut_with_an_ellipsis() -> None:
    said = fit_flags([Flag(("pending: ▤quota", "pending"))], 5).plain
    assert said == "pend…"


def test_styles_are_kept_and_the_spaces_between_carry_none() -> None:
    text = fit_flags([Flag(("ended",), "bold reverse"), Flag(("★ changed",), "bold")], 20)
    assert text.plain == "ended ★ changed"
    spans = [(text.plain[s.start : s.end], str(s.style)) for s in text.spans]
    assert spans == [("ended", "bold reverse"), ("★ changed", "bold")]


def test_a_flag_may_stay_before_another_and_widen_after_it() -> None:
    """``widen`` apart from ``rank``: "★" is kept before a coming day (at 16 cells "from
    2052-06-04" had pushed it out), yet "★ changed" waits for the day's longest form."""
    star = Flag(("★ changed", "★"), rank=2, widen=5)
    day = Flag(("coming from 2052-06-04", "coming 2052-06-04", "from 2052-06-04", "≥2052-06-04"))
    day = Flag(day.forms, rank=2)
    said = {room: fit_flags([star, day], room).plain for room in (12, 16, 19, 24, 32)}
    assert said == {
        12: "★ changed",  # the day (rank 2 too, said after) went first
        16: "★ ≥2052-06-04",
        19: "★ coming 2052-06-04",
        24: "★ coming from 2052-06-04",
        32: "★ changed coming from 2052-06-04",
    }, said
    # widened in rank order, "★ changed" took the room first: "★ changed ≥2052-06-04" at 24
    eager = Flag(star.forms, rank=2)
    assert fit_flags([eager, day], 24).plain == "★ changed ≥2052-06-04"
