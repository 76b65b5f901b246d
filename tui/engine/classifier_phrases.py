"""Phrases around a deciding word: the object after a verb, the subject head before a
participle, the clause a word stands in, the nearest flow word, a stop verb that stops no
trade, a phrase dating a participle's effect and a flow as the subject of a stop verb's
infinitive (the noun phrases around a place or a measure noun are
:mod:`tui.engine.classifier_noun_phrases`')."""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_made_from import told_by_making
from tui.engine.classifier_measure_noun import operation_object
from tui.engine.classifier_metal_moves import MOVE_JOINERS, headed_by_market, headed_by_metal
from tui.engine.classifier_orders import relief_at
from tui.engine.classifier_sent import sends_on
from tui.engine.classifier_state_firm import state_firm_told
from tui.engine.classifier_text import Finding, Text, base_word, flow_of, measure_of

#: Words that join the goods of a list; with the metals they do not count against the reach
#: of a verb's object.
_LISTING = frozenset({",", "and", "or", "&"})
#: Words joining a market's own move to its cause ("eases ahead of", "slips as", "lower, ...").
_MARKET_JOINERS = MOVE_JOINERS | {"ahead", "before", ",", ";", ":"}


def scan_object(t: Text, i: int, limit: int = 8) -> tuple[str, int] | None:
    """The first decisive word after the verb at i: ('measure'|'flow'|'goods'|'op', index)."""
    n = len(t.toks)
    if t.word(i + 1) in MOVE_JOINERS and headed_by_metal(t, i):
        return None  # "Aluminium eases on profit-taking, duties on ...": the metal's own move
    if t.word(i + 1) in _MARKET_JOINERS and headed_by_market(t, i):
        return None  # "Mexican peso eases ahead of US steel duties": the market's own move
    goods: int | None = None
    end = min(n, i + 1 + limit)
    j = i
    while j + 1 < end:
        j += 1
        low = t.toks[j].low
        if goods is not None and (t.is_metal[j] or low in _LISTING) and end < n:
            end += 1  # "exempts cobalt powder, lead and zinc from duty": a list of goods
        if low in R.CLAUSE_BREAK:
            break
        if low == "," and goods is not None:
            # "bans gallium, germanium exports" keeps going; other commas end the object
            if not (j + 1 < n and t.is_metal[j + 1]):
                break
        if goods is not None and sends_on(t, j):
            break  # "halts zinc bound for Chinese smelters": the buyers, not the operations
        if base_word(low) in R.OPERATION_WORDS:
            if t.word(j + 1) == "and" and flow_of(t.word(j + 2)) is not None:
                return "flow", j + 2  # "halts rare earth mining and exports": the flow too
            return "op", j
        if low in R.MOOD_NOUNS:
            return None  # "reduced concerns over tariffs": the mood eased, not the measure
        if measure_of(low) is not None and t.word(j + 1) in R.NON_MEASURE_HEADS:
            if t.word(j + 1) in R.DISPUTE_HEADS and t.toks[i].low in R.RELEASE_VERBS:
                return "measure", j  # "deal ending steel tariff dispute": the tariffs end
            return None  # "delays tariff decision": the object is the decision
        if measure_of(low) is not None and not (
            base_word(low) in R.STOP_VERBS
            and low.endswith("s")
            and t.word(j + 1) not in ("on", "of")
            and base_word(low) not in R.MEASURE_NOUNS
        ):
            if low in R.EXEMPTION_NOUNS:
                return "exemption", j
            if (relief := relief_at(t, j)) is not None:  # "ends tariff exemptions"
                return "exemption", relief
            if (
                t.word(j + 1) in ("on", "of", "for")
                and low not in R.SANCTION_WORDS  # sanctions fall on firms: "on Iran's smelters"
                and operation_object(t, j + 2)
            ):
                return "op", j  # "ends suspension on mining permits": no trade measure
            return "measure", j
        if low in R.EXEMPTION_NOUNS:
            return "exemption", j
        fl = flow_of(low)
        if fl is not None and t.word(j + 1) in R.DISPUTE_HEADS:
            continue  # "end trade war over US steel tariffs": the dispute is over the measure
        if fl is not None:
            nxt = t.word(j + 1)
            if low in ("export", "import") and nxt in R.EXEMPTION_NOUNS:
                return "exemption", j + 1  # "waives the export reimbursement": a charge returns
            if low in ("export", "import") and nxt in _VAT and t.word(j + 2) in R.EXEMPTION_NOUNS:
                return "exemption", j + 2  # "removes export VAT rebates": the tax returns
            if low in ("export", "import") and measure_of(nxt) is not None:
                if t.word(j + 2) in R.EXEMPTION_NOUNS:  # "export tax rebates"
                    return "exemption", j + 2
                return "measure", j + 1
            return "flow", j
        if goods is None and (
            t.is_metal[j]
            or (low in R.GOODS_WORDS and (low not in R.GOODS_ADJECTIVES or _qualifies(t, j)))
            or (t.place_at[j] is not None and followed_by_goods(t, j))
        ):
            if t.is_metal[j] and _modifies_other_noun(t, j):
                continue  # "halted Resolution Copper land transfers": not the metal's trade
            goods = j
    if goods is not None:
        return "goods", goods
    return None


