"""Deals of two countries over one's measure: a quota one side accepts in exchange for the
other's tariff relief, and a deal that eases or replaces one side's tariff. Read by
:mod:`~tui.engine.classifier_direction` before the places' roles decide the corridor."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_imposer import imposer_of
from tui.engine.classifier_replacing import accepted_quota
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of

Sides = tuple[str, str, str, list[str]]


def deal_corridor(t: Text, f: Finding, roles: list[tuple[str, str, str]]) -> Sides | None:
    """(origin, destination, flow, words) of a deal the finding belongs to, else None."""
    return quota_deal(t, f, roles) or _deal_sides(t, f, roles)


def quota_deal(
    t: Text, f: Finding, roles: list[tuple[str, str, str]]
) -> tuple[str, str, str, list[str]] | None:
    """A quota its subject accepts with another country named ("South Korea agrees steel
    import quota in exchange for US tariff exemption", "... to US steel import quota"): the
    subject's exports to the other, whatever the quota is called."""
    if not accepted_quota(t, f) or not any(
        _is_tariff(w) or w in R.EXEMPTION_NOUNS or flow_of(w) == R.EXPORT for w in t.lows
    ):
        return None  # "EU agrees steel quota with Ukraine": no exchange said, read as before
    first = t.place_at[0] if t.place_at else None
    if first is None or not roles or roles[0][0] != "actor":
        return None
    if _two_subjects(t):
        return None  # "US, Japan agree to replace tariffs with a quota": both sides agree
    other = next(((c, m) for _r, c, m in roles[1:] if c != roles[0][1]), None)
    if other is None:
        return None
    return roles[0][1], other[0], R.IMPORT, [roles[0][2], other[1]]


def _is_tariff(low: str) -> bool:
    """A tariff word ("tariff", "duties", "anti-dumping"): a measure of status ``tariff``."""
    found = measure_of(low)
    return found is not None and found[0] == "tariff"


def _two_subjects(t: Text) -> bool:
    """The headline opens with two places joined ("US, Japan agree", "US and Japan sign"):
    both sides are the subject, neither alone accepts the quota."""
    at = [k for k, p in enumerate(t.place_at) if p is not None]
    if not at or at[0] != 0:
        return False
    nxt = next((k for k in at if t.place_at[k] != t.place_at[0]), None)
    return nxt is not None and all(
        t.toks[k].low in (",", "and", "&")
        for k in range(at[0] + 1, nxt)
        if t.place_at[k] != t.place_at[0]
    )


#: Verbs of two sides agreeing ("US, Japan agree to replace steel tariffs with quota").
_AGREE_VERBS = frozenset({"agree", "agrees", "agreed", "agreeing"})


def deal_words(t: Text) -> bool:
    """The text tells of a deal: an agreement noun or two sides agreeing."""
    return not (R.AGREEMENT_WORDS | _AGREE_VERBS).isdisjoint(t.lows)


def _deal_sides(
    t: Text, f: Finding, roles: list[tuple[str, str, str]]
) -> tuple[str, str, str, list[str]] | None:
    """A deal of two sides that eases or replaces one side's tariff, the partner named first
    or not ("Tokyo and Washington agree to swap US steel tariffs for a quota"): the importer is
    the side whose tariff it is (named right before it), the exporter its partner."""
    if f.status not in ("quota", "resuming") or not deal_words(t):
        return None
    parties = {c: m for r, c, m in roles if r in ("actor", "pair")}
    if len(parties) != 2:
        return None
    for k, tk in enumerate(t.toks):
        m = measure_of(tk.low)
        pi = imposer_of(t, k) if m is not None and m[0] == "tariff" else None
        owner = t.places[pi][0] if pi is not None else None
        if owner in parties:
            partner = next(c for c in parties if c != owner)
            return partner, owner, R.IMPORT, [parties[partner], parties[owner]]
    return None
