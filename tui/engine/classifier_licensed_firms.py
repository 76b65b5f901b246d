"""Trade kept to licensed or listed firms, read at a restart verb: "lets licensed firms import
gold bars", "allows only licensed buyers to export gold" (a flow opened only to licence
holders), "names firms allowed to export silver", "publishes list of companies permitted to
export nickel ore" (a list of who may trade), "Licensed companies allowed to import gold bars"
(the holders before a passive). Either is ``licensing``, as "approved exporters"
are (README "Trade-policy statuses": exports kept to an approved list); one company let go on
trading ("lets Freeport export copper concentrate") stays a restart. Also quotas handed to
firms at a grant verb ("grants banks new gold import quotas", "issues firms fresh rare earth
export quotas"): a government's ``quota`` on the flow named, the firms its holders."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of

#: Who may hold the licence ("licensed firms", "approved companies", "licensed jewellers").
_FIRMS = frozenset(
    {"firms", "companies", "traders", "dealers", "banks", "lenders", "jewellers", "jewelers",
     "buyers", "refiners", "exporters", "importers", "miners", "producers", "smelters",
     "entities", "enterprises"}
)  # fmt: skip
#: Words that publish a list ("names firms allowed to ...", "list of companies permitted").
_LISTING = frozenset(
    {"names", "named", "lists", "listed", "list", "publishes", "published", "whitelist",
     "releases", "released", "unveils"}
)  # fmt: skip


def licensed_firms(t: Text, i: int, flow_j: int) -> Finding | None:
    """At the restart verb ``i`` whose flow word is at ``flow_j``: the flow kept to licensed
    or listed firms, ``licensing``; else None."""
    j = i + 2 if t.word(i + 1) == "only" else i + 1
    if t.word(i) in R.HOLDER_WORDS and t.word(i - 1) in R.RESTART_VERBS:
        j = i  # "lets approved companies export tin": "approved" read first as a restart
    held = t.word(j) in R.HOLDER_WORDS and t.word(j + 1) in _FIRMS and flow_j > j + 1
    listed = (
        t.word(i - 1) in _FIRMS
        and t.word(i).endswith("ed")
        and flow_j > i
        and any(t.word(k) in _LISTING for k in range(max(0, i - 5), i - 1))
    )
    # "Licensed companies allowed to import gold bars": the holders before the participle
    held_before = (
        t.word(i - 1) in _FIRMS
        and t.word(i - 2) in R.HOLDER_WORDS
        and t.word(i).endswith("ed")
        and flow_j > i
    )
    listed = listed or held_before
    if not (held or listed):
        return None
    words = [t.toks[i].text, t.toks[j + 1 if held else i - 1].text, t.toks[flow_j].text]
    flow = flow_of(t.toks[flow_j].low)
    return Finding("noun", "licensing", i, words, flow=flow, verb=True, at=flow_j)


#: Words between the firms and the quotas handed to them ("new", "fresh" and the goods).
_QUOTA_ADJECTIVES = frozenset({"new", "fresh", "more", "additional", "extra", "annual"})


def handed_quotas(t: Text, i: int) -> Finding | None:
    """At the grant verb ``i``: firms right after it, then quotas within a few words of goods
    and a flow ("grants smelters copper concentrate export quotas"), ``quota``; else None."""
    if t.word(i + 1) not in _FIRMS and t.word(i + 1) not in R.COMPANY_WORDS:
        return None
    flow_j = None
    for k in range(i + 2, min(len(t.toks), i + 9)):
        low = t.word(k)
        m = measure_of(low)
        if m is not None and m[0] == "quota":
            words = [t.toks[i].text, t.toks[k].text]
            flow = flow_of(t.word(flow_j)) if flow_j is not None else None
            return Finding("noun", "quota", i, words, flow=flow, verb=True, at=k)
        if flow_of(low) is not None:
            flow_j = k
        elif not (t.is_metal[k] or low in _QUOTA_ADJECTIVES or low in R.GOODS_FORMS):
            return None
    return None
