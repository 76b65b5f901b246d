"""A sunset review's determination told by its lede's counterfactual (session 33).

The US ITC announces a five-year (sunset) review's outcome in a fixed sentence: it "determined
that revoking the existing antidumping duty order on imports of ... would be likely to lead to
continuation or recurrence of material injury". "Revoking" there is what would follow if the
order went, not a revocation: the order stays as it was, and the determination is a step of
the case, no event (docs/STATUSES.md: the ITC's determinations; a title naming no measure of
its own, "USITC Makes Determination In Five-Year (Sunset) Review Concerning ...", is read by
this lede). Commerce's notice of the order's continuation names its act in its title
("Continuation of Antidumping Duty Order") and is read by it.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: "revoking the existing ... orders ... would be likely to lead to continuation or recurrence",
#: "that revocation of the order would likely lead to": the revocation is hypothetical.
_COUNTERFACTUAL_RE = lazy(
    r"\brevo(?:king|cation\s+of)\b[^.;]{0,400}?\bwould\s+(?:be\s+)?(?:likely\s+)?(?:to\s+)?"
    r"(?:lead\s+to|result\s+in)\b",
    re.IGNORECASE,
)


def revocation_supposed(sent: str) -> bool:
    """The sentence supposes a revocation to weigh its effect ("determined that revoking the
    orders ... would be likely to lead to continuation ... of material injury")."""
    return _COUNTERFACTUAL_RE.search(sent) is not None
