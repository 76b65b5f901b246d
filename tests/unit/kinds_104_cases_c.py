"""Non-measures of ``test_classifier_kinds_104.py``: two paraphrases of each of 30 studied rows
the engine read right that report no measure but name a measure or a policy word (market news,
views, reviews and findings, other goods), labelled no event before the engine read them; the
kinds, first-time counts and fixes are in that module's docstring. The comment above a pair
names the row it paraphrases.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): no event, as the rows they paraphrase were labelled.
NON_MEASURES: list[Any] = [
    # nin-009
    (
        "Commerce preliminarily finds no dumping by Siam Industrial Wire in Thai steel strand "
        "review",
        "",
        None,
    ),
    (
        "Thai prestressed steel wire strand: US posts preliminary review results",
        "Commerce preliminarily finds that Siam Industrial Wire did not sell subject "
        "merchandise below normal value during the review period.",
        None,
    ),
    # nin-029
    (
        "Commerce issues preliminary results in countervailing duty review of Indian stainless "
        "steel flanges",
        "",
        None,
    ),
    (
        "Indian stainless flanges: US preliminarily finds subsidies in annual CVD review",
        "The Department of Commerce preliminarily determines that countervailable subsidies "
        "are being provided to producers of stainless steel flanges from India.",
        None,
    ),
    # nin-087
    (
        "Commerce: revoking anti-dumping order on Japanese tin mill products would likely lead "
        "to renewed dumping",
        "",
        None,
    ),
    (
        "Expedited sunset review of AD order on tinplate steel from Japan: final results",
        "Commerce finds revocation of the antidumping duty order on tin mill products from "
        "Japan would be likely to lead to continuation or recurrence of dumping.",
        None,
    ),
    # nin-091
    ("ITC launches five-year reviews of duties on Chinese steel wheels", "", None),
    (
        "US trade commission starts sunset reviews of AD/CVD orders on steel wheels from China",
        "The Commission instituted reviews to determine whether revoking the orders would "
        "likely lead to continued injury.",
        None,
    ),
    # nin-147
    ("ITC schedules expedited sunset reviews on Chinese aluminum wire and cable", "", None),
    (
        "Expedited five-year reviews set for duties on aluminium cable from China",
        "The Commission gives notice of the scheduling of expedited reviews of the "
        "antidumping and countervailing duty orders.",
        None,
    ),
    # rha-004
    ("BAE Systems slides as Berlin extends Saudi arms export ban", "", None),
    (
        "German halt to weapons sales to Saudi Arabia hits BAE shares",
        "Shares in BAE Systems fell after Germany extended its ban on arms exports to Saudi "
        "Arabia.",
        None,
    ),
    # rha-028
    ("Washington and Beijing slap fresh tariffs on each other's goods", "", None),
    (
        "New US, Chinese tariffs take effect as trade war deepens",
        "Both countries began collecting duties on billions of dollars of each other's goods on "
        "Sunday.",
        None,
    ),
    # rha-060
    ("China's envoy says Britain's Huawei 5G ban has no grounds", "", None),
    (
        "Beijing's ambassador slams London's exclusion of Huawei from 5G",
        "Liu Xiaoming said the UK decision to ban Huawei equipment from its 5G network was "
        "groundless.",
        None,
    ),
    # rha-116
    ("Brussels postpones tariffs on British EVs to 2027", "", None),
    (
        "UK electric car tariffs pushed back to 2027 by EU",
        "The delay follows warnings from carmakers that they were not ready for post-Brexit "
        "rules of origin.",
        None,
    ),
    # rho-029
    ("UK's Johnson urges US and China to scrap trade tariffs", "", None),
    (
        "Remove US-China tariffs, British PM urges",
        "Boris Johnson called on Washington and Beijing to end their tariff war.",
        None,
    ),
    # rho-031
    ("Canadian lobster fishermen win from US-China trade war", "", None),
    (
        "Ottawa's lobster exporters gain as Beijing targets American seafood",
        "China's retaliatory tariffs on US lobster have pushed buyers to Canadian suppliers.",
        None,
    ),
    # rho-051
    ("Trump takes credit for Britain's Huawei ban; Beijing calls it disheartening", "", None),
    (
        "China disheartened by UK Huawei ban as Trump claims credit - video",
        "The US president said he had pushed London to exclude the Chinese firm from 5G networks.",
        None,
    ),
    # rho-117
    ("Rio Tinto aluminium shipments to US recover to pre-tariff levels", "", None),
    (
        "Rio's Canadian aluminum flows to America back where they were before tariffs",
        "Rio Tinto has restored aluminium exports to the United States to volumes seen before "
        "the tariffs, the company said.",
        None,
    ),
    # rho-124
    ("GTRI urges India to restrict primary aluminium exports", "", None),
    (
        "New Delhi should limit exports of aluminium ingots, think tank says",
        "The Global Trade Research Initiative said curbs on primary aluminium exports would "
        "help domestic manufacturers.",
        None,
    ),
    # rho-127
    ("Explainer: Indian firms worry over EU curbs on metal scrap exports", "", None),
    (
        "Indian manufacturers fear tighter EU rules on metal scrap exports",
        "Indian importers of European scrap worry about the bloc's revised waste shipment rules.",
        None,
    ),
    # rho-151
    ("US poised to lower tariffs on Canadian metals, autos under trade deal", "", None),
    (
        "Washington nears deal to trim duties on Canada's metals and cars",
        "A trade agreement under discussion would cut tariffs on Canadian metals and autos, "
        "people familiar with the talks said.",
        None,
    ),
    # rhr-087
    ("India's met coke import quotas: what next for coking coal prices? - CRU", "", None),
    (
        "New Delhi's coke import curbs and the outlook for met coal",
        "CRU looks at how India's quotas on met coke imports could move coking coal prices.",
        None,
    ),
    # rhr-141
    ("British steelmakers seek clarity on when US zero tariffs start", "", None),
    (
        "UK Steel presses London for timetable on tariff-free US access",
        "The industry body said producers need to know when the 0% rate on British steel "
        "exports to the United States will apply.",
        None,
    ),
    # rhr-165
    ("Trump opts not to impose Section 232 tariffs on rare-earth magnets", "", None),
    (
        "Washington will not slap security tariffs on Chinese, Japanese and EU rare earth magnets",
        "The administration concluded its national security probe of neodymium magnet imports "
        "without imposing duties.",
        None,
    ),
    # rhz-103
    ("Gold hits new record above $2,930 as trade tensions mount", "", None),
    (
        "Bullion jumps to all-time high on safe-haven demand",
        "Gold surged past $2,930 an ounce after President Trump imposed sweeping tariffs on all "
        "steel and aluminum imports and signaled reciprocal duties.",
        None,
    ),
    # rhz-130
    ("Latin American currencies, stocks gain as markets weigh US tariffs", "", None),
    (
        "Latam assets inch higher while investors digest Trump tariffs",
        "Key points: Trump raises tariffs on steel, aluminum imports; Brazil's inflation slows "
        "in January; MSCI Latam FX up 0.2%.",
        None,
    ),
    # rhz-165
    ("Iron ore futures climb though investor mood stays weak - Market Talk", "", None),
    (
        "Iron ore edges higher in Asian trade; analysts see soft sentiment",
        "Fundamentals of the ore are solid but demand is lacking and port inventories remain "
        "high, Nanhua Futures and Everbright Futures analysts say.",
        None,
    ),
    # rhz-174
    ("UK sanctions ban British firms from trading Russian metals", "", None),
    (
        "Britain prohibits its citizens from dealing in a wide range of Russian metals",
        "New sanctions documents published by the government on Thursday bar UK companies and "
        "citizens from trading the metals.",
        None,
    ),
    # rhz-189
    ("US bars new mining near Boundary Waters for 20 years, blow to Twin Metals", "", None),
    (
        "Washington puts Minnesota wilderness off-limits to copper-nickel mining",
        "A 20-year moratorium on new mining on 225,000 acres of federal land could doom Twin "
        "Metals' proposed mine.",
        None,
    ),
    # rw-133
    ("India launches safeguard investigation into flat steel import surge", "", None),
    (
        "Surge in flat-rolled steel imports prompts Indian safeguard inquiry",
        "The Directorate General of Trade Remedies has begun an investigation into whether a "
        "rise in imports of flat steel is hurting domestic makers.",
        None,
    ),
    # rw2-122
    ("India raises duties on 28 American goods including almonds and apples", "", None),
    (
        "New Delhi hits back at US with higher tariffs on almonds, apples",
        "India's finance ministry raised import duties on 28 U.S. products in retaliation for "
        "Washington's steel and aluminium tariffs.",
        None,
    ),
    # rw4-011
    ("Comex-LME copper spread hits record as traders bet on US tariffs", "", None),
    (
        "US copper premium over London widens to record on tariff bets",
        "Traders are pricing in import duties on copper cathode shipped into the United States.",
        None,
    ),
    # rw4-063
    ("Outgoing Trump administration eased sanctions on Dan Gertler", "", None),
    (
        "Israeli mining magnate Gertler gets sanctions relief from Washington",
        "A licence granted by the Treasury eased sanctions on the billionaire, whose holdings "
        "include royalties on copper and cobalt mines in Congo.",
        None,
    ),
    # twf-007
    (
        "US cylinder makers welcome final dumping rulings on Chinese, Thai steel propane tanks",
        "",
        None,
    ),
    (
        "Industry praises Commerce's final anti-dumping determinations on steel propane cylinders",
        "Domestic producers applauded the affirmative final determinations that exporters from "
        "China and Thailand sold steel propane cylinders at less than fair value.",
        None,
    ),
    # twf-079
    ("Indonesia lifts two-decade sea sand export ban, a boon for Singapore", "", None),
    (
        "Jakarta reopens sea sand exports after 20 years",
        "The ban had stopped shipments to Singapore, once the main buyer of Indonesian sea sand "
        "for land reclamation.",
        None,
    ),
]
