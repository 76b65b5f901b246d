"""Headlines that name a measure as the cause of something else, or as another party's concern
(the kinds of the false events left by leave-one-set-out in session 16).

A measure in force or proposed, named as a bare noun, can be the subject of what it will do to
prices, an industry, a market or a place ("steel duty may drive prices higher", "tariffs to
batter the local steel industry", "levies add to market uncertainty"): a forecast of its
effects, not news of it (:func:`economic_effect`). A country can take a stance on another's
measure without acting ("Japan assesses US steel tariffs", "Korea remains calm over Trump's
duties"): a reaction, not a measure of its own (:func:`stance_on_another`). Measures can be
counted across many countries or told as a spreading trend ("40 countries restrict scrap
exports", "export bans are becoming a global trend"): a survey, no one government's act
(:func:`trend_of_measures`). And a licence to mine is a mining right, not a trade licence
(:func:`mining_right`).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, measure_of

#: What comes between a measure and the verb of its effects: a modal, "to", "set to" ...
_EFFECT_LEADS = frozenset(
    {"to", "will", "may", "could", "might", "would", "can", "set", "likely", "unlikely",
     "expected", "poised", "seen", "further", "also"}
)  # fmt: skip
#: Verbs of what a measure does to an economy, read with an object of :data:`_ECONOMY_WORDS`.
_IMPACT_VERBS = R.forms(
    "hit|s", "hitting", "batter|s|ed|ing", "drive|s", "driving", "raise|s", "raising",
    "increase|s", "increasing", "boost|s|ed|ing", "lead|s", "leave|s", "leaving", "add|s|ing",
    "impact|s", "affect|s", "hurt|s|ing", "dent|s", "lift|s|ing", "weigh|s|ing", "pressure|s",
    "propel|s", "benefit|s", "harm|s", "damage|s", "squeeze|s", "impacting", "affecting",
)  # fmt: skip
#: Verbs whose bare present can tell the act itself ("tariffs hit steel imports", "ban raises
#: fears"): read as effects only after a modal or "to".
_BARE_ACTS = R.forms("hit|s", "raise|s", "increase|s", "boost|s", "lead|s", "drive|s")
#: A purpose told before the verb ("aims to boost"), or a clause describing the measure ("tariffs
#: that could impact exports"): not the measure's forecast effects.
_PURPOSE_WORDS = frozenset(
    {"aim", "aims", "aimed", "aiming", "seeks", "designed", "meant", "intended", "bid", "order",
     "that", "which"}
)  # fmt: skip
#: What an economy has that a measure's effects reach: prices, industries, markets, earnings
#: (not supply: what a measure could do to supply tells the measure, ``effect_modal``).
_ECONOMY_WORDS = frozenset(
    {"price", "prices", "industry", "industries", "sector", "sectors", "market", "markets",
     "revenue", "revenues", "earnings", "margins", "profits", "jobs", "growth", "uncertainty",
     "dumping", "economy", "economies", "exporters", "producers", "manufacturers", "makers",
     "shares", "stocks", "hard", "hike", "hikes", "inflation"}
)  # fmt: skip
#: Nouns that extend a measure's noun phrase ("tariff hike", "duty increase"), not verbs.
_NOUN_TAILS = frozenset({"hike", "hikes", "increase", "increases", "rise", "rises", "cut", "cuts"})
#: What a measure "threatens" or "risks" when its effects are foretold as a harm to people (a
#: measure threatening an industry is read as before: "tariff blow threatens Swiss refiners").
_THREAT_VERBS = R.forms("threaten|s|ed", "threatening", "risk|s", "spell|s")
_HARM_WORDS = frozenset(
    {"crisis", "crises", "livelihoods", "jobs", "losses", "layoffs", "closures", "collapse",
     "ruin", "disaster", "hardship", "bankruptcy", "bankruptcies", "poverty", "unemployment"}
)  # fmt: skip
#: "most affected by", "hardest hit by": a place or industry named for a measure's effects.
_WORST_WORDS = frozenset({"most", "hardest", "worst", "badly", "severely"})
_AFFECTED_WORDS = frozenset({"affected", "hit", "exposed", "impacted", "hurt"})
#: A stance on a measure, not an act: weighing, assessing, a mood.
_STANCE_WORDS = R.forms(
    "weigh|s|ing", "assess|es|ing", "evaluate|s", "evaluating", "study|ing", "studies",
    "gauge|s", "gauging", "downplay|s|ed|ing",
) | frozenset(
    {"stoic", "calm", "unfazed", "unmoved", "unperturbed", "concern", "concerned", "worried",
     "confident", "disappointed", "dismayed", "upbeat", "sanguine", "relaxed", "anxious"}
)  # fmt: skip
#: A count of countries, or a share of them, acting as one: "48 countries", "one in three".
_COUNTRY_WORDS = frozenset({"countries", "nations", "governments", "economies"})
_TREND_WORDS = frozenset(
    {"increasing", "growing", "spreading", "proliferating", "multiplying", "becoming", "trend"}
)
#: A mood about a measure, or a verdict on it, before it: no act of the one who feels it.
_MOOD_WORDS = frozenset(
    {"disappointed", "dismayed", "frustrated", "angered", "outraged", "applaud", "applauds",
     "applauded", "applauding", "blame", "blames", "blamed", "blaming"}
)  # fmt: skip
_REACTION_PAIRS = frozenset(
    {("calls", "out"), ("call", "out"), ("called", "out"), ("comments", "on"),
     ("comment", "on"), ("commented", "on"), ("hopes", "for"), ("hope", "for"),
     ("pledge", "support"), ("pledges", "support"), ("pledged", "support")}
)  # fmt: skip
#: Shares of an industry: they move on tariffs on its own goods, named or not.
_EQUITY_WORDS = frozenset(
    {"stocks", "stock", "shares", "equities", "etf", "etfs", "producers", "miners", "makers",
     "steelmakers", "companies", "firms", "index"}
)  # fmt: skip
#: Activities at home a measure can govern: a rule on them is no trade measure.
_DOMESTIC_WORDS = frozenset(
    {"trading", "speculative", "speculation", "buying", "invoice", "invoices", "output",
     "emissions", "environmental", "epa"}
)  # fmt: skip
_UNDER_SKIP = frozenset({"section", "232", "301", "import", "export", "the", "new", "trump's"})
_FARED_VERBS = R.forms(
    "thrive|s|d",
    "thriving",
    "prosper|s|ed|ing",
    "suffer|s|ed|ing",
    "struggle|s|d",
    "struggling",
    "flourish|es|ed|ing",
    "fare|s|d",
    "faring",
    "languish|es|ed|ing",
)
_GAIN_VERBS = frozenset({"benefit", "gain", "suffer", "lose", "profit", "win"})
_EFFECT_NOUNS = frozenset(
    {"shock", "shocks", "pain", "headwinds", "tailwinds", "windfall", "boon", "blow", "setback",
     "bonanza", "gains", "losses"}
)  # fmt: skip
#: A request of a measure (the rules' own "requests" reads a government's request as a plan).
_CALL_WORDS = R.forms("request|s|ed", "requesting", "petition|s|ed|ing")
_PRESS_VERBS = R.forms(
    "press|es|ed", "pressing", "push|es|ed", "pushing", "lobby", "lobbies", "lobbied", "lobbying"
)
_JOINERS = frozenset({"and", "&", ","})
#: The rules' verbs of acting on a measure or a flow: a title with one tells an act.
_ACT_VERBS = (
    R.IMPOSE_VERBS
    | frozenset(R.STOP_VERBS)
    | R.RELEASE_VERBS
    | R.GRANT_VERBS
    | R.RESTART_VERBS
    | R.REVOKE_VERBS
) - {"to"}
_COUNTER_VERBS = frozenset(
    {"retaliate", "reciprocate", "counter", "counteract", "respond", "answer", "match", "hit",
     "strike", "fight"}
)  # fmt: skip
#: A metal's market moving, beside the rules' market words: "gold closes above", "copper
#: advances", "copper market reels", "silver market faces strains".
_MOVE_WORDS = frozenset(
    {"closes", "advances", "advance", "reels", "wobbles", "strains", "slips", "weakens",
     "strengthens", "extends", "pares", "holds", "steadies"}
)  # fmt: skip
_PAUSE_WORDS = R.forms("pause|s|d", "pausing") | R.DEFER_VERBS
_PLAN_ADJECTIVES = frozenset({"proposed", "planned", "mooted", "potential", "possible", "likely"})
_TARGET_PREPS = frozenset({"from", "on", "against", "into", "to", "for"})
_MINE_WORDS = frozenset({"mine", "explore", "prospect", "drill", "operate"})


def stance_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the title names a measure for its effects on an economy, as another
    party's concern, as a trend across countries, or a licence to mine."""
    if economic_effect(t, best):
        return "speculation", "what a measure will do to prices or an industry: a forecast"
    if stance_on_another(t, best):
        return "company", "a country's stance on another's measure: a reaction, not a measure"
    if reaction_before(t, best):
        return "company", "a mood or a verdict on a measure (disappointed, applauds): a reaction"
    if fared_under(t, best) or colon_effect(t, best) or gains_from(t, best):
        return "speculation", "how others fared under a measure, or its effects: comment"
    if call_by_non_state(t, best):
        return "company", "a measure pressed for or requested by no government: a call"
    if domestic_activity(t, best):
        return "company", "a rule on trading, buying, output or quality at home: no trade flow"
    if topic_list(t, best):
        return "speculation", "a measure listed beside other topics, nothing done: a column"
    if vowed_counter(t, best):
        return "company", "a vow or preparation to answer another's measure: no measure yet"
    if market_on_other_goods(t, best):
        return "market", "a metal's price move after tariffs on no metal named: market news"
    if trend_of_measures(t, best):
        return "speculation", "measures counted across countries or told as a trend: a survey"
    if mining_right(t, best):
        return "company", "a licence to mine: a mining right, not a trade measure"
    return None


