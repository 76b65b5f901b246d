"""Headline -> trade-policy event, by transparent rules.

The classifier reads a headline's title (and, where the title is not enough, its summary)
and answers either "no policy event" or a :class:`~tui.models.PolicyEvent`: which metals,
which corridor (origin = exporter, destination = importer), which status, the tariff rate
when stated, whether the measure is only proposed, a confidence, and the words that decided.

How it reads a title, in order (each step is one table below):

1. **Words** are tagged from tables: flows (``exports``/``imports``/``shipments``), measures
   (``ban``, ``export controls``, ``quota``, ``tariff``, ``duty`` ...), verbs that impose
   (``bans``, ``restricts``, ``caps``), verbs that release (``lifts``, ``eases``, ``scraps``),
   verbs that cut both ways (``suspends``, ``halts``, ``pauses``: a flow object means the flow
   stops, a measure object means the measure stops), verbs that restart (``resumes``,
   ``allows``), and words that veto (operations: ``mine``, ``output``, ``trading``; monetary:
   ``rate hikes``).
2. **Vetoes**: a denial or an abandoned plan ("denies", "no plans to", "will not", "drops
   plan") gives no event; so does a market-move headline ("copper rallies", "prices hit a
   record") whose only policy word is a noun ("on tariff fears"), and a company subject
   doing something to its own operations ("Glencore halts ...", "miners cut output").
3. **The rule that fires** (strongest first): "replace X with Y" -> Y; release + measure
   ("lifts ban", "suspends export controls", "exempts ... from tariff", "ban lifted") ->
   ``resuming``; restart + flow ("resumes exports") -> ``resuming``; restricting verb + flow
   or metal ("bans nickel ore exports") -> that verb's status; finally a measure noun
   ("export ban", "anti-dumping duties") -> that noun's status. A clause after "after",
   "following", "amid" or "despite" is background and is read only when the main clause
   says nothing ("resume exports ... after months-long suspension" is ``resuming``).
4. **Direction**: places come from :class:`~tui.engine.gazetteer.Gazetteer`; each gets a
   role from its neighbours: subject or possessive (the actor), "to X", "from X", "into X",
   "on/against X" (the target), "Russian aluminium" / "US goods" (where the goods come from).
   The flow is exports or imports (from the words, else a default per measure: tariffs,
   duties and anti-dumping are on imports, export controls and quotas on exports, a ban on
   a foreign country's goods is on imports). Exports: origin = actor, destination = "to" or
   target; imports: destination = actor, origin = "from", goods or target.
5. **Proposed** when the clause says considers / plans / threatens / weighs / may / proposes /
   under review / probe ...; **rate** from "50%", "25 percent", preferring "to N%".

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

from tui.engine.gazetteer import Gazetteer
from tui.engine.tagging import _alias_pattern, find_metal_spans, metal_aliases
from tui.models import Metal, PolicyEvent

# --------------------------------------------------------------------------------------
# The tables
# --------------------------------------------------------------------------------------

# fmt: off
EXPORT, IMPORT, NEUTRAL = "export", "import", "neutral"

#: Words naming a flow of goods.
FLOW_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("export", "exports", "exporting", "exported", "exporter", "exporters", "outbound"),
        EXPORT,
    ),
    **dict.fromkeys(
        ("import", "imports", "importing", "imported", "importer", "importers", "inbound",
         "purchases", "buying"),
        IMPORT,
    ),
    **dict.fromkeys(
        ("shipments", "shipment", "shipping", "supplies", "sales", "trade", "deliveries",
         "flows", "cargoes", "sale"),
        NEUTRAL,
    ),
}

#: Measure nouns -> status. "Weak" nouns (tax, levy, limit, permit ...) count only next to
#: a flow word ("export tax", "levy on exports"); a windfall tax is not a trade measure.
MEASURE_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        ("ban", "bans", "embargo", "embargoes", "moratorium", "prohibition", "prohibitions",
         "blockade", "suspension", "halt", "stoppage", "sanctions", "sanction"),
        "suspended",
    ),
    **dict.fromkeys(
        ("controls", "control", "curbs", "curb", "restrictions", "restriction", "licences",
         "licenses", "licence", "license", "licensing", "permits", "permit", "limits",
         "limit", "approvals", "approval", "requirements", "rules", "regulations",
         "measures", "restraints", "checks"),
        "licensing",
    ),
    **dict.fromkeys(("quota", "quotas"), "quota"),
    **dict.fromkeys(
        ("tariff", "tariffs", "duty", "duties", "levy", "levies", "tax", "taxes",
         "anti-dumping", "antidumping", "countervailing", "surcharge", "surcharges",
         "safeguard", "safeguards", "counter-tariffs", "counter-tariff"),
        "tariff",
    ),
}
WEAK_NOUNS = frozenset(
    {"tax", "taxes", "levy", "levies", "limit", "limits", "permit", "permits", "approval",
     "approvals", "requirements", "surcharge", "surcharges", "control", "suspension", "halt",
     "stoppage", "sanction", "restriction", "restrictions", "rules", "regulations",
     "measures", "restraints", "checks"}
)
#: Nouns that release a measure ("tariff exemption", "lifting of the ban").
RELEASE_NOUNS = frozenset(
    {"lifting", "easing", "removal", "relaxation", "suspension", "pause", "exemption",
     "exemptions", "waiver", "waivers", "relief", "end", "rollback", "reprieve", "repeal",
     "exclusion", "exclusions", "resumption", "reopening", "restart"}
)
#: Exemption-like nouns: releasing *them* reimposes the measure ("ends tariff exemptions").
EXEMPTION_NOUNS = frozenset({"exemption", "exemptions", "waiver", "waivers", "exclusion",
                             "exclusions", "reprieve", "rebate", "rebates"})
OPEN_WORDS = frozenset({"tariff-free", "duty-free", "quota-free"})


def _forms(*stems: str) -> frozenset[str]:
    """Expand 'ban|s|ned|ning' into {'ban', 'bans', 'banned', 'banning'}."""
    out: set[str] = set()
    for stem in stems:
        base, *ends = stem.split("|")
        out.add(base)
        out.update(base + e for e in ends)
    return frozenset(out)


#: Verbs that stop a flow ("bans exports") -> status.
STOP_VERBS: dict[str, str] = {
    **dict.fromkeys(
        _forms("ban|s|ned|ning", "prohibit|s|ed|ing", "bar|s|red|ring", "embargo|es|ed",
               "halt|s|ed|ing", "suspend|s|ed|ing", "stop|s|ped|ping", "block|s|ed|ing",
               "freeze|s", "froze", "frozen", "pause|s|d", "pausing", "cut off", "cuts off"),
        "suspended",
    ),
    **dict.fromkeys(
        _forms("restrict|s|ed|ing", "curb|s|ed|ing", "limit|s|ed|ing", "control|s|led",
               "require|s|d", "requiring", "tighten|s|ed|ing", "regulate|s|d"),
        "licensing",
    ),
    **dict.fromkeys(_forms("cap|s|ped|ping"), "quota"),
}
#: Of the stop verbs, those that release a measure when their object is one
#: ("suspends ban", "halts tariffs", "pauses export controls", "delays ban").
DOUBLE_EDGED = _forms(
    "halt|s|ed|ing", "suspend|s|ed|ing", "stop|s|ped|ping", "block|s|ed|ing", "freeze|s",
    "froze", "frozen", "pause|s|d", "pausing", "delay|s|ed|ing", "postpone|s|d",
    "postponing", "defer|s|red|ring",
)
#: Verbs that release a measure ("lifts ban", "eases curbs", "exempts ... from tariff").
RELEASE_VERBS = _forms(
    "lift|s|ed|ing", "ease|s|d", "easing", "relax|es|ed|ing", "remove|s|d", "removing",
    "scrap|s|ped|ping", "end|s|ed|ing", "rescind|s|ed|ing", "revoke|s|d", "revoking",
    "repeal|s|ed|ing", "roll back", "rolls back", "rolled back", "drop|s|ped|ping",
    "waive|s|d", "waiving", "exempt|s|ed|ing", "loosen|s|ed|ing", "cancel|s|led|ling",
    "withdraw|s|n|ing", "withdrew", "reverse|s|d", "reversing", "abolish|es|ed|ing",
    "axe|s|d", "unwind|s|ing", "strike down", "strikes down", "struck down",
) | DOUBLE_EDGED
#: Verbs that restart a flow ("resumes exports", "allows shipments").
RESTART_VERBS = _forms(
    "resume|s|d", "resuming", "restart|s|ed|ing", "reopen|s|ed|ing", "allow|s|ed|ing",
    "unban|s|ned", "approve|s|d", "approving", "normalise|s|d", "normalize|s|d",
)
#: Verbs that hand out licences ("grants first export licences") -> flows restart.
GRANT_VERBS = _forms("grant|s|ed|ing", "issue|s|d", "issuing", "approve|s|d", "approving")
#: "replace X with Y", "swap X for Y".
REPLACE_VERBS = _forms("replace|s|d", "replacing", "swap|s|ped", "switch|es|ed|ing",
                       "convert|s|ed|ing")
#: Verbs that impose or keep a measure; the noun decides the status ("extends ban").
IMPOSE_VERBS = _forms(
    "impose|s|d", "imposing", "reimpose|s|d", "introduce|s|d", "slap|s|ped", "announce|s|d",
    "extend|s|ed|ing", "expand|s|ed|ing", "raise|s|d", "raising", "hike|s|d", "double|s|d",
    "triple|s|d", "increase|s|d", "set|s", "keep|s", "kept", "maintain|s|ed", "reinstate|s|d",
    "restore|s|d", "adopt|s|ed", "add|s|ed|ing", "widen|s|ed", "broaden|s|ed",
    "finalise|s|d", "finalize|s|d", "confirm|s|ed", "apply|ies", "applied", "levies",
    "levied", "enforce|s|d", "cut|s", "lower|s|ed", "reduce|s|d", "slash|es|ed", "unveil|s|ed",
    "agree|s|d", "put|s", "place|s|d", "target|s|ed", "tighten|s|ed",
    "bring|s forward", "brought forward", "plan|s|ned", "propose|s|d", "consider|s|ed|ing",
    "weigh|s|ed|ing", "mull|s|ed|ing", "threaten|s|ed|ing", "order|s|ed", "launch|es|ed",
    "retaliate|s|d", "brings", "to",
)
#: Ambiguous noun/verb words ("curbs", "ban", "halt") read as nouns after these.
NOUN_CONTEXT = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "new", "export", "import", "exports",
     "imports", "on", "of", "with", "for", "into", "tighter", "further", "broad", "sweeping",
     "fresh", "proposed", "planned", "existing", "any", "no", "total", "full", "partial",
     "temporary", "permanent", "outright", "blanket", "phased", "possible", "potential",
     "mining", "trade", "retaliatory", "tit-for-tat", "year-long", "months-long", "ore",
     "metal", "metals", "this", "that", "these", "those", "strict", "stricter", "tough",
     "tougher", "wide", "wider", "by"}
)
#: Objects that mean company or operations news, not trade policy.
OPERATION_WORDS = frozenset(
    {"output", "production", "operations", "operation", "mining", "mine", "mines", "smelter",
     "smelters", "smelting", "refinery", "refineries", "refining", "plant", "plants", "work",
     "works", "trading", "road", "roads", "railway", "rail", "port", "construction", "drilling",
     "exploration", "project", "projects", "expansion", "jobs", "strike", "strikes", "deal",
     "talks", "rate", "rates", "interest", "bond", "buying-back", "dividend", "dividends",
     "shares", "stake", "contract", "contracts", "force", "majeure", "furnace", "furnaces",
     "line", "lines", "potline", "potlines", "shift", "shifts", "hiring", "bids", "offer",
     "merger", "takeover", "concession", "concessions", "licence-holders", "unit"}
)
#: Words that end the object of a verb (a new clause begins).
CLAUSE_BREAK = frozenset({";", ":", "—", "–", "but", "while", "as", "after", "amid", "despite",
                          "following", "since", "says", "said", "say", "|"})
#: A clause starting with these is background ("after months-long suspension").
BACKGROUND_MARKERS = frozenset({"after", "following", "amid", "despite", "since", "ending"})

#: Denials, refusals and abandoned plans: no event.
DENIAL_RE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed)|no\s+plans?|no\s+intention|not\s+(?:plan|"
    r"planning|considering|consider|intend|intending|seeking|going|to)\b|(?:will|would|does|"
    r"do|did|is|are|has|have|can|could)\s+not\b|(?:won|doesn|don|didn|isn|aren|hasn|haven|"
    r"wouldn|can)['’]?t\b|rules?\s+out|ruled\s+out|rejects?|rejected|refuses?|refused|"
    r"dismiss(?:es|ed)?|(?:drops?|dropped|shelves|shelved|scraps?|scrapped|abandons?|"
    r"abandoned|withdraws?|withdrew|kills?|killed)\s+(?:its\s+|the\s+|a\s+)?(?:plans?|"
    r"proposals?|bill|idea)|backs?\s+(?:away|down)|u-turn|rumou?rs?\s+(?:of|about)|"
    r"false|fake|unaffected|immune)\b",
    re.IGNORECASE,
)
#: Words one of which must be present for DENIAL_RE to match (a cheap pre-check).
DENIAL_WORDS = frozenset(
    """deny denies denied denying refute refutes refuted no not won't wont doesn't don't
    didn't isn't aren't hasn't haven't wouldn't can't rules rule ruled reject rejects
    rejected refuse refuses refused dismiss dismisses dismissed drop drops dropped shelves
    shelved scrap scraps scrapped abandon abandons abandoned withdraw withdraws withdrew kill
    kills killed back backs u-turn rumours rumors rumour rumor false fake unaffected immune""".split()
)
#: Market-move wording: the headline is about prices, not policy.
MARKET_RE = re.compile(
    r"\b(?:prices?|futures|premiums?|stocks|inventor(?:y|ies)|rall(?:y|ies|ied)|ris(?:e|es|ing)"
    r"|rose|fall(?:s|ing)?|fell|gain(?:s|ed)?|climb(?:s|ed)?|slip(?:s|ped)?|drop(?:s|ped)?\s+"
    r"\d|jump(?:s|ed)?|surg(?:e|es|ed)|soar(?:s|ed)?|slid(?:e|es)?|slump(?:s|ed)?|tumbl(?:e|es|ed)"
    r"|plung(?:e|es|ed)|plummet(?:s|ed)?|sink(?:s)?|sank|spik(?:e|es|ed)|dip(?:s|ped)?|"
    r"retreat(?:s|ed)?|rebound(?:s|ed)?|steady|steadies|firm(?:s|ed)|edg(?:e|es|ed)\s+(?:up|"
    r"down|higher|lower)|record\s+(?:high|low)|hits?\s+(?:a\s+)?(?:record|high|low|\d)|"
    r"(?:highest|lowest)\s+(?:since|in)|weak(?:er)?\s+demand|traders?|investors?|"
    r"safe[-\s]haven|bullion|\w+-month\s+(?:high|low)|eases?\s+as|mixed)\b",
    re.IGNORECASE,
)
#: Words that make a market headline's policy noun speculative ("on tariff fears").
SPECULATION_WORDS = frozenset(
    {"fears", "fear", "worries", "worry", "concerns", "jitters", "bets", "hopes", "risk",
     "risks", "uncertainty", "speculation", "talk", "ahead", "threat", "threats", "prospect"}
)
#: Proposed / not in effect.
PROPOSED_RE = re.compile(
    r"\b(?:consider(?:s|ing|ed)?|plans?|planned|planning|mull(?:s|ing|ed)?|weigh(?:s|ing)?|"
    r"eye(?:s|ing)|threat(?:en(?:s|ed|ing)?|s)?|warn(?:s|ed)?|might|could|would|should|"
    r"propos(?:e|es|ed|al|als|ing)|draft|moot(?:s|ed)?|float(?:s|ed)|under\s+review|"
    r"review(?:s|ing)?|seek(?:s|ing)?|calls?\s+for|urg(?:e|es|ed)|push(?:es)?\s+for|"
    r"explor(?:e|es|ing)|stud(?:y|ies|ying)|possible|potential|looming|probes?|"
    r"investigat(?:e|es|ion|ions|ing)|petitions?|recommend(?:s|ed|ation)?|intends?\s+to|"
    r"expected\s+to|likely|poised\s+to|mulling|contemplat(?:e|es|ing)|ponder(?:s|ing)?)\b",
    re.IGNORECASE,
)
#: "may" is proposed unless it is the month ("from May", "May 1").
MAY_RE = re.compile(r"\bmay\b(?!\s+\d)", re.IGNORECASE)
MONTH_PREP = frozenset({"from", "in", "since", "until", "by", "on", "of", "mid", "early",
                        "late", "end", "through", "before", "after", "till", "to", "last",
                        "next", "this", "mid-may"})

RATE_RE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b|pct\b|percentage\s+points?\b)", re.IGNORECASE
)

#: Subjects that are companies, exchanges' operations, workers or rebels.
COMPANY_WORDS = frozenset(
    w.lower()
    for w in (
        "miner", "miners", "company", "companies", "firm", "firms", "group", "smelter",
        "smelters", "producer", "producers", "refiner", "refiners", "plant", "trader",
        "traders", "ltd", "inc", "corp", "plc", "workers", "union", "rebels", "protesters",
        "protestors", "villagers", "communities", "unit", "subsidiary", "glencore", "freeport",
        "codelco", "rio", "tinto", "bhp", "vale", "rusal", "norilsk", "nornickel", "alcoa",
        "trafigura", "zijin", "cmoc", "erg", "albemarle", "sqm", "tianqi", "ganfeng",
        "antofagasta", "quantum", "teck", "vedanta", "hindalco", "chalco", "hongqiao",
        "south32", "mmg", "ivanhoe", "barrick", "newmont", "eramet", "lynas", "mp", "sibanye",
        "implats", "nyrstar", "boliden", "aurubis", "tsingshan", "huayou", "jinchuan", "ega",
        "gac", "hydro", "century", "arconic", "nucor", "arcelormittal", "tata", "posco",
        "baowu", "umicore", "nexa", "kghm", "anglo", "amg", "pilbara", "mineral", "resources",
        "mining", "metals", "minerals", "holdings", "corporation", "limited", "co",
    )
)
#: Words that make a demonym an actor rather than goods ("Chinese authorities").
GOVERNMENT_WORDS = frozenset(
    {"government", "govt", "officials", "official", "authorities", "authority", "ministry",
     "minister", "ministers", "regulator", "regulators", "president", "leader", "lawmakers",
     "parliament", "senate", "state", "administration", "customs", "commerce", "cabinet",
     "junta", "court", "courts", "judge", "agency", "department", "trade"}
)
#: Generic goods words ("US goods", "Russian metal").
GOODS_WORDS = frozenset(
    {"goods", "products", "metal", "metals", "ore", "ores", "concentrate", "concentrates",
     "scrap", "cars", "foil", "extrusions", "cathodes", "magnets", "supplies", "supply",
     "material", "materials", "minerals", "mineral", "items", "exports", "imports", "origin",
     "made", "output", "production", "primary", "raw", "refined"}
)

# fmt: on

# --------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:['’.\-][A-Za-z0-9]+)*|%|[;:—–|,]")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")
_MULTI = {  # two-word verbs and nouns joined into one token
    ("cut", "off"): "cut off",
    ("cuts", "off"): "cuts off",
    ("roll", "back"): "roll back",
    ("rolls", "back"): "rolls back",
    ("rolled", "back"): "rolled back",
    ("strike", "down"): "strike down",
    ("strikes", "down"): "strikes down",
    ("struck", "down"): "struck down",
    ("brings", "forward"): "brings forward",
    ("brought", "forward"): "brought forward",
}
_MODALS = frozenset(
    {
        "to",
        "will",
        "would",
        "could",
        "may",
        "might",
        "should",
        "must",
        "can",
        "and",
        "or",
        "also",
        "further",
        "now",
        "formally",
        "officially",
        "temporarily",
        "partially",
        "effectively",
        "again",
    }
)


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
    flow: str | None = None  # EXPORT / IMPORT / NEUTRAL when the rule saw one
    verb: bool = False  # decided by a verb (not a bare noun)
    confidence: float = 0.8
    measure: str | None = None  # the status of the measure noun involved, if any


@dataclass(slots=True)
class _Reading:
    """What one text (a title or a summary sentence) says."""

    finding: _Finding | None = None
    vetoed: str | None = None
    trace: list[str] = field(default_factory=list)


_MULTI_FIRST = frozenset(a for a, _b in _MULTI)


def _tokenize(text: str) -> list[_Tok]:
    lowered = text.lower().replace("’", "'")
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c.lower()[:1] or c for c in text).replace("’", "'")
    toks = [
        _Tok(lowered[s:e], text[s:e], s, e) for s, e in (m.span() for m in _TOKEN_RE.finditer(text))
    ]
    if not any(t.low in _MULTI_FIRST for t in toks):
        return toks
    # join two-word verbs ("cut off", "roll back")
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        if i + 1 < len(toks) and (toks[i].low, toks[i + 1].low) in _MULTI:
            a, b = toks[i], toks[i + 1]
            out.append(_Tok(_MULTI[(a.low, b.low)], a.text + " " + b.text, a.start, b.end))
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
    if low in MEASURE_NOUNS:
        return MEASURE_NOUNS[low], None
    if "-" in low:
        parts = low.split("-")
        last = parts[-1]
        if last in MEASURE_NOUNS and low not in OPEN_WORDS:
            flow = next((FLOW_WORDS[p] for p in parts[:-1] if p in FLOW_WORDS), None)
            return MEASURE_NOUNS[last], flow
    return None


@lru_cache(maxsize=8192)
def _flow_of(low: str) -> str | None:
    low = _base(low)
    if low in FLOW_WORDS:
        return FLOW_WORDS[low]
    if "-" in low:
        first = low.split("-")[0]
        if first in ("export", "import"):
            return FLOW_WORDS[first]
    return None


class _Text:
    """A tokenised text with its metal spans and place hits, and per-token tags."""

    def __init__(self, text: str, metals: Sequence[Metal], gaz: Gazetteer) -> None:
        self.text = text
        self.toks = _tokenize(text)
        spans = _metal_spans(text, metals)
        self.metal_spans = spans
        self.places = gaz.find(text)
        self.gaz = gaz
        n = len(self.toks)
        self.is_metal = [False] * n
        self.place_at: list[int | None] = [None] * n  # index into self.places
        if spans or self.places:
            for ti, t in enumerate(self.toks):
                for _mid, s, e in spans:
                    if t.start < e and t.end > s:
                        self.is_metal[ti] = True
                        break
                for pi, (_code, s, e, _m) in enumerate(self.places):
                    if t.start < e and t.end > s:
                        self.place_at[ti] = pi
                        break

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
        if low in STOP_VERBS and self._verb_reading(i):
            return None
        # "mining licence", "production quota", "mining ban": operations, not trade
        if _base(prev) in OPERATION_WORDS or (
            (self.is_metal[i - 1] if i > 0 else False)
            and _base(self.word(i - 2)) in OPERATION_WORDS
        ):
            return None
        if prev in ("export", "import") or (
            _flow_of(prev) in (EXPORT, IMPORT) and prev.endswith("-")
        ):
            flow = FLOW_WORDS[prev] if prev in FLOW_WORDS else flow
        elif prev in ("export", "import"):
            flow = FLOW_WORDS[prev]
        if flow is None and prev in FLOW_WORDS and FLOW_WORDS[prev] != NEUTRAL:
            flow = FLOW_WORDS[prev]
        prev_m = _measure_of(prev)
        if flow is None and prev_m is not None and prev_m[0] == "tariff" and status != "tariff":
            flow = IMPORT  # "safeguard quotas", "tariff-rate quota" are on imports
        if low in WEAK_NOUNS and flow is None:
            # "levy on exports", "tax on imports", "limits on shipments"
            window = [self.word(j) for j in range(i + 1, min(i + 5, len(self.toks)))]
            window += [self.word(j) for j in range(max(0, i - 3), i)]
            flows = [FLOW_WORDS[w] for w in window if w in FLOW_WORDS]
            if not flows:
                # "export controls" is strong; bare "control" / "tax" is not trade policy
                return None
            flow = next((f for f in flows if f != NEUTRAL), flows[0])
        if nxt in ("rate", "rates") and low in ("tariff", "quota") and self.word(i + 2) == "quota":
            return "quota", flow
        return status, flow

    def _verb_reading(self, i: int) -> bool:
        """Whether an ambiguous noun/verb word ("bans", "curbs", "halt") is a verb here."""
        prev = self.word(i - 1)
        nxt = self.word(i + 1)
        if nxt in ("on", "of", "against", "to") and prev not in _MODALS:
            return False
        if i == 0:
            return nxt not in ("on", "of")
        if prev.endswith("'s") or prev in NOUN_CONTEXT or _measure_of(prev) is not None:
            return False
        if self.is_metal[i - 1]:
            return False
        if prev in _MODALS or self.place_at[i - 1] is not None or prev == ",":
            return True
        # a capitalised subject word ("Zimbabwe", "Jakarta", "Government") before the verb
        return self.toks[i - 1].text[:1].isupper() or prev in GOVERNMENT_WORDS


@lru_cache(maxsize=32)
def _metal_pattern(metals: tuple[Metal, ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern with a named group per watched metal (the alias patterns of tagging.py)."""
    groups: dict[str, str] = {}
    alts: list[str] = []
    for i, m in enumerate(metals):
        parts = [p for p in (_alias_pattern(a) for a in metal_aliases(m)) if p]
        if parts:
            groups[f"m{i}"] = m.id
            alts.append(f"(?P<m{i}>" + "|".join(parts) + ")")
    if not alts:
        return None, {}
    # the same word boundaries as tagging._compile, hoisted out of the alternation
    body = r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w])"
    return re.compile(body, re.IGNORECASE), groups


