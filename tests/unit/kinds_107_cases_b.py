"""Kinds 2 and 3 of ``test_classifier_kinds_107.py``: multi-story titles and digests, and
questions and fact checks, labelled before the engine read them; the kinds, first-time counts
and fixes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``(status, origin, destination, proposed, metals, rate)`` or ``None`` for no event.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): kind 2, a multi-story title or a digest with one clause a measure.
DIGESTS: list[Any] = [
    (
        "Copper slips; Indonesia bans bauxite exports; gold steady",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "Morning Bid: China requires licences for graphite exports; yen slips",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Metals wrap: zinc gains, Peru raises copper export tax to 5%",
        "",
        ("tariff", "PE", "*", False, "copper", 5),
    ),
    (
        "Trade war live: Canada slaps 25% tariffs on US aluminium",
        "",
        ("tariff", "US", "CA", False, "aluminium", 25),
    ),
    (
        "Tin flat; Philippines lifts nickel ore export ban; gold slips",
        "",
        ("resuming", "PH", "*", False, "nickel", None),
    ),
    (
        "Metals wrap: aluminium climbs after US hikes tariff to 50%",
        "The United States raised its tariff on aluminium imports to 50% on Wednesday.",
        ("tariff", "*", "US", False, "aluminium", 50),
    ),
    (
        "Evening briefing: Vietnam sets steel import quota; rupee firm",
        "",
        ("quota", "*", "VN", False, "steel", None),
    ),
    (
        "Trade war live: EU suspends countermeasures on US steel for 90 days",
        "",
        ("resuming", "US", "EU", False, "steel", None),
    ),
    (
        "Gold steady; Indonesia mulls nickel ore export tax; copper up",
        "",
        ("tariff", "ID", "*", True, "nickel", None),
    ),
    (
        "Daily digest: India raises gold import duty to 15%; Sensex falls",
        "",
        ("tariff", "*", "IN", False, "gold", 15),
    ),
    (
        "Trade war live: US raises tariffs on Chinese steel; Beijing vows response",
        "",
        ("tariff", "CN", "US", False, "steel", None),
    ),
    # near misses: digests with no measure, market news on tariff worries, a proposal studied
    ("Week ahead: Fed, jobs data; Chile copper royalty vote", "", None),
    ("Copper slips; China data weak; gold steady", "", None),
    ("Morning Bid: Markets brace for tariff deadline", "", None),
    ("Metals wrap: aluminium rises on tariff worries", "", None),
    ("Trade war live: Beijing says it will study US steel tariff proposal", "", None),
    ("Markets live: stocks slide, oil up, copper at record", "", None),
    ("Morning Bid: Fed day; gold quiet", "", None),
]

#: (title, summary, want): kind 3, questions and fact checks, and a question a lede answers.
QUESTIONS: list[Any] = [
    ("Will Indonesia ban bauxite exports?", "", None),
    ("Is China about to curb rare earth exports again?", "", None),
    ("Fact check: Did the US impose 100% tariffs on Chinese steel?", "", None),
    ("Fact check: No, India has not banned gold imports", "", None),
    ("What does the new US copper tariff mean for Chile?", "", None),
    ("Can Congo's cobalt export ban lift prices?", "", None),
    ("Who will pay for Canada's steel surtax?", "", None),
    ("Fact check: Viral post claims Chile banned copper exports", "", None),
    ("Will Trump hit Mexican steel with tariffs?", "", None),
    ("Ban on nickel ore exports next?", "", None),
    ("Fact check: Australia has not imposed an export ban on iron ore", "", None),
    ("How high will US copper tariffs go?", "", None),
    ("Are US steel tariffs working?", "", None),
    (
        "Is Zimbabwe's lithium ore ban here to stay?",
        "The government banned exports of raw lithium ore in December 2022.",
        None,
    ),
    # a question whose lede reports the measure in force
    (
        "Will Indonesia ban bauxite exports?",
        "Indonesia banned exports of bauxite from June 10, the energy ministry said on Monday.",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "Higher tariffs on Korean steel?",
        "Washington raised its duty on Korean steel to 25% from Monday.",
        ("tariff", "KR", "US", False, "steel", 25),
    ),
    (
        "Why is Malaysia banning rare earth exports?",
        "Malaysia will ban exports of unprocessed rare earths from January 1, the government said.",
        ("suspended", "MY", "*", False, "rare-earths", None),
    ),
    (
        "Will Vietnam curb steel imports?",
        "Vietnam imposed a quota on hot-rolled steel imports on Monday, the trade ministry said.",
        ("quota", "*", "VN", False, "steel", None),
    ),
    (
        "Did Peru just raise its copper export tax?",
        "Peru raised its export tax on copper concentrate to 8% on Thursday, the finance "
        "ministry said.",
        ("tariff", "PE", "*", False, "copper", 8),
    ),
    (
        "Ban on Russian aluminium next?",
        "The EU adopted a ban on imports of Russian primary aluminium on Friday.",
        ("suspended", "RU", "EU", False, "aluminium", None),
    ),
]
