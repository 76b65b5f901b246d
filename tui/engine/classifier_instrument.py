"""The instrument a lede names for a title's generic measure word.

"Canada unveils new trade curbs on Chinese steel" names no instrument: "curbs", "measures",
"restrictions", "steps", "action" read ``licensing`` by default (``MEASURE_NOUNS`` in
:mod:`tui.engine.classifier_rules`). When the lede names the instrument ("will impose 25%
tariffs on imports of steel", "imposed a ban on exports of", "will cut import quotas"), the
status is that instrument's, as the labelled sets read such headlines; licences named, no
instrument named, or one named only in a background clause ("after the US imposed tariffs")
leave the title's reading. A release ("lifts curbs") is not read here.
"""

from __future__ import annotations

import dataclasses
import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_event_rate import main_clause
from tui.engine.classifier_text import Finding, Text, base_word
from tui.engine.classifier_words import LOWER_WORD_RE

#: A title's measure words that name no instrument.
_GENERIC = frozenset(
    {
        "curb",
        "curbs",
        "restriction",
        "restrictions",
        "measure",
        "measures",
        "steps",
        "action",
        "actions",
        "rules",
    }
)
#: The words of each instrument a lede may name (a hyphenated word by its last part).
_INSTRUMENTS: dict[str, str] = {
    **dict.fromkeys(
        (
            "tariff",
            "tariffs",
            "duty",
            "duties",
            "levy",
            "levies",
            "surtax",
            "surtaxes",
            "anti-dumping",
            "antidumping",
            "countervailing",
            "surcharge",
            "surcharges",
            "excise",
        ),
        "tariff",
    ),
    **dict.fromkeys(
        (
            "ban",
            "bans",
            "banned",
            "banning",
            "embargo",
            "embargoes",
            "prohibition",
            "prohibitions",
            "prohibit",
            "prohibits",
            "prohibited",
            "moratorium",
        ),
        "suspended",
    ),
    **dict.fromkeys(
        ("licence", "licences", "license", "licenses", "licensing", "permit", "permits"),
        "licensing",
    ),
    **dict.fromkeys(("quota", "quotas", "trq", "trqs"), "quota"),
}
#: "export tax", "import taxes": a tax on a flow is a duty (a tax alone may be a mining tax).
_FLOW_TAX_RE = lazy(r"\b(?:export|import)\s+tax(?:es)?\b", re.IGNORECASE)


def named_instrument(
    f: Finding | None, source: Text, lede: str, trace: list[str]
) -> Finding | None:
    """``f`` with the status of the instrument its lede names, when the title's measure word
    is generic (``source`` is the title; a reading decided by the lede is kept)."""
    if f is None or f.status != "licensing" or not lede or source.text == lede:
        return f
    at = {f.index} | ({f.at} if f.at is not None else set())
    if not any(base_word(source.word(k)) in _GENERIC for k in at):
        return f
    named = _first_instrument(main_clause(lede))
    if named is None or named[0] == f.status:
        return f
    status, word = named
    trace.append(f"the lede names the instrument: {word} -> {status}")
    return dataclasses.replace(f, status=status, words=[*f.words, word])


def _first_instrument(clause: str) -> tuple[str, str] | None:
    """(status, word) of the first instrument the clause names."""
    tax = _FLOW_TAX_RE.search(clause)
    for m in LOWER_WORD_RE.finditer(clause.lower()):
        if tax is not None and m.start() >= tax.start():
            return "tariff", tax.group(0)
        low = m.group(0)
        status = _INSTRUMENTS.get(low) or _INSTRUMENTS.get(low.rsplit("-", 1)[-1])
        if status is not None:
            return status, low
    return None
