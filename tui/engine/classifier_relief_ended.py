"""Relief and measures ended, told in forms the release rules did not read.

- An exemption, rebate or waiver of a measure ended in the passive ("Export tax rebates for
  some steel products cancelled"): the measure comes back, as the active "ends tariff
  exemptions" reads (``release-exemption``); read by ``classifier_findings._rule_passive``.
- Goods that "no longer face" a measure ("Canadian aluminum no longer faces 10 percent U.S.
  tariff"): the measure is lifted from them (``resuming``); read at the measure noun by
  ``classifier_findings.rule_at``.
- A country "denied" an exemption or relief in the passive ("Canberra denied exemption from 25
  per cent U.S. steel and aluminium tariffs"): no denial of news, the measure stands on it, as
  "receives no exemption" reads; the denial veto of ``classifier_read`` leaves it be; so is
  one "refused" it (``classifier_relief_refused``).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_measure_noun import measure_noun
from tui.engine.classifier_relief_refused import REFUSED
from tui.engine.classifier_text import Finding, Text, base_word, measure_of

#: The verbs after "no longer" by which goods bear a measure.
_BEAR_VERBS = frozenset(
    {"face", "faces", "faced", "facing", "pay", "pays", "paying", "bear", "bears", "attract",
     "attracts", "incur", "incurs"}
)  # fmt: skip
#: Words that close the clause a measure noun stands in.
_CLAUSE_ENDS = frozenset({",", ";", ":", "|", "—", "–", "as", "after", "amid", "while"})


def exemption_ended(t: Text, i: int, j: int) -> Finding | None:
    """The measure noun at ``j``, the subject of the release participle at ``i``, heads an
    exemption, rebate or waiver ("export tax rebates ... cancelled", "tariff exemptions
    ended"): the relief ends and the measure comes back; else None."""
    if t.word(j + 1) not in R.EXEMPTION_NOUNS:
        return None
    m = measure_noun(t, j) or measure_of(t.toks[j].low)
    status, flow = m if m else ("tariff", None)
    words = [t.toks[j].text, t.toks[j + 1].text, t.toks[i].text]
    return Finding(
        "release-exemption", status, i, words, flow=flow, verb=True, confidence=0.75, at=j
    )


def no_longer_faced(t: Text, i: int) -> Finding | None:
    """The measure noun at ``i`` is what goods "no longer face" (or pay, bear) in its clause
    ("Canadian aluminum no longer faces 10 percent U.S. tariff"): the measure lifted from the
    goods; else None."""
    if "longer" not in t.lows[:i]:
        return None
    m = measure_noun(t, i)
    if m is None:
        return None
    for k in range(i - 1, max(-1, i - 8), -1):
        low = t.word(k)
        if low in _CLAUSE_ENDS:
            return None
        if low in _BEAR_VERBS and t.word(k - 1) == "longer" and t.word(k - 2) == "no":
            words = ["no longer", t.toks[k].text, t.toks[i].text]
            return Finding(
                "release", "resuming", k, words, flow=m[1], verb=True, confidence=0.8,
                measure=m[0], at=i,
            )  # fmt: skip
        if base_word(low) in R.EXEMPTION_NOUNS:
            return None
    return None


#: Auxiliaries that make "denied" active ("has denied reports ..."): a denial.
_ACTIVE_AUX = frozenset({"has", "have", "had"})


def denied_relief(t: Text, at: int) -> bool:
    """The denial word starting at character ``at`` is the passive "denied" of an exemption,
    waiver or relief ("Canberra denied exemption from ... tariffs"): the measure is not lifted
    from the subject, no denial of the news."""
    k = next((k for k, tk in enumerate(t.toks) if tk.start == at), None)
    if k is None or t.word(k) not in REFUSED or k == 0 or t.word(k - 1) in _ACTIVE_AUX:
        return False
    j = k + 1
    while t.word(j) in ("a", "an", "any", "the"):
        j += 1
    return t.word(j) in R.EXEMPTION_NOUNS or t.word(j) == "relief"
