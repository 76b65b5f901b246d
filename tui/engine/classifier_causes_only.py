"""Titles whose measure is only a cause or a context: no event (session 24, issue #16).

1. **An actor's own act caused by a measure**: "Pentagon Seeks Supply of Chip-Mineral Gallium
   After China Curbs Exports", "Elon Musk retweets X user post over China's silver export
   controls", "Congo gold miner pauses because of dispute on taxes". The clause before the
   joining word ("after", "over", "before", "following", "amid", "because of", "ahead of":
   "Japanese buyers stockpile gallium ahead of Chinese export ban") tells what a firm, a
   person or an agency does (seeks supply, posts, stockpiles, signs deals, pauses);
   the measure stands only in the clause after it. A clause before the join that names a
   measure, a flow or a market move keeps its reading ("Nickel prices surge after Indonesia
   bans ore exports", "China halts rare earth exports to Japan after row", "India seeks to cap
   gold imports after ...").
2. **An unowned measure's effect**: a measure named with no country before it ("Aluminum
   Tariffs", "New Tariffs", "Trump's steel tariffs": a leader is no owner here, as the studied
   sets label these) as the subject of a verb of effect in the present ("drive", "spark",
   "trigger", "fracture", "ramp up", "hit"): an analysis of the measure's effect, no news of
   it. A country's own measure with its effect ("China's Antimony Export Ban Sends Prices Above
   $60,000", "New US copper tariff rattles markets") stays an event, unless the effect falls
   on the speaker ("US steel tariffs paid for our new plant, Nucor chief says": a view quoted).

Both are cheap: a word-set check on the title's lowered words comes first.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_fedreg import notice_step
from tui.engine.classifier_guides import investment_guide
from tui.engine.classifier_text import Reading, Text, flow_of, measure_of

#: Words joining an act to its cause ("seeks supply after ...", "retweets post over ...").
_JOINS = frozenset({"after", "over", "before", "following", "amid", "amidst", "because", "ahead"})
#: An actor's own acts, none a measure: seeking or securing supply, posting, stockpiling,
#: signing or building, and stopping its own work.
_OWN_ACTS = frozenset(
    {"seek", "seeks", "scramble", "scrambles", "stockpile", "stockpiles", "hoard", "hoards"}
    | {"retweet", "retweets", "tweet", "tweets", "hunt", "hunts", "race", "races", "rush"}
    | {"rushes", "sign", "signs", "hire", "hires", "build", "builds", "invest", "invests"}
    | {"secure", "secures", "shop", "shops", "tap", "taps", "look", "looks", "turn", "turns"}
    | {"pause", "pauses", "idle", "idles", "shut", "shuts", "lay", "lays"}
)
#: Own acts told with "up": "stock up on gold", "loads up on copper".
_UP_ACTS = frozenset({"stock", "stocks", "load", "loads", "buy", "buys"})
#: What a party seeks or signs about the measure itself ("seeks exemption over tariffs"): a
#: reaction to it, which the rules read as they would without this module.
_ABOUT_MEASURE = frozenset(
    {"exemption", "exemptions", "exclusion", "exclusions", "relief", "waiver", "waivers"}
    | {"talks", "consultation", "consultations", "review", "retaliation", "reprieve"}
    | {"countermeasures", "compensation", "clarity", "clarification", "dialogue"}
)
#: Own acts that are also a measure's verbs ("halts exports", "pauses tariffs"): read only
#: when no object follows in the clause and the word before is no place (a firm's subject).
_DUAL = frozenset({"pause", "pauses", "idle", "idles", "shut", "shuts"})
#: Verbs of a measure's effect, in the present, the past or after "are" ("Tariffs Drive
#: Premium Surge", "Tariffs enabled Nucor to build", "tariffs are saving the industry").
_EFFECT_FORMS = (  # each verb: its base, then its past and -ing forms (the -s form is added)
    ("drive", "drove", "driving"),
    ("spark", "sparked", "sparking"),
    ("trigger", "triggered", "triggering"),
    ("fracture", "fractured", "fracturing"),
    ("ramp", "ramped", "ramping"),
    ("fuel", "fuelled", "fueled", "fuelling", "fueling"),
    ("roil", "roiled", "roiling"),
    ("upend", "upended", "upending"),
    ("reshape", "reshaped", "reshaping"),
    ("disrupt", "disrupted", "disrupting"),
    ("squeeze", "squeezed", "squeezing"),
    ("hurt", "hurting"),
    ("hit", "hitting"),
    ("jolt", "jolted", "jolting"),
    ("shake", "shook", "shaking"),
    ("rock", "rocked", "rocking"),
    ("cloud", "clouded", "clouding"),
    ("dent", "dented", "denting"),
    ("highlight", "highlighted", "highlighting"),
    ("enable", "enabled", "enabling"),
    ("help", "helped", "helping"),
    ("save", "saved", "saving"),
    ("boost", "boosted", "boosting"),
    ("pay", "paid", "paying"),
    ("fund", "funded", "funding"),
    ("finance", "financed", "financing"),
)
#: A speaker's own words after the effect ("paid for our new plant"): a view quoted.
_FIRST_PERSON = frozenset({"our", "my", "us", "me", "we"})
_EFFECTS = frozenset(w for forms in _EFFECT_FORMS for w in (*forms, forms[0] + "s"))
#: Auxiliaries before a progressive or perfect effect ("are saving", "have hurt").
_AUX = frozenset({"are", "is", "have", "has"})
#: Nouns that may follow the measure before its verb ("Tariff Surprise Triggers ...").
_AFTER_MEASURE = frozenset({"surprise", "shock", "law", "laws", "regime", "blow", "wall"})
#: Leaders whose name the gazetteer reads as their country; no owner of a measure here.
_LEADERS = frozenset({"trump", "trump's", "biden", "biden's", "xi", "xi's", "putin", "putin's"})
_ALL = _JOINS | _OWN_ACTS | _UP_ACTS | _EFFECTS


def not_news(t: Text, title: str, reading: Reading) -> str | None:
    """Why the title reports no measure of its own (an investment guide, see
    :mod:`tui.engine.classifier_guides`; a notice naming a step of a trade-remedy case, see
    :mod:`tui.engine.classifier_fedreg`; a measure only as a cause or context, see the module
    docstring), else None."""
    if investment_guide(title):  # "Here's A List Of Metal ETFs That Could Be Affected"
        return "the title offers shares to trade on a measure: a guide, no measure"
    if (step := notice_step(title, t.lows)) is not None:  # "...: Initiation of ... Reviews"
        return step
    f = reading.finding
    if f is None or reading.vetoed is not None or _ALL.isdisjoint(t.lows):
        return None
    if (j := _own_act(t, f.index, f.measure_at)) is not None:
        return f"an actor's own act, the measure only its cause after {t.toks[j].text!r}"
    if not f.verb and (v := _effect(t, f.measure_at)) is not None:
        return f"an unowned measure's effect ({t.toks[v].text!r}): analysis, no news of it"
    return None


def _own_act(t: Text, index: int, measure: int) -> int | None:
    toks = t.toks
    for j, tk in enumerate(toks):
        if tk.low not in _JOINS or j < 2 or measure <= j:
            continue
        if tk.low in ("because", "ahead") and t.word(j + 1) != "of":
            continue
        head = toks[:j]
        if any(measure_of(h.low) or flow_of(h.low) in (R.EXPORT, R.IMPORT) for h in head):
            return None  # the measure or its flow stands before the join
        if R.MARKET_RE.search(t.text[: tk.start]) is not None:
            return None  # a market move's cause: the market framing reads it
        acts = [
            k
            for k, h in enumerate(head)
            if h.low in _OWN_ACTS or (h.low in _UP_ACTS and t.word(k + 1) == "up")
        ]
        if not acts or any(h.low in _ABOUT_MEASURE for h in head):
            return None
        k = acts[0]
        if index < j and (index != k or toks[k].low not in _DUAL):
            return None  # the rule's verb stands before the join and is no own act
        if toks[k].low in _DUAL and k > 0 and _is_place(t, k - 1):
            return None  # "China pauses after ...": a government's stop
        return j
    return None


def _effect(t: Text, measure: int) -> int | None:
    toks = t.toks
    v = measure + 1
    while v < len(toks) and toks[v].low in _AFTER_MEASURE:
        v += 1
    v += v < len(toks) and toks[v].low in _AUX
    if v >= len(toks) or toks[v].low not in _EFFECTS or v - measure > 3:
        return None
    if not t.word(v + 1)[:1].isalnum():
        return None  # no object: a noun ("Tariff hit: US raises duties ..."), a kicker
    if not _FIRST_PERSON.isdisjoint(t.word(k) for k in range(v + 1, v + 4)):
        return v  # "US steel tariffs paid for our new plant": a speaker's view, owned or not
    start = max((k + 1 for k in range(measure) if toks[k].low in (":", "—", "-", "|")), default=0)
    if any(toks[k].low in _JOINS for k in range(start, measure)):
        return None  # the measure stands in a clause after a join: the framing reads it
    begin, end = toks[start].start, toks[measure].start
    for _code, s, _e, word in t.places:
        if begin <= s < end and word.lower() not in _LEADERS:
            return None  # a country's own measure ("China's export ban sends prices ...")
    return v


def _is_place(t: Text, k: int) -> bool:
    tk = t.toks[k]
    return any(s < tk.end and tk.start < e for _c, s, e, _w in t.places)
