"""The importer of an import measure named only by its body or its instrument, and measures
on imports whose words name no flow.

- :func:`body_importer`: an import measure whose text names no importer as a place acting on
  it takes the government of a trade, customs or remedy body the title names elsewhere ("New
  duties on Chinese steel wire take effect; CBSA publishes guidance": Canada's), of a Canadian
  statutory order's citation ("Order Imposing a Surtax on ... (SOR/2025-148)"), of an EU act
  by its name or citation ("Implementing Regulation imposing ...", "Regulation (EU) 2024/1250
  imposing ..."), of India's Union government by its title ("Union Budget", "Union Cabinet",
  "Union Finance Minister"; not "European Union Finance Ministers"), or of a lede
  opened by the body ("Itac moves to shield local mills ...", "The Commission has published a
  regulation imposing ...": the EU's), or of the one country whose own producers the lede says
  the measure helps ("... to boost local products" whose lede names "Vietnamese steel
  producers").
- :func:`on_imports`: a safeguard, a quality-control measure, a central bank's quotas (on
  bullion), a quota whose lede tells its over-quota rate (a tariff-rate quota,
  :mod:`tui.engine.classifier_over_quota`) and a measure told to protect domestic industry from
  imports are on imports: the government acting is the importer ("Indonesia imposes quality
  control measures on steel sales", "Turkey reallocates Iran's steel safeguard quotas to other
  countries"), never the exporter its words would otherwise make it.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_agency_tail import TRADE_BODIES
from tui.engine.classifier_over_quota import over_quota_rate
from tui.engine.classifier_text import Text

# Canada's statutory orders and regulations are cited "SOR/2025-148"
_SOR_RE = lazy(r"\bSOR/\d{2,4}-\d+\b")
# the EU's acts by their name or citation: "Council Implementing Regulation", "(EU) 2024/1250"
_EU_ACT_RE = lazy(
    r"\b(?:Implementing|Delegated)\s+Regulation\b|\bIMPLEMENTING\s+REGULATION\b"
    r"|\((?:EU|EC)\)\s*(?:No\.?\s*)?\d{2,4}/\d+"
)
# India's Union government by its title; the word before "Union" decides whose union it is
_UNION_RE = lazy(
    r"\bUnion\s+(?:Budget|Cabinet|Government|[Gg]ovt\b|(?:[A-Z][a-z]+\s+)?Minist(?:er|ry))"
)
# a lede opened by the Commission acting ("The Commission has published a regulation imposing")
_COMMISSION_RE = lazy(
    r"^(?:the\s+)?commission\s+(?:has\s+|have\s+)?(?:published|adopted|imposed|imposes|"
    r"extended|extends|introduced|introduces|set|sets|decided)\b",
    re.IGNORECASE,
)
# another commission than the EU's ("the US International Trade Commission ...")
_OTHER_BODY_RE = lazy(r"\b(?:trade|tariff|anti-dumping)\s+commission\b|\b(?:US)?ITC\b", re.I)
_BODY_FIRST_RE = lazy(r"^\s*([A-Z][A-Za-z]{1,6})\b")
_IMPORT_SIDE_RE = lazy(
    r"\bsafeguard\s+(?:dut|measure|quota|tariff|action)\w*|\bsafeguards\b(?!\s+(?:national|"
    r"the|its|their|our|domestic|supply|supplies))|\bquality[- ]control\b|\bprotect\w*\s+(?:the\s+)?(?:domestic|local|home)"
    r"\s+(?:industry|industries|producers|mills|market)\s+(?:\w+\s+){0,4}?from\b[^.;]*\bimports?\b",
    re.IGNORECASE,
)
# a measure told to help the home industry ("to boost local products", "to shield mills")
_HELPS_RE = lazy(
    r"\b(?:boost|benefit|help|protect|shield|support|positive)\w*\b[^.;]*?\b(?:local|domestic|"
    r"home|producers?|industry|mills|steelmakers)\b",
    re.IGNORECASE,
)
_PRODUCERS = frozenset(
    {"producers", "producer", "industry", "mills", "makers", "steelmakers", "smelters", "firms"}
)
_CENTRAL_BANK_RE = lazy(r"\bcentral\s+bank\b", re.IGNORECASE)
# a country's share handed to others: "reallocates Iran's quotas to other countries"
_TO_OTHERS_RE = lazy(r"\bto\s+(?:other|third)\s+(?:countries|suppliers|exporters|members)\b", re.I)
# a share moved away by a verb of reallocating ("redistributes Russia's quota volumes",
# "reassigns quotas held by Russian steel"): handed to the others, unless given to a named one
_REALLOCATED_RE = lazy(
    r"\b(?:re-?allocat|redistribut|re-?assign)\w*\b(?![^.;]*\bto\s+(?-i:[A-Z]))", re.I
)


def body_importer(t: Text, lede: Text | None, origin: str) -> tuple[str, str] | None:
    """(code, words) of the importer a trade body or an instrument names, for an import
    measure read with no importer; None when none is named (or it is the origin's)."""
    for code, _s, _e, matched in t.places:
        if matched in TRADE_BODIES and code != origin:
            return code, matched
    if (m := _SOR_RE.search(t.text)) is not None and origin != "CA":
        return "CA", m.group(0)
    if (m := _EU_ACT_RE.search(t.text)) is not None and origin != "EU":
        return "EU", m.group(0)
    if (union := _indian_union(t.text)) is not None and origin != "IN":
        return "IN", union
    if lede is None:
        return None
    if _COMMISSION_RE.search(lede.text) and origin != "EU" and not _OTHER_BODY_RE.search(lede.text):
        return "EU", "Commission"
    first = _BODY_FIRST_RE.match(lede.text)
    if first is not None and first.group(1).upper() in TRADE_BODIES:
        owner = t.gaz.lookup(first.group(1).upper())
        if owner is not None and owner != origin:
            return owner, first.group(1)
    if _HELPS_RE.search(t.text) or _HELPS_RE.search(lede.text):
        return _own_industry(lede, origin)
    return None


def _indian_union(text: str) -> str | None:
    """The words naming India's Union government ("Union Budget", "The Union Cabinet"), not
    another union ("European Union Finance Ministers", "African Union Commission")."""
    for m in _UNION_RE.finditer(text):
        before = text[: m.start()].split()
        if not before or before[-1] in ("The", "the") or not before[-1][:1].isupper():
            return m.group(0)
    return None


def _own_industry(lede: Text, origin: str) -> tuple[str, str] | None:
    """(code, demonym) of the one country whose own producers the lede says a measure helps
    ("... expected to have positive impacts on certain Vietnamese steel producers")."""
    found = set()
    for pi, (code, _s, _e, matched) in enumerate(lede.places):
        if code == origin or not lede.gaz.is_demonym(matched):
            continue
        ks = [k for k, p in enumerate(lede.place_at) if p == pi]
        after = [lede.word(ks[-1] + 1), lede.word(ks[-1] + 2)] if ks else []
        if any(w in _PRODUCERS for w in after):
            found.add((code, matched))
    return found.pop() if len({c for c, _m in found}) == 1 else None


def on_imports(t: Text, lede: Text | None, status: str) -> bool:
    """The measure is on imports whatever its words' flow: a safeguard, a quality-control
    measure, a central bank's quotas, a quota whose lede tells its over-quota rate, a measure
    to protect domestic industry from imports
    (the title's words, or the lede's for a title that names no flow of its own)."""
    if status == "suspended":
        return False  # a ban's flow is its own words' ("bans scrap exports to protect mills")
    if _IMPORT_SIDE_RE.search(t.text):
        return True
    if status == "quota" and _CENTRAL_BANK_RE.search(t.text):
        return True  # "central bank relaxes gold quotas": the quota on what banks may import
    if status == "quota" and over_quota_rate(lede):
        return True  # "... can ship before a 15% surtax applies": a tariff-rate quota
    return lede is not None and bool(_IMPORT_SIDE_RE.search(lede.text))


def handed_to_others(t: Text) -> bool:
    """A country's share of a measure handed "to other countries" or reallocated: no one
    exporter's."""
    return bool(_TO_OTHERS_RE.search(t.text)) or reallocated(t)


def reallocated(t: Text) -> bool:
    """A share moved away by a verb of reallocating, given to no named country."""
    return bool(_REALLOCATED_RE.search(t.text))
