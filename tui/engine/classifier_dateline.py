"""The city of a wire dateline as the place of a government the lede names by no country.

A summary's dateline ("WASHINGTON, May 31 (Reuters) -") tells where an outlet files from, not
who acts, and is dropped before the corridor is read. But a lede whose subject is a government
named by no country ("NEW DELHI (PTI) - The finance ministry has imposed ...", "HARARE - The
government has banned ...") is that city's government, as the labelled sets read it and as a
dateline written as the lede's first words ("New Delhi: The Centre on Wednesday ...") is read
already: there the city is kept, written that way.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_budget_lede import budget_told
from tui.engine.classifier_minister_lede import minister_opens

#: A ministry's portfolio ("finance", "commerce and industry"): no place's name.
_PORTFOLIO = (
    r"(?:finance|commerce|trade|industry|industries|mines|mining|steel|economy|economic|"
    r"foreign|external|affairs|mineral|minerals|resources|energy|and|&)"
)
#: A lede opening on a government named by no country: "The government", "The Centre", "The
#: cabinet", "The finance ministry", "The Ministry of Commerce", "The commerce and industry
#: ministry".
_BARE_GOVERNMENT_RE = lazy(
    r"\s*(?:the\s+)?(?:(?:union|central|federal|national)\s+)?(?:government|govt|centre|center|"
    r"cabinet|(?:"
    + _PORTFOLIO
    + r"\s+){1,4}?ministry|ministry\s+of\s+"
    + _PORTFOLIO
    + r")\b(?!\s+of\b)",
    re.IGNORECASE,
)
#: The city of a dateline: its capitalised words before a comma, a bracket or a dash.
_CITY_RE = lazy(r"\s*([A-Z][A-Z.'’ -]{2,30}?)\s*(?:,|\(|--|[-–—])")


def government_filed(dateline: str, rest: str) -> str:
    """``rest`` (the summary after its ``dateline``), the dateline's city written before it as
    "City: " when the lede opens on a government named by no country."""
    if (
        _BARE_GOVERNMENT_RE.match(rest) is None
        and not minister_opens(rest)
        and not budget_told(rest)
    ):
        return rest
    city = _CITY_RE.match(dateline)
    if city is None:
        return rest
    return f"{city.group(1).strip().title()}: {rest}"
