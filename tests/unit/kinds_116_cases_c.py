"""Measures of ``test_classifier_kinds_116.py``: true measures told in the same genres as its
non-measures (a court ordering a measure halted, a quota opened, a licence regime in force, a
sitting leader's pledge, an analyst's or a market's story whose title tells a government's act,
an explainer's heading before the act, a list of goods that names a watched metal), so that a
fix cannot just say no. Labels were written and committed before the engine read them.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``(status, origin, destination, proposed, metals, rate)``.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): measures in the genres of the non-measures.
MEASURES: list[Any] = [
    # Courts ordering a measure halted (as the labelled "Egypt court suspends steel safeguard
    # measures", rh2-142: resuming on the importer's side).
    (
        "Court orders halt to Zimbabwe's lithium ore export ban",
        "The High Court in Harare ordered the government to suspend its ban on exports of raw lithium ore pending a full hearing.",
        ("resuming", "ZW", "*", False, "lithium", None),
    ),
    (
        "Egyptian court suspends duties on imported steel billets",
        "CAIRO - An administrative court suspended the trade ministry's duties on billet imports, siding with rebar makers.",
        ("resuming", "*", "EG", False, "steel", None),
    ),
    (
        "Peru court orders suspension of copper export tax",
        "The constitutional tribunal ordered the levy on concentrate shipments suspended while it rules on its legality.",
        ("resuming", "PE", "*", False, "copper", None),
    ),
    # Quotas opened or set.
    (
        "Congo issues first cobalt export quotas under new regime",
        "The strategic minerals regulator allocated quotas to 12 miners for the first quarter.",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    (
        "EU opens new tariff-rate quotas for steel imports from July 1",
        "Volumes above the quotas will pay a higher duty under the new measure replacing the safeguard.",
        ("quota", "*", "EU", False, "steel", None),
    ),
    (
        "Vietnam sets 2027 tin export quota at 5,000 tonnes",
        "The industry ministry said exporters must hold a quota allocation to ship refined tin.",
        ("quota", "VN", "*", False, "tin", None),
    ),
    (
        "Ukraine introduces export quota for steel scrap",
        "The cabinet capped scrap exports at 100,000 tonnes for the year to protect domestic mills.",
        ("quota", "UA", "*", False, "steel", None),
    ),
    # Licence regimes in force.
    (
        "China's antimony export licence requirement takes effect",
        "Exporters of antimony ingots and oxides now need a commerce ministry licence for each shipment.",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    (
        "Beijing adds tungsten to export licence list",
        "The commerce ministry said exports of tungsten products will require a licence.",
        ("licensing", "CN", "*", False, "tungsten", None),
    ),
    (
        "Guinea revokes bauxite export licences of 40 firms",
        "The mines ministry said the companies had failed to build refineries as promised.",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
    # Sitting leaders' pledges (pledged is proposed).
    (
        "Trump vows 25% tariff on imported copper at Pennsylvania rally",
        "The president told supporters the duty would bring back American smelting.",
        ("tariff", "*", "US", True, "copper", 25),
    ),
    (
        "Indonesian president pledges ban on raw tin exports",
        "Prabowo told a party congress that the government would stop shipments of unprocessed tin.",
        ("suspended", "ID", "*", True, "tin", None),
    ),
    (
        "Brazil's Lula promises higher import tax on Chinese steel",
        "The president said the government would raise the levy to protect jobs at domestic mills.",
        ("tariff", "CN", "BR", True, "steel", None),
    ),
    # Analysts', markets' and companies' stories whose title tells a government's act.
    (
        "Analysts scramble as Indonesia bans bauxite exports",
        "The ban took effect on Saturday, the mines ministry said.",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "Nickel miners' shares fall after Philippines imposes ore export tax",
        "Congress passed a tax on nickel ore shipments and the president signed it on Friday.",
        ("tariff", "PH", "*", False, "nickel", None),
    ),
    (
        "Steel stocks jump as Washington raises tariffs to 50%",
        "The administration doubled duties on imported steel, effective immediately.",
        ("tariff", "*", "US", False, "steel", 50),
    ),
    (
        "Defying WTO ruling, Indonesia extends nickel ore export ban",
        "Jakarta said the ban would stay as long as it is needed to build the smelting industry.",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "US bans imports of Russian aluminium; freight to Rotterdam slumps",
        "The ban covers unwrought aluminium of Russian origin.",
        ("suspended", "RU", "US", False, "aluminium", None),
    ),
    # Customs, petitions and comment periods that end in a measure.
    (
        "Customs: India raises import duty on silver to 15%",
        "The finance ministry notified the higher duty late on Tuesday.",
        ("tariff", "*", "IN", False, "silver", 15),
    ),
    (
        "Canada imposes provisional duties on Chinese steel wire after producers' complaint",
        "The Canada Border Services Agency said provisional anti-dumping duties apply from today.",
        ("tariff", "CN", "CA", False, "steel", None),
    ),
    (
        "US sets 25% tariff on Chinese graphite after comment period",
        "The trade representative said the duty on natural graphite from China would take effect after the public comment period closed.",
        ("tariff", "CN", "US", False, "graphite", 25),
    ),
    (
        "Responding to steelmakers' plea, EU cuts steel import quotas",
        "The Commission trimmed the safeguard quotas by 15% for all countries.",
        ("quota", "*", "EU", False, "steel", None),
    ),
    # Lists of goods that name a watched metal, explainers' headings before the act, other acts.
    (
        "China hits US soybeans and steel scrap with retaliatory tariffs",
        "The commerce ministry said the duties respond to Washington's latest levies.",
        ("tariff", "US", "CN", False, "steel", None),
    ),
    (
        "EU imposes anti-dumping duties on Chinese aluminium extrusions and solar glass",
        "The definitive duties run for five years.",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "US raises tariffs on Chinese EVs and natural graphite",
        "The duties on graphite rise from next year under the review.",
        ("tariff", "CN", "US", False, "graphite", None),
    ),
    (
        "Explained: Zimbabwe bans raw lithium exports",
        "The mines ministry said no lithium ore may leave the country unprocessed.",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "UK bans imports of Russian copper, aluminium and nickel",
        "The ban applies to metal produced after the announcement.",
        ("suspended", "RU", "GB", False, "copper aluminium nickel", None),
    ),
    (
        "Vietnam imposes anti-dumping duty of up to 27.83% on Chinese galvanised steel",
        "The industry ministry said the duties last five years.",
        ("tariff", "CN", "VN", False, "steel", 27.83),
    ),
    (
        "Malaysia lifts bauxite export moratorium",
        "The government said miners could resume shipments from next month.",
        ("resuming", "MY", "*", False, "bauxite", None),
    ),
    (
        "China to curb graphite exports from December, citing national security",
        "The commerce ministry said exporters of high-purity graphite will need licences.",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
]
