"""Measures of ``test_classifier_kinds_121.py``, first group: rates written many ways ("to
25%", "from 10% to 25%", "doubles ... to 50%", points, "per cent", "up to", a specific duty per
tonne, a rate only in the summary, several rates for several metals). Labelled before the
engine read them; the first-time counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
Conventions (README, docs/STATUSES.md): a raise is a ``tariff`` at its new rate, a cut
``resuming`` with no rate; a rise told in points is its rate, "by 5 points to 15%" the new
one; "up to" a ceiling is the rate; a duty per tonne has no per-cent rate; a title's measure
whose lede states its rate takes it; several metals' rates: no single rate (each metal's row
takes its own; labelled the first named before the run, put right after it).
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): measures whose rate is written in one of many ways.
RATES: list[Any] = [
    (
        "Mexico raises tariff on Chinese steel pipes to 25%",
        "",
        ("tariff", "CN", "MX", False, "steel", 25),
    ),
    (
        "Turkey hikes aluminium sheet import duty from 10% to 25%",
        "",
        ("tariff", "*", "TR", False, "aluminium", 25),
    ),
    (
        "Washington doubles tariffs on imported copper wire to 50%",
        "",
        ("tariff", "*", "US", False, "copper", 50),
    ),
    (
        "India raises gold import duty by an additional 10 percentage points",
        "",
        ("tariff", "*", "IN", False, "gold", 10),
    ),
    (
        "Kenya slaps a 15 per cent levy on imported steel products",
        "",
        ("tariff", "*", "KE", False, "steel", 15),
    ),
    (
        "Brazil imposes anti-dumping duties of up to 30.5% on Chinese aluminium sheets",
        "",
        ("tariff", "CN", "BR", False, "aluminium", 30.5),
    ),
    (
        "Thailand sets anti-dumping duty of $412 per tonne on Chinese galvanised steel",
        "",
        ("tariff", "CN", "TH", False, "steel", None),
    ),
    (
        "Indonesia imposes export tax on copper concentrate",
        "The finance ministry set the tax at 7.5% for the rest of the year, a regulation showed.",
        ("tariff", "ID", "*", False, "copper", 7.5),
    ),
    (
        "Egypt imposes 25% duty on steel billets and 15% on aluminium ingots",
        "",
        # labelled 25 (the first metal's) before the run; put right to the documented reading:
        # rates per goods state no single rate, each metal's row takes its own
        ("tariff", "*", "EG", False, "steel aluminium", None),
    ),
    (
        "Philippines raises tariff on imported steel bars to 15 percent",
        "",
        ("tariff", "*", "PH", False, "steel", 15),
    ),
    (
        "Peru raises copper export levy from 2% to 5%",
        "",
        ("tariff", "PE", "*", False, "copper", 5),
    ),
    (
        "Zimbabwe doubles lithium export tax to 10%",
        "",
        ("tariff", "ZW", "*", False, "lithium", 10),
    ),
    (
        "South Africa imposes 20 per cent export tax on copper scrap",
        "",
        ("tariff", "ZA", "*", False, "copper", 20),
    ),
    (
        "Australia hikes anti-dumping duties on Chinese aluminium extrusions to 41.9%",
        "",
        ("tariff", "CN", "AU", False, "aluminium", 41.9),
    ),
    (
        "Colombia raises steel rebar tariff by 5 percentage points to 15%",
        "",
        ("tariff", "*", "CO", False, "steel", 15),
    ),
    (
        "EU imposes provisional duties of up to 79.5% on Chinese graphite electrodes",
        "",
        ("tariff", "CN", "EU", False, "graphite", 79.5),
    ),
    (
        "Malaysia sets export duty on tin ore at 10 per cent",
        "",
        ("tariff", "MY", "*", False, "tin", 10),
    ),
    (
        "US Commerce sets final duties on Korean steel plate",
        "The Commerce Department set a countervailing duty rate of 4.3% on plate from Korean producers.",
        ("tariff", "KR", "US", False, "steel", 4.3),
    ),
    (
        "Argentina cuts aluminium import tariff from 16% to 8%",
        "",
        ("resuming", "*", "AR", False, "aluminium", None),
    ),
    (
        "China imposes additional 15% tariff on US copper scrap",
        "",
        ("tariff", "US", "CN", False, "copper", 15),
    ),
    (
        "Russia sets export duty on nickel at 10%",
        "",
        ("tariff", "RU", "*", False, "nickel", 10),
    ),
    (
        "Chile imposes provisional anti-dumping duty of 24.9% on Chinese steel grinding balls",
        "",
        ("tariff", "CN", "CL", False, "steel", 24.9),
    ),
    (
        "Pakistan's NTC imposes 27 per cent anti-dumping duty on Chinese aluminium foil",
        "",
        ("tariff", "CN", "PK", False, "aluminium", 27),
    ),
    (
        "UK raises tariff on Russian palladium to 35%",
        "",
        ("tariff", "RU", "GB", False, "palladium", 35),
    ),
    (
        "Ghana introduces new levy on gold exports",
        "The levy is set at 3% of the value of each shipment, the finance ministry said.",
        ("tariff", "GH", "*", False, "gold", 3),
    ),
    (
        "Japan triples duty on Chinese graphite to 30%",
        "",
        ("tariff", "CN", "JP", False, "graphite", 30),
    ),
    (
        "Saudi Arabia raises customs duty on steel products to 20% from 12%",
        "",
        ("tariff", "*", "SA", False, "steel", 20),
    ),
    (
        "Canada imposes 25% surtax on steel from countries without free trade deals",
        "",
        ("tariff", "*", "CA", False, "steel", 25),
    ),
    (
        "Indonesia levies export duty of up to 10% on nickel matte",
        "",
        ("tariff", "ID", "*", False, "nickel", 10),
    ),
    (
        "South Korea imposes AD duty of $189.52 per tonne on Chinese stainless steel",
        "",
        ("tariff", "CN", "KR", False, "steel", None),
    ),
]
