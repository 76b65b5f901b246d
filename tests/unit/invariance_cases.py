"""The invariance audit's cases: studied labelled headlines, each rewritten in ways that keep
its meaning, as other outlets' styles write the same news.

A headline must be read the same whatever its surface form: Title Case, ALL CAPS or sentence
case, an aggregator's suffix, a wire's slug at its head ("UPDATE 2-", "EXCLUSIVE-", Yonhap's
"(LEAD)"), an outlet named with the rules' words after it ("- Steel Times International") or a
tag at its end ("(Reuters)"), curly or straight quotes and dashes, a country as its name, short
name, capital or demonym, "25%" or "25 per cent", "anti-dumping" or "antidumping", "export ban"
or "ban on exports", the metal's other spelling or product wording that keeps the metal named;
and news of one metal is read as the same news of a like metal ("other metal": nickel for
cobalt, gallium for germanium, :mod:`invariance_swaps`), the reading's metal swapped with it.
Each transform (:data:`TRANSFORMS`) rewrites a row into zero or more variants; a variant *keeps*
its row's reading when the classifier reads it as it reads the untransformed row in the same
run (invariance, not accuracy: the label is not consulted).

Product names alone ("rebar", "HRC", "wire rod") are not rewritten into the metal or back: the
labelled sets' rule (their PROVENANCE files: "HRC, CRC, rebar or wire rod named without the word
steel" is no watched metal; the first sets' steel rows with such titles name steel in their
summaries) makes "rebar" and "steel rebar" different readings, so such a rewrite would not keep
the meaning as labelled.

The rows are the studied sets' only (:data:`STUDIED`): the first to fourth sets, the blind sets
to the eleventh and the fourteenth, the gate's training sets and the wire's odd rows; never the
twelfth or thirteenth blind sets or the wire's even rows, which stay unseen. Every measure row
is taken and a fixed third of the others (:func:`rows`).

Used by ``benchmarks/invariance.py`` (the figures) and ``tests/unit/test_invariance.py`` (the
floors).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

import invariance_forms as forms
import invariance_swaps as swaps
import real_headlines_set as sets
from classifier_scoring import Reading

# (title, summary) -> its rewritings (none when the transform does not apply)
Transform = Callable[[str, str], list[tuple[str, str]]]

STUDIED = (
    sets.DATA,
    sets.DATA_2,
    sets.DATA_3,
    sets.DATA_4,
    sets.DATA_BLIND,
    sets.DATA_BLIND2,
    sets.DATA_BLIND3,
    sets.DATA_BLIND4,
    sets.DATA_BLIND5,
    sets.DATA_BLIND6,
    sets.DATA_BLIND7,
    sets.DATA_BLIND8,
    sets.DATA_BLIND9,
    sets.DATA_BLIND10,
    sets.DATA_BLIND11,
    sets.DATA_BLIND14,
    sets.DATA_GATE,
    sets.DATA_GATE2,
    sets.DATA_GATE3,
    sets.DATA_GATE4,
    sets.DATA_GATE5,
    sets.DATA_GATE6,
)
# id prefixes of the unseen rows: never taken (the wire's rows are taken when odd only)
UNSEEN_PREFIXES = ("rhq", "rhr")


def _taken(item: dict[str, Any]) -> bool:
    if item["label"]["event"] is not None:
        return True
    return zlib.crc32(item["id"].encode()) % 3 == 0


@lru_cache(maxsize=1)
def rows() -> tuple[dict[str, Any], ...]:
    """The audit's rows: every measure of the studied sets and a fixed third of the others."""
    out = [i for path in STUDIED for i in sets.load_items(path) if _taken(i)]
    wire = [i for i in sets.load_items(sets.DATA_WIRE) if sets.id_half(i["id"]) == "odd"]
    return tuple(out + [i for i in wire if _taken(i)])


# --- letter case -------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.]*")


def title_case(title: str, summary: str) -> list[tuple[str, str]]:
    """Every word capitalised, as "UAE Extends Ban On Scrap Exports Until End Of Year"."""

    def cap(m: re.Match[str]) -> str:
        word = m.group(0)
        return word[0].upper() + word[1:] if word[0].islower() else word

    out = _WORD.sub(cap, title)
    return [(out, summary)] if out != title else []


