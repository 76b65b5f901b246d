"""The word-level rewritings of the invariance audit (``invariance_cases.py``): the same country,
rate, remedy, measure and metal written the other ways outlets write them.

Each function takes a title and returns its rewritings (one per place and other form), each
keeping the title's meaning: "U.S." for "US", "Beijing" for "China" where the country acts (the
title's subject), "Chinese" for "China's", "25 per cent" for "25%", "antidumping" for
"anti-dumping", "ban on nickel ore exports" for "nickel ore export ban", "aluminum" for
"aluminium". The country table is the audit's own, not the gazetteer's: it tests the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# (names, governments, demonym): names stand for one another anywhere; a government form
# stands for a name only as the title's subject (the country acting); the demonym for "X's".
COUNTRIES: tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...] = (
    (("U.S.", "US", "United States"), ("Washington", "America"), ""),
    (("China",), ("Beijing", "PRC"), "Chinese"),
    (("EU", "European Union"), ("Brussels",), ""),
    (("UK", "U.K.", "Britain"), ("London",), "British"),
    (("South Korea", "S. Korea"), ("Seoul",), "South Korean"),
    (("India",), ("New Delhi",), "Indian"),
    (("Japan",), ("Tokyo",), "Japanese"),
    (("Canada",), ("Ottawa",), "Canadian"),
    (("Mexico",), ("Mexico City",), "Mexican"),
    (("Indonesia",), ("Jakarta",), "Indonesian"),
    (("Australia",), ("Canberra",), "Australian"),
    (("Russia",), ("Moscow", "Kremlin"), "Russian"),
    (("Vietnam", "Viet Nam"), ("Hanoi",), "Vietnamese"),
    (("Brazil",), ("Brasilia",), "Brazilian"),
    (("Turkey", "Türkiye"), ("Ankara",), "Turkish"),
    (("South Africa",), ("Pretoria",), "South African"),
    (("Philippines",), ("Manila",), "Philippine"),
    (("Malaysia",), ("Kuala Lumpur",), "Malaysian"),
    (("Thailand",), ("Bangkok",), "Thai"),
    (("Taiwan",), ("Taipei",), "Taiwanese"),
    (("Chile",), ("Santiago",), "Chilean"),
    (("Peru",), ("Lima",), "Peruvian"),
    (("DRC", "DR Congo"), ("Kinshasa",), "Congolese"),
    (("Zimbabwe",), ("Harare",), "Zimbabwean"),
    (("Zambia",), ("Lusaka",), "Zambian"),
    (("Ukraine",), ("Kyiv",), "Ukrainian"),
    (("Germany",), ("Berlin",), "German"),
    (("Egypt",), ("Cairo",), "Egyptian"),
    (("Pakistan",), ("Islamabad",), "Pakistani"),
    (("Kazakhstan",), ("Astana",), "Kazakh"),
    (("Saudi Arabia",), ("Riyadh",), "Saudi"),
    (("Argentina",), ("Buenos Aires",), "Argentine"),
    (("Colombia",), ("Bogota",), "Colombian"),
)

# plural nouns that follow a country's name as nouns, not as its verb ("China exports rise")
_NOUNS = frozenset(
    "exports imports tariffs duties prices shares stocks miners producers steelmakers sales "
    "shipments curbs rules talks officials firms companies metals minerals earths news markets "
    "futures bonds yields smelters mills mines reserves supplies flows buyers makers "
    "manufacturers industries plants deals ties relations lawmakers automakers users "
    "consumers traders investors banks costs purchases stockpiles inventories".split()
)
# verbs that follow a country acting, without the third person's "s"
_VERBS = frozenset(
    "to will may might could would should can set cut hit put let must plans weighs eyes".split()
)
_LEAD = re.compile(r"^((?:UPDATE \d+-|WRAPUP \d+-|[A-Z]+ \d+-)?)")


def _name(form: str) -> str:
    """A pattern for one form, as a whole word, in its own case."""
    return r"(?<![\w.])" + re.escape(form) + r"(?![\w])"


def _at(title: str, start: int, end: int, new: str) -> str:
    return title[:start] + new + title[end:]


def country_names(title: str) -> list[str]:
    """Each name of a country written as another of its names ("U.S." for "US")."""
    out = []
    for names, _governments, _demonym in COUNTRIES:
        for form in names:
            for m in re.finditer(_name(form), title):
                if form == "US" and title[m.end() : m.end() + 1] == "$":
                    continue
                out += [_at(title, m.start(), m.end(), other) for other in names if other != form]
    return out


def _acts(rest: str) -> bool:
    """Does the text after a country's name begin with a verb (the country acting)?"""
    m = re.match(r"\s+([A-Za-z]+)", rest)
    if m is None or rest[:1] != " ":
        return False
    word = m.group(1).lower()
    if word in _VERBS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word not in _NOUNS


