"""Words of a measure used for something that is no trade measure, and talk about a measure told
as if it were one (the kinds of the fourteenth blind set's misses, session 17).

A stop verb can block a deal or a claim, not goods: a government blocking a takeover or a
rescue, a court blocking someone's bid to reach assets (:func:`deal_blocked`); an exchange can
pause trading in a metal (:func:`exchange_trading`); reserves, savings or assets can be frozen
by sanctions (:func:`asset_freeze`). None of these stops a flow of goods across a border.

A quota's use told as a share ("quotas 60% used", "quota utilisation hits 75% of allowed
imports") is a statistic of a quota in force, no change (:func:`quota_use`). Another bloc's
rules on carbon, emissions or the climate tightened are no licence on trade
(:func:`non_trade_rules`). Countermeasures named only as a noun, with no instrument and no act
("ramps up policy countermeasures in response to ...") are retaliation talked of
(:func:`vague_countermeasures`). A lede that asks whether a measure will come ("questioning
whether China might resume exports") asks, it does not report (:func:`asks_whether`).
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_hit_with import countermeasures_named
from tui.engine.classifier_text import Finding, Text, base_word, flow_of

#: What a stop verb can block that is no flow of goods: a deal, a bid, someone's access.
_DEAL_NOUNS = frozenset(
    {"bid", "bids", "takeover", "takeovers", "rescue", "acquisition", "acquisitions", "merger",
     "mergers", "buyout", "buyouts", "stake", "access", "purchase", "purchases", "buying",
     "acquiring", "purchasing", "merging", "taking"}
)  # fmt: skip
#: Deal words that may buy goods as well as firms ("purchases of Russian gold").
_PURCHASES = frozenset({"purchase", "purchases", "buying", "purchasing"})
#: What a firm is called after its metal: "aluminium smelter", "copper mine", "steelmaker".
_FIRM_HEADS = frozenset(
    {"mine", "mines", "mill", "mills", "maker", "makers", "business", "businesses", "assets",
     "operations", "unit", "giant", "stake"}
)  # fmt: skip
_BLOCK_VERBS = R.forms("block|s|ed|ing", "veto|es|ed|ing", "thwart|s|ed|ing", "bar|s|red|ring")
#: A market where metals are traded, not a border: "the London Metal Exchange", "LME", "SHFE".
_EXCHANGE_WORDS = frozenset({"exchange", "lme", "shfe", "comex", "cme", "bourse"})
_TRADING_WORDS = frozenset({"trade", "trading", "dealing", "dealings"})
#: A firm's shares, traded on a market: "Evraz shares suspended", "trading in its stock".
_SHARE_WORDS = frozenset({"shares", "stock", "stocks", "equity"})
#: What a freeze holds that is no goods: money and stores of value.
_HOLDING_WORDS = frozenset(
    {"savings", "reserves", "assets", "holdings", "funds", "fund", "accounts", "deposits",
     "wealth"}
)  # fmt: skip
_FREEZE_WORDS = frozenset({"frozen", "freeze", "freezes", "freezing"})
#: A quota's use: "utilisation", "usage", "used", "filled", "fill rate".
_USE_WORDS = frozenset(
    {"utilization", "utilisation", "usage", "use", "used", "filled", "fill", "uptake"}
)
_PERCENT_RE = lazy(r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
#: Rules that are not trade rules: on carbon, emissions, the climate, deforestation.
_NON_TRADE_RULES = frozenset(
    {"carbon", "emission", "emissions", "climate", "environmental", "green", "deforestation",
     "sustainability", "esg", "co2", "methane", "pollution", "cbam"}
)  # fmt: skip
_RULE_NOUNS = frozenset(
    {"rules", "rule", "regulations", "regulation", "standards", "requirements", "regime",
     "reporting", "norms", "law", "laws"}
)  # fmt: skip
#: Words that ask or doubt before "whether": the clause after it is a question.
_DOUBT_WORDS = frozenset(
    {"questioning", "questioned", "question", "questions", "asking", "asked", "asks", "ask",
     "wondering", "wondered", "wonder", "unclear", "uncertain", "uncertainty", "doubt",
     "doubts", "unsure", "debating", "debate", "speculating", "speculate"}
)  # fmt: skip


def aside_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the measure words block a deal, pause an exchange, freeze savings,
    count a quota's use, tighten non-trade rules, or only talk of a measure."""
    lacks = _ASIDE_CUES.intersection(t.lows).isdisjoint  # a gated check's words
    if deal_blocked(t, best):
        return "company", "a deal, a bid or access to assets blocked: no trade measure"
    if exchange_trading(t, best) or share_trading(t, best):
        return "company", "trading paused on an exchange: no trade measure"
    if asset_freeze(t, best):
        return "company", "reserves or savings frozen: no trade measure"
    if quota_use(t, best):
        return "speculation", "a quota's use told as a share: a statistic, no change"
    if non_trade_rules(t, best):
        return "speculation", "rules on carbon or the climate: no trade measure"
    if vague_countermeasures(t, best):
        return "speculation", "countermeasures named with no instrument or act: talk"
    if not lacks(_DOUBT_WORDS) and asks_whether(t, best):
        return "speculation", "asks whether a measure will come: a question, not news"
    if not lacks(_FAIL_WORDS) and failed_to_agree(t, best):
        return "speculation", "sides failed to agree on a change: nothing changed"
    if not lacks(_OPEN) and open_to(t, best):
        return "speculation", "a government open to changing a measure: a stance, not a plan"
    return None