_LAST_METALS: list[object] = [None, None]


def _find_metal_spans(text: str, metals: Sequence[Metal]) -> list[tuple[str, int, int]]:
    """:func:`tui.engine.tagging.find_metal_spans`, compiled once per watch list.

    ``find_metal_spans`` rebuilds its alias key and runs one regex per metal on every call
    (~0.1 ms for 20 metals), most of the 10,000-headline budget. This runs the same alias
    patterns as one alternation; the only difference is that overlapping matches of two
    different metals at one place yield the first metal only.
    """
    compiled: tuple[re.Pattern[str] | None, dict[str, str]]
    if _LAST_METALS[0] is metals:
        compiled = _LAST_METALS[1]  # type: ignore[assignment]
    else:
        try:
            compiled = _metal_pattern(tuple(metals))
        except TypeError:  # unhashable contents: use the public function
            return find_metal_spans(text, metals)
        _LAST_METALS[0], _LAST_METALS[1] = metals, compiled
    pat, groups = compiled
    if pat is None:
        return []
    return [(groups[m.lastgroup], m.start(), m.end()) for m in pat.finditer(text) if m.lastgroup]


def _metal_spans(text: str, metals: Sequence[Metal]) -> list[tuple[str, int, int]]:
    spans = _find_metal_spans(text, metals)
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


