"""Commentary around a measure that reads like one (session 16, beside
:mod:`tui.engine.classifier_stances`, which calls :func:`commentary_veto`).

How others fared under a measure, or gain with it (:func:`fared_under`, :func:`gains_from`,
:func:`colon_effect`); a measure requested or pressed for by no government
(:func:`call_by_non_state`); a rule on an activity at home (:func:`domestic_activity`); a
measure listed beside other topics (:func:`topic_list`); a vow to answer another's measure
(:func:`vowed_counter`); a metal's price move on tariffs that name no metal
(:func:`market_on_other_goods`).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_reason_clause import reason_follows
from tui.engine.classifier_text import Finding, Text, measure_of

#: What comes between a measure and the verb of its effects: a modal, "to", "set to" ...
EFFECT_LEADS = frozenset(
    {"to", "will", "may", "could", "might", "would", "can", "set", "likely", "unlikely",
     "expected", "poised", "seen", "further", "also"}
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
_COUNTER_VERBS = frozenset(
    {"retaliate", "reciprocate", "counter", "counteract", "respond", "answer", "match", "hit",
     "strike", "fight"}
)  # fmt: skip
#: A metal's market moving, beside the rules' market words: "gold closes above", "copper
#: advances", "copper market reels", "silver market faces strains".
_MOVE_WORDS = frozenset(
    {"closes", "advances", "advance", "reels", "wobbles", "strains", "slips", "weakens",
     "strengthens", "extends", "pares", "holds", "steadies",
     # a metal's state told ahead ("Gold, copper set to remain elevated amid ... tariff plans")
     "remain", "remains", "stay", "stays"}
)  # fmt: skip
_PAUSE_WORDS = R.forms("pause|s|d", "pausing") | R.DEFER_VERBS
#: A decision's verb closing a title's last clause: who decided the measure before it.
_RULED_WORDS = R.SAY_WORDS | frozenset(
    {"rules", "ruled", "decides", "decided", "confirms", "confirmed", "announces", "announced"}
)
_PLAN_ADJECTIVES = frozenset({"proposed", "planned", "mooted", "potential", "possible", "likely"})


def commentary_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the title is commentary around a measure rather than news of one."""
    lacks = _COMMENTARY_CUES.intersection(t.lows).isdisjoint  # a gated check's words
    if (
        (not lacks(_FARED_VERBS) and fared_under(t, best))
        or (not lacks(_EFFECT_NOUNS) and colon_effect(t, best))
        or (not lacks(_GAIN_VERBS) and gains_from(t, best))
    ):
        return "speculation", "how others fared under a measure, or its effects: comment"
    if not lacks(_CALLS) and call_by_non_state(t, best):
        return "company", "a measure pressed for or requested by no government: a call"
    if not lacks(_RELIEF_NOUNS) and relief_sought(t, best):
        return "speculation", "relief from a measure sought or asked for: nothing granted"
    if not lacks(_CUT_ASKS) and cut_sought(t, best):
        return "company", "a cut or removal of a measure sought or called for: nothing done"
    if not lacks(_DOMESTIC_WORDS) and domestic_activity(t, best):
        return "company", "a rule on trading, buying, output or quality at home: no trade flow"
    if topic_list(t, best):
        return "speculation", "a measure listed beside other topics, nothing done: a column"
    if not lacks(_COUNTER_VERBS) and vowed_counter(t, best):
        return "company", "a vow or preparation to answer another's measure: no measure yet"
    if market_on_other_goods(t, best):
        return "market", "a metal's price move after tariffs on no metal named: market news"
    return None


def adjectival(best: Finding) -> bool:
    """A finding whose only "verb" is a plan's participle before the noun ("Proposed steel
    duty"): the measure is still named as a bare noun."""
    return all(w.lower() in _PLAN_ADJECTIVES for w in best.words[:-1])


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
    if best.verb and not adjectival(best):
        return False
    for k in range(1, best.index):
        if t.word(k) in _GAIN_VERBS and t.word(k - 1) in EFFECT_LEADS:
            # the measure in a later clause ("... after tax cut"), not what they gain from
            # ("likely to benefit from potential US tariffs" tells the tariffs)
            later = any(t.word(j) in ("after", "as", "amid") for j in range(k + 1, best.index))
            return later and all(t.place_at[j] is None for j in range(k))
    return False


def colon_effect(t: Text, best: Finding) -> bool:
    """ "Trump's reciprocal tariffs: no new shocks for Indian steel makers", "zinc levy: a boon
    for smelters": a measure named before a colon, then its effects on others."""
    if best.verb and not adjectival(best):
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


#: Relief asked of whoever owns a measure ("seeks relief from", "asks for an exemption").
_RELIEF_NOUNS = frozenset(
    {"relief", "exemption", "exemptions", "exclusion", "exclusions", "waiver", "waivers",
     "reprieve", "carve-out", "carve-outs"}
)  # fmt: skip
_ASK_VERBS = R.forms("seek|s|ing", "sought", "ask|s|ed|ing", "want|s|ed", "request|s|ed|ing")


