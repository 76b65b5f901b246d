"""Whose goods, whose measure: the roles of places read from what stands right after them.

:func:`~tui.engine.classifier_roles.place_roles` reads a place's role mostly from the word
before it. Some places are told by the words after them instead, and
:func:`owner_roles` corrects their roles before
:mod:`~tui.engine.classifier_direction` turns the roles into a corridor:

- a possessive before a company ("Brazil's Gerdau", "India's Hindalco") names where the company
  is, neither the goods' origin nor an imposer;
- a country before its goods and a tariff-rate quota ("Japan steel TRQ", "Ukraine steel TRQ")
  names the exporter the quota is for, when another government acts (an import measure);
- "[country] [metal] imports" under another country's measure named right before the deciding
  noun ("UK steel imports keep 25% US tariff rate") are that country's goods, not its imports;
- a quota or tariff "for" a country on imports ("cuts steel import quotas for Turkey") is the
  share set for that exporter; so are goods "of" a country ("articles of Argentina");
- a demonym before goods and a measure, the measure then put "on" another country ("Canadian
  aluminium and steel surcharge on China"), is the imposer, as "Canada's ... surcharge" is;
- a country whose industry a measure aims to protect ("to shield Indian steel mills", "to
  protect Canada's steel workers") imports, its own measure's;
- a country's bare name before goods and their imports, right after another government's
  measure verb ("EU bans Belarus steel imports", "Beijing bans Australia copper ore imports"),
  names the exporter, as "Belarusian steel" does, not a second importer;
- a place right before a government's instrument ("with Biden proclamation", "by Indian
  decree") acts, when no other place does;
- a place before goods and a draft, proposal or plan that a verb follows ("EC steel draft to
  slash quotas", "EU aluminium proposal would halve quotas") is its author, not the goods'
  origin: the draft is the government's;
- a place opening a clause after the measure's, warning or vowing to act against those who
  would evade it ("Export ban on nickel ore takes effect; Jakarta warns smugglers"), enforces
  the measure: its author (a reaction, "; Japan urges calm", names no side).

The words that tell whose goods a place names (possessives, quotas) are read by
:mod:`~tui.engine.classifier_goods_owners`, those that tell who acts by
:mod:`~tui.engine.classifier_authors`; this module orders the corrections. It also says where
the main clause begins after an opening clause of response (:func:`main_from`).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_authors import (
    bare_goods_of,
    demonym_imposes,
    drafts,
    enforces,
    imposer_before,
    protected,
)
from tui.engine.classifier_cause_place import cause_place
from tui.engine.classifier_exports_hit import exports_hit
from tui.engine.classifier_goods_owners import (
    Roles,
    company_after,
    goods_then,
    import_measure_for,
    pair_head,
    possessive,
    quota_for,
    quota_owner,
)
from tui.engine.classifier_importers import (
    importer_before_imports,
    listed_before_goods,
    spared_from_its,
)
from tui.engine.classifier_listed import word_before_place
from tui.engine.classifier_sent import bound_for
from tui.engine.classifier_text import Finding, Text

#: Nouns of goods whose owner follows "of" ("articles of Argentina", "products of Japan").
_GOODS_OF = frozenset({"articles", "products", "goods", "merchandise"})
#: A government's instruments: the place right before one acts ("with Biden proclamation").
_INSTRUMENTS = frozenset(
    {"proclamation", "proclamations", "decree", "decrees", "notification", "ordinance"}
)


def main_from(t: Text, bg: list[bool] | None, lo: int, index: int) -> int:
    """The first token from ``lo`` out of an opening clause of response, when the token at
    ``index`` is in the main one ("In response to Chinese export curbs, Japan imposes duties
    ...": the answered measure's "export" is not the duties' flow; an opening of context,
    "Amid soaring aluminium imports, India brings in new QCO", may tell the flow)."""
    if bg is None or index >= len(bg) or bg[index] or t.word(1) not in R.RESPONSE_WORDS:
        return lo
    while lo < index and bg[lo]:
        lo += 1
    return lo


def owner_roles(t: Text, f: Finding, roles: Roles) -> Roles:
    """The roles with the corrections the module names."""
    if len(roles) != len(t.places):
        return roles
    out = list(roles)
    for i, (role, code, matched) in enumerate(roles):
        first, last = t.place_span(i)
        k = word_before_place(t, first)  # past "the": "articles of the United Kingdom"
        before = t.word(k)
        if possessive(t, i) and company_after(t, last):
            out[i] = ("other", code, matched)
        elif role == "actor" and exports_hit(t, out, i, last):
            out[i] = ("goods", code, matched)  # "bans aimed at Russia's exports": its goods
        elif role != "actor" and f.flow != R.EXPORT and cause_place(t, first, last):
            out[i] = ("cause", code, matched)  # "over Chinese dumping": the cause, no side
        elif role != "goods" and quota_for(t, i) and not pair_head(t, i):
            out[i] = ("goods", code, matched)  # not "US-" of "US-Japan steel TRQ": the imposer
        elif role != "to" and bound_for(t, k):
            out[i] = ("to", code, matched)  # "shipments bound for China": where they go
        elif (
            role == "goods"
            and t.gaz.is_demonym(matched)
            and importer_before_imports(t, roles, i, last)
        ):
            out[i] = ("into", code, matched)  # "Turkish aluminium imports from Russia": Turkey's
        elif role in ("other", "target") and listed_before_goods(t, roles, i, last):
            out[i] = ("goods", code, matched)  # "exempts UAE, Singapore gold": the list's first
        elif role in ("from", "goods") and spared_from_its(t, roles, i, k, last):
            out[i] = ("actor", code, matched)  # "Chilean copper exempted from Chinese import tax"
            out[:i] = [("target", *x[1:]) if x[0] == "actor" else x for x in out[:i]]
        elif role == "into" and first == 0 and imposer_before(t, f, code):
            if goods_then(t, last + 1, frozenset({"imports"})) is not None:
                out[i] = ("goods", code, matched)
        elif role == "to" and before == "for" and import_measure_for(t, k):
            out[i] = ("from", code, matched)
        elif before == "of" and t.word(k - 1) in _GOODS_OF:
            out[i] = ("from", code, matched)
        elif role == "goods" and t.gaz.is_demonym(matched) and demonym_imposes(t, i, last):
            out[i] = ("actor", code, matched)
        elif role == "into" and bare_goods_of(t, f, roles, i, first):
            out[i] = ("goods", code, matched)  # "EU bans Belarus steel imports": Belarus's
        elif role == "goods" and drafts(t, last):
            out[i] = ("actor", code, matched)  # "EC steel draft to slash quotas": its author
        elif role == "other" and enforces(t, first, last):
            out[i] = ("actor", code, matched)  # "...; Jakarta warns smugglers": its measure
        elif role in ("goods", "actor") and protected(t, first, last):
            out[i] = ("into", code, matched)  # "to shield Indian steel mills": India's measure
        elif role == "actor" and quota_owner(t, f, roles, i, k, last):
            out[i] = ("goods", code, matched)  # "US cuts Brazil's semi-finished steel quota"
    if not any(r in ("actor", "into") for r, _c, _m in out):
        for i, (role, code, matched) in enumerate(out):
            if role == "other" and t.word(t.place_span(i)[1] + 1) in _INSTRUMENTS:
                out[i] = ("actor", code, matched)  # "takes effect with Biden proclamation"
                break
    return out
