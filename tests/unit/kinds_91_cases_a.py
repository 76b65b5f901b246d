"""Cases of ``test_classifier_kinds_91.py`` (MINING_POLICY, MONEY_STOCKS, DIPLOMACY), labelled
before the engine read them; the kinds, first-time counts and fixes are in that module's
docstring."""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): kind 1, domestic mining policy.
MINING_POLICY: list[Any] = [
    ("Zambia lifts copper royalty to 12% when prices top $9,000", "", None),
    ("Chile's lower house passes lithium royalty reform", "", None),
    ("Peru weighs higher mining royalties as copper prices soar", "", None),
    ("Guinea's junta revokes 50 bauxite mining licences", "", None),
    ("Mali adopts new mining code raising state stake in gold mines to 35%", "", None),
    ("Burkina Faso nationalises two industrial gold mines", "", None),
    ("Bolivia to nationalise lithium extraction, president says", "", None),
    ("Indonesia wants all nickel processed at home by 2030, minister says", "", None),
    ("Mongolia to take 34% state stake in strategic copper and gold deposits", "", None),
    ("Kazakhstan raises mineral extraction tax on copper producers from January", "", None),
    ("Ghana grants Atlantic Lithium licence to mine at Ewoyaa", "", None),
    ("Tanzania caps foreign ownership of new gold projects at 84%", "", None),
    ("Zimbabwe lifts ban on new platinum mining claims", "", None),
    ("Western Australia freezes lithium royalty rates for two years", "", None),
    ("South Africa proposes windfall tax on platinum miners", "", None),
    ("Namibia suspends new exploration licences for lithium", "", None),
    ("Argentina's Jujuy province hikes lithium mining fees", "", None),
    ("Panama's assembly approves moratorium on new copper mining concessions", "", None),
    ("Indonesia caps 2027 nickel ore mining quota at 220 million tonnes", "", None),
    ("UPDATE 2-Chile to keep state control of lithium through Codelco partnership", "", None),
    ("EXCLUSIVE-Congo plans to raise state stake in cobalt mines, sources say", "", None),
    ("Philippines eyes downstream push to build nickel smelters", "", None),
    ("Kyrgyzstan revokes gold mine licence of Canadian-owned Kumtor", "", None),
    ("Mining Minister: new royalty regime for tin miners takes effect July 1", "", None),
    ("Peru grants permit for Tia Maria copper project", "", None),
    (
        "Zambia overhauls mining code",
        "The new code raises copper royalties to 10% and requires a 10% state stake in new mines.",
        None,
    ),
    (
        "Mongolia's parliament approves windfall levy on miners",
        "Copper and gold producers will pay a 20% tax on profits above a set price from 2027.",
        None,
    ),
    (
        "Resource nationalism: Niger revokes licence at major gold mine",
        "The junta withdrew the mining permit held by a foreign company on Tuesday.",
        None,
    ),
    (
        "Indonesia to require miners to sell nickel ore at benchmark price",
        "Miners selling ore to local smelters below the government's reference price face fines.",
        None,
    ),
    # measures told in the same framings
    (
        "Indonesia's new mining law bans nickel ore exports from June",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "Zimbabwe mining code amendment bans export of raw lithium ore",
        "",
        ("suspended", "ZW", "*", False),
    ),
    (
        "Alongside royalty hike, Zambia imposes 10% export duty on copper concentrate",
        "",
        ("tariff", "ZM", "*", False),
    ),
    (
        "To push local processing, Philippines bans nickel ore exports",
        "",
        ("suspended", "PH", "*", False),
    ),
    (
        "Guinea orders bauxite miners to refine locally before exporting",
        "",
        ("licensing", "GN", "*", False),
    ),
    (
        "Congo to ban cobalt concentrate exports under new mining code",
        "",
        ("suspended", "CD", "*", False),
    ),
    (
        "Namibia bans unprocessed lithium exports to spur local refining",
        "",
        ("suspended", "NA", "*", False),
    ),
    (
        "Zambia overhauls mining rules",
        "The government banned exports of copper concentrate from July 1 and raised royalties.",
        ("suspended", "ZM", "*", False),
    ),
    (
        "Mongolia raises export tax on copper concentrate as windfall levy ends",
        "",
        ("tariff", "MN", "*", False),
    ),
    # second batch, written after the first run, before the engine changed
    ("Chile's Boric signs law creating new copper royalty", "", None),
    ("Indonesia hikes nickel ore royalty rates, effective April", "", None),
    ("DR Congo declares cobalt a strategic substance, raising royalty", "", None),
    ("Guinea suspends bauxite mining licence of Chinese-backed firm", "", None),
    ("Zimbabwe's cabinet approves mines bill requiring local partners", "", None),
    ("Mexico nationalises lithium, hands control to state firm LitioMx", "", None),
    ("Kazakhstan bans foreigners from owning rare earth deposits", "", None),
    ("Ghana bans small-scale gold mining in forest reserves", "", None),
    ("Philippines lifts open-pit mining ban for nickel and copper", "", None),
    ("Peru revokes permits of 2,000 informal gold miners", "", None),
    ("Myanmar junta halts rare earth mining in Kachin", "", None),
    ("Niger's junta suspends issuance of new mining permits for gold", "", None),
    ("Chile to create national lithium company", "", None),
    (
        "Indonesia's new regulation imposes 7.5% export duty on nickel pig iron",
        "",
        ("tariff", "ID", "*", False),
    ),
    (
        "Under new mining decree, Congo halts cobalt exports for four months",
        "",
        ("suspended", "CD", "*", False),
    ),
    (
        "Kazakhstan mining code bans export of rare earth concentrates",
        "",
        ("suspended", "KZ", "*", False),
    ),
    # third batch, written after the first changes, before the engine read it
    ("Indonesia revokes 2,000 mining business permits in nickel crackdown", "", None),
    ("Chile's Congress approves lithium strategy giving Codelco control", "", None),
    ("Zambia to take 30% free-carried stake in new copper mines", "", None),
    ("Congo suspends cobalt miner's operating licence over unpaid royalties", "", None),
    ("Mali suspends gold exploration permits pending mining code audit", "", None),
    ("Rwanda bans artisanal tin mining in northern province", "", None),
    ("Bolivia's YLB cancels lithium contracts with foreign firms", "", None),
    ("Laos halts issuing rare earth mining licences after pollution", "", None),
    ("Philippines to impose windfall tax on nickel miners from 2027", "", None),
    ("Peru's congress extends informal gold miners' registry to 2026", "", None),
    ("Zimbabwe's new mines act bans lithium ore exports", "", ("suspended", "ZW", "*", False)),
    (
        "Under new mining code, Mali imposes 3% export tax on gold",
        "",
        ("tariff", "ML", "*", False),
    ),
    (
        "DRC mining regulation caps cobalt exports at 96,600 tonnes",
        "",
        ("quota", "CD", "*", False),
    ),
    # fourth batch (true measures above all), written before the engine read it
    (
        "Mining Ministry: Indonesia to halt bauxite ore exports from June 10",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "Philippines' new mining fiscal regime adds 4% export tax on nickel ore",
        "",
        ("tariff", "PH", "*", False),
    ),
    ("India's mines ministry auctions lithium blocks in Jammu", "", None),
]


