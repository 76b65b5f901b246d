"""A site's or a firm's licence or permit that runs out ("CATL halts mining at Yichun lithium
site after licence expires", "nickel miner halts digging at a site after permit expires"): a
mine or a plant loses its leave to work, no restriction on trade is lifted.
:func:`site_licence_lapses` is asked by
:func:`~tui.engine.classifier_releases.rule_expire` before it reads a measure lapsing."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text, base_word

#: The verbs of a licence running out.
_LAPSE_VERBS = frozenset({"expire", "expires", "expired", "lapse", "lapses", "lapsed"})
#: A site's or a firm's leave to work.
_LEAVE_NOUNS = frozenset({"licence", "license", "permit", "lease", "concession"})
#: Words that tie the leave to trade ("export permit", "import licence").
_TRADE_TIES = frozenset(R.FLOW_WORDS) | frozenset(
    {"export", "import", "exports", "imports", "trade"}
)


def site_licence_lapses(t: Text, i: int, j: int) -> bool:
    """The lapse verb at ``i`` has a bare licence or permit at ``j`` as its subject, no flow
    word ties it to trade, and the title's clause before it names a site or its work."""
    if t.word(i) not in _LAPSE_VERBS or base_word(t.word(j)) not in _LEAVE_NOUNS:
        return False
    if any(t.word(k) in _TRADE_TIES for k in range(max(0, j - 3), j)):
        return False  # "nickel ore export permits expire": a trade measure's leave
    return any(
        base_word(t.word(k)) in R.SITE_WORDS or t.word(k) in ("site", "pit", "sites", "pits")
        for k in range(j)
    )


def site_licence_noun(t: Text, k: int) -> bool:
    """The licence or permit at ``k`` is a site's that runs out right after it ("after licence
    expires"): no measure named by it (the lapse itself reads as the site's news)."""
    return t.word(k + 1) in _LAPSE_VERBS and site_licence_lapses(t, k + 1, k)
