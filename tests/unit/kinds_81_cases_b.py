"""Cases of ``test_classifier_kinds_81.py`` (RATES), labelled before the engine read them; the
kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

#: RATES, continued.
RATES_2: list[Any] = [
    (
        "Australia sets dumping duties as high as 59.5% on Chinese aluminium",
        "",
        ("tariff", "CN", "AU", False, "aluminium", 59.5),
    ),
    ("Ecuador triples steel import tariff to 30%", "", ("tariff", "*", "EC", False, "steel", 30)),
    (
        "India lowers copper import duty to 2.5% from 5%",
        "",
        ("resuming", "*", "IN", False, "copper", None),
    ),
    (
        "Brazil raises aluminium import tariffs",
        "The rate rises to 25% from 12% on 11 aluminium products from Monday.",
        ("tariff", "*", "BR", False, "aluminium", 25),
    ),
    (
        "Philippines sets nickel ore export tax",
        "The levy of 5% takes effect in January.",
        ("tariff", "PH", "*", False, "nickel", 5),
    ),
    (
        "Kazakhstan imposes 10 percent export duty on copper cathode",
        "The duty applies to shipments outside the Eurasian Economic Union.",
        ("tariff", "KZ", "*", False, "copper", 10),
    ),
    (
        "EU raises tariff on Russian aluminium to 20%",
        "The duty rose from 15% on January 1 under the bloc's 16th sanctions package.",
        ("tariff", "RU", "EU", False, "aluminium", 20),
    ),
    # second batch (written after the first run, labelled before the engine read them): the
    # new rate told in the summary
    (
        "Mexico raises steel import tariffs",
        "The rate goes to 35% from 15% on 100 steel products.",
        ("tariff", "*", "MX", False, "steel", 35),
    ),
    (
        "Vietnam hikes import duty on aluminium",
        "Duties rise to 15% from 10% from July 1.",
        ("tariff", "*", "VN", False, "aluminium", 15),
    ),
    (
        "India raises gold import duty",
        "The basic customs duty was raised to 12.5% from 10%.",
        ("tariff", "*", "IN", False, "gold", 12.5),
    ),
    # fourth batch (written with the change for the summary's "the rate", labelled before the
    # changed engine read them)
    (
        "Turkey raises import tariff on aluminium",
        "The new rate is 30%, up from 15%, the trade ministry said.",
        ("tariff", "*", "TR", False, "aluminium", 30),
    ),
    (
        "Egypt hikes steel import duty",
        "The rate rises to 20% from 10% on flat products from Sunday.",
        ("tariff", "*", "EG", False, "steel", 20),
    ),
    (
        "Vietnam cuts import duty on copper",
        "The rate falls to 2% from 5%.",
        ("resuming", "*", "VN", False, "copper", None),
    ),
    # near miss: a royalty is a tax on mining, not on trade
    ("Indonesia raises nickel royalty rates to up to 19%", "", None),
]
