"""Headline text as the classifier reads it: tokens (two-word verbs joined), each token's
metal and place hits, measure and flow words, and the small records the rules pass on
(:class:`Finding`, :class:`Reading`). See :mod:`tui.engine.classifier`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

from tui.core.gazetteer import Gazetteer
from tui.core.once import once
from tui.engine import classifier_rules as R
from tui.engine.acronym_owners import owned_places
from tui.engine.classifier_case import looks_named
from tui.engine.classifier_charges import struck_with
from tui.engine.classifier_spans import first_overlaps, metal_spans
from tui.engine.classifier_words import Tok, Words
from tui.engine.tagging import MetalMatcher


@dataclass(slots=True)
class Finding:
    rule: str
    status: str
    index: int  # token index of the deciding word
    words: list[str]
    flow: str | None = None  # R.EXPORT / R.IMPORT / R.NEUTRAL when the rule saw one
    verb: bool = False  # decided by a verb (not a bare noun)
    confidence: float = 0.8
    measure: str | None = None  # the status of the measure noun involved, if any
    at: int | None = None  # token index of that measure noun

    @property
    def measure_at(self) -> int:
        """The measure's place: its noun's token, else the deciding word's."""
        return self.at if self.at is not None else self.index


@dataclass(slots=True)
class Reading:
    """What one text (a title or a summary sentence) says."""

    finding: Finding | None = None
    vetoed: str | None = None
    trace: list[str] = field(default_factory=list)
    background: list[bool] | None = None  # per token: in a background clause


#: What a rule returns for a word it consumed without finding anything.
SKIP = Finding("skip", "none", -1, [])


@lru_cache(maxsize=8192)
def base_word(low: str) -> str:
    """'china's' -> 'china'; hyphenated words keep their form."""
    if low.endswith("'s"):
        return low[:-2]
    return low


def is_granted(low: str) -> bool:
    """Whether a token's lower form ("permits", "licence's") is a measure noun a government
    grants (``R.GRANTED_NOUNS``: licences, permits, approvals), its possessive too. No granted
    noun ends in "'s", so the word is one exactly when its base word is."""
    return base_word(low) in R.GRANTED_NOUNS


def acts_on_measure(low: str) -> bool:
    """A verb that acts on a measure: imposes, bans, lifts ("to" is no verb here)."""
    if low == "to":
        return False
    return low in R.IMPOSE_VERBS or base_word(low) in R.STOP_VERBS or low in R.RELEASE_VERBS


@lru_cache(maxsize=8192)
def measure_of(low: str) -> tuple[str, str | None] | None:
    """(status, flow implied by a compound) for a measure word, else None."""
    low = base_word(low)
    if low in R.MEASURE_NOUNS:
        return R.MEASURE_NOUNS[low], R.FLOW_OF_MEASURE.get(low)
    if "-" in low:
        parts = low.split("-")
        last = parts[-1]
        if last in R.MEASURE_NOUNS and low not in R.OPEN_WORDS:
            flow = next((R.FLOW_WORDS[p] for p in parts[:-1] if p in R.FLOW_WORDS), None)
            return R.MEASURE_NOUNS[last], flow
    return None


@lru_cache(maxsize=8192)
def flow_of(low: str) -> str | None:
    low = base_word(low)
    if low in R.FLOW_WORDS:
        return R.FLOW_WORDS[low]
    if "-" in low:
        first = low.split("-")[0]
        if first in ("export", "import"):
            return R.FLOW_WORDS[first]
    return None


class _ByPosition(dict[int, str]):
    """Token index -> lower form; "" for an index with no token (negative or past the end)."""

    __slots__ = ()

    def __missing__(self, _key: int) -> str:
        return ""


