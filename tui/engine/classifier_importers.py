"""A place's role told by what follows it, in frames the wires use for importers.

- **An importer before its imports from a country**: "Turkish aluminium imports from Russia
  hit with 30% duty", "Indian aluminium imports from China face anti-dumping duty": the
  demonym names the country that imports (as "India's gold imports from UAE" does), not the
  goods' origin, which "from" names (:func:`importer_before_imports`). With no "from" and another
  government acting, "US bans Turkish steel imports", the demonym stays the goods' origin.
- **The imposer of a measure the goods are spared from**: "Chilean copper exempted from
  Chinese import tax", "Malaysian extrusions exempted from Australian dumping duties",
  "Vietnamese steel wins relief from Australian dumping duties": after "exempted from",
  "spared from", "relief from" and a spared party named before, a demonym before goods,
  flow or remedy words and a measure noun names whose measure it is
  (:func:`spared_from_its`), as "exempted from Mexican tariffs" already read; elsewhere
  "Chinese steel import tariffs" are tariffs on Chinese steel.
- **The first of a list before goods**: "India exempts UAE, Singapore gold from import duty
  hike": the places listed, commas and "and" alone between them, before the goods are all the
  goods' origins, the first named the reading's (:func:`listed_before_goods`), as the README's
  "the headline's own reading keeps the first named".
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text, flow_of, measure_of

Roles = list[tuple[str, str, str]]

#: A flow head an importer's goods lead to.
_IMPORT_HEADS = frozenset({"imports", "purchases"})
#: Words of a remedy between an imposer and its measure noun ("Australian dumping duties").
_REMEDY_WORDS = frozenset({"dumping", "subsidy", "anti-subsidy", "safeguard", "customs"})
#: Words after which "from" names the measure a party is spared from.
_SPARED_WORDS = R.SPARED_FROM | R.RELEASE_NOUNS | R.EXEMPTION_NOUNS


def _goods_end(t: Text, k: int) -> int:
    """The first token from ``k`` that is no metal, goods word or goods form."""
    while (
        k < len(t.toks)
        and t.word(k) not in _IMPORT_HEADS
        and (t.is_metal[k] or t.word(k) in R.GOODS_WORDS or t.word(k) in R.GOODS_FORMS)
    ):
        k += 1
    return k


def importer_before_imports(t: Text, roles: Roles, i: int, last: int) -> bool:
    """Place ``i`` (ending at token ``last``) stands before its goods' imports from another
    country, with no place acting before it: it imports."""
    j = _goods_end(t, last + 1)
    if j == last + 1 or t.word(j) not in _IMPORT_HEADS or t.word(j + 1) != "from":
        return False
    k = j + 3 if t.word(j + 2) == "the" else j + 2
    pi = t.place_at[k] if k < len(t.toks) else None
    if pi is None or t.places[pi][0] == roles[i][1]:
        return False
    return not any(r == "actor" for r, _c, _m in roles[:i])


def spared_from_its(t: Text, roles: Roles, i: int, k: int, last: int) -> bool:
    """Place ``i``, a demonym after the "from" at token ``k`` of a word that spares, before
    goods, flow or remedy words and a measure noun, with another place named before it or
    none at all (the spared unnamed: "Three Asian nations exempted from Australian steel
    duties")."""
    code, matched = roles[i][1], roles[i][2]
    if not t.gaz.is_demonym(matched) or t.word(k) != "from":
        return False
    if t.word(k - 1) not in _SPARED_WORDS:
        return False
    if roles[:i] and not any(c != code for _r, c, _m in roles[:i]):
        return False  # (no place before at all: "Three Asian nations exempted from ...")
    j = last + 1
    while j < min(len(t.toks), last + 6) and (
        t.is_metal[j]
        or t.word(j) in R.GOODS_WORDS
        or t.word(j) in R.GOODS_FORMS
        or t.word(j) in R.MEASURE_MODIFIERS
        or t.word(j) in _REMEDY_WORDS
        or flow_of(t.word(j)) in (R.EXPORT, R.IMPORT)
    ):
        j += 1
    return j > last + 1 and measure_of(t.word(j)) is not None


def listed_before_goods(t: Text, roles: Roles, i: int, last: int) -> bool:
    """Place ``i`` (ending at token ``last``) is followed by a comma or "and" and the next
    place, whose role is the goods' origin: the list's first member."""
    if i + 1 >= len(roles) or roles[i + 1][0] != "goods":
        return False
    if t.word(last + 1) not in (",", "and", "&"):
        return False
    return t.place_span(i + 1)[0] == last + 2
