"""A trade measure told inside market framing (session 18), in made-up phrasings: the title names
a market move and, as its cause, a government acting ("as Trump readies new tariffs", "after
Jakarta move"), neither the metal nor the measure precisely; the lede tells the act ("said he
would impose 25% tariffs on steel and aluminum imports", "banned exports of bauxite ore"). Such a
headline is the measure (``proposed`` when announced or planned, the rate when stated), as the
labelled sets' convention has it (``tests/data/real_headlines_gate4/PROVENANCE.md``, README.md
"Trade-policy statuses"); the rules read it as market news whose lede's measure was only the
cause (``tui/engine/classifier_causes.py``).

Beside them, no event: market news whose lede only mentions a measure in force as background
("in force since 2020", "imposed last year weighed on"), a cause that is a mood or a figure
("tariff fears mount", "Beijing data", "Jakarta comments"), and a lede telling another metal's
move whose cause is a measure on other goods ("Copper futures jumped after ... tariffs on
steel"). First time, on the engine before the change: 10 of the 14 cases read right (four of
the six events missed; the eight non-events right); one case stays a known miss (xfail).
"""

from __future__ import annotations

import pytest
from kinds_cases import METALS, Want, check_kind, headline_cases

from tui.engine.classifier import classify

#: (title, summary, want): the measures told in market framing. Kept out of ``CASES``, which the
#: learned event gate trains on (``benchmarks/event_gate_training.py``): trained on, these six
#: made-up measures made the gate pass four studied non-measures it vetoes (sanctions and a
#: "raise duties" call), so they only test the rules and the gate as trained on the labelled rows.
FRAMED: list[tuple[str, str, Want] | object] = [
    (
        "Stocks slide as Trump readies new tariffs",
        "President Donald Trump said he would impose 25% tariffs on all steel and aluminum "
        "imports, on top of existing duties.",
        ("tariff", "*", "US", True),
    ),
    (
        "Equities sag as Ottawa readies new levies",
        "Canada said on Monday it plans to impose a 25% surtax on Chinese steel imports.",
        ("tariff", "CN", "CA", True),
    ),
    (
        "Miners surge after Jakarta move",
        "Indonesia banned exports of bauxite ore starting this week, the ministry said.",
        ("suspended", "ID", "*", False),
    ),
    (
        "Miners gain after Santiago move",
        "Chile raised its export tax on copper to 8%, the finance ministry said.",
        ("tariff", "CL", "*", False),
    ),
    (
        "Rupee weakens as New Delhi readies new duties",
        "India plans to raise import duty on gold to 15% to curb the trade deficit, officials "
        "said.",
        ("tariff", "*", "IN", True),
    ),
    (
        "Equities slip as Beijing hits back",
        "China restricted exports of gallium and germanium on Tuesday, requiring licences for "
        "every shipment.",
        ("licensing", "CN", "*", False),
    ),
    pytest.param(
        "Shares tumble as White House readies fresh levies",
        "The president said on Sunday he would impose 30% tariffs on all copper imports.",
        ("tariff", "*", "US", True),
        marks=pytest.mark.xfail(
            reason="the lede names the government only as 'the president': who acts is not "
            "known to be the title's government, so the title stays market news",
            strict=True,
        ),
    ),
]

#: (title, summary, want): beside them, no event (trained on by the gate, like every kinds case).
CASES: list[tuple[str, str, Want]] = [
    (
        "Miners climb after Jakarta move",
        "Indonesia's ban on nickel ore exports, in force since 2020, has drawn billions of "
        "dollars of smelter investment, the minister said.",
        None,
    ),
    (
        "Shares fall as Washington readies new tariffs",
        "Tariffs on steel and aluminum imposed last year weighed on manufacturers, the US "
        "Chamber of Commerce said.",
        None,
    ),
    (
        "Stocks drop as Trump targets Canada",
        "Copper futures jumped after President Donald Trump said he would impose 25% tariffs on "
        "steel imports.",
        None,
    ),
    (
        "Stocks slide as Trump tariff fears mount",
        "President Donald Trump said he would impose 25% tariffs on all steel and aluminum "
        "imports.",
        None,
    ),
    (
        "Stocks slip as Beijing data disappoint",
        "Chinese factory output slowed in May; export curbs on gallium imposed last year "
        "continued to weigh on chipmakers.",
        None,
    ),
    (
        "Miners climb after Jakarta comments",
        "Indonesia's ban on nickel ore exports, in place since 2020, has drawn smelter "
        "investment, the minister said.",
        None,
    ),
    (
        "Markets rally as Canberra steps in",
        "Australia said a 2019 ban on exports of rare earths to Russia stayed in place.",
        None,
    ),
    (
        "Stocks slide amid tariff worries",
        "Aluminium prices fell as investors fretted over the 25% tariffs on steel and aluminum "
        "imports imposed earlier this year.",
        None,
    ),
]


@headline_cases(FRAMED)
def test_a_measure_told_in_market_framing(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


def test_the_rate_and_metals_come_from_the_lede() -> None:
    event = classify(
        "Stocks slide as Trump readies new tariffs",
        "President Donald Trump said he would impose 25% tariffs on all steel and aluminum "
        "imports, on top of existing duties.",
        METALS,
    )
    assert event is not None
    assert set(event.metals) == {"steel", "aluminium"}
    assert event.rate_pct == 25.0