#: (title, summary, want): kind 2, money and stocks.
MONEY_STOCKS: list[Any] = [
    ("US Treasury finalises EV tax credit rules excluding Chinese graphite", "", None),
    ("Biden administration awards $3 billion in grants to lithium processors", "", None),
    ("China's state reserve bureau releases aluminium, copper and zinc from stockpiles", "", None),
    ("China's SRB to buy cobalt for state reserves - sources", "", None),
    ("Defense Logistics Agency seeks to buy antimony for national stockpile", "", None),
    ("South Korea to double strategic stockpile of rare earths by 2030", "", None),
    ("Kazakhstan caps domestic price of copper cathodes", "", None),
    ("Indonesia sets floor price for domestic nickel ore sales", "", None),
    ("EU approves EUR1bn state aid for German green steel plant", "", None),
    ("Canada offers 30% investment tax credit for critical minerals processing", "", None),
    ("Australia unveils A$7bn production tax credit for rare earth refiners", "", None),
    ("Norway grants aid package to aluminium smelters hit by power prices", "", None),
    ("Spain subsidises power for aluminium smelter to keep it open", "", None),
    ("UK extends GBP500m support for Tata Steel's Port Talbot", "", None),
    ("India launches critical minerals mission with incentives for lithium refining", "", None),
    ("China's central bank adds gold to reserves for 18th month", "", None),
    ("Indonesia's sovereign fund takes stake in nickel smelter", "", None),
    ("Zambia's state fund to buy stake in Mopani copper smelter", "", None),
    ("US Energy Department loan backs lithium plant in Nevada", "", None),
    ("Japan sets aside 100 billion yen to secure gallium and germanium supplies", "", None),
    ("Beijing considers selling copper from state reserves to cool prices", "", None),
    ("Chinese government to purchase 50,000 tonnes of aluminium for stockpile", "", None),
    ("US lawmakers propose tax credit for domestic graphite anodes", "", None),
    ("Philippines cuts power tariffs for nickel processing plants", "", None),
    ("India extends production-linked incentive scheme to specialty steel", "", None),
    (
        "Stockpile release: China sells state zinc reserves at auction",
        "The National Food and Strategic Reserves Administration sold 30,000 tonnes on Monday.",
        None,
    ),
    (
        "Treasury tightens battery sourcing rules",
        "Vehicles whose batteries contain graphite or cobalt from China lose the $7,500 credit.",
        None,
    ),
    (
        "Seoul to expand metal reserves",
        "The state procurement agency will buy lithium and cobalt to cover 100 days of demand.",
        None,
    ),
    # measures told in the same framings
    (
        "India raises aluminium import duty to 10% to shield subsidised smelters",
        "",
        ("tariff", "*", "IN", False),
    ),
    (
        "Korea scraps import tariff on lithium to support battery makers",
        "",
        ("resuming", "*", "KR", False),
    ),
    (
        "Japan cuts rare earth import duties to zero to aid magnet makers",
        "",
        ("resuming", "*", "JP", False),
    ),
    (
        "EU suspends import duties on unwrought aluminium to help downstream users",
        "",
        ("resuming", "*", "EU", False),
    ),
    (
        "Kazakhstan bans copper scrap exports to feed state-backed smelters",
        "",
        ("suspended", "KZ", "*", False),
    ),
    (
        "China imposes export licences on graphite to protect state reserves",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "US imposes 200% duties on Russian aluminium to protect subsidised smelters",
        "",
        ("tariff", "RU", "US", False),
    ),
    pytest.param(
        "Smelter subsidies and a new duty",
        "India imposed a 7.5% import duty on copper cathodes on Friday to protect local smelters.",
        ("tariff", "*", "IN", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a company word as a subsidy's adjective ('Smelter subsidies') before the "
            "title's duty noun is read as a company's view of the measure",
        ),
    ),
    # second batch, written after the first run, before the engine changed
    ("US EXIM Bank approves loan for Australian graphite mine", "", None),
    ("Export credit agency backs Zambian copper smelter", "", None),
    ("Japan's export-import bank funds lithium project in Argentina", "", None),
    ("US DFC takes equity stake in Brazilian rare earths miner", "", None),
    ("China to release state reserves of copper and aluminium next week - sources", "", None),
    ("Korea's KOMIR buys 2,000 tonnes of cobalt for strategic reserve", "", None),
    ("US lawmakers push bill to create strategic critical minerals reserve for cobalt", "", None),
    ("Vietnam sets price ceiling for domestic steel to curb inflation", "", None),
    ("Germany backs power price subsidy for aluminium and copper smelters", "", None),
    ("EU clean industry deal earmarks funds for green steel", "", None),
    (
        "Japan and US agree to remove tariffs on Japanese aluminium",
        "",
        ("resuming", "JP", "US", False),
    ),
    # third batch, written after the first changes, before the engine read it
    ("China's reserve bureau to auction 100,000 tonnes of state aluminium", "", None),
    ("US awards $400 million to MP Materials for rare earth magnet plant", "", None),
    ("EU clears state aid for Italian steelmaker Ilva", "", None),
    ("Japan subsidises domestic lithium refining with 15 billion yen", "", None),
    ("Korea lowers electricity tariffs for zinc and aluminium smelters", "", None),
    ("Indonesia sets nickel ore reference price higher for June", "", None),
    ("China's central bank pauses gold buying for first time in 18 months", "", None),
    ("Thailand offers tax holiday to rare earth processors", "", None),
    ("Chile caps lithium output under new state-led model", "", None),
    (
        "To shield state-backed mills, Vietnam imposes 25% duty on Chinese steel",
        "",
        ("tariff", "CN", "VN", False),
    ),
    (
        "Russia scraps export duty on nickel to support producers",
        "",
        ("resuming", "RU", "*", False),
    ),
    # fourth batch (true measures above all), written before the engine read it
    (
        "Indonesia slaps export levy on nickel pig iron to fund smelter subsidies",
        "",
        ("tariff", "ID", "*", False),
    ),
    ("China cuts export tax rebate for aluminium products", "", ("tariff", "CN", "*", False)),
    (
        "US doubles tariffs on Chinese graphite as EV credit rules tighten",
        "",
        ("tariff", "CN", "US", False),
    ),
    ("Japan's METI grants subsidies to Sumitomo Metal Mining for nickel refining", "", None),
]