def _qualifies(t: Text, j: int) -> bool:
    """A goods adjective at j stands before a metal, goods or a trade flow within two words."""
    for k in range(j + 1, min(j + 3, len(t.toks))):
        low = t.toks[k].low
        if (
            t.is_metal[k]
            or (low in R.GOODS_WORDS and low not in R.GOODS_ADJECTIVES)
            or flow_of(low)
        ):
            return True
    return False


def followed_by_goods(t: Text, j: int) -> bool:
    pi = t.place_at[j]
    if pi is None:
        return False
    end = t.places[pi][2]
    k = j
    while k + 1 < len(t.toks) and t.toks[k + 1].start < end:
        k += 1
    nxt = k + 1
    return nxt < len(t.toks) and (t.is_metal[nxt] or t.toks[nxt].low in R.GOODS_WORDS)


def flow_near(t: Text, i: int, lo: int, hi: int) -> str | None:
    """The explicit export/import flow word nearest to token i within [lo, hi)."""
    best: tuple[int, str] | None = None
    for j in range(lo, hi):
        fl = flow_of(t.toks[j].low)
        if fl is None or _origin_phrase(t, j):
            continue
        d = abs(j - i)
        if best is None or d < best[0] or (d == best[0] and fl != R.NEUTRAL):
            best = (d, fl)
    return best[1] if best else None


def _origin_phrase(t: Text, j: int) -> bool:
    """ "goods originating in or exported from China": the participle tells where the goods
    come from (as "originating in"), not which flow the measure is on."""
    return (
        t.word(j + 1) == "from"
        and t.word(j - 1) in R.AND_WORDS
        and (t.word(j - 3) in R.ORIGIN_WORDS or t.word(j - 2) in R.ORIGIN_WORDS)
    )


def clause_start(t: Text, i: int) -> int:
    """The first token of the clause that token i stands in."""
    for j in range(i - 1, -1, -1):
        if t.toks[j].low in R.CLAUSE_BREAK:
            return j + 1
    return 0


def subject_head(t: Text, i: int) -> tuple[str, int] | None:
    """The head of the noun phrase before a participle: ('measure'|'flow'|'goods', index).

    "China's ban on gallium exports to US suspended" -> the ban; "antimony exports to US
    halted" -> the exports; "Russian aluminium barred from US" -> the aluminium.
    """
    goods: int | None = None
    for j in range(clause_start(t, i), i):
        low = t.toks[j].low
        if measure_of(low) is not None:
            k = j
            while k + 1 < i and measure_of(t.toks[k + 1].low) is not None:
                k += 1  # "tariff quota": the head noun comes last
            return "measure", k
        if flow_of(low) is not None:
            if measure_of(t.word(j + 1)) is not None and j + 1 < i:
                return "measure", j + 1  # "export ban"
            if t.word(j + 1) in R.FLOW_MODIFIED_NOUNS:
                continue  # "the import price ... fell": a price, not the flow
            return "flow", j
        if goods is None and (t.is_metal[j] or low in R.GOODS_WORDS):
            goods = j
    return ("goods", goods) if goods is not None else None


