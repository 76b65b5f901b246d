"""The classifier's word table: which words name flows and measures, which verbs
impose, stop, release or restart (the words around them and the denials are in
``classifier_rules_context``).

Data only; ``tui.engine.classifier_rules`` re-exports every part: the logic imports from there.
"""

from __future__ import annotations

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
         "blockade", "suspension", "halt", "stoppage", "sanctions", "sanction", "freeze"),
        "suspended",
    ),
    **dict.fromkeys(
        ("controls", "control", "curbs", "curb", "restrictions", "restriction", "licences",
         "licenses", "licence", "license", "licensing", "permits", "permit",
         "approvals", "approval", "requirements", "rules", "regulations",
         "measures", "restraints", "checks", "tightening", "certification"),
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
         "prior-registration", "advance-registration",
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
     "approvals", "requirements", "surcharge", "surcharges", "control", "suspension", "halt", "freeze",
     "stoppage", "sanction", "restriction", "restrictions", "rules", "regulations",
     "measures", "restraints", "checks", "tightening", "certification"}
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
#: "spared in the latest US tariff round", "spared by"; and verbs that take the measure as
#: their object ("Zinc escapes Canada's surtax list", "dodges tariffs").
SPARED_PREPS = frozenset({"from", "in", "by"})
ESCAPE_VERBS = frozenset({"escape", "escapes", "escaped", "dodge", "dodges", "dodged"})
SPARED_FROM = frozenset({"exempt", "exempted", "spared", "excluded"}) | ESCAPE_VERBS
#: Release nouns that end a thing outright: ending an exemption after its measure noun
#: ("cancellation of export tax rebates") brings the measure back.
END_NOUNS = frozenset(
    {"end", "removal", "withdrawal", "termination", "elimination", "abolition", "cancellation",
     "revocation", "rollback", "repeal"}
)
OPEN_WORDS = frozenset({"tariff-free", "duty-free", "quota-free"})
#: Participles that send goods to a market named after "for" ("bound for China"), and those
#: after which "to" names it ("shipped to China"): the goods' export (``classifier_sent.py``).
BOUND_FOR = frozenset({"bound", "destined", "headed", "heading", "earmarked"})
SENT_TO = BOUND_FOR | frozenset({"shipped", "sent", "sold", "going"})


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
               "outlaw|s|ed|ing", "forbid|s|ding", "forbade", "forbidden", "disallow|s|ed|ing",
               "blacklist|s|ed|ing"),
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
    "waive|s|d", "waiving", "exempt|s|ed|ing", "loosen|s|ed|ing", "cancel|s|led|ling|ed|ing",
    # the act done ("excludes Canadian steel from ..."), not a bare "exclude" still sought
    "excludes", "spares", "carve out", "carves out", "carved out",
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
    "revoke|s|d", "revoking", "cancel|s|led|ling|ed|ing", "withdraw|s|n|ing", "withdrew",
    "suspend|s|ed|ing", "strip|s|ped|ping", "pull|s|ed|ing",
    # halting or freezing the issue of permits takes them away too ("halts export permits")
    "halt|s|ed|ing", "freeze|s", "froze", "frozen", "stop|s|ped|ping",
)
PERMISSION_WORDS = frozenset({"licence", "license", "licences", "licenses", "permit", "permits"})
#: Nouns after a permission that make it a regime ("licence requirement", "permit system").
REGIME_WORDS = frozenset(
    {"requirement", "requirements", "regime", "system", "rules", "rule", "scheme", "controls"}
)
#: Verbs that restart a flow ("resumes exports", "allows shipments", "lets exports run").
RESTART_VERBS = forms(
    "resume|s|d", "resuming", "restart|s|ed|ing", "reopen|s|ed|ing", "allow|s|ed|ing",
    "let|s", "letting",
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
    "levied", "enforce|s|d", "enforcing", "polices", "policed", "policing",
    "cut|s", "lower|s|ed", "reduce|s|d", "slash|es|ed", "trim|s|med",
    "halve|s|d", "halving",
    "unveil|s|ed", "enact|s|ed", "reaffirm|s|ed", "reiterate|s|d", "uphold|s", "upheld",
    "agree|s|d", "put|s", "place|s|d", "target|s|ed", "tighten|s|ed", "bolster|s|ed|ing",
    "strengthen|s|ed|ing", "toughen|s|ed|ing", "harden|s|ed|ing",
    "bring|s forward", "brought forward", "prolong|s|ed|ing", "renew|s|ed|ing", "accept|s|ed", "plan|s|ned", "propose|s|d", "consider|s|ed|ing",
    "weigh|s|ed|ing", "mull|s|ed|ing", "float|s|ed", "moot|s|ed", "threaten|s|ed|ing",
    "order|s|ed", "launch|es|ed",
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
