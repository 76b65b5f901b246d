"""Cases of ``test_classifier_kinds_35.py`` (CONTINGENCY, VEHICLES, PACKAGES, REGISTRATION,
SECOND_ACT, IN_FORCE, RATED), labelled before the engine read them; the kinds, first-time counts
and fixes are in that module's docstring."""

from __future__ import annotations

import pytest
from kinds_cases import Want

SHARE_ORIGIN = "a demonym in a trailing share clause taken for the goods' origin"


#: (title, summary, want): kind 1, a measure told only as a contingency ("in case ...").
CONTINGENCY: list[tuple[str, str, Want]] = [
    (
        "Refiners get ready in case Indonesia bans bauxite exports",
        "",
        ("suspended", "ID", "*", True),
    ),
    (
        "Indonesia getting ready in case nickel export ban comes early",
        "",
        ("suspended", "ID", "*", True),
    ),
    ("Buyers prepare in case China bans gallium exports", "", ("suspended", "CN", "*", True)),
    (
        "Smelters stockpile ore in case Philippines bans nickel exports",
        "",
        ("suspended", "PH", "*", True),
    ),
    (
        "Exporters get ready in case Guinea imposes bauxite export tax",
        "",
        ("tariff", "GN", "*", True),
    ),
    ("Mongolia readies copper export tax in case prices spike", "", ("tariff", "MN", "*", True)),
]


#: (title, summary, want): kind 2, a legal instrument whose "to <verb>" is its content.
VEHICLES: list[tuple[str, str, Want]] = [
    ("China drafting rules to ban antimony exports to US", "", ("suspended", "CN", "US", True)),
    ("Indonesia drafting rules to ban bauxite exports", "", ("suspended", "ID", "*", True)),
    ("Vietnam prepares rules to halt rare earth exports", "", ("suspended", "VN", "*", True)),
    ("Russia drafts rules to impose duty on nickel exports", "", ("tariff", "RU", "*", True)),
    ("Beijing to draft rules banning graphite exports to US", "", ("suspended", "CN", "US", True)),
    (
        "Kazakhstan draft decree bans tungsten exports for six months",
        "",
        ("suspended", "KZ", "*", True),
    ),
    ("Russia draft decree sets export duty on palladium", "", ("tariff", "RU", "*", True)),
    ("Draft decree would impose export duty on Russian aluminium", "", ("tariff", "RU", "*", True)),
]


#: (title, summary, want): kind 3, a sanctions package that names its instrument.
PACKAGES: list[tuple[str, str, Want]] = [
    (
        "New US sanctions on Russia include 200% tariff on aluminium",
        "",
        ("tariff", "RU", "US", False),
    ),
    pytest.param(
        "Iran sanctions to include 25 percent tariffs on copper imports",
        "",
        ("tariff", "IR", "*", False),
    ),
    (
        "EU sanctions on Belarus to include ban on steel imports",
        "",
        ("suspended", "BY", "EU", False),
    ),
    (
        "EU proposes sanctions package banning Russian nickel imports",
        "",
        ("suspended", "RU", "EU", True),
    ),
    (
        "EU sanctions package proposed to ban Russian aluminium imports",
        "",
        ("suspended", "RU", "EU", True),
    ),
    ("Proposed EU sanctions package would ban Russian nickel", "", ("suspended", "RU", "EU", True)),
    (
        "EU adopts sanctions package banning Russian aluminium imports",
        "",
        ("suspended", "RU", "EU", False),
    ),
    (
        "Proposed sanctions package would ban Russian nickel imports into the UK",
        "",
        ("suspended", "RU", "GB", True),
    ),
]


#: (title, summary, want): kind 4, registration made mandatory; licences, permits, state trading.
REGISTRATION: list[tuple[str, str, Want]] = [
    (
        "Vietnam makes registration mandatory for copper scrap imports",
        "",
        ("licensing", "*", "VN", False),
    ),
    ("India makes registration mandatory for steel imports", "", ("licensing", "*", "IN", False)),
    ("Kenya makes import permits compulsory for gold", "", ("licensing", "*", "KE", False)),
    (
        "Zimbabwe channels all lithium exports through state trading firm",
        "",
        ("licensing", "ZW", "*", False),
    ),
    ("Indonesia publishes list of approved nickel exporters", "", ("licensing", "ID", "*", False)),
    ("Congo requires cobalt exporters to obtain permits", "", ("licensing", "CD", "*", False)),
    (
        "China tightens state trading rules for rare earth exports",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Myanmar requires permits for rare earth exports to China",
        "",
        ("licensing", "MM", "CN", False),
    ),
    (
        "Congo restricts cobalt exports to approved exporters list",
        "",
        ("licensing", "CD", "*", False),
    ),
    ("China announces export controls on antimony", "", ("licensing", "CN", "*", False)),
]