def _clause_end(t: Text, start: int) -> int:
    """The index of the first clause break at or after ``start`` (or the end)."""
    for k in range(start, len(t.toks)):
        if t.word(k) in (";", ":", "—", "–", "|", "(") or (
            t.word(k) == "-" and k + 1 < len(t.toks)
        ):
            return k
    return len(t.toks)


def economic_effect(t: Text, best: Finding) -> bool:
    """ "Proposed steel duty may drive prices higher", "tariffs to batter local steel industry",
    "levies add to market uncertainty", "tariffs unlikely to impact India": a measure named as a
    bare noun, then what it does to prices, an industry, a market or a place; and "Canada most
    affected by US tariffs". A measure imposed by a verb ("raises duty to boost local
    manufacturing") keeps its reading: the effect is its purpose."""
    if best.verb and not _adjectival(best):
        return False
    end = _clause_end(t, best.index + 1)
    for k in range(best.index):
        if t.word(k) in R.CLAUSE_BREAK:
            break
        if t.word(k) in _WORST_WORDS and t.word(k + 1) in _AFFECTED_WORDS and t.word(k + 2) == "by":
            return True
    for k in range(best.index + 1, end):
        word = t.word(k)
        if k == best.index + 1 and word in _NOUN_TAILS:
            continue  # "tariff hike threatens ...": the measure's noun phrase
        if word in _THREAT_VERBS and any(
            t.word(j) in _HARM_WORDS for j in range(k + 1, min(end, k + 6))
        ):
            return True  # "ban threatens thousands of livelihoods": a harm foretold
        if word not in _IMPACT_VERBS:
            if word in R.IMPOSE_VERBS - _EFFECT_LEADS or word in R.RELEASE_VERBS:
                return False  # "duties on steel imposed to protect ...": told by a verb
            continue
        leads = [t.word(j) for j in range(max(best.index + 1, k - 3), k)]
        if any(w in _PURPOSE_WORDS for w in leads):
            return False  # "proposal aims to boost the industry": its purpose, told
        if word in _BARE_ACTS and not any(w in _EFFECT_LEADS for w in leads):
            continue  # "tariffs hit steel imports": a bare present may tell the act
        for j in range(k + 1, min(end, k + 6)):
            if t.word(j) in _ECONOMY_WORDS or (
                t.place_at[j] is not None and not t.is_metal[j] and j == k + 1
            ):
                return True
    return False