class Text:
    """A tokenised text with its metal spans and place hits, and per-token tags.

    The tokens' lower forms (:attr:`lows`) are read at once; the tokens with their places, the
    metal spans, the places and the per-token tags built on them are found the first time a
    rule asks (a text with no word a rule reacts to is read on its lower forms alone).
    """

    def __init__(self, text: str, matcher: MetalMatcher, gaz: Gazetteer) -> None:
        self.text = text
        self.words = Words(text)  # the cut, kept for its tokens
        self.lows = self.words.lows  # per token: its ``low`` form
        self.matcher = matcher
        self.gaz = gaz
        self.memo: dict[str, Any] = {}  # what other modules derive from the text alone, once

    @once
    def toks(self) -> list[Tok]:
        return self.words.toks()

    @once
    def first_spans(self) -> list[tuple[str, int, int]]:  # alias matches, see metal_spans
        return self.matcher.first_spans(self.text)

    @once
    def metal_spans(self) -> list[tuple[str, int, int]]:
        return metal_spans(self.text, self.matcher, self.first_spans)

    @once
    def places(self) -> list[tuple[str, int, int, str]]:
        return owned_places(self.text, self.gaz.find(self.text), self.gaz)

    # Tokens, metal spans and places are each in text order and do not overlap among
    # themselves: one sweep finds, per token, whether a span overlaps it and the first
    # place that does.

    @once
    def is_metal(self) -> list[bool]:
        """Per token: a watched metal's name covers it."""
        is_metal = [False] * len(self.toks)
        for ti, _ in first_overlaps(self.toks, self.metal_spans):
            is_metal[ti] = True
        return is_metal

    @once
    def place_at(self) -> list[int | None]:
        """Per token: the index into :attr:`places` of the place that covers it, or None."""
        place_at: list[int | None] = [None] * len(self.toks)
        for ti, j in first_overlaps(self.toks, self.places):
            place_at[ti] = j
        return place_at

    @once
    def word(self) -> Callable[[int], str]:
        """``word(i)``: token i's lower form (``toks[i].low``, the tokens unmade), "" for an
        index before the first token or past the last. Rules ask for words by position some
        twenty times a text: the lookup is a dict's own ``__getitem__``, no Python frame."""
        return _ByPosition(enumerate(self.lows)).__getitem__

    def place_span(self, i: int) -> tuple[int, int]:
        """The first and last token of place ``i`` (of :attr:`places`)."""
        _code, s, e, _m = self.places[i]
        toks = self.toks
        first = next((k for k, tk in enumerate(toks) if tk.end > s), len(toks))
        last = first
        while last + 1 < len(toks) and toks[last + 1].start < e:
            last += 1
        return first, last

    def _heads_an_order(self, i: int, k: int) -> bool:
        """Coordinated measure words head a list that names more than cases ("Antidumping or
        Countervailing Duty Investigations, Orders, or Reviews"): the orders are measures."""
        if not any(self.word(j) in R.AND_WORDS for j in range(i + 1, k)):
            return False
        seps = R.AND_WORDS | {","}
        heads, j = [], k + 1
        while self.word(j) in seps:
            while self.word(j) in seps:
                j += 1
            heads.append(self.word(j))
            j += 1
        # the list names an order or a measure ("..., Orders, or Reviews"), not only steps of
        # the case ("Investigations and Scheduling of Preliminary Phase Investigations")
        return any(w in R.ORDER_NOUNS or measure_of(w) is not None for w in heads)

    def _amends_duties(self, i: int, k: int) -> bool:
        """An amended determination ("Amended Final Antidumping Duty Determination") sets the
        duties' rates anew, with the orders: a measure, where a first finding is a step."""
        return self.word(k) in R.DETERMINATION_NOUNS and any(
            self.word(j) in R.AMENDED_WORDS for j in range(max(0, i - 3), i)
        )

    def is_measure_noun(self, i: int) -> tuple[str, str | None] | None:
        """A measure at token i, read as a noun, with any compound flow."""
        m = measure_of(self.toks[i].low)
        if m is None:
            return None
        low = base_word(self.toks[i].low)
        status, flow = m
        prev = self.word(i - 1)
        if prev in R.ABSENT_WORDS:
            return None  # "closes probe without duties", "no duties imposed": none laid
        nxt = self.word(i + 1)
        # an ambiguous word read as a verb ("China curbs exports") is not a noun here
        if low in R.STOP_VERBS and self._verb_reading(i):
            return None
        k = i + 1
        while k < i + 5 and (
            measure_of(self.word(k)) is not None
            or self.word(k) in R.AND_WORDS
            or self.word(k) in R.SUNSET_WORDS  # "AD & CVD sunset review"
            or self.word(k) in R.CHANGED_CIRCUMSTANCES  # "Duty Changed Circumstances Review"
            or self.word(k) in R.REMEDY_ABBREVIATIONS  # "anti-dumping (AD) sunset review"
            or self.word(k) in R.STEP_NOUNS  # "safeguard extension recommendation"
        ):
            k += 1  # "antidumping and countervailing duty petitions": the phrase's head
        if (
            self.word(k) in R.NON_MEASURE_HEADS
            and not self._heads_an_order(i, k)
            and not self._amends_duties(i, k)
            # "tariff-rate quota deal": the deal is the quota's arrangement, as "quota
            # arrangement" reads ("quota deal talks" stay talks)
            and not (
                status == "quota"
                and self.word(k) in ("deal", "deals")
                and self.word(k + 1) not in R.NON_MEASURE_HEADS
            )
        ):
            return None  # "tariff decision", "export ban talks", "countervailing duty probe"
        # "mining licence", "production quota", "mining ban": operations, not trade
        if base_word(prev) in R.OPERATION_WORDS or (
            (self.is_metal[i - 1] if i > 0 else False)
            and base_word(self.word(i - 2)) in R.OPERATION_WORDS
        ):
            return None
        if nxt in ("on", "of", "for") and self.operation_object(i + 2):
            return None  # "moratorium on deep-sea mining", "permit for a lithium project"
        if prev in ("export", "import") or (
            flow_of(prev) in (R.EXPORT, R.IMPORT) and prev.endswith("-")
        ):
            flow = R.FLOW_WORDS[prev] if prev in R.FLOW_WORDS else flow
        if flow is None and prev in R.FLOW_WORDS and R.FLOW_WORDS[prev] != R.NEUTRAL:
            flow = R.FLOW_WORDS[prev]
        if flow is None and prev in R.REMEDY_KINDS:
            flow = R.IMPORT  # "dumping measures", "anti-subsidy measures": duties on imports
        prev_m = measure_of(prev) or (("tariff", None) if prev == "tariff-rate" else None)
        if flow is None and prev_m is not None and prev_m[0] == "tariff" and status != "tariff":
            flow = R.IMPORT  # "safeguard quotas", "tariff-rate quota" are on imports
        if low in R.WEAK_NOUNS and flow is None:
            # "levy on exports", "tax on imports", "limits on shipments"
            # "tax on nickel pig iron exports": the goods after "on" may run longer
            end = i + (8 if self.word(i + 1) in ("on", "of") else 5)
            window = []
            for j in range(i + 1, min(end, len(self.toks))):
                if self.word(j) in R.CLAUSE_BREAK and j >= i + 5:
                    break
                window.append(self.word(j))
            # goods sent on to a market after the charge: "taxes bauxite destined for Chinese
            # refineries" (not "is going to levy a tax" before it: the verb's, no goods')
            sent = any(a in R.SENT_TO and b in ("to", "for") for a, b in pairwise(window))
            lo = max(0, i - 3)  # "imports of steel; limit": a flow before its "of <goods>"
            lo -= 1 if lo > 0 and "of" in self.lows[lo:i] else 0
            window += [self.word(j) for j in range(lo, i)]
            flows = [R.FLOW_WORDS[w] for w in window if w in R.FLOW_WORDS]
            if sent:
                flows.append(R.EXPORT)
            if (
                not flows
                and low in R.CHARGE_NOUNS
                and (
                    prev in R.PROTECTION_WORDS
                    or self._on_foreign_goods(i + 1)
                    or self._imposed_on_goods(i)
                    or struck_with(self, i)
                )
            ):
                # "slaps levy on Canadian aluminum", "temporary protection fees", "imposes fees
                # on steel rebar", "hits Chinese foil with new levy": a duty on imports
                flows = [R.IMPORT]
            if not flows and low in R.CHARGE_NOUNS:
                flows = self._flow_facing(i)  # "exports to face new levy"
            if not flows and low == "sanction" and i > 0 and self.place_at[i - 1] is not None:
                flows = [R.IMPORT]  # "US and UK sanction Russian nickel": the verb of plurals
            if not flows:
                # "export controls" is strong; bare "control" / "tax" is not trade policy
                return None
            flow = next((f for f in flows if f != R.NEUTRAL), flows[0])
        tariff_rate = nxt in ("rate", "rates") and self.word(i + 2) in ("quota", "quotas")
        if tariff_rate and low in ("tariff", "quota"):
            return "quota", flow or R.IMPORT  # a tariff-rate quota is on imports
        return status, flow

    def _flow_facing(self, i: int) -> list[str]:
        """ "Zinc exports to face new fee", "imports could face Indian tax": the flow that is
        the subject of a face verb a few words before the charge at i, or imports (else none)."""
        if self.word(i - 1) in R.FISCAL_NOUNS:
            return []  # "face windfall tax": a tax on profits
        k = next((k for k in range(i - 1, max(-1, i - 6), -1) if self.word(k) in R.FACE_VERBS), -1)
        j = k - 1
        while k > 0 and (self.word(j) in R.MODALS or self.word(j) in ("to", "now", "still")):
            j -= 1  # "could face", "to face", "now faces"
        for m in range(j, max(-1, j - 5), -1) if k > 0 else ():
            low = self.word(m)
            if low in R.CLAUSE_BREAK or measure_of(low) is not None:
                break
            if flow_of(low) is not None:
                return [R.FLOW_WORDS[low]]  # "exports from Egypt to face": over its places
        goods = k > 0 and (self.is_metal[j] or self.word(j) in R.GOODS_FORMS)
        named = any(self.place_at[x] is not None for x in range(k + 1, i))
        return [R.IMPORT] if goods and named else []  # "aluminium now faces 25% US levy"

    def _on_foreign_goods(self, k: int) -> bool:
        """ "on Canadian aluminum", "on steel from Japan": goods of a named place (token k
        onwards); "on copper miners" or "on windfall profits" are not."""
        if self.word(k) not in ("on", "against"):
            return False
        window = range(k + 1, min(k + 6, len(self.toks)))
        return any(self.is_metal[j] for j in window) and any(
            self.place_at[j] is not None and not self.is_metal[j] for j in window
        )

    def _imposed_on_goods(self, i: int) -> bool:
        """ "Imposes temporary fees on steel rebar": an imposing verb just before the charge at
        i and a metal after "on" that is goods, not its producers ("levy on copper miners")."""
        if not any(self.word(j) in R.IMPOSE_VERBS for j in (i - 1, i - 2)):
            return False
        if self.word(i + 1) != "on":
            return False
        for j in range(i + 2, min(i + 5, len(self.toks))):
            if self.is_metal[j]:
                nxt = base_word(self.word(j + 1))
                return not (
                    nxt in R.PLURAL_SUBJECTS or nxt in R.COMPANY_WORDS or nxt in R.OPERATION_WORDS
                )
        return False

    def operation_object(self, k: int) -> bool:
        """An object (from token k) whose head is an operation ("deep-sea mining", "Spanish
        lithium project") and no trade flow, measure or goods word."""
        for j in range(k, min(k + 5, len(self.toks))):
            low = self.word(j)
            if (
                flow_of(low)
                or measure_of(low)
                or low in R.GOODS_WORDS
                or low in R.CLAUSE_BREAK
                or (self.is_metal[j] and base_word(self.word(j + 1)) not in R.SITE_WORDS)
            ):
                return False  # "tariffs on Canadian aluminum": the goods
            if base_word(low) in R.SITE_WORDS:
                nxt = self.word(j + 1)
                if nxt in R.PERMISSION_WORDS:
                    return True  # "ban on new mining permits": a permit to mine, not to trade
                if nxt in R.SITE_HOLDERS:
                    return False  # "permits for smelter builders": firms hold them, to trade
                return not (flow_of(nxt) or measure_of(nxt) or nxt in R.GOODS_WORDS)
        return False

    def _verb_reading(self, i: int) -> bool:
        """Whether an ambiguous noun/verb word ("bans", "curbs", "halt") is a verb here."""
        prev = self.word(i - 1)
        nxt = self.word(i + 1)
        if nxt in ("on", "of", "against", "to") and prev not in R.MODALS:
            return False
        if i == 0:
            return nxt not in ("on", "of")
        if prev.endswith("'s") or prev in R.NOUN_CONTEXT or measure_of(prev) is not None:
            return False
        if self.is_metal[i - 1]:
            return False
        if prev in R.PLURAL_SUBJECTS or prev in R.INSTRUMENT_SUBJECTS:
            return True  # "rebels halt", "miners halt", "the package bans"
        if prev in R.MODALS or self.place_at[i - 1] is not None or prev == ",":
            return True
        # a capitalised subject word ("Zimbabwe", "Jakarta", "Government") before the verb
        return looks_named(self.text, self.toks[i - 1].text) or prev in R.GOVERNMENT_WORDS
