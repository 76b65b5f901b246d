"""Headline -> trade-policy event, by transparent rules.

The classifier reads a headline's title (and, where the title is not enough, its summary)
and answers either "no policy event" or a :class:`~tui.core.models.PolicyEvent`: which metals,
which corridor (origin = exporter, destination = importer), which status, the tariff rate
when stated, whether the measure is only proposed, a confidence, and the words that decided.

How it reads a title, in order. The words and tables live in
:mod:`tui.engine.classifier_rules` (imported as ``R``); this module is only the logic.

1. **Words** are tagged from tables: flows (``exports``/``imports``/``shipments``), measures
   (``ban``, ``export controls``, ``quota``, ``tariff``, ``duty``, ``surtax`` ...), verbs that
   impose (``bans``, ``restricts``, ``outlaws``, ``caps``), verbs that release (``lifts``,
   ``eases``, ``scraps``, ``waives``), verbs that cut both ways (``suspends``, ``halts``,
   ``pauses``: a flow object means the flow stops, a measure object means the measure
   stops), verbs that restart (``resumes``, ``allows``).
2. **The rule that fires** (strongest first, ``R.RULE_ORDER``): "replace X with Y" -> Y;
   release + measure ("lifts ban", "exemption from US tariffs") -> ``resuming``, unless a new
   measure is imposed after it ("lifts ban, imposes quotas" -> ``quota``); a participle after
   its subject ("ban on gallium exports suspended" -> ``resuming``, "exports to US halted",
   "Russian aluminium barred from US" -> ``suspended``); restart + flow -> ``resuming``;
   restricting verb + flow or metal -> that verb's status; finally a measure noun ("export
   ban", "anti-dumping duties") -> that noun's status. Background clauses ("after ...",
   "amid ...", "in response to ...", "in exchange for ...") and purpose clauses ("... to
   curb imports") are read only when the main clause says nothing.
3. **Vetoes**: a denial or an abandoned plan ("denies", "no plans to", "will not"); a market
   move whose policy word is only a noun ("on tariff fears") or stands in a clause after the
   move ("Gold jumps as Trump threatens tariffs"); a question or an analyst's view ("Goldman
   says tariffs may ..."); a company, an industry asking for a measure, a strike, protest or
   accident as the subject ("Glencore halts ...", "Strike at port halts shipments"); a
   measure that only modifies another noun ("tariff decision").
4. **Direction**: places come from :class:`~tui.core.gazetteer.Gazetteer`; each gets a
   role from its neighbours: subject, possessive or a place followed by a verb (the actor),
   "to X", "from X", "into X" / "barred from X", "on/against X" (the target), "Russian
   aluminium" / "Canadian, Mexican steel" (where the goods come from); the place right before
   a measure ("US steel tariffs") imposes it. Places in a background clause take no part.
   The flow is exports or imports (from the words, else a default per measure: tariffs,
   duties, tariff-rate quotas are on imports, export controls and quotas on exports, a ban on
   a foreign country's goods is on imports). Exports: origin = actor, destination = "to" or
   target; imports: destination = actor, origin = "from", goods or target.
5. **Proposed** when the clause says considers / plans / threatens / weighs / may / proposes /
   under review / probe / bill ...; **rate** from "50%", "25 percent", preferring "to N%".

Metals: those named in the title; if the title names none, those in the first summary
sentence that speaks of trade (else the whole summary). A headline that names no configured
metal ("China bans metal exports") gives **no event**: the board is per metal, and a row
for an unknown metal could not be shown or checked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from tui.core.gazetteer import Gazetteer
from tui.core.models import Metal, PolicyEvent
from tui.engine import classifier_rules as R
from tui.engine.tagging import MetalMatcher, matcher_for

# --------------------------------------------------------------------------------------

# --------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"[a-z0-9]+")
_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:['’.\-][A-Za-z0-9]+)*|%|[;:—–|,]")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")


@dataclass(slots=True)
class _Tok:
    low: str
    text: str
    start: int
    end: int


@dataclass(slots=True)
class _Finding:
    rule: str
    status: str
    index: int  # token index of the deciding word
    words: list[str]
    flow: str | None = None  # R.EXPORT / R.IMPORT / R.NEUTRAL when the rule saw one
    verb: bool = False  # decided by a verb (not a bare noun)
    confidence: float = 0.8
    measure: str | None = None  # the status of the measure noun involved, if any
    at: int | None = None  # token index of that measure noun


@dataclass(slots=True)
class _Reading:
    """What one text (a title or a summary sentence) says."""

    finding: _Finding | None = None
    vetoed: str | None = None
    trace: list[str] = field(default_factory=list)
    background: list[bool] | None = None  # per token: in a background clause


#: What a rule returns for a word it consumed without finding anything.
_SKIP = _Finding("skip", "none", -1, [])


_MULTI_FIRST = frozenset(a for a, _b in R.MULTI_WORDS)


def _tokenize(text: str) -> list[_Tok]:
    lowered = text.lower().replace("’", "'")
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c.lower()[:1] or c for c in text).replace("’", "'")
    spans = [m.span() for m in _TOKEN_RE.finditer(text)]
    toks = [_Tok(lowered[s:e], text[s:e], s, e) for s, e in spans]
    if _MULTI_FIRST.isdisjoint([t.low for t in toks]):
        return toks
    # join two-word verbs ("cut off", "roll back")
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        if i + 1 < len(toks) and (toks[i].low, toks[i + 1].low) in R.MULTI_WORDS:
            a, b = toks[i], toks[i + 1]
            out.append(_Tok(R.MULTI_WORDS[(a.low, b.low)], a.text + " " + b.text, a.start, b.end))
            i += 2
            continue
        out.append(toks[i])
        i += 1
    return out


@lru_cache(maxsize=8192)
def _base(low: str) -> str:
    """'china's' -> 'china'; hyphenated words keep their form."""
    if low.endswith("'s"):
        return low[:-2]
    return low


