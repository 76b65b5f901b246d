"""A measure on the sidelines of other news, and words that only look like measures (session 21).

More kinds of news that name a measure without reporting one, run with
:func:`tui.engine.classifier_nonmeasures.nonmeasure_veto`, and two word checks the rules ask:

- **what a measure does to someone** ("US copper tariffs to push up wiring costs", "the ore
  ban puts miners' profits at risk", "New EU quotas to have little effect on ...", "Chile is
  the big loser from Washington's copper levies"): the measure, a noun, is the subject of an
  effect on costs, prices, profits or jobs, or what a loser or a winner lost or won by; the
  effect is the news (an act before its effect, "imposes tariffs, raising costs", is read by
  the rules);
- **a body's vote against a measure** ("trade commission votes against duties on ...", "panel
  votes down duties"): nothing is imposed (a vote to keep or put duties is read by the rules);
- **"safeguard" as a verb** ("pledges to safeguard steel jobs", "will safeguard European
  industry"): a promise to protect, not a safeguard measure (:func:`safeguard_verb`, asked by
  :func:`tui.engine.classifier_nouns.rule_noun`);
- **a retaliation on other goods** ("imposes tariffs on $20 billion of US goods in retaliation
  for steel duties"): the main clause names its own goods, the metals only the measure it
  answers (:func:`other_goods_named`, asked by
  :func:`tui.engine.classifier_context.context_metals`).
"""

from __future__ import annotations

import re

from tui.engine import classifier_rules as R
from tui.engine.classifier_firm_hit import firm_hit
from tui.engine.classifier_leader_views import leader_view
from tui.engine.classifier_measure_noun import measure_noun
from tui.engine.classifier_measure_phrase import phrase_end
from tui.engine.classifier_text import Finding, Text, Tok, acts_on_measure, base_word

#: Verbs of an effect, after the measure: "to push up costs", "puts ... at risk", "to cost".
_EFFECT_VERBS = R.forms(
    "drive|s",
    "push|es",
    "lift|s",
    "raise|s",
    "boost|s",
    "hurt|s",
    "dent|s",
    "squeeze|s",
    "weigh|s",
    "cost|s",
    "put|s",
    "threaten|s",
    "have",
    "has",
    "add|s",
    "erode|s",
    "crimp|s",
    "inflate|s",
    "spark|s",
    "risk|s",
    "trigger|s",
    "fuel|s",
    "cause|s",
)
#: What an effect falls on: "wiring costs", "prices", "profits", "jobs", "little effect".
_EFFECT_NOUNS = frozenset(
    {"cost", "costs", "price", "prices", "profit", "profits", "margin", "margins", "earnings",
     "job", "jobs", "demand", "inflation", "bill", "bills", "effect", "effects", "impact",
     "risk", "growth", "sales", "losses", "fears", "uncertainty", "billions", "millions",
     # a market's upheaval: "triggers implosion of copper trade", "fuels a glut"
     "implosion", "rout", "selloff", "sell-off", "glut", "gluts", "shortage", "shortages",
     "scramble", "chaos", "turmoil", "volatility"}
)  # fmt: skip
#: A plight a measure puts someone in: "puts refiners under pressure", "in jeopardy".
_PLIGHTS = frozenset({"predicament", "pressure", "jeopardy", "limbo", "doubt"})
#: A head noun between the measure and its effect: "tariff surprise triggers", "ban threat".
_EFFECT_HEADS = frozenset(
    {"surprise", "shock", "move", "hike", "hikes", "plan", "plans", "threat", "threats",
     "announcement", "announcements", "decision"}
)  # fmt: skip
#: What a measure inflicts, before "from" or "of" and the measure: "pain from tariffs".
_HARMS = frozenset(
    {"pain", "fallout", "toll", "damage", "harm", "blow", "hit", "sting", "cost", "costs"}
)
#: Who loses or gains by a measure: "the big loser from", "among the winners of".
_LOSERS = frozenset(
    {"loser", "losers", "winner", "winners", "victim", "victims", "casualty", "casualties",
     "beneficiary", "beneficiaries"}
)  # fmt: skip
#: A vote's verb: "votes against", "voted down".
_VOTES = frozenset({"vote", "votes", "voted", "voting"})
#: What "safeguard" protects when it is a verb: "safeguard its interests", "safeguard jobs".
_GUARDED = frozenset(
    {"its", "their", "our", "his", "her", "the", "national", "economic", "jobs", "interests",
     "workers", "industry", "industries", "livelihoods", "european", "american", "domestic",
     "local", "supply", "supplies", "security", "sovereignty", "competitiveness"}
)  # fmt: skip
#: Words before a verb: "to safeguard", "will safeguard", "must safeguard".
_BEFORE_VERB = frozenset({"to", "will", "would", "must", "can", "could", "should", "shall"})
#: Heads that keep "safeguard" a noun after "to": "to safeguard duties", "to safeguard measures".
_SAFEGUARD_HEADS = frozenset(
    {"measure", "measures", "action", "actions", "probe", "investigation", "mechanism",
     "clause", "review", "regime", "quota", "quotas", "duty", "duties", "tariff", "tariffs"}
)  # fmt: skip
#: The main clause's own goods, not a metal: "$20 billion of US goods", "American products".
_OTHER_GOODS = frozenset({"goods", "products", "items", "billion", "million", "bn", "worth"})


