"""The metals a summary names for an event: those of its first sentence that speaks of trade,
and those it lists together with the title's ("steel and aluminum tariffs")."""

from __future__ import annotations

import re
from itertools import pairwise

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_context import background_sentence
from tui.engine.classifier_contingency import measure_in_condition
from tui.engine.classifier_spans import metal_spans, sentences
from tui.engine.metal_matcher import MetalMatcher


def metals_in(text: str, matcher: MetalMatcher) -> tuple[str, ...]:
    found = {mid for mid, _s, _e in metal_spans(text, matcher)}
    return tuple(m.id for m in matcher.metals if m.id in found)


def summary_metals(summary: str, matcher: MetalMatcher) -> tuple[str, ...]:
    """The metals of the summary's first trade sentence, else of all its sentences, but a
    country described as their producer, the goods' use, and the measure another answers ("in
    retaliation for Washington's steel tariffs": not the goods of the retaliation)."""
    for sent in sentences(summary):
        if R.TRADE_SENTENCE_RE.search(sent) and _DESCRIBED_RE.search(sent) is None:
            # "chromium ores, used in stainless steel production": the use is not the goods
            sent = R.USE_WORDS_RE.split(sent, maxsplit=1)[0]
            sent = _ANSWERED_RE.split(sent, maxsplit=1)[0]
            found = metals_in(sent, matcher)
            if found:
                return found
    # "Russia is a major supplier of metals such as nickel": a country described, not the goods
    told = [x for x in sentences(summary) if _DESCRIBED_RE.search(x) is None]
    kept = (_ANSWERED_RE.split(R.USE_WORDS_RE.split(x, maxsplit=1)[0], maxsplit=1)[0] for x in told)
    return metals_in(" ".join(kept), matcher)


#: What a measure answers, after it in its sentence ("in retaliation for ...", "in response to").
_ANSWERED_RE = lazy(
    r"\b(?:in\s+(?:retaliation|response|reprisal)\s+(?:for|to|against)|to\s+retaliate\s+"
    r"(?:for|against))\b",
    re.IGNORECASE,
)
_DESCRIBED_RE = lazy(
    r"\b(?:is|are|was|remains?|ranks?\s+as)\s+(?:a|an|the|one\s+of\s+the)\s+(?:\S+\s+){0,3}?"
    r"(?:producers?|suppliers?|exporters?|sources?|holders?|miners?)\s+of\b",
    re.IGNORECASE,
)
_LIST_GLUE = lazy(r"^(?:\s*(?:,|and|or|&|/|as\s+well\s+as)\s*)+$", re.IGNORECASE)


def listed_with(summary: str, named: tuple[str, ...], matcher: MetalMatcher) -> tuple[str, ...]:
    """Metals a summary's trade sentence lists together with ``named`` ("steel and
    aluminum", "gallium, germanium and antimony"), not named in the title."""
    for sent in sentences(summary):
        if not R.TRADE_SENTENCE_RE.search(sent) or background_sentence(sent):
            continue
        spans = matcher.first_spans(sent)
        if not spans:
            continue
        extra: list[str] = []
        for (a, _s1, e1), (b, s2, _e2) in pairwise(spans):
            if not _LIST_GLUE.match(sent[e1:s2]):
                continue
            for mid in (a, b):
                if mid not in named and mid not in extra and {a, b} & {*named, *extra}:
                    extra.append(mid)
        return tuple(extra)
    return ()


def examples_of(summary: str, matcher: MetalMatcher) -> tuple[str, ...]:
    """Metals a summary gives as examples of a class of goods ("raw materials such as iron
    ore"): when the title names the class, the examples are its goods."""
    found: list[str] = []
    for m in R.EXAMPLES_RE.finditer(summary):
        found += [x for x in metals_in(m.group(1), matcher) if x not in found]
    return tuple(found)


def goods_metals(text: str, spans: list[tuple[str, int, int]]) -> set[str]:
    """The metals a title names as goods: a metal named as the coating or cladding of other
    goods a metal names ("aluminium-zinc coated steel", "zinc-coated steel") is not."""
    found = {mid for mid, _s, _e in spans}
    coats = {
        mid
        for mid, _s, e in spans
        if (m := R.COATING_RE.match(text, e)) is not None
        and any(s2 >= m.end() and mid2 != mid for mid2, s2, _e2 in spans)
    }
    # "raises export duty on iron ore to cool domestic steel prices": the purpose's metal
    purpose = _PURPOSE_RE.search(text)
    if purpose is not None:
        before = {mid for mid, s, _e in spans if s < purpose.start()}
        if before:
            coats |= found - before
    # "restricts antimony exports, echoing its gallium playbook": a metal named only in a
    # likeness after the measure is another measure's goods
    like = _LIKENESS_RE.search(text)
    if like is not None:
        before = {mid for mid, s, _e in spans if s < like.start()}
        if before:
            coats |= found - before
    # "looks at duties on US goods if copper gets caught in tariff war": a metal named only in a
    # condition after the measure is not its goods
    cond = _CONDITION_RE.search(text)
    if cond is not None and cond.start() > 0 and measure_in_condition(text) is None:
        conditional = {mid for mid, s, _e in spans if s > cond.start()}
        if conditional and not found - conditional:
            return set()
        coats |= conditional
    return found - coats if found - coats else found


#: A likeness to an earlier measure after the measure: "echoing its gallium playbook",
#: "mirroring its copper royalty", "as it did with steel", "in a repeat of its bauxite ban".
_LIKENESS_RE = lazy(
    r"\b(?:echo(?:es|ing|ed)?|mirror(?:s|ing|ed)?|copy(?:ing)?|emulat(?:es|ing)|"
    r"repeat(?:s|ing)|in\s+a\s+repeat\s+of|as\s+(?:it|they|he|she)\s+did\s+(?:with|for|on)|"
    r"as\s+with|just\s+as|like\s+(?:it|they)\s+did)\b",
    re.IGNORECASE,
    fold=True,
)
#: A condition: "if copper gets caught", "unless", "in case".
_CONDITION_RE = lazy(r"\b(?:if|unless|in\s+case)\s", re.IGNORECASE, fold=True)
#: A purpose clause after the measure: "to cool", "in a bid to curb", "to support", "to help",
#: "to plug gold duty loophole", "to stop gold smuggling" (what it fights).
_PURPOSE_RE = lazy(
    rf"{R.PURPOSE_LEAD}(?:{R.PURPOSE_VERBS}|lower|cut|feed|supply|lift|develop|plug|stop|close|"
    r"prevent|fight|combat|tackle|stem|check|deter|thwart)\b",
    re.IGNORECASE,
    fold=True,
)
