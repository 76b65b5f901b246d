"""The cases of ``test_classifier_kinds_124.py``: six kinds of headline the classifier was known
to misread, each with made-up measures in several countries, metals and words, and near misses
that must keep their reading. Labelled and committed before the engine read them; the first
reading is in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``(status, origin, destination, proposed, metals, rate)`` or ``None`` for no event.
"""

from __future__ import annotations

from typing import Any

import pytest

#: Kind 1, "sanctioned" in the passive: the measure of "<place> sanctions <goods>" told of the
#: goods ("<goods> sanctioned by <place>").
SANCTIONED_PASSIVE: list[Any] = [
    (
        "Russian palladium sanctioned by Britain in new package",
        "The UK government added the metal to its list of banned Russian imports.",
        ("suspended", "RU", "GB", False, "palladium", None),
    ),
    (
        "Iranian steel and copper sanctioned by US",
        "Washington said the measures target revenue of the Iranian state.",
        ("suspended", "IR", "US", False, "copper steel", None),
    ),
    (
        "Aluminium from Russia sanctioned by Canada",
        "Ottawa said imports of the metal would be barred.",
        ("suspended", "RU", "CA", False, "aluminium", None),
    ),
    (
        "North Korean gold and silver sanctioned by Japan",
        "Tokyo froze all trade in the metals with Pyongyang.",
        ("suspended", "KP", "JP", False, "gold silver", None),
    ),
    (
        "Belarusian steel products sanctioned by Switzerland",
        "The Swiss government aligned with the latest EU package.",
        ("suspended", "BY", "CH", False, "steel", None),
    ),
    (
        "Myanmar's tin and rare earths sanctioned by the EU",
        "The bloc said the mines finance the military government.",
        ("suspended", "MM", "EU", False, "tin rare-earths", None),
    ),
]

#: Kind 1's near misses: a person sanctioned, a body that is no government, the word's other
#: sense.
SANCTIONED_NEAR_MISSES: list[Any] = [
    (
        "Former Russian metals tycoon sanctioned by Britain sells London mansion",
        "The businessman once controlled a nickel producer.",
        None,
    ),
    (
        "Copper broker sanctioned by LME over warehouse reporting breach",
        "The exchange fined the firm 1.2 million pounds.",
        None,
    ),
    (
        "Sanctioned Russian gold still reaches Dubai refiners, report says",
        "Researchers tracked shipments through third countries.",
        None,
    ),
]

#: Kind 2, relief refused: the measure stands on the one that asked, from it to the imposer.
RELIEF_REFUSED: list[Any] = [
    (
        "Japan refused relief from US steel tariffs",
        "Tokyo had argued its mills pose no threat to American security.",
        ("tariff", "JP", "US", False, "steel", None),
    ),
    (
        "Australia fails to win exemption from US aluminium tariffs",
        "Canberra's envoy said talks would go on.",
        ("tariff", "AU", "US", False, "aluminium", None),
    ),
    (
        "Vietnam denied an exclusion from 25% US steel duties",
        "The Commerce Department turned down the request on Tuesday.",
        ("tariff", "VN", "US", False, "steel", 25),
    ),
    (
        "UK fails to secure exemption from 50% US steel tariff",
        "British steelmakers said the decision would cost jobs.",
        ("tariff", "GB", "US", False, "steel", 50),
    ),
    (
        "Taiwan refused an exclusion from US tariffs on aluminium",
        "Taipei said it would keep talking with Washington.",
        ("tariff", "TW", "US", False, "aluminium", None),
    ),
    pytest.param(
        "Indian steel refused exemption from EU safeguard duty",
        "The European Commission rejected New Delhi's request.",
        ("tariff", "IN", "EU", False, "steel", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="label at odds with the documented convention: the EU's steel safeguard is a tariff-rate quota whatever the title names (classifier_form; read quota)",
        ),
    ),
]

#: Kind 2's near misses: relief won or granted (a release), relief only sought (no event).
RELIEF_NEAR_MISSES: list[Any] = [
    (
        "Canada wins exemption from US steel tariffs",
        "Ottawa said its mills would ship freely again.",
        ("resuming", "CA", "US", False, "steel", None),
    ),
    (
        "Mexico granted relief from US aluminium tariffs",
        "The White House said the deal takes effect on Monday.",
        ("resuming", "MX", "US", False, "aluminium", None),
    ),
    (
        "India seeks exemption from US steel tariffs",
        "New Delhi's trade ministry filed its request this week.",
        None,
    ),
]

#: Kind 3, a measure told "under" a proposal, a draft or proposed rules: proposed.
UNDER_PROPOSAL: list[Any] = [
    (
        "Chinese aluminium faces 20% duty under Commission proposal",
        "EU member states will vote on the measure next month.",
        ("tariff", "CN", "EU", True, "aluminium", 20),
    ),
    (
        "Russian steel imports capped under EU draft plan",
        "The draft, seen by reporters, would cut the quota by half.",
        ("quota", "RU", "EU", True, "steel", None),
    ),
    (
        "Canadian copper would pay 50% US tariff under proposed rules",
        "The Commerce Department opened a comment period.",
        ("tariff", "CA", "US", True, "copper", 50),
    ),
    (
        "Gold imports face 15% duty under Indian budget proposal",
        "Parliament will debate the finance bill next week.",
        ("tariff", "*", "IN", True, "gold", 15),
    ),
    (
        "Zimbabwe lithium ore exports banned under proposed law",
        "The mines ministry published the bill for comment.",
        ("suspended", "ZW", "*", True, "lithium", None),
    ),
    (
        "Export tax on Philippine nickel ore under draft bill",
        "Senators filed the measure on Monday.",
        ("tariff", "PH", "*", True, "nickel", None),
    ),
]

