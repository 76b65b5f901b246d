"""Measures of ``test_classifier_kinds_114.py`` (the other 30 rows): two paraphrases each of
studied measure rows the engine reads right, told in other outlets' styles. Labelled before the
engine read them; the first-time counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
The comment before each pair names the studied row it paraphrases.
"""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): measures, each want the row's own label.
MORE_MEASURES: list[Any] = [
    # rhc-120
    pytest.param(
        "India reallocates UAE gold import quota under CEPA to 341 applicants",
        "",
        ("quota", "AE", "IN", False, "gold", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the place before 'gold import quota' is read as the importer, and the share reallocated as no one exporter's; a trade pact's quota for one partner's goods is not told apart",
        ),
    ),
    pytest.param(
        "India's DGFT reassigns 140 tonnes of CEPA gold import quota from the UAE",
        "",
        ("quota", "AE", "IN", False, "gold", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a quota reassigned is read as handed to the others (no one exporter's, test_classifier_kinds_109.py), though 'from the UAE' names its goods' origin",
        ),
    ),
    # rha-141
    (
        "Indian rupee set to open weaker",
        "The rupee is poised to open lower after U.S. President Donald Trump imposed tariffs on steel and aluminium imports.",
        ("tariff", "*", "US", False, "steel aluminium", None),
    ),
    pytest.param(
        "Rupee to slip as Trump makes good on steel, aluminium tariff threat",
        "",
        ("tariff", "*", "US", False, "steel aluminium", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a threat 'made good on' is the measure taken, but the title's market move before it vetoes it and 'tariff threat' as a noun reads as a mention",
        ),
    ),
    # rhu-114
    (
        "Canada proposes surtaxes on Chinese steel and aluminium",
        "",
        ("tariff", "CN", "CA", True, "steel aluminium", None),
    ),
    (
        "Ottawa gives notice of intent to impose surtaxes on steel and aluminium from China",
        "",
        ("tariff", "CN", "CA", True, "steel aluminium", None),
    ),
    # rhl-178
    (
        "Anti-dumping duty imposed on hot-rolled steel flat products from Vietnam",
        "",
        ("tariff", "VN", "*", False, "steel", None),
    ),
    (
        "Vietnamese hot-rolled steel hit with anti-dumping duty",
        "",
        ("tariff", "VN", "*", False, "steel", None),
    ),
    # rh2-099
    (
        "Indonesia brings forward nickel ore export ban, minister says",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Jakarta speeds up ban on nickel ore exports",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    # rhf-052
    (
        "Trump reinstates full 25% Section 232 tariffs on steel and aluminium",
        "",
        ("tariff", "*", "US", False, "steel aluminium", 25),
    ),
    (
        "Steel and aluminium imports face restored 25% tariff under Trump proclamations",
        "",
        ("tariff", "*", "US", False, "steel aluminium", 25),
    ),
    # rhj-099
    (
        "China imposes export controls on gallium and germanium",
        "",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    (
        "Gallium, germanium exports to need licences from Beijing",
        "",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    # rw2-145
    (
        "Congo extends cobalt export suspension by three months",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Kinshasa keeps cobalt exports halted for another three months",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    # rhb-130
    (
        "Biden proposes tripling tariffs on Chinese steel and aluminium",
        "",
        ("tariff", "CN", "US", True, "steel aluminium", None),
    ),
    (
        "Chinese steel and aluminium could face tripled U.S. tariffs under Biden plan",
        "",
        ("tariff", "CN", "US", True, "steel aluminium", None),
    ),
    # rhf-135
    (
        "U.S. and EU set to announce deal ending steel, aluminium tariff row - sources",
        "",
        ("resuming", "EU", "US", True, "steel aluminium", None),
    ),
    (
        "Washington, Brussels near deal to end steel and aluminum tariff dispute",
        "",
        ("resuming", "EU", "US", True, "steel aluminium", None),
    ),
    # rhc-041
    (
        "Turkish Treasury plans quota on unprocessed gold imports - source",
        "",
        ("quota", "*", "TR", True, "gold", None),
    ),
    (
        "Ankara eyes gold import quota to curb current account deficit",
        "",
        ("quota", "*", "TR", True, "gold", None),
    ),
    # rhb-140
    (
        "South Korea plans anti-dumping duties on Chinese stainless steel",
        "",
        ("tariff", "CN", "KR", True, "steel", None),
    ),
    (
        "Seoul proposes anti-dumping duties on stainless steel from China",
        "",
        ("tariff", "CN", "KR", True, "steel", None),
    ),
    # rw2-072
    (
        "India imposes 12% provisional safeguard duty on flat steel imports",
        "",
        ("tariff", "*", "IN", False, "steel", 12),
    ),
    (
        "Flat steel imports into India hit with twelve percent safeguard duty",
        "",
        ("tariff", "*", "IN", False, "steel", 12),
    ),
    # rhe-093
    (
        "China updates export controls on graphite",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Graphite export controls updated by China's commerce ministry",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    # rh2-027
    (
        "European Commission proposes provisional anti-dumping duties on Chinese flat-rolled aluminium",
        "",
        ("tariff", "CN", "EU", True, "aluminium", None),
    ),
    (
        "Chinese aluminium flat-rolled products may face EU anti-dumping duties",
        "",
        ("tariff", "CN", "EU", True, "aluminium", None),
    ),
    # rhk-168
    (
        "Philippines weighs nickel ore export ban, threatening Indonesia's smelters",
        "",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    (
        "Manila's proposed nickel export ban looms over Indonesian smelting",
        "",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    # rh-149
    (
        "EU imposes definitive anti-dumping duty on Chinese aluminium foil after expiry review",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "Brussels renews anti-dumping duty on aluminium foil from China",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    # rh2-057
    (
        "Mexico renews 15% tariff on steel imports from China and others",
        "",
        ("tariff", "CN", "MX", False, "steel", 15),
    ),
    (
        "Mexico's Lopez Obrador extends 15 per cent tariff on Chinese steel",
        "",
        ("tariff", "CN", "MX", False, "steel", 15),
    ),
    # rhf-054
    (
        "White House widens list of steel and aluminium products subject to Section 232 duties",
        "",
        ("tariff", "*", "US", False, "aluminium steel", None),
    ),
    (
        "More aluminium and steel products to face Section 232 duties from February 8",
        "",
        ("tariff", "*", "US", False, "aluminium steel", None),
    ),
    # rhb-129
    (
        "China starts approving broader rare earth export licences",
        "",
        ("resuming", "CN", "*", False, "rare-earths", None),
    ),
    (
        "Rare earth export licences eased by Beijing as trade tensions cool",
        "",
        ("resuming", "CN", "*", False, "rare-earths", None),
    ),
    # rhf-067
    (
        "China restricts exports of gallium and germanium",
        "",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    (
        "Beijing moves on tech raw materials",
        "China announced restrictions on the export of gallium and germanium, critical raw materials for chips.",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    # twf-135
    (
        "South Africa's ITAC imposes safeguard duty on hot-rolled flat steel",
        "",
        ("tariff", "*", "ZA", False, "steel", None),
    ),
    (
        "Pretoria imposes safeguard on flat hot-rolled steel imports",
        "",
        ("tariff", "*", "ZA", False, "steel", None),
    ),
    # rh2-031
    (
        "Congo may extend cobalt export ban while weighing quotas, sources say",
        "",
        ("suspended", "CD", "*", True, "cobalt", None),
    ),
    (
        "DRC weighs extension of cobalt export prohibition, sources say",
        "",
        ("suspended", "CD", "*", True, "cobalt", None),
    ),
    # rhk-050
    (
        "European Commission extends anti-dumping duties on Chinese aluminium wheels for five years",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "Aluminium road wheels from China to keep paying EU anti-dumping duties",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    # rhx-133
    (
        "EU slaps countervailing duties on stainless cold-rolled steel from India, Indonesia",
        "",
        ("tariff", "IN", "EU", False, "steel", None),
    ),
    (
        "Indian and Indonesian stainless steel hit with EU anti-subsidy duties",
        "",
        ("tariff", "IN", "EU", False, "steel", None),
    ),
    # rhd-153
    (
        "US, Japan agree tariff-rate quota for Japanese steel under Section 232",
        "",
        ("quota", "JP", "US", False, "steel", None),
    ),
    (
        "Japanese steel gets quota access to US market under new deal",
        "",
        ("quota", "JP", "US", False, "steel", None),
    ),
    # twf-093
    (
        "EU renews anti-dumping duty on hot-rolled steel from Brazil, Iran and Russia",
        "",
        ("tariff", "BR", "EU", False, "steel", None),
    ),
    (
        "Hot-rolled flat steel from Brazil, Iran, Russia to stay subject to EU anti-dumping duty after expiry review",
        "",
        ("tariff", "BR", "EU", False, "steel", None),
    ),
    # rhf-005
    (
        "Armenia temporarily restricts exports of copper and molybdenum concentrates",
        "",
        ("licensing", "AM", "*", False, "copper", None),
    ),
    (
        "Yerevan imposes temporary curbs on copper concentrate exports",
        "",
        ("licensing", "AM", "*", False, "copper", None),
    ),
    # rw2-127
    (
        "Trump's reciprocal tariffs exempt copper and gold",
        "",
        ("resuming", "*", "US", False, "copper gold", None),
    ),
    (
        "Copper and gold left out of new U.S. reciprocal tariffs, annex shows",
        "",
        ("resuming", "*", "US", False, "copper gold", None),
    ),
    # rho-040
    (
        "Proclamation adjusts imports of derivative aluminium and steel articles into the US",
        "",
        ("tariff", "*", "US", False, "aluminium steel", None),
    ),
    (
        "Derivative steel and aluminum articles brought under U.S. Section 232 tariffs",
        "",
        ("tariff", "*", "US", False, "aluminium steel", None),
    ),
]