#: (title, summary, want): kind 6, a plan verb opening a second clause ("and threatens").
SECOND_ACT: list[tuple[str, str, Want]] = [
    (
        "US unveils 50% tariff on copper and threatens 100% duties on cars",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Canada imposes 25% surtax on US steel, weighs tariffs on autos",
        "",
        ("tariff", "US", "CA", False),
    ),
    (
        "China bans antimony exports to US and plans curbs on chips",
        "",
        ("suspended", "CN", "US", False),
    ),
]


#: (title, summary, want): kind 9, a measure in force put off (delayed, deferred, shelved).
IN_FORCE: list[tuple[str, str, Want]] = [
    (
        "US postpones collection of existing steel duties on Mexico",
        "",
        ("resuming", "MX", "US", False),
    ),
    (
        "Indonesia defers nickel ore export levy already in force for six months",
        "",
        ("resuming", "ID", "*", False),
    ),
    ("China delays start of gallium export controls", "", None),
    ("EU postpones steel safeguard tightening", "", None),
    ("Zambia pauses copper export duty until further notice", "", ("resuming", "ZM", "*", False)),
    ("Ghana shelves gold export levy in force since January", "", ("resuming", "GH", "*", False)),
    ("Philippines puts nickel ore export tax on hold", "", ("resuming", "PH", "*", False)),
]


