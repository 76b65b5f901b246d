"""Sanctions that name people, networks or private firms, not goods or a state: no measure on
a metal's trade.

"Treasury sanctions gold smuggling network", "sanctions on traders linked to Moscow",
"sanctions Russian officials linked to gold smuggling" (:func:`sanctions_parties`); "Canada
adds four aluminium executives to Russia sanctions list" (:func:`listed_parties`); sanctions on
a state's company, agency, sector or central bank, or on a country's metal, are measures. A
sanction that names only a name ("Britain sanctions Nornickel's Potanin") may be told by the
lede to be a person's or a firm's (:func:`sanctioned_name`, asked by
:mod:`tui.engine.classifier_lede_decides`). Asked by ``nonmeasure_veto`` in
:mod:`tui.engine.classifier_nonmeasures`.
"""

from __future__ import annotations

from itertools import pairwise

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, base_word, flow_of

#: Who a sanction names when it names people or private parties, not goods or a state.
_PARTIES = frozenset(
    {
        "network", "networks", "individual", "individuals", "entities", "smugglers",
        "smuggling", "trafficking", "traffickers", "traders", "subsidiary", "subsidiaries",
        "miners", "oligarch", "oligarchs", "tycoon", "tycoons", "businessman", "businessmen",
        "mafia", "ring", "rings", "gang", "gangs", "cartel", "cartels", "militia", "owner",
        "owners", "executives", "financiers", "dealers", "operators", "group", "groups",
        "mercenary", "mercenaries", "paramilitary", "paramilitaries", "warlord", "warlords",
        "bank", "banks", "lender", "lenders", "vessel", "vessels", "ship", "ships", "tanker",
        "tankers", "shipowners", "fleet", "billionaire", "billionaires", "magnate", "magnates",
        "shareholder", "shareholders", "investor", "investors", "founder", "founders",
        "co-founder", "chairman", "chairwoman", "man", "woman", "partner", "partners",
        "banker", "bankers", "assets",
    }
)  # fmt: skip
#: A bank that is the state's: "central bank", "national bank".
_STATE_BANKS = frozenset({"central", "national", "state", "state-owned", "state-run", "reserve"})
#: A state's people, sanctioned as persons ("sanctions Venezuelan officials", "Zimbabwe
#: ministers"), not the state's trade.
_OFFICERS = frozenset(
    {"officials", "official", "minister", "ministers", "lawmakers", "generals", "commanders",
     "judges", "legislators", "politicians", "governors"}
)  # fmt: skip
#: Ties of such a party to another: "traders linked to Moscow", "firms controlled by militia".
_TIES = frozenset({"linked", "tied", "controlled", "owned", "backed"})
#: Words that make the sanctioned party a state's: "state mining company", "the gold sector".
_STATE = frozenset(
    {"state", "state-owned", "state-run", "government", "sector", "sectors", "ministry",
     "agency", "industry", "regime"}
)  # fmt: skip


def clause_words(t: Text, start: int, stop: int) -> list[str]:
    """The words from ``start`` up to ``stop`` (exclusive), cut at the first clause break."""
    out = []
    for k in range(max(0, start), min(stop, len(t.toks))):
        low = t.toks[k].low
        if low in R.CLAUSE_BREAK or low in (",", "|"):
            break
        out.append(low)
    return out


def sanctions_parties(t: Text, best: Finding) -> bool:
    """ "Treasury sanctions gold smuggling network", "sanctions on traders linked to Moscow":
    the sanction word decides and what it names, to the clause's end, is people or a private
    party, never a state's company, agency or sector."""
    k = best.index
    if base_word(t.toks[k].low) not in R.SANCTION_WORDS and best.at is not None:
        k = best.at  # "imposes sanctions on mercenary group": the noun after the verb
    if base_word(t.toks[k].low) not in R.SANCTION_WORDS:
        return False
    if (held := _held_under(t, k)) is not None:
        # "Russian banker who is under sanctions sold ...", "oligarchs under sanctions attend
        # ...": who is under them is people
        return not _LISTED.isdisjoint(held) and _STATE.isdisjoint(held)
    if t.word(k + 1) in R.RELEASE_NOUNS:
        # "mining magnate Gertler gets sanctions relief": a party relieved, its own sanctions
        before = {base_word(t.word(j)) for j in range(k)}
        return not _PARTIES.isdisjoint(before) and _STATE.isdisjoint(before)
    after = [base_word(w) for w in clause_words(t, k + 1, len(t.toks))]
    end = k + 1 + len(after)
    if _named_only(t, k + 1, end) and t.word(end) == ",":
        # "sanctions on Vladimir Potanin, the biggest shareholder in ...": a name, told by the
        # apposition after it
        after += [base_word(w) for w in clause_words(t, end + 1, len(t.toks))]
    if any(w in ("bank", "banks") and p in _STATE_BANKS for p, w in pairwise(after)):
        return False  # "sanctions Russia's central bank": the state's
    if not _STATE.isdisjoint(after) or any(
        w in R.GOVERNMENT_WORDS and w not in _OFFICERS and (w != "trade" or nxt in _STATE)
        for w, nxt in pairwise([*after, ""])
    ):
        return False  # a state's body; "metals trade financing" is no trade ministry
    if not _OFFICERS.isdisjoint(after):
        # "sanctions Russian officials linked to gold smuggling": people, no flow of goods
        return all(flow_of(w) not in (R.EXPORT, R.IMPORT) for w in after)
    return not _LISTED.isdisjoint(after) or any(
        w in _TIES and nxt in ("to", "by") for w, nxt in pairwise(after)
    )


