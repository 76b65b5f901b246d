"""Tariffs offered away (the thirteenth blind set's even rows, session 41).

"India Offers Zero-for-Zero Tariffs on Auto Parts, Steel From US": an offer of zero tariffs, of
zero-for-zero tariffs or of tariff cuts on goods is an offer to remove or cut them, a release
proposed, as "offers to scrap tariffs on ..." already reads. Written so before the rules read
the title; an offer of anything else ("offers loans to miners") is left as it is.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: "offers zero(-for-zero) tariffs", "offered tariff cuts", "offering duty reductions".
_OFFERED_RE = lazy(
    r"\b(offer(?:s|ed|ing)?)\s+(?:"
    r"(?P<zero>zero(?:[- ]for[- ]zero)?)[- ](?P<noun>tariffs?|duties|duty|levies|levy)"
    r"|(?P<cut_noun>tariff|duty|levy)[- ](?P<cut>cuts?|reductions?)"
    r")\b",
    re.IGNORECASE,
)


def offered_away(title: str) -> str:
    """``title`` with an offer of zero tariffs or of tariff cuts written as an offer to scrap
    or to cut them ("offers to scrap tariffs on ...")."""
    if "offer" not in title.lower():
        return title

    def plain(m: re.Match[str]) -> str:
        if m.group("zero"):
            noun = m.group("noun").lower()
            noun = {"duty": "duties", "levy": "levies", "tariff": "tariffs"}.get(noun, noun)
            return f"{m.group(1)} to scrap {noun}"
        noun = m.group("cut_noun").lower()
        noun = {"duty": "duties", "levy": "levies"}.get(noun, noun + "s")
        return f"{m.group(1)} to cut {noun}"

    return _OFFERED_RE.sub(plain, title)
