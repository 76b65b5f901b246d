"""Non-measures of ``test_classifier_kinds_116.py``, first half: analyst notes and price
forecasts, company results, guidance and plant news, courts, appeals, WTO panels and hearings,
trade bodies' lobbying, petitions and comment periods, and elections. Each names a measure word
and tells no measure; each is labelled no event. Labels were written and committed before the
engine read them.

Each case is ``(title, summary, None)``, ``None`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

import pytest

#: Analyst notes and price forecasts citing a measure as a cause or a risk.
ANALYSTS: list[Any] = [
    (
        "Goldman lifts aluminium forecast, citing tariff-driven premium",
        "Goldman Sachs raised its 12-month aluminium price forecast to $2,900 a tonne, saying US duties would keep the Midwest premium elevated.",
        None,
    ),
    (
        "Citi sees copper at $12,000 on tariff risk, supply disruptions",
        "Citi analysts said in a note that front-loading ahead of any US duty and mine outages would tighten the market in the second half.",
        None,
    ),
    (
        "Nickel outlook: market overprices risk of fresh Indonesian ore ban, Macquarie says",
        "Macquarie said the chance of another export ban on nickel ore was small given Jakarta's smelter build-out.",
        None,
    ),
    (
        "BMI trims European steel price forecast as safeguard quotas cap imports",
        "Fitch Solutions' BMI cut its 2027 hot-rolled coil forecast by 4%, citing weak construction demand.",
        None,
    ),
    (
        "Analysts: antimony rally has further to run as export controls bite",
        "Prices in Rotterdam have tripled in a year and analysts see no quick relief for flame-retardant makers.",
        None,
    ),
    (
        "Morgan Stanley: zinc deficit to widen next year, tariff noise aside",
        "The bank expects smelter cuts in China to outweigh any demand hit from trade frictions.",
        None,
    ),
    (
        "Fitch keeps lithium price deck unchanged despite Zimbabwe export levy debate",
        "The agency said talk of a higher levy on concentrate shipments had not changed its view of supply.",
        None,
    ),
    (
        "UBS sees platinum deficit persisting whatever path Russia sanctions take",
        "The bank's metals team said the market would stay short of metal through 2028.",
        None,
    ),
    (
        "BofA raises tin forecast on Myanmar mining halt, Indonesian export curbs",
        "Bank of America lifted its tin price forecast by 8% to $38,000 a tonne.",
        None,
    ),
    (
        "Fastmarkets sees gallium prices elevated through 2027 as buyers adjust to licensing",
        "Consumers outside China are paying record premiums while new supply is slow to come.",
        None,
    ),
    (
        "Jefferies downgrades Nucor, says tariff tailwind is priced in",
        "The broker cut the steelmaker to hold, arguing that higher prices from import duties are already in the shares.",
        None,
    ),
    (
        "ANZ cuts iron ore forecast on weaker Chinese steel exports amid anti-dumping wave",
        "The bank now sees iron ore averaging $92 a tonne next year as more countries file cases against Chinese steel.",
        None,
    ),
    (
        "HSBC sees gold at $4,500, says tariffs are a tailwind for havens",
        "The bank's precious metals analyst said trade tensions would keep central banks buying.",
        None,
    ),
    (
        "Analyst note: copper tariff premium in CME-LME spread narrows to 3%",
        "The arbitrage has shrunk as US warehouses fill with metal shipped ahead of the summer.",
        None,
    ),
    (
        "Silver: India's import duty cut already in the price, traders say",
        "Mumbai dealers said discounts had narrowed and demand was steady.",
        None,
    ),
]

#: Company results, guidance, capex and plant news that blame or credit a measure.
COMPANIES: list[Any] = [
    (
        "Alcoa swings to quarterly loss, blames $95 million tariff cost",
        "Pittsburgh-based Alcoa said US duties on the aluminium it ships from its Canadian smelters cost it $95 million in the quarter.",
        None,
    ),
    (
        "Nucor raises guidance as import tariffs lift steel prices",
        "The largest US steelmaker now expects third-quarter earnings of $2.60 to $2.70 a share.",
        None,
    ),
    (
        "Thyssenkrupp cuts outlook, citing weak demand and US tariffs",
        "The German group lowered its full-year profit guidance for the second time this year.",
        None,
    ),
    (
        "Rio Tinto diverts Canadian aluminium to Europe to avoid US duty",
        "The miner said more metal from its Quebec smelters would go to European customers this quarter.",
        None,
    ),
    (
        "BlueScope to expand Ohio mill, crediting tariff protection",
        "The Australian steelmaker will spend $500 million on a new furnace at its North Star plant.",
        None,
    ),
    pytest.param(
        "Novelis flags $60 million hit from aluminium levies in second quarter",
        "The Hindalco unit said higher scrap and ingot costs under US import tariffs weighed on margins.",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="a firm's hit from levies under a title the rules find no measure in: its lede's "
            "'scrap and ingot costs under US import tariffs' is read as tariffs scrapped (scrap the "
            "metal read as the verb)",
        ),
    ),
    (
        "POSCO profit falls 30% on weaker prices, anti-dumping duties abroad",
        "South Korea's biggest steelmaker reported operating profit of 450 billion won for the quarter.",
        None,
    ),
    (
        "Glencore withholds cobalt guidance amid Congo export quota uncertainty",
        "The trader said it could not give a 2027 sales forecast until allocations were clearer.",
        None,
    ),
    (
        "Tesla keeps lithium refinery capex unchanged despite graphite duty, CFO says",
        "The carmaker's Texas refinery remains on schedule, its finance chief told analysts.",
        None,
    ),
    (
        "Eramet lowers nickel output target after Indonesia ore quota cuts",
        "The French miner said approved mining volumes at Weda Bay were lower than it had planned for.",
        None,
    ),
    (
        "Steel Dynamics beats estimates; CEO says Section 232 tariffs 'doing their job'",
        "Quarterly earnings rose 12% on strong flat-rolled shipments.",
        None,
    ),
    (
        "Aurubis posts record profit as sanctions reroute copper scrap flows",
        "Europe's largest copper recycler said scrap that once went to Russia was now coming to its plants.",
        None,
    ),
    (
        "Lynas shares rise after earnings beat; rare earth export controls boost demand for non-Chinese supply",
        "The Australian producer said customers were signing longer contracts.",
        None,
    ),
    (
        "Century Aluminum restarts Kentucky potline, citing 50% tariff",
        "The restart at Hawesville will add 50,000 tonnes a year of primary metal by mid-2027.",
        None,
    ),
    (
        "ArcelorMittal defers EU capex decision until safeguard review concludes",
        "The steelmaker said it would not commit to new furnaces in Europe before trade protection was settled.",
        None,
    ),
]

#: Courts, appeals, WTO panel reports and hearings that decide no measure.
COURTS: list[Any] = [
    (
        "WTO panel report faults US steel tariffs; Washington to appeal",
        "The panel found the duties inconsistent with global trade rules, and the US said it would appeal into the void.",
        None,
    ),
    (
        "Trade court hears arguments over Section 232 tariffs on steel derivatives",
        "Importers of nails and wire told the Court of International Trade that the expansion exceeded the president's powers.",
        None,
    ),
    (
        "Appeals court to hear challenge to aluminium tariff refunds in March",
        "The Federal Circuit set oral arguments for March 4.",
        None,
    ),
    (
        "WTO panel report on China's rare earth export restrictions due next month",
        "Diplomats in Geneva said the report would be circulated to members in early January.",
        None,
    ),
    (
        "Importers sue over Section 232 derivative tariffs on steel nails",
        "A group of hardware distributors filed suit in New York, seeking refunds.",
        None,
    ),
    (
        "CIT remands Commerce's anti-dumping margin on Korean steel pipe",
        "The court told the department to explain how it calculated the 14% margin.",
        None,
    ),
    (
        "EU General Court dismisses Chinese firms' challenge to aluminium extrusion duties",
        "The Luxembourg court upheld the Commission's findings on dumping margins.",
        None,
    ),
    (
        "Indonesia files appeal against WTO ruling on nickel export ban",
        "Jakarta said it would keep the policy while the appeal is pending.",
        None,
    ),
    (
        "Supreme Court to weigh emergency tariff powers at November hearing",
        "The case could decide whether duties imposed under the 1977 emergency law, which cover steel-intensive goods, can stand.",
        None,
    ),
    (
        "Zimbabwe High Court hears miners' challenge to lithium export ban",
        "Judgment was reserved after two days of argument in Harare.",
        None,
    ),
    (
        "Argentine judge rejects injunction against steel import tariff",
        "A federal judge in Buenos Aires turned down a request by distributors to suspend the levy.",
        None,
    ),
    (
        "Canada tribunal hearing on steel safeguard extension wraps up without decision",
        "The Canadian International Trade Tribunal will report to the finance minister by June.",
        None,
    ),
]

#: Trade bodies' lobbying, petitions filed and comment periods.
LOBBYING: list[Any] = [
    (
        "US aluminium group petitions Commerce for duties on foil from five countries",
        "The Aluminum Association's foil trade enforcement working group filed anti-dumping petitions on Tuesday.",
        None,
    ),
    (
        "Eurofer urges Brussels to tighten steel safeguard before 2026 expiry",
        "The steel lobby said the current quotas let in too much Asian metal.",
        None,
    ),
    (
        "Steel users launch campaign against tariff extension",
        "Fabricators and carmakers formed a coalition to press the government to let the duties lapse.",
        None,
    ),
    (
        "Commerce opens comment period on copper inclusions under Section 232",
        "Interested parties have 30 days to ask for products to be added to the list.",
        None,
    ),
    (
        "Chamber of Mines pushes back on talk of platinum export levy",
        "The industry body said a levy on unbeneficiated exports would drive investment away.",
        None,
    ),
    (
        "Indian stainless makers seek anti-dumping duty on Indonesian flat products",
        "The Indian Stainless Steel Development Association has applied to the DGTR.",
        None,
    ),
    (
        "Importers file submissions opposing safeguard duty request on wire rod",
        "Traders told the investigating authority the domestic industry had not shown injury.",
        None,
    ),
    (
        "Nickel Institute warns export bans distort markets in submission to OECD",
        "The producer body said restrictions on ore had moved processing but raised emissions.",
        None,
    ),
    (
        "UK Steel calls for quota cuts as imports surge",
        "The trade body wants ministers to act before the summer.",
        None,
    ),
    (
        "Petition seeks end to 25% duty on aluminium can stock",
        "Beverage makers asked the trade representative to exclude can sheet from the tariffs.",
        None,
    ),
    (
        "Auto parts makers ask USTR for steel tariff exclusions",
        "Suppliers say they cannot source some grades of steel at home.",
        None,
    ),
    (
        "Deadline for comments on EU steel quota proposal extended to June 30",
        "Stakeholders now have two more weeks to respond to the Commission's consultation.",
        None,
    ),
]

#: Elections and campaigns around a measure.
ELECTIONS: list[Any] = [
    (
        "Steel-town voters split on tariffs ahead of Pennsylvania primary",
        "In Monessen, some say the duties saved jobs while others blame them for higher prices.",
        None,
    ),
    (
        "Election watch: what a Labour win would mean for the UK steel safeguard",
        "Analysts say the party's manifesto is silent on trade protection for steelmakers.",
        None,
    ),
    (
        "Opposition candidate attacks government's nickel export ban in debate",
        "The challenger said the policy had enriched smelter owners rather than workers.",
        None,
    ),
    (
        "Poll: majority of Australians back tariffs on Chinese steel",
        "A survey of 1,500 voters found 58% in favour of duties.",
        None,
    ),
    (
        "Campaign ads in Ohio tout steel tariffs",
        "Both Senate candidates have run spots praising the duties.",
        None,
    ),
    (
        "Chile's presidential hopefuls spar over lithium export licence rules",
        "The candidates differed on whether the state should keep its say over who may ship lithium.",
        None,
    ),
]