def _modifies_other_noun(t: Text, j: int) -> bool:
    """A metal word followed by a noun that is neither goods, a flow, a measure, nor another
    metal ("Copper land transfers", "copper smuggling"): the metal only qualifies it."""
    k = j + 1
    while k < len(t.toks) and t.is_metal[k]:
        k += 1  # the rest of a multi-word metal name
    if k >= len(t.toks):
        return False
    tok = t.toks[k]
    low = tok.low
    if not low.isalpha() or low in R.GOODS_WORDS or low in R.FUNCTION_WORDS:
        return False
    if flow_of(low) is not None or measure_of(low) is not None or low in R.CLAUSE_BREAK:
        return False
    if sends_on(t, k):
        return False  # "bans steel heading for Russia": the goods, sent on to a market
    if told_by_making(t, k):
        return False  # "bars steel processed from Russian iron": the goods, by their making
    return low not in R.GOODS_FORMS


def not_a_trade_stop(t: Text, i: int) -> bool:
    """A stop verb that stops no trade: its object is an activity ("stop worrying about
    lithium"), or someone is asked to stop ("wants Indians to stop buying gold")."""
    nxt = t.word(i + 1)
    if (
        nxt.endswith("ing")
        and flow_of(nxt) is None
        and measure_of(nxt) is None
        and nxt not in R.GOODS_WORDS
        and not (i + 1 < len(t.toks) and t.is_metal[i + 1])
        and not any(
            flow_of(t.word(k)) or measure_of(t.word(k)) for k in range(i + 2, i + 5)
        )  # "suspends increasing counter measures": the gerund modifies the measure
    ):
        return True
    return (
        t.word(i - 1) == "to"
        and any(t.toks[k].low in R.APPEAL_VERBS for k in range(max(0, i - 6), i - 2))
        and not state_firm_told(t, i)  # "Congo asks state miner to stop ...": its measure
    )


#: A sales tax named between a flow and its rebate ("export VAT rebates").
_VAT = frozenset({"vat", "gst", "value-added", "sales"})


#: A purpose clause ("to shield mills from ...", "in a bid to curb ...") or a relative clause
#: with a modal ("that could hurt ...") after the measure: an aside about its aims or effects.
_ASIDE_RE = lazy(
    rf"{R.PURPOSE_LEAD}(?:{R.PURPOSE_VERBS}|fight|counter|combat|tackle|stem|check|offset|"
    r"defend)\b"
    r"|\b(?P<rel>that|which)\s+(?:could|would|may|might|will|can|threatens?|hurts?|hits?)\b",
    re.IGNORECASE,
    fold=True,
)


def aside_clauses(t: Text, f: Finding, bg: list[bool] | None) -> tuple[list[bool] | None, int]:
    """The background mask with the places of an aside after the finding masked, and where
    flow words stop counting: "hits Vietnam with tariffs to curb surging exports" (the aside's
    "exports" is not the measure's flow), "imposes safeguard duty on steel imports to shield
    mills from Chinese dumping", "tariffs ... that could hurt Canadian smelters" (neither
    place is a side). A place in a purpose that names goods or a flow ("to curb imports from
    China", "to curb Chinese steel") still counts; none in a relative clause of effects ("that
    could impact Indian exports") does."""
    n = len(t.toks)
    m = _ASIDE_RE.search(t.text, t.toks[f.index].end) if f.index < n else None
    if m is None:
        return bg, n
    start = next((k for k, tk in enumerate(t.toks) if tk.start >= m.start()), n)
    mask = list(bg) if bg is not None else [False] * n
    for _code, s, e, _matched in t.places:
        first = next((k for k, tk in enumerate(t.toks) if tk.end > s), n)
        last = max(first, next((k for k in range(n - 1, -1, -1) if t.toks[k].start < e), first))
        if first < start:
            continue
        near = [t.word(k) for k in (first - 3, first - 2, first - 1, last + 1)]
        goods = t.is_metal[last + 1] if last + 1 < n else False
        named = goods or any(flow_of(w) is not None for w in near if w) or near[3] in R.GOODS_WORDS
        if named and m.group("rel") is None:
            continue  # a purpose's "imports from China" still names the goods' origin
        mask[first : last + 1] = [True] * (last + 1 - first)
    return mask, start


