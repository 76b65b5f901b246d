"""The invariance audit's swap of one watched metal for another (``invariance_cases.py``).

"Indonesia bans nickel ore exports" and "Indonesia bans cobalt ore exports" are the same kind
of news: a rule that reads one and not the other depends on the metal's name, not on what the
headline says (a gap in a table of metals' words, a phrase written for one metal). The swap
writes the title's first swappable metal as its partner everywhere in the title and summary
(in the case it is written in), where the partner is named nowhere in them; the rewriting keeps
its row's reading when it is read as the row, with the metal swapped in the reading's metals
(:func:`expected`).

The pairs are metals the watch list names by one plain word each and whose news is alike
(base metals, battery metals, chip metals, precious metals); "lead" (a verb), "tin" (kept
apart: "tin" is in many tin-plate and tin-can phrases), steel, aluminium and rare earths
(named by many product words) are not swapped.
"""

from __future__ import annotations

import re
from typing import Any

from classifier_scoring import Reading

#: metal id -> its partner's id; each metal's word is its id
PAIRS: dict[str, str] = {
    "copper": "zinc",
    "zinc": "copper",
    "nickel": "cobalt",
    "cobalt": "nickel",
    "gallium": "germanium",
    "germanium": "gallium",
    "lithium": "graphite",
    "graphite": "lithium",
    "gold": "silver",
    "silver": "gold",
}
_ANY = re.compile(r"\b(" + "|".join(PAIRS) + r")\b", re.IGNORECASE)


def _named(metal: str, text: str) -> bool:
    return re.search(r"\b" + metal + r"\b", text, re.IGNORECASE) is not None


def swap_of(title: str, summary: str) -> tuple[str, str] | None:
    """(metal, partner): the title's first swappable metal whose partner is named nowhere in
    the title or summary, or None."""
    for m in _ANY.finditer(title):
        metal = m.group(1).lower()
        partner = PAIRS[metal]
        if not _named(partner, title) and not _named(partner, summary):
            return metal, partner
    return None


def _cased(old: str, new: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _swap(text: str, metal: str, partner: str) -> str:
    return re.sub(
        r"\b" + metal + r"\b", lambda m: _cased(m.group(0), partner), text, flags=re.IGNORECASE
    )


def other_metal(title: str, summary: str) -> list[tuple[str, str]]:
    """The title and summary with the title's first swappable metal written as its partner."""
    swap = swap_of(title, summary)
    if swap is None:
        return []
    metal, partner = swap
    return [(_swap(title, metal, partner), _swap(summary, metal, partner))]


def expected(item: dict[str, Any], base: Reading | None) -> Reading | None:
    """The row's reading with the swapped metal written as its partner in its metals."""
    swap = swap_of(item["title"], item["summary"])
    if base is None or swap is None:
        return base
    metal, partner = swap
    metals = frozenset(partner if m == metal else m for m in base[3])
    return (base[0], base[1], base[2], metals, base[4], base[5])


# --- one country for a like one --------------------------------------------------------------

#: code -> (name, government, demonym), as :data:`invariance_forms.COUNTRIES` writes them
_COUNTRY_FORMS: dict[str, tuple[str, str, str]] = {
    "ID": ("Indonesia", "Jakarta", "Indonesian"),
    "PH": ("Philippines", "Manila", "Philippine"),
    "CL": ("Chile", "Santiago", "Chilean"),
    "PE": ("Peru", "Lima", "Peruvian"),
    "VN": ("Vietnam", "Hanoi", "Vietnamese"),
    "TH": ("Thailand", "Bangkok", "Thai"),
    "CA": ("Canada", "Ottawa", "Canadian"),
    "MX": ("Mexico", "Mexico City", "Mexican"),
    "ZW": ("Zimbabwe", "Harare", "Zimbabwean"),
    "ZM": ("Zambia", "Lusaka", "Zambian"),
    "BR": ("Brazil", "Brasilia", "Brazilian"),
    "AR": ("Argentina", "Buenos Aires", "Argentine"),
}
#: country code -> its partner's: countries whose trade news is alike (ore exporters, mining
#: states, neighbours facing the same importers)
COUNTRY_PAIRS: dict[str, str] = {
    "ID": "PH", "PH": "ID", "CL": "PE", "PE": "CL", "VN": "TH", "TH": "VN",
    "CA": "MX", "MX": "CA", "ZW": "ZM", "ZM": "ZW", "BR": "AR", "AR": "BR",
}  # fmt: skip
# words of a country beyond its three forms ("Filipino", "Argentinian", "Viet Nam", "Brasil")
_STEMS = {
    "ID": "Indonesi", "PH": "Philippin|Filipin", "CL": "Chile", "PE": "Peru", "VN": "Viet|Việt",
    "TH": "Thai", "CA": "Canad", "MX": "Mexic", "ZW": "Zimbabw", "ZM": "Zambi",
    "BR": "Brazil|Brasil", "AR": "Argentin",
}  # fmt: skip


def _country_named(code: str, text: str) -> bool:
    _name, government, _demonym = _COUNTRY_FORMS[code]
    pattern = r"(?:" + _STEMS[code] + r")|\b" + re.escape(government) + r"\b"
    named = re.search(pattern, text, re.IGNORECASE) is not None
    return named or re.search(r"\b" + code + r"\b", text) is not None  # "on VN steel"


def country_swap_of(title: str, summary: str) -> tuple[str, str] | None:
    """(code, partner): the first pair country the title names whose partner is named nowhere
    in the title or summary, or None."""
    found = []
    for code in COUNTRY_PAIRS:
        m = re.search(_STEMS[code], title, re.IGNORECASE)
        if m is not None:
            found.append((m.start(), code))
    for _at, code in sorted(found):
        partner = COUNTRY_PAIRS[code]
        if not _country_named(partner, title) and not _country_named(partner, summary):
            return code, partner
    return None


def _swap_country(text: str, code: str, partner: str) -> str:
    olds, news = _COUNTRY_FORMS[code], _COUNTRY_FORMS[partner]
    # the longest form first ("Mexico City" before "Mexico"); each form by its own
    for k in sorted(range(3), key=lambda k: -len(olds[k])):
        text = re.sub(
            r"\b" + re.escape(olds[k]) + r"\b",
            lambda m, k=k: _cased(m.group(0), news[k]),  # type: ignore[misc]
            text,
            flags=re.IGNORECASE,
        )
    return text


def _left(code: str, text: str) -> bool:
    """Is the country still named after the swap (a form the swap does not write: "Viet
    Nam", "Canadians", its code "VN")?"""
    stem = re.search(_STEMS[code], text, re.IGNORECASE)
    return stem is not None or re.search(r"\b" + code + r"\b", text) is not None


def other_country(title: str, summary: str) -> list[tuple[str, str]]:
    """The title and summary with the title's first pair country written as its partner."""
    swap = country_swap_of(title, summary)
    if swap is None:
        return []
    code, partner = swap
    out = (_swap_country(title, code, partner), _swap_country(summary, code, partner))
    return [] if _left(code, out[0]) or _left(code, out[1]) else [out]


def expected_country(item: dict[str, Any], base: Reading | None) -> Reading | None:
    """The row's reading with the swapped country's code written as its partner's."""
    swap = country_swap_of(item["title"], item["summary"])
    if base is None or swap is None:
        return base
    code, partner = swap

    def side(x: str) -> str:
        return partner if x == code else x

    return (base[0], side(base[1]), side(base[2]), base[3], base[4], base[5])