#: An effect told with no object: "as gallium curbs bite", "the ban backfires".
_BITES = frozenset(
    {
        "bite",
        "bites",
        "biting",
        "sting",
        "stings",
        "pinch",
        "pinches",
        "backfire",
        "backfires",
        "backfired",
    }
)
#: Verbs of protecting from something: "safeguard industry against", "shield miners from".
_PROTECTS = R.forms("safeguard|s|ed", "protect|s|ed", "shield|s|ed", "defend|s|ed", "insulate|s|d")


#: What ties the protection to the measure it guards against: "against", "from", "amid".
_LINKS = frozenset({"against", "from", "amid", "amidst", "despite", "after"})
#: A measure used, not guarded against: "with new tariffs", "by imposing duties".
_WITH = frozenset({"with", "by", "through", "via", "using"})


def states_group(t: Text, j: int) -> bool:
    """ "G7 group", "G-20 group": "group" after a club of states names no company."""
    return t.word(j) in ("group", "groups") and re.fullmatch(r"g-?\d+", t.word(j - 1)) is not None


#: Verbs of a government putting forward its own measure ("Trump suggests 50% tariff"); not
#: "seeks", which asks others ("EU seeks partnerships to counter ...").
_SUGGESTS = R.forms("suggest|s|ed", "propose|s|d", "float|s|ed")


def lobbies(t: Text, subject: list[Tok]) -> bool:
    """A verb of asking among ``subject`` (the title's words before its measure) whose asker is
    not a government (see :func:`proposes`)."""
    return any(
        tk.low in R.REQUEST_VERBS and not _government_asks(t, k) for k, tk in enumerate(subject)
    )


def proposes(t: Text, subject: list[Tok]) -> bool:
    """A government proposes its own measure among ``subject``: "Copper miners jump after Trump
    suggests 50% tariff on copper" (the miners only move; the title is the government's plan)."""
    return any(_government_asks(t, k) for k in range(len(subject)))


def company_view(t: Text, best: Finding, start: int) -> bool:
    """A company's word between ``start`` and the measure, a noun no verb acts on: a company's
    view of a measure or its own permit ("Nucor sees tariffs ..."), unless a government
    proposes it (:func:`proposes`)."""
    return (
        not best.verb
        and not proposes(t, t.toks[: best.index])
        and not firm_hit(t, best)  # "Norilsk Nickel hit by new export duty"
        and any(
            base_word(x.low) in R.COMPANY_WORDS - R.GENERIC_COMPANY_WORDS
            for x in t.toks[start : best.index]
        )
    )


def _government_asks(t: Text, k: int) -> bool:
    """The title's word ``k`` is a verb of suggesting right after a government's name, not a
    people's ("Indian mills suggest" is an industry)."""
    pi = t.place_at[k - 1] if k else None
    return pi is not None and t.word(k) in _SUGGESTS and not t.gaz.is_demonym(t.places[pi][3])


