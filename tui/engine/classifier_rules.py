"""The word table of the trade-policy classifier (data only: words, patterns, rule ranks).

The ``tui.engine.classifier*`` modules hold the logic; this module holds what they read: which words
name flows and measures, which verbs impose, stop, release or restart, which words veto a
headline (denials, market moves, operations, companies), the proposed-markers and the rate
pattern. Extending the vocabulary means editing a table here, not the logic.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

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
         "licenses", "licence", "license", "licensing", "permits", "permit",
         "approvals", "approval", "requirements", "rules", "regulations",
         "measures", "restraints", "checks", "tightening"),
        "licensing",
    ),
    # state trading and approved-exporter lists: only named firms may trade (joined tokens,
    # see MULTI_WORDS)
    **dict.fromkeys(
        ("state-trading", "approved-list", "approved-lists", "approved-exporters",
         "approved-exporter", "approved-importers", "approved-suppliers", "whitelist",
         "whitelists", "white-list", "sole-exporter", "exclusive-exporter", "only-exporter",
         "sole-exporters", "exclusive-exporters", "only-exporters",
         # registration or a dealer's authorisation required to trade (joined tokens)
         "import-registration", "export-registration", "registration-requirement",
         "registration-requirements", "compulsory-registration", "mandatory-registration",
         "online-registration", "registration-mandatory", "registration-compulsory",
         "authorised-dealers", "authorized-dealers",
         "licensed-dealers", "approved-dealers", "dealers-authorised", "dealers-authorized",
         "dealers-licensed",
         # an import (export) monitoring system: licences to watch the flow (joined tokens)
         "import-monitoring", "export-monitoring",
         # a quality-control order's abbreviation: goods admitted only when certified
         "qco", "qcos"),
        "licensing",
    ),
    # a cash deposit under a duty order is the duty collected at entry (joined tokens)
    **dict.fromkeys(("cash-deposit", "cash-deposits"), "tariff"),
    # a limit or cap on a flow is a quantity: "export limits", "caps on imports"
    **dict.fromkeys(("quota", "quotas", "limits", "limit", "cap", "caps", "ceiling", "ceilings",
                     # the trade press's abbreviation of a tariff-rate quota
                     "trq", "trqs"),
                    "quota"),
    **dict.fromkeys(
        ("tariff", "tariffs", "duty", "duties", "levy", "levies", "tax", "taxes", "surtax",
         "surtaxes",
         "anti-dumping", "antidumping", "countervailing", "surcharge", "surcharges",
         "safeguard", "safeguards", "counter-tariffs", "counter-tariff", "countermeasures",
         "countermeasure", "counter-measures", "counter-duties", "fee", "fees", "excise",
         # the trade press's abbreviations: a regulatory or countervailing duty
         "rd", "cvd", "cvds"),
        "tariff",
    ),
}
WEAK_NOUNS = frozenset(
    {"tax", "taxes", "levy", "levies", "fee", "fees", "excise", "limit", "limits", "cap", "caps", "ceiling",
     "ceilings", "permit", "permits", "approval",
     "approvals", "requirements", "surcharge", "surcharges", "control", "suspension", "halt",
     "stoppage", "sanction", "restriction", "restrictions", "rules", "regulations",
     "measures", "restraints", "checks", "tightening"}
)
#: Weak nouns of a charge: on goods of a named place they are a duty ("levy on Canadian
#: aluminum"); alone ("tax on miners") they are not trade policy.
CHARGE_NOUNS = frozenset(
    {"tax", "taxes", "levy", "levies", "surcharge", "surcharges", "fee", "fees", "excise"}
)
#: Words that make a charge a trade duty ("protection fees", "protective levy", "dumping levy").
PROTECTION_WORDS = frozenset(
    {"protection", "protective", "protectionist", "safeguard", "dumping", "retaliatory"}
)
#: Passive appeals: "Beijing is urged to relax curbs" asks a government, it decides nothing.
APPEALED = frozenset({"urged", "asked", "pressed", "implored", "encouraged", "lobbied"})
#: A measure noun followed by these was called for, not taken ("Ban on copper exports urged").
CALLED_FOR = APPEALED | {"sought", "demanded", "requested"}
#: Asking another to act ("the minister asked the mining ministry to lift a ban"): an appeal.
ASKING = APPEALED | frozenset(
    {"ask", "asks", "asking", "urge", "urges", "urging", "request", "requests", "requesting",
     "press", "presses", "pressing", "calls", "called", "call"}
)
#: Warning verbs: a warning that a measure "could backfire" comments on its effects.
WARN_VERBS = frozenset({"warn", "warns", "warned", "warning", "cautions", "cautioned"})
#: Modals after a measure that speak of its effects ("tariffs could backfire", "will hurt").
EFFECT_MODALS = frozenset({"could", "may", "might", "would", "will", "can"})
#: Speakers whose call, in a trailing attribution, is lobbying ("Raise tariffs, say producers").
SAY_WORDS = frozenset({"say", "says", "said", "urge", "urges", "want", "wants"})
#: Speakers of an industry, not a government (officials, lawmakers, regulators are not).
INDUSTRY_SPEAKERS = frozenset(
    {"miners", "companies", "firms", "producers", "smelters", "refiners", "traders", "workers",
     "unions", "mills", "buyers", "sellers", "exporters", "importers", "manufacturers",
     "automakers", "executives", "steelmakers", "fabricators", "makers",
     # a company's heads speak for it ("steel CEOs urge ...", "aluminium chiefs")
     "ceo", "ceos", "chiefs", "bosses"}
)
#: Generic measure nouns whose modifier names the kind ("tariff restrictions" are tariffs).
GENERIC_MEASURE_HEADS = frozenset(
    {"restriction", "restrictions", "measure", "measures", "rules", "curbs", "steps", "action",
     "actions", "requirement", "requirements"}
)
#: Nouns that release a measure ("tariff exemption", "lifting of the ban").
RELEASE_NOUNS = frozenset(
    {"lifting", "easing", "removal", "relaxation", "suspension", "pause", "exemption",
     "exemptions", "waiver", "waivers", "relief", "end", "rollback", "reprieve", "repeal",
     "exclusion", "exclusions", "resumption", "reopening", "restart", "withdrawal",
     "termination", "elimination", "abolition", "cancellation", "revocation",
     "carve-out", "carve-outs", "carveout", "carveouts"}
)
#: Nouns of a cut after a duty ("customs duty cut", "tariff reduction"): the duty is lowered,
#: a release when no new rate is given ("duty cut to 5%" sets a tariff at its new rate).
CUT_NOUNS = frozenset({"cut", "cuts", "reduction", "reductions"})
#: What may follow such a noun ("duty cut on silver", "duty cut in Budget", at the end).
CUT_NOUN_NEXT = frozenset(
    {"", "on", "for", "of", "in", "from", "to", "and", ",", ";", ":", "—", "–", "-", "|"}
)
#: What joins a cut noun to the duty after it ("reduction in customs duty", "cut of duties").
CUT_OF = frozenset({"in", "of", "on"})
#: Exemption-like nouns: releasing *them* reimposes the measure ("ends tariff exemptions").
EXEMPTION_NOUNS = frozenset({"exemption", "exemptions", "waiver", "waivers", "exclusion",
                             "exclusions", "reprieve", "rebate", "rebates", "reimbursement",
                             "reimbursements", "refund", "refunds", "drawback", "drawbacks",
                             "carve-out", "carve-outs", "carveout", "carveouts"})
#: Passive words of a place left out of a measure when "from" the measure follows ("Australia
#: spared from US tariffs", "exempt from", "excluded from"): a release on the spared goods.
SPARED_FROM = frozenset({"exempt", "exempted", "spared", "excluded"})
#: Release nouns that end a thing outright: ending an exemption after its measure noun
#: ("cancellation of export tax rebates") brings the measure back.
END_NOUNS = frozenset(
    {"end", "removal", "withdrawal", "termination", "elimination", "abolition", "cancellation",
     "revocation", "rollback", "repeal"}
)
OPEN_WORDS = frozenset({"tariff-free", "duty-free", "quota-free"})


def forms(*stems: str) -> frozenset[str]:
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
        forms("ban|s|ned|ning", "prohibit|s|ed|ing", "bar|s|red|ring", "embargo|es|ed",
               "halt|s|ed|ing", "suspend|s|ed|ing", "stop|s|ped|ping", "block|s|ed|ing",
               "freeze|s", "froze", "frozen", "pause|s|d", "pausing", "cut off", "cuts off",
               "outlaw|s|ed|ing", "forbid|s|ding", "forbade", "forbidden", "disallow|s|ed|ing"),
        "suspended",
    ),
    **dict.fromkeys(
        forms("restrict|s|ed|ing", "curb|s|ed|ing", "control|s|led",
               "require|s|d", "requiring", "tighten|s|ed|ing", "regulate|s|d", "take over",
               "takes over", "took over", "taking over"),
        "licensing",
    ),
    # a limit on a flow is a quantity, as the nouns "limit" and "cap" are
    **dict.fromkeys(forms("cap|s|ped|ping", "limit|s|ed|ing"), "quota"),
}
#: Of the stop verbs, those that release a measure when their object is one
#: ("suspends ban", "halts tariffs", "pauses export controls", "delays ban").
DOUBLE_EDGED = forms(
    "halt|s|ed|ing", "suspend|s|ed|ing", "stop|s|ped|ping", "block|s|ed|ing", "freeze|s",
    "froze", "frozen", "pause|s|d", "pausing", "delay|s|ed|ing", "postpone|s|d",
    "postponing", "defer|s|red|ring",
)
#: Verbs that put a measure off before it takes effect ("postpones export restrictions",
#: "shelves proposed ban", "puts off curbs"): nothing changes, no event.
DEFER_VERBS = forms(
    "delay|s|ed|ing", "postpone|s|d", "postponing", "defer|s|red|ring", "shelve|s|d",
    "shelving", "put off", "puts off", "push back", "pushes back", "pushed back",
    "hold off", "holds off", "held off",
)
#: Backing off a measure in force releases it ("U.S. standing down on aluminum tariffs");
#: backing off a plan or a threat drops it (``DENIAL_RE``: no event).
BACK_OFF_VERBS = frozenset(
    f"{v} {e}" for v in ("stand", "stands", "standing", "stood", "back", "backs", "backed",
                         "backing") for e in ("down", "off", "away")
)
#: "Lift" in the sense of "raise" when a new rate follows ("lifts levies to 50%").
LIFT_VERBS = forms("lift|s|ed|ing")
#: Verbs that release a measure ("lifts ban", "eases curbs", "exempts ... from tariff").
RELEASE_VERBS = forms(
    "lift|s|ed|ing", "ease|s|d", "easing", "relax|es|ed|ing", "remove|s|d", "removing",
    "scrap|s|ped|ping", "end|s|ed|ing", "rescind|s|ed|ing", "revoke|s|d", "revoking",
    "repeal|s|ed|ing", "roll back", "rolls back", "rolled back", "drop|s|ped|ping",
    "waive|s|d", "waiving", "exempt|s|ed|ing", "loosen|s|ed|ing", "cancel|s|led|ling",
    "withdraw|s|n|ing", "withdrew", "reverse|s|d", "reversing", "abolish|es|ed|ing",
    "eliminate|s|d", "eliminating",
    "axe|s|d", "unwind|s|ing", "terminate|s|d", "terminating", "strike down", "strikes down", "struck down",
    "give up", "gives up", "gave up", "giving up", "given up",
    "streamline|s|d", "streamlining", "simplify", "simplifies", "simplified", "simplifying",
    "backtrack|s|ed|ing",
    # a duty taken to nothing ("zeroes import duties on scrap"); "zero" alone is an amount
    "zeroes", "zeros", "zeroed", "zeroing", "zero out", "zeroes out", "zeros out", "zeroed out",
) | DOUBLE_EDGED | DEFER_VERBS | BACK_OFF_VERBS
#: Release verbs that, on a permission (a licence or permit held by a trader), take it away:
#: "revokes licence of gold exporter" tightens (``suspended``); "revokes licence requirement"
#: still releases the requirement.
REVOKE_VERBS = forms(
    "revoke|s|d", "revoking", "cancel|s|led|ling", "withdraw|s|n|ing", "withdrew",
    "suspend|s|ed|ing", "strip|s|ped|ping", "pull|s|ed|ing",
    # halting or freezing the issue of permits takes them away too ("halts export permits")
    "halt|s|ed|ing", "freeze|s", "froze", "frozen", "stop|s|ped|ping",
)
PERMISSION_WORDS = frozenset({"licence", "license", "licences", "licenses", "permit", "permits"})
#: Nouns after a permission that make it a regime ("licence requirement", "permit system").
REGIME_WORDS = frozenset(
    {"requirement", "requirements", "regime", "system", "rules", "rule", "scheme", "controls"}
)
#: Verbs that restart a flow ("resumes exports", "allows shipments").
RESTART_VERBS = forms(
    "resume|s|d", "resuming", "restart|s|ed|ing", "reopen|s|ed|ing", "allow|s|ed|ing",
    "clear|s|ed",
    "unban|s|ned", "approve|s|d", "approving", "normalise|s|d", "normalize|s|d",
    # "permits" is also the noun of a licence: only the participle ("imports permitted again")
    "permitted",
)
#: Restart verbs that also name a price level ("copper clears $10,000"): a restart only when
#: a country clears exports or imports.
CLEAR_VERBS = forms("clear|s|ed")
#: Verbs that hand out licences ("grants first export licences") -> flows restart.
GRANT_VERBS = forms("grant|s|ed|ing", "issue|s|d", "issuing", "approve|s|d", "approving")
#: "replace X with Y", "swap X for Y".
REPLACE_VERBS = forms("replace|s|d", "replacing", "swap|s|ped", "switch|es|ed|ing",
                       "convert|s|ed|ing") | frozenset(
    # "ban to give way to quotas", "ban makes way for quotas": the old measure goes
    f"{v} way" for v in ("give", "gives", "gave", "giving", "given", "make", "makes", "made",
                         "making")
)
#: Verbs of a measure's term running out ("surveillance set to expire", "duty lapses").
EXPIRE_VERBS = forms("expire|s|d", "expiring", "lapse|s|d", "lapsing")
#: A surveillance of imports (prior surveillance licences): a measure when it expires.
SURVEILLANCE_NOUNS = frozenset({"surveillance"})
#: Verbs of a shift ("moves to quota system"): a replacement only after a release in the text.
SHIFT_VERBS = forms("move|s|d", "moving", "shift|s|ed|ing", "transition|s|ed|ing")
#: Verbs that impose or keep a measure; the noun decides the status ("extends ban").
IMPOSE_VERBS = forms(
    "impose|s|d", "imposing", "reimpose|s|d", "introduce|s|d", "slap|s|ped", "announce|s|d",
    "extend|s|ed|ing", "expand|s|ed|ing", "raise|s|d", "raising", "hike|s|d", "double|s|d",
    "triple|s|d", "increase|s|d", "set|s", "keep|s", "kept", "maintain|s|ed", "reinstate|s|d",
    "restore|s|d", "adopt|s|ed", "add|s|ed|ing", "widen|s|ed", "broaden|s|ed",
    "finalise|s|d", "finalize|s|d", "confirm|s|ed", "apply|ies", "applied", "levies",
    "levied", "enforce|s|d", "cut|s", "lower|s|ed", "reduce|s|d", "slash|es|ed", "trim|s|med",
    "halve|s|d", "halving",
    "unveil|s|ed", "enact|s|ed", "reaffirm|s|ed", "reiterate|s|d", "uphold|s", "upheld",
    "agree|s|d", "put|s", "place|s|d", "target|s|ed", "tighten|s|ed", "bolster|s|ed|ing",
    "strengthen|s|ed|ing", "toughen|s|ed|ing", "harden|s|ed|ing",
    "bring|s forward", "brought forward", "prolong|s|ed|ing", "renew|s|ed|ing", "accept|s|ed", "plan|s|ned", "propose|s|d", "consider|s|ed|ing",
    "weigh|s|ed|ing", "mull|s|ed|ing", "threaten|s|ed|ing", "order|s|ed", "launch|es|ed",
    "retaliate|s|d", "brings", "issue|s|d", "issuing", "implement|s|ed|ing", "implementation",
    "announcing", "to",
)
#: Verbs that revise a measure in force ("amends Russia sanctions"): its author acts on it.
REVISE_VERBS = forms(
    "amend|s|ed|ing", "revise|s|d", "revising", "update|s|d", "updating", "modify", "modifies",
    "modified", "modifying",
)
#: Verbs by which a subject acts on a measure named after another country ("Canada announces
#: new US tariffs", "Tokyo amends Iran sanctions"): that country is the target.
ACTS_ON_VERBS = IMPOSE_VERBS | REVISE_VERBS
#: The verbs the rules read as acting on a measure or a flow (impose, stop, release, grant,
#: restart, revoke): a title with one tells an act. "to" is in the imposing table for "EU to
#: ban ..." and is no verb here.
ACT_VERBS = (
    IMPOSE_VERBS
    | frozenset(STOP_VERBS)
    | RELEASE_VERBS
    | GRANT_VERBS
    | RESTART_VERBS
    | REVOKE_VERBS
) - {"to"}
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
#: Sites and activities a measure word can be about instead of trade ("moratorium on deep-sea
#: mining", "permit for a lithium project").
SITE_WORDS = frozenset(
    {"mining", "mine", "mines", "project", "projects", "smelter", "smelters", "refinery",
     "refineries", "plant", "plants", "exploration", "drilling", "operations", "construction"}
)
#: Words that end the object of a verb (a new clause begins).
CLAUSE_BREAK = frozenset({";", ":", "—", "–", "but", "while", "as", "after", "amid", "despite",
                          "following", "since", "says", "said", "say", "|"})
#: A clause starting with these is background ("after months-long suspension").
BACKGROUND_MARKERS = frozenset(
    {"after", "following", "amid", "amidst", "despite", "since", "ending",
     # "X's export ban looms over Y": Y is who worries, not a side of the measure
     "looms", "hangs"}
)

#: Denials, refusals and abandoned plans: no event.
DENIAL_RE = lazy(
    r"\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed)|no\s+plans?|no\s+intention|not\s+(?:plan|"
    r"planning|considering|consider|intend|intending|seeking|going|to)\b|(?:will|would|does|"
    r"do|did|is|are|has|have|can|could)\s+not\b|(?:won|doesn|don|didn|isn|aren|hasn|haven|"
    r"wouldn|can)['’]?t\b|rules?\s+out|ruled\s+out|rejects?|rejected|refuses?|refused|"
    r"dismiss(?:es|ed)?|(?:drops?|dropped|shelves|shelved|scraps?|scrapped|abandons?|"
    r"abandoned|withdraws?|withdrew|kills?|killed|abolish(?:es|ed)?|eliminat(?:es|ed)|"
    r"(?:give|gives|gave|giving|given)\s+up)\s+"
    r"(?:its\s+|the\s+|a\s+)?(?:plans?|"
    r"proposals?|bill|idea|threats?)|"
    # the plan named after its measure ("abandons bauxite export ban plan")
    r"(?:drops?|dropped|shelves|shelved|scraps?|scrapped|abandons?|abandoned|withdraws?|"
    r"withdrew|kills?|killed|abolish(?:es|ed)?|eliminat(?:es|ed))\s+(?:its\s+|the\s+|a\s+)?"
    r"(?:[\w'’-]+\s+){1,4}?"
    r"(?:plans?|proposals?|threats?)\b|"
    r"(?:(?:backs?|backed|backing|stands?|standing|stood)\s+(?:away|down|off)"
    r"|walk(?:s|ed|ing)?\s+back|backtrack(?:s|ed|ing)?|rows?\s+back|rowed\s+back|rowing\s+back"
    r"|revers(?:es|ed|ing|e)\s+course|climb(?:s|ed|ing)?\s+down)"
    r"\s+(?:(?:on|from)\s+)?(?:[\w'’-]+\s+){0,3}?(?:plans?|proposals?|threats?|threatened|"
    r"planned|proposed|idea|push|bid)"
    r"|u-?turn(?:s|ed|ing)?|u\s+turn|rumou?rs?\s+(?:of|about)|"
    r"no\s+(?:[a-z-]+\s+)?(?:tariffs?|dut(?:y|ies)|"
    r"bans?|quotas?|curbs?|levy|levies)\s+(?:on|for|against|yet|for\s+now|so\s+far)|false|fake|unaffected|immune|fact[-\s]?check(?:s|ed|ing|er|ers)?|misleading|debunk(?:s|ed)?|"
    r"oppos(?:e|es|ed|ing)|avoid(?:s|ed|ing)?|(?:avert(?:s|ed|ing)?|(?:head(?:s|ed|ing)?|"
    r"stave(?:s|d)?|staving|ward(?:s|ed|ing)?|fend(?:s|ed|ing)?)\s+off)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:tariffs?|dut(?:y|ies)|bans?|sanctions?|quotas?|curbs?|levy|levies|restrictions?)\b|"
    r"refrain(?:s|ed|ing)?\s+from|no\s+decision|decid(?:e|es|ed|ing)\s+against|"
    r"yet\s+to\s+(?:decide|see|issue|receive|grant|get|approve)|"
    r"(?:says?|said|insists?|insisted)\s+no\s+(?:exemptions?|exclusions?|waivers?|carve-?outs?)|undecided|to\s+(?:decide|rule|vote)\s+on|lack(?:s|ed|ing)?(?!\s+of\b)|no\s+longer\s+(?:double|triple|raise|"
    r"impose|increase|hike|go\s+ahead))\b",
    re.IGNORECASE,
)
#: Words one of which must be present for DENIAL_RE to match (a cheap pre-check).
DENIAL_WORDS = frozenset(
    """deny denies denied denying refute refutes refuted no not won't wont doesn't don't
    didn't isn't aren't hasn't haven't wouldn't can't rules rule ruled reject rejects
    rejected refuse refuses refused dismiss dismisses dismissed drop drops dropped shelves
    shelved scrap scraps scrapped abandon abandons abandoned withdraw withdraws withdrew kill
    kills killed back backs u-turn rumours rumors rumour rumor false fake unaffected immune
    fact fact-check factcheck fact-checks misleading debunk debunks debunked oppose opposes
    opposed opposing avoid avoids avoided avoiding refrain refrains refrained refraining
    decision yet undecided lack lacks lacked lacking longer decide decides decided deciding
    against vote avert averts averted
    averting head heads headed heading stave staves staved staving ward wards warded warding
    fend fends fended fending walk walks walked walking""".split()
) | BACK_OFF_VERBS | frozenset({"give up", "gives up", "gave up", "giving up", "given up"})
#: What the denial pre-check also looks for: the reversal words of ``DENIAL_RE`` ("U-turns on",
#: "backtracks on the threat", "rows back on its plan"), kept apart from ``DENIAL_WORDS``, which
#: is also a feature of the learned gate.
DENIAL_CHECK_WORDS = DENIAL_WORDS | frozenset(
    """u-turns u-turned u-turning u backtrack backtracks backtracked backtracking rows rowed
    rowing row course climbs climbed climbing climb abolish abolishes abolished eliminates
    eliminated""".split()
)
#: A share of a quota ("exhaust 74% of quotas", "use up 90% of the duty-free quota"): how much
#: of a quota in force is used, market data, not a measure.
QUOTA_SHARE_RE = lazy(
    r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+(?:[\w'’-]+\s+){0,3}?quotas?\b",
    re.IGNORECASE,
)
#: Market-move wording: the headline is about prices, not policy.
MARKET_RE = lazy(
    r"\b(?:prices?|futures|premiums?|stocks|inventor(?:y|ies)|rall(?:y|ies|ied)|ris(?:e|es|ing)"
    r"|rose|fall(?:s|ing)?|fell|gain(?:s|ed)?|climb(?:s|ed)?|slip(?:s|ped)?|drop(?:s|ped)?\s+"
    r"\d|jump(?:s|ed)?|surg(?:e|es|ed)|soar(?:s|ed)?|slid(?:e|es)?|slump(?:s|ed)?|tumbl(?:e|es|ed)"
    r"|(?:clear(?:s|ed)?|tops?|topped|break(?:s)?|broke|cross(?:es|ed)?)\s+(?:us)?[$€£]\d+|plung(?:e|es|ed)|plummet(?:s|ed)?|sink(?:s)?|sank|spik(?:e|es|ed)|dip(?:s|ped)?|"
    r"retreat(?:s|ed)?|rebound(?:s|ed)?|steady|steadies|(?<!\d\s)(?<!\bthe\s)firm(?:s|ed)(?!\s+(?:will|would|must|have|has|are|were|that|who))|edg(?:e|es|ed)\s+(?:up|"
    r"down|higher|lower)|record\s+(?:high|low)|hits?\s+(?:a\s+)?(?:record|high|low|\d)|"
    r"(?:highest|lowest)\s+(?:since|in)|weak(?:er)?\s+demand|investors?|"
    # traders, but not a class the state approves or owns ("only via state-owned traders")
    r"(?<!approved\s)(?<!licensed\s)(?<!licenced\s)(?<!registered\s)(?<!designated\s)"
    r"(?<!accredited\s)(?<!certified\s)(?<!authorised\s)(?<!authorized\s)(?<!owned\s)"
    r"(?<!run\s)(?<!state\s)traders?|"
    # a market's state ("exports sluggish on sanctions"; "slow to act" is no market word)
    r"(?:slow|sluggish|subdued|muted|quiet|lacklust(?:re|er))(?!\s+to\b)|"
    r"\w+-(?:year|week|month|day)\s+(?:high|low|peak|top|bottom)|safe[-\s]haven|bullion|react(?:s|ed|ing|ion)?|unfazed|unmoved|shrug(?:s|ged|ging)?\s+off|shak(?:e|es|en|ing)|tight\s+ranges?|\w+-month\s+(?:high|low)|eases?\s+as|mixed)\b",
    re.IGNORECASE, fold=True, memo=64,  # a title's market words are asked for by many rules
)
#: Words that make a market headline's policy noun speculative ("on tariff fears").
SPECULATION_WORDS = frozenset(
    {"fears", "fear", "worries", "worry", "concerns", "jitters", "bets", "hopes", "risk",
     "risks", "uncertainty", "speculation", "talk", "ahead", "threat", "threats", "prospect",
     "confusion", "unpredictability", "turmoil", "chaos", "whiplash", "hazard", "hazards",
     "spectre", "specter", "danger", "dangers"}
)
#: A market's mood about a measure ("tariff fears", "sanctions jitters"): after a measure word
#: the words name the mood, and a verb before them acts on it, never on the measure.
MOOD_NOUNS = frozenset(
    {"fears", "worries", "jitters", "concerns", "uncertainty", "speculation", "confusion",
     "turmoil", "chaos", "whiplash", "angst", "anxiety", "anxieties", "nerves", "jitteriness"}
)
#: A measure's target told as an idiom ("copper comes in Trump's tariff crosshairs"): threatened.
TARGET_IDIOMS = frozenset({"crosshairs", "crosshair"})
#: Proposed / not in effect.
PROPOSED_RE = lazy(
    r"\b(?:consider(?:s|ing|ed|ation)?|plans?|planned|planning|mull(?:s|ing|ed)?|weigh(?:s|ing)?(?!\s+(?:in\s+)?on\b)|"
    r"ey(?:e|es|ed|eing|ing)|threat(?:en(?:s|ed|ing)?|s)?|crosshairs?|firing\s+line|"
    # "he's going to double tariffs": a plan told in the future
    r"(?:is|are|am|was|were|'s|’s|'re|’re)\s+going\s+to|warn(?:s|ed)?|might|could|would|should|"
    r"propos(?:e|es|ed|al|als|ing)|draft|moot(?:s|ed)?|float(?:s|ed)|under\s+review|"
    r"review(?:s|ing)?|seek(?:s|ing)?|calls?\s+for|urg(?:e|es|ed)|push(?:es)?\s+for|"
    # "hints at tariffs", "looks at duties on ...": a measure weighed, not taken
    r"hint(?:s|ed|ing)?\s+at|look(?:s|ed|ing)?\s+at|"
    # a government pushing a measure has not yet imposed it ("as Trump pushes 50% tariff")
    r"push(?:es|ing)?(?=\s+(?:an?\s+|new\s+|\S*%\s+)*(?:\w+\s+)?(?:tariffs?|dut(?:y|ies)|bans?|"
    r"quotas?|curbs?|levy|levies|taxe?s?)\b)|"
    # envoys agree a measure that ministers have yet to adopt ("EU envoys reach consensus")
    r"(?:envoys?|ambassadors?)\s+(?:reach|agree|back|approve|endorse)\w*|"
    r"calls?\s+on|calling\s+on|wants?\s+to|explor(?:e|es|ing)|stud(?:y|ies|ying)|possib(?:le|ility)|potential|looming|probes?|suggest(?:s|ed|ions?)?|look(?:s|ing)?\s+into|"
    r"investigat(?:e|es|ion|ions|ing)|petitions?|recommend(?:s|ed|ation)?|intends?\s+to|"
    r"(?:notice\s+of\s+)?intent(?:ion)?\s+to|"
    # a measure pledged as the verb's object ("pledges more tariffs", "vows export ban"); not
    # "as promised" (done), nor a pledge of none ("pledge no export duties"), nor one "to" act
    r"(?<!as\s)(?:pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing))(?=\s+(?!no\b|not\b|to\b)"
    r"(?:[\w%-]+\s+){0,3}?(?:[\w-]*tariffs?|dut(?:y|ies)|bans?|quotas?|curbs?|lev(?:y|ies)|"
    r"tax(?:es)?|surtax(?:es)?|restrictions?|controls?|sanctions?)\b)|"
    # a measure still to be made public ("Brussels to unveil export curbs"): planned
    r"(?:to|will)\s+unveil|"
    r"expected\s+to|likely|poised\s+to|mulling|contemplat(?:e|es|ing)|ponder(?:s|ing)?|"
    r"draft(?:s|ed|ing)?|prepar(?:e|es|ing)|prepared\s+for|read(?:y|ies|ying)|in\s+case|"
    r"on\s+the\s+table|on\s+the\s+cards|near(?:s|ing)?\s+(?:an?\s+)?(?:deal|pact|agreement|accord)|in\s+(?:advanced\s+|final\s+)?talks|"
    r"(?:pledg(?:es|ed|ing)|vow(?:s|ed|ing)?|promis(?:es|ed|ing))\s+to"
    r"(?!\s+(?:maintain|keep|retain|continue|uphold|stick|stand))|"
    r"support(?:s|ed|ing)?|brac(?:e|es|ing)\s+for|expect(?:s|ing)?|develop(?:s|ing)?\s+(?:a\s+|new\s+)?(?:policy|policies|rules?|"
    r"regulations?|laws?|framework|legislation))\b",
    re.IGNORECASE, fold=True,
)
#: A purpose right before a plan word ("In order to support the industry"): the measure's aim.
PURPOSE_RE = lazy(r"\b(?:in\s+order|so\s+as)\s+to\s+$", re.IGNORECASE)
#: A plan word's judgement of need ("considers it necessary to regulate"): the rule's reason.
NEEDED_RE = lazy(r"\s+it\s+(?:necessary|needed|essential)\b", re.IGNORECASE)
#: A leader saying what he will do is a plan, unless the text dates it ("Effective June 4:
#: Trump says will double tariffs" is decided).
SAYS_WILL_RE = lazy(r"\bsays?\s+(?:(?:he|she|it|they|we)\s+)?will\b", re.IGNORECASE)
DATED_RE = lazy(
    r"\b(?:effective|starting|with\s+effect|from\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\.?\s+\d|takes?\s+effect|in\s+force|dated\s+[a-z]+\.?\s+\d|"
    r"(?:until|till|through)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+\d|(?:19|20)\d\d))",
    re.IGNORECASE, fold=True,
)
#: "may" is proposed unless it is the month ("from May", "May 1").
MAY_RE = lazy(r"\bmay\b(?!\s+\d)", re.IGNORECASE)
MONTH_PREP = frozenset({"from", "in", "since", "until", "by", "on", "of", "mid", "early",
                        "late", "end", "through", "before", "after", "till", "to", "last",
                        "next", "this", "mid-may"})

#: A rate that closes a range ("7.5-15%", "range from 3.86 percent to", "vary from 12.5% to",
#: "between 4% and").
RANGE_BEFORE_RE = lazy(
    r"(?:\d\s*(?:%\s*)?[-–]\s*$|\bof\s+\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)?\s*to\s*$|\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:from\s+|between\s+)?\d+(?:\.\d+)?\s*"
    r"(?:%|percent|per\s+cent)?\s*(?:to|and|-|–)\s*$|\bbetween\s+\d+(?:\.\d+)?\s*"
    r"(?:%|percent|per\s+cent)?\s*and\s*$)",
    re.IGNORECASE,
)
#: What precedes a rate raised for one kind of goods ("raised the duty on iron ore to 50%",
#: "tariffs for ferrochrome will be increased to 40 per cent").
RATE_GOODS_BEFORE_RE = lazy(r"\b(?:on|for)\s+(?:[\w-]+\s+){1,8}to\s+$", re.IGNORECASE)
#: A generic class of goods whose members a lede names ("steelmaking raw materials such as
#: iron ore"): the examples are the goods.
GENERIC_GOODS_RE = lazy(r"\b(?:raw\s+materials?|inputs|feedstocks?)\b", re.IGNORECASE)
EXAMPLES_RE = lazy(r"\b(?:such\s+as|including|like)\s+(.{0,60})", re.IGNORECASE)
#: What follows a rate that belongs to one kind of goods ("15% on iron billets", "a 15% tax on").
RATE_GOODS_AFTER_RE = lazy(
    r"\s*(?:\w+\s+){0,3}?(?:on|of|for)\s", re.IGNORECASE
)
#: A figure of trade data before a rate ("as imports rise 62%", "shipments fell 20%"): a change
#: in volumes or prices, not the measure's rate ("tariff rises to 50%" keeps its "to").
DATA_MOVE_BEFORE_RE = lazy(
    r"\b(?:ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|jump(?:s|ed)?|surg(?:e|es|ed)|"
    r"soar(?:s|ed)?|climb(?:s|ed)?|drop(?:s|ped)?|slump(?:s|ed)?|plung(?:e|es|ed)|grow(?:s|n)?|"
    r"grew|up|down|declin(?:e|es|ed)|shrank|shrink(?:s)?)\s+(?:by\s+)?(?:about\s+|some\s+|"
    r"nearly\s+|almost\s+|over\s+)?$"
    # a quota's volume cut or raised by a share ("reduce the quota by up to 14%") is no rate
    r"|\bquotas?\s+by\s+(?:up\s+to\s+|about\s+|some\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
#: A move to a rate right after a move word ("rises to 50%", "jump to 25 percent").
RATE_TO_RE = lazy(
    r"\s+to\s+\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b|pct\b)", re.IGNORECASE
)
#: Decimals spelled out by some outlets ("34-point-one percent" -> 34.1).
SPELLED_DECIMAL_RE = lazy(
    r"(\d+)-point-(\d+|zero|one|two|three|four|five|six|seven|eight|nine)\b", re.IGNORECASE
)
SPELLED_DIGITS = {w: str(i) for i, w in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))}
#: A tariff named in a text (a quota's rate is its out-of-quota tariff's).
TARIFF_WORD_RE = lazy(r"tariff|dut(?:y|ies)|levy|tax", re.IGNORECASE, fold=True)
#: ("25%", "25 percent", "25 per cent", "25 pct", and hyphenated: "25-per-cent", "25-percent").
RATE_RE = lazy(
    r"(\d+(?:\.\d+)?)\s*(?:%|-?\s*(?:per[\s-]*cent|pct|percentage[\s-]+points?)\b)",
    re.IGNORECASE,
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
        "baowu", "umicore", "nexa", "kghm", "anglo", "amg", "pilbara", "mineral", "resources", "mint", "bank", "banks", "pboc", "fed", "buyers", "sellers",
        "militia", "militias", "insurgents", "residents", "landowners",
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
#: A legislature's vote is a step in making a law, not the law ("lawmakers vote to impose");
#: an agency's vote ("USITC votes to impose duties") decides.
LEGISLATURE_VOTE_RE = lazy(
    r"\b(?:lawmakers|legislators|senators|deputies|mps|parliament|congress|senate|house|"
    r"assembly|legislature|lower\s+house|upper\s+house)\s+(?:\w+\s+){0,2}?"
    r"vot(?:e|es|ed|ing)\s+(?:to|for)\b",
    re.IGNORECASE, fold=True,
)
#: Bodies of a government that a demonym may head ("the Brazilian foreign trade chamber").
INSTITUTION_WORDS = frozenset(
    {"committee", "commission", "council", "chamber", "board", "bureau", "office",
     "directorate", "secretariat", "congress", "assembly", "ministries", "presidency",
     "treasury", "tribunal", "navy", "army", "embassy", "envoy", "ambassador", "premier",
     "prime", "bank", "senators", "senator", "legislators", "legislature", "deputies"}
)
#: A wire dateline opening a summary: a city in capitals, a date and/or the agency, a dash
#: ("WASHINGTON, May 31 (Reuters) -", "SEOUL, July 22 (Yonhap) --", "BEIJING (AP) —").
DATELINE_RE = lazy(
    r"^\s*[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^)]{2,30}\))?|"
    r"\s*\([^)]{2,30}\))\s*(?:--|[-–—])\s*"
)
#: Nouns after which "to X" names whom news touches, not where goods go ("a blow to Chile").
NEWS_NOUNS_BEFORE_TO = frozenset(
    {"blow", "blows", "boost", "boon", "threat", "threats", "risk", "letter", "letters",
     "visit", "trip", "message", "warning", "reply", "appeal", "plea", "setback", "headache",
     "challenge", "gift", "win", "victory", "lifeline", "relief", "pain", "damage", "harm",
     "cost", "costs", "respite",
     # what goods are to a country ("minerals critical to US weapons making", "vital to the
     # U.S. defense industry"): who needs them, not where they go
     "critical", "vital", "crucial", "essential", "indispensable", "important"}
)
#: Generic goods words ("US goods", "Russian metal").
GOODS_WORDS = frozenset(
    {"goods", "products", "metal", "metals", "ore", "ores", "concentrate", "concentrates",
     "scrap", "cars", "foil", "extrusions", "cathodes", "magnets", "supplies", "supply",
     "material", "materials", "minerals", "mineral", "items", "exports", "imports", "origin",
     "made", "output", "production", "primary", "raw", "refined"}
)
#: What follows a metal named as a coating ("aluminium – zinc coated", "zinc-clad"): the goods
#: named after it are what is traded.
COATING_RE = lazy(
    r"(?:\s*[-–—/&]\s*[A-Za-z]+)*(?:\s*[-–]\s*|\s+)(?:coated|clad|plated|galvani[sz]ed)\b",
    re.IGNORECASE,
)
#: "ADD", India's and the trade press's abbreviation of an anti-dumping duty, in capitals before
#: what it is on ("impose ADD on", "ADD of 20% on"); the verb "add" is never written so in a
#: title that is not all capitals.
ADD_RE = lazy(r"(?<![A-Z] )\bADDs?\b(?=\s+(?i:on|of|in)\b)")
ADD_WORDS = "anti-dumping duty"
#: Kinds of metal before a noun that is also a verb ("non-ferrous scrap"): the noun is goods.
MATERIAL_WORDS = frozenset({"ferrous", "non-ferrous", "nonferrous", "precious", "base-metal"})
#: Goods words that are adjectives: goods only before what they qualify ("primary aluminium",
#: "raw ore exports"), not on their own ("as required by ... the National Primary ... Rule").
GOODS_ADJECTIVES = frozenset({"primary", "raw", "refined", "made"})


#: Two-word verbs joined into one token by the tokenizer.
MULTI_WORDS = {
    **{(v, "way"): f"{v} way" for v in ("give", "gives", "gave", "giving", "given")},
    **{(v, "way"): f"{v} way" for v in ("make", "makes", "made", "making")},
    ("cut", "off"): "cut off",
    ("cuts", "off"): "cuts off",
    ("roll", "back"): "roll back",
    ("give", "up"): "give up",
    ("gives", "up"): "gives up",
    ("gave", "up"): "gave up",
    ("giving", "up"): "giving up",
    ("given", "up"): "given up",
    ("rolls", "back"): "rolls back",
    ("rolled", "back"): "rolled back",
    ("strike", "down"): "strike down",
    ("strikes", "down"): "strikes down",
    ("struck", "down"): "struck down",
    ("brings", "forward"): "brings forward",
    ("brought", "forward"): "brought forward",
    **{(v, "off"): f"{v} off" for v in ("put", "puts", "hold", "holds", "held")},
    **{(v, "back"): f"{v} back" for v in ("push", "pushes", "pushed", "hit", "hits", "strike",
                                          "strikes", "struck", "fire", "fires", "fired",
                                          "fight", "fights", "fought")},
    # backing off a measure: "stands down on aluminum tariffs", "backs off steel duties"
    **{(v, e): f"{v} {e}" for v in ("stand", "stands", "standing", "stood", "back", "backs",
                                    "backed", "backing") for e in ("down", "off", "away")},
    ("state", "trading"): "state-trading",
    # a state body made the only exporter: state trading ("to take over gold exports")
    **{(v, "over"): f"{v} over" for v in ("take", "takes", "took", "taking")},
    **{(w, e): f"{w}-{e}" for w in ("sole", "exclusive", "only") for e in ("exporter",
                                                                         "exporters")},
    **{("approved", w): f"approved-{w}" for w in ("list", "lists", "exporters", "exporter",
                                                  "importers", "suppliers")},
    **{(f, "registration"): f"{f}-registration" for f in ("import", "export")},
    **{("registration", w): f"registration-{w}" for w in ("requirement", "requirements",
                                                          "mandatory", "compulsory")},
    **{(w, "registration"): f"{w}-registration" for w in ("compulsory", "mandatory", "online")},
    **{(a, "dealers"): f"{a}-dealers" for a in ("authorised", "authorized", "licensed",
                                                "approved")},
    **{("dealers", a): f"dealers-{a}" for a in ("authorised", "authorized", "licensed")},
    **{(f, "monitoring"): f"{f}-monitoring" for f in ("import", "export")},
    # "a mechanism to monitor imports": an import monitoring system
    **{(v, f"{f}s"): f"{f}-monitoring" for v in ("monitor", "track") for f in ("import", "export")},
    **{("cash", w): f"cash-{w}" for w in ("deposit", "deposits")},
}
#: Words between a subject and its verb ("China to ban", "US will also lift").
MODALS = frozenset(
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

#: Markers that mark the whole headline as proposed wherever they stand ("..., bill says").
STRONG_PROPOSED_RE = lazy(
    r"\b(?:bill|draft|proposal|proposals|proposed|consultation|under\s+review|in\s+case|"
    r"on\s+the\s+way|looms|looming|in\s+the\s+(?:works|pipeline)|(?<!as\s)(?<!than\s)(?<!previously\s)expected(?!\s+to\b)|"
    r"(?:sources?|insiders?|officials?)\s+(?:say|says|said|tell|told)|(?:people|persons?)\s+"
    r"(?:familiar|with\s+knowledge|briefed)|according\s+to\s+(?:[\w-]+\s+){0,3}?(?:sources|people|insiders)"
    # a wire's trailing attribution with no verb ("... export duty on copper - sources")
    r"|(?<=[-–—:,]\s)(?:sources|insiders)(?=\s*$))\b",
    re.IGNORECASE, fold=True,
)

#: A summary sentence that speaks of trade (where the metals are read from).
TRADE_SENTENCE_RE = lazy(
    r"\b(?:export|import|tariff|dut(?:y|ies)|quota|ban|restrict|control|licen[cs]|permit|"
    r"shipments|sanction|levy|curb|suspend|resum|lift)\w*",
    re.IGNORECASE, fold=True,
)

#: Fiscal charges on output or sales, not trade measures ("approves a royalty on copper sales").
FISCAL_NOUNS = frozenset({"royalty", "royalties", "windfall"})
#: A stop for a commercial reason ("stopped exporting ... due to falling prices"): the seller's
#: decision, not a government's measure (searched only when a stop rule fired).
COMMERCIAL_CAUSE_RE = lazy(
    r"\b(?:due\s+to|because\s+of|owing\s+to|on)\s+(?:the\s+)?(?:\w+\s+){0,2}"
    r"(?:prices?|oversupply|glut|margins?|losses|(?:weak|low|lower|falling|slow|poor)\s+"
    r"demand)\b",
    re.IGNORECASE,
)
#: Verbs that lower a measure: on a tariff with no new rate stated they release part of it
#: ("agrees to cut steel tariffs" -> resuming; "cuts import duty to 6%" sets a rate).
REDUCE_VERBS = forms(
    "cut|s", "lower|s|ed", "reduce|s|d", "slash|es|ed", "trim|s|med", "halve|s|d", "halving"
)
PERCENT_WORDS = frozenset({"%", "percent", "pct", "per"})
#: Regions named as the goods' origin ("Asian steel"): the lede's countries are more exact.
REGION_ADJECTIVES = frozenset(
    {"asian", "european", "african", "latin", "south-east", "southeast", "gulf", "arab",
     "nordic", "balkan", "caucasian", "eurasian", "western", "eastern"}
)
#: Verbs of sending goods ("Switzerland shipped gold to the US").
SHIP_VERBS = forms("ship|s|ped", "send|s", "sent", "export|s|ed", "sell|s", "sold", "supply",
                   "supplies", "supplied")
#: Federal Register final results and determinations are in force, whatever "review" says.
FINAL_RE = lazy(
    r"\bfinal\s+(?:results?|determinations?|affirmative|rule|order)\b", re.IGNORECASE, fold=True,
)
#: Verbs of receiving a permission ("gets permit to export raw lithium").
RECEIVE_VERBS = forms("get|s", "got", "receive|s|d", "receiving", "win|s", "won", "secure|s|d",
                      "obtain|s|ed", "land|s|ed", "clinch|es|ed")
#: Verbs of a country losing what spared it ("loses exemption", "stripped of its waiver").
LOSE_VERBS = frozenset(
    {"lose", "loses", "lost", "losing", "forfeit", "forfeits", "forfeited", "stripped"}
)
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
    | {"232", "adjusting", "proclamation", "proclamations"}
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
     "shortage", "shortages", "congestion", "lockdown", "lockdowns", "pandemic", "covid"}
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
#: in Chile"); a rate, a measure noun or a verb that changes a measure also do.
LOCATIVE_AFTER = frozenset({"cards", "effect", "force", "place", "works", "pipeline"})
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
#: A trade-remedy case (its lede's provisional duty is the procedure's possible outcome).
TRADE_REMEDY_WORDS = frozenset(
    {"anti-dumping", "antidumping", "dumping", "countervailing", "anti-subsidy", "safeguard",
     "cvd", "cvds"}
)
#: Words of an investigation: a law's name in a text about one is the case, not a measure.
INVESTIGATION_WORDS = frozenset(
    {"probe", "probes", "investigation", "investigations", "inquiry", "inquiries", "review",
     "reviews"}
)
#: Words that make a review one of measures in force ("sunset review", "expiry review"): a
#: step of a trade-remedy case, not a plan (a plain "review of tariffs" weighs a change).
CASE_QUALIFIERS = frozenset(
    {"expiry", "sunset", "interim", "administrative", "mid-term", "midterm", "five-year",
     "changed-circumstances"}
)
#: Of those, the reviews whose opening heads the news ("anti-dumping sunset review"); the final
#: results of an administrative review set a duty (a measure).
SUNSET_WORDS = frozenset({"expiry", "sunset"})
#: The words of a changed-circumstances review, read through to the review they qualify
#: ("Antidumping Duty Changed Circumstances Review": a step of the case, not the duty).
CHANGED_CIRCUMSTANCES = frozenset({"changed", "circumstances", "circumstance"})
#: A trade remedy's abbreviation after its name ("anti-dumping (AD) sunset review"), read
#: through to the phrase's head.
REMEDY_ABBREVIATIONS = frozenset({"ad", "cvd", "add"})
#: Prepositions after an investigation word that name what it looks into.
INQUIRY_PREPS = frozenset({"into", "of", "on", "regarding", "concerning", "over"})
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
     # a trade-remedy case opened is not yet a measure ("anti-dumping probe", "duty inquiry")
     "probe", "probes", "investigation", "investigations", "inquiry", "inquiries",
     # nor is a review of a tariff structure ("steel tariff review"; "under review" weighs one)
     "review", "reviews",
     # nor is a customs classification of goods ("tariff classification of gold bars")
     "classification", "classifications",
     # nor are its effects on a market ("tariff headwinds", "the tariff landscape")
     "headwind", "headwinds", "tailwind", "tailwinds", "landscape",
     # nor is a body's advice on one ("safeguard extension recommendation")
     "recommendation", "recommendations",
     # nor is one asked for ("anti-dumping petition", "duty complaint")
     "petition", "petitions", "petitioner", "petitioners", "complaint", "complaints",
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
    {"call", "calls", "seek", "seeks", "urge", "urges", "lobby", "lobbies", "ask", "asks",
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
    | {"response", "responses", "reply", "replies", "retaliation", "retort",
       "hit back", "hits back", "strike back", "strikes back", "struck back", "fire back",
       "fires back", "fired back", "fight back", "fights back", "fought back"}
)
#: Safeguards on these goods are tariff-rate quotas (the EU, UK and Turkish steel safeguards).
QUOTA_SAFEGUARD_GOODS = frozenset({"steel", "steels"})
SAFEGUARD_WORDS = frozenset({"safeguard", "safeguards"})
QUOTA_WORDS = frozenset({"quota", "quotas"})
#: A lede naming a safeguard's form as a charge ("safeguard surtaxes", "a 15% surtax").
SAFEGUARD_DUTY_RE = lazy(
    r"\b(?:surtax(?:es)?|safeguard\s+(?:dut(?:y|ies)|tariffs?))\b", re.IGNORECASE
)
#: A tariff-rate quota by its abbreviation: a quota on imports, as the words spelled out are.
TRQ_WORDS = frozenset({"trq", "trqs"})
#: Measure nouns that name their flow: a TRQ and a duty's cash deposit are on imports, and so
#: are (export) monitoring systems on their flow.
FLOW_OF_MEASURE: dict[str, str] = {
    **dict.fromkeys(TRQ_WORDS | {"cash-deposit", "cash-deposits", "import-monitoring"}, IMPORT),
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
     "registered", "concession", "concessionaires", "holders", "licensees"}
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
#: Double negation: refusing to rule a measure out keeps it on the table (proposed).
NOT_RULED_OUT_RE = lazy(
    r"\b(?:refus(?:e|es|ed|ing)\s+to|(?:does|do|did|will|would|could)\s*n[o']?t|won['’]?t|"
    r"not)\s+rul(?:e|es|ed|ing)\s+out\b",
    re.IGNORECASE, fold=True,
)
#: A summary's first sentence saying the measure is only reported or being prepared.
SOURCED_RE = lazy(
    r"\b(?:(?:sources?|insiders?)\s+(?:say|says|said|tell|tells|told)|(?:people|persons?)\s+(?:familiar|with\s+"
    r"knowledge|briefed)|according\s+to\s+(?:[\w-]+\s+){0,3}?(?:sources|people|insiders)|prepar(?:es|ing)\s+(?:to|(?:new\s+|further\s+)?(?:measures|rules|regulations))|"
    r"in\s+preparation\s+for|prepared\s+for|"
    r"(?:is|are)\s+(?:considering|weighing|planning)|calling\s+on|"
    # a body that "proposed some adjustments to the safeguard" has not decided them ("the
    # proposed tariffs", an adjective, say nothing of who decides)
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)proposed\s+(?:(?:some|the|a|"
    r"new|further)\s+)?(?:[\w-]+\s+){0,2}?(?:changes?|adjustments?|amendments?|cuts?|measures?)\b|"
    # "will increase planned steel tariffs": the lede calls the measure planned
    r"planned\s+(?:[\w-]+\s+){0,4}?(?:tariffs?|dut(?:y|ies)|bans?|quotas?|curbs?|levy|levies))\b",
    re.IGNORECASE, fold=True,
)
#: Verbs of a measure in a plan ("plans to implement", "notice of intent to charge", "will
#: remove"): what a government would do.
PLAN_VERBS_PATTERN = (
    r"(?:implement|introduce|impose|reimpose|ban|bar|prohibit|restrict|limit|curb|control|cap|"
    r"halt|suspend|stop|lift|ease|relax|remove|scrap|abolish|exempt|waive|cut|lower|reduce|"
    r"raise|increase|hike|double|levy|charge|apply|extend|allow|resume|permit|tighten|replace|"
    r"slap|phase\s+out|add|trim|slash|drop|end|prolong|renew|restore|reinstate|join)"
)
#: A lede announcing a plan, not a decision ("plans to implement a policy that will exempt",
#: "issued a notice of intent to charge surtaxes", "intends to ban").
LEDE_PLAN_RE = lazy(
    r"\b(?:plans?|planning|intends?|intention|notice\s+of\s+intent)\s+to\s+"
    r"(?:\w+\s+)?" + PLAN_VERBS_PATTERN + r"\b",
    re.IGNORECASE, fold=True,
)
#: A month the measure starts, ends or is due by ("from June", "by early March").
MONTH_DATE_RE = lazy(
    r"\b(?:from|by|starting|until|till|before|through)\s+(?:early\s+|mid-?|late\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b",
    re.IGNORECASE, fold=True,
)
#: A date the measure starts or is due by ("by January 2027", "from 2026"): decided, scheduled.
BY_DATE_RE = lazy(
    r"\b(?:by|from|in)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
#: A lede saying the headline's "X to <act>" is decided: done, agreed, joined, or announced
#: by the government itself ("said on Monday it will impose", "has decided to impose").
#: A notification's operative words ("the Central Government ... hereby imposes"): the act is
#: done whatever its heading's form ("Seeks to impose ADD on ...").
HEREBY_RE = lazy(
    r"\bhereby\s+(?:imposes|notifies|prohibits|restricts|amends|revokes|rescinds)\b", re.I
)
#: A notification's heading in the "Seeks to impose" or "To impose" style, with no subject: the
#: notification's own act, not a plan (whoever "seeks" is not named).
HEADING_ACT_RE = lazy(
    r"^\W*(?:seeks\s+to|to)\s+(?:impose|rescind|revoke|amend|extend|continue|levy|withdraw|"
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
#: Imposing verbs that, on a permission ("extends export permit"), let trade go on.
GRANT_LIKE_VERBS = forms("extend|s|ed|ing", "renew|s|ed|ing", "prolong|s|ed|ing")
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
#: Steps of a trade-remedy case: "deadline for final determination on ... duties".
PROCEDURE_NOUNS = frozenset(
    {"deadline", "deadlines", "timeline", "timelines", "determination", "determinations",
     "findings", "hearing", "hearings", "report", "reports", "recommendation",
     "recommendations"}
)
#: A measure's step named between it and the head noun ("safeguard extension recommendation").
STEP_NOUNS = frozenset({"extension", "extensions", "renewal", "renewals"})
#: Verbs that look again at trade-remedy measures in force ("to review anti-dumping duties",
#: "to re-examine countervailing measures"): a step of their case, not a new measure.
REMEDY_REVIEW_VERBS = frozenset(
    {"review", "reviews", "reviewed", "reviewing"}
) | forms("re-examine|s|d", "re-examining", "reexamine|s|d", "reconsider|s|ed|ing",
          "revisit|s|ed|ing", "reassess|es|ed|ing")
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
#: Nouns of a court case against a measure ("legal challenges", "Derivatives Challenge
#: Succeeds", "lawsuit"): the case, not the measure.
CHALLENGE_NOUNS = frozenset(
    {"challenge", "challenges", "lawsuit", "lawsuits", "litigation", "suit", "suits"}
)
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
#: A lede naming a review of measures in force ("has begun a sunset review of the duties").
IN_FORCE_REVIEW_RE = lazy(
    r"\b(?:expiry|sunset|interim|administrative|changed[-\s]circumstances)\s+review", re.I
)
REVIEW_VERBS = frozenset({"review", "reviews", "reviewed", "reviewing"})
#: A title that names a measure and then its effects ("Copper Tariffs and Their Potential
#: Impact"): an explainer of the measure, not news of one.
IMPACT_TAIL_RE = lazy(
    r"\band\s+(?:their|its|the)\s+(?:potential\s+|possible\s+|likely\s+|economic\s+)?"
    r"(?:impacts?|effects?|implications|consequences|future|outlook|prospects)\s*[.?!]?\s*$",
    re.IGNORECASE,
)

# --- comments on a measure (tui/engine/classifier_comments.py, session 11) ------------------

#: Modals of a judgement on measures in force, after them ("duties must calm ...", "should
#: ease ..."): what they ought to do is a comment ("need to" is read with its "to").
JUDGEMENT_MODALS = frozenset({"must", "should", "ought"})
#: Verbs of fearing a measure's effects ("industry fears job losses from tariffs", "miners
#: brace for layoffs over curbs"): a reaction.
FEAR_VERBS = forms("fear|s|ed|ing", "brace|s|d", "bracing", "dread|s|ed|ing")
#: A verdict on a measure before a trailing attribution ("too lax, smelters say", "not
#: strict enough, miners argue", "falls short, producers say").
VERDICT_RE = lazy(
    r"\b(?:too\s+[a-z]+|(?:not\s+)?[a-z]+\s+enough|fall(?:s|ing)?\s+short|fell\s+short|"
    r"inadequate|insufficient|toothless|flawed|unfair|unjustified)\s*,",
    re.IGNORECASE,
)
#: Verbs that attribute a view in a title's tail ("..., mills say", "..., miners argue").
ATTRIBUTION_VERBS = forms("say|s", "said", "argue|s|d", "claim|s|ed", "complain|s|ed", "warn|s|ed")
#: Participles that bring a named system in ("Import Monitoring System Launched").
LAUNCH_PARTICIPLES = frozenset(
    {"launched", "introduced", "unveiled", "rolled", "implemented", "notified", "established",
     "operationalised", "operationalized", "activated", "enforced"}
)
#: A lede telling a measure in force ("today's ban", "took effect", "in force from"): a modal
#: on what it could do to supply speaks of its effects, not of a plan.
IN_FORCE_LEDE_RE = lazy(
    r"\b(?:(?:today|yesterday|this\s+week)['’]s|(?:took|takes|came|comes|went|goes)\s+"
    r"(?:into\s+)?(?:effect|force)|in\s+(?:force|effect)\s+(?:from|since)|in\s+force\b)",
    re.IGNORECASE,
)
#: Words after an effect modal that keep the measure itself uncertain ("ban could be brought
#: forward", "could soon", "could start").
MODAL_PLAN_WORDS = frozenset(
    {"be", "soon", "start", "begin", "come", "take", "return", "go", "get", "still", "also"}
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
#: A call for comments on a proposed change ("... – Comments Invited", "comment deadline").
COMMENTS_RE = lazy(
    r"\b(?:comments?|submissions|representations)\s+(?:invited|due|sought|requested|wanted|"
    r"deadline|period)\b|\bcall\s+for\s+comments\b",
    re.IGNORECASE,
)
#: A debate on a measure ("China divided on steel export tax rebate", "split over").
DEBATE_RE = lazy(r"\b(?:divided|split|torn)\s+(?:on|over)\b", re.IGNORECASE)
#: A lede publishing a recommendation or report on a measure ("has today published its final
#: recommendation to the minister on the future of ...").
PUBLISHED_ADVICE_RE = lazy(
    r"\b(?:publish(?:es|ed)?|issue[sd]?|release[sd]?)\s+(?:its\s+|a\s+|the\s+)?"
    r"(?:final\s+|preliminary\s+|interim\s+)?(?:report\s+and\s+)?recommendations?\b",
    re.IGNORECASE,
)
#: A court's order that a government lift a measure ("despite a court order for the
#: government to lift its ban", "a court ordered the government to lift"): not the lift.
COURT_ORDER_LIFT_RE = lazy(
    r"\bcourt(?:'s)?\s+(?:order|orders|ordered|ruling|ruled)\b[^.;]{0,60}?\bto\s+"
    r"(?:lift|end|scrap|remove|reverse|revoke)\b",
    re.IGNORECASE,
)
#: Nouns of the state after a caller's word ("Union Budget", "Union Cabinet", "Union
#: government"): the word names the state, not a union or party that calls.
STATE_NOUNS = frozenset(
    {"budget", "budgets", "government", "govt", "cabinet", "minister", "ministry", "finance",
     "treasury"}
)
#: Verbs of a proposal; by an industry body ("association proposes"), a call.
SUGGEST_VERBS = forms("propose|s|d", "suggest|s|ed", "seek|s", "sought")
#: A start date set for a system ("Finalizes June 28 Start Date for ... Import Monitoring
#: System"): the system is brought in on that date.
START_DATE_RE = lazy(
    r"\b(?:start|starting|effective|launch|implementation)\s+dates?\s+(?:for|of)\b", re.I
)
#: An official cited ("an official said"): not a plan when the text tells the act done.
OFFICIAL_SAID_RE = lazy(r"officials?\s", re.I)
#: A past perfect in a sourced sentence ("sources told Reuters the government had taken
#: steps to cut imports"): what was done earlier, not the news's plan.
PAST_PERFECT_RE = lazy(
    r"\bhad\s+(?:already\s+|previously\s+|earlier\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|t)\b", re.I
)
#: Verbs of petitioning ("petitions US to levy ..."): the petitioner asks for a measure.
PETITION_VERBS = forms("petition|s|ed|ing")