def all_caps(title: str, summary: str) -> list[tuple[str, str]]:
    out = title.upper()
    return [(out, summary)] if out != title else []


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words the studied texts write in lower case somewhere (not proper nouns)."""
    seen: set[str] = set()
    for item in rows():
        for text in (item["title"], item["summary"]):
            seen.update(w for w in _WORD.findall(text) if w.islower())
    return frozenset(seen)


def sentence_case(title: str, summary: str) -> list[tuple[str, str]]:
    """The first word capitalised; a capitalised common word after it lower-cased (a word the
    texts never write in lower case, a name, and an acronym keep their case)."""
    common = _common_words()
    first = True

    def lower(m: re.Match[str]) -> str:
        nonlocal first
        word = m.group(0)
        if first:
            first = False
            return word
        if word[0].isupper() and word[1:].islower() and word.lower() in common:
            return word.lower()
        return word

    out = _WORD.sub(lower, title)
    return [(out, summary)] if out != title else []


# --- an aggregator's suffix ----------------------------------------------------------------


def _suffix(tail: str) -> Transform:
    def add(title: str, summary: str) -> list[tuple[str, str]]:
        return [(title + tail, summary)]

    return add


# --- a wire's slug at the head --------------------------------------------------------------

#: Slugs as wire feeds write them before a headline: an edition, a tag, a desk's market report.
WIRE_SLUGS = (
    "UPDATE 2-",
    "RPT-",
    "EXCLUSIVE-",
    "(LEAD) ",
    "BREAKING: ",
    "WRAPUP 1-",
    "CORRECTED-",
    "RPT-UPDATE 1-",
    "(2nd LD) ",
    "METALS-",
)


def wire_slug(title: str, summary: str) -> list[tuple[str, str]]:
    """The title under one of the slugs, the same one for the same title in every run."""
    return [(WIRE_SLUGS[zlib.crc32(title.encode()) % len(WIRE_SLUGS)] + title, summary)]


#: Outlets' names after a title that hold words the rules read ("Steel", "Mining", "News", a
#: country), and agencies' or forms' tags in brackets at its end.
OUTLET_TAILS = (
    " - Steel Times International",
    " - Mining Weekly",
    " - The Times of India",
    " - BBC News",
    " | Mining Technology",
    " - Metal Miner",
    " (Reuters)",
    " [Video]",
    " | Steel",
    " | Base Metals | Reuters",
)


def outlet_tail(title: str, summary: str) -> list[tuple[str, str]]:
    """The title with one of the tails, the same one for the same title in every run."""
    return [(title + OUTLET_TAILS[zlib.crc32(title.encode()) % len(OUTLET_TAILS)], summary)]


def typeset_hyphens(title: str, summary: str) -> list[tuple[str, str]]:
    """The title's hyphens as a typesetter's non-breaking ones (U+2011): "rare‑earth"."""
    return [(title.replace("-", "\u2011"), summary)] if "-" in title else []


# --- quotes and dashes --------------------------------------------------------------------


def _curly(text: str) -> str:
    text = re.sub(r"(?<=\w)'(?=\w)", "’", text)
    text = re.sub(r"(?:(?<=^)|(?<=[\s(\[]))'", "‘", text)
    text = text.replace("'", "’")
    text = re.sub(r"(?:(?<=^)|(?<=[\s(\[]))\"", "“", text)
    return text.replace('"', "”").replace(" - ", " – ")


def _straight(text: str) -> str:
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), (" – ", " - "), (" — ", " - ")):
        text = text.replace(a, b)
    return text.replace("—", " - ").replace("–", "-")


def _both(rewrite: Callable[[str], str]) -> Transform:
    def apply(title: str, summary: str) -> list[tuple[str, str]]:
        out = (rewrite(title), rewrite(summary))
        return [out] if out != (title, summary) else []

    return apply


def em_dashes(title: str, summary: str) -> list[tuple[str, str]]:
    out = re.sub(r" [-–] ", " — ", title)
    return [(out, summary)] if out != title else []


# --- the title alone ---------------------------------------------------------------------


def title_alone(title: str, summary: str) -> list[tuple[str, str]]:
    return [(title, "")] if summary.strip() else []


def _in_title(rewrite: Callable[[str], list[str]]) -> Transform:
    def apply(title: str, summary: str) -> list[tuple[str, str]]:
        return [(t, summary) for t in rewrite(title) if t != title]

    return apply


TRANSFORMS: dict[str, Transform] = {
    "title case": title_case,
    "all caps": all_caps,
    "sentence case": sentence_case,
    "suffix - Reuters": _suffix(" - Reuters"),
    "suffix | Mining.com": _suffix(" | Mining.com"),
    "suffix — Bloomberg": _suffix(" — Bloomberg"),
    "wire slug": wire_slug,
    "outlet tail": outlet_tail,
    "typeset hyphens": typeset_hyphens,
    "curly quotes": _both(_curly),
    "straight quotes": _both(_straight),
    "em dashes": em_dashes,
    "country name": _in_title(forms.country_names),
    "capital as government": _in_title(forms.capitals),
    "demonym": _in_title(forms.demonyms),
    "metal wording": _in_title(forms.metal_wording),
    "per cent": _in_title(forms.per_cent),
    "anti-dumping": _in_title(forms.anti_dumping),
    "export ban": _in_title(forms.ban_on_exports),
    "title alone": title_alone,
    "other metal": swaps.other_metal,
    "other country": swaps.other_country,
}


def expected(name: str, item: dict[str, Any], base: Reading | None) -> Reading | None:
    """The reading a rewriting keeps: the row's own, but for "other metal" with the swapped
    metal in its metals and for "other country" with the swapped country's code on its side
    (:mod:`invariance_swaps`)."""
    if name == "other country":
        return swaps.expected_country(item, base)
    return swaps.expected(item, base) if name == "other metal" else base


def variants() -> Iterator[tuple[str, dict[str, Any], str, str]]:
    """(transform, row, title, summary) for every rewriting of every audit row."""
    for name, transform in TRANSFORMS.items():
        for item in rows():
            for title, summary in transform(item["title"], item["summary"]):
                yield name, item, title, summary