def _adjectival(best: Finding) -> bool:
    """A finding whose only "verb" is a plan's participle before the noun ("Proposed steel
    duty"): the measure is still named as a bare noun."""
    return all(w.lower() in _PLAN_ADJECTIVES for w in best.words[:-1])


def stance_on_another(t: Text, best: Finding) -> bool:
    """ "India weighs Trump's steel tariffs", "Korea remains calm over US duties": the title's
    first place takes a stance (weighing, assessing, a mood) on a measure another place owns,
    named as a bare noun."""
    first = next((k for k in range(best.index) if t.place_at[k] is not None), None)
    if first is None:
        return False
    subject = t.places[t.place_at[first] or 0][0]
    owner = next(
        (
            k
            for k in range(first + 1, best.index)
            if (at := t.place_at[k]) is not None and t.places[at][0] != subject
        ),
        None,
    )
    if owner is None:
        return False
    between = range(first + 1, owner)
    if any(t.word(j) in R.CLAUSE_BREAK for j in between):
        return False
    if best.verb:
        # the verb must be the stance ("weighs Trump's tariffs") or the owner's ("over US
        # decision to impose tariffs"), not the subject's own act
        verb = best.words[0].lower().replace("’", "'")
        at = next((j for j in range(first + 1, best.index) if t.word(j) == verb), None)
        if at is None or (verb not in _STANCE_WORDS and at < owner):
            return False
    return any(t.word(j) in _STANCE_WORDS for j in between)