def _metals_in(text: str, metals: Sequence[Metal]) -> tuple[str, ...]:
    found = {mid for mid, _s, _e in _metal_spans(text, metals)}
    return tuple(m.id for m in metals if m.id in found)


# --------------------------------------------------------------------------------------
# Reading one text
# --------------------------------------------------------------------------------------


def _background_start(t: _Text) -> tuple[int, int]:
    """(start, end) token indices of a background clause, or (n, n)."""
    n = len(t.toks)
    for i, tok in enumerate(t.toks):
        if tok.low in BACKGROUND_MARKERS:
            if i == 0:
                end = next((j for j in range(1, n) if t.toks[j].low == ","), 0)
                return (0, end + 1) if end else (n, n)
            end = next((j for j in range(i, n) if t.toks[j].low in (";", "|")), n)
            return i, end
    return n, n


def _scan_object(t: _Text, i: int, limit: int = 8) -> tuple[str, int] | None:
    """The first decisive word after the verb at i: ('measure'|'flow'|'goods'|'op', index)."""
    n = len(t.toks)
    goods: int | None = None
    for j in range(i + 1, min(n, i + 1 + limit)):
        low = t.toks[j].low
        if low in CLAUSE_BREAK:
            break
        if low == "," and goods is not None:
            # "bans gallium, germanium exports" keeps going; other commas end the object
            if not (j + 1 < n and t.is_metal[j + 1]):
                break
        if _base(low) in OPERATION_WORDS:
            return "op", j
        if _measure_of(low) is not None and not (
            _base(low) in STOP_VERBS
            and low.endswith("s")
            and t.word(j + 1) not in ("on", "of")
            and _base(low) not in MEASURE_NOUNS
        ):
            if low in EXEMPTION_NOUNS:
                return "exemption", j
            if t.word(j + 1) in EXEMPTION_NOUNS:  # "ends tariff exemptions"
                return "exemption", j + 1
            return "measure", j
        if low in EXEMPTION_NOUNS:
            return "exemption", j
        fl = _flow_of(low)
        if fl is not None:
            nxt = t.word(j + 1)
            if low in ("export", "import") and _measure_of(nxt) is not None:
                if t.word(j + 2) in EXEMPTION_NOUNS:  # "export tax rebates"
                    return "exemption", j + 2
                return "measure", j + 1
            return "flow", j
        if goods is None and (
            t.is_metal[j]
            or low in GOODS_WORDS
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
    return nxt < len(t.toks) and (t.is_metal[nxt] or t.toks[nxt].low in GOODS_WORDS)


def _flow_near(t: _Text, i: int, lo: int, hi: int) -> str | None:
    """The explicit export/import flow word nearest to token i within [lo, hi)."""
    best: tuple[int, str] | None = None
    for j in range(lo, hi):
        fl = _flow_of(t.toks[j].low)
        if fl is None:
            continue
        d = abs(j - i)
        if best is None or d < best[0] or (d == best[0] and fl != NEUTRAL):
            best = (d, fl)
    return best[1] if best else None


def _read(t: _Text, *, trace: list[str]) -> _Reading:
    toks = t.toks
    n = len(toks)
    reading = _Reading(trace=trace)
    if n == 0:
        return reading
    denial = None
    if not DENIAL_WORDS.isdisjoint(tk.low for tk in toks):
        denial = DENIAL_RE.search(t.text)
    if denial is not None:
        reading.vetoed = "denial"
        trace.append(f"veto: denial or abandoned plan ({denial.group(0)!r})")
        return reading
    bg_lo, bg_hi = _background_start(t)

    def in_main(i: int) -> bool:
        return not (bg_lo <= i < bg_hi)

    findings: list[_Finding] = []
    for i, tok in enumerate(toks):
        low = tok.low
        base = _base(low)
        if base not in _TRIGGER_WORDS and "-" not in low:
            continue  # most words: nothing to do
        # 1. replace X with Y
        if low in REPLACE_VERBS:
            for j in range(i + 1, min(n, i + 10)):
                if toks[j].low in ("with", "by", "for", "into", "to"):
                    for k in range(j + 1, min(n, j + 5)):
                        m = _measure_of(toks[k].low)
                        if m is not None:
                            findings.append(
                                _Finding(
                                    "replace",
                                    m[0],
                                    i,
                                    [tok.text, toks[j].text, toks[k].text],
                                    m[1],
                                    True,
                                    0.9,
                                )
                            )
                            break
                    break
            continue
        # 2. release verb + measure ("lifts ban", "suspends export controls")
        is_stop_verb = base in STOP_VERBS and (_measure_of(low) is None or t._verb_reading(i))
        if is_stop_verb and _scan_object(t, i) is None:
            # passive: "China's antimony exports to US halted"
            flow_j = next(
                (j for j in range(i - 1, max(-1, i - 7), -1) if _flow_of(toks[j].low)), None
            )
            if flow_j is not None and low.endswith(("ed", "en")):
                findings.append(
                    _Finding(
                        "stop",
                        STOP_VERBS[base],
                        i,
                        [toks[flow_j].text, tok.text],
                        _flow_of(toks[flow_j].low),
                        True,
                        0.8,
                    )
                )
                continue
        if low in RELEASE_VERBS and (base not in STOP_VERBS or is_stop_verb):
            obj = _scan_object(t, i)
            if obj is not None:
                kind, j = obj
                if kind == "op":
                    trace.append(f"'{tok.text}' acts on operations ('{toks[j].text}'): not trade")
                    findings.append(_Finding("operations", "none", i, [tok.text, toks[j].text]))
                    continue
                if kind == "measure":
                    m = t.is_measure_noun(j) or _measure_of(toks[j].low)
                    flow = m[1] if m else None
                    findings.append(
                        _Finding(
                            "release",
                            "resuming",
                            i,
                            [tok.text, toks[j].text],
                            flow,
                            True,
                            0.9,
                            m[0] if m else None,
                        )
                    )
                    continue
                if kind == "exemption":
                    # "ends tariff exemptions": the measure comes back
                    m = next(
                        (
                            _measure_of(toks[k].low)
                            for k in range(i + 1, j + 3)
                            if k < n and _measure_of(toks[k].low)
                        ),
                        None,
                    )
                    findings.append(
                        _Finding(
                            "release-exemption",
                            m[0] if m else "tariff",
                            i,
                            [tok.text, toks[j].text],
                            None,
                            True,
                            0.75,
                        )
                    )
                    continue
                if kind in ("flow", "goods") and is_stop_verb:
                    status = STOP_VERBS[base]
                    flow = _flow_of(toks[j].low) if kind == "flow" else None
                    findings.append(
                        _Finding(
                            "stop",
                            status,
                            i,
                            [tok.text, toks[j].text],
                            flow,
                            True,
                            0.85 if kind == "flow" else 0.75,
                        )
                    )
                    continue
            continue
        # 3. restart + flow ("resumes exports"), grants of licences
        if low in RESTART_VERBS or low in GRANT_VERBS or base in ("resumption", "reopening"):
            obj = _scan_object(t, i)
            lo, hi = max(0, i - 6), min(n, i + 9)
            flow_j = next((j for j in range(lo, hi) if _flow_of(toks[j].low)), None)
            if obj is not None and obj[0] == "op":
                findings.append(_Finding("operations", "none", i, [tok.text, toks[obj[1]].text]))
                continue
            if low in GRANT_VERBS and obj is not None and obj[0] == "measure":
                if MEASURE_NOUNS.get(_base(toks[obj[1]].low)) == "licensing":
                    findings.append(
                        _Finding(
                            "grant", "resuming", i, [tok.text, toks[obj[1]].text], None, True, 0.75
                        )
                    )
                    continue
            if low in RESTART_VERBS and flow_j is not None:
                findings.append(
                    _Finding(
                        "restart",
                        "resuming",
                        i,
                        [tok.text, toks[flow_j].text],
                        _flow_of(toks[flow_j].low),
                        True,
                        0.85,
                    )
                )
                continue
            if low in RESTART_VERBS and obj is not None and obj[0] == "measure":
                continue
            continue
        # 4. stop verb + flow/goods ("bans nickel ore exports", "restricts exports")
        if base in STOP_VERBS and is_stop_verb:
            obj = _scan_object(t, i)
            if obj is None:
                continue
            kind, j = obj
            if kind == "op":
                trace.append(f"'{tok.text}' acts on operations ('{toks[j].text}'): not trade")
                findings.append(_Finding("operations", "none", i, [tok.text, toks[j].text]))
                continue
            if kind in ("flow", "goods"):
                findings.append(
                    _Finding(
                        "stop",
                        STOP_VERBS[base],
                        i,
                        [tok.text, toks[j].text],
                        _flow_of(toks[j].low) if kind == "flow" else None,
                        True,
                        0.85 if kind == "flow" else 0.75,
                    )
                )
                continue
            if kind == "measure" and STOP_VERBS[base] == "licensing":
                m = _measure_of(toks[j].low)
                if m and m[0] == "licensing":  # "requires export permits", "tightens controls"
                    findings.append(
                        _Finding(
                            "stop",
                            "licensing",
                            i,
                            [tok.text, toks[j].text],
                            m[1] or _flow_of(t.word(j - 1)),
                            True,
                            0.85,
                        )
                    )
            continue
        # 5. release noun + measure ("lifting of the ban", "tariff exemption", "ban lifted")
        if base in RELEASE_NOUNS and base not in ("suspension", "halt", "pause", "end", "restart"):
            near = [
                j
                for j in range(max(0, i - 2), min(n, i + 4))
                if j != i and _measure_of(toks[j].low) is not None
            ]
            if near:
                findings.append(
                    _Finding(
                        "release-noun",
                        "resuming",
                        i,
                        [toks[near[0]].text, tok.text],
                        None,
                        False,
                        0.7,
                    )
                )
                continue
        if base in ("suspension", "halt", "pause", "end", "lifting", "easing", "removal"):
            nxt = [t.word(j) for j in range(i + 1, min(n, i + 4))]
            if nxt and nxt[0] in ("of", "on", "to"):
                for j in range(i + 2, min(n, i + 5)):
                    if _measure_of(toks[j].low) is not None and toks[j].low not in (
                        "suspension",
                        "halt",
                    ):
                        findings.append(
                            _Finding(
                                "release-noun",
                                "resuming",
                                i,
                                [tok.text, toks[j].text],
                                None,
                                False,
                                0.75,
                            )
                        )
                        break
                else:
                    pass
                if findings and findings[-1].index == i:
                    continue
        if low in OPEN_WORDS:
            findings.append(_Finding("open", "open", i, [tok.text], None, False, 0.6))
            continue
        # 6. measure noun
        m = t.is_measure_noun(i)
        if m is not None and i + 1 < n and t.is_measure_noun(i + 1) is not None:
            m = None  # "safeguard quotas", "tariff quota": the head noun comes last
        if m is not None:
            status, flow = m
            # passive release: "ban lifted", "export controls suspended"
            after = [toks[j].low for j in range(i + 1, min(n, i + 5))]
            rel = next(
                (
                    w
                    for w in after
                    if w in RELEASE_VERBS
                    and (w.endswith("ed") or w in ("lifted", "frozen", "withdrawn"))
                ),
                None,
            )
            if rel is not None and not any(w in FLOW_WORDS for w in after[: after.index(rel)]):
                findings.append(
                    _Finding(
                        "passive-release", "resuming", i, [tok.text, rel], flow, True, 0.8, status
                    )
                )
                continue
            # "extends ban", "imposes duties": an imposing verb just before makes it explicit
            verb_j = None
            for j in range(i - 1, max(-1, i - 5), -1):
                if toks[j].low in CLAUSE_BREAK:
                    break
                if toks[j].low in IMPOSE_VERBS and toks[j].low != "to":
                    verb_j = j
                    break
            words = [toks[verb_j].text, tok.text] if verb_j is not None else [tok.text]
            findings.append(
                _Finding(
                    "noun",
                    status,
                    i,
                    words,
                    flow,
                    verb_j is not None,
                    0.8 if verb_j is not None else 0.7,
                    status,
                )
            )
            continue
        if low == "232" and t.word(i - 1) == "section":
            findings.append(_Finding("noun", "tariff", i, ["Section 232"], IMPORT, False, 0.7))
            continue
        if low == "adjusting" and t.word(i + 1) == "imports":
            findings.append(
                _Finding("noun", "tariff", i, ["Adjusting Imports"], IMPORT, False, 0.75)
            )
            continue

    if not findings:
        trace.append("no trade-measure words")
        return reading
    first_finding = min(findings, key=lambda f: f.index)
    if first_finding.rule == "operations":
        ops = first_finding
        reading.vetoed = "operations"
        trace.append(f"veto: operations news ({' '.join(ops.words)})")
        return reading
    findings = [f for f in findings if f.rule != "operations"]
    main = [f for f in findings if in_main(f.index)] or findings
    order = {
        "replace": 0,
        "release": 1,
        "release-exemption": 1,
        "passive-release": 2,
        "release-noun": 2,
        "grant": 3,
        "restart": 3,
        "stop": 4,
        "open": 5,
        "noun": 6,
    }
    main.sort(key=lambda f: (order[f.rule], f.index))
    best = main[0]
    if not in_main(best.index):
        best.confidence *= 0.85
    trace.append(f"rule {best.rule}: {' + '.join(best.words)} -> {best.status}")

    # market-move headline whose policy word is only a noun
    market = MARKET_RE.search(t.text) if not best.verb else None
    if market is not None:
        reading.vetoed = "market"
        trace.append(f"veto: market news ({market.group(0)!r}) with no policy verb")
        return reading
    if not best.verb and any(
        t.word(j) in SPECULATION_WORDS for j in range(max(0, best.index - 2), best.index + 3)
    ):
        reading.vetoed = "speculation"
        trace.append("veto: speculative mention ('fears', 'ahead of' ...)")
        return reading
    # a company as the subject of the verb
    if best.verb and best.rule in ("stop", "restart", "grant"):
        subject = [toks[j] for j in range(0, best.index) if t.place_at[j] is None]
        if any(_base(s.low) in COMPANY_WORDS for s in subject) and not any(
            t.place_at[j] is not None and not t.gaz.is_demonym(t.places[t.place_at[j]][3])  # type: ignore[index]
            for j in range(0, best.index)
            if _base(t.word(j + 1)) not in COMPANY_WORDS
        ):
            reading.vetoed = "company"
            trace.append("veto: a company, not a government, is the subject")
            return reading
        if any(_base(s.low) in COMPANY_WORDS for s in subject[-3:]):
            reading.vetoed = "company"
            trace.append("veto: a company, not a government, is the subject")
            return reading
    reading.finding = best
    return reading


# --------------------------------------------------------------------------------------
# Direction
# --------------------------------------------------------------------------------------


def _roles(t: _Text, trigger: int) -> list[tuple[str, str, str]]:
    """(role, code, matched) for every place: actor | to | from | into | target | goods."""
    out: list[tuple[str, str, str]] = []
    toks = t.toks
    prev_role: str | None = None
    prev_end_tok = -10
    for code, s, e, matched in t.places:
        first = next((k for k, tk in enumerate(toks) if tk.end > s), len(toks))
        last = first
        while last + 1 < len(toks) and toks[last + 1].start < e:
            last += 1
        k = first - 1
        while k >= 0 and toks[k].low in ("the", "a", "an"):
            k -= 1
        prep = toks[k].low if k >= 0 else ""
        nxt = toks[last + 1].low if last + 1 < len(toks) else ""
        poss = toks[last].low.endswith("'s") or t.text[e : e + 2] in ("'s", "’s")
        demonym = t.gaz.is_demonym(matched)
        goods_next = last + 1 < len(toks) and (t.is_metal[last + 1] or nxt in GOODS_WORDS)
        role: str
        paired = t.text[e : e + 1] in ("-", "–", "/") and any(
            ps == e + 1 for _c, ps, _pe, _m in t.places
        )
        if paired or (prev_role == "pair" and t.text[s - 1 : s] in ("-", "–", "/")):
            role = "pair"  # "US-China trade truce", "Sino-US talks": neither is the actor
        elif demonym and goods_next and prep != "to":
            role = "goods"
        elif _measure_of(nxt) is not None and prep not in ("to", "toward", "towards"):
            role = "actor"  # "from US duties", "Chinese export controls", "EU ban"
        elif prep in ("to", "toward", "towards"):
            role = "to"
        elif prep in ("from", "ex"):
            role = "from"
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
        elif demonym and not (nxt in GOVERNMENT_WORDS or _flow_of(nxt) or _measure_of(nxt) or poss):
            role = "goods"
        elif poss or first < trigger or (demonym and nxt in GOVERNMENT_WORDS):
            role = "actor"
        else:
            role = "other"
        out.append((role, code, matched))
        prev_role, prev_end_tok = role, last
    return out


def _corridor(t: _Text, f: _Finding, lo: int, hi: int) -> tuple[str, str, str, list[str]]:
    """(origin, destination, flow, words) for a finding."""
    roles = _roles(t, f.index)
    first = {r: (c, m) for r, c, m in reversed(roles)}  # first occurrence of each role
    if f.rule == "noun":
        # "US tariffs", "EU steel quotas", "China's gallium export ban": the place right
        # before the measure (across metals and flow words) imposes it
        k = f.index - 1
        while k >= 0 and (
            t.is_metal[k]
            or _flow_of(t.toks[k].low)
            or t.toks[k].low
            in (
                "new",
                "ore",
                "raw",
                "retaliatory",
                "temporary",
                "phased",
                "proposed",
                "planned",
            )
            or _measure_of(t.toks[k].low)
        ):
            k -= 1
        if k >= 0 and t.place_at[k] is not None:
            code, _s, _e, matched = t.places[t.place_at[k]]  # type: ignore[index]
            if not t.gaz.is_demonym(matched) or t.toks[k].low.endswith("'s"):
                first["actor"] = (code, matched)
                for role in ("goods", "target", "from", "pair"):
                    if first.get(role) == (code, matched):
                        del first[role]
    actor = first.get("actor")
    flow = f.flow if f.flow in (EXPORT, IMPORT) else None
    if flow is None:
        flow = _flow_near(t, f.index, lo, hi)
        if flow == NEUTRAL:
            flow = None
    goods = first.get("goods")
    frm = first.get("from")
    kind = f.measure if f.status == "resuming" and f.measure else f.status
    if flow is None:
        if kind == "tariff" or "safeguard" in t.text.lower():
            flow = IMPORT
        elif kind in ("licensing", "quota"):
            flow = EXPORT
        elif frm is not None and (actor is None or frm[0] != actor[0]):
            flow = IMPORT
        elif goods is not None and (actor is None or goods[0] != actor[0]) and actor is not None:
            flow = IMPORT
        else:
            flow = EXPORT
    words: list[str] = []
    origin = destination = "*"

    def pick(*names: str) -> tuple[str, str] | None:
        for name in names:
            if name in first:
                return first[name]
        return None

    if flow == EXPORT:
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


#: Markers that mark the whole headline as proposed wherever they stand ("..., bill says").
STRONG_PROPOSED_RE = re.compile(
    r"\b(?:bill|draft|proposal|proposals|proposed|consultation|under\s+review)\b", re.IGNORECASE
)


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
    m = PROPOSED_RE.search(clause) or STRONG_PROPOSED_RE.search(t.text)
    if m:
        return m.group(0)
    for m2 in MAY_RE.finditer(clause):
        before = clause[: m2.start()].split()
        if before and before[-1].lower().strip(",") in MONTH_PREP:
            continue
        if m2.group(0) == "May" and not before:
            continue
        return m2.group(0)
    return None


def _rate(text: str, anchor: int) -> tuple[float, str] | None:
    cands = list(RATE_RE.finditer(text))
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


_TRADE_SENT_RE = re.compile(
    r"\b(?:export|import|tariff|dut(?:y|ies)|quota|ban|restrict|control|licen[cs]|permit|"
    r"shipments|sanction|levy|curb|suspend|resum|lift)\w*",
    re.IGNORECASE,
)


def _summary_metals(summary: str, metals: Sequence[Metal]) -> tuple[str, ...]:
    for sent in _sentences(summary):
        if _TRADE_SENT_RE.search(sent):
            found = _metals_in(sent, metals)
            if found:
                return found
    return _metals_in(summary, metals)


_TRIGGER_WORDS: frozenset[str] = frozenset(
    set(FLOW_WORDS)
    | set(MEASURE_NOUNS)
    | set(STOP_VERBS)
    | RELEASE_VERBS
    | RESTART_VERBS
    | GRANT_VERBS
    | REPLACE_VERBS
    | RELEASE_NOUNS
    | OPEN_WORDS
    | {"232", "adjusting"}
    | {w.split()[0] for w in set(STOP_VERBS) | RELEASE_VERBS if " " in w}
    | {"dumping"}
)
_WORD_RE = re.compile(r"[a-z0-9]+")


def _has_trigger(text: str) -> bool:
    """A cheap pre-check: does the text contain any word the rules react to?"""
    return not _TRIGGER_WORDS.isdisjoint(_WORD_RE.findall(text.lower()))


def _analyse(
    title: str, summary: str, metals: Sequence[Metal], gazetteer: Gazetteer | None
) -> tuple[PolicyEvent | None, list[str]]:
    gaz = gazetteer or Gazetteer.default()
    trace: list[str] = []
    title = " ".join((title or "").split())
    summary = " ".join((summary or "").split())
    if not _has_trigger(title) and not any(_has_trigger(x) for x in _sentences(summary)[:2]):
        trace.append("no trade-measure words")
        return None, trace
    t = _Text(title, metals, gaz)
    reading = _read(t, trace=trace)
    source = t
    conf_scale = 1.0
    if reading.finding is None and reading.vetoed is None and summary:
        # the title says nothing about a measure: read the lede, verbs only
        for sent in _sentences(summary)[:2]:
            st = _Text(sent, metals, gaz)
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

    metal_ids = _metals_in(title, metals)
    if not metal_ids and summary:
        metal_ids = _summary_metals(summary, metals)
        if metal_ids:
            trace.append("metals from the summary: " + ", ".join(metal_ids))
            conf_scale *= 0.9
    if not metal_ids:
        trace.append("no watched metal named: no event")
        return None, trace

    n = len(source.toks)
    origin, destination, flow, place_words = _corridor(source, f, 0, n)
    if origin == "*" and destination == "*" and summary and source is t:
        for sent in _sentences(summary)[:3]:
            st = _Text(sent, metals, gaz)
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
    return _analyse(title, summary, metals, gazetteer)[0]


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
