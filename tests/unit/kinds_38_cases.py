"""Cases of ``test_classifier_kinds_38.py`` (DEMONYMS, CAPITALS, RETALIATION, ORIGINS, SEVERAL,
EXPORTS, BLOCS, POSSESSIVES, COMPANIES, PROTECTED, ROUND_TWO), labelled before the engine read
them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want

#: (title, summary, want): kind 1, a demonym or adjective before the goods names their origin.
DEMONYMS: list[tuple[str, str, Want]] = [
    (
        "Indonesian nickel pig iron faces new EU anti-dumping duties",
        "",
        ("tariff", "ID", "EU", False),
    ),
    (
        "Peruvian copper concentrate hit with Chinese import duty",
        "",
        ("tariff", "PE", "CN", False),
    ),
    ("India slaps anti-dumping duty on Vietnamese zinc", "", ("tariff", "VN", "IN", False)),
    ("Brazil raises tariffs on Chinese aluminium sheet", "", ("tariff", "CN", "BR", False)),
    ("Canadian aluminium now faces 25% US levy", "", ("tariff", "CA", "US", False)),
    ("Chilean copper cathodes exempted from US tariffs", "", ("resuming", "CL", "US", False)),
    ("Indonesian nickel ore export ban takes effect", "", ("suspended", "ID", "*", False)),
]


#: (title, summary, want): kind 2, a capital or a ministry is its country, whoever else is named.
CAPITALS: list[tuple[str, str, Want]] = [
    (
        "MOFCOM tightens gallium export licensing, informs US and EU",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "METI adds tungsten to export control list after consulting Washington",
        "",
        ("licensing", "JP", "*", False),
    ),
    ("USTR raises Section 301 tariffs on Chinese tungsten", "", ("tariff", "CN", "US", False)),
    (
        "Commerce Department sets anti-dumping duties on Korean aluminum foil",
        "",
        ("tariff", "KR", "US", False),
    ),
    (
        "Ottawa imposes surtax on steel from China after consulting Washington",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Beijing informs Japan, South Korea of new rare earth export licence rules",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Jakarta halts bauxite exports ahead of talks with Tokyo",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "DGFT restricts imports of gold jewellery from Indonesia",
        "",
        ("licensing", "ID", "IN", False),
    ),
]


#: (title, summary, want): kind 3, a retaliation's corridor.
RETALIATION: list[tuple[str, str, Want]] = [
    (
        "Mexico hits back at U.S. steel duties with counter-duties on US aluminium",
        "",
        ("tariff", "US", "MX", False),
    ),
    (
        "Canada retaliates against US aluminium tariffs with duties on American steel",
        "",
        ("tariff", "US", "CA", False),
    ),
    (
        "EU retaliates against Washington with duties on American steel",
        "",
        ("tariff", "US", "EU", False),
    ),
    (
        "In retaliation for US steel tariffs, Turkey raises duties on American aluminium",
        "",
        ("tariff", "US", "TR", False),
    ),
    (
        "India responds to US steel tariffs with levies on American copper",
        "",
        ("tariff", "US", "IN", False),
    ),
    # added after the first fix (see the docstring): the answer told in a fronted clause
    (
        "In response to US steel tariffs, Turkey raises duties on American aluminium",
        "",
        ("tariff", "US", "TR", False),
    ),
    (
        "In response to Chinese export curbs, Japan imposes duties on Chinese graphite",
        "",
        ("tariff", "CN", "JP", False),
    ),
    (
        "In retaliation for EU duties, China imposes tariffs on European aluminium",
        "",
        ("tariff", "EU", "CN", False),
    ),
]


#: (title, summary, want): kind 4, the goods' origin written "from", "-origin", "of X origin",
#: "made in".
ORIGINS: list[tuple[str, str, Want]] = [
    (
        "Vietnam imposes anti-dumping duty on China-origin steel",
        "",
        ("tariff", "CN", "VN", False),
    ),
    (
        "India levies safeguard duty on aluminium of Chinese origin",
        "",
        ("tariff", "CN", "IN", False),
    ),
    ("US bans imports of Russian-origin aluminium", "", ("suspended", "RU", "US", False)),
    ("Turkey raises tariffs on steel made in China", "", ("tariff", "CN", "TR", False)),
    (
        "Australia imposes duties on aluminium extrusions imported from Malaysia",
        "",
        ("tariff", "MY", "AU", False),
    ),
    (
        "Colombia sets import quota for steel originating in Brazil",
        "",
        ("quota", "BR", "CO", False),
    ),
]


#: (title, summary, want): kind 5, an import measure on several countries' goods: the first.
SEVERAL: list[tuple[str, str, Want]] = [
    (
        "US sets duties on aluminium foil from China, Korea and Thailand",
        "",
        ("tariff", "CN", "US", False),
    ),
    (
        "EU imposes anti-dumping duties on steel from India, Vietnam and Japan",
        "",
        ("tariff", "IN", "EU", False),
    ),
    (
        "Canada slaps tariffs on Chinese, Korean and Vietnamese steel",
        "",
        ("tariff", "CN", "CA", False),
    ),
]


#: (title, summary, want): kind 6, an export measure: the imposer sends, to a buyer if named.
EXPORTS: list[tuple[str, str, Want]] = [
    ("China bans gallium exports to US", "", ("suspended", "CN", "US", False)),
    ("Russia halts nickel exports to Japan", "", ("suspended", "RU", "JP", False)),
    ("DR Congo suspends cobalt exports for four months", "", ("suspended", "CD", "*", False)),
    ("Zimbabwe halts lithium ore shipments to China", "", ("suspended", "ZW", "CN", False)),
    (
        "China tightens antimony export controls amid US talks",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Beijing bans germanium exports to the United States",
        "",
        ("suspended", "CN", "US", False),
    ),
]


#: (title, summary, want): kind 7, a bloc as the importer.
BLOCS: list[tuple[str, str, Want]] = [
    (
        "European Commission imposes provisional duties on Chinese aluminium extrusions",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "EU slaps anti-subsidy duties on Indonesian stainless steel",
        "",
        ("tariff", "ID", "EU", False),
    ),
    ("Brussels to impose tariffs on Russian aluminium", "", ("tariff", "RU", "EU", False)),
    (
        "Brussels cuts steel import quotas for Turkey",
        "",
        ("quota", "TR", "EU", False),
    ),
]


#: (title, summary, want): kind 8, a possessive: a country's goods, or a country's measure.
POSSESSIVES: list[Any] = [
    ("Canada's steel faces 50% US tariff", "", ("tariff", "CA", "US", False)),
    ("Canada's tariffs on Chinese steel take effect", "", ("tariff", "CN", "CA", False)),
    ("Australia's aluminium exempted from US tariffs", "", ("resuming", "AU", "US", False)),
    ("India's duties on Chinese aluminium extended", "", ("tariff", "CN", "IN", False)),
    ("Japan's steel hit by new Mexican tariffs", "", ("tariff", "JP", "MX", False)),
    ("China's export ban on gallium to US takes effect", "", ("suspended", "CN", "US", False)),
    # added after the first fix (see the docstring): a possessive's goods and a demonym's measure
    (
        "EU to ban Russia's aluminium: new sanctions package",
        "",
        ("suspended", "RU", "EU", False),
    ),
    ("UK sanctions Russia's gold exports", "", ("suspended", "RU", "GB", False)),
    ("Japan sanctions Russia's nickel exports", "", ("suspended", "RU", "JP", False)),
    pytest.param(
        "Canadian aluminium and steel surcharge on China takes effect",
        "",
        ("tariff", "CN", "CA", False),
        marks=pytest.mark.xfail(
            reason="a surcharge is a weak charge noun: on a country with the metals before it "
            "(not goods after 'on') it is read as no trade measure",
            strict=True,
        ),
    ),
    ("Indian aluminium foil duty on China extended", "", ("tariff", "CN", "IN", False)),
    ("Brazil's copper hit by US tariffs", "", ("tariff", "BR", "US", False)),
    ("Vietnam's aluminium struck by new Indian duties", "", ("tariff", "VN", "IN", False)),
    ("Korean steel faces 15% Canadian levy", "", ("tariff", "KR", "CA", False)),
    ("Chinese aluminium now faces new EU surcharge", "", ("tariff", "CN", "EU", False)),
]


#: (title, summary, want): kind 11, a possessive before a company is no origin.
COMPANIES: list[Any] = [
    pytest.param(
        "Shares of Chile's Codelco fall on Trump's copper tariff plan",
        "",
        ("tariff", "*", "US", True),
        marks=pytest.mark.xfail(
            reason="a producer the rules know by name (Codelco) before a measure noun vetoes "
            "it as the company's view; an unknown name (Gerdau) reads",
            strict=True,
        ),
    ),
    (
        "India's Hindalco slips as US raises aluminium tariffs to 50%",
        "",
        ("tariff", "*", "US", False),
    ),
    # added after the first fix (see the docstring)
    ("Australia's BlueScope gains as US raises steel tariffs", "", ("tariff", "*", "US", False)),
]


#: (title, summary, want): kind 12, a measure to protect a country's own industry is its own.
PROTECTED: list[tuple[str, str, Want]] = [
    ("Duties raised to protect Canadian aluminium producers", "", ("tariff", "*", "CA", False)),
    ("New tariffs to shield Indian steel industry take effect", "", ("tariff", "*", "IN", False)),
    (
        "Anti-dumping duty imposed to safeguard Brazilian steel mills",
        "",
        ("tariff", "*", "BR", False),
    ),
    (
        "Government raises copper import duty to support Zambian copper smelters",
        "",
        ("tariff", "*", "ZM", False),
    ),
]


#: (title, summary, want): a second round over the kinds above, written after the first fixes
#: (see the module's docstring).
ROUND_TWO: list[Any] = [
    (
        "MOFCOM: US, EU informed of new gallium export licence rules",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Beijing tightens rare earth export controls days before talks with Washington",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Ottawa slaps surtax on Chinese steel after consulting Washington and Mexico City",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Commerce Department finalises duties on Vietnamese aluminium wire after Hanoi talks",
        "",
        ("tariff", "VN", "US", False),
    ),
    ("Indonesia halts nickel ore exports to China and Japan", "", ("suspended", "ID", "CN", False)),
    (
        "China restricts graphite exports to the US, citing security",
        "",
        ("licensing", "CN", "US", False),
    ),
    ("Myanmar suspends rare earth shipments to China", "", ("suspended", "MM", "CN", False)),
    (
        "China hits back at EU aluminium duties with tariffs on European steel",
        "",
        ("tariff", "EU", "CN", False),
    ),
    ("Canada strikes back with surtax on US aluminium", "", ("tariff", "US", "CA", False)),
    ("Tariffs on aluminium of Russian origin doubled", "", ("tariff", "RU", "*", False)),
    (
        "EU extends duties on steel originating in India and Indonesia",
        "",
        ("tariff", "IN", "EU", False),
    ),
    ("Canada bans imports of Russian-made aluminium", "", ("suspended", "RU", "CA", False)),
    ("US sets 200% tariff on aluminium made in Russia", "", ("tariff", "RU", "US", False)),
    ("Mexico's steel exports face new US tariffs", "", ("tariff", "MX", "US", False)),
    ("Vietnam's tariffs on Chinese steel raised", "", ("tariff", "CN", "VN", False)),
    ("Chile's copper spared from US tariffs", "", ("resuming", "CL", "US", False)),
    (
        "Tariff rate quota for steel products of the Republic of Korea opens",
        "",
        ("quota", "KR", "*", False),
    ),
]