def reaction_before(t: Text, best: Finding) -> bool:
    """ "Producers disappointed by decision on safeguard", "groups applaud steel tariffs",
    "industry on edge with new tariffs", "hopes for zero tariff dashed", "blames rival for duty
    findings", "calls out unjustified tariffs": a mood or a verdict on a measure named as a bare
    noun in the same clause, before it."""
    if best.verb and not _adjectival(best):
        return False
    for k in range(best.index):
        word, after = t.word(k), t.word(k + 1)
        if word in R.CLAUSE_BREAK and word not in ("as", "after"):
            return False
        if word in _MOOD_WORDS or (word, after) in _REACTION_PAIRS:
            return not any(t.word(j) in R.CLAUSE_BREAK for j in range(k + 1, best.index))
        if word == "on" and after == "edge":
            return True
    return False


def fared_under(t: Text, best: Finding) -> bool:
    """ "Industries have thrived under Section 232 measures", "smelters struggle under export
    tax": how others fared under a measure in force, not news of it."""
    k = best.index - 1
    while k > 0 and (
        t.is_metal[k]
        or t.place_at[k] is not None
        or t.word(k) in _UNDER_SKIP
        or t.word(k) in R.GOODS_WORDS
        or t.word(k) in R.FLOW_WORDS
    ):
        k -= 1
    return t.word(k) == "under" and t.word(k - 1) in _FARED_VERBS


def gains_from(t: Text, best: Finding) -> bool:
    """ "Steel sector to benefit from growth after tax cut", "smelters set to gain as levy
    bites": what others are to gain or lose, with the measure as a bare noun in a later
    clause."""
    if best.verb and not _adjectival(best):
        return False
    for k in range(1, best.index):
        if t.word(k) in _GAIN_VERBS and t.word(k - 1) in _EFFECT_LEADS:
            # the measure in a later clause ("... after tax cut"), not what they gain from
            # ("likely to benefit from potential US tariffs" tells the tariffs)
            later = any(t.word(j) in ("after", "as", "amid") for j in range(k + 1, best.index))
            return later and all(t.place_at[j] is None for j in range(k))
    return False


def colon_effect(t: Text, best: Finding) -> bool:
    """ "Trump's reciprocal tariffs: no new shocks for Indian steel makers", "zinc levy: a boon
    for smelters": a measure named before a colon, then its effects on others."""
    if best.verb and not _adjectival(best):
        return False
    colon = next((k for k in range(best.index + 1, len(t.toks)) if t.word(k) == ":"), None)
    if colon is None or colon > best.index + 4:
        return False
    after = [t.word(j) for j in range(colon + 1, min(len(t.toks), colon + 5))]
    return any(w in _EFFECT_NOUNS for w in after) and "for" in after


def call_by_non_state(t: Text, best: Finding) -> bool:
    """ "Steelmaker to request new AD measures against imports", "JSL MD presses for 25% import
    duty", "ministry arm pushes for duty": a measure pressed for or requested in a clause whose
    subject is no place (a firm, a body, an official's arm), named as a bare noun."""
    if best.verb and best.words[0].lower() not in _CALL_WORDS:
        return False
    for k in range(best.index):
        word = t.word(k)
        if not (word in _CALL_WORDS or (word in _PRESS_VERBS and t.word(k + 1) == "for")):
            continue
        start = max((j + 1 for j in range(k) if t.word(j) in (",", ":", ";", "—")), default=0)
        return all(t.place_at[j] is None for j in range(start, k))
    return False


def domestic_activity(t: Text, best: Finding) -> bool:
    """ "Thailand weighs curbs on speculative gold trading", "Bolivia tightens gold buying rules",
    "tax push tightens invoice quotas", "quota reductions tighten nickel supply" whose cut is
    output: a measure on an activity at home (trading, buying, output, invoices, quality), in a
    title that names no flow across a border."""
    if any(w in R.FLOW_WORDS for w in t.lows):
        return False
    near = range(max(0, best.index - 2), min(len(t.toks), best.index + 5))
    return any(t.word(j) in _DOMESTIC_WORDS for j in near)


