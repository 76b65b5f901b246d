"""Whether a measure is proposed or decided, as wires and official sites word its stage
(session 29), part 1: the legislature's and the cabinet's steps, a plan adopted, a measure
weighed, and modals and sourced reports.

Made-up headlines, labelled before the engine read them (README, "Trade-policy statuses":
``proposed`` for measures planned, threatened, drafted, weighed, still "to be" acted on; a
start date or a decision decides). Kinds:

1. **A legislature's or a cabinet's step**: a cabinet approving, a law passed by a parliament,
   signed or gazetted (decided) against one chamber's vote, a committee's, a bill filed,
   introduced or tabled, a draft law (proposed).
2. **A plan or a proposal adopted**: a plan approved by member states or a cabinet, a proposal
   adopted by governments (decided), against the Commission adopting its own proposal and a
   parliament backing a plan (proposed).
3. **A measure weighed**: "moves to" (by its lede), "seeks to", "looks to", "eyes", "floats",
   "weighs", "mulls", "considers", "studies", "explores", "ponders", "mooted", "proposes".
4. **Modals and sourced reports**: "could", "may", "might", "would" (with a start date:
   decided), "- sources", "sources say", "EXCLUSIVE-", "- document", "- draft".

The house is split on a trade-remedy body's recommendation (older sets label it proposed,
newer ones no event): no such case is here. A bare "moves to" with no lede is left out too.

First time, on the engine before the change (labels written first, none changed after). The
first batch (114 cases over both parts): here, legislature's steps 19 of 20 (a ban "bill
tabled in parliament" read as a bill to pay, no event), plans adopted 0 of 2 ("approve plan",
"plan ... adopted" read as plans), measures weighed 19 of 22 ("looks to ban" read as done,
"seeks to tax" vetoed by the gate, "mooted in Myanmar" lost its origin), modals and sources
16 of 16. A second batch (14 cases over both parts, labelled before the unchanged engine read
it) for the sub-kinds the first read wrong: here, legislature 2 of 2, plans adopted 0 of 4,
measures weighed 1 of 5 ("looks to cap", "looks to raise", "looks to impose", "seeks to
tax"). In all, over both parts, 111 of 128 before the change.

Fixed, by kind: "looks to" before a measure's verb is a plan word (``PROPOSED_RE`` in
``tui/engine/classifier_rules_proposed.py``); a "bill" after a ban, or followed by a step of
its passage ("tabled", "filed", "passes"), is the law that makes the measure, not a cost to
pay (``tui/engine/classifier_in_force.py``); a plan or a proposal approved or ratified by a
government, or adopted by one ("approve plan to cut quotas", "proposal adopted by EU
governments"), marks no plan, while envoys, a committee, a chamber, a parliament or the
Commission adopting its own proposal keep it proposed (``tui/engine/classifier_adopted.py``,
read by ``classifier_status.py``). After: 124 of 128 over both parts; here legislature 22 of
22, plans adopted 6 of 6, measures weighed 24 of 27, modals and sources 16 of 16. Still wrong
(``xfail``, strict): "seeks to tax" twice (the learned gate, below its threshold) and the
origin of a ban "mooted in Myanmar" (the corridor, not this kind). "Seeks to tax" reads right
since session 30: "tax" used as a verb is read with its object ("tax + exports",
``tui/engine/classifier_tax_verb.py``), which the gate scores as a verb's finding.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of a measure's stage.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, case_ids, check_kind

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[Any] = []

#: (title, summary, want): kind 1, a legislature's or a cabinet's step.
LEGISLATURE: list[Any] = [
    (
        "Zambian cabinet approves 10% export duty on copper concentrate",
        "",
        ("tariff", "ZM", "*", False),
    ),
    (
        "Mongolian cabinet approves copper concentrate export quota",
        "ULAANBAATAR, Oct 2 (Reuters) - Mongolia's cabinet on Wednesday approved an annual export quota for copper concentrate of 1.5 million tonnes.",
        ("quota", "MN", "*", False),
    ),
    (
        "Thai cabinet approves anti-dumping duty on Chinese steel coil",
        "BANGKOK, Jan 9 - Thailand's cabinet approved a 30% anti-dumping duty on cold-rolled steel coil from China, effective on publication in the Royal Gazette.",
        ("tariff", "CN", "TH", False),
    ),
    (
        "Kazakhstan's parliament passes law banning zinc concentrate exports",
        "ASTANA, May 12 - Kazakhstan's parliament passed a law on Wednesday banning exports of zinc concentrate from July 1.",
        ("suspended", "KZ", "*", False),
    ),
    (
        "Philippines' Marcos signs law banning nickel ore exports",
        "",
        ("suspended", "PH", "*", False),
    ),
    ("Congo's president signs decree banning cobalt exports", "", ("suspended", "CD", "*", False)),
    ("Ghana gazettes 5% export levy on bauxite", "", ("tariff", "GH", "*", False)),
    ("EU Council adopts regulation cutting steel import quotas", "", ("quota", "*", "EU", False)),
    ("Biden signs law banning Russian aluminium imports", "", ("suspended", "RU", "US", False)),
    (
        "Philippine Senate passes bill banning nickel ore exports",
        "",
        ("suspended", "PH", "*", True),
    ),
    (
        "Philippine Senate votes to ban nickel ore exports",
        "MANILA, Feb 4 (Reuters) - The Philippine Senate voted on Tuesday to ban exports of unprocessed nickel ore within five years; the House of Representatives has yet to pass its own version.",
        ("suspended", "PH", "*", True),
    ),
    ("Chile's lower house votes to impose export tax on lithium", "", ("tariff", "CL", "*", True)),
    (
        "US House votes to raise tariffs on Russian aluminium",
        "WASHINGTON, June 5 (Reuters) - The U.S. House of Representatives voted on Wednesday to raise tariffs on Russian aluminium to 200%; the bill now goes to the Senate.",
        ("tariff", "RU", "US", True),
    ),
    (
        "Bill to ban raw nickel ore exports filed in Philippine Congress",
        "",
        ("suspended", "PH", "*", True),
    ),
    ("Indonesian lawmakers introduce bill to tax nickel exports", "", ("tariff", "ID", "*", True)),
    ("Peru congress committee approves copper export tax bill", "", ("tariff", "PE", "*", True)),
    (
        "Zimbabwe's lithium export ban bill tabled in parliament",
        "HARARE, March 18 - A bill banning exports of lithium ore was tabled in Zimbabwe's parliament on Tuesday and is expected to be debated next month.",
        ("suspended", "ZW", "*", True),
    ),
    ("Draft law would ban raw lithium exports from Zimbabwe", "", ("suspended", "ZW", "*", True)),
    ("European Parliament backs plan to halve steel import quotas", "", ("quota", "*", "EU", True)),
    (
        "Commission adopts proposal to cut steel import quotas",
        "BRUSSELS, Oct 7 - The European Commission adopted a proposal on Tuesday to cut tariff-free steel import quotas by almost half; member states and the Parliament must still approve it.",
        ("quota", "*", "EU", True),
    ),
    # second batch (labelled before the unchanged engine read it)
    (
        "Bill banning bauxite exports tabled in Guinea's parliament",
        "",
        ("suspended", "GN", "*", True),
    ),
    ("Kenyan lawmakers table bill to raise steel import duty", "", ("tariff", "*", "KE", True)),
]

#: (title, summary, want): kind 2, a plan or a proposal adopted.
ADOPTED: list[Any] = [
    (
        "Russia's plan for nickel export duty adopted by government",
        "MOSCOW, Sept 9 (Interfax) - Russia's government approved a 10% export duty on nickel from October 1.",
        ("tariff", "RU", "*", False),
    ),
    (
        "EU member states approve plan to cut steel import quotas",
        "BRUSSELS, Dec 3 (Reuters) - EU governments on Wednesday approved the Commission's plan to cut steel import quotas by 47% from July.",
        ("quota", "*", "EU", False),
    ),
    # second batch (labelled before the unchanged engine read it)
    ("Steel quota proposal adopted by EU governments", "", ("quota", "*", "EU", False)),
    (
        "Proposal to cut gold import duty approved by Indian cabinet",
        "",
        ("resuming", "*", "IN", False),
    ),
    (
        "EU governments approve plan to ban Russian aluminium imports",
        "",
        ("suspended", "RU", "EU", False),
    ),
    (
        "Cabinet approves plan for 5% export duty on Zambian copper",
        "",
        ("tariff", "ZM", "*", False),
    ),
]

#: (title, summary, want): kind 3, a measure weighed.
WEIGHING: list[Any] = [
    (
        "Chile moves to restrict lithium exports",
        "SANTIAGO, April 2 (Reuters) - Chile's government plans to require licences for lithium exports under a draft decree sent to the comptroller on Tuesday.",
        ("licensing", "CL", "*", True),
    ),
    (
        "Malaysia moves to ban rare earth exports",
        "KUALA LUMPUR, Jan 7 - Malaysia has banned exports of unprocessed rare earths with immediate effect, the trade ministry said on Tuesday.",
        ("suspended", "MY", "*", False),
    ),
    ("Bolivia seeks to tax lithium exports", "", ("tariff", "BO", "*", True)),
    ("Argentina seeks to scrap export duties on lithium", "", ("resuming", "AR", "*", True)),
    ("Vietnam looks to ban rare earth ore exports", "", ("suspended", "VN", "*", True)),
    ("Guinea eyes 10% export tax on bauxite", "", ("tariff", "GN", "*", True)),
    ("Mexico eyes steel import quotas to curb Asian supply", "", ("quota", "*", "MX", True)),
    ("Indonesia floats export tax on nickel pig iron", "", ("tariff", "ID", "*", True)),
    ("South Africa floats export tax on scrap steel", "", ("tariff", "ZA", "*", True)),
    (
        "Canada weighs tariffs on Chinese aluminium",
        "OTTAWA, Aug 20 (Reuters) - Canada is weighing surtaxes on aluminium imports from China, the finance minister said on Tuesday, launching a 30-day consultation.",
        ("tariff", "CN", "CA", True),
    ),
    (
        "India weighs cut in gold import duty",
        "NEW DELHI, Jan 15 (Reuters) - India is considering reducing the import duty on gold from 15% in the upcoming budget, two government sources said.",
        ("resuming", "*", "IN", True),
    ),
    ("DR Congo weighs extending cobalt export ban", "", ("suspended", "CD", "*", True)),
    ("Brazil mulls higher import tariffs on steel", "", ("tariff", "*", "BR", True)),
    ("Turkey mulls lifting tariffs on US steel", "", ("resuming", "US", "TR", True)),
    ("Kazakhstan considers ban on copper scrap exports", "", ("suspended", "KZ", "*", True)),
    ("Russia studies export duty on palladium", "", ("tariff", "RU", "*", True)),
    (
        "Philippines studies nickel ore export ban",
        "MANILA, Sept 3 - The Philippines' mines bureau is studying a ban on nickel ore exports, its director said on Thursday, adding that no decision had been made.",
        ("suspended", "PH", "*", True),
    ),
    ("Export ban on tin ore mooted in Myanmar", "", ("suspended", "MM", "*", True)),
    ("Export duty on copper concentrate mooted by Zambia", "", ("tariff", "ZM", "*", True)),
    (
        "Peru explores tax on copper exports",
        "LIMA, July 8 (Reuters) - Peru's economy ministry is exploring a tax on copper concentrate exports to fund regional budgets, the minister said.",
        ("tariff", "PE", "*", True),
    ),
    ("Ukraine proposes ban on scrap steel exports", "", ("suspended", "UA", "*", True)),
    ("Indonesia ponders export tax on tin ingots", "", ("tariff", "ID", "*", True)),
    # second batch (labelled before the unchanged engine read it)
    ("Congo looks to cap cobalt exports", "", ("quota", "CD", "*", True)),
    ("Chile looks to raise export tax on lithium", "", ("tariff", "CL", "*", True)),
    ("US looks to impose tariffs on Chinese graphite", "", ("tariff", "CN", "US", True)),
    ("Philippines seeks to tax nickel ore exports", "", ("tariff", "PH", "*", True)),
    ("Guinea seeks to ban bauxite exports", "", ("suspended", "GN", "*", True)),
]

#: (title, summary, want): kind 4, modals and sourced reports.
MODALS: list[Any] = [
    ("Indonesia could ban bauxite exports next year", "", ("suspended", "ID", "*", True)),
    ("US may raise tariffs on Canadian aluminium", "", ("tariff", "CA", "US", True)),
    ("Zambia may scrap copper export duty", "", ("resuming", "ZM", "*", True)),
    ("Proposed EU quota would cut steel imports by 40%", "", ("quota", "*", "EU", True)),
    (
        "Vietnam would ban rare earth ore exports from January 1 under new decree",
        "",
        ("suspended", "VN", "*", False),
    ),
    (
        "Kazakhstan may ban copper cathode exports for six months",
        "ASTANA, Feb 2 (Reuters) - Kazakhstan's industry ministry has proposed a six-month ban on exports of copper cathode, a draft order showed on Friday.",
        ("suspended", "KZ", "*", True),
    ),
    (
        "China might restrict antimony exports further",
        "BEIJING, Nov 12 - China's commerce ministry is preparing tighter licensing of antimony exports, two people familiar with the matter said.",
        ("licensing", "CN", "*", True),
    ),
    ("Indonesia to impose nickel ore export tax - sources", "", ("tariff", "ID", "*", True)),
    ("Peru slaps export duty on copper - sources say", "", ("tariff", "PE", "*", True)),
    ("India raises steel import duty to 20%, sources say", "", ("tariff", "*", "IN", True)),
    (
        "EXCLUSIVE-Congo to extend cobalt export ban by three months - sources",
        "KINSHASA, June 18 (Reuters) - Democratic Republic of Congo plans to extend its ban on cobalt exports by three months, three sources said.",
        ("suspended", "CD", "*", True),
    ),
    ("Exclusive: Guinea plans bauxite export quotas", "", ("quota", "GN", "*", True)),
    (
        "EU to cut steel import quotas by 15% - document",
        "BRUSSELS, Sept 30 (Reuters) - The European Commission will propose cutting steel import quotas by 15%, according to a draft document seen by Reuters.",
        ("quota", "*", "EU", True),
    ),
    ("UK to impose quotas on aluminium imports - draft", "", ("quota", "*", "GB", True)),
    ("US set to raise tariffs on Korean steel, document shows", "", ("tariff", "KR", "US", True)),
    (
        "Philippines to ban nickel ore exports from 2028 - draft bill",
        "",
        ("suspended", "PH", "*", True),
    ),
]

#: Cases still read wrong, by title, with the reason.
#: ("Export ban on tin ore mooted in Myanmar" reads right since "moot" is among the verbs that
#: act on a measure, session 31.)
XFAIL: dict[str, str] = {}


def _params(cases: list[Any], xfails: dict[str, str]) -> list[Any]:
    """The cases, those named in ``xfails`` marked as strict expected failures."""
    return [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=xfails[case[0]]))
        if case[0] in xfails
        else case
        for case in cases
    ]


@pytest.mark.parametrize(
    ("title", "summary", "want"), _params(LEGISLATURE, XFAIL), ids=case_ids(LEGISLATURE)
)
def test_a_legislature_or_cabinet_step(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), _params(ADOPTED, XFAIL), ids=case_ids(ADOPTED)
)
def test_a_plan_or_proposal_adopted(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), _params(WEIGHING, XFAIL), ids=case_ids(WEIGHING)
)
def test_a_measure_weighed(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), _params(MODALS, XFAIL), ids=case_ids(MODALS))
def test_modals_and_sourced_reports(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


def test_every_xfail_names_a_case() -> None:
    titles = {case[0] for case in LEGISLATURE + ADOPTED + WEIGHING + MODALS}
    assert set(XFAIL) <= titles
