"""Cases of ``test_classifier_kinds_90.py`` (RELIEVED, SPARED_IN_LEDE, ENDS_IN, SEEKS_TO_TAX,
DEMONYM_EXPORT_LEVY, EXPLAINER_ACTS, FLOW_AFTER, LICENCES_REVOKED, HEADING_FOR, PRICE_CONTROLS,
STEEL_SAFEGUARDS), labelled before the engine read them; the kinds, first-time counts and fixes are
in that module's docstring."""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): kind 1, relieved of a measure.
RELIEVED: list[Any] = [
    ("Thai zinc relieved of Chinese import levy", "", ("resuming", "TH", "CN", False)),
    (
        "Indonesian nickel relieved of EU anti-dumping duties",
        "",
        ("resuming", "ID", "EU", False),
    ),
    ("Brazilian steel relieved of US tariffs under new deal", "", ("resuming", "BR", "US", False)),
    (
        "Canadian copper relieved from Chinese retaliatory duties",
        "",
        ("resuming", "CA", "CN", False),
    ),
    ("Chilean copper to be relieved of Indian import duty", "", ("resuming", "CL", "IN", False)),
    (
        "South Korea relieved of US aluminium tariffs",
        "WASHINGTON - The United States will no longer charge its 10% tariff on aluminium from "
        "South Korea, the Commerce Department said on Monday.",
        ("resuming", "KR", "US", False),
    ),
    # near misses: a market, a firm or a mood relieved
    ("Smelters relieved as China holds off on gallium export ban", "", None),
    ("Relieved miners cheer delay to Indonesia's nickel ore export ban", "", None),
    ("Zinc traders relieved of supply worries as mine restarts", "", None),
    # second batch (written after the changes, labelled before the engine read it)
    ("Peruvian zinc freed from Brazilian anti-dumping duty", "", ("resuming", "PE", "BR", False)),
]


#: (title, summary, want): kind 2, the spared named only in the lede.
SPARED_IN_LEDE: list[Any] = [
    (
        "Three Asian nations exempted from Australian steel duties",
        "SYDNEY (Reuters) - Australia exempted steel from Japan, South Korea and Taiwan from its"
        " anti-dumping duties on Friday.",
        ("resuming", "JP", "AU", False),
    ),
    (
        "Two allies spared from US aluminium tariffs",
        "WASHINGTON - The United States spared aluminium from Canada and Mexico from its new 25% "
        "tariffs on Tuesday.",
        ("resuming", "CA", "US", False),
    ),
    (
        "Four suppliers exempted from Indian copper import duty",
        "NEW DELHI - India exempted copper from Chile, Peru, Australia and Indonesia from its "
        "import duty, the finance ministry said.",
        ("resuming", "CL", "IN", False),
    ),
    (
        "Gulf producers exempted from EU aluminium duties",
        "BRUSSELS - The European Union exempted aluminium from the United Arab Emirates and "
        "Bahrain from its anti-dumping duties on Wednesday.",
        ("resuming", "AE", "EU", False),
    ),
    (
        "Key suppliers spared from Chinese nickel levy",
        "BEIJING - China spared nickel from Indonesia and the Philippines from its new import "
        "levy on Monday.",
        ("resuming", "ID", "CN", False),
    ),
    # near misses: relief only sought; the spared named in the title
    (
        "Several countries seek exemption from US steel tariffs",
        "Japan, South Korea and Taiwan asked Washington to exempt their steel from the tariffs.",
        None,
    ),
    # second batch (written after the changes, labelled before the engine read it)
    (
        "Two neighbours spared from South African steel duties",
        "PRETORIA - South Africa spared steel from Namibia and Botswana from its anti-dumping "
        "duties on Thursday.",
        ("resuming", "NA", "ZA", False),
    ),
    (
        "Japan and Korea exempted from Australian steel duties",
        "Australia exempted steel from Japan and South Korea from its anti-dumping duties.",
        ("resuming", "JP", "AU", False),
    ),
]


