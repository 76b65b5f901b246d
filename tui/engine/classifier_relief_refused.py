"""Relief refused to the one that asked for it: "Japan refused relief from US steel tariffs",
"Australia fails to win exemption from US aluminium tariffs", "UK fails to secure an exclusion
from ... duties". The exemption, exclusion or relief is not granted, so the measure stands on
the goods of the one that asked, as "denied exemption from" and "loses exemption from" read
(:func:`tui.engine.classifier_release_nouns.rule_release_noun`): the measure's status, from
that origin to the imposer. Relief won or granted stays a release, relief only sought no event.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text

#: The passive participles that refuse relief to the subject ("Japan refused relief from").
REFUSED = frozenset({"denied", "refused"})
#: Auxiliaries that make the participle active ("has refused talks"): a denial, no relief's.
_ACTIVE_AUX = frozenset({"has", "have", "had"})
#: Verbs of getting relief after "fails to" ("fails to win exemption").
_GET_VERBS = frozenset(
    {"win", "secure", "get", "obtain", "gain", "land", "clinch", "receive", "achieve"}
)
#: Forms of "fail" before "to <get>".
_FAIL = frozenset({"fail", "fails", "failed", "failing"})
#: Words passed over between the refusal and the relief noun ("an", "any", "its").
_DETERMINERS = frozenset({"a", "an", "any", "the", "its", "their"})
#: Relief nouns a refusal governs.
RELIEF_NOUNS = R.EXEMPTION_NOUNS | {"relief"}


def relief_refused(t: Text, i: int) -> bool:
    """The relief noun at ``i`` ("exemption", "exclusion", "relief") is refused to the subject
    in its clause: the passive "refused" or "denied" right before it (over a determiner), or
    "fails to win" (secure, get ...) it."""
    if t.word(i) not in RELIEF_NOUNS:
        return False
    k = i - 1
    while t.word(k) in _DETERMINERS:
        k -= 1
    if t.word(k) in REFUSED:
        return k > 0 and t.word(k - 1) not in _ACTIVE_AUX
    return t.word(k) in _GET_VERBS and t.word(k - 1) == "to" and t.word(k - 2) in _FAIL
