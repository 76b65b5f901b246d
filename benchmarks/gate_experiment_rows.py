"""The candidate features of session 18's gate experiment (``gate_features_experiment.py``)
and the training rows read with them, cached on request. Not a check, not part of the product.

Each candidate feature is prefixed ``z:<group>:`` so the experiment can keep or drop a group:
``tense`` (the deciding verb's form), ``first`` (the kind of the title's first word), ``subj``
(the nearest word of a kind before the deciding word), ``metal`` (where the metal stands),
``hedge`` (a question, quotes, a colon, a report), ``qty`` (a percentage, a number), ``len``
(the title's length in steps of six tokens), ``outlet`` (a publisher's tail after a dash, and
whether it reads official) and ``agree`` (the lede: a measure word, a metal, the title's place,
a government acting).
"""

from __future__ import annotations

import pickle
import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import event_gate_training as T
from event_gate_training import Row

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text, measure_of
from tui.engine.event_gate import features as shipped_features

_RULE_RE = re.compile(r"rule ([a-z-]+): (.*) -> ([a-z]+)$")


_OFFICIAL = frozenset(
    "gov ministry government commission department federal register official agency council"
    " parliament customs treasury ustr mofcom notice gazette".split()
)


def _rule(trace: Sequence[str]) -> tuple[str, list[str]] | None:
    for line in trace:
        m = _RULE_RE.match(line) if line.startswith("rule ") else None
        if m:
            return m.group(1), m.group(2).split(" + ")
    return None


def _kind(text: Text, i: int) -> str:
    low = text.lows[i]
    if text.place_at[i] is not None:
        return "place"
    if text.is_metal[i]:
        return "metal"
    if low in R.GOVERNMENT_WORDS or low in R.INSTITUTION_WORDS:
        return "gov"
    if low in R.COMPANY_WORDS:
        return "company"
    if low in R.ANALYST_WORDS:
        return "analyst"
    if measure_of(low) is not None:
        return "measure"
    return "other"


def extra_features(title: Text, lede: Text | None, trace: Sequence[str]) -> list[str]:
    """Candidate features, by group: the deciding word's subject and tense, hedges,
    quantities, the metal's role, the lede's agreement with the title, the outlet's kind."""
    lows = title.lows
    n = len(lows)
    feats: list[str] = []
    rule = _rule(trace)
    at = None
    if rule is not None:
        head = rule[1][0].strip().lower().replace("’", "'").split()
        at = lows.index(head[0]) if head and head[0] in lows else None
        verb = next((w for w in (x.strip().lower() for x in rule[1]) if w in R.ACT_VERBS), None)
        if verb is None:
            feats.append("z:tense:noun")
        elif verb.endswith("ed") or verb in {"set", "put", "cut", "hit", "slapped"}:
            feats.append("z:tense:past")
        elif verb.endswith("ing"):
            feats.append("z:tense:ing")
        elif verb.endswith("s"):
            feats.append("z:tense:pres")
        else:
            feats.append("z:tense:base")
    if n:
        feats.append(f"z:first:{_kind(title, 0)}")
    if at is not None:
        # the subject: the nearest word of a kind before the deciding word
        kinds = [_kind(title, j) for j in range(at)]
        subj = next((k for k in reversed(kinds) if k != "other"), "none")
        feats.append(f"z:subj:{subj}")
        if at > 0 and title.is_metal[at - 1]:
            feats.append("z:metal:before-measure")
        metals = [j for j in range(n) if title.is_metal[j]]
        if metals:
            feats.append("z:metal:" + ("first" if metals[0] < at else "after"))
            if metals[0] == 0:
                feats.append("z:metal:opens")
        else:
            feats.append("z:metal:none")
    text = title.text
    if "?" in text:
        feats.append("z:hedge:question")
    if any(q in text for q in "\"“”‘'"):
        feats.append("z:hedge:quote")
    if ":" in text:
        feats.append("z:hedge:colon")
    if {"reportedly", "sources", "source", "report", "reports"} & set(lows):
        feats.append("z:hedge:report")
    if "%" in text or "percent" in lows or "per" in lows:
        feats.append("z:qty:pct")
    if any(c.isdigit() for c in text):
        feats.append("z:qty:num")
    feats.append(f"z:len:{min(n // 6, 3)}")
    tail = re.search(r"\s[-|–—]\s([^-|–—]{2,60})$", text)
    if tail:
        words = set(re.findall(r"[a-z]+", tail.group(1).lower()))
        feats.append("z:outlet:" + ("official" if words & _OFFICIAL else "news"))
    else:
        feats.append("z:outlet:none")
    if lede is None:
        feats.append("z:agree:no-lede")
    else:
        ll = lede.lows
        if any(measure_of(w) is not None for w in ll):
            feats.append("z:agree:lede-measure")
        else:
            feats.append("z:agree:lede-no-measure")
        if lede.first_spans:
            feats.append("z:agree:lede-metal")
        tplaces = {p[0] for p in title.places}
        lplaces = {p[0] for p in lede.places}
        if tplaces & lplaces:
            feats.append("z:agree:same-place")
        elif lplaces:
            feats.append("z:agree:other-place")
        if "%" in lede.text:
            feats.append("z:qty:s-pct")
        if not set(ll).isdisjoint(R.ACT_VERBS) and not set(ll).isdisjoint(R.GOVERNMENT_WORDS):
            feats.append("z:agree:lede-gov-acts")
    return feats


def _with_extra(title: Text, lede: Text | None, trace: Sequence[str]) -> list[str]:
    return shipped_features(title, lede, trace) + extra_features(title, lede, trace)


def load_rows(cache: Path | None) -> list[Row]:
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    T.features = _with_extra  # type: ignore[assignment]
    rows = T.load_rows()
    if cache is not None:
        cache.write_bytes(pickle.dumps(rows))
    return rows