def capitals(title: str) -> list[str]:
    """A country acting as the title's subject written as its government ("Beijing imposes"
    for "China imposes") and back ("China" for "Beijing")."""
    lead = _LEAD.match(title)
    at = lead.end() if lead else 0
    out = []
    for names, governments, _demonym in COUNTRIES:
        forms = names + governments
        for form in forms:
            if not title.startswith(form, at):
                continue
            end = at + len(form)
            if not _acts(title[end:]):
                continue
            others = governments if form in names else names[:1]
            out += [_at(title, at, end, other) for other in others]
    return out


# a measure noun closing the goods' phrase ("India's aluminium wire duty", "Russia's steel
# safeguard quotas"): the possessive owns the measure, which the demonym does not say
_OWNS_MEASURE = (
    r"(?:(?!(?:for|to|on|of|with|from|in|by|at)\b)[\w-]+ ){0,3}"
    r"(?:duty|duties|tariffs?|bans?|quotas?|safeguards?|levy|levies|tax|"
    r"taxes|curbs|controls|restrictions)\b"
)
# words that may stand before a possessive made of a demonym: a preposition or a verb, not an
# adjective, article or quantifier ("cheap Chinese steel" is no "cheap China's steel", "some
# Canadian aluminium" no "some Canada's aluminium")
_BEFORE_POSSESSIVE = frozenset(
    "on of for over after amid with by to from against into in as about ban buy bar hit curb "
    "protect shield target restrict block sanction tax import export stop halt".split()
)
_NOT_VERBS = frozenset("its this his us was is has as less news".split())


def _possessive_fits(title: str, start: int) -> bool:
    """Can "X's" stand where a demonym starts at ``start``?"""
    head = title[:start].rstrip()
    if not head or head[-1] in ":;-–—(|,":
        return True
    low = head.split()[-1].lower()
    return low in _BEFORE_POSSESSIVE or (
        low.endswith(("s", "ed")) and not low.endswith(("ss", "'s", "’s")) and low not in _NOT_VERBS
    )


def _a_name_before(title: str, start: int) -> bool:
    """Is the word before ``start`` a name the texts never write in lower case ("Freeport
    Indonesia's copper": the country's name is part of a company's)?"""
    from invariance_cases import _common_words  # the audit's rows, read once

    head = title[:start].split()
    return bool(head) and head[-1][:1].isupper() and head[-1].lower() not in _common_words()


def demonyms(title: str) -> list[str]:
    """ "Chinese aluminium foil" for "China's aluminium foil", and back: the country owning
    goods (a metal word next), not a measure ("India's duty" may be "Indian duty" or not, and
    so "India's aluminium wire duty"), nor a company's name ("Freeport Indonesia's"); a
    demonym after an adjective or article keeps its form ("cheap Chinese steel")."""
    out = []
    for names, _governments, demonym in COUNTRIES:
        if not demonym:
            continue
        name = names[0]
        goods = r" (?=" + _METAL_WORD + r")(?!" + _METAL_WORD + r" " + _OWNS_MEASURE + ")"
        for m in re.finditer(_name(name) + r"['’]s" + goods, title, re.I):
            if not _a_name_before(title, m.start()):
                out.append(_at(title, m.start(), m.end(), demonym + " "))
        for m in re.finditer(_name(demonym) + goods, title, re.I):
            if _possessive_fits(title, m.start()):
                out.append(_at(title, m.start(), m.end(), name + "'s "))
    return out