def _clause(t: Text, lo: int, hi: int) -> range:
    """The token indices from ``lo`` up to ``hi`` (exclusive) that stop at a clause break."""
    end = lo
    while end < min(hi, len(t.toks)) and t.word(end) not in R.CLAUSE_BREAK:
        end += 1
    return range(lo, end)


def deal_blocked(t: Text, best: Finding) -> bool:
    """ "Germany blocks Chinese bid for copper foil maker", "court blocks bid to access gold",
    "threatens to block Chinese firm's rescue of a steelmaker": the object is a deal or a bid."""
    if best.status != "suspended" or base_word(t.word(best.index)) not in _BLOCK_VERBS:
        return False
    after = _clause(t, best.index + 1, len(t.toks))
    if any(
        flow_of(t.word(k)) in (R.EXPORT, R.IMPORT) and t.word(k) not in _DEAL_NOUNS for k in after
    ):
        return False  # "bars Russian gold purchases and imports": goods kept out
    return any(
        base_word(t.word(k)) in _DEAL_NOUNS and not t.is_metal[k - 1] and not _goods_bought(t, k)
        for k in after[:5]
    )


def _goods_bought(t: Text, k: int) -> bool:
    """ "bars purchases of Russian gold": the deal word at ``k`` buys a metal, not a firm (a
    firm's word after the metal: "purchase of aluminium smelter")."""
    if t.word(k) not in _PURCHASES or t.word(k + 1) != "of":
        return False  # "rescue of British Steel": a firm named after its metal
    j = k + 2
    while j < len(t.toks) and (t.place_at[j] is not None or t.word(j) == "the"):
        j += 1
    if j >= len(t.toks) or not t.is_metal[j]:
        return False
    while j < len(t.toks) and t.is_metal[j]:
        j += 1
    return t.word(j) not in R.COMPANY_WORDS and t.word(j) not in _FIRM_HEADS


def deal_told_by_lede(t: Text, best: Finding, lede_text: str) -> bool:
    """ "Biden Blocks Nippon Steel-US Steel: What Comes Next?" whose lede says "an order blocking
    the acquisition of U.S. Steel": a title's block verb on no flow of goods, which its lede
    tells was a deal's."""
    if best.status != "suspended" or base_word(t.word(best.index)) not in _BLOCK_VERBS:
        return False
    if any(flow_of(w) in (R.EXPORT, R.IMPORT) for w in t.lows):
        return False
    lede = Text(lede_text, t.matcher, t.gaz)
    return any(
        base_word(w) in _BLOCK_VERBS
        and any(base_word(lede.word(j)) in _DEAL_NOUNS for j in _clause(lede, k + 1, k + 6))
        for k, w in enumerate(lede.lows)
    )


def exchange_trading(t: Text, best: Finding) -> bool:
    """ "After a week-long pause, investors can trade nickel again on the London Metal
    Exchange", "zinc trading halted on the exchange": an exchange's market, not a border."""
    if best.status not in ("suspended", "resuming"):
        return False
    lows = t.lows
    if not any(w in _EXCHANGE_WORDS for w in lows):
        return False
    near = range(max(0, best.index - 4), min(len(lows), best.index + 5))
    return any(lows[k] in _TRADING_WORDS for k in near) and not any(
        flow_of(lows[k]) in (R.EXPORT, R.IMPORT) for k in near
    )