def dates_its_effect(t: Text, k: int) -> bool:
    """From token k, a phrase dating a participle's effect ("halted with immediate effect",
    "banned effective Monday"): no object, the participle is passive."""
    nxt = t.word(k)
    return nxt in R.EFFECT_LEADS or (nxt == "with" and t.word(k + 1) in R.EFFECT_AFTER_WITH)


def rule_flow_to_stop(t: Text, i: int) -> Finding | None:
    """A flow as the subject of a stop verb's infinitive ("rare earth exports to stop from
    July", "tin shipments to halt"): the flow stops, as "exports halted" does."""
    if t.word(i - 1) != "to" or scan_object(t, i) is not None:
        return None
    flow = flow_of(t.word(i - 2))
    head = subject_head(t, i - 1)
    if flow is None or head is None or head != ("flow", i - 2):
        return None
    words = [t.toks[i - 2].text, t.toks[i].text]
    status = R.STOP_VERBS[base_word(t.toks[i].low)]
    return Finding("stop", status, i, words, flow=flow, verb=True, confidence=0.8)


#: A new rate after a charge ("to 50%"), or a rise by an amount ("by 3 points to 8%", "by 5
#: percentage points"): the charge lifted is raised.
_TO_RATE_RE = lazy(
    r"\s*(?:to\s+\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b|pct\b)|by\s+\d[\d.,]*\s*"
    r"(?:%|per\s*cent\b|percent\b|pct\b|(?:percentage\s+)?points?\b))",
    re.IGNORECASE,
)


def lifted_to_rate(t: Text, i: int, j: int) -> bool:
    """ "Lifts steel levies to 50%", "lifts export tax by 3 points": "lift" with a charge and a
    new rate or a rise after it raises the charge (as "raises ... to 50%"); "lifts tariffs"
    alone releases them."""
    return t.word(i) in R.LIFT_VERBS and _TO_RATE_RE.match(t.text, t.toks[j].end) is not None


def bare_subject(t: Text, f: Finding) -> bool:
    """A measure noun read without a verb and led only by its own noun phrase (its owner, metals,
    flow, modifiers: "Congo's cobalt export ban to give way to quotas"): the subject of what
    follows, not an object ("hits Vietnam with tariffs to curb ...")."""
    return not f.verb and all(
        t.place_at[k] is not None
        or t.is_metal[k]
        or flow_of(low) is not None
        or measure_of(low) is not None
        or low in R.MEASURE_MODIFIERS
        or low in R.GOODS_WORDS
        or low in ("the", "a", "an", "'s")
        for k, low in enumerate(t.lows[: f.index])
    )


def rule_target(t: Text, i: int) -> Finding | None:
    """ "targets Nicaraguan gold sector", "targets Iran's metals industry": sanctions on a
    country's metal sector (``suspended``, the country's goods kept out)."""
    n = len(t.toks)
    j = i + 1
    while j < n and t.place_at[j] is not None:
        j += 1  # the country named, whole
    k = j
    while k < n and k < j + 3 and (t.is_metal[k] or t.toks[k].low == "metals"):
        k += 1  # its metals
    if j == i + 1 or k == j or t.word(k) not in R.SECTOR_WORDS:
        return None
    words = [t.toks[i].text, t.toks[k].text]
    return Finding("stop", "suspended", i, words, flow=R.IMPORT, verb=True, confidence=0.75)
