"""Two kinds (session 35), in made-up phrasings labelled before the engine read them.

1. **A government's act after "as", following others' reaction** ("Germanium buyers scramble as
   China bans exports", "Tungsten buyers panic as Beijing halts shipments to US"): the words
   before "as" are who reacts, not who acts; a place named in the "as" clause before the act's
   verb is the government acting, and the measure is its act (README "Trade-policy statuses":
   a government's act given as the cause). The company veto took "buyers" for the act's subject
   when the reaction was no market move ("scramble", "panic", "hoard" are none); and a metal
   named only by the reacting side ("Steel mills rush ... as India imposes 30% export duty on
   iron ore") was counted among the measure's goods. Near misses stay no event: an "as" clause
   with no government act, talks, a possibility weighed by traders, a firm's own halt.
2. **A leader first, "says" then "will"** ("Trump says US will hike copper tariffs", "Prabowo
   says Indonesia will ban bauxite exports"): read as the tail form ("US will hike copper
   tariffs, Trump says") is, a leader's plan, ``proposed``; a ministry's word or a start date
   decides. The tail form knew only four leaders by bare name, so "..., Prabowo says" and
   "..., Carney says" read decided too; both forms now know the same wider list of heads of
   government (``tui/engine/classifier_leader_tail.py``).

First time, on the engine before the change (labels written before it ran): kind 1, 10 of 15
measures right and 10 of 10 near misses; kind 2, 1 of 12 measures right (the Trump tail form)
and 5 of 6 near misses. No label was changed after the first run.

Fixed by kind: a place in the "as" clause starts the act's subject there
(``tui/engine/classifier_as_clause.py``, used by the company veto and by the metals a market
clause leaves out); a leader opening the title before "says ... will" is read as the tail's
leader, with the bare names of more heads of government. After: kind 1, 14 of 15 and 10 of 10;
kind 2, 12 of 12 and 5 of 6. Still wrong (``xfail``, strict): "suspends mining exports" read as
a mine's operations, and a leader's view of a measure in force ("Trump says steel tariffs are
working") read as the tariff (read right since, a plain case:
``test_classifier_kinds_112.py``). Event gate retrained: threshold 0.100 unmoved;
``row_changes.py main``: 0 rows lost.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

#: (title, summary, want): kind 1, a government's act after "as" following others' reaction.
AS_ACTS: list[Any] = [
    (
        "Germanium buyers scramble as China bans exports",
        "",
        ("suspended", "CN", "*", False, "germanium", None),
    ),
    (
        "Cobalt traders rush to secure cargoes as Kinshasa halts shipments",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    pytest.param(
        "Tin jumps as Myanmar region suspends mining exports",
        "",
        ("suspended", "MM", "*", False, "tin", None),
        marks=pytest.mark.xfail(
            strict=True, reason="'suspends mining' is read as a mine's operations, no measure"
        ),
    ),
    (
        "Nickel ore buyers scramble as Indonesia bans exports",
        "Chinese stainless steel mills sought alternative supply after Jakarta stopped shipments "
        "of raw nickel ore.",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Steel importers rush orders as US doubles tariffs to 50%",
        "",
        ("tariff", "*", "US", False, "steel", 50),
    ),
    (
        "Aluminium premiums spike as Canada imposes 25% surtax on Chinese aluminium",
        "",
        ("tariff", "CN", "CA", False, "aluminium", 25),
    ),
    (
        "Copper smelters scramble as Zambia imposes 10% export duty on concentrate",
        "",
        ("tariff", "ZM", "*", False, "copper", 10),
    ),
    (
        "Lithium miners rally as Zimbabwe lifts ban on ore exports",
        "",
        ("resuming", "ZW", "*", False, "lithium", None),
    ),
    (
        "Tungsten buyers panic as Beijing halts shipments to US",
        "",
        ("suspended", "CN", "US", False, "tungsten", None),
    ),
    (
        "Gallium users scramble as China bans exports to US",
        "The ban on gallium shipments to the United States takes effect immediately.",
        ("suspended", "CN", "US", False, "gallium", None),
    ),
    (
        "Steel mills rush to book cargoes as India imposes 30% export duty on iron ore",
        "",
        ("tariff", "IN", "*", False, "iron-ore", 30),
    ),
    (
        "Bauxite shipments stall as Guinea junta suspends exports",
        "",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
    (
        "Antimony traders hoard stocks as Tajikistan halts exports",
        "",
        ("suspended", "TJ", "*", False, "antimony", None),
    ),
    (
        "Palladium leaps as Russia bans exports to the United States",
        "",
        ("suspended", "RU", "US", False, "palladium", None),
    ),
    (
        "Graphite buyers race for supply as China imposes export licences on graphite",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    # near misses: no government act after "as", a possibility, a firm's own halt
    ("Copper rises as dollar weakens", "", None),
    ("Nickel falls as Indonesia output climbs", "", None),
    ("Aluminium steadies as talks on tariffs continue", "", None),
    ("Cobalt edges up as traders weigh a possible Congo export ban", "", None),
    ("Zinc jumps as Glencore halts a mine", "", None),
    ("Gold climbs as investors seek a haven", "", None),
    ("Lithium falls as Chilean miners boost output", "", None),
    ("Graphite prices ease as export controls stay in place", "", None),
    ("Copper gains as China's factory activity expands", "", None),
    ("Tin slips as smelter halts production for maintenance", "", None),
]

#: (title, summary, want): kind 2, a leader first, "says" then "will", read as the tail form.
LEADER_FIRST: list[Any] = [
    ("Trump says US will hike copper tariffs", "", ("tariff", "*", "US", True, "copper", None)),
    ("US will hike copper tariffs, Trump says", "", ("tariff", "*", "US", True, "copper", None)),
    (
        "Prabowo says Indonesia will ban bauxite exports",
        "",
        ("suspended", "ID", "*", True, "bauxite", None),
    ),
    (
        "Indonesia will ban bauxite exports, Prabowo says",
        "",
        ("suspended", "ID", "*", True, "bauxite", None),
    ),
    (
        "Carney says Canada will impose 25% tariff on US steel",
        "",
        ("tariff", "US", "CA", True, "steel", 25),
    ),
    (
        "Canada will impose 25% tariff on US steel, Carney says",
        "",
        ("tariff", "US", "CA", True, "steel", 25),
    ),
    (
        "Xi says China will ban rare earth exports to US",
        "",
        ("suspended", "CN", "US", True, "rare-earths", None),
    ),
    (
        "Tshisekedi says Congo will extend cobalt export ban",
        "",
        ("suspended", "CD", "*", True, "cobalt", None),
    ),
    (
        "Lula says Brazil will impose tariffs on Chinese steel",
        "",
        ("tariff", "CN", "BR", True, "steel", None),
    ),
    (
        "Milei says Argentina will scrap export duties on lithium",
        "",
        ("resuming", "AR", "*", True, "lithium", None),
    ),
    (
        "Trump says he will double tariffs on aluminium to 50%",
        "",
        ("tariff", "*", "US", True, "aluminium", 50),
    ),
    (
        "Modi says India will impose safeguard duty on steel imports from China",
        "Prime Minister Narendra Modi told parliament the government would act on cheap Chinese "
        "hot-rolled coil.",
        ("tariff", "CN", "IN", True, "steel", None),
    ),
    # near misses: a denial, no measure, a ministry's own word, a start date
    ("Trump says US will not hike copper tariffs", "", None),
    ("Modi says India will boost steel output", "", None),
    ("Xi says China will buy more US copper", "", None),
    ("Trump says steel tariffs are working", "", None),
    (
        "Commerce ministry says India will impose duty on steel imports",
        "",
        ("tariff", "*", "IN", False, "steel", None),
    ),
    (
        "Trump says US will put 50% tariff on copper imports from August 1",
        "",
        ("tariff", "*", "US", False, "copper", 50),
    ),
]


@headline_cases(AS_ACTS)
def test_a_government_act_after_as_is_the_measure(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(LEADER_FIRST)
def test_a_leader_first_says_will_reads_as_the_tail_form(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
