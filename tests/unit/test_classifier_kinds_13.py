"""Kinds seen in the fifteenth set's misses (the ninth blind set, released for study in
session 11), in made-up phrasings, aimed at causes, never at a headline's words.

The fifteenth set (``tests/data/real_headlines_blind9/``) was read once never tuned on (92.9%
exact, 145/156: 8 false events on 144 non-measures, 2 missed of 12 measures, one measure read
proposed) and then released for study; its labels were audited by the written rules and none
was corrected. Its 11 misses were grouped by cause, false events first (objections to a
measure's exclusion process and a column on the exclusions' future, a market column whose lede
tells a measure only as the cause of a price move, an industry pressing a government for
permits, a verdict attributed to mills, a body backing a government's step, measures judged by
what they "must" do, an industry fearing job losses from tariffs), then the status (a modal of
what a ban in force could do to supply read as a plan) and the missed measures (a lede's later
clause "to avoid broader tariffs" read as a denial of the measure its main clause reports, a
monitoring system named and then "launched"). Every phrasing here was written for its kind
before the engine changed (none is a headline of any real set), in other countries, metals
and wordings.

First time, before any rule changed: 22 of 42 read right (an objection or a column on a
measure's future 5/6, a lede's measure as a price move's cause 3/4, a press for permits 2/4, an
attributed verdict 2/4, a government's step backed 2/4, measures judged by "must" 1/4, feared
effects 2/4, a modal of effect on a measure in force 2/4, a later clause's "avoid" 1/3, a
system launched 2/5). Later phrasings, written after the fixes where a kind's first phrasings
passed for other reasons or to guard a fix's edge, each read first on main's engine: 6 of 11.
So 28 of 53 first time; now 53 of 53, and the set reads 100% (156/156, no false event). The
kinds that read right first time were kept: they guard a fix for one kind against breaking
another (the measures beside each kind stay events).
"""

from __future__ import annotations

from kinds_cases import Want, check_kind, headline_cases