@lru_cache(maxsize=8192)
def _measure_of(low: str) -> tuple[str, str | None] | None:
    """(status, flow implied by a compound) for a measure word, else None."""
    low = _base(low)
    if low in R.MEASURE_NOUNS:
        return R.MEASURE_NOUNS[low], None
    if "-" in low:
        parts = low.split("-")
        last = parts[-1]
        if last in R.MEASURE_NOUNS and low not in R.OPEN_WORDS:
            flow = next((R.FLOW_WORDS[p] for p in parts[:-1] if p in R.FLOW_WORDS), None)
            return R.MEASURE_NOUNS[last], flow
    return None


@lru_cache(maxsize=8192)
def _flow_of(low: str) -> str | None:
    low = _base(low)
    if low in R.FLOW_WORDS:
        return R.FLOW_WORDS[low]
    if "-" in low:
        first = low.split("-")[0]
        if first in ("export", "import"):
            return R.FLOW_WORDS[first]
    return None


class _Text:
    """A tokenised text with its metal spans and place hits, and per-token tags."""

    def __init__(self, text: str, matcher: MetalMatcher, gaz: Gazetteer) -> None:
        self.text = text
        self.toks = _tokenize(text)
        spans = _metal_spans(text, matcher)
        self.metal_spans = spans
        self.places = gaz.find(text)
        self.gaz = gaz
        n = len(self.toks)
        self.is_metal = [False] * n
        self.place_at: list[int | None] = [None] * n  # index into self.places
        # Tokens, metal spans and places are each in text order and do not overlap among
        # themselves: one sweep finds, per token, whether a span overlaps it and the first
        # place that does.
        for ti, _ in _first_overlaps(self.toks, spans):
            self.is_metal[ti] = True
        for ti, j in _first_overlaps(self.toks, self.places):
            self.place_at[ti] = j

    def word(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def is_measure_noun(self, i: int) -> tuple[str, str | None] | None:
        """A measure at token i, read as a noun, with any compound flow."""
        m = _measure_of(self.toks[i].low)
        if m is None:
            return None
        low = _base(self.toks[i].low)
        status, flow = m
        prev = self.word(i - 1)
        nxt = self.word(i + 1)
        # an ambiguous word read as a verb ("China curbs exports") is not a noun here
        if low in R.STOP_VERBS and self._verb_reading(i):
            return None
        if nxt in R.NON_MEASURE_HEADS:
            return None  # "tariff decision", "export ban talks"
        # "mining licence", "production quota", "mining ban": operations, not trade
        if _base(prev) in R.OPERATION_WORDS or (
            (self.is_metal[i - 1] if i > 0 else False)
            and _base(self.word(i - 2)) in R.OPERATION_WORDS
        ):
            return None
        if prev in ("export", "import") or (
            _flow_of(prev) in (R.EXPORT, R.IMPORT) and prev.endswith("-")
        ):
            flow = R.FLOW_WORDS[prev] if prev in R.FLOW_WORDS else flow
        elif prev in ("export", "import"):
            flow = R.FLOW_WORDS[prev]
        if flow is None and prev in R.FLOW_WORDS and R.FLOW_WORDS[prev] != R.NEUTRAL:
            flow = R.FLOW_WORDS[prev]
        prev_m = _measure_of(prev)
        if flow is None and prev_m is not None and prev_m[0] == "tariff" and status != "tariff":
            flow = R.IMPORT  # "safeguard quotas", "tariff-rate quota" are on imports
        if low in R.WEAK_NOUNS and flow is None:
            # "levy on exports", "tax on imports", "limits on shipments"
            window = [self.word(j) for j in range(i + 1, min(i + 5, len(self.toks)))]
            window += [self.word(j) for j in range(max(0, i - 3), i)]
            flows = [R.FLOW_WORDS[w] for w in window if w in R.FLOW_WORDS]
            if not flows:
                # "export controls" is strong; bare "control" / "tax" is not trade policy
                return None
            flow = next((f for f in flows if f != R.NEUTRAL), flows[0])
        tariff_rate = nxt in ("rate", "rates") and self.word(i + 2) in ("quota", "quotas")
        if tariff_rate and low in ("tariff", "quota"):
            return "quota", flow or R.IMPORT  # a tariff-rate quota is on imports
        return status, flow

    def _verb_reading(self, i: int) -> bool:
        """Whether an ambiguous noun/verb word ("bans", "curbs", "halt") is a verb here."""
        prev = self.word(i - 1)
        nxt = self.word(i + 1)
        if nxt in ("on", "of", "against", "to") and prev not in R.MODALS:
            return False
        if i == 0:
            return nxt not in ("on", "of")
        if prev.endswith("'s") or prev in R.NOUN_CONTEXT or _measure_of(prev) is not None:
            return False
        if self.is_metal[i - 1]:
            return False
        if prev in R.PLURAL_SUBJECTS:
            return True  # "rebels halt", "miners halt"
        if prev in R.MODALS or self.place_at[i - 1] is not None or prev == ",":
            return True
        # a capitalised subject word ("Zimbabwe", "Jakarta", "Government") before the verb
        return self.toks[i - 1].text[:1].isupper() or prev in R.GOVERNMENT_WORDS


def _find_metal_spans(text: str, matcher: MetalMatcher) -> list[tuple[str, int, int]]:
    """The watched metals' alias matches, with the patterns of :mod:`tui.engine.tagging`
    run as one alternation (compiled once per watch list): overlapping matches of two
    different metals at one place yield the first metal only."""
    return matcher.first_spans(text)


def _metal_spans(text: str, matcher: MetalMatcher) -> list[tuple[str, int, int]]:
    spans = _find_metal_spans(text, matcher)
    out = []
    for mid, s, e in spans:
        word = text[s:e].lower()
        if word.startswith("lead"):
            after = text[e : e + 12].lower()
            before = text[max(0, s - 12) : s].lower()
            if re.match(r"\s+(?:to|the|by|in|role|on|over|from|a|its|their)\b", after) or re.search(
                r"\b(?:to|will|could|may|would|might|can|should|the|take|takes|took|in)\s+$",
                before,
            ):
                continue
        out.append((mid, s, e))
    return out


def _metals_in(text: str, matcher: MetalMatcher) -> tuple[str, ...]:
    found = {mid for mid, _s, _e in _metal_spans(text, matcher)}
    return tuple(m.id for m in matcher.metals if m.id in found)


# --------------------------------------------------------------------------------------
# Reading one text
# --------------------------------------------------------------------------------------


def _background(t: _Text) -> list[bool]:
    """Per token: inside a background clause ("after ...", "in response to ...")."""
    toks = t.toks
    n = len(toks)
    mask = [False] * n
    for i, tok in enumerate(toks):
        lo = -1
        if tok.low in R.BACKGROUND_MARKERS:
            if i == 0:  # "After talks with Beijing, Jakarta ..." ends at the comma
                end = next((j for j in range(1, n) if toks[j].low == ","), 0)
                if end:
                    mask[: end + 1] = [True] * (end + 1)
                continue
            lo = i
        elif tok.low == "in" and t.word(i + 1) in R.RESPONSE_WORDS:
            lo = i
        if lo >= 0:
            end = next((j for j in range(lo, n) if toks[j].low in (";", "|")), n)
            mask[lo:end] = [True] * (end - lo)
    return mask


def _scan_object(t: _Text, i: int, limit: int = 8) -> tuple[str, int] | None:
    """The first decisive word after the verb at i: ('measure'|'flow'|'goods'|'op', index)."""
    n = len(t.toks)
    goods: int | None = None
    for j in range(i + 1, min(n, i + 1 + limit)):
        low = t.toks[j].low
        if low in R.CLAUSE_BREAK:
            break
        if low == "," and goods is not None:
            # "bans gallium, germanium exports" keeps going; other commas end the object
            if not (j + 1 < n and t.is_metal[j + 1]):
                break
        if _base(low) in R.OPERATION_WORDS:
            return "op", j
        if _measure_of(low) is not None and t.word(j + 1) in R.NON_MEASURE_HEADS:
            return None  # "delays tariff decision": the object is the decision
        if _measure_of(low) is not None and not (
            _base(low) in R.STOP_VERBS
            and low.endswith("s")
            and t.word(j + 1) not in ("on", "of")
            and _base(low) not in R.MEASURE_NOUNS
        ):
            if low in R.EXEMPTION_NOUNS:
                return "exemption", j
            if t.word(j + 1) in R.EXEMPTION_NOUNS:  # "ends tariff exemptions"
                return "exemption", j + 1
            return "measure", j
        if low in R.EXEMPTION_NOUNS:
            return "exemption", j
        fl = _flow_of(low)
        if fl is not None:
            nxt = t.word(j + 1)
            if low in ("export", "import") and _measure_of(nxt) is not None:
                if t.word(j + 2) in R.EXEMPTION_NOUNS:  # "export tax rebates"
                    return "exemption", j + 2
                return "measure", j + 1
            return "flow", j
        if goods is None and (
            t.is_metal[j]
            or low in R.GOODS_WORDS
            or (t.place_at[j] is not None and _followed_by_goods(t, j))
        ):
            goods = j
    if goods is not None:
        return "goods", goods
    return None


def _followed_by_goods(t: _Text, j: int) -> bool:
    pi = t.place_at[j]
    if pi is None:
        return False
    end = t.places[pi][2]
    k = j
    while k + 1 < len(t.toks) and t.toks[k + 1].start < end:
        k += 1
    nxt = k + 1
    return nxt < len(t.toks) and (t.is_metal[nxt] or t.toks[nxt].low in R.GOODS_WORDS)


def _flow_near(t: _Text, i: int, lo: int, hi: int) -> str | None:
    """The explicit export/import flow word nearest to token i within [lo, hi)."""
    best: tuple[int, str] | None = None
    for j in range(lo, hi):
        fl = _flow_of(t.toks[j].low)
        if fl is None:
            continue
        d = abs(j - i)
        if best is None or d < best[0] or (d == best[0] and fl != R.NEUTRAL):
            best = (d, fl)
    return best[1] if best else None


def _clause_start(t: _Text, i: int) -> int:
    """The first token of the clause that token i stands in."""
    for j in range(i - 1, -1, -1):
        if t.toks[j].low in R.CLAUSE_BREAK:
            return j + 1
    return 0


def _subject_head(t: _Text, i: int) -> tuple[str, int] | None:
    """The head of the noun phrase before a participle: ('measure'|'flow'|'goods', index).

    "China's ban on gallium exports to US suspended" -> the ban; "antimony exports to US
    halted" -> the exports; "Russian aluminium barred from US" -> the aluminium.
    """
    goods: int | None = None
    for j in range(_clause_start(t, i), i):
        low = t.toks[j].low
        if _measure_of(low) is not None:
            k = j
            while k + 1 < i and _measure_of(t.toks[k + 1].low) is not None:
                k += 1  # "tariff quota": the head noun comes last
            return "measure", k
        if _flow_of(low) is not None:
            if _measure_of(t.word(j + 1)) is not None and j + 1 < i:
                return "measure", j + 1  # "export ban"
            return "flow", j
        if goods is None and (t.is_metal[j] or low in R.GOODS_WORDS):
            goods = j
    return ("goods", goods) if goods is not None else None


def _rule_replace(t: _Text, i: int) -> _Finding | None:
    """ "replace X with Y", "swap X for Y" -> Y (its flow, else the flow X implied)."""
    toks = t.toks
    n = len(toks)
    for j in range(i + 1, min(n, i + 10)):
        if toks[j].low in ("with", "by", "for", "into", "to"):
            for k in range(j + 1, min(n, j + 5)):
                m = _measure_of(toks[k].low)
                if m is None:
                    continue
                flow = m[1]
                replaced = [_measure_of(toks[x].low) for x in range(i + 1, j)]
                if flow is None and (
                    any(r is not None and r[0] == "tariff" for r in replaced)
                    or t.word(k - 1).startswith("tariff")
                ):
                    flow = R.IMPORT  # tariffs, tariff-rate quotas are on imports
                words = [toks[i].text, toks[j].text, toks[k].text]
                return _Finding(
                    "replace", m[0], i, words, flow=flow, verb=True, confidence=0.9, at=k
                )
            return _SKIP
    return _SKIP


def _rule_passive(t: _Text, i: int, stop_verb: bool) -> _Finding | None:
    """A participle after its subject: "ban lifted", "exports to US halted", "barred from"."""
    low = t.toks[i].low
    if not (low.endswith(("ed", "en")) or low in R.PARTICIPLES):
        return None
    nxt = t.word(i + 1)
    if nxt and nxt not in R.PASSIVE_NEXT and _scan_object(t, i) is not None:
        return None  # an object follows: active voice ("Zimbabwe banned exports of ...")
    head = _subject_head(t, i)
    if head is None:
        return None
    kind, j = head
    base = _base(low)
    word = t.toks[j].text
    if kind == "measure" and low in R.RELEASE_VERBS:
        m = t.is_measure_noun(j) or _measure_of(t.toks[j].low)
        flow, measure = (m[1], m[0]) if m else (None, None)
        return _Finding(
            "passive-release",
            "resuming",
            i,
            [word, t.toks[i].text],
            flow=flow,
            verb=True,
            measure=measure,
            at=j,
        )
    if kind in ("flow", "goods") and stop_verb:
        flow = _flow_of(t.toks[j].low) if kind == "flow" else None
        conf = 0.8 if kind == "flow" else 0.75
        return _Finding(
            "stop",
            R.STOP_VERBS[base],
            i,
            [word, t.toks[i].text],
            flow=flow,
            verb=True,
            confidence=conf,
        )
    return None


def _rule_release(t: _Text, i: int, stop_verb: bool) -> _Finding | None:
    """Release verb + measure ("lifts ban", "suspends export controls"); a double-edged verb
    with a flow or goods object stops it ("suspends cobalt exports")."""
    toks = t.toks
    tok = toks[i]
    obj = _scan_object(t, i)
    if obj is None:
        return _SKIP
    kind, j = obj
    words = [tok.text, toks[j].text]
    if kind == "op":
        return _Finding("operations", "none", i, words)
    if kind == "measure":
        m = t.is_measure_noun(j) or _measure_of(toks[j].low)
        flow, measure = (m[1], m[0]) if m else (None, None)
        return _Finding(
            "release",
            "resuming",
            i,
            words,
            flow=flow,
            verb=True,
            confidence=0.9,
            measure=measure,
            at=j,
        )
    if kind == "exemption":  # "ends tariff exemptions": the measure comes back
        m = next(
            (
                _measure_of(toks[k].low)
                for k in range(i + 1, min(len(toks), j + 3))
                if _measure_of(toks[k].low)
            ),
            None,
        )
        status = m[0] if m else "tariff"
        return _Finding("release-exemption", status, i, words, verb=True, confidence=0.75, at=j)
    if kind in ("flow", "goods") and stop_verb:
        flow = _flow_of(toks[j].low) if kind == "flow" else None
        conf = 0.85 if kind == "flow" else 0.75
        return _Finding(
            "stop", R.STOP_VERBS[_base(tok.low)], i, words, flow=flow, verb=True, confidence=conf
        )
    return _SKIP


def _rule_restart(t: _Text, i: int) -> _Finding | None:
    """Restart + flow ("resumes exports", "allows shipments"); licences granted."""
    toks = t.toks
    n = len(toks)
    low = toks[i].low
    obj = _scan_object(t, i)
    if obj is not None and obj[0] == "op":
        return _Finding("operations", "none", i, [toks[i].text, toks[obj[1]].text])
    if low in R.GRANT_VERBS and obj is not None and obj[0] == "measure":
        if R.MEASURE_NOUNS.get(_base(toks[obj[1]].low)) == "licensing":
            words = [toks[i].text, toks[obj[1]].text]
            return _Finding("grant", "resuming", i, words, verb=True, confidence=0.75)
    flow_j = next((j for j in range(max(0, i - 6), min(n, i + 9)) if _flow_of(toks[j].low)), None)
    if low not in R.RESTART_VERBS or flow_j is None:
        return _SKIP
    # "approves bill to ban nickel exports": the flow belongs to another verb
    if any(
        _base(toks[k].low) in R.STOP_VERBS or _measure_of(toks[k].low) for k in range(i + 1, flow_j)
    ):
        return _SKIP
    words = [toks[i].text, toks[flow_j].text]
    flow = _flow_of(toks[flow_j].low)
    return _Finding("restart", "resuming", i, words, flow=flow, verb=True, confidence=0.85)


def _rule_stop(t: _Text, i: int) -> _Finding | None:
    """Stop verb + flow or goods ("bans nickel ore exports", "restricts exports")."""
    toks = t.toks
    tok = toks[i]
    status = R.STOP_VERBS[_base(tok.low)]
    obj = _scan_object(t, i)
    if obj is None:
        return _SKIP
    kind, j = obj
    words = [tok.text, toks[j].text]
    if kind == "op":
        return _Finding("operations", "none", i, words)
    if kind in ("flow", "goods"):
        flow = _flow_of(toks[j].low) if kind == "flow" else None
        conf = 0.85 if kind == "flow" else 0.75
        return _Finding("stop", status, i, words, flow=flow, verb=True, confidence=conf)
    if kind == "measure" and status == "licensing":
        m = _measure_of(toks[j].low)
        if m and m[0] == "licensing":  # "requires export permits", "tightens controls"
            flow = m[1] or _flow_of(t.word(j - 1))
            return _Finding("stop", "licensing", i, words, flow=flow, verb=True, confidence=0.85)
    return _SKIP


def _rule_release_noun(t: _Text, i: int) -> _Finding | None:
    """A release noun by a measure ("tariff exemption", "lifting of the ban", "exemption
    from US steel tariffs")."""
    toks = t.toks
    n = len(toks)
    base = _base(toks[i].low)
    if base in R.RELEASE_NOUNS and base not in ("suspension", "halt", "pause", "end", "restart"):
        near = [
            j
            for j in range(max(0, i - 2), min(n, i + 4))
            if j != i and _measure_of(toks[j].low) is not None
        ]
        if not near and t.word(i + 1) in ("from", "on", "for", "of", "to"):
            for j in range(i + 2, min(n, i + 9)):
                if toks[j].low in R.CLAUSE_BREAK:
                    break
                if _measure_of(toks[j].low) is not None:
                    near = [j]
                    break
        if near:
            j = near[0]
            words = [toks[j].text, toks[i].text]
            m = _measure_of(toks[j].low)
            measure = m[0] if m else None
            return _Finding(
                "release-noun", "resuming", i, words, confidence=0.7, measure=measure, at=j
            )
    if base in ("suspension", "halt", "pause", "end", "lifting", "easing", "removal"):
        if t.word(i + 1) in ("of", "on", "to"):
            for j in range(i + 2, min(n, i + 5)):
                if _measure_of(toks[j].low) is not None and toks[j].low not in (
                    "suspension",
                    "halt",
                ):
                    words = [toks[i].text, toks[j].text]
                    measure = R.MEASURE_NOUNS.get(_base(toks[j].low))
                    return _Finding(
                        "release-noun", "resuming", i, words, confidence=0.75, measure=measure, at=j
                    )
    return None


def _rule_noun(t: _Text, i: int) -> _Finding | None:
    """A measure noun ("export ban", "anti-dumping duties"), or a known measure name."""
    toks = t.toks
    n = len(toks)
    tok = toks[i]
    if tok.low in R.OPEN_WORDS:
        return _Finding("open", "open", i, [tok.text], confidence=0.6)
    if tok.low == "232" and t.word(i - 1) == "section":
        return _Finding("noun", "tariff", i, ["Section 232"], flow=R.IMPORT, confidence=0.7)
    if tok.low == "adjusting" and t.word(i + 1) == "imports":
        return _Finding("noun", "tariff", i, ["Adjusting Imports"], flow=R.IMPORT, confidence=0.75)
    m = t.is_measure_noun(i)
    if m is None or (i + 1 < n and t.is_measure_noun(i + 1) is not None):
        return None  # "safeguard quotas", "tariff quota": the head noun comes last
    status, flow = m
    # passive release: "ban lifted", "export controls suspended"
    after = [toks[j].low for j in range(i + 1, min(n, i + 5))]
    rel = next(
        (
            w
            for w in after
            if w in R.RELEASE_VERBS and (w.endswith("ed") or w in ("lifted", "frozen", "withdrawn"))
        ),
        None,
    )
    if rel is not None and not any(w in R.FLOW_WORDS for w in after[: after.index(rel)]):
        return _Finding(
            "passive-release",
            "resuming",
            i,
            [tok.text, rel],
            flow=flow,
            verb=True,
            measure=status,
            at=i,
        )
    # "extends ban", "imposes duties": an imposing verb just before makes it explicit
    verb_j = None
    for j in range(i - 1, max(-1, i - 5), -1):
        if toks[j].low in R.CLAUSE_BREAK:
            break
        if toks[j].low in R.IMPOSE_VERBS and toks[j].low != "to":
            verb_j = j
            break
    words = [toks[verb_j].text, tok.text] if verb_j is not None else [tok.text]
    conf = 0.8 if verb_j is not None else 0.7
    return _Finding(
        "noun",
        status,
        i,
        words,
        flow=flow,
        verb=verb_j is not None,
        confidence=conf,
        measure=status,
        at=i,
    )


def _rule_at(t: _Text, i: int) -> _Finding | None:
    """The finding the word at token i decides, if any (the rules, strongest first)."""
    low = t.toks[i].low
    base = _base(low)
    if low in R.REPLACE_VERBS:
        return _rule_replace(t, i)
    if low in R.NOUN_VERBS and _noun_reading(t, i):
        return None  # "aluminium scrap", "copper scrap imports"
    stop_verb = base in R.STOP_VERBS and (_measure_of(low) is None or t._verb_reading(i))
    if stop_verb or low in R.RELEASE_VERBS:
        found = _rule_passive(t, i, stop_verb)
        if found is not None:
            return found
    if low in R.RELEASE_VERBS and (base not in R.STOP_VERBS or stop_verb):
        return _rule_release(t, i, stop_verb)
    if low in R.RESTART_VERBS or low in R.GRANT_VERBS or base in ("resumption", "reopening"):
        return _rule_restart(t, i)
    if stop_verb:
        return _rule_stop(t, i)
    return _rule_release_noun(t, i) or _rule_noun(t, i)


def _noun_reading(t: _Text, i: int) -> bool:
    """Whether a noun that is also a verb ("scrap") is a noun here."""
    prev, nxt = t.word(i - 1), t.word(i + 1)
    return (i > 0 and t.is_metal[i - 1]) or prev in R.GOODS_WORDS or nxt in R.GOODS_WORDS


def _veto(t: _Text, best: _Finding, in_main: list[bool]) -> tuple[str, str] | None:
    """(kind, why) when the headline is not a policy event after all."""
    toks = t.toks
    text = t.text
    market = R.MARKET_RE.search(text)
    if market is not None and market.end() <= toks[best.index].start:
        # "Gold jumps as Trump threatens tariffs on EU": the price move is the news
        between = [tk.low for tk in toks[: best.index] if tk.start >= market.end()]
        if any(w in R.MARKET_CLAUSE for w in between):
            return "market", f"market news ({market.group(0)!r}) before the policy clause"
    subject = toks[: best.index]
    if any(tk.low in R.REQUEST_VERBS for tk in subject) and any(
        _base(tk.low) in R.COMPANY_WORDS or tk.low in R.PLURAL_SUBJECTS for tk in subject
    ):
        return "company", "an industry asks for a measure: lobbying, not a measure"
    if not best.verb:
        if market is not None and not _attached_before(t, best, market.start(), in_main):
            return "market", f"market news ({market.group(0)!r}) with no policy verb"
        if any(
            t.word(j) in R.SPECULATION_WORDS for j in range(max(0, best.index - 2), best.index + 3)
        ):
            return "speculation", "speculative mention ('fears', 'ahead of' ...)"
        if "?" in text or toks[0].low in R.QUESTION_WORDS:
            return "speculation", "a question, not a measure"
    analyst = next((j for j, tk in enumerate(toks) if _base(tk.low) in R.ANALYST_WORDS), None)
    if analyst is not None and (analyst < best.index or not best.verb):
        return "speculation", "analysts' view, not a measure"
    if best.verb and best.rule in ("stop", "restart", "grant"):
        subject = [toks[j] for j in range(0, best.index) if t.place_at[j] is None]
        if any(_base(s.low) in R.DISRUPTION_WORDS for s in subject):
            return "company", "a strike, protest or accident stops the flow, not a government"
        if any(_base(s.low) in R.COMPANY_WORDS for s in subject) and not any(
            t.place_at[j] is not None and not t.gaz.is_demonym(t.places[t.place_at[j]][3])  # type: ignore[index]
            for j in range(0, best.index)
            if _base(t.word(j + 1)) not in R.COMPANY_WORDS
        ):
            return "company", "a company, not a government, is the subject"
        if any(_base(s.low) in R.COMPANY_WORDS for s in subject[-3:]):
            return "company", "a company, not a government, is the subject"
    return None


def _attached_before(t: _Text, f: _Finding, market_at: int, in_main: list[bool]) -> bool:
    """A measure stated before the market words and tied to a metal ("Trump tariffs on
    Canadian aluminum force price hikes"): the price move is its consequence."""
    if not in_main[f.index] or t.toks[f.index].end > market_at:
        return False
    toks = t.toks
    if f.index > 0 and t.is_metal[f.index - 1]:
        return True  # "copper tariffs"
    if t.word(f.index + 1) in ("on", "against", "for"):
        for j in range(f.index + 2, min(len(toks), f.index + 6)):
            if toks[j].end > market_at:
                break
            if t.is_metal[j]:
                return True
    return False


_RULE_ORDER = {rule: rank for rank, rules in enumerate(R.RULE_ORDER) for rule in rules}


def _read(t: _Text, *, trace: list[str]) -> _Reading:
    toks = t.toks
    reading = _Reading(trace=trace)
    if not toks:
        return reading
    denial = None
    if not R.DENIAL_WORDS.isdisjoint(tk.low for tk in toks):
        denial = R.DENIAL_RE.search(t.text)
    if denial is not None:
        reading.vetoed = "denial"
        trace.append(f"veto: denial or abandoned plan ({denial.group(0)!r})")
        return reading
    findings: list[_Finding] = []
    for i, tok in enumerate(toks):
        if _base(tok.low) not in R.TRIGGER_WORDS and "-" not in tok.low:
            continue  # most words: nothing to do
        found = _rule_at(t, i)
        if found is not None and found is not _SKIP:
            findings.append(found)
    if not findings:
        trace.append("no trade-measure words")
        return reading
    first_finding = min(findings, key=lambda f: f.index)
    if first_finding.rule == "operations":
        reading.vetoed = "operations"
        trace.append(f"veto: operations news ({' '.join(first_finding.words)})")
        return reading
    findings = [f for f in findings if f.rule != "operations"]
    bg = _background(t)
    for f in findings:  # "raises duty on gold to 12.5% to curb imports": a purpose clause
        if t.word(f.index - 1) == "to" and any(g.index < f.index - 1 for g in findings):
            bg[f.index] = True
    in_main = [not b for b in bg]
    main = [f for f in findings if in_main[f.index]] or findings
    main.sort(key=lambda f: (_RULE_ORDER[f.rule], f.index))
    best = main[0]
    if best.rule in ("release", "passive-release", "release-noun"):
        # "lifts cobalt export ban, imposes quotas": the new measure replaces the old one
        new = next(
            (
                f
                for f in main
                if f.index > best.index
                and f.rule == "noun"
                and f.verb
                and f.words[0].lower() in R.REIMPOSE_VERBS
            ),
            None,
        )
        if new is not None:
            new.rule = "replace"
            best = new
    if not in_main[best.index]:
        best.confidence *= 0.85
    trace.append(f"rule {best.rule}: {' + '.join(best.words)} -> {best.status}")
    veto = _veto(t, best, in_main)
    if veto is not None:
        reading.vetoed = veto[0]
        trace.append(f"veto: {veto[1]}")
        return reading
    reading.finding = best
    reading.background = bg
    return reading


# --------------------------------------------------------------------------------------
# Direction
# --------------------------------------------------------------------------------------


def _roles(t: _Text, trigger: int, bg: list[bool] | None = None) -> list[tuple[str, str, str]]:
    """(role, code, matched) for every place: actor | to | from | into | target | goods."""
    out: list[tuple[str, str, str]] = []
    toks = t.toks
    prev_role: str | None = None
    prev_end_tok = -10
    spans: list[tuple[int, int]] = []
    for code, s, e, matched in t.places:
        first = next((k for k, tk in enumerate(toks) if tk.end > s), len(toks))
        last = first
        while last + 1 < len(toks) and toks[last + 1].start < e:
            last += 1
        spans.append((first, last))
        k = first - 1
        while k >= 0 and toks[k].low in ("the", "a", "an"):
            k -= 1
        prep = toks[k].low if k >= 0 else ""
        nxt = toks[last + 1].low if last + 1 < len(toks) else ""
        poss = toks[last].low.endswith("'s") or t.text[e : e + 2] in ("'s", "’s")
        demonym = t.gaz.is_demonym(matched)
        goods_next = last + 1 < len(toks) and (t.is_metal[last + 1] or nxt in R.GOODS_WORDS)
        role: str
        paired = t.text[e : e + 1] in ("-", "–", "/") and any(
            ps == e + 1 for _c, ps, _pe, _m in t.places
        )
        if bg is not None and bg[first] and trigger < len(bg) and not bg[trigger]:
            role = "other"  # "... in response to US tariffs": background, not the corridor
        elif paired or (prev_role == "pair" and t.text[s - 1 : s] in ("-", "–", "/")):
            role = "pair"  # "US-China trade truce", "Sino-US talks": neither is the actor
        elif demonym and goods_next and prep != "to":
            role = "goods"
        elif _measure_of(nxt) is not None and prep not in ("to", "toward", "towards"):
            role = "actor"  # "from US duties", "Chinese export controls", "EU ban"
        elif prep in ("to", "toward", "towards"):
            role = "to"
        elif prep in ("from", "ex"):
            # "barred from US": the market it is kept out of
            role = "into" if t.word(k - 1) in R.EXCLUDED_FROM else "from"
        elif prep == "into":
            role = "into"
        elif goods_next and not poss:
            role = "goods"
        elif poss and prep not in ("on", "to", "from", "into"):
            role = "actor"  # "WTO rules against Indonesia's export ban"
        elif prep in ("on", "against", "targeting", "at", "over"):
            role = "target"
        elif prep == "by":
            role = "actor"
        elif prep in ("and", ",", "&") and prev_role is not None and first - prev_end_tok <= 2:
            role = prev_role
        elif demonym and not (
            nxt in R.GOVERNMENT_WORDS or _flow_of(nxt) or _measure_of(nxt) or poss
        ):
            role = "goods"
        elif poss or first < trigger or (demonym and nxt in R.GOVERNMENT_WORDS):
            role = "actor"
        elif nxt in R.ACTOR_NEXT or _base(nxt) in R.STOP_VERBS or nxt in R.RELEASE_VERBS:
            role = "actor"  # "Copper tariffs: Trump says ...", "... as Beijing approves ..."
        else:
            role = "other"
        out.append((role, code, matched))
        prev_role, prev_end_tok = role, last
    # "on Canadian, Mexican steel": a list of demonyms before goods are all goods
    for x in range(len(out) - 2, -1, -1):
        between = {tk.low for tk in toks[spans[x][1] + 1 : spans[x + 1][0]]}
        if (
            out[x + 1][0] == "goods"
            and t.gaz.is_demonym(out[x][2])
            and between
            and between <= {",", "and", "or", "&"}
        ):
            out[x] = ("goods", out[x][1], out[x][2])
    return out


def _imposer(t: _Text, at: int) -> int | None:
    """The place right before a measure ("US tariffs", "EU steel quotas", "China's gallium
    export ban", "US steel and aluminium tariffs"), as an index into ``t.places``."""
    k = at - 1
    while k >= 0:
        low = t.toks[k].low
        if (
            t.is_metal[k]
            or _flow_of(low)
            or low in R.MEASURE_MODIFIERS
            or _measure_of(low)
            or (low in ("and", ",", "&") and k > 0 and t.is_metal[k - 1])
        ):
            k -= 1
            continue
        break
    pi = t.place_at[k] if k >= 0 else None
    if pi is None:
        return None
    if t.gaz.is_demonym(t.places[pi][3]) and not t.toks[k].low.endswith("'s"):
        return None  # "Chinese steel tariffs": where the goods come from
    return pi


def _corridor(
    t: _Text, f: _Finding, lo: int, hi: int, bg: list[bool] | None = None
) -> tuple[str, str, str, list[str]]:
    """(origin, destination, flow, words) for a finding."""
    roles = _roles(t, f.index, bg)
    first = {r: (c, m) for r, c, m in reversed(roles)}  # first occurrence of each role
    pi = _imposer(t, f.at) if f.at is not None and f.rule in R.IMPOSER_RULES else None
    if pi is not None:
        code, _s, _e, matched = t.places[pi]
        imposer = (code, matched)
        subject = first.get("actor")
        first["actor"] = imposer
        for role in ("goods", "target", "from", "pair"):
            if first.get(role) == imposer:
                del first[role]
        if subject is not None and subject[0] != code and "target" not in first:
            first["target"] = subject  # "Australia wins exemption from US tariffs"
    actor = first.get("actor")
    flow = f.flow if f.flow in (R.EXPORT, R.IMPORT) else None
    if flow is None:
        flow = _flow_near(t, f.index, lo, hi)
        if flow == R.NEUTRAL:
            flow = None
    goods = first.get("goods")
    frm = first.get("from")
    kind = f.measure if f.status == "resuming" and f.measure else f.status
    if flow is None:
        if kind == "tariff" or "safeguard" in t.text.lower():
            flow = R.IMPORT
        elif kind in ("licensing", "quota"):
            flow = R.EXPORT
        elif frm is not None and (actor is None or frm[0] != actor[0]):
            flow = R.IMPORT
        elif goods is not None and (actor is None or goods[0] != actor[0]) and actor is not None:
            flow = R.IMPORT
        elif "into" in first and goods is not None:
            flow = R.IMPORT  # "Russian aluminium barred from US"
        else:
            flow = R.EXPORT
    words: list[str] = []
    origin = destination = "*"

    def pick(*names: str) -> tuple[str, str] | None:
        for name in names:
            if name in first:
                return first[name]
        return None

    if flow == R.EXPORT:
        o = pick("actor", "from", "goods")
        d = pick("to", "into", "target")
    else:
        d = pick("actor", "into")
        o = pick("from", "goods", "target")
        if d is None and "to" in first:
            d = first["to"]
    if o is not None:
        origin = o[0]
        words.append(o[1])
    if d is not None and (o is None or d[0] != o[0]):
        destination = d[0]
        words.append(d[1])
    return origin, destination, flow, words


# --------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------


def _proposed(t: _Text, f: _Finding) -> str | None:
    """The proposed-marker for the finding, or None.

    Read before the deciding word (within its clause) and up to four words after it, so
    "considers ban" and "ban under review" count but "..., threatening supply chains" not.
    """
    start = 0
    for tok in t.toks[: f.index]:
        if tok.low in (";", "|", "—", "–", ":"):
            start = tok.end
    after = t.toks[f.index + 1 : f.index + 5]
    end = t.toks[f.index].end
    for tok in after:
        if tok.low in (",", ";", "|", "—", "–", ":"):
            break
        end = tok.end
    clause = t.text[start:end]
    m = R.PROPOSED_RE.search(clause) or R.STRONG_PROPOSED_RE.search(t.text)
    if m:
        return m.group(0)
    for m2 in R.MAY_RE.finditer(clause):
        before = clause[: m2.start()].split()
        if before and before[-1].lower().strip(",") in R.MONTH_PREP:
            continue
        if m2.group(0) == "May" and not before:
            continue
        return m2.group(0)
    return None


def _rate(text: str, anchor: int) -> tuple[float, str] | None:
    cands = list(R.RATE_RE.finditer(text))
    if not cands:
        return None
    to = [m for m in cands if re.search(r"\b(?:to|up\s+to|of)\s+$", text[: m.start()][-8:])]
    if to:
        m = to[-1] if any(re.search(r"\bto\s+$", text[: x.start()][-4:]) for x in to) else to[0]
    else:
        m = min(cands, key=lambda x: abs(x.start() - anchor))
    return float(m.group(1)), m.group(0)


def _sentences(summary: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_RE.split(summary) if s.strip()]


def _summary_metals(summary: str, matcher: MetalMatcher) -> tuple[str, ...]:
    for sent in _sentences(summary):
        if R.TRADE_SENTENCE_RE.search(sent):
            found = _metals_in(sent, matcher)
            if found:
                return found
    return _metals_in(summary, matcher)


def _has_trigger(text: str) -> bool:
    """A cheap pre-check: does the text contain any word the rules react to?"""
    return not R.TRIGGER_WORDS.isdisjoint(_WORD_RE.findall(text.lower()))


def _analyse(
    title: str,
    summary: str,
    metals: Sequence[Metal],
    gazetteer: Gazetteer | None,
    matcher: MetalMatcher | None = None,
) -> tuple[PolicyEvent | None, list[str]]:
    if matcher is None:
        matcher = matcher_for(metals)
    metals = matcher.metals  # the same metals, as a tuple
    gaz = gazetteer or Gazetteer.default()
    trace: list[str] = []
    title = " ".join((title or "").split())
    summary = " ".join((summary or "").split())
    if not _has_trigger(title) and not any(_has_trigger(x) for x in _sentences(summary)[:2]):
        trace.append("no trade-measure words")
        return None, trace
    t = _Text(title, matcher, gaz)
    reading = _read(t, trace=trace)
    source = t
    conf_scale = 1.0
    if reading.finding is None and reading.vetoed is None and summary:
        # the title says nothing about a measure: read the lede, verbs only
        for sent in _sentences(summary)[:2]:
            st = _Text(sent, matcher, gaz)
            sub = _read(st, trace=trace)
            if sub.vetoed:
                break
            if sub.finding is not None and sub.finding.verb:
                reading, source, conf_scale = sub, st, 0.75
                trace.append("decided by the summary's lede")
                break
    f = reading.finding
    if f is None:
        return None, trace

    found = {mid for mid, _s, _e in t.metal_spans}  # the title's metals, already found
    metal_ids = tuple(m.id for m in metals if m.id in found)
    if not metal_ids and summary:
        metal_ids = _summary_metals(summary, matcher)
        if metal_ids:
            trace.append("metals from the summary: " + ", ".join(metal_ids))
            conf_scale *= 0.9
    if not metal_ids:
        trace.append("no watched metal named: no event")
        return None, trace

    n = len(source.toks)
    origin, destination, flow, place_words = _corridor(source, f, 0, n, reading.background)
    if origin == "*" and destination == "*" and summary and source is t:
        for sent in _sentences(summary)[:3]:
            st = _Text(sent, matcher, gaz)
            if not st.places:
                continue
            anchor = next(
                (i for i, tk in enumerate(st.toks) if _flow_of(tk.low) or _measure_of(tk.low)), None
            )
            if anchor is None:
                continue
            sf = _Finding(f.rule, f.status, anchor, [], f.flow or flow, f.verb)
            origin, destination, _flow, place_words = _corridor(st, sf, 0, len(st.toks))
            trace.append("corridor from the summary")
            conf_scale *= 0.9
            break
    trace.append(f"flow {flow}: {origin} -> {destination}")

    words = list(f.words) + place_words
    proposed_word = _proposed(source, f)
    if proposed_word:
        words.append(proposed_word)
        trace.append(f"proposed ({proposed_word!r})")
    rate: float | None = None
    if f.status == "tariff":
        anchor = source.toks[f.index].start
        r = _rate(source.text, anchor)
        if r is None and summary:
            for sent in _sentences(summary):
                if re.search(r"tariff|dut(?:y|ies)|levy|tax", sent, re.IGNORECASE):
                    r = _rate(sent, 0)
                    if r is not None:
                        break
        if r is not None:
            rate = r[0]
            words.append(r[1])

    confidence = f.confidence
    if origin == "*" and destination == "*":
        confidence -= 0.2
    confidence = max(0.05, min(1.0, confidence * conf_scale))
    event = PolicyEvent(
        metals=metal_ids,
        origin=origin,
        destination=destination,
        status=f.status,
        rate_pct=rate,
        proposed=proposed_word is not None,
        confidence=round(confidence, 3),
        words=tuple(dict.fromkeys(w for w in words if w)),
    )
    return event, trace


def classify(
    title: str,
    summary: str,
    metals: Sequence[Metal],
    *,
    gazetteer: Gazetteer | None = None,
) -> PolicyEvent | None:
    """The trade-policy event a headline reports, or None (see the module docstring)."""
    matcher = matcher_for(metals)
    if not matcher.may_name(title or "") and not matcher.may_name(summary or ""):
        return None  # no watched metal named: never an event (``explain`` says so in steps)
    return _analyse(title, summary, metals, gazetteer, matcher)[0]


def explain(
    title: str,
    summary: str,
    metals: Sequence[Metal],
    *,
    gazetteer: Gazetteer | None = None,
) -> list[str]:
    """The steps that led to :func:`classify`'s answer, one plain sentence each."""
    event, trace = _analyse(title, summary, metals, gazetteer)
    trace.append(
        "result: "
        + (
            "no policy event"
            if event is None
            else f"{event.status} {event.origin} -> {event.destination} {','.join(event.metals)}"
            + (" (proposed)" if event.proposed else "")
            + (f" {event.rate_pct:g}%" if event.rate_pct is not None else "")
        )
    )
    return trace


def _first_overlaps(toks: Sequence[Any], spans: Sequence[Any]) -> list[tuple[int, int]]:
    """(token index, index of the first span overlapping it) for each overlapped token; tokens
    and spans (``span[1]`` start, ``span[2]`` end) are each in text order."""
    out: list[tuple[int, int]] = []
    j, ns = 0, len(spans)
    if not ns:
        return out
    for ti, t in enumerate(toks):
        while j < ns and spans[j][2] <= t.start:
            j += 1
        if j == ns:
            break
        if spans[j][1] < t.end:
            out.append((ti, j))
    return out