def topic_list(t: Text, best: Finding) -> bool:
    """ "Tariffs and copper", "Steel tariffs and US jobs revisited", "Trump tariffs, copper chaos,
    and the metals that still matter": a measure named as a bare noun, then joined to another
    topic that is no measure, in a title where nobody imposes, stops or releases anything."""
    if best.verb or t.word(best.index + 1) not in _JOINERS:
        return False
    nxt = [t.word(j) for j in range(best.index + 2, min(len(t.toks), best.index + 4))]
    if not nxt or any(measure_of(w) is not None or w in R.FLOW_WORDS for w in nxt):
        return False  # "tariffs and quotas on steel": two measures
    if any(w in R.NO_WORDS or w in R.EXEMPTION_NOUNS for w in nxt):
        return False  # "steel tariffs, no exceptions": the measure's terms
    return not any(w in _ACT_VERBS for w in t.lows)


def vowed_counter(t: Text, best: Finding) -> bool:
    """ "EC vows to reciprocate US steel tariffs", "EU prepares to counteract US tariffs": a vow
    or a preparation to answer a measure, before it; the subject's answer is not told (its own
    measure readied, "EU readies steel safeguard", is read as before)."""
    for k in range(best.index - 2):
        if t.word(k) in R.VOW_VERBS or t.word(k) in R.PREPARE_VERBS:
            if t.word(k + 1) == "to" and t.word(k + 2) in _COUNTER_VERBS:
                return True
    return False


def market_on_other_goods(t: Text, best: Finding) -> bool:
    """ "Copper hits one-week high after Trump pauses tariffs", "Copper slides as Beijing raises
    tariffs": a metal's price move, then a clause on tariffs that names no metal (tariffs on
    other goods, or on all of them): the move is the news. A clause that names its goods ("as
    Trump imposes tariffs on copper") is read as before."""
    if best.status != "tariff" and not (best.verb and best.words[0].lower() in _PAUSE_WORDS):
        return False
    market = R.MARKET_RE.search(t.text)
    if market is not None and market.end() <= t.toks[best.index].start:
        start = market.end()
    else:  # "Gold closes above $2,900 with ...", "Copper market reels from ...": a metal moves
        moved = next(
            (
                k
                for k in range(1, best.index)
                if t.word(k) in _MOVE_WORDS and any(t.is_metal[max(0, k - 3) : k])
            ),
            None,
        )
        if moved is None:
            return False
        start = t.toks[moved].end
    clause = next(
        (
            k
            for k, tk in enumerate(t.toks[: best.index])
            if tk.start >= start and (tk.low in R.MARKET_CLAUSE or tk.low in ("with", "from"))
        ),
        None,
    )
    if clause is None or any(w in _EQUITY_WORDS for w in t.lows[:clause]):
        return False  # "steel stocks surge as Trump reinstates tariffs": the industry's own
    return not any(t.is_metal[clause:]) and not any(
        w in R.GOODS_WORDS or w in R.FLOW_WORDS for w in t.lows[clause:]
    )


def trend_of_measures(t: Text, best: Finding) -> bool:
    """ "48 countries have restricted scrap exports", "one in every three countries limits
    exports", "export bans are becoming a global trend", "export restrictions are increasing":
    measures counted across countries or told as spreading, no one government named."""
    lows = t.lows
    if any(t.place_at[k] is not None for k in range(len(lows))):
        return False
    if any(w in _COUNTRY_WORDS for w in lows):
        k = next(i for i, w in enumerate(lows) if w in _COUNTRY_WORDS)
        before = lows[max(0, k - 4) : k]
        if any(w in _TARGET_PREPS for w in before):
            return False  # "duty on sheets from 3 nations": the countries are its target
        if any(w.isdigit() or w in ("many", "several", "more", "dozens", "every") for w in before):
            return True
    after = lows[best.index + 1 :]
    return any(w in _TREND_WORDS for w in after) and (
        "are" in after or "is" in after or "trend" in after
    )


def mining_right(t: Text, best: Finding) -> bool:
    """ "grants firm licence to mine rare earths": a licence or permit to mine or explore."""
    return any(
        w in R.PERMISSION_WORDS and t.word(k + 1) == "to" and t.word(k + 2) in _MINE_WORDS
        for k, w in enumerate(t.lows)
    )
