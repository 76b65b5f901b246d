"""An explainer's label before an act: "Explainer: China bans gallium and germanium exports to
US", "EXPLAINER - Congo extends cobalt export ban".

An explainer about a measure ("Explainer: What China's gallium export ban means", "Explainer:
How US steel tariffs work", "Explainer: China's export controls on rare earths") is no news of
one, and :data:`~tui.engine.classifier_rules.EXPLAINER_RE` vetoes it. But a label of explaining
before a sentence that tells an act is the outlet's running head over the news, as a feature's
("Timeline: Congo extends cobalt export ban") or a study's label is
(:mod:`tui.engine.classifier_near_measures`): the act stands. Only "explainer" and "factbox"
are read so; an opinion's or an analysis's label ("Opinion:", "Analysis:", "Column:") stays a
view on the measure. A question after the label ("Why ...", "Who wins from ...?") explains, and so does a noun phrase
whose verb is a relative clause's ("FACTBOX-Countries that have banned raw nickel exports").
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_text import Finding, Text

#: The label of explaining, then the tail it heads.
_LABEL_RE = lazy(r"^\s*(?:explainer|factbox|fact\s+box)\s*[:|\-–—]\s*", re.IGNORECASE)
#: Words of a relative clause or a perfect before the act: a list's noun phrase, no news.
_RELATIVE = frozenset({"that", "which", "who", "whose", "have", "has", "had"})
#: Words opening a question or an explanation after the label.
_ASKING = frozenset(
    {"why", "how", "what", "who", "whom", "whose", "where", "when", "which", "is", "are", "will",
     "can", "could", "does", "do", "did", "should", "would", "has", "have", "inside", "behind",
     "understanding", "the", "a", "an"}
)  # fmt: skip


def explained_act(t: Text, best: Finding) -> bool:
    """The title is an explainer's label then a sentence telling an act: a verb of the rules
    decides, after the label, no question opens the tail or ends the title."""
    m = _LABEL_RE.match(t.text)
    if m is None or not best.verb or best.rule == "passive-release":
        return False
    if t.text.rstrip().endswith("?"):
        return False
    tail = t.text[m.end() :].split(maxsplit=1)[:1]
    if not tail or tail[0].lower().strip("'\"‘“") in _ASKING or tail[0].lower().endswith("ed"):
        return False
    if t.toks[best.index].start < m.end():
        return False
    # the act is the tail's own verb, not a relative clause's ("Countries that have banned ...")
    start = next(k for k, tk in enumerate(t.toks) if tk.start >= m.end())
    return not any(t.word(k) in _RELATIVE for k in range(start, best.index + 1))
