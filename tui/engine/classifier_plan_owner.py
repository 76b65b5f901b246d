"""Plan words that are not the measure's plan.

Two plan words stand in a title or a lede without making the measure a plan:

- a plan told as the **adjective of the measure an act takes** ("US doubles its planned tariff
  on Canadian aluminium", "Canada enacts its planned surtax", "Trump on Tuesday doubled his
  planned tariff"): the act verb right before it, past a determiner, says the plan is now
  taken (:func:`acted_on_plan`, read with the modals of :mod:`classifier_comments`);
- a plan word of a **market's move** before the measure's clause ("The Indian rupee is poised
  to open weaker after Trump made good on his threat of imposing tariffs", "Won may slide as
  Seoul ..."): its verb is a move (open, fall, slide, ...), and the measure stands after a
  word that joins a cause ("after", "as", "on", "amid"); the clause from that word is read
  for the measure's own plan, as for a market clause the rules know (``market_clause``)
  (:func:`moved_start`); so is the clause after a full stop that ends another sentence of a
  title ("Musk may find ... . Trump imposes heavy taxes on imported steel").
"""

from __future__ import annotations

import re

from tui.engine import classifier_rules as R
from tui.engine.classifier_rules_words import forms
from tui.engine.classifier_text import Finding, Text

#: Plan words that may stand as the adjective of a measure ("its planned tariff").
_PLAN_ADJECTIVES = frozenset({"planned", "proposed", "threatened", "mooted", "promised"})
#: Verbs that take a measure ("doubles its planned tariff", "enacted the proposed duties").
_ACT_VERBS = forms(
    "double|s|d",
    "doubling",
    "triple|s|d",
    "tripling",
    "enact|s|ed|ing",
    "impose|s|d",
    "imposing",
    "implement|s|ed|ing",
    "raise|s|d",
    "raising",
    "hike|s|d",
    "hiking",
    "adopt|s|ed|ing",
    "introduce|s|d",
    "introducing",
    "finalise|s|d",
    "finalize|s|d",
    "activate|s|d",
    "slap|s|ped",
    "levy|levies|levied",
)
#: A plan told as a noun ("threat of", "pledge to") that may be carried out.
_PLAN_NOUNS = frozenset({"threat", "threats", "pledge", "promise", "vow"})
#: The words before "on" that carry a plan out ("makes good on", "follows through on").
_CARRIED_OUT = frozenset(
    {"good", "through", "deliver", "delivers", "delivered", "delivering", "acts", "acted"}
)
#: What may stand between the act verb and the plan adjective.
_DETERMINERS = frozenset(
    {"its", "his", "her", "their", "the", "a", "an", "earlier", "previously", "long"}
)
#: Verbs of a market's move after a plan word ("poised to open", "may slide").
_MOVE_VERBS = frozenset(
    {
        "open", "fall", "slide", "dip", "drop", "slip", "weaken", "rise", "climb", "gain",
        "extend", "edge", "tumble", "rally", "sink", "jump", "surge", "firm", "ease",
        "strengthen", "recover", "rebound", "retreat", "decline", "trade", "test", "hit",
    }
)  # fmt: skip
#: Words that join the move to its cause ("after", "as", "on", "amid", "following").
CAUSE_JOINS = frozenset({"after", "as", "on", "amid", "following", "despite", "over"})
# a full stop after a word (not an initial, "U.S. President"; in capitals too) before a capital
_SENTENCE_END_RE = re.compile(r"(?<=[A-Za-z0-9]{2}[A-Za-z0-9%)'’”])\.\s+(?=[A-Z])")


def acted_on_plan(t: Text, m: re.Match[str], offset: int = 0) -> bool:
    """Is the plan word ``m`` (matched in a slice of ``t`` from ``offset``) the adjective of a
    measure an act verb takes ("doubles its planned tariff"), or a threat or pledge carried out
    ("makes good on threat of steel tariffs", "follows through on threat to ban")?"""
    word = m.group(0).lower()
    if word not in _PLAN_ADJECTIVES and word not in _PLAN_NOUNS:
        return False
    at = offset + m.start()
    k = next((j for j, tk in enumerate(t.toks) if tk.start >= at), None)
    if k is None:
        return False
    j = k - 1
    while j >= 0 and t.word(j) in _DETERMINERS:
        j -= 1
    if word in _PLAN_NOUNS:
        return t.word(j) == "on" and t.word(j - 1) in _CARRIED_OUT
    return j >= 0 and t.word(j) in _ACT_VERBS


def moved_start(t: Text, f: Finding) -> int | None:
    """The token where the measure's clause starts after a market's move told with a plan
    word, or after another sentence of the title (see the module); else None."""
    at = min(f.index, f.index if f.at is None else f.at)
    if not 0 <= at < len(t.toks):
        return None
    cut = t.toks[at].start
    start = None
    for m in _SENTENCE_END_RE.finditer(t.text, 0, cut):
        start = next((j for j, tk in enumerate(t.toks) if tk.start >= m.end()), None)
    for m in R.PROPOSED_RE.finditer(t.text, 0, cut):
        k = next((j for j, tk in enumerate(t.toks) if tk.start >= m.end()), at)
        k += t.word(k) == "to"
        if k >= at or t.word(k) not in _MOVE_VERBS:
            continue
        join = next((j for j in range(k + 1, at) if t.word(j) in CAUSE_JOINS), None)
        if join is not None:
            start = max(start or 0, join + 1)
    return start
