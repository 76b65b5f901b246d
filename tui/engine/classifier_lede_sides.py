"""A side the title leaves blank, named only in the summary's lede (session 33).

- **The exporters a title counts** ("U.S. Continues Antidumping and Countervailing Duties on
  Hot-Rolled Carbon Steel from Six Countries" whose lede says "The countries affected are
  India, Indonesia, ..."): the first country the lede names, other than the importer, is the
  origin, as the first of a title's own list is (:func:`counted_origin`). A title that counts
  no countries is left to the lede's "from" (``classifier_backdrop_origin.lede_origin``).
- **The market an export measure's release is for** ("China suspends gallium, germanium and
  antimony export restrictions" whose lede says it "will temporarily lift restrictions on the
  export of key materials ... to the United States"): the country the lede's exports go "to"
  is the destination (:func:`lede_export_destination`); a lede naming no such market leaves
  it ``*``.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text, flow_of

#: A title counting the countries whose goods a measure covers ("from Six Countries", "on
#: imports from 3 nations").
_COUNTED_RE = lazy(
    r"\bfrom\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?:countries|nations|economies|origins)\b",
    re.IGNORECASE,
)

#: Nouns of goods sent that say no direction of their own ("shipments of gallium to the US").
_SHIPMENTS = frozenset({"shipment", "shipments", "sales"})


def counted_origin(title: str, ledes: list[Text], destination: str) -> tuple[str, str] | None:
    """(code, matched) of the first country the lede sentences name other than the importer
    ``destination``, when ``title`` counts the countries whose goods the measure covers."""
    if _COUNTED_RE.search(title) is None:
        return None
    for lede in ledes:
        for code, _s, _e, matched in lede.places:
            if code not in (destination, "*"):
                return code, matched
    return None


#: The stems of a lede's own words of a release ("lifted", "suspends", "resumed", "allows").
_RELEASE_STEMS = (
    "lift", "ease", "easing", "relax", "remov", "scrap", "rescind", "revok", "repeal", "waiv", "exempt",
    "loosen", "cancel", "withdr", "abolish", "eliminat", "suspen", "resum", "allow", "permit",
    "restor", "reopen", "approv", "unban", "paus",
)  # fmt: skip


def lede_export_destination(lede: Text, origin: str) -> tuple[str, str] | None:
    """(code, matched) of the market a lede's exports go "to" ("lift restrictions on the export
    of key materials ... to the United States"), other than the exporter ``origin``: the first
    "to <place>" after an export word, before a purpose clause ("in a bid to respond to the
    U.S.'s curb": an infinitive ends the search) or a clause break; a place owning what follows
    ("to the U.S.'s curb") is no market. The lede must tell a release itself ("lifted",
    "suspended", "resumed", "allows"): one telling only what the measure did ("The ban had
    halted shipments to Chinese refiners") names the market it closed, not the one reopened."""
    toks = lede.toks
    if not any(tk.low.startswith(_RELEASE_STEMS) for tk in toks):
        return None
    sent = next(
        (k for k, tk in enumerate(toks) if flow_of(tk.low) == R.EXPORT or tk.low in _SHIPMENTS),
        None,
    )
    if sent is None:
        return None
    for j in range(sent + 1, min(len(toks), sent + 16)):
        low = toks[j].low
        if low in R.CLAUSE_BREAK and not (low == "as" and lede.word(j - 1) == "such"):
            return None
        if low != "to":
            continue
        k = j + 1 + (lede.word(j + 1) == "the")
        at = lede.place_at[k] if k < len(toks) else None
        if at is None:
            return None  # "to respond", "to 30%": no market named
        code, _s, end, matched = lede.places[at]
        if code in (origin, "*") or lede.text[end : end + 2] in ("'s", "’s"):
            return None
        return code, matched
    return None