def _held_under(t: Text, k: int) -> list[str] | None:
    """The words of who is "under" the sanctions at ``k`` ("oligarchs under sanctions",
    "banker who is under UK sanctions"), back to the clause's start; None when no "under"
    stands before them (a place or "international" may stand between)."""
    j = k - 1
    while j >= 0 and (t.place_at[j] is not None or t.word(j) in ("international", "western")):
        j -= 1
    if j < 0 or t.word(j) != "under":
        return None
    out: list[str] = []
    for m in range(j - 1, -1, -1):
        low = t.toks[m].low
        if low in R.CLAUSE_BREAK or low in _BREAKS:
            break
        out.append(base_word(low))
    return out


def sanctioned_name(t: Text, best: Finding) -> bool:
    """ "Britain sanctions Nornickel's Potanin": the sanction names only a name (no place, no
    metal), whom the lede may tell is a person or a firm."""
    k = best.index
    if base_word(t.word(k)) not in R.SANCTION_WORDS and best.at is not None:
        k = best.at
    if base_word(t.word(k)) not in R.SANCTION_WORDS:
        return False
    return _named_only(t, k + 1, k + 1 + len(clause_words(t, k + 1, len(t.toks))))


def _named_only(t: Text, lo: int, hi: int) -> bool:
    """The tokens from ``lo`` to ``hi`` (past "on" or "against") are a name: capitalised words,
    no place and no metal."""
    if t.word(lo) in ("on", "against"):
        lo += 1
    at = t.place_at
    return lo < hi and all(
        t.toks[j].text[:1].isupper() and at[j] is None and not t.is_metal[j] for j in range(lo, hi)
    )


#: Who is put on a sanctions list besides :data:`_PARTIES`: "associates", "relatives". Not a
#: firm or a company: "adds Russian aluminium firm to sanctions list" bars the metal's trade
#: (``test_classifier_kinds_4.py``).
_LISTED = _PARTIES | frozenset(
    {"associate", "associates", "relative", "relatives", "family", "officials", "people",
     "persons", "magnate", "magnates", "billionaire", "billionaires", "directors", "managers",
     "shareholders", "allies", "partners", "vessels", "ships", "tankers", "son", "sons", "wife",
     "daughter", "ceo", "ceos", "chairman", "founder", "chief"}
)  # fmt: skip
#: Verbs that add to a list: "adds ... to", "puts ... on".
_ADDS = R.forms("add|s|ed|ing", "put|s|ting", "place|s|d", "placing", "include|s|d", "including")


def listed_parties(t: Text, best: Finding) -> bool:
    """ "Canada adds four aluminium executives to Russia sanctions list", "EU puts a producer's
    executives on sanctions list", "Steel tycoons ... added to UK sanctions list" (in the
    passive, the subject is who is added): the sanction word, then "list", and before it "to" or "on"
    whose object back to a verb that adds names people or a private party (goods added, "adds
    Russian steel to sanctions list", are the ban, and so is a firm named by its metal or a
    state's company, "adds Venezuelan state mining company", the state's trade)."""
    k = best.measure_at
    if base_word(t.toks[k].low) not in R.SANCTION_WORDS or t.word(k + 1) not in ("list", "lists"):
        return False
    lows = t.lows
    to = next((j for j in range(k - 1, max(-1, k - 4), -1) if lows[j] in ("to", "on")), None)
    if to is None:
        return False
    for j in range(to - 1, max(-1, to - 9), -1):
        if lows[j] in _ADDS:
            added = [base_word(w).strip("'’‘") for w in lows[j + 1 : to]]
            if not added:  # "Steel tycoons ... added to UK sanctions list": the subject
                start = max((m + 1 for m in range(j) if lows[m] in _BREAKS), default=0)
                added = [base_word(w).strip("'’‘") for w in lows[start:j]]
            return _STATE.isdisjoint(added) and not _LISTED.isdisjoint(added)
        if lows[j] in _BREAKS:
            return False
    return False


_BREAKS = frozenset({",", ";", ":", "|"})