#: (title, summary, want): kind 3, a measure that ends after a span in a country.
ENDS_IN: list[Any] = [
    (
        "Export ban on raw nickel ends after five years in Indonesia",
        "",
        ("resuming", "ID", "*", False),
    ),
    ("Bauxite export ban ends after two years in Guinea", "", ("resuming", "GN", "*", False)),
    (
        "Copper concentrate export duty ends after a decade in Zambia",
        "",
        ("resuming", "ZM", "*", False),
    ),
    ("Import tariff on steel ends after three years in Brazil", "", ("resuming", "*", "BR", False)),
    (
        "Lithium export tax expires after four years in Argentina",
        "",
        ("resuming", "AR", "*", False),
    ),
    (
        "Tin ore export ban comes to an end after six months in Myanmar",
        "",
        ("resuming", "MM", "*", False),
    ),
    (
        "Cobalt export suspension ends after four months in Congo",
        "",
        ("resuming", "CD", "*", False),
    ),
    ("Gold import curbs lifted after 18 months in India", "", ("resuming", "*", "IN", False)),
    # near misses: a strike, talks, a rally ending
    ("Copper mine strike ends after five days in Chile", "", None),
    ("Talks on steel tariffs end after two days in Geneva", "", None),
    ("Nickel rally ends after five sessions in London", "", None),
    # second batch (written after the changes, labelled before the engine read it)
    (
        "Nickel ore export ban lifted after two years in the Philippines",
        "",
        ("resuming", "PH", "*", False),
    ),
    ("Steel import quota ends after a decade in Turkey", "", ("resuming", "*", "TR", False)),
]


#: (title, summary, want): kind 4, seeking to tax a flow.
SEEKS_TO_TAX: list[Any] = [
    ("Bolivia seeks to tax lithium exports", "", ("tariff", "BO", "*", True)),
    ("Philippines seeks to tax nickel ore exports", "", ("tariff", "PH", "*", True)),
    ("Zambia seeks to tax copper concentrate exports", "", ("tariff", "ZM", "*", True)),
    ("Indonesia seeks to tax nickel pig iron exports", "", ("tariff", "ID", "*", True)),
    ("Chile aims to tax lithium exports", "", ("tariff", "CL", "*", True)),
    ("Peru wants to tax copper exports", "", ("tariff", "PE", "*", True)),
    ("India seeks to tax steel exports", "", ("tariff", "IN", "*", True)),
    ("US seeks to tax copper imports", "", ("tariff", "*", "US", True)),
    (
        "Congo seeks to tax cobalt exports",
        "KINSHASA - Congo's mines ministry is seeking to introduce a tax on cobalt exports, a "
        "draft seen by Reuters shows.",
        ("tariff", "CD", "*", True),
    ),
    # near misses: a firm seeking to avoid a tax; a tax on miners' profits
    ("Miners seek to avoid tax on lithium exports", "", None),
    ("Bolivia seeks to attract lithium investors", "", None),
    ("Ghana seeks to tax mining firms' windfall profits from gold", "", None),
    # second batch (written after the changes, labelled before the engine read it)
    ("Mongolia seeks to tax copper concentrate exports", "", ("tariff", "MN", "*", True)),
    ("Kazakhstan wants to tax zinc exports", "", ("tariff", "KZ", "*", True)),
]


#: (title, summary, want): kind 5, a demonym before "export levy".
DEMONYM_EXPORT_LEVY: list[Any] = [
    (
        "Consultation launched on Australian export levy on lithium",
        "",
        ("tariff", "AU", "*", True),
    ),
    (
        "Indonesian export levy on nickel pig iron takes effect",
        "",
        ("tariff", "ID", "*", False),
    ),
    ("Zambian export duty on copper raised to 10%", "", ("tariff", "ZM", "*", False)),
    ("Philippine export tax on nickel ore proposed", "", ("tariff", "PH", "*", True)),
    ("Russian export duty on nickel extended to 2026", "", ("tariff", "RU", "*", False)),
    ("Comments sought on Guinean export levy on bauxite", "", None),
    ("Kazakh export ban on scrap steel extended", "", ("suspended", "KZ", "*", False)),
    # near misses: a demonym before goods under another's import duty names the goods
    ("Australian lithium hit by Chinese import levy", "", ("tariff", "AU", "CN", False)),
    ("Chilean copper faces Indian import duty", "", ("tariff", "CL", "IN", False)),
    # second batch (written after the changes, labelled before the engine read it)
    (
        "Public consultation opens on Zimbabwean export levy on lithium",
        "",
        ("tariff", "ZW", "*", True),
    ),
]


