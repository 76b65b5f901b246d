"""The learned event gate: a small logistic regression that second-guesses the rules' "this is a
trade measure".

The rules (:mod:`tui.engine.classifier`) read the nine labelled sets they were tuned on almost
perfectly and news nobody tuned them on much less well, chiefly by reading a measure into news
that is not one (a market report that names a tariff, a company halting a mine). The gate reads
the same headline another way, by weighted words, and vetoes a rules event only when it is
confident there is no measure (probability of a measure under the shipped threshold).

Features (:func:`features`), none of them the words of one case:

* the title's words (but function words alone) and word pairs, lower case, with every
  watched metal written ``<metal>``, every place or people of
  :class:`~tui.core.gazetteer.Gazetteer` ``<place>``, a percentage ``<pct>`` and any other
  number ``<num>``;
* the first summary sentence's words, the same way, each prefixed ``s:``;
* the shape of what the rules found, never their verdict: which rule fired on the title and
  the status it reads (``rule:noun``, ``status:tariff``), whether the summary's lede decided,
  whether the title names a metal and a place;
* how the headline reads (session 8, :mod:`tui.engine.event_gate_reading`): the kinds of word
  the rules' tables know, how the deciding rule fired, the rules' verbs around the deciding
  word, the title's tense.

The weights (``event_gate.json`` beside this module) are trained by
``benchmarks/train_event_gate.py`` (deterministic) on the labelled sets but those still
scored only (``SCORED_ONLY`` of ``benchmarks/event_gate_training.py``) and on the made-up cases
of the classifier's kinds tests, and read by :func:`model` on the first rules event, never at
import.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tui.core.gazetteer import Gazetteer
from tui.core.lazy_re import lazy
from tui.engine.classifier_text import Text
from tui.engine.event_gate_reading import reading_features
from tui.engine.metal_matcher import MetalMatcher

WEIGHTS_PATH = Path(__file__).with_name("event_gate.json")
_WORD_RE = lazy(r"<[a-z]+>|[a-z]+(?:'[a-z]+)?")
_PCT_RE = lazy(r"\d+(?:[.,]\d+)?\s*(?:%|per ?cent\b)", re.IGNORECASE)
_NUM_RE = lazy(r"\d+(?:[.,]\d+)*")
_DIGIT_RE = lazy(r"\d")
_RULE_RE = lazy(r"rule ([a-z-]+): .* -> ([a-z]+)$")
# the engine's own messages whose presence describes the reading (not its verdict)
_TRACE_FEATURES = {
    "decided by the summary's lede": "eng:lede",
    "metals from the summary": "eng:summary-metals",
    "the question": "eng:question-lead-in",
}
_TRACE_STARTS = tuple(_TRACE_FEATURES)
# words that are no feature alone (in word pairs they are): each weighs a little, and a long
# summary sentence summed them into a veto of the founding story (session 8)
FUNCTION_WORDS = frozenset(
    "a an the of in on to for and or but that this these those has have had is are was were be"
    " been being by with at from as it its their his her they we he she which who will would".split()
)


@dataclass(frozen=True, slots=True)
class GateModel:
    """The weights, the bias and the threshold under which the gate vetoes a rules event."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, feats: Sequence[str]) -> float:
        """The model's probability that the headline reports a trade measure (``feats``: distinct
        features, as :func:`features` gives them)."""
        w = self.weights
        z = self.bias + sum([w[f] for f in feats if f in w])
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)


Hits = tuple[list[tuple[str, int, int]], list[tuple[str, int, int, str]]]


def normalised_words(
    text: str, matcher: MetalMatcher, gaz: Gazetteer, hits: Hits | None = None
) -> list[str]:
    """The words of ``text`` with metals, places, percentages and numbers as placeholders
    (``hits``: its metal matches and places, when already found)."""
    metals, places = hits if hits is not None else (matcher.first_spans(text), gaz.find(text))
    spans = [(s, e, "<metal>") for _mid, s, e in metals]
    taken = [(s, e) for s, e, _ in spans]
    for _code, s, e, _m in places:
        if not any(s < te and ts < e for ts, te in taken):
            spans.append((s, e, "<place>"))
    spans.sort()
    parts: list[str] = []
    last = 0
    for s, e, token in spans:
        if s < last:
            continue
        parts.append(text[last:s])
        parts.append(f" {token} ")
        last = e
    parts.append(text[last:])
    plain = "".join(parts).replace("’", "'")
    if _DIGIT_RE.search(plain) is not None:
        plain = _NUM_RE.sub(" <num> ", _PCT_RE.sub(" <pct> ", plain))
    return _WORD_RE.findall(plain.lower())


def features(title: Text, lede: Text | None, trace: Sequence[str]) -> list[str]:
    """The gate's features of a headline: its title and first summary sentence (if any) as the
    rules read them (their metal and place matches are reused), and the rules' trace."""
    words = normalised_words(title.text, title.matcher, title.gaz, _hits(title))
    feats = [f"w:{w}" for w in words if w not in FUNCTION_WORDS]
    feats += [f"b:{a}_{b}" for a, b in zip(["^", *words], [*words, "$"], strict=True)]
    if lede is not None:
        lede_words = normalised_words(lede.text, lede.matcher, lede.gaz, _hits(lede))
        feats += [f"s:{w}" for w in lede_words if w not in FUNCTION_WORDS]
    if "<metal>" in words:
        feats.append("eng:title-metal")
    if "<place>" in words:
        feats.append("eng:title-place")
    rules = (_RULE_RE.match(line) for line in trace if line.startswith("rule "))
    rule = next((m for m in rules if m is not None), None)
    if rule is not None:
        feats += [f"rule:{rule.group(1)}", f"status:{rule.group(2)}"]
    for line in trace:
        if line.startswith(_TRACE_STARTS):
            feats += [name for start, name in _TRACE_FEATURES.items() if line.startswith(start)]
    feats += reading_features(title, lede, trace)
    return list(dict.fromkeys(feats))


def _hits(text: Text) -> Hits:
    return text.first_spans, text.places


_MODEL: list[GateModel | None] = []  # filled on first use: [model] or [None] when absent


def model() -> GateModel | None:
    """The shipped gate, read once on first use (None when the weights file is missing)."""
    if not _MODEL:
        _MODEL.append(load(WEIGHTS_PATH))
    return _MODEL[0]


def load(path: Path) -> GateModel | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return GateModel(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # missing or damaged: the rules read alone


def vetoes(read: Sequence[Text], trace: list[str]) -> bool:
    """Whether the gate vetoes the rules' event for a headline (it says so in ``trace``):
    ``read`` is its title and first summary sentence (if any) as the rules read them; their
    metal and place matches are reused."""
    gate = model()
    if gate is None:
        return False
    feats = features(read[0], read[1] if len(read) > 1 else None, trace)
    p = gate.probability(feats)
    if p >= gate.threshold:
        return False
    trace.append(f"learned gate: a measure at {p:.0%}, under {gate.threshold:.0%}: no event")
    return True