#: (title, summary, want): kind 3, diplomacy and deals.
DIPLOMACY_1: list[Any] = [
    ("US and Australia sign critical minerals framework", "", None),
    ("EU, Chile ink raw materials partnership covering lithium and copper", "", None),
    ("Japan and Argentina sign MoU on lithium cooperation", "", None),
    ("Saudi Arabia and US agree offtake arrangement for rare earths", "", None),
    ("G7 communique calls for diverse critical minerals supply chains", "", None),
    ("G20 ministers pledge cooperation on critical minerals", "", None),
    ("Xi, Lula to discuss iron ore trade at Beijing summit", "", None),
    ("US, India launch initiative on critical minerals security", "", None),
    ("Trump and Albanese sign $8.5bn rare earths deal at White House", "", None),
    ("China and Russia agree to boost aluminium trade", "", None),
    ("US trade envoy to travel to Beijing for talks on rare earths", "", None),
    ("Ministers to discuss copper tariffs at APEC meeting", "", None),
    ("US and UK announce framework for trade deal covering steel", "", None),
    ("Japan, Philippines sign nickel supply memorandum", "", None),
    ("Kazakhstan, EU sign strategic partnership on rare earths and lithium", "", None),
    ("US, Ukraine sign minerals deal giving access to lithium and graphite", "", None),
    ("China and Brazil agree to settle iron ore trade in yuan", "", None),
    ("Canada, Germany sign critical minerals accord", "", None),
    ("Seoul says steel tariff talks with Washington set for next week", "", None),
    ("Indonesia, US to hold talks on nickel tariffs in Jakarta", "", None),
    ("EU-Australia free trade talks collapse over critical minerals", "", None),
    ("Japan's trade minister meets Chilean counterpart on copper supply", "", None),
    ("Peru's president meets Xi to discuss copper investment", "", None),
    ("Mineral Security Partnership backs Zambia cobalt project", "", None),
    ("US, China trade negotiators to meet in London; rare earths on agenda", "", None),
    ("Congo seeks US security deal in exchange for cobalt access", "", None),
    ("Philippine, US officials discuss nickel partnership in Manila", "", None),
    ("African Union summit adopts green minerals strategy on lithium and cobalt", "", None),
    (
        "Leaders meet",
        "Trump and Xi discussed tariffs, rare earths and fentanyl during a 90-minute call.",
        None,
    ),
    (
        "US, Japan agree critical minerals framework",
        "The two governments will coordinate stockpiles and investment in rare earths and graphite.",
        None,
    ),
    (
        "India, Chile conclude round of trade talks",
        "Negotiators discussed copper and lithium supply and tariffs on Indian goods.",
        None,
    ),
    # measures told in the same framings
    (
        "Under trade deal, US cuts tariffs on Japanese steel to 15%",
        "",
        ("resuming", "JP", "US", False),
    ),
    (
        "After summit, China lifts ban on Australian copper concentrate",
        "",
        ("resuming", "AU", "CN", False),
    ),
    ("US-UK deal removes tariffs on British steel", "", ("resuming", "GB", "US", False)),
    (
        "Following talks, Beijing suspends ban on gallium exports to US",
        "",
        ("resuming", "CN", "US", False),
    ),
    (
        "UK joins allies in banning imports of Russian aluminium",
        "",
        ("suspended", "RU", "GB", False),
    ),
]
