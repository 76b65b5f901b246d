"""Kinds of false events (session 32): news that names a trade measure without reporting one,
in made-up phrasings labelled before the engine read them.

The studied sets' false events (the rules' own, before the learned gate) fall mostly into talk
about a measure by someone who does not make it, a market's or a firm's reaction to one, a
judgement of one and a process or step around one; the kinds below are the general forms of them
(docs/ACCURACY.md, session 32, has the table of kinds with counts):

1. **A party's attitude to a measure** ("Senators voice concerns over Trump's steel tariff plan",
   "Tata Steel awaits clarity on impact of new US tariffs", "wire makers fret over proposed US
   tariffs"): a concern, a worry, clarity, an impact or a fallout sought or voiced about a
   measure names it as the topic of someone's view, no event (README "Trade-policy statuses": a
   party's doubt, what a measure will do to someone). The measure's maker warning of the measure
   itself ("Trump warns of 25% tariffs on Canadian aluminium") stays a threat, and a measure
   taken despite or amid concerns stays the measure (``classifier_rules_comments.FEAR_VERBS``).
2. **A measure judged by what it does** ("EU steel safeguard protects mills but hurts
   carmakers", "Section 232 steel tariffs prop up mills' margins", "China's gallium export
   controls fail to dent Western supply", "The flawed logic of copper tariffs"): the measure is the
   subject of a verb of harm or help to a party, or of failing, or the object of a verdict's
   heading: a verdict, no event (``tui/engine/classifier_judgements.py``). A measure that takes
   effect, is extended, raised, cut or lifted stays that act, and so does a measure imposed "to
   protect" or "to shield" someone.
3. **A process for a change to a measure** ("Commerce opens new process for adding products to
   steel tariffs", "BIS to establish process to include derivative aluminium products in 232
   tariffs"): the way to ask for a change is no change; products added, exclusions granted stay
   the act.
4. **An exchange's own rule on a metal** ("London Metal Exchange floats ban on Russian
   aluminium", "LBMA suspends Russian gold refiners"), written after two rows of the gate's first
   set labelled no event (rhg-030, rhg-040).

First time, labels written before the engine read them, on main's engine: kind 1, 16 of 17
right (all but "fret over proposed US tariffs": "fret" was no verb of fearing); kind 2, 5 of 15
(the bare measure noun read as the measure whatever its verb, and a near miss's corridor);
kind 3, 6 of 9 (a gerund after "process for" read as the act). After the change, a second batch
of each, written before it ran: kind 1, 2 of 3; kind 2, 12 of 12 (8 of 12 on main's engine); kind
3, 3 of 3 (2 of 3 on main's engine). One label was corrected after the first run: "US hits
Chinese steelmakers with new tariffs" names no watched metal ("steelmakers" is none), so no
event (README "Trade-policy statuses"). A first form of kind 3 that took guidance, procedures
and "process" before any link lost four labelled rows that read such titles as the measure
(rh-126, rhe-128, rhl-183, rhl-185) and was narrowed to a process "for" or "to" a change told by
its verb. Kind 4, 5 of 12 right at first; its labels were then found to contradict the house's
reading of an exchange's delivery ban on a country's metal, ``suspended`` RU -> * ("LME bars
Russian aluminium, copper and nickel produced after April 13" in
``tests/unit/data/labelled_headlines_unseen.toml``, "LME bars Russian nickel" in
``test_classifier_kinds_5.py``), so four were corrected to it (a ban floated, a bar, a suspension
of deliveries and a ban weighed) and "UK weighs ban on Russian metal imports", which names no
watched metal, to no event: the kind stays as labels the sets disagree on, with no engine change.
A third batch of kind 1, lobbying over a measure, written after a lobbying case of
``test_classifier_kinds_79.py`` that only the learned gate had vetoed moved with its retraining:
3 of 4 right on main's engine and after the change (the lobbying rule of
``classifier_judgements.py`` reads that case itself; the near miss, a ban the lobbyist asks of
others, stays wrong). Ten cases stay wrong (marked ``xfail``, with their reasons); 65 of 75 read
right.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, check_kind, headline_cases

CASES: list[Any] = []

#: (title, summary, want): kind 1, a party's attitude to a measure.
ATTITUDES: list[Any] = [
    ("Senators voice concerns over Trump's steel tariff plan", "", None),
    ("Tata Steel awaits clarity on impact of new US steel tariffs", "", None),
    ("German carmakers warn of fallout from EU aluminium duties", "", None),
    ("Copper wire makers fret over proposed US tariffs", "", None),
    ("Japanese mills seek clarity on scope of US steel tariffs", "", None),
    ("Lawmaker's concern over Vietnamese steel revives trade spat with US", "", None),
    ("Grassley warns of 'serious concerns' with aluminium tariff plan", "", None),
    ("Australian miners mull impact of China's rare earth export curbs", "", None),
    ("Nickel traders uneasy over Indonesia's ore export ban", "", None),
    ("Automakers count cost of fallout from 25% US steel tariffs", "", None),
    (
        "Canadian steelmakers fear impact of U.S. tariffs on Mexico",
        "Canada's steel producers say Washington's duties on Mexican steel could divert "
        "shipments north.",
        None,
    ),
    ("Aluminium buyers voice worries about EU safeguard on imports", "", None),
    # near misses: the measure taken, or threatened by its maker, stays the measure
    ("US imposes steel tariffs despite senators' concerns", "", ("tariff", "*", "US", False)),
    ("Trump warns of 25% tariffs on Canadian aluminium", "", ("tariff", "CA", "US", True)),
    (
        "India raises steel import duty amid concerns over cheap imports",
        "",
        ("tariff", "*", "IN", False),
    ),
    (
        "EU imposes duties on Chinese aluminium foil after industry complaints",
        "",
        ("tariff", "CN", "EU", False),
    ),
    ("Copper wire makers win exemption from US tariffs", "", ("resuming", "*", "US", False)),
    # second batch, written after the change
    ("Zinc smelters worry over China's export curbs", "", None),
    ("Metals traders fret over Trump's copper tariff plan", "", None),
    # third batch, written after a kinds case of lobbying (test_classifier_kinds_79.py) that only
    # the learned gate had vetoed moved with its retraining
    ("Japanese steelmakers lobby Washington over tariff-rate quota", "", None),
    ("Chilean officials lobbied Brussels on copper safeguard", "", None),
    ("Aluminium association lobbying Ottawa against export tax", "", None),
    pytest.param(
        "US lobbies allies to ban Russian aluminium imports",
        "",
        ("suspended", "RU", "*", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "read as the US's own ban, decided (so on main too): the lobbied allies' ban is "
                "not told apart from the lobbyist's"
            ),
        ),
    ),
    # read right since the "as" clause's place is taken as the act's subject (session 35)
    ("Miners worried as Indonesia bans nickel ore exports", "", ("suspended", "ID", "*", False)),
]

#: (title, summary, want): kind 2, a measure judged by what it does.
JUDGED: list[Any] = [
    pytest.param(
        "Trump's steel tariffs target a deeper problem but risk jobs",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'target' with goods tells the measure ('US tariffs target Chinese steel'); the "
                "verdict after 'but' is a second verb no rule reads"
            ),
        ),
    ),
    ("EU steel safeguard protects mills but hurts carmakers", "", None),
    ("Indonesia's nickel ore export ban backfires on smelters", "", None),
    ("China's gallium export controls fail to dent Western supply", "", None),
    ("Section 232 steel tariffs prop up mills' margins", "", None),
    pytest.param(
        "India's gold import duty fuels smuggling boom",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "an owned measure's effect told in the present reads as the measure told by its "
                "effect (docs/STATUSES.md: 'China's export ban sends prices soaring' stays the ban)"
            ),
        ),
    ),
    ("The flawed logic of copper tariffs", "", None),
    pytest.param(
        "Congo's cobalt export ban reshapes battery supply chains",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "an owned measure's effect told in the present reads as the measure told by its "
                "effect (docs/STATUSES.md: 'China's export ban sends prices soaring' stays the ban)"
            ),
        ),
    ),
    ("Tariffs on Chinese steel: a costly shield for Europe's mills", "", None),
    ("US aluminium tariffs squeeze canmakers, boost smelters", "", None),
    # near misses: an act on the measure stays the act
    ("Congo's cobalt export ban takes effect", "", ("suspended", "CD", "*", False)),
    ("Indonesia's nickel ore export ban extended to 2027", "", ("suspended", "ID", "*", False)),
    ("Trump's steel tariffs raised to 50%", "", ("tariff", "*", "US", False)),
    pytest.param(
        "China's gallium export controls lifted for US buyers",
        "",
        ("resuming", "CN", "US", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "read as a release by CN for every buyer: 'for US buyers' is not read as the "
                "spared side (a corridor, not these kinds)"
            ),
        ),
    ),
    ("India's gold import duty cut to 6%", "", ("resuming", "*", "IN", False)),
    # second batch, written after the change
    ("Trump's aluminium tariffs hurt US canmakers more than smelters", "", None),
    ("Steel safeguard duties shield Indian mills from Chinese imports", "", None),
    ("Indonesia's nickel ore export ban props up local smelters", "", None),
    ("The hidden cost of India's gold import duty", "", None),
    ("The case against copper tariffs", "", None),
    ("The folly of Congo's cobalt export ban", "", None),
    ("Copper tariffs also punish US wire makers, study finds", "", None),
    ("US steel tariffs boost Nucor profits", "", None),
    ("US hits Chinese steelmakers with new tariffs", "", None),
    ("Canada slaps surtax on Chinese steel to protect mills", "", ("tariff", "CN", "CA", False)),
    ("India raises steel duty to shield local mills", "", ("tariff", "*", "IN", False)),
    (
        "New US tariffs on Mexican steel take effect, hurting mills",
        "",
        ("tariff", "MX", "US", False),
    ),
]

#: (title, summary, want): kind 3, a process or a step around a measure.
PROCESSES: list[Any] = [
    ("Commerce opens new process for adding products to steel tariffs", "", None),
    ("US launches portal for aluminium tariff exclusion requests", "", None),
    ("Commerce sets comment period on steel tariff inclusions", "", None),
    pytest.param(
        "EU publishes guidance on steel safeguard quota allocation",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "the labelled sets read guidance on a measure as the measure (rhl-183, "
                "rhl-185), so no rule sets guidance apart"
            ),
        ),
    ),
    ("India issues FAQ on gold import duty changes", "", None),
    (
        "BIS to establish process to include derivative aluminium products in 232 tariffs",
        "",
        None,
    ),
    # near misses: products added, exclusions granted, quotas extended stay the act
    (
        "Commerce adds 400 derivative steel products to Section 232 tariffs",
        "",
        ("tariff", "*", "US", False),
    ),
    ("US grants steel tariff exclusions to 50 firms", "", ("resuming", "*", "US", False)),
    ("EU extends steel safeguard quotas to 2026", "", ("quota", "*", "EU", False)),
    # second batch, written after the change
    ("USTR opens portal for requesting exclusions from China steel tariffs", "", None),
    ("Commerce sets up process to add more aluminium derivatives to tariffs", "", None),
    (
        "Commerce adds aluminium derivatives to tariffs through new inclusions process",
        "",
        ("tariff", "*", "US", False),
    ),
]


#: (title, summary, want): kind 4, an exchange's own rule on a metal.
EXCHANGES: list[Any] = [
    pytest.param(
        "London Metal Exchange floats ban on Russian aluminium",
        "",
        ("suspended", "RU", "*", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason=("the exchange's name holds a place: 'London' is read as the side that bans"),
        ),
    ),
    ("LME weighs ban on new Russian metal deliveries", "", None),
    ("LME to bar Russian copper from its warehouses", "", ("suspended", "RU", "*", False)),
    ("CME suspends deliveries of Russian aluminium", "", ("suspended", "RU", "*", False)),
    ("Shanghai Futures Exchange halts nickel trading", "", None),
    pytest.param(
        "Platinum jumps after London market blocks Russian metal",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "a market's block on a country's metal reads as the house reads an exchange's "
                "delivery ban, suspended; the labelled row this was written after (rhg-040) says none"
            ),
        ),
    ),
    pytest.param(
        "LBMA suspends Russian gold refiners",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'refiners' is no private party to the sanctions check: a country's producers barred "
                "may be its goods"
            ),
        ),
    ),
    ("LME considers banning Russian nickel, sources say", "", ("suspended", "RU", "*", True)),
    # near misses: a government's ban stays the ban
    ("UK bans imports of Russian aluminium and copper", "", ("suspended", "RU", "GB", False)),
    ("London bans Russian gold imports", "", ("suspended", "RU", "GB", False)),
    ("UK weighs ban on Russian metal imports", "", None),
    (
        "US bans Russian aluminium, copper and nickel from metal exchanges",
        "",
        ("suspended", "RU", "US", False),
    ),
]


@headline_cases(ATTITUDES)
def test_a_partys_attitude_to_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(JUDGED)
def test_a_measure_judged_by_what_it_does(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(PROCESSES)
def test_a_process_around_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(EXCHANGES)
def test_an_exchanges_own_rule(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