#: (title, summary, want): kind 6, an explainer's label before an act.
EXPLAINER_ACTS: list[Any] = [
    (
        "Explainer: China bans gallium and germanium exports to US",
        "",
        ("suspended", "CN", "US", False),
    ),
    ("Explainer: Indonesia halts bauxite exports", "", ("suspended", "ID", "*", False)),
    ("EXPLAINER: US doubles steel tariffs to 50%", "", ("tariff", "*", "US", False)),
    ("Explainer - Congo extends cobalt export ban", "", ("suspended", "CD", "*", False)),
    (
        "Explainer: Canada imposes 25% tariffs on Chinese steel",
        "",
        ("tariff", "CN", "CA", False),
    ),
    ("Explainer: India scraps gold import duty", "", ("resuming", "*", "IN", False)),
    # near misses: about a measure, not news of one
    ("Explainer: What China's gallium export ban means for chipmakers", "", None),
    ("Explainer: How US steel tariffs work", "", None),
    ("Explainer: Why Indonesia banned nickel ore exports", "", None),
    ("Explainer: Who wins from Trump's copper tariffs?", "", None),
    ("Explainer: China's export controls on rare earths", "", None),
    # second batch (written after the changes, labelled before the engine read it)
    ("Factbox: Chile raises lithium export tax", "", ("tariff", "CL", "*", False)),
    ("Explainer: What Congo's cobalt quota means for prices", "", None),
]


#: (title, summary, want): kind 7, a flow's figures after a measure.
FLOW_AFTER: list[Any] = [
    ("Gold imports into India slump after government raises duty to 15%", "", None),
    ("China's steel exports plunge after Beijing scraps tax rebates", "", None),
    ("US aluminium imports fall 30% after Trump doubles tariffs", "", None),
    ("India's gold imports jump after government cuts import duty", "", None),
    ("Copper exports from Zambia drop after government imposes 10% export duty", "", None),
    ("Vietnam steel imports surge after Hanoi lifts anti-dumping duties", "", None),
    # near misses: the act in the main clause; a price moved by the act
    ("India raises gold import duty to 15% as imports surge", "", ("tariff", "*", "IN", False)),
    ("Gold prices fall after India raises import duty to 15%", "", ("tariff", "*", "IN", False)),
    # second batch (written after the changes, labelled before the engine read it)
    ("Chile's copper exports tumble after China imposes import levy", "", None),
]


#: (title, summary, want): kind 8, export licences revoked.
LICENCES_REVOKED: list[Any] = [
    ("Export licences revoked for Chinese gallium exporters", "", ("suspended", "CN", "*", False)),
    (
        "China revokes export licences for gallium shipments to US",
        "",
        ("suspended", "CN", "US", False),
    ),
    ("Indonesia cancels all nickel ore export permits", "", ("suspended", "ID", "*", False)),
    ("Congo withdraws cobalt export licences", "", ("suspended", "CD", "*", False)),
    ("Myanmar revokes tin ore export permits", "", ("suspended", "MM", "*", False)),
    ("Gallium export licences revoked by MOFCOM", "", ("suspended", "CN", "*", False)),
    ("Philippines to revoke nickel ore export permits", "", ("suspended", "PH", "*", False)),
    # near misses: one miner's permit revoked; licences restored
    ("Indonesia revokes nickel miner's export permit", "", None),
    (
        "China restores export licences for gallium exporters",
        "",
        ("resuming", "CN", "*", False),
    ),
    # second batch (written after the changes, labelled before the engine read it)
    pytest.param(
        "Tin export licences cancelled for Bolivian exporters",
        "",
        ("suspended", "BO", "*", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the corridor: a demonym before 'exporters' after 'for' is not read as the "
            "exporters' country (no origin)",
        ),
    ),
    ("Bauxite export permits withdrawn by Guinea", "", ("suspended", "GN", "*", False)),
]