def _cased(old: str, new: str) -> str:
    """``new`` in the case ``old`` is written in (ALL CAPS, Title Case or as given)."""
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old.istitle():
        return re.sub(r"\b[a-z]", lambda m: m.group(0).upper(), new)
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _swaps(title: str, pairs: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    out = []
    for pattern, others in pairs:
        for m in re.finditer(pattern, title, re.I):
            for other in others:
                new = m.expand(other) if "\\" in other else other
                out.append(_at(title, m.start(), m.end(), _cased(m.group(0), new)))
    return out


def per_cent(title: str) -> list[str]:
    pairs = (
        (r"(\d+(?:\.\d+)?) ?%", (r"\1 per cent", r"\1 percent", r"\1 pct")),
        (r"(\d+(?:\.\d+)?) (?:per cent|percent|pct)\b", (r"\1%",)),
    )
    return _swaps(title, pairs)


def anti_dumping(title: str) -> list[str]:
    pairs = (
        (r"\banti-dumping\b", ("antidumping", "anti dumping")),
        (r"\bantidumping\b", ("anti-dumping", "anti dumping")),
        (r"\banti dumping\b", ("anti-dumping",)),
        (r"\banti-subsidy\b", ("antisubsidy",)),
    )
    return _swaps(title, pairs)


# the words of goods that stand before "export ban" ("nickel ore export ban")
_GOODS = (
    r"(?:copper|aluminium|aluminum|alumina|bauxite|nickel|zinc|tin|lead|cobalt|lithium|"
    r"graphite|gallium|germanium|antimony|tungsten|gold|silver|platinum|steel|ore|ores|"
    r"rare|earths?|rare-earths?|concentrates?|scrap|raw|unprocessed|minerals?|metals?|"
    r"magnets?|mineral)"
)
_METAL_WORD = (
    r"(?:copper|alumini?um|nickel|zinc|tin|cobalt|lithium|graphite|gallium|germanium|"
    r"antimony|gold|silver|platinum|steel|iron ore|rare earths?|rare-earths?)\b"
)
_MEASURE = r"(ban|bans|curbs|controls|restrictions|duty|duties|tax|taxes|levy)"


# the words that may stand before a rewritten phrase: not goods words nor a coordination
_BEFORE_OK = frozenset("a an the new its their on of for over after amid with by to".split())
# nouns the measure word qualifies ("export duty rebates"): the phrase goes on past it
_NEXT_NOUN = (
    r"(?:on|of|rebates?|exemptions?|permits?|quotas?|regime|policy|revenues?|relief|hikes?|"
    r"increases?|cuts?|rates?|waivers?|refunds?|structure|schemes?|rules?|law)\b"
)


def _free_before(title: str, start: int) -> bool:
    """Does the phrase at ``start`` begin a noun phrase (the word before it is a name, a
    possessive, a determiner or a preposition, not a goods word or "or"/"and")?"""
    head = title[:start].rstrip()
    if not head or head[-1] in ":;-–—(|":
        return True
    if head[-1] == ",":
        return False
    word = head.split()[-1]
    return (
        word.lower() in _BEFORE_OK
        or word.endswith(("'s", "’s"))
        or (word[:1].isupper() and word.lower() not in ("or", "and"))
    )


def ban_on_exports(title: str) -> list[str]:
    """ "ban on nickel ore exports" for "nickel ore export ban", and back."""
    pairs = (
        (
            r"\b((?:"
            + _GOODS
            + r" ){0,3})(export|import) "
            + _MEASURE
            + r"\b(?!\s+"
            + _NEXT_NOUN
            + ")",
            r"\3 on \1\2s",
        ),
        (
            r"\b" + _MEASURE + r" on ((?:" + _GOODS + r" ){0,3})(export|import)s\b(?!\s+of\b)",
            r"\2\3 \1",
        ),
    )
    out = []
    for pattern, other in pairs:
        for m in re.finditer(pattern, title, re.I):
            if _free_before(title, m.start()):
                new = " ".join(m.expand(other).split())
                out.append(_at(title, m.start(), m.end(), _cased(m.group(0), new)))
    return out


_METALS = (
    r"(copper|aluminium|aluminum|nickel|zinc|cobalt|lithium|graphite|gallium|germanium|"
    r"antimony|steel|iron ore|rare earths)"
)


def metal_wording(title: str) -> list[str]:
    """The metal's other spelling, and "imports of steel" for "steel imports" and back: the
    metal stays named."""
    pairs: tuple[tuple[str, tuple[str, ...]], ...] = (
        (r"\baluminium\b", ("aluminum",)),
        (r"\baluminum\b", ("aluminium",)),
        (r"\b" + _METALS + r" (imports|exports)\b", (r"\2 of \1",)),
        # not a list's first metal ("imports of aluminium, copper")
        (r"\b(imports|exports) of " + _METALS + r"\b(?!\s*(?:,|&|and\b|or\b))", (r"\2 \1",)),
        (r"\bstainless steel\b", ("stainless-steel",)),
        (r"\bhot-rolled steel\b", ("hot-rolled steel coil",)),
    )
    return _swaps(title, pairs)


REWRITES: dict[str, Callable[[str], list[str]]] = {
    "country name": country_names,
    "capital as government": capitals,
    "demonym": demonyms,
    "metal wording": metal_wording,
    "per cent": per_cent,
    "anti-dumping": anti_dumping,
    "export ban": ban_on_exports,
}
