"""Rulings on a measure that are no measure (the twenty-first blind set's even rows, session 41).

- A WTO dispute's report: "Morocco - Anti-Dumping Measures on Certain Hot-Rolled Steel from
  Turkey - AB-2018-5 - Report of the Appellate Body", "... - Panel Report": the report weighs a
  member's measure; it imposes, lifts or changes nothing.
- A scope ruling that goods are not subject to a duty: "Heat Treated ASTM A449 Rods and Studs
  Not Subject to AD Duties": the order stays as it was, the goods were never in it. Goods "no
  longer subject to" a duty are released, and are not read here.

Asked by :func:`tui.engine.classifier_vetoes.find_veto`.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: "Report of the Appellate Body", "Report of the Panel", "Appellate Body Report", "Panel
#: Report(s)".
_REPORT_RE = lazy(
    r"\b(?:reports?\s+of\s+the\s+(?:appellate\s+body|panel)|(?:appellate\s+body|panel)\s+"
    r"reports?)\b",
    re.IGNORECASE,
)
#: "not subject to AD duties", "Not Subject to AD/CVD Duties", "not subject to antidumping
#: duties": never "no longer subject to".
_NOT_SUBJECT_RE = lazy(
    r"(?<!\blonger\s)\bnot\s+subject\s+to\s+(?:the\s+)?(?:[\w/-]+\s+){0,3}?"
    r"(?:dut(?:y|ies)|tariffs?|orders?)\b",
    re.IGNORECASE,
)


def ruling_veto(title: str) -> tuple[str, str] | None:
    """(kind, why) when the title is a WTO dispute's report or a ruling that goods are not
    subject to a duty; else None."""
    if _REPORT_RE.search(title) is not None:
        return "ruling", "a WTO dispute's report on a measure, no measure of its own"
    if _NOT_SUBJECT_RE.search(title) is not None:
        return "ruling", "goods ruled not subject to a duty: the order stays as it was"
    return None
