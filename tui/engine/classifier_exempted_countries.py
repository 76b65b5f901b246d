"""Countries counted as the ones a measure exempts, not measures counted across countries (the
twenty-first blind set's even rows, session 41).

"Exempting 115 developing countries from Gulf iron and steel import Tariffs", "Customs union
exempts 120 developing countries from steel safeguard duties": the count is of the countries the
release spares, the measure one body's. A count of countries that take measures ("48 countries
have restricted scrap exports") stays the survey
:func:`tui.engine.classifier_stances.trend_of_measures` reads.

Asked by :func:`tui.engine.classifier_stances` beside ``trend_of_measures``.
"""

from __future__ import annotations

from tui.engine.classifier_text import Finding, Text

#: The nouns of a count of countries.
_COUNTRIES = frozenset({"countries", "nations", "economies", "members"})


def countries_exempted(t: Text, best: Finding) -> bool:
    """The release ``best`` found exempts a count of countries "from" the measure that follows
    ("exempts 120 developing countries from steel safeguard duties")."""
    if best.rule != "release" or not t.word(best.index).startswith("exempt"):
        return False
    lows = t.lows
    end = min(len(lows), best.index + 8)
    for k in range(best.index + 1, end):
        if lows[k] in _COUNTRIES:
            return k + 1 < len(lows) and lows[k + 1] == "from"
    return False
