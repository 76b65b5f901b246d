"""The classifier's word table: clauses, voice and vetoes, and how the rules rank (the
trade-remedy case words are in ``classifier_rules_cases``, a lede's plans and dates in
``classifier_rules_plans``).

Data only; ``tui.engine.classifier_rules`` re-exports every part: the logic imports from there.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_rules_patterns import RECEIVE_VERBS
from tui.engine.classifier_rules_words import (
    CUT_NOUNS,
    EXPIRE_VERBS,
    EXPORT,
    FLOW_WORDS,
    GRANT_VERBS,
    IMPORT,
    MEASURE_NOUNS,
    OPEN_WORDS,
    RELEASE_NOUNS,
    RELEASE_VERBS,
    REPLACE_VERBS,
    RESTART_VERBS,
    SPARED_FROM,
    STOP_VERBS,
    forms,
)

# fmt: off
#: Words that deny a release ("no exemption from tariffs"): the measure applies.
NO_WORDS = frozenset({"no", "without"})
#: Pressure a country puts on another through a measure ("EU heat on steel quotas").
PRESSURE_NOUNS = frozenset({"heat", "squeeze", "pressure", "scrutiny", "crackdown"})
#: Verbs by which a country faces a measure ("Korea faces duties"): the measure falls on it.
FACE_VERBS = forms("face|s|d", "facing", "suffer|s|ed", "endure|s|d")
#: Every word some rule reacts to: a text with none of them is skipped at once.
TRIGGER_WORDS: frozenset[str] = frozenset(
    set(FLOW_WORDS)
    | set(MEASURE_NOUNS)
    | set(STOP_VERBS)
    | RELEASE_VERBS
    | RESTART_VERBS
    | GRANT_VERBS
    | REPLACE_VERBS
    | EXPIRE_VERBS
    | RELEASE_NOUNS
    | CUT_NOUNS
    | OPEN_WORDS
    | {"232", "adjusting", "adjust", "adjusts", "adjusted", "proclamation", "proclamations", "left"}
    | SPARED_FROM
    | {w.split()[0] for w in set(STOP_VERBS) | RELEASE_VERBS if " " in w}
    | {"dumping", "state", "approved", "whitelist", "whitelists", "cash"}
    # sanctions: "OFAC designations" lead to a lede that names them; "targets X's gold sector"
    | {"designation", "designations", "target", "targets", "targeted", "targeting"}
    | RECEIVE_VERBS
)

# --- clauses, voice and vetoes --------------------------------------------------------------

#: "in response to US tariffs", "in exchange for ...": a background clause.
RESPONSE_WORDS = frozenset(
    {"response", "retaliation", "reprisal", "reply", "answer", "exchange", "return"}
)
#: Participles that do not end in -ed / -en ("ban lifted" is covered by the ending).
PARTICIPLES = frozenset({"withdrawn", "cut", "shut", "struck down", "rolled back", "frozen"})
#: Words after a participle that show it is passive ("suspended until 2026", "barred from").
PASSIVE_NEXT = frozenset(
    {"from", "until", "till", "for", "by", "in", "on", "at", "under", "over", "as", "after",
     "amid", "since", "through", "pending", "following", "again", "indefinitely",
     "temporarily", ",", ";", ":", "—", "–", "|"}
)
#: Words that date a participle's effect right after it ("banned effective Monday", "halted
#: with immediate effect", "with effect from"): the participle is passive, no object follows.
EFFECT_LEADS = frozenset({"effective"})
EFFECT_AFTER_WITH = frozenset({"immediate", "effect", "retroactive", "retrospective"})
#: Participles after which "from X" names the market the goods are kept out of.
EXCLUDED_FROM = frozenset(
    {"barred", "banned", "blocked", "excluded", "prohibited", "shut", "locked", "outlawed"}
)
#: Nouns that are also release verbs; a noun after a metal ("aluminium scrap").
NOUN_VERBS = frozenset({"scrap", "scraps", "bar", "bars"})
#: A headline opening with these (or holding a "?") asks, it does not report.
QUESTION_WORDS = frozenset(
    {"will", "could", "can", "should", "would", "is", "are", "does", "do", "did", "might"}
)
#: Speakers whose view is speculation, not a measure ("Goldman says tariffs may ...").
ANALYST_WORDS = frozenset(
    {"analyst", "analysts", "economist", "economists", "strategist", "strategists",
     "forecasters", "brokers", "goldman", "citi", "citigroup", "jpmorgan", "ubs", "macquarie",
     "bofa", "barclays", "fitch", "moody", "bmi", "commerzbank", "bernstein", "jefferies",
     "nomura", "hsbc", "morgan", "mackenzie", "cru", "experts"}
)
#: Causes that stop a flow without a government: strikes, protests, accidents, weather.
DISRUPTION_WORDS = frozenset(
    {"strike", "strikes", "protest", "protests", "protesters", "protestors", "mudslide",
     "landslide", "flood", "floods", "flooding", "rain", "rains", "fire", "blaze", "explosion",
     "blast", "accident", "storm", "cyclone", "typhoon", "hurricane", "earthquake", "quake",
     "outage", "outages", "unrest", "violence", "fighting", "clashes", "attack", "attacks",
     "derailment", "collapse", "port", "ports", "road", "roads", "weather", "drought",
     "shortage", "shortages", "congestion", "lockdown", "lockdowns", "pandemic", "covid",
     "snow", "snowfall", "snowstorm", "snowstorms", "blizzard", "blizzards", "fog",
     "sandstorm", "sandstorms"}
)
#: A place followed by these is the actor even after the deciding word ("... as Beijing
#: approves licences", "Copper tariffs: Trump says ...").
ACTOR_NEXT = frozenset(
    {"says", "said", "say", "announces", "announced", "confirms", "confirmed", "approves",
     "approved", "grants", "granted", "orders", "ordered", "plans", "will", "has", "have",
     "agrees", "vows", "signs", "decides", "issues", "moves", "imposes", "slaps", "sets",
     "to"}
)
#: A purpose clause after a measure ("in a bid to curb ...", "to shield mills from ..."): its lead
#: words and the verbs of aims both readers of purposes know (``classifier_summary``'s metals of
#: a purpose, ``classifier_phrases``' places of an aside), each adding verbs of its own.
PURPOSE_LEAD = r"\b(?:(?:in\s+(?:a\s+)?bid|in\s+order|so\s+as|aiming|aimed|seeking)\s+)?to\s+"
PURPOSE_VERBS = (
    r"cool|curb|tame|ease|boost|support|help|protect|shield|aid|spur|promote|encourage|secure|"
    r"rein\s+in|stabili[sz]e|bolster|revive|safeguard|favour|favor|benefit"
)
#: A government's act named after its country at a title's end ("... raised to 12.5% in Indian
#: budget"): the country in front of them set the measure.
LOCATIVE_ACTS = frozenset(
    {"budget", "budgets", "move", "decision", "policy", "notification", "order", "rules"}
)
#: Nouns of a change whose "to" names what changes ("no change to ...", "amendments to ..."),
#: not where goods go.
CHANGE_NOUNS = frozenset(
    {"change", "changes", "amendment", "amendments", "revision", "revisions", "tweak", "tweaks",
     "adjustment", "adjustments", "update", "updates", "modification", "modifications"}
)
#: Prepositions that open an adverbial phrase after "in <place>" (a law, a date, a reason): the
#: place still closes the measure's clause ("banned in Vietnam under amended law").
ADVERBIAL_PREPS = frozenset(
    {"under", "from", "until", "till", "after", "amid", "since", "following", "pending", "through"}
)
#: Words ending a measure's clause before "in <place>" ("on the cards in India", "takes effect
#: in Chile", "under consideration in Indonesia": where it is weighed); a rate, a measure noun
#: or a verb that changes a measure also do.
LOCATIVE_AFTER = frozenset(
    {"cards", "effect", "force", "place", "works", "pipeline", "consideration", "review", "study"}
)
#: Words between a place and its measure ("US new steel tariffs", "China's raw ore ban").
MEASURE_MODIFIERS = frozenset(
    {"new", "ore", "raw", "retaliatory", "temporary", "phased", "proposed", "planned",
     "additional", "provisional", "preliminary", "definitive", "full", "reciprocal", "punitive",
     "fresh", "latest", "sweeping", "blanket", "steep"}
)
#: A forum of governments named as a group ("Group of Seven"), not a company group.
FORUM_RE = lazy(r"\bgroup\s+of\s+(?:seven|7|eight|8|twenty|20)\b", re.IGNORECASE)
#: Sanctions words: the sanctioner keeps the target's goods out, so a sanction is on imports
#: (target -> sanctioner, "US sanctions Iran's metals sector" is IR -> US).
SANCTION_WORDS = frozenset({"sanction", "sanctions", "sanctioned", "sanctioning"})
#: Verbs by which a country takes up another's measure as its own ("joins EU sanctions").
JOIN_VERBS = frozenset({"join", "joins", "joined", "joining", "adopts", "adopted", "mirrors"})
#: Verbs that bring in a new measure after an old one is lifted ("lifts ban, imposes quotas").
REIMPOSE_VERBS = forms(
    "impose|s|d", "imposing", "introduce|s|d", "introducing", "set|s", "adopt|s|ed",
    "slap|s|ped", "put|s", "bring|s in",
)

# --- how the rules rank ---------------------------------------------------------------------

#: Rules, strongest first: when several fire in one headline the first kind wins.
RULE_ORDER: tuple[tuple[str, ...], ...] = (
    ("replace",),
    ("release", "release-exemption"),
    ("passive-release", "release-noun"),
    ("grant", "restart"),
    ("stop",),
    ("open",),
    ("noun",),
)
#: Rules whose measure noun may carry its imposer right before it ("US steel tariffs").
IMPOSER_RULES = frozenset(
    {"noun", "release", "release-noun", "passive-release", "release-exemption"}
)
#: Plural nouns that are subjects of a bare verb ("rebels halt", "miners ban").
PLURAL_SUBJECTS = frozenset(
    {"miners", "companies", "firms", "producers", "smelters", "refiners", "traders", "workers",
     "rebels", "protesters", "protestors", "villagers", "communities", "buyers", "sellers",
     "militias", "insurgents", "authorities", "officials", "governments", "lawmakers",
     "regulators", "countries", "nations", "members", "states", "unions", "banks", "mills",
     "gangs", "criminals", "smugglers", "cartels"}
)
#: Words joining measure words in one phrase ("antidumping and countervailing duty").
AND_WORDS = frozenset({"and", "or", "&"})
#: Heads after "trade" that name a dispute, not a flow ("ends trade war over steel tariffs").
DISPUTE_HEADS = frozenset({"war", "wars", "dispute", "disputes", "row", "rows", "feud", "spat"})
#: Head nouns that make a measure word a mere modifier ("tariff decision", "ban talks").
NON_MEASURE_HEADS = frozenset(
    {"decision", "decisions", "talks", "deadline", "deadlines", "negotiations", "war", "wars",
     "row", "dispute", "disputes", "truce", "deal", "deals", "news", "ruling", "revenue",
     "revenues", "announcement", "case", "hearing", "vote", "report", "outcome", "impact",
     "exposure", "risk", "risks", "fight", "battle", "tensions", "escalation",
     # a trade-remedy case opened is no measure yet ("anti-dumping probe", "EU proceeding")
     "probe", "probes", "investigation", "investigations", "inquiry", "inquiries", "proceeding",
     # nor is a review of a tariff structure ("steel tariff review"; "under review" weighs one)
     "review", "reviews", "proceedings",
     # nor is a customs classification of goods ("tariff classification of gold bars")
     "classification", "classifications",
     # nor are its effects on a market ("tariff headwinds", "the tariff landscape")
     "headwind", "headwinds", "tailwind", "tailwinds", "landscape",
     # nor is a body's advice on one ("safeguard extension recommendation")
     "recommendation", "recommendations",
     # nor an agency's finding in its case ("Final Affirmative Countervailing Duty
     # Determination"): the order that follows it is the measure
     "determination", "determinations",
     # nor is one asked for ("anti-dumping petition", "duty complaint")
     "petition", "petitions", "petitioner", "petitioners", "complaint", "complaints",
     "plea", "pleas",  # "makers plan anti-dumping plea against Chinese steel"
     # nor a duty dodged ("to stop gold duty evasion"; "closes tariff loopholes" restores one)
     "evasion",
     # a body named after the measures it handles ("Anti-Dumping Commission", "Tariff Board")
     "commission", "authority", "committee", "board", "directorate", "bureau", "tribunal",
     "office", "panel",
     # nor talks between governments about controls ("export control dialogue")
     "dialogue", "dialogues", "dialog", "consultations",
     # nor a market's mood about one ("tariff worries eased", "reduced ban concerns")
     "concerns", "worries", "jitters", "anxiety", "anxieties"}
)
#: A market's mood, the object of a verb of easing before a measure ("reduced concerns over
#: tariffs", "easing fears of an export ban"): the mood eases, not the measure. (Not
#: ``MOOD_NOUNS`` above, the moods a verb acts on after a measure word.)
EASED_MOODS = frozenset(
    {"concern", "concerns", "worry", "worries", "fear", "fears", "jitters", "anxiety",
     "anxieties", "nerves", "uncertainty", "angst", "unease"}
)
#: Curbs on power or fuel are no trade measure ("lifting electricity curbs", "power curbs"):
#: these right before the measure word, or before "supply" right before it ("gas supply curbs").
POWER_WORDS = frozenset({"power", "electricity"})
FUEL_WORDS = POWER_WORDS | {"gas", "fuel", "energy", "water", "diesel"}
#: Verbs of asking: a company or industry asking for a measure is lobbying, not a measure.
REQUEST_VERBS = frozenset(
    {"call", "calls", "called", "seek", "seeks", "urge", "urges", "lobby", "lobbies", "ask", "asks",
     "request", "requests", "requested",
     "want", "wants", "push", "pushes", "demand", "demands", "oppose", "opposes", "welcome",
     "welcomes", "petition", "petitions", "seeking", "appeal", "appeals", "appealed",
     "appealing",
     # an industry warning of imports or of a measure's effects comments, it decides nothing
     "warn", "warns", "warned", "warning", "caution", "cautions", "cautioned",
     # an industry that hopes for or has urged a measure asks for it
     "hope", "hopes", "hoped", "hoping", "aspire", "aspires", "aspired", "aspiring", "wish",
     "wishes", "urged", "asked", "sought", "pressed", "suggest", "suggests", "suggested",
     # an industry pressing a government for permits or a measure ("press X for licences")
     "press", "presses", "pressing"}
)
#: Nouns a flow word only qualifies ("import price", "export volumes", "import bill").
FLOW_MODIFIED_NOUNS = frozenset(
    {"price", "prices", "premium", "premiums", "volume", "volumes", "data", "figures", "bill",
     "costs", "cost", "value", "values", "market", "markets", "demand", "activity", "parity",
     "earnings", "revenue", "revenues", "growth"}
)
#: Bodies of an industry: when they call for a measure, it is lobbying ("Steel Institute
#: calls for ban on scrap exports").
INDUSTRY_BODY_WORDS = frozenset(
    {"institute", "association", "associations", "federation", "chamber", "lobby", "industry",
     "industries", "coalition", "alliance", "council", "body", "bodies", "guild", "syndicate",
     "sector", "sectors", "steelmakers", "steelmaker"}
)
#: Verbs of appeal: "X wants/urges <someone> to stop ..." asks others, it decides nothing.
APPEAL_VERBS = frozenset(
    {"want", "wants", "wanted", "urge", "urges", "urged", "ask", "asks", "asked", "appeal",
     "appeals", "appealed", "encourage", "encourages", "encouraged", "implore", "implores"}
)
#: Clause words between a market move and a later policy word ("Gold jumps as Trump ...").
MARKET_CLAUSE = frozenset(
    {"as", "after", "on", "amid", "amidst", "despite", "following", ",", ";", ":"}
)

#: Verbs of retaliation: the subject's new measure answers the other country's ("Mexico hits
#: back at U.S. steel duties" is Mexico's counter-duty on US goods).
RETALIATION_VERBS = frozenset(
    forms("retaliate|s|d", "retaliating", "reciprocate|s|d", "counter|s|ed", "respond|s|ed")
    # a country's "response" or "reply" to another's measure is its own counter-measure
    | {"response", "responses", "reply", "replies", "retaliation", "retort", "answers", "answered",
       "hit back", "hits back", "strike back", "strikes back", "struck back", "fire back",
       "fires back", "fired back", "fight back", "fights back", "fought back"}
)
#: Safeguards on these goods are tariff-rate quotas (the EU, UK and Turkish steel safeguards).
QUOTA_SAFEGUARD_GOODS = frozenset({"steel", "steels"})
SAFEGUARD_WORDS = frozenset({"safeguard", "safeguards"})
QUOTA_WORDS = frozenset({"quota", "quotas"})
#: A lede naming a safeguard's form as a charge ("safeguard surtaxes", "a 15% surtax").
SAFEGUARD_DUTY_RE = lazy(r"\b(?:surtax(?:es)?|safeguard\s+(?:dut(?:y|ies)|tariffs?))\b", re.I)
#: A tariff-rate quota by its abbreviation: a quota on imports, as the words spelled out are.
TRQ_WORDS = frozenset({"trq", "trqs"})
#: Measure nouns that name their flow: a TRQ, a duty's cash deposit and a quality-control order
#: (QCO) are on imports, and so are (export) monitoring systems on their flow.
FLOW_OF_MEASURE: dict[str, str] = {
    **dict.fromkeys(TRQ_WORDS | {"cash-deposit", "cash-deposits", "import-monitoring", "qco",
                                 "qcos"}, IMPORT),
    "export-monitoring": EXPORT,
}
#: Broad goods: a measure on them, in a market headline about one metal, is not about it.
BROAD_GOODS = frozenset(
    {"goods", "products", "items", "cars", "autos", "vehicles", "drones", "chips",
     "semiconductors", "sectors", "everything", "countries", "partners", "nations"}
)
#: An adjective of approval before traders ("approved rare earth exporters") makes a list.
APPROVED_ADJECTIVES = frozenset({"approved", "authorised", "authorized", "licensed", "registered"})
TRADER_NOUNS = frozenset({"exporters", "exporter", "importers", "importer"})
#: Measure nouns a government grants ("issues licences"); issuing controls or rules imposes them.
GRANTED_NOUNS = frozenset(
    {"licences", "licenses", "licence", "license", "permits", "permit", "approvals", "approval",
     "authorization", "authorizations", "authorisation", "authorisations", "permission",
     "permissions"}
)
#: A country's economic sector as a sanctions target ("targets Nicaragua's gold sector").
SECTOR_WORDS = frozenset({"sector", "sectors", "industry", "industries"})
TARGET_VERBS = frozenset({"target", "targets", "targeted", "targeting"})
#: Words before a verb that make it an obligation ("importers must get approval").
OBLIGED_WORDS = frozenset({"must", "need", "needs", "required", "obliged"})
#: Words that open an exception to a ban ("bans exports except by licensed traders").
#: ("limits exports to registered exporters": only they may trade).
EXCEPT_WORDS = frozenset(
    {"except", "excepting", "excluding", "save", "but", "bar", "other", "to", "only"}
)
#: Holders an exception names: a ban that spares them is an approved-trader rule (licensing).
HOLDER_WORDS = frozenset(
    {"licensed", "licenced", "approved", "authorised", "authorized", "accredited",
     "registered", "concession", "concessionaires", "holders", "licensees",
     # "limits exports to firms on an approved list" (joined tokens, see MULTI_WORDS)
     "approved-list", "approved-lists"}
)
#: Legal instruments that are the subject of a verb ("the package bans", "decree restricts").
INSTRUMENT_SUBJECTS = frozenset(
    {"package", "law", "decree", "regulation", "regulations", "order", "bill", "act",
     "directive", "rule", "ordinance", "legislation", "resolution", "amendment", "deal",
     "agreement", "contract", "pact", "accord", "treaty", "policy"}
)
#: Separators that end a question's clause ("China bans exports: what next?"); a dash between
#: years ("2025–2026") is not one.
CLAUSE_SEP_RE = lazy(r"[:;|!]|\s[-–—]\s")
