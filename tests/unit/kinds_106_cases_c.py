"""Non-measures of ``test_classifier_kinds_106.py``: two paraphrases of each of 30 studied rows
the engine read right that report no measure but name a measure or a policy word (market news,
views, reviews, pleas, other goods), labelled no event before the engine read them and written
as ``kinds_106_cases_a.py`` describes.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): no event, as the rows they paraphrase were labelled.
NON_MEASURES: list[Any] = [
    # nin-077
    (
        "Expedited five-year reviews of antidumping orders on Chinese and Mexican copper pipe scheduled",
        "",
        None,
    ),
    (
        "ITC notice on copper pipe and tube",
        "The Commission has scheduled expedited reviews to decide whether revoking the antidumping duty orders on seamless refined copper pipe and tube from China and Mexico would likely lead to renewed injury.",
        None,
    ),
    # rho-072
    (
        "Metal ETFs that could be affected by Trump's expected aluminum and steel tariffs",
        "",
        None,
    ),
    (
        "Here's a list of metal ETFs to watch",
        "Donald Trump announced 25% tariffs on all steel and aluminum imports; investors can consider these ETFs to trade the news.",
        None,
    ),
    # twf-067
    (
        "Sunset review of Thai anti-dumping duties on Chinese and Malaysian hot-rolled steel opened",
        "",
        None,
    ),
    (
        "Thai dumping committee starts a review",
        "Thailand has initiated a sunset review of its anti-dumping duties on hot rolled flat and coiled steel imported from China and Malaysia.",
        None,
    ),
    # rhz-119
    (
        "Von der Leyen: US steel and aluminium tariffs will draw a firm EU response",
        "",
        None,
    ),
    (
        "EU will act to safeguard its interests, von der Leyen says",
        "The EU will answer US tariffs on steel and aluminium with tough countermeasures, European Commission President Ursula von der Leyen said.",
        None,
    ),
    # twf-059
    (
        "Pakistan's import ban on luxury items: the full list",
        "",
        None,
    ),
    (
        "Which imports are now banned in Pakistan",
        "Pakistan has banned imports of luxury goods to save foreign exchange during its economic crisis.",
        None,
    ),
    # rhz-010
    (
        "Mexico-US relations strained by tariff dispute",
        "",
        None,
    ),
    (
        "Washington and Mexico City at odds",
        "A dispute over tariffs is complicating relations between the United States and Mexico.",
        None,
    ),
    # rhz-035
    (
        "Covid vaccine export bans: EU set to widen its criteria",
        "",
        None,
    ),
    (
        "Brussels to revise vaccine export rules",
        "The EU will widen the criteria it uses for possible bans on exports of Covid vaccines, weighing countries' vaccination coverage.",
        None,
    ),
    # rhz-071
    (
        "Gold holds near record levels on haven demand",
        "Gold traded above $2,870 an ounce on Monday, supported by haven buying after US President Donald Trump announced new 25% tariffs on all steel and aluminum imports.",
        None,
    ),
    (
        "Haven demand lifts gold toward its record",
        "Gold climbed near record highs on Monday as the new US tariffs on all steel and aluminum imports stoked fears of a trade war.",
        None,
    ),
    # twf-031
    (
        "Cut in gold import duty sought by gems and jewellery industry ahead of budget",
        "",
        None,
    ),
    (
        "Budget 2021 wish list from jewellers",
        "The gem and jewellery industry has asked the Modi government to reduce the customs duty on gold and cut the import duty on gemstones.",
        None,
    ),
    # nin-115
    (
        "Yardeni sees gold at $3,000 soon and $4,000 in 2026 on tariffs and sanctions",
        "",
        None,
    ),
    (
        "A market pro's case for gold",
        "Ed Yardeni expects gold to reach $3,000 soon and $4,000 in 2026, driven by inflation, tariffs and countries buying gold as a haven from US sanctions.",
        None,
    ),
    # twf-163
    (
        "Philippine safeguard duties on cement imports to lapse without extension",
        "",
        None,
    ),
    (
        "Philippines lets cement measure expire",
        "The Philippines will not extend its safeguard measures on imported cement.",
        None,
    ),
    # rha-057
    (
        "Gove: UK to reimburse Northern Irish firms' tariffs if Brexit talks fail",
        "",
        None,
    ),
    (
        "Gove reassures Northern Irish business",
        "Firms in Northern Ireland will be reimbursed for any tariffs they pay if Brexit talks fail, Michael Gove said.",
        None,
    ),
    # rhz-187
    (
        "Ukraine wants steel shipments added to grain export deal, minister says",
        "",
        None,
    ),
    (
        "Ukraine's economy minister eyes a wider corridor",
        "Ukraine wants the grain-export agreement expanded to include steel shipments to support its war-battered economy, Economy Minister Yuliia Svyrydenko said.",
        None,
    ),
    # rho-150
    (
        "Tariffs on Canadian metals and lumber could lift these three US industrials",
        "",
        None,
    ),
    (
        "Three industrial stocks to watch",
        "These US industrial companies could benefit if tariffs are imposed on Canadian metals and lumber.",
        None,
    ),
    # rhz-064
    (
        "Nippon Steel to invest in US Steel rather than buy it, Trump says",
        "",
        None,
    ),
    (
        "Trump shifts on the Japanese bid",
        "President Donald Trump suggested Nippon Steel would no longer buy US Steel but would invest in it instead.",
        None,
    ),
    # rhz-019
    (
        "Iraq's imports of Iranian electricity to keep US sanctions waiver",
        "",
        None,
    ),
    (
        "Washington set to extend Iraq exemption",
        "The US plans to renew the waiver that lets Iraq import power from Iran despite sanctions.",
        None,
    ),
    # rha-044
    (
        "US goods to see lower Chinese tariffs as virus risks deepen",
        "",
        None,
    ),
    (
        "Beijing eases its trade stance amid the outbreak",
        "China will cut tariffs on some US imports as coronavirus risks grow.",
        None,
    ),
    # rha-018
    (
        "Markets see Trump's Mexico tariff lasting only about a week, says Art Cashin",
        "",
        None,
    ),
    (
        "UBS's Cashin on the market's tolerance",
        "Markets expect President Trump's tariff on Mexico to last only about a week and would not tolerate it lasting longer, said Art Cashin.",
        None,
    ),
    # rhr-071
    (
        "Port of L.A. chief doubts rollback of China tariffs will lift imports",
        "",
        None,
    ),
    (
        "Port of Los Angeles sees no quick rebound",
        "A rollback of tariffs on Chinese goods is unlikely to boost imports, the port's executive director said.",
        None,
    ),
    # rhr-123
    (
        "India more exposed to steel imports as US tariffs shift trade flows, SAIL chief warns",
        "",
        None,
    ),
    (
        "SAIL chairman sees trade flows shifting",
        "US tariffs could redirect global trade and leave India more vulnerable to steel imports, the chairman of Steel Authority of India said.",
        None,
    ),
    # rho-007
    (
        "$1.1bn fine for Standard Chartered over sanctions breaches and money laundering",
        "",
        None,
    ),
    (
        "Standard Chartered penalised by regulators",
        "Standard Chartered has been fined $1.1 billion for money-laundering and sanctions breaches.",
        None,
    ),
    # rhz-003
    (
        "Carmakers get 180-day reprieve as White House delays auto tariff decision",
        "",
        None,
    ),
    (
        "White House delays its call on car imports",
        "The White House has put off its final decision on tariffs on imported autos for 180 days.",
        None,
    ),
    # rhr-085
    (
        "Steel imports at 10-year high stir 'sense of crisis' in Japan's industry",
        "",
        None,
    ),
    (
        "Japanese steelmakers alarmed",
        "Japan's steel industry feels a 'sense of crisis' as imports reached a 10-year high, Reuters reported.",
        None,
    ),
    # rhz-195
    (
        "Gold demand at decade high on 'colossal' central bank buying",
        "",
        None,
    ),
    (
        "Central banks' gold purchases jump",
        "Fallout from US sanctions on Russia helped drive an 18% jump in central bank gold buying last year, lifting demand to a decade high.",
        None,
    ),
    # nin-023
    (
        "Beekeeper warns Brexit import rules could see millions of bees destroyed",
        "",
        None,
    ),
    (
        "Beekeeper counts the cost of Brexit",
        "Millions of bees could be destroyed over post-Brexit import rules, beekeeper Patrick Murfet says.",
        None,
    ),
    # rho-055
    (
        "Court ruling leads to amended final antidumping determination on Turkish prestressed concrete steel wire strand",
        "",
        None,
    ),
    (
        "Court decision on PC strand investigation",
        "The Court of International Trade sustained Commerce's remand redetermination in the antidumping investigation of prestressed concrete steel wire strand from Turkey, and Commerce is amending its final determination.",
        None,
    ),
    # rhz-110
    (
        "Dollar strength weighs on South Korean won",
        "The won weakened past 1,450 per dollar as the US currency gained after President Trump's 25% tariff on steel and aluminum imports.",
        None,
    ),
    (
        "Won gives back gains",
        "South Korea's won slid past 1,450 per dollar as the greenback strengthened on the US imposition of a 25% tariff on steel and aluminum imports and plans for reciprocal tariffs.",
        None,
    ),
    # twe-121
    (
        "Builders urge waiver of regulatory duty on steel imports to steady prices",
        "",
        None,
    ),
    (
        "Karachi builders press government on steel prices",
        "Builders and developers have demanded that the government waive the regulatory and additional regulatory duty on steel imports to stabilise prices.",
        None,
    ),
    # rho-021
    (
        "China 'ripe' for new US tariffs, Trump warns; Vietnam may follow",
        "",
        None,
    ),
    (
        "Trump turns to Vietnam",
        "President Trump warned that China is 'ripe' for new tariffs and suggested Vietnam could be next.",
        None,
    ),
    # rho-042
    (
        "US GM food imports could be allowed, Boris Johnson hints",
        "",
        None,
    ),
    (
        "Johnson opens a door in US trade talks",
        "Boris Johnson has hinted that the UK could allow imports of genetically modified food from the United States.",
        None,
    ),
]