#: title, summary, (status, origin, destination, proposed) or None
CASES: list[tuple[str, str, Want] | object] = [
    # --- an objection to a measure's exclusion or waiver process, or a column on the
    # exclusions' future: the process is the topic, no measure (rhm-035, rhm-036) -----------
    ("Aluminium smelters object to new Section 232 waiver procedure", "", None),
    ("Copper fabricators objecting to Section 301 exclusion rule changes", "", None),
    ("Smith on Metals: Section 232 Waivers and What Comes Next", "", None),
    ("Nickel Tariff Exclusions and Their Future", "", None),
    # later phrasings (written after the fixes, read first on main's engine: 0 of 2)
    ("Canadian zinc industry objects to Section 232 tariff process changes", "", None),
    ("Brown on Trade: Section 232 Copper Exclusions and Their Outlook", "", None),
    # measures beside them stay events
    ("US imposes Section 232 tariffs on copper imports", "", ("tariff", "*", "US", False)),
    (
        "Mexico raises steel import duty to 25%; mills object",
        "",
        ("tariff", "*", "MX", False),
    ),
    # later phrasing (main: right): a protest beside a measure told by its verb
    ("Steelmakers protest as Turkey doubles steel import duty", "", ("tariff", "*", "TR", False)),
    # --- a market column whose title names no measure, whose lede's measure stands only in an
    # "after" clause of a price move: the move is the news (rhm-038) -------------------------
    (
        "Copper: Range-bound into the new year",
        "Cathode premiums to ease after import duties lifted by India",
        None,
    ),
    (
        "Nickel weekly: sideways trade",
        "Ore prices to drift lower after Indonesia eases nickel export ban",
        None,
    ),
    (
        "Zinc outlook: A quiet quarter",
        "Spot premium expected to slide after Peru scraps zinc export tax",
        None,
    ),
    # the lede's main clause reports the measure: an event
    (
        "Metals wrap: a busy Monday",
        "Indonesia lifted its ban on nickel ore exports on Monday.",
        ("resuming", "ID", "*", False),
    ),
    # --- an industry presses a government for permits or licences to be granted: a call
    # (rhm-043) --------------------------------------------------------------------------
    ("Battery makers press Beijing for graphite export licences", "", None),
    ("Carmakers lobby Jakarta for nickel export permits to keep plants open", "", None),
    ("Chipmakers pressing Beijing for gallium export approvals", "", None),
    # later phrasing (main: wrong)
    ("Carmakers press Seoul for cobalt import duty waiver", "", None),
    # the government's own licences: an event
    (
        "China requires export licences for graphite from December",
        "",
        ("licensing", "CN", "*", False),
    ),
    # --- a verdict on a measure attributed to an industry ("too weak, mills say"): a reaction
    # (rhm-044) --------------------------------------------------------------------------
    ("UK's planned aluminium import quotas too lax, smelters say", "", None),
    ("India's new steel safeguard duty falls short, producers say", "", None),
    ("Canada's copper export curbs not strict enough, miners argue", "", None),
    # a measure told plainly: an event
    ("EU cuts steel import quotas by 15%", "", ("quota", "*", "EU", False)),
    # --- a body backs a government's step towards a measure: a reaction (rhm-046) ---------
    ("Chamber backs ministry's move towards export levy on copper concentrate", "", None),
    ("Aluminium association supports government's push for import duty on aluminium", "", None),
    ("Miners' body endorses Jakarta's step to curb nickel ore exports", "", None),
    # later phrasing (main: right)
    ("Trade body welcomes Canberra's move to lift nickel import duty", "", None),
    # the government acting: an event
    ("Tanzania imposes 10% export levy on gold", "", ("tariff", "TZ", "*", False)),
    # --- measures in force as the subject of "must" or "should", said by an official: a
    # comment on them (rhm-067) ----------------------------------------------------------
    ("Chile copper export rules must reassure buyers, minister says", "", None),
    ("Vietnam steel duties should ease EU concerns, official says", "", None),
    ("Korean aluminium tariffs must address dumping worries, trade official states", "", None),
    # later phrasing (main: wrong)
    ("Ministry's copper export curbs should stay, smelters say", "", None),
    # a measure told plainly: an event
    ("Vietnam slaps duties on Chinese steel", "", ("tariff", "CN", "VN", False)),
    # --- an industry fears the effects of a measure (job losses, closures): a reaction
    # (rhm-069) --------------------------------------------------------------------------
    ("Mexican aluminium sector fears plant closures from new US duties", "", None),
    ("Australian miners brace for thousands of layoffs over Chinese copper curbs", "", None),
    ("Korean steel workers fear job cuts due to EU quotas", "", None),
    # later phrasings (main: 1 of 2): the fear in its own clause leaves the measure told
    ("Zinc producers brace for losses from Peru export levy", "", None),
    ("Peru, fearing a glut, imposes export duty on copper", "", ("tariff", "PE", "*", False)),
    # the measure told with the fear beside it: an event
    (
        "US imposes new duties on Mexican aluminium as sector fears closures",
        "",
        ("tariff", "MX", "US", False),
    ),
    # --- a modal on what a measure in force could do to supply, its lede telling the
    # measure in force: not proposed (rhm-119) -------------------------------------------
    (
        "Guinea bauxite export ban could squeeze aluminium supply",
        "Prices rose after yesterday's ban, which took effect at midnight, halted shipments.",
        ("suspended", "GN", "*", False),
    ),
    (
        "Zimbabwe lithium concentrate export ban may tighten battery supply",
        "Today's ban, in force from Monday, covers all lithium concentrate.",
        ("suspended", "ZW", "*", False),
    ),
    # the measure itself under a modal: proposed
    (
        "Indonesia bauxite export ban could be brought forward",
        "",
        ("suspended", "ID", "*", True),
    ),
    (
        "Philippine nickel ore export ban could hit supply",
        "The government is considering a ban on nickel ore exports, officials said.",
        ("suspended", "PH", "*", True),
    ),
    # later phrasing (main: right): a modal of effect, its lede telling a plan
    (
        "Lithium export ban could hurt supply",
        "Zimbabwe is weighing a ban on lithium exports, officials said.",
        ("suspended", "ZW", "*", True),
    ),
    # --- a lede that reports the measure and, in a later clause, others' wish to avoid more:
    # the later clause denies nothing (rhm-136) ------------------------------------------
    (
        "Japan Triples Metal Duties as Talks Stall",
        "Tokyo tripled duties on copper and nickel imports on Monday, while urging partners "
        "to negotiate to avoid wider levies next year.",
        ("tariff", "*", "JP", False),
    ),
    (
        "Brazil Raises Metals Tariff Amid Deficit",
        "Brasilia raised its import tariff on aluminium and zinc on Friday, the same week it "
        "told partners how to avoid broader duties.",
        ("tariff", "*", "BR", False),
    ),
    # a lede that avoids the measure itself: no event
    (
        "Chile Sidesteps Metal Tariffs",
        "Chile avoided new US tariffs on copper after talks, officials said.",
        None,
    ),
    # later phrasing (main: right): the denial before the comma
    ("Tokyo will not triple duties on copper imports, officials said", "", None),
    # --- a monitoring system named, then brought in by a participle ("launched") (rhm-153) -
    ("Aluminium Import Monitoring System Introduced", "", ("licensing", "*", "*", False)),
    ("Copper import monitoring system rolled out", "", ("licensing", "*", "*", False)),
    ("Nickel Import Monitoring System Unveiled", "", ("licensing", "*", "*", False)),
    # later phrasing (main: right): brought in by a government named after it
    ("Tin Export Registration Portal Launched by Indonesia", "", ("licensing", "ID", "*", False)),
    # named as a topic: no event
    ("Import Monitoring Systems: Copper and Nickel", "", None),
    ("Steel Import Monitoring System Explained", "", None),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