def share_trading(t: Text, best: Finding) -> bool:
    """ "Evraz shares suspended", "trading in shares of steel producer Evraz ... was suspended",
    "suspends its shares": a firm's shares stopped from trading, in a text that names no flow of
    goods."""
    if best.status not in ("suspended", "resuming"):
        return False
    lows = t.lows
    if not any(w in _SHARE_WORDS for w in lows):
        return False
    if any(flow_of(w) in (R.EXPORT, R.IMPORT) for w in lows):
        return False
    k = best.index
    near = {lows[j] for j in range(max(0, k - 2), min(len(lows), k + 3))}
    traded = any(
        w in _TRADING_WORDS and lows[j + 1] in ("in", "of") and lows[j + 2] in _SHARE_WORDS
        for j, w in enumerate(lows[:-2])
    )
    return traded or not _SHARE_WORDS.isdisjoint(near)


def asset_freeze(t: Text, best: Finding) -> bool:
    """ "with much of its savings frozen by sanctions", "freezes central bank reserves": money
    held, not goods."""
    if t.word(best.index) not in _FREEZE_WORDS and not any(w in _FREEZE_WORDS for w in best.words):
        return False
    at = next((k for k, w in enumerate(t.lows) if w in _FREEZE_WORDS), best.index)
    return any(t.word(k) in _HOLDING_WORDS for k in range(max(0, at - 3), min(len(t.toks), at + 5)))


def quota_use(t: Text, best: Finding) -> bool:
    """ "Steel quotas utilisation hits 60% of allowed imports", "safeguard quotas 80% used up":
    a quota's use as a share of it."""
    lows = t.lows
    if not any(w in R.QUOTA_WORDS for w in lows) or not any(w in _USE_WORDS for w in lows):
        return False
    return _PERCENT_RE.search(t.text) is not None


def non_trade_rules(t: Text, best: Finding) -> bool:
    """ "... as Europe tightens carbon rules", "EU emissions regulations": rules on carbon or
    the climate read as a licence."""
    if best.status != "licensing":
        return False
    for k in range(max(0, best.index - 2), min(len(t.toks), best.index + 4)):
        if t.word(k) in _RULE_NOUNS and t.word(k - 1) in _NON_TRADE_RULES:
            return True
    return False


def vague_countermeasures(t: Text, best: Finding) -> bool:
    """ "Mexico ramps up policy countermeasures in response to US steel curbs": retaliation
    named only as a noun, no tariff, duty or ban, and no verb that imposes it."""
    if best.verb or base_word(t.word(best.index)) not in R.RETALIATION_NOUNS:
        return False
    if t.word(best.index + 1) in R.MEASURE_NOUNS:
        return False  # "countermeasure tariffs": the instrument is named
    if countermeasures_named(t, best.index):
        return False  # "hits U.S. steel with 25% countermeasures": imposed, not talked of
    for k in range(best.index - 1, -1, -1):
        w = t.word(k)
        if w in R.CLAUSE_BREAK:
            break
        if w in R.IMPOSE_VERBS or w in R.RELEASE_VERBS:
            return False
    return True


def asks_whether(t: Text, best: Finding) -> bool:
    """ "... were questioning whether China might resume antimony exports": a doubt or a
    question before "whether" in the deciding word's clause."""
    for k in range(best.index - 1, 0, -1):
        w = t.word(k)
        if w in (";", ":", ".") or w in R.CLAUSE_BREAK - {"as", "after"}:
            return False
        if w in ("whether", "if") and t.word(k - 1) in _DOUBT_WORDS:
            return True
    return False


_FAIL_WORDS = frozenset({"fail", "fails", "failed", "failing"})
_AGREE_WORDS = frozenset({"agree", "reach", "strike", "settle", "find", "seal", "clinch"})


def failed_to_agree(t: Text, best: Finding) -> bool:
    """ "The U.S. and Europe failed to agree on a path for eliminating steel tariffs", "talks fail
    to reach deal on lifting the ban": an agreement on the change not reached."""
    for k in range(best.index - 1, -1, -1):
        w = t.word(k)
        if w in (";", ":", "|"):
            return False
        if w in _FAIL_WORDS and t.word(k + 1) == "to" and t.word(k + 2) in _AGREE_WORDS:
            return True
    return False


def open_to(t: Text, best: Finding) -> bool:
    """ "US open to changing steel tariffs, official says", "EU open to easing steel quotas": a
    readiness to change a measure, told before it in its clause; no change decided or planned."""
    for k in range(best.index - 1, 0, -1):
        w = t.word(k)
        if w in R.CLAUSE_BREAK or w in (",", "|"):
            return False
        if w == "to" and t.word(k - 1) == "open":
            return True
    return False


#: The words without which a check of ``aside_veto`` gives no veto (see
#: :mod:`tui.engine.classifier_veto_cues`): asked only when one of them is a token.
_OPEN = frozenset({"open"})  # open_to
_ASIDE_CUES = _DOUBT_WORDS | _FAIL_WORDS | _OPEN
