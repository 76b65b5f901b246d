"""Cases of ``test_classifier_kinds_71.py`` (RATES), labelled before the engine read them; the
kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

#: RATES, continued.
RATES_2: list[Any] = [
    (
        "India hikes gold import duty by 2.5 percentage points",
        "",
        ("tariff", "*", "IN", False),
        2.5,
    ),
    (
        "Canada adds 10-percentage-point surcharge to Chinese steel tariffs",
        "",
        ("tariff", "CN", "CA", False),
        10.0,
    ),
    (
        "US tacks on 10 percentage points to tariffs on Chinese graphite",
        "",
        ("tariff", "CN", "US", False),
        10.0,
    ),
    ("Turkey adds 20% duty on US aluminium", "", ("tariff", "US", "TR", False), 20.0),
    (
        "Indonesia lifts nickel export tax by 3 points to 8%",
        "",
        ("tariff", "ID", "*", False),
        8.0,
    ),
    # third batch (written after the engine change, labelled before the engine read it):
    # wider phrasings of the kind
    (
        "US doubles tariff on Chinese aluminium to 50% from 25%",
        "",
        ("tariff", "CN", "US", False),
        50.0,
    ),
    (
        "Canada increases 25% surtax on Chinese steel to 50%",
        "",
        ("tariff", "CN", "CA", False),
        50.0,
    ),
    (
        "Mexico hikes steel tariff to 50 per cent from 25 per cent",
        "",
        ("tariff", "*", "MX", False),
        50.0,
    ),
    (
        "Turkey imposes additional 10% duty on US aluminium",
        "",
        ("tariff", "US", "TR", False),
        10.0,
    ),
    (
        "US adds 10% duty on Chinese graphite on top of existing 25% tariff",
        "",
        ("tariff", "CN", "US", False),
        10.0,
    ),
    (
        "Indonesia triples nickel pig iron export levy to 15%",
        "",
        ("tariff", "ID", "*", False),
        15.0,
    ),
    (
        "China sets tariff on US copper scrap at 25%",
        "",
        ("tariff", "US", "CN", False),
        25.0,
    ),
    (
        "EU duty on Russian aluminium rises to 15% from 9%",
        "",
        ("tariff", "RU", "EU", False),
        15.0,
    ),
    # fourth batch (a priced cut whose old rate stands before the measure's noun; the first
    # was seen on the engine while testing the change above, the others labelled before the
    # engine read them): a release with no rate, as the labelled sets read every priced cut
    (
        "India cuts 15% gold import duty to 6%",
        "",
        ("resuming", "*", "IN", False),
        None,
    ),
    (
        "China lowers 25% tariff on US copper scrap to 10%",
        "",
        ("resuming", "US", "CN", False),
        None,
    ),
    (
        "Indonesia halves its 10% nickel export levy",
        "",
        ("resuming", "ID", "*", False),
        None,
    ),
    (
        "US trims 50% steel tariff to 25% for UK",
        "",
        ("resuming", "GB", "US", False),
        None,
    ),
    (
        "Vietnam reduces 15% anti-dumping duty on Chinese steel to 5%",
        "",
        ("resuming", "CN", "VN", False),
        None,
    ),
]
