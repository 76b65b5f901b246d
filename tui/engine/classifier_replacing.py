"""The new measure that replaces a released one in the same text.

"Lifts cobalt export ban, imposes quotas", "..., quota system takes effect", "eases steel
tariffs with tariff-rate quota": after a release, a measure imposed, said to start, or the
means of the release is the news (:func:`replacing_measure`, read by
:mod:`~tui.engine.classifier_read`); a quota the subject agrees to or accepts
(:func:`accepted_quota`, read by :mod:`~tui.engine.classifier_deals` too) is the deal's.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: After a measure noun (and "system", "regime"...): it starts ("quota system takes effect").
_STARTS = frozenset(
    {"takes", "take", "kicks", "kick", "comes", "come", "enters", "enter", "begins", "begin"}
    | {"starts", "start"}
)
_AFTER_NOUN = ("system", "systems", "regime", "scheme", "rules", "will", "to", "now")
_FLOWS = ("exports", "imports", "shipments", "sales", "trade", "exporting", "importing")


def replacing_measure(t: Text, main: list[Finding], release: Finding) -> Finding | None:
    """The new measure after a release in the same text, which replaces the released one:
    imposed ("lifts cobalt export ban, imposes quotas"), said to start ("..., quota system
    takes effect", "as quotas kick in") or a flow going on under it ("..., allows shipments
    under quota"; not "grades not covered under" it); else None."""
    for f in main:
        if f.rule == "noun" and f.index < release.index and accepted_quota(t, f):
            return f  # "accepts steel export quota to win US tariff exemption": the deal's quota
        if f.index <= release.index or f.rule != "noun":
            continue
        if f.verb and f.words[0].lower() in R.REIMPOSE_VERBS:
            return f
        if not f.verb:
            k = f.index + 1
            while t.word(k) in _AFTER_NOUN:
                k += 1
            if t.word(k) in _STARTS or (
                t.word(f.index - 1) == "under" and t.word(f.index - 2) in _FLOWS
            ):
                return f
            if _by_means_of(t, f.index, release.index):
                return f
    return None


_ACCEPT = frozenset({"agrees", "agreed", "agree", "accepts", "accepted", "accept", "takes"})


def accepted_quota(t: Text, f: Finding) -> bool:
    """A quota the subject agrees to or accepts, a few words before it."""
    return f.status == "quota" and any(
        t.word(k) in _ACCEPT for k in range(max(0, f.index - 5), f.index)
    )


#: What may stand between "with" or "under" and the quota that replaces a lifted measure.
_QUOTA_MODIFIERS = frozenset({"a", "an", "the", "new", "tariff-rate", "duty-free", "annual"})


def _by_means_of(t: Text, i: int, release: int) -> bool:
    """The noun at ``i`` is the means of the release at ``release``: "ease steel tariffs with
    tariff-rate quota", "lift steel tariffs on British metals under quota" (a deal replacing
    the tariff with the quota); not "grades not covered under quotas"."""
    k = i - 1
    while k > release and t.word(k) in _QUOTA_MODIFIERS:
        k -= 1
    if t.word(k) == "with":
        return k > release + 1
    return t.word(k) == "under" and (
        t.word(k - 1) in _FLOWS or t.word(k - 1) in R.GOODS_WORDS or t.is_metal[k - 1]
    )