#: (title, summary, want): kind 9, goods heading for a market.
HEADING_FOR: list[Any] = [
    ("US bans steel heading for Russia", "", ("suspended", "US", "RU", False)),
    ("Japan bans aluminium headed to Russia", "", ("suspended", "JP", "RU", False)),
    ("EU bans copper going to Belarus", "", ("suspended", "EU", "BY", False)),
    ("Canada bans nickel heading to Iran", "", ("suspended", "CA", "IR", False)),
    ("UK halts steel shipments heading for Russia", "", ("suspended", "GB", "RU", False)),
    ("Australia bans bauxite headed for Russia", "", ("suspended", "AU", "RU", False)),
    # near misses: a load seized; a price heading for a gain
    ("Steel heading for Russia seized at Finnish border", "", None),
    ("Copper heading for weekly gain as China demand picks up", "", None),
    ("Nickel heading for biggest monthly drop since 2022", "", None),
    # second batch (written after the changes, labelled before the engine read it)
    ("Canada bans aluminium heading to Russia and Belarus", "", ("suspended", "CA", "RU", False)),
    ("Zinc heading for Asia faces delays at port", "", None),
]


#: (title, summary, want): kind 10, price controls.
PRICE_CONTROLS: list[Any] = [
    ("China lifts price controls on rare earth exports", "", None),
    ("China imposes price controls on rare earth exports", "", None),
    ("India removes price cap on steel exports", "", None),
    ("Vietnam lifts price controls on steel", "", None),
    ("Indonesia ends price caps on nickel ore sales", "", None),
    # near misses: export controls or quotas lifted
    ("China lifts export controls on rare earths", "", ("resuming", "CN", "*", False)),
    ("China lifts curbs on rare earth exports", "", ("resuming", "CN", "*", False)),
    # second batch (written after the changes, labelled before the engine read it)
    ("Vietnam imposes price cap on steel sales", "", None),
    ("China scraps price controls on tungsten exports", "", None),
]


#: (title, summary, want): kind 11, a prolonged steel safeguard.
STEEL_SAFEGUARDS: list[Any] = [
    (
        "Safeguard duty on Vietnamese steel extended by two years: DGTR",
        "",
        ("quota", "VN", "IN", False),
    ),
    ("Moroccan steel safeguard duties extended to 2027", "", ("quota", "*", "MA", False)),
    ("Steel safeguard duty extended by India for three years", "", ("quota", "*", "IN", False)),
    (
        "Extension of safeguard duty on steel imports approved by South Africa",
        "",
        ("quota", "*", "ZA", False),
    ),
    ("Safeguard tariffs on steel prolonged until 2027 in Turkey", "", ("quota", "*", "TR", False)),
    ("Philippines renews safeguard duty on steel angle bars", "", ("quota", "*", "PH", False)),
    ("Ukraine prolongs safeguard duties on Russian steel", "", ("quota", "RU", "UA", False)),
    # near misses: imposed; not steel; let lapse; only sought
    ("India imposes safeguard duty on steel flat products", "", ("tariff", "*", "IN", False)),
    ("Safeguard duty on aluminium foil extended by Indonesia", "", ("tariff", "*", "ID", False)),
    ("India lets steel safeguard duty expire", "", ("resuming", "*", "IN", False)),
    ("Steelmakers seek extension of safeguard duty", "", None),
    # second batch (written after the changes, labelled before the engine read it)
    ("Steel safeguard measures prolonged by Malaysia until 2028", "", ("quota", "*", "MY", False)),
    pytest.param(
        "Renewal of safeguard duties on steel imports approved in Egypt",
        "",
        ("quota", "*", "EG", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the corridor: a place after 'approved in' closing the title is not read as "
            "where the measure was set (no importer)",
        ),
    ),
    ("Safeguard duty on copper tubes extended by India", "", ("tariff", "*", "IN", False)),
]