#: Kind 3's near misses: a measure in force "under" a regulation adopted, trade figures under a
#: measure.
UNDER_NEAR_MISSES: list[Any] = [
    (
        "Chinese steel faces 25% duty under Commission regulation published Friday",
        "The duty applies from Saturday.",
        ("tariff", "CN", "EU", False, "steel", 25),
    ),
    (
        "Steel imports fall under existing quotas",
        "Shipments dropped 12% in the quarter.",
        None,
    ),
]

#: Kind 4, a government telling a state firm known by its name alone to stop or restart a flow.
STATE_FIRM_NAMED: list[Any] = [
    (
        "India asks NMDC to stop iron ore exports to China",
        "The steel ministry wants ore kept for domestic mills.",
        ("suspended", "IN", "CN", False, "iron-ore", None),
    ),
    pytest.param(
        "Beijing orders Chinalco to halt aluminium shipments to Australia",
        "The order was given on Monday, people familiar said.",
        ("suspended", "CN", "AU", False, "aluminium", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="label at odds with the documented convention: a lede told by 'people familiar' makes the measure proposed (read proposed)",
        ),
    ),
    (
        "Indonesia tells Antam to stop nickel ore exports",
        "The energy ministry said smelters at home need the ore.",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Chile asks Codelco to halt copper exports to the US",
        "The mining ministry cited the new tariff.",
        ("suspended", "CL", "US", False, "copper", None),
    ),
    (
        "Kazakhstan orders ERG to suspend aluminium exports to Russia",
        "The industry ministry gave no reason.",
        ("suspended", "KZ", "RU", False, "aluminium", None),
    ),
    (
        "Peru tells Activos Mineros to resume zinc exports",
        "The energy and mines ministry lifted its hold.",
        ("resuming", "PE", "*", False, "zinc", None),
    ),
]

#: Kind 4's near misses: a firm or a foreign government asking, which is an appeal.
STATE_FIRM_NEAR_MISSES: list[Any] = [
    (
        "Glencore asks Zambia to lift cobalt export ban",
        "The miner said the ban hurts its output.",
        None,
    ),
    (
        "Japan asks China to resume rare earth exports",
        "Tokyo's trade minister raised the issue in talks.",
        None,
    ),
]

#: Kind 5, a bare "Treasury" whose country the title or lede names elsewhere, and a leader by
#: name alone ("Xi") for China.
BODY_AND_LEADER: list[Any] = [
    (
        "Treasury bans imports of Russian aluminium",
        "Britain's Treasury said the ban starts on Friday.",
        ("suspended", "RU", "GB", False, "aluminium", None),
    ),
    (
        "Treasury curbs Iranian steel as US tightens sanctions",
        "The measures target the country's biggest mills.",
        ("suspended", "IR", "US", False, "steel", None),
    ),
    (
        "Xi orders export ban on germanium to the US",
        "State media said the order takes effect at once.",
        ("suspended", "CN", "US", False, "germanium", None),
    ),
    (
        "Xi halts antimony exports to Japan",
        "The commerce ministry published the notice on Tuesday.",
        ("suspended", "CN", "JP", False, "antimony", None),
    ),
    (
        "Xi slaps tariffs on Australian copper",
        "The duties are 30% and take effect next week.",
        ("tariff", "AU", "CN", False, "copper", 30),
    ),
]

#: Kind 5's near misses: a bond market, a firm named "Treasury", a city that begins with "Xi".
BODY_NEAR_MISSES: list[Any] = [
    ("Treasury yields fall as copper rallies", "Bullion also rose.", None),
    (
        "Treasury Metals files permit for Ontario gold project",
        "The company expects a decision next year.",
        None,
    ),
    (
        "Xiamen Tungsten cuts output on weak demand",
        "The producer said orders fell in the quarter.",
        None,
    ),
]

#: Kind 6, two acts in one title, the first on goods that are no metal, the second on a
#: watched metal.
TWO_ACTS: list[Any] = [
    pytest.param(
        "Indonesia extends ban on palm oil exports, raises tax on nickel ore",
        "The trade ministry said both take effect on June 1.",
        ("tariff", "ID", "*", False, "nickel", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="label at odds with the documented convention: a tax with no flow named is on imports (read * -> ID); the second act itself is read",
        ),
    ),
    (
        "India scraps duty on wheat, raises import tariff on gold to 15%",
        "The finance ministry notified both changes on Friday.",
        ("tariff", "*", "IN", False, "gold", 15),
    ),
    (
        "China bans pork imports from Germany, halts graphite exports",
        "The commerce ministry gave no end date.",
        ("suspended", "CN", "*", False, "graphite", None),
    ),
    (
        "Zimbabwe lifts maize import ban, bans lithium ore exports",
        "The government said the ore ban runs from January.",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Kazakhstan extends fuel export ban, imposes quota on steel scrap exports",
        "The quota runs for six months.",
        ("quota", "KZ", "*", False, "steel", None),
    ),
]

#: Kind 6's near misses: the second clause the metal's market or output, not an act.
TWO_ACTS_NEAR_MISSES: list[Any] = [
    (
        "Russia extends ban on diesel exports, nickel prices steady",
        "Traders shrugged off the fuel decision.",
        None,
    ),
    (
        "Ukraine extends grain export ban; steelmakers warn of losses",
        "Mills said rail capacity is short.",
        None,
    ),
]