def sideline_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline names a measure on the sidelines of other news."""
    if _effect_of_measure(t, best) or _loser_from(t, best):
        return "speculation", "what a measure does to someone: its effect is the news"
    if _judged(t, best):
        return "speculation", "a measure judged: what someone says it is or means"
    if leader_view(t, best):
        return "speculation", "a leader's view of a measure in force: no new measure"
    if _shielded_from(t, best):
        return "speculation", "a promise to protect from another's measure: no measure"
    if _voted_against(t, best):
        return "speculation", "a body's vote against a measure: nothing imposed"
    return None


def _before_noun(best: Finding, within: int) -> range:
    """The places of the words before a measure named by its noun, nearest first, at most
    ``within`` of them; none for a measure read by its verb (the backward scans below)."""
    if best.verb:
        return range(0)
    k = best.measure_at
    return range(k - 1, max(-1, k - within - 1), -1)


def _effect_of_measure(t: Text, best: Finding) -> bool:
    """ "US copper tariffs to push up wiring costs", "the ban puts profits at risk", "quotas to
    have little effect on ...": the measure, a noun, then "to" or "will" and a verb of effect
    whose object, within six words, is a cost, a price, a job, a market's upheaval or an
    effect; or, in the present, a plight ("puts refiners under pressure", "at risk") or an
    effect had. A market moved in the present ("export curbs spark price rally", "ban raises
    fears over supply") is the measure told by its effect, as earlier kinds read it; a hedged
    effect ("may raise costs") is left to the rules (the first set labels one the plan)."""
    if best.verb:
        return False
    k = phrase_end(t, best.measure_at)  # "ban on exports to push ...": after the whole phrase
    ahead = False  # "to" or "will": an effect foretold
    for j in range(k + 1, min(k + 4, len(t.toks))):
        low = t.toks[j].low
        if low in ("to", "will"):
            ahead = True
            continue
        if j == k + 1 and low in _EFFECT_HEADS:
            continue  # "tariff surprise triggers ...", "duty hike to fuel ..."
        if low in _BITES:
            return True
        if low not in _EFFECT_VERBS:
            return False
        obj = [t.word(m) for m in range(j + 1, min(j + 7, len(t.toks)))]
        for m, w in enumerate(obj):
            if w in R.CLAUSE_BREAK or w in (",", "|"):
                return False
            if (w == "at" and m + 1 < len(obj) and obj[m + 1] == "risk") or w in _PLIGHTS:
                return True
            if w in _EFFECT_NOUNS:
                return ahead or (low in ("have", "has") and w in ("effect", "impact"))
        return False
    return False


#: Words between a measure and the judgment of it: "is largely", "are far", "would".
_JUDGE_FILLERS = frozenset(
    {"is", "are", "was", "were", "would", "will", "generally", "largely", "still", "far",
     "not", "'", "‘", "’", '"', "“", "”"}
)  # fmt: skip
#: What a measure is judged to be: "smaller than feared", "manageable", "beneficial".
_JUDGMENTS = frozenset(
    {"beneficial", "manageable", "harmful", "smaller", "bigger", "larger", "modest", "justified",
     "unjustified", "necessary", "unnecessary", "unfair", "counterproductive", "pointless",
     "overdue", "insufficient", "inadequate", "excessive", "tolerable", "bearable"}
)  # fmt: skip
#: What a measure "means" when the phrase is a judgment: "mean higher prices", "little change".
_MEANT = _EFFECT_NOUNS | {"more", "less", "little", "higher", "lower", "change", "nothing"}


def _judged(t: Text, best: Finding) -> bool:
    """ "Zambia's copper export duty smaller than miners feared", "US aluminium tariffs mean
    higher prices", "steel surtax is far more than a trade weapon": the measure, a noun, then
    (past a copula, an adverb or a quote) a judgment of it, "more" or "less than", or "mean" and
    within three words an effect (what a ban "means firms must build plants" states its terms,
    as the labelled sets read it), and no act on a measure after it ("says safeguard necessary,
    extends quotas")."""
    if best.verb:
        return False
    k = best.measure_at
    for j in range(k + 1, min(k + 6, len(t.toks))):
        low = t.toks[j].low
        if low in _JUDGE_FILLERS:
            continue
        if low in ("mean", "means"):
            judged = any(t.word(m) in _MEANT for m in range(j + 1, j + 4))
        else:
            judged = low in _JUDGMENTS or (low in ("more", "less") and t.word(j + 1) == "than")
        return judged and not any(_acts(w) for w in t.lows[j + 1 :])
    return False


def _acts(low: str) -> bool:
    """A verb that acts on a measure after the judgment: "says safeguard necessary, extends
    quotas" is the extension."""
    return acts_on_measure(low) or low in R.PROLONG_VERBS


def _loser_from(t: Text, best: Finding) -> bool:
    """ "Chile is the big loser from Washington's copper levies", "carmakers among the winners
    of US tariffs", "as pain from tariffs spreads": a loser or winner word, then "from", "of"
    or "by", or a harm, then "from" or "of", within six words before the measure, a noun, in
    its clause."""
    for j in _before_noun(best, 6):
        low = t.toks[j].low
        if low in R.CLAUSE_BREAK or low in (",", "|"):
            return False
        if low in ("from", "of", "by") and t.word(j - 1) in _LOSERS:
            return True
        if low in ("from", "of") and t.word(j - 1) in _HARMS:
            return True  # "as pain from tariffs spreads", "the toll of the export ban"
    return False


def _shielded_from(t: Text, best: Finding) -> bool:
    """ "will safeguard European industry against unfair US tariffs", "moves to shield miners
    from the export ban", "pledges to protect jobs amid US duties": a verb of protecting, then
    within four words "against", "from", "amid", "despite" or "after", then the measure, a
    noun, with no word of using it between ("to protect mills from dumping with new tariffs" is
    the tariffs)."""
    for j in _before_noun(best, 7):
        low = t.toks[j].low
        if low in (",", "|", ";", ":") or low in _WITH or low in R.IMPOSE_VERBS:
            return False
        if low in _LINKS:
            return any(t.word(m) in _PROTECTS for m in range(max(0, j - 4), j))
        if low in R.CLAUSE_BREAK:
            return False
    return False


def _voted_against(t: Text, best: Finding) -> bool:
    """ "trade panel votes against duties on ...", "votes down duties": a vote against the
    measure, a noun, within four words before it and in its clause."""
    for j in _before_noun(best, 5):
        low = t.toks[j].low
        if low in R.CLAUSE_BREAK or low in (",", "|"):
            return False
        if low in ("against", "down") and t.word(j - 1) in _VOTES:
            return True
    return False


def safeguard_verb(t: Text, i: int) -> bool:
    """ "pledges to safeguard steel jobs", "will safeguard European industry", "safeguards its
    interests": "safeguard" as a verb, before what it protects (no measure noun after it)."""
    low = t.toks[i].low
    if base_word(low) not in R.SAFEGUARD_WORDS and low not in ("safeguarding", "safeguarded"):
        return False
    nxt = t.word(i + 1)
    if i + 1 < len(t.toks) and (nxt in _SAFEGUARD_HEADS or measure_noun(t, i + 1) is not None):
        return False  # "to safeguard duties", "safeguard quotas": the measure's noun
    if low in ("safeguarding", "safeguarded"):
        return nxt in _GUARDED
    if t.word(i - 1) in _BEFORE_VERB:
        return True
    return low == "safeguards" and nxt in _GUARDED


def mood_about(t: Text, i: int) -> bool:
    """ "reduced concerns over tariffs", "easing worries about US import duties lifted demand":
    the measure at ``i`` is what a market's mood is about (a mood noun, then "over", "about",
    "of" or "on", within five words before it, in its clause), so a verb before the mood or a
    participle after the measure moves the mood, not the measure."""
    for j in range(i - 1, max(0, i - 6), -1):
        low = t.toks[j].low
        if low in R.CLAUSE_BREAK or low in (",", "|"):
            return False
        if low in ("over", "about", "of", "on") and t.word(j - 1) in R.EASED_MOODS:
            return True
    return False


def other_goods_named(t: Text, f: Finding, main: list[bool]) -> bool:
    """ "imposes tariffs on $20 billion of US goods in retaliation for ... steel duties": the
    main clause names, after its measure, goods of its own that are no metal (goods, products, a
    sum), so metals named only in a clause about another measure are not its goods."""
    k = f.measure_at
    return any(
        main[j] and t.toks[j].low in _OTHER_GOODS for j in range(k + 1, min(k + 9, len(t.toks)))
    )