def relief_sought(t: Text, best: Finding) -> bool:
    """ "Japan and Australia seek relief from US steel tariffs", "Brazil asks for an exemption
    from aluminium duties", "Chile pushes for a copper tariff exemption": relief or an exemption
    from a measure named as a noun and only sought, by a government or anyone else. The real
    sets label it no event (nothing is granted, nor planned by whoever would grant it); a cut
    sought is read by :func:`call_by_non_state` and the rules' calls."""
    if best.rule != "release-noun" or t.word(best.index) not in _RELIEF_NOUNS:
        return False
    for k in range(best.index - 1, max(-1, best.index - 6), -1):
        word = t.word(k)
        if word in R.CLAUSE_BREAK or word in (",", "wins", "won", "gets", "granted", "grants"):
            return False
        if word in _ASK_VERBS or (word in _PRESS_VERBS and t.word(k + 1) == "for"):
            return True
    return False


#: Asking for a cut: the verbs of :data:`_ASK_VERBS` and of a demand or a plea.
_CUT_ASKS = _ASK_VERBS | R.forms(
    "demand|s|ed|ing",
    "plead|s|ed|ing",
    "urge|s|d",
    "urging",
    "call|s|ed|ing",
    "lobby",
    "lobbies",
    "lobbied",
    "lobbying",
    "petition|s|ed|ing",
    "appeal|s|ed|ing",
)
#: Granted, not only sought: the cut is news ("wins duty cut", "gets relief").
_GOT_WORDS = frozenset({"wins", "won", "win", "gets", "got", "granted", "grants", "secures"})


def cut_sought(t: Text, best: Finding) -> bool:
    """ "Jewellers seek cut in gold import duty to 4%", "traders plead for lower gold tax",
    "industry urges duty cut on coking coal", "smelters seek to scrap ore export levy": a
    cut, a removal or a lower rate of a measure (a release, ``resuming``) only sought or
    called for. Every real set labels such a call no event, by an industry or a government
    asking another for relief (the cut may follow its measure: "say import duty hurting
    margins, seek cut"); a verb after "seek to" ("India seeks to cut gold duty") is a
    call only when no place or government is the subject (else the government's own plan)."""
    if best.status != "resuming" or best.rule not in ("release-noun", "noun", "release"):
        return False
    # the release told after its measure ("duty hurting margins, seek cut") is asked for there
    last = best.words[-1].lower() if best.words else ""
    at = next((j for j in range(len(t.lows) - 1, best.index, -1) if t.lows[j] == last), None)
    starts = (best.index,) if at is None or measure_of(last) is not None else (best.index, at)
    return any(_asked_before(t, s) for s in starts)


def _asked_before(t: Text, at: int) -> bool:
    """A verb asking for a cut within six words before ``at``, in its clause."""
    for k in range(at - 1, max(-1, at - 7), -1):
        word = t.word(k)
        if word in R.CLAUSE_BREAK or word in _GOT_WORDS or word == ",":
            return False
        if word not in _CUT_ASKS:
            continue
        if t.word(k + 1) != "to":
            return True  # a cut asked for by name: nothing is granted
        start = max((j + 1 for j in range(k) if t.word(j) in (",", ":", ";", "—")), default=0)
        return start < k and all(  # "seeks to rescind the duty" with no subject: a notice's aim
            t.place_at[j] is None and t.word(j) not in R.GOVERNMENT_WORDS for j in range(start, k)
        )
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
    if reason_follows(t, best.index + 2):
        return False  # "... with anti-subsidy duties, citing Chinese finance": its reason
    if not nxt or any(measure_of(w) is not None or w in R.FLOW_WORDS for w in nxt):
        return False  # "tariffs and quotas on steel": two measures
    if any(w in R.NO_WORDS or w in R.EXEMPTION_NOUNS for w in nxt):
        return False  # "steel tariffs, no exceptions": the measure's terms
    if any(w in R.SAY_WORDS for w in nxt):
        return False  # "... face new tax, officials say": who told it, no other topic
    tail = t.lows[best.index + 2 :]
    if 1 < len(tail) <= 6 and tail[-1] in _RULED_WORDS:
        return False  # "... to pay 40% duty, Pakistan's tariff body rules": who decided it
    return not any(w in R.ACT_VERBS for w in t.lows)


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


#: The words without which a check of ``commentary_veto`` gives no veto (see
#: :mod:`tui.engine.classifier_veto_cues`): asked only when one of them is a token.
_CALLS = _CALL_WORDS | _PRESS_VERBS  # call_by_non_state
_COMMENTARY_CUES = frozenset().union(
    _FARED_VERBS, _EFFECT_NOUNS, _GAIN_VERBS, _CALLS, _RELIEF_NOUNS, _CUT_ASKS, _DOMESTIC_WORDS,
    _COUNTER_VERBS,
)  # fmt: skip