#: (title, summary, want, rate): kind 8, the measure's own rate, and the kinds' rates.
RATED_1: list[tuple[str, str, Want, float | None]] = [
    (
        "US unveils 50% tariff on copper and threatens 100% duties on cars",
        "",
        ("tariff", "*", "US", False),
        50.0,
    ),
    (
        "Canada imposes 25% surtax on US steel, weighs tariffs on autos",
        "",
        ("tariff", "US", "CA", False),
        25.0,
    ),
    ("Chile levies 3% export duty on copper - sources", "", ("tariff", "CL", "*", True), 3.0),
    (
        "New US sanctions on Russia include 200% tariff on aluminium",
        "",
        ("tariff", "RU", "US", False),
        200.0,
    ),
    (
        "Zambia imposes 10% export duty on copper concentrates",
        "",
        ("tariff", "ZM", "*", False),
        10.0,
    ),
    ("Russia sets 15 percent export levy on nickel", "", ("tariff", "RU", "*", False), 15.0),
    (
        "Philippines slaps 5-per-cent levy on nickel ore exports",
        "",
        ("tariff", "PH", "*", False),
        5.0,
    ),
    ("Malaysia imposes export duty on tin ingots", "", ("tariff", "MY", "*", False), None),
    ("India raises gold import duty to 15% from 10%", "", ("tariff", "*", "IN", False), 15.0),
    ("Canada doubles surtax on Chinese steel to 50%", "", ("tariff", "CN", "CA", False), 50.0),
    ("Trump threatens 25% tariff on Canadian aluminium", "", ("tariff", "CA", "US", True), 25.0),
    (
        "Ukraine sets 500,000 tonne quota for steel scrap exports",
        "",
        ("quota", "UA", "*", False),
        None,
    ),
    ("US imposes 25 pct duty on Chinese aluminium foil", "", ("tariff", "CN", "US", False), 25.0),
    ("Canada imposes 25-per-cent surtax on U.S. steel", "", ("tariff", "US", "CA", False), 25.0),
    (
        "Mexico imposes tariffs of 15% to 25% on steel imports",
        "",
        ("tariff", "*", "MX", False),
        None,
    ),
    (
        "Brazil raises steel import tariff to 25% as US imposes 50% levy",
        "",
        ("tariff", "*", "BR", False),
        25.0,
    ),
    (
        "Vietnam extends anti-dumping duties on Chinese steel until 2030",
        "",
        ("tariff", "CN", "VN", False),
        None,
    ),
    ("Ghana weighs gold export levy of 3%", "", ("tariff", "GH", "*", True), 3.0),
    ("US set to double steel tariffs to 50%", "", ("tariff", "*", "US", True), 50.0),
    (
        "India to impose 10% duty on steel imports from April 1",
        "",
        ("tariff", "*", "IN", False),
        10.0,
    ),
    ("India imposes 15% export duty on iron ore", "", ("tariff", "IN", "*", False), 15.0),
    (
        "EU raises anti-dumping duty on Chinese aluminium to 30%",
        "",
        ("tariff", "CN", "EU", False),
        30.0,
    ),
    (
        "India raises steel import duty to 20 percent from 15 percent",
        "",
        ("tariff", "*", "IN", False),
        20.0,
    ),
    ("Indonesia doubles nickel ore export levy to 20%", "", ("tariff", "ID", "*", False), 20.0),
    (
        "Brazil sets steel import tariffs between 15% and 25%",
        "",
        ("tariff", "*", "BR", False),
        None,
    ),
    ("Egypt imposes 10-15% duty on steel rebar imports", "", ("tariff", "*", "EG", False), None),
    (
        "Philippines imposes 25-percent tariff on Chinese steel",
        "",
        ("tariff", "CN", "PH", False),
        25.0,
    ),
    ("EU tariff-rate quota for steel cut by 47%", "", ("quota", "*", "EU", False), None),
    ("US imposes 50% tariff on steel from 2025", "", ("tariff", "*", "US", False), 50.0),
    (
        "Canada imposes surtax on Chinese steel after US 50% tariff",
        "",
        ("tariff", "CN", "CA", False),
        None,
    ),
    ("Mexico raises steel tariffs to 35% in 2026", "", ("tariff", "*", "MX", False), 35.0),
    ("Indonesia imposes 10-per-cent export tax on bauxite", "", ("tariff", "ID", "*", False), 10.0),
    ("India hikes gold import duty to 15-percent", "", ("tariff", "*", "IN", False), 15.0),
    (
        "Australia slaps 30-per-cent anti-dumping duty on Chinese aluminium",
        "",
        ("tariff", "CN", "AU", False),
        30.0,
    ),
    ("Canada imposes 25 per cent surtax on Chinese steel", "", ("tariff", "CN", "CA", False), 25.0),
    (
        "After US 50% tariff, Canada imposes surtax on American aluminium",
        "",
        ("tariff", "US", "CA", False),
        None,
    ),
    (
        "Following China's 25% levy, EU imposes duties on Chinese steel",
        "",
        ("tariff", "CN", "EU", False),
        None,
    ),
    ("Mexico raises steel tariffs amid US 50% duty", "", ("tariff", "*", "MX", False), None),
    (
        "India imposes safeguard duty on steel after EU's 25% tariff",
        "",
        ("tariff", "*", "IN", False),
        None,
    ),
    ("UK cuts steel import quota by 15%", "", ("quota", "*", "GB", False), None),
    ("China raises rare earth export quota by 20%", "", ("quota", "CN", "*", False), None),
    ("EU to trim duty-free steel quotas by 30%", "", ("quota", "*", "EU", False), None),
    ("Canada raises steel surtax to 25% from 10%", "", ("tariff", "*", "CA", False), 25.0),
    (
        "India's gold import duty rises to 15 percent from 12.5 percent",
        "",
        ("tariff", "*", "IN", False),
        15.0,
    ),
    (
        "Zambia imposes 10% export duty on copper as prices rise 5%",
        "",
        ("tariff", "ZM", "*", False),
        10.0,
    ),
    # fifth and sixth batches (see the docstring)
    ("Zambia cuts copper export duty to 5%", "", ("resuming", "ZM", "*", False), None),
    ("Ghana hikes gold export levy to 5% from 3%", "", ("tariff", "GH", "*", False), 5.0),
    ("Vietnam raises rare earth export tax", "", ("tariff", "VN", "*", False), None),
    ("US to impose 50% tariffs on copper from August 1", "", ("tariff", "*", "US", False), 50.0),
    ("Russia mulls export duty of 10% on nickel", "", ("tariff", "RU", "*", True), 10.0),
    ("Peru eyes copper export levy as prices rise 4%", "", ("tariff", "PE", "*", True), None),
    (
        "Canada threatens 25-per-cent counter-tariffs on US steel",
        "",
        ("tariff", "US", "CA", True),
        25.0,
    ),
    ("Mexico could double steel tariffs to 50%", "", ("tariff", "*", "MX", True), 50.0),
    ("Brazil imposes 25% tariff on steel above quota", "", ("quota", "*", "BR", False), 25.0),
    (
        "Copper export duty in Zambia to rise to 10% from 2026",
        "",
        ("tariff", "ZM", "*", False),
        10.0,
    ),
    (
        "Vietnam imposes anti-dumping duty of 4.6%-21.3% on Chinese steel",
        "",
        ("tariff", "CN", "VN", False),
        None,
    ),
    (
        "Turkey raises steel import duty by 5 percentage points",
        "",
        ("tariff", "*", "TR", False),
        5.0,
    ),  # relabelled: see the docstring
    pytest.param(
        "India imposes steel import duty as Chinese share hits 30%",
        "",
        ("tariff", "*", "IN", False),
        None,
        marks=pytest.mark.xfail(strict=True, reason=SHARE_ORIGIN),
    ),
    (
        "Vietnam levies duty on Chinese steel holding 40% market share",
        "",
        ("tariff", "CN", "VN", False),
        None,
    ),
    (
        "Canada imposes 25% surtax on Chinese steel as imports jump 30%",
        "",
        ("tariff", "CN", "CA", False),
        25.0,
    ),
]
