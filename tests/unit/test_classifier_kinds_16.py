"""Kinds seen in the studied half of the wire set (its odd rows, released for study in session
12; its even rows stay unseen), in made-up phrasings, aimed at causes, never at a headline's
words.

The wire set (``tests/data/real_wire/``: 155 headlines written in wire style by a helper for
real 2019-2025 events, labelled blind) was read once never tuned on (81.3% exact, 126/155: 4
false events on 56 non-measures, 8 missed of 99 measures; measures 74.7%). Its odd rows were
then released for study (84.6%, 66/78) and its even rows stay unseen (77.9%, 60/77), so the
round's carry-over is measured on the same kind of text. The odd rows' 12 misses, by cause:
three follow conventions the rules kept against this set's labels (a priced duty cut was a
`tariff` at its new rate until session 17, now `resuming` as this set labels it; a rate "up to"
50% is the rate; a leader's "coming Monday" is dated), two are readings left as they are (a pact's pledge of no export
duties labelled `open`, "UK steel imports" as the exporter into the US); the others are kinds:
a duty halved (``halves`` is a cut), measures in force shelved "for 12 months" (suspended,
`resuming`; a plan shelved or a start postponed stays no event), a levy put "on hold", a
retaliation that bans the subject's own shipments (its exports to the other side), an import
registration or tracking system (`licensing`), export VAT rebates removed (the tax returns), a
metal named only in the measure's purpose ("to cool domestic steel prices").

First time, before any rule changed (on main's engine): 9 of 20 phrasings read right (the
measures and non-events beside each kind 6 of 6; the kinds 3 of 14); three priced cuts were
then given the engine's convention (it read all three so: right first time by it; relabelled
`resuming` in session 17 with the fourth, "lowered to 10% in Indian budget"), and two
importers named only after the rate are kept failing (``xfail``, strict). Written after, read
first before their fix: two rebates with a purpose clause after them (2 of 2 right), the metals
of a purpose clause (1 of 4); one "export VAT rebates" phrasing written after its fix; three
phrasings of a country named before another's goods, written with their fix. Now 27 of 27 and 4
of 4; the two importers named after the rate read right since session 13, when four more
were written with their fix (a place closing the measure's clause is where it was set, when no
other actor is named: three; "weighs tariffs" still a plan: one) and a check that "weighs on"
is a burden, not a plan, and a place after the market not the importer (both failed before).
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, case_ids, check_kind, headline_cases
from test_classifier import METALS

from tui.engine.classifier import classify, explain

CASES: list[object] = [
    # --- a duty halved: a cut, so the measure is eased (resuming) ---------------------------
    ("Canada halves surtax on Chinese aluminium", "", ("resuming", "CN", "CA", False)),
    ("India halving export duty on iron ore pellets", "", ("resuming", "IN", "*", False)),
    # a cut that states the new rate is a cut too, `resuming` with the rate only in the words
    # (the blind sets' and the wire set's labels; the rules-written sets read it as a `tariff`
    # at its new rate until session 17, when they were relabelled to the real sets' convention)
    ("EU halved its duty on Russian nickel to 10%", "", ("resuming", "RU", "EU", False)),
    (
        "Budget 2023: import duty on copper cut to 5%",
        "NEW DELHI: The finance minister announced the change in parliament.",
        ("resuming", "*", "IN", False),
    ),
    ("Pakistan: regulatory duty on steel slashed to 5%", "", ("resuming", "*", "PK", False)),
    # the importer named only after the rate ("in India", "in Indian budget"): where the
    # measure was set is its actor when the title names no other (fixed in session 13)
    pytest.param(
        "Basic customs duty on silver lowered to 10% in Indian budget",
        "",
        ("resuming", "*", "IN", False),
    ),
    pytest.param(
        "Budget 2022: import duty on gold raised to 12.5% in India",
        "",
        ("tariff", "*", "IN", False),
    ),
    # written with the fix (session 13): the place must close the measure's own clause
    ("Gold import duty hiked in India", "", ("tariff", "*", "IN", False)),
    ("Export duty on nickel ore raised in Indonesia", "", ("tariff", "ID", "*", False)),
    ("Cobalt export quota tightened in Congo", "", ("quota", "CD", "*", False)),
    # --- "weighs tariffs" is a plan ("weigh on" is a burden: below) (session 13) ------------
    ("EU weighs tariffs on Chinese steel", "", ("tariff", "CN", "EU", True)),
    # --- export (VAT) tax rebates removed or scrapped: an export tariff --------------------------
    ("China scraps VAT rebates on aluminium exports", "", ("tariff", "CN", "*", False)),
    ("Beijing removes export tax rebates for copper products", "", ("tariff", "CN", "*", False)),
    ("China ends export rebates on some steel products", "", ("tariff", "CN", "*", False)),
    # a sales tax named between the flow and its rebate (written after the fix)
    ("China scraps export VAT rebates for aluminium sheet", "", ("tariff", "CN", "*", False)),
    # with its purpose told after it ("in bid to curb output"): still the measure
    (
        "China cancels export tax rebates on aluminium products in bid to curb output",
        "",
        ("tariff", "CN", "*", False),
    ),
    ("Beijing scraps steel export rebates to cut production", "", ("tariff", "CN", "*", False)),
    # --- a retaliation that bans the subject's own shipments: its exports to the other side -------
    (
        "China retaliates against US sanctions with ban on antimony shipments",
        "",
        ("suspended", "CN", "US", False),
    ),
    (
        "Beijing hits back at Dutch curbs by halting graphite shipments to the Netherlands",
        "",
        ("suspended", "CN", "NL", False),
    ),
    # a retaliation by tariffs stays on the other side's goods
    (
        "Canada hits back at US with 25% tariffs on American steel",
        "",
        ("tariff", "US", "CA", False),
    ),
    # --- measures in force shelved or put on hold for a time: eased (resuming) --------------------
    ("China shelves gallium export controls for a year", "", ("resuming", "CN", "*", False)),
    (
        "Indonesia puts nickel export levy on hold for six months",
        "",
        ("resuming", "ID", "*", False),
    ),
    # a plan shelved, or a measure's start put off: no event
    ("Indonesia shelves plan to ban copper concentrate exports", "", None),
    ("Zimbabwe postpones lithium export restrictions", "", None),
    # --- an import registration or tracking system: licensing --------------------------------------
    (
        "Vietnam to monitor aluminium imports through mandatory registration from July 1",
        "",
        ("licensing", "*", "VN", False),
    ),
    (
        "Indonesia launches online registration for steel imports",
        "",
        ("licensing", "*", "ID", False),
    ),
    # --- a country named before the goods after another's measure ("tariff on Brazil steel
    # imports"): the goods' origin, not the importer (seen in the clustering benchmark's
    # synthetic headlines, not in a labelled set; written with the fix) --------------------------
    ("Japan imposes 65% tariff on Brazil steel imports", "", ("tariff", "BR", "JP", False)),
    ("Trump imposes tariffs on Canada aluminum imports", "", ("tariff", "CA", "US", False)),
    # the imposer's own imports stay its own
    ("US raises tariff on all US steel imports", "", ("tariff", "*", "US", False)),
]

#: A metal named only in the measure's purpose ("to cool domestic steel prices") is not its goods.
METAL_CASES = [
    ("Brazil raises export tax on iron ore to curb domestic steel costs", {"iron-ore"}),
    ("Philippines bans nickel ore exports to support local stainless steel mills", {"nickel"}),
    ("India cuts import duty on copper scrap to help aluminium recyclers", {"copper"}),
    # a purpose naming no metal, and metals listed as the goods: all of them
    (
        "China restricts gallium and germanium exports to protect national security",
        {"gallium", "germanium"},
    ),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "metals"), METAL_CASES, ids=case_ids(METAL_CASES))
def test_metals_of_the_goods(title: str, metals: set[str]) -> None:
    event = classify(title, "", METALS)
    assert event is not None and set(event.metals) == metals, "\n".join(explain(title, "", METALS))


@pytest.mark.parametrize(
    "title",
    ["Export ban weighs on nickel market", "Tariffs weigh on steel demand in Europe"],
)
def test_a_burden_is_not_a_plan_nor_its_place_an_importer(title: str) -> None:
    """ "<measure> weighs on <market>" tells a burden, not a plan; and a place after the market
    ("demand in Europe") is where the demand is, not who set the measure. Whether such a
    burden is an event at all is a labelling convention the sets split on (effects framing),
    so only what is wrong in both is checked: it is never proposed, never Europe's."""
    event = classify(title, "", METALS)
    assert event is None or (not event.proposed and "EU" not in (event.origin, event.destination))
