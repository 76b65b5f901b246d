"""A finance minister by name alone in a title (the seventh wire's odd rows, session 39).

"Sitharaman trims gold customs duty to 7.5%": a finance minister named without a country acts
for their government, as a leader does, and the wires name them so in budget news. A title's
minister of the table below is written with their country and portfolio ("India's Finance
Minister Sitharaman trims ..."), which the rules read as a government's act. Only the title: a
summary's "by Sitharaman" is the lede's telling, read as it stands. A name already after a
possessive or a country's adjective ("India's Sitharaman", "Indian FM Sitharaman") is left as
it is.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: Finance ministers (2019-2025) whom a wire's title names by surname alone: their first name
#: and surname, and the country they act for.
MINISTERS: dict[tuple[str, str], str] = {
    ("Nirmala", "Sitharaman"): "India",
    ("Sri", "Mulyani"): "Indonesia",
    ("Jim", "Chalmers"): "Australia",
    ("Josh", "Frydenberg"): "Australia",
    ("Chrystia", "Freeland"): "Canada",
    ("Fernando", "Haddad"): "Brazil",
    ("Enoch", "Godongwana"): "South Africa",
}
_COUNTRY = {surname: country for (_first, surname), country in MINISTERS.items()}

_NAME_RE = lazy(
    r"(?<![\w'’-])(?P<title>(?:[Ff]inance\s+[Mm]inister|FM)\s+)?"
    r"(?:(?:" + "|".join(first for first, _ in MINISTERS) + r")\s+)?"
    r"(?P<name>" + "|".join(surname for _, surname in MINISTERS) + r")\b(?!['’]s\s+[A-Z])"
)
#: What before the name already tells whose minister it is: a possessive or an adjective of a
#: place ("India's", "Indian", "Australian").
_OWNED_RE = lazy(r"(?:['’]s?|\b[A-Z][a-z]+(?:an|ese|ish|i))\s+$")


def _owned(m: re.Match[str]) -> str:
    if _OWNED_RE.search(m.string[: m.start()]):
        return m.group(0)
    country = _COUNTRY[m.group("name")]
    if m.group("title"):
        return f"{country}'s {m.group(0)}"
    return f"{country}'s Finance Minister {m.group(0)}"


def ministers_named(title: str) -> str:
    """``title`` with a finance minister of :data:`MINISTERS` named alone written with their
    country and portfolio."""
    if not any(surname in title for surname in _COUNTRY):
        return title
    return _NAME_RE.sub(_owned, title)
