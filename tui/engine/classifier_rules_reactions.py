"""The classifier's word table: ledes and reactions to a measure (comments on one are in
``classifier_rules_comments``, the steps of a trade-remedy case in ``classifier_rules_cases``).

Data only; ``tui.engine.classifier_rules`` re-exports every part: the logic imports from there.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_rules_plans import PLAN_VERBS_PATTERN
from tui.engine.classifier_rules_words import BACK_OFF_VERBS, forms

# fmt: off
#: A lede saying the headline's "X to <act>" is decided: done, agreed, joined, or announced
#: by the government itself ("said on Monday it will impose", "has decided to impose").
#: A notification's operative words ("the Central Government ... hereby imposes"): the act is
#: done whatever its heading's form ("Seeks to impose ADD on ...").
HEREBY_RE = lazy(
    r"\bhereby\s+(?:imposes|notifies|prohibits|restricts|amends|revokes|rescinds)\b", re.I
)
#: A notification's heading in the "Seeks to impose" or "To impose" style, with no subject: the
#: notification's own act, not a plan (whoever "seeks" is not named); after the notification's
#: number, too ("Customs Notification No. 15/2025-Customs (ADD): Seeks to impose ...").
HEADING_ACT_RE = lazy(
    r"^\W*(?:(?:[\w.-]+\s+){0,3}?notification\b[^:]{0,60}:\s*)?(?:seeks\s+to|to)\s+(?:impose|rescind|revoke|amend|extend|continue|levy|withdraw|"
    r"exempt|notify)\b",
    re.I,
)
DECIDED_RE = lazy(
    r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:decided|reached|approved|imposed|unveiled|"
    r"signed|agreed|adopted|introduced|announced|published|issued|ordered|banned)\b|"
    r"\b(?:decided|(?:is|are)\s+joining|joins|joined)\b|"
    r"\bhereby\s+(?:imposes|notifies|prohibits|restricts|amends|revokes|rescinds)\b|"
    # the act reported under way: "the agency is imposing provisional duties"
    r"\b(?:is|are)\s+(?:now\s+)?(?:imposing|implementing|levying|applying|enforcing)\b|"
    # the decisive step reported done: "after unveiling its final list", "after publishing"
    r"\b(?:after|following)\s+(?:unveiling|publishing|announcing|adopting|approving|signing|"
    r"finali[sz]ing|issuing|gazetting)\b|"
    # "will extend ..., the Commerce Department said": a government body's own announcement
    r"\bwill\b[^.;]*?,\s+(?:the\s+|a\s+)?(?:[\w.’'-]+\s+){0,4}?(?:department|ministry|"
    r"government|commission|office|administration|agency|bureau|house|cabinet)\s+"
    r"(?:said|says|announced|confirmed)\b",
    re.IGNORECASE,
)
#: "said on Monday that X will", "announced the US will": who will act is group 1.
SAID_WILL_RE = lazy(
    r"\b(?:said|announced|says|announces)\b(?:\s+\w+){0,3}?\s+(?:that\s+)?"
    r"((?:[\w.’'-]+\s+){0,2}?)will\b",
    re.IGNORECASE,
)
#: A future act of a measure's verb ("will implement a ban", "will provide ... and prohibit");
#: the verb is group 1.
WILL_ACT_RE = lazy(
    r"\b(?:will|would)\s+(?:be\s+)?(?:[\w’'-]+\s+){0,8}?(" + PLAN_VERBS_PATTERN + r")(?:s|d|ed|ing)?\b",
    re.IGNORECASE,
)
#: Words before "to" and a country's goods the measure reaches ("apply to Swiss gold bars").
REACHED_BY = frozenset({"access", "apply", "applies", "applied", "extend", "extends", "extended"})
#: A future that keeps a measure in force ("will maintain its ban", "will keep a ban").
KEEP_WILL_RE = lazy(r"(?:will|would)\s+(?:maintain|keep|retain|continue|uphold)\b", re.IGNORECASE)
#: Verbs by which someone tells news ("said", "confirmed").
SAY_VERB_RE = lazy(
    r"\b(?:said|says|say|announced|announces|confirmed|confirms|told|stated)\b", re.IGNORECASE
)
#: Titles of a person who speaks for a country: a leader's word is a plan until decided.
PERSON_TITLES = frozenset(
    {"president", "minister", "pm", "premier", "chancellor", "secretary", "governor", "king",
     "emir", "sheikh", "sultan", "he", "she"}
)
#: Bodies whose statement is the government's own decision.
BODY_WORDS = frozenset(
    {"ministry", "department", "government", "governments", "commission", "office", "agency",
     "bureau", "cabinet", "administration", "council", "directorate", "house"}
)
#: Subjects of "will" that are the government itself ("said it will impose").
ACTING_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
#: Release verbs that, on a flow, let more of it through ("relaxes mineral exports").
RELAX_VERBS = forms("relax|es|ed|ing", "loosen|s|ed|ing", "ease|s|d", "easing")
#: A measure that causes a market move is still the news ("export controls trigger a surge").
CAUSE_VERBS = forms(
    "trigger|s|ed", "spark|s|ed", "send|s", "sent", "drive|s", "drove", "fuel|s|led|ed",
    "push|es|ed", "cause|s|d", "lift|s|ed",
)
#: Agreements: "US and Japan reach agreement on steel quota": the partner is the exporter.
AGREEMENT_WORDS = frozenset({"agreement", "agreements", "deal", "deals", "pact", "accord"})
#: "Tanzania set to allow exports": a government about to act (the verb after it is a measure's).
SET_TO_RE = lazy(r"\b(?:is\s+|are\s+|all\s+)?set\s+to\s+([a-z]+)", re.IGNORECASE, fold=True)
#: Nouns of permission: extending or granting them lets trade resume ("extends export permit").
PERMISSION_NOUNS = frozenset(
    {"permit", "permits", "licence", "licences", "license", "licenses", "approval", "approvals",
     "waiver", "waivers", "exemption", "exemptions"}
)
#: Nouns of a dispute: "its dispute with Canada over imported aluminum" names the other side.
DISPUTE_NOUNS = frozenset(
    {"dispute", "disputes", "row", "spat", "feud", "standoff", "stand-off", "fight", "battle",
     "war", "conflict", "quarrel", "tussle", "clash"}
)
#: Prepositions after which a place is where goods come from ("imports via Mexico").
FROM_PREPS = frozenset({"from", "ex", "via", "through"})
#: Company words that are not a company's name (a headline may open with them).
GENERIC_COMPANY_WORDS = frozenset(
    {"mining", "metals", "minerals", "mineral", "resources", "holdings", "corporation",
     "limited", "co", "group", "company", "companies", "firm", "firms", "unit", "miner",
     "miners", "producer", "producers", "workers", "union", "buyers", "sellers", "traders",
     "trader", "residents", "communities", "villagers", "state"}
)
#: Imposing verbs that, on a permission ("extends export permit", "restores export
#: licences"), let trade go on.
GRANT_LIKE_VERBS = forms(
    "extend|s|ed|ing", "renew|s|ed|ing", "prolong|s|ed|ing", "restore|s|d", "restoring",
    "reinstate|s|d", "reinstating",
)  # fmt: skip
#: "originating in China", "made in Vietnam": where the goods come from.
ORIGIN_WORDS = frozenset({"originating", "made", "produced", "manufactured", "mined", "melted",
                          "poured", "smelted", "cast"})
#: Words after which a metal tells what goods are used for, not what they are ("chromium ore,
#: used in stainless steel production").
USE_WORDS_RE = lazy(r"\bused\s+(?:in|for|to)\b|\bneeded\s+(?:in|for|to)\b", re.IGNORECASE)
#: Small words after a metal that do not make it a modifier ("bans nickel to US").
FUNCTION_WORDS = frozenset(
    {"to", "from", "for", "in", "into", "on", "over", "until", "till", "by", "and", "or", "amid",
     "after", "as", "with", "at", "via", "through", "of", "the", "a", "an", "again", "too",
     "also", "indefinitely", "temporarily"}
)
#: Forms of the goods themselves after a metal name ("copper cathode", "lithium carbonate").
GOODS_FORMS = frozenset(
    {"cathode", "cathodes", "concentrate", "concentrates", "carbonate", "hydroxide", "oxide",
     "oxides", "powder", "ingot", "ingots", "bar", "bars", "bullion", "coins", "wire", "rod",
     "sheet", "sheets", "plate", "plates", "foil", "alloy", "alloys", "scrap", "waste", "ore",
     "ores", "metal", "metals", "pig", "billets", "slab", "slabs", "coil", "coils", "pipe",
     "pipes", "tubes", "products", "derivatives", "articles", "magnets", "chemicals", "salts",
     "compounds", "semis", "spodumene", "matte", "mhp", "nugget", "nuggets", "jewellery",
     "jewelry", "dore", "doré", "items", "goods", "elements", "minerals", "mineral"}
)
#: Where a sentence's background begins (its rates belong to another measure).
BACKGROUND_CUT_RE = lazy(
    r"\s(?:after|following|amid|(?:in\s+)?response\s+to|in\s+retaliation\s+for)\s",
    re.IGNORECASE, fold=True,
)
#: Explainers, analysis and views ("Explainer: How ...", "Why ... matters"): about a
#: measure, not news of one.
EXPLAINER_RE = lazy(
    r"^\s*(?:(?:explainer|analysis|factbox|fact\s+box|q\s*&\s*a|faqs?|opinion|column|commentary|"
    r"view|views|comment|podcast|video|graphic|breakingviews|editorial|feature|features|"
    r"insight|in\s+depth|deep\s+dive|long\s+read|big\s+read)\s*[:|\-–—]|"
    r"(?:why|how|what)\s)",
    re.IGNORECASE,
)
#: A study of a topic ("Examining the tax provisions on ..."): about a measure even when the
#: lede states one (a "What ... means" piece may lead with fresh news, a study does not).
STUDY_RE = lazy(
    r"^\s*(?:examining|understanding|explaining|unpacking|decoding|a\s+look\s+at|"
    r"analy[sz]ing|assessing|gauging|evaluating|"
    r"a\s+guide\s+to|primer|(?:a\s+)?(?:brief\s+)?(?:timeline|history|chronology)\s+(?:of|for)|"
    r"everything\s+you\s+need)\b",
    re.IGNORECASE,
)
#: A wire's tag for an explainer, a factbox or a view ("FACTBOX-", "Analysis:"): a title with
#: it whose lede states a measure has that measure as its topic, it reports none.
EXPLAINER_TAG_RE = lazy(
    r"^\s*(?:explainer|analysis|factbox|fact\s+box|q\s*&\s*a|opinion|column|commentary|"
    r"breakingviews|editorial|insight|in\s+depth|deep\s+dive|long\s+read|big\s+read)\s*[:|\-–—]",
    re.IGNORECASE,
)
#: "US tariffs on steel: Why Canada retaliated": a kicker naming a measure, then a question
#: (an explainer when the kicker has no verb; "China tightens curbs: why it matters" is news).
KICKER_WHY_RE = lazy(r"^[^:|]{3,80}[:|]\s*(?:why|how)\s",
    re.IGNORECASE,
)
#: Verbs that drop a plan ("drops proposed ban"); with a planned measure: no event.
DROP_VERBS = forms(
    "drop|s|ped|ping", "scrap|s|ped|ping", "abandon|s|ed|ing", "withdraw|s|n|ing", "withdrew",
    "give up", "gives up", "gave up", "giving up", "given up",
    "ditch|es|ed|ing", "kill|s|ed|ing", "axe|s|d", "cancel|s|led|ling", "backtrack|s|ed|ing",
) | BACK_OFF_VERBS
#: Adjectives of a measure not yet in force.
PLAN_ADJECTIVES = frozenset(
    {"proposed", "planned", "draft", "mooted", "potential", "possible", "contemplated",
     "threatened", "prospective", "pending"}
)
#: Verbs that prolong a measure already in force.
PROLONG_VERBS = forms(
    "extend|s|ed|ing", "prolong|s|ed|ing", "renew|s|ed|ing", "keep|s", "kept", "keeping",
    "maintain|s|ed|ing", "retain|s|ed|ing", "reaffirm|s|ed|ing", "uphold|s|ing", "upheld",
)

# --- reactions to a measure (tui/engine/classifier_reactions.py) -----------------------------

#: Verbs of criticism: the subject speaks against another's measure ("slams duties").
CRITICISM_VERBS = forms(
    "slam|s|med|ming", "criticise|s|d", "criticising", "criticize|s|d", "criticizing",
    "condemn|s|ed|ing", "decry", "decries", "decried", "decrying", "blast|s|ed|ing",
    "denounce|s|d", "denouncing", "rebuke|s|d", "rebuking", "lambast|s|ed|ing",
    "berate|s|d", "berating", "deplore|s|d", "deploring",
    # an objection to a measure or to how it is run ("objects to ... exclusion process")
    "object|s|ed|ing", "protest|s|ed|ing",
)
#: "hits out at", "lashes out at", "rails against": two-word criticism.
CRITICISM_PAIRS = frozenset(
    {("hit", "out"), ("hits", "out"), ("hitting", "out"), ("lash", "out"), ("lashes", "out"),
     ("lashed", "out"), ("lashing", "out"), ("rails", "against"), ("railed", "against")}
)
#: A response or reaction named as a noun ("vows response to", "TRA response to").
RESPONSE_NOUNS = frozenset({"response", "responses", "reaction", "reactions"})
#: Verbs that promise an unnamed response: a vow, no measure.
VOW_VERBS = forms("vow|s|ed|ing", "pledge|s|d", "pledging", "promise|s|d", "promising")
#: Lawmakers: their threats and pushes are calls, not a government's measure.
LEGISLATORS = frozenset(
    {"lawmaker", "lawmakers", "legislator", "legislators", "senator", "senators",
     "congressman", "congressmen", "congresswoman", "congresswomen", "mps", "parliamentarians",
     "representatives"}
)
#: What lawmakers do that decides nothing: threats and pushes of their own (an appeal to an
#: agency, "Senators call on Commerce to double duties", reads as a plan: proposed).
CALL_VERBS = forms(
    "threaten|s|ed|ing", "push|es|ed|ing", "press|es|ed|ing", "demand|s|ed|ing",
    "want|s|ed", "seek|s|ing", "sought", "warn|s|ed|ing", "eye|s|d", "eyeing",
    "float|s|ed|ing",
)
#: A pause named as such: on an industry's growth unless a flow is named ("Steel Industry
#: Moratorium"; "moratorium on ore exports" is a ban).
MORATORIUM_WORDS = frozenset({"moratorium", "moratoriums", "moratoria"})
#: A monitoring system named as a measure: news of one only when brought in (a verb) or new.
MONITORING_NOUNS = frozenset({"import-monitoring", "export-monitoring"})
NEW_WORDS = frozenset({"new", "revised", "amended"})
#: A court's decision named as a noun ("Notice of Court Decision Not in Harmony ...").
COURT_WORDS = frozenset({"court", "court's", "tribunal's"})
COURT_DECISIONS = frozenset(
    {"decision", "decisions", "ruling", "rulings", "judgment", "judgement", "judgments", "remand"}
)
#: A list of questions about a measure answered ("Ten Common Questions About the New Tariffs",
#: "FAQs on the duty"); a spokesperson answering journalists' questions may state one.
QUESTIONS_RE = lazy(
    r"\b(?:frequently\s+asked\s+questions|faqs?|q\s*&\s*as?|(?:common|key|\d+)\s+questions)"
    r"\s+(?:about|on|regarding|over)\b",
    re.IGNORECASE, fold=True,
)
#: Nouns of a measure's effects: "the impact of duties", "the hidden cost of copper tariffs".
EFFECT_NOUNS = frozenset(
    {"impact", "impacts", "effect", "effects", "cost", "costs", "consequences", "fallout",
     "toll", "implications"}
)
#: A condition: a measure in it is hypothetical ("if the levy is not removed").
CONDITION_WORDS = frozenset({"if", "unless"})
#: Verbs weighing a change: "considers ending duties" whose lede says "sunset review".
WEIGH_VERBS = forms("consider|s|ed|ing", "weigh|s|ed|ing", "mull|s|ed|ing")
#: Verbs of getting a response ready: "to ready response plan for US tariffs" is no measure.
PREPARE_VERBS = forms(
    "prepare|s|d", "preparing", "ready", "readies", "readied", "readying", "draft|s|ed|ing",
    "draw", "draws", "drew", "drawing", "craft|s|ed|ing", "devise|s|d", "devising",
)
#: What follows a response noun when a response is planned ("response plan for", "response
#: measures to").
RESPONSE_TAILS = frozenset({"to", "plan", "plans", "strategy", "package"})
#: Verbs of a reaction to a measure or a deal: welcoming, praising, estimating its effects.
REACTION_VERBS = forms(
    "welcome|s|d", "welcoming", "hail|s|ed|ing", "praise|s|d", "praising", "applaud|s|ed|ing",
    "cheer|s|ed|ing", "estimate|s|d", "estimating",
)
#: Nouns of an appeal to a government ("steelmakers' SOS to govt", "smelters' plea to"): a call.
PLEA_NOUNS = frozenset({"plea", "pleas", "sos"})
#: Exports allowed to holders of a waiver or permit ("for miners with waivers"): licensing.
PERMIT_HOLDERS_RE = lazy(
    r"[^.;:]*?\b(?:for|to)\s+(?:[\w'’-]+\s+){0,3}?(?:with|holding|that\s+hold|who\s+hold)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:waivers?|permits?|licen[cs]es?|approvals?|quotas?)\b",
    re.I,
)
#: A flow's level reported beside it ("..., Germanium Remains at Low Levels"): trade data.
FLOW_LEVEL_RE = lazy(
    r"\b(?:remains?|remained|stays?|stayed|holds?|hovers?)\s+(?:at\s+|near\s+)?"
    r"(?:low|high|weak|subdued|elevated|record|multi-year|\d+-year)\b",
    re.I,
)
#: Verbs backing another's demand ("ministry backs industry's demand for a duty waiver"): the
#: demand stays a call ("accepts the demand" grants it).
BACKING_VERBS = forms("back|s|ed|ing", "support|s|ed|ing", "endorse|s|d", "endorsing")
#: Nouns of a demand for a measure ("demand for", "call for", "request for").
DEMAND_NOUNS = frozenset(
    {"demand", "demands", "call", "calls", "request", "requests", "plea", "pleas", "bid"}
)
#: Words of a court case against a measure ("legal challenges", "Derivatives Challenge
#: Succeeds", "lawsuit"), an appeal of it or a claim for its money back ("sue for refunds of
#: ... duties", "appeals anti-dumping duties"): the case, not the measure.
CHALLENGE_NOUNS = frozenset(
    {"challenge", "challenges", "lawsuit", "lawsuits", "litigation", "suit", "suits", "appeal",
     "appeals", "appealed", "refund", "refunds", "damages", "sue", "sues", "sued", "suing"}
)  # fmt: skip
#: Nouns of a counter-measure named as a topic ("Retaliation to U.S. Tariffs"): with no actor
#: before it, an explainer of answers to the measure.
RETALIATION_NOUNS = frozenset({"retaliation", "retaliations", "countermeasures"})
#: Verbs of a measure worrying a party ("X's curbs concern exporters", "ban alarms smelters").
WORRY_VERBS = forms(
    "alarm|s|ed", "worry", "worries", "worried", "concern|s|ed", "irk|s|ed", "anger|s|ed",
    "unsettle|s|d", "dismay|s|ed",
)
#: Nouns of asking: "steel derivative inclusion requests" are petitions for a measure.
REQUEST_NOUNS = frozenset({"request", "requests", "petition", "petitions"})
PROCEDURE_PREPS = frozenset({"of", "on", "for", "into", "concerning", "regarding"})
#: A flow restarting through a crossing, a port or a route is logistics ("exports via ...").
ROUTE_WORDS = frozenset({"through", "via"})
#: Verbs by which a government orders firms to act ("ordered traders to halt imports").
ORDER_VERBS = forms("order|s|ed", "tell|s", "told", "instruct|s|ed", "direct|s|ed")
#: A title that names a measure and then its effects ("Copper Tariffs and Their Potential
#: Impact"): an explainer of the measure, not news of one.
IMPACT_TAIL_RE = lazy(
    r"\band\s+(?:their|its|the)\s+(?:potential\s+|possible\s+|likely\s+|economic\s+)?"
    r"(?:impacts?|effects?|implications|consequences|future|outlook|prospects)\s*[.?!]?\s*$",
    re.IGNORECASE,
)

# --- notices about a measure (tui/engine/classifier_notices.py, session 11) -----------------

#: A title that is an analysis of a measure's impact or effects ("Analysis of the impact of
#: ...", "The effects of ... export rules on ..."): comment, whatever measure it names.
ANALYSIS_TITLE_RE = lazy(
    r"^\s*(?:an?\s+|the\s+)?(?:(?:analysis|study|assessment)\s+of\s+(?:the\s+)?)?"
    r"(?:analysis|impacts?|effects?|implications|consequences)\s+of\b",
    re.IGNORECASE,
)
#: A clarification of a measure's scope ("clarification on applicability of", "clarifies the
#: scope of"): the measure is in force already, its reach explained.
CLARIFICATION_RE = lazy(
    r"\bclarification\s+(?:on|of|regarding|about)\b|"
    r"\bclarif(?:y|ies|ied|ying)\s+(?:the\s+)?(?:applicability|scope|coverage|application)\b",
    re.IGNORECASE,
)
#: A review named as the title's topic ("Review of customs duty on ...", "Sunset review of
#: ..."): a step of a case, not its outcome.
REVIEW_TITLE_RE = lazy(
    r"^\s*(?:(?:sunset|expiry|interim|mid-term|annual)\s+)?review\s+of\b", re.IGNORECASE
)
#: A call for comments on a proposed change ("... – Comments Invited", "comment deadline", "seeks
#: comments on ...").
COMMENTS_RE = lazy(
    r"\b(?:comments?|submissions|representations)\s+(?:invited|due|sought|requested|wanted|"
    r"deadline|period)\b|\bcall\s+for\s+comments\b"
    # in the active: "DGFT seeks comments on moving gold imports to 'restricted' category"
    r"|\b(?:seek|seeks|sought|invite|invites|invited|solicit|solicits|solicited)\s+"
    r"(?:public\s+|stakeholder\s+|industry\s+)?(?:comments?|submissions|feedback|views)\s+"
    r"(?:on|about|over)\b",
    re.IGNORECASE,
)
#: A debate on a measure ("China divided on steel export tax rebate", "split over").
DEBATE_RE = lazy(r"\b(?:divided|split|torn)\s+(?:on|over)\b", re.IGNORECASE)
