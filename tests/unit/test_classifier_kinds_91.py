"""Government and policy news that touches metals but is no trade measure on a metal's flow
(session 30), beside true measures told in the same framings.

Made-up headlines, labelled before the engine read them (README, "Trade-policy statuses" and
the paragraphs after it; the labelling rules of the blind sets' PROVENANCE.md). Kinds:

1. **Domestic mining policy**: royalties, mining codes, windfall and extraction taxes on miners,
   mining (not export) licences revoked or granted, nationalisation, state stakes, ambitions to
   process at home told without a measure: no event. Beside them, export measures told in the
   same framings (a mining law that bans ore exports, local processing ordered before export).
2. **Money and stocks**: subsidies, tax credits and their sourcing rules, strategic stockpiles
   bought or released, price caps on domestic sales, state funds for smelters: no event. Beside
   them, duties raised or cut for the same industries.
3. **Diplomacy and deals**: critical-minerals partnerships, memoranda, offtake deals, G7 and
   G20 statements, summits, talks held or set, frameworks told in general words: no event.
   Beside them, a measure made or lifted after talks or under a deal.
4. **Process without a measure**: a WTO dispute filed or ruled on, an anti-dumping petition or
   inquiry opened, a review started, a hearing, a call for comments, a suit against a tariff:
   no event. Beside them, duties imposed after an inquiry and a consultation launched on a
   measure (``proposed``, as ``test_classifier_kinds_60.py`` and ``_87.py`` read it).
5. **Sanctions and screening aimed at people or investment**: a tycoon or officials
   sanctioned, an acquisition blocked or a divestment ordered, technology firms listed: no
   event. Beside them, bans on a country's metal and export licences.

First time, on the engine before the change (labels written first; four batches, each
labelled before the engine read it). First batch (178: 142 non-measures, 36 measures), 168 right:
kind 1 31 of 38, kind 2 35 of 36, kind 3 39 of 39, kind 4 37 of 38, kind 5 26 of 27; 4 false
events (a licence "at" a gold mine revoked, miners required to sell ore "at benchmark price",
a body that "receives request for anti-dumping duties", "visa bans" on officials) and 6 measures
read wrong (two bans whose subject was "new mining law" or "mining code amendment", read as a
company's; local processing ordered of "bauxite miners"; a raise beside a levy that "ends" in an
"as" clause, read as the levy's end; a lede's duty under a title whose "Smelter subsidies" read
as a company's view; and one label). Second batch (53), on the same engine: 48 right (kind 1 14
of 16, kind 2 10 of 11, kind 3 10 of 10, kind 4 9 of 10, kind 5 5 of 6): "permits of 2,000
informal gold miners", "Court of International Trade upholds ... tariffs" and a "Kremlin-linked
nickel billionaire" sanctioned read as measures; "Under new mining decree, Congo halts ..." read
as a company's halt; "Japan and US agree to remove tariffs on Japanese aluminium" read with
Japan as the importer. Third batch (55), after the first changes: 51 right (kind 1 12 of 13,
kind 4 9 of 10, kind 5 7 of 9; the others all): a "cobalt miner's operating licence"
suspended, a "refiner's CEO" added to a sanctions list and an investor barred "from buying
stake" read as measures, and a trade-remedy body's recommendation (left out, below). Fourth
batch (17, true measures above all): 16 right, the one wrong "over nickel ore export permit
fraud" read as a licence. Over the 302 cases (232 non-measures, 70 measures) the engine before
the change reads 283 right: 11 false events, 6 measures missed and 2 read with a wrong field.

One label was put right after the first run, as the house reads it: "Congo to ban cobalt
concentrate exports under new mining code" was labelled ``proposed``; a government's own "X to
ban" is decided (``test_classifier_kinds_59.py``: "SMM: Indonesia to ban bauxite exports"; the
wire's labelling rules: "the government's own announcement that it will act"). Left out, the
sets disagreeing and the README silent: a trade-remedy body's recommendation of a duty ("India's
DGTR recommends anti-dumping duty on ..."; ``proposed`` in the older sets, no event in the later
ones, ``test_classifier_kinds_70.py``), a firm added to an entity or sanctions list (the
README's "a firm ... added" is the ban, the sixteenth set's rules read sanctions on a company as
no event), and a consultation next to a call for comments (a consultation launched on a measure
is ``proposed``, kept here as ``_60.py`` reads it; comments invited on one are no event).

Fixed, by kind (``tui/engine/classifier_policy_news.py`` unless named): a request, petition,
application or complaint "for" a measure that a body receives (not one it grants); a visa,
travel or entry ban, on people; a rule on the price of sales at home ("sell ... at benchmark
price") with no word of goods crossing a border; an investor barred from buying a stake; a
crime over a measure's papers ("permit fraud", "quota graft"); a mining permit named by "at" or
"on" a mine, by a holder after a number, or with the miner's possessive before it
(``classifier_nontrade.py``); a billionaire, magnate, CEO or chairman sanctioned or listed, and
a court named "Court of ..." that rules (``classifier_nonmeasures.py``); a mining law, code or
decree as the subject is the state's act, not a company's (``classifier_vetoes.py``); firms
ordered to process goods before exporting them, licensing (``classifier_trade_terms.py``); a
lapse in an "as" clause after an act of the main clause is its backdrop
(``classifier_read.py``); two governments that "agree" to end tariffs on one's goods, the
other's tariffs (``classifier_direction.py``). After: 301 of 302 right, no false event. Still
wrong (``xfail``, strict): the "Smelter subsidies" title. Event gate retrained after each
change: threshold 0.116 unmoved; ``row_changes.py main`` 0 rows lost, 0 gained.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, case_ids, check_kind

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[Any] = []

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
DIPLOMACY: list[Any] = [
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
    (
        "After failed talks, Canada imposes 25% surtax on US steel",
        "",
        ("tariff", "US", "CA", False),
    ),
    (
        "US agrees to scrap tariffs on Canadian aluminium after talks",
        "",
        ("resuming", "CA", "US", False),
    ),
    (
        "As summit ends, Indonesia halts bauxite exports",
        "",
        ("suspended", "ID", "*", False),
    ),
    # second batch, written after the first run, before the engine changed
    ("US and Japan sign agreement to coordinate rare earth stockpiles", "", None),
    ("Biden and Ramaphosa discuss platinum investment at White House", "", None),
    ("China, Indonesia sign nickel cooperation pact on Belt and Road sidelines", "", None),
    ("Ministers from 14 nations meet in Toronto on critical minerals and graphite", "", None),
    ("Zambia, US sign memorandum to develop copper and cobalt value chain", "", None),
    ("Putin, Modi discuss gold and diamond trade in Moscow", "", None),
    ("Australia and India agree to cooperate on lithium and cobalt projects", "", None),
    ("G7 finance ministers back price floor mechanism for rare earths", "", None),
    ("EU and US to negotiate critical minerals agreement covering lithium", "", None),
    (
        "After G7 summit, Canada bans imports of Russian aluminium",
        "",
        ("suspended", "RU", "CA", False),
    ),
    # third batch, written after the first changes, before the engine read it
    ("Blinken, Indonesian foreign minister discuss nickel and EV supply chains", "", None),
    ("US and Congo sign strategic partnership on cobalt and copper", "", None),
    ("Albanese to push critical minerals deal with Trump at G7", "", None),
    ("EU Global Gateway pledges EUR2bn for Zambia copper corridor", "", None),
    ("India, Argentina sign lithium exploration pact", "", None),
    ("Steel overcapacity on agenda as OECD forum meets in Paris", "", None),
    ("China and Indonesia to set up joint nickel research centre", "", None),
    ("Tokyo, Canberra reaffirm rare earths supply cooperation", "", None),
    ("Chinese premier visits Chile, pledges copper investment", "", None),
    ("US, EU reach framework deal on trade, leave steel for later talks", "", None),
    (
        "US and UK agree to scrap tariffs on British aluminium",
        "",
        ("resuming", "GB", "US", False),
    ),
    (
        "Following Xi-Lula talks, China lifts curbs on Brazilian iron ore",
        "",
        ("resuming", "BR", "CN", False),
    ),
    # fourth batch (true measures above all), written before the engine read it
    (
        "EU, Australia seal trade deal scrapping duties on Australian aluminium",
        "",
        ("resuming", "AU", "EU", False),
    ),
    (
        "After phone call with Xi, Trump lowers tariffs on Chinese steel",
        "",
        ("resuming", "CN", "US", False),
    ),
    ("US Commerce Secretary meets steel CEOs to discuss tariffs", "", None),
    ("WTO chief urges restraint on critical minerals export curbs", "", None),
]

#: (title, summary, want): kind 4, process without a measure.
PROCESS: list[Any] = [
    ("Indonesia lodges WTO complaint against EU steel safeguard", "", None),
    ("WTO panel sides with EU in nickel ore dispute with Jakarta", "", None),
    ("Argentina requests WTO panel over US steel tariffs", "", None),
    ("Commerce opens anti-dumping inquiry into Canadian aluminium sheet", "", None),
    ("Australia's Anti-Dumping Commission accepts application over Chinese zinc", "", None),
    ("EU launches anti-subsidy investigation into Chinese tin plate", "", None),
    ("India's DGTR initiates safeguard probe on copper wire rod imports", "", None),
    ("USTR opens public comment period on Section 301 graphite tariffs", "", None),
    ("ITC to hold hearing on aluminium foil from Korea", "", None),
    ("Importers sue to overturn copper tariffs at Court of International Trade", "", None),
    ("Trade court hears arguments in nickel duty case", "", None),
    ("Jewellers sue Indian government over gold import duty hike", "", None),
    ("Canada launches review of its steel safeguard", "", None),
    ("Korea Trade Commission sets hearing on Chinese graphite anodes", "", None),
    ("Lithium producers file dumping complaint against Chinese hydroxide", "", None),
    ("Commerce issues preliminary determination in aluminium extrusions case", "", None),
    ("Japan requests WTO consultations over Chinese rare earth controls", "", None),
    ("Senate panel holds hearing on copper supply and tariffs", "", None),
    ("EU begins expiry review of duties on Chinese aluminium foil", "", None),
    ("Turkey's trade ministry receives petition for duties on Russian steel", "", None),
    ("Supreme Court to hear challenge to Trump's steel tariffs", "", None),
    ("Thailand opens anti-circumvention inquiry into Vietnamese steel", "", None),
    ("ITC votes that Korean steel imports injure US industry", "", None),
    ("WTO appellate ruling on Indian steel duties expected next month", "", None),
    ("Mexico's economy ministry starts sunset review of steel pipe duties", "", None),
    ("Brazil's Gecex receives request for anti-dumping duties on Chinese steel", "", None),
    ("Federal judge dismisses suit over aluminium tariffs", "", None),
    (
        "EU opens probe into Chinese steel",
        "The Commission said it would examine whether subsidised imports harm EU producers.",
        None,
    ),
    (
        "Washington seeks input on copper",
        "Commerce asked for public comments by March 1 on imports of copper and its derivatives.",
        None,
    ),
    (
        "WTO dispute: China challenges US aluminium tariffs",
        "Beijing requested consultations, the first step in a WTO dispute.",
        None,
    ),
    # measures told in the same framings
    (
        "After probe, India imposes anti-dumping duty on Chinese aluminium foil",
        "",
        ("tariff", "CN", "IN", False),
    ),
    (
        "EU imposes provisional duties on Chinese tin plate after investigation",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Commerce issues anti-dumping order on Vietnamese aluminium wire",
        "",
        ("tariff", "VN", "US", False),
    ),
    (
        "Mexico raises steel import tariffs after safeguard review",
        "",
        ("tariff", "*", "MX", False),
    ),
    (
        "South Africa slaps safeguard duty on steel imports following inquiry",
        "",
        ("tariff", "*", "ZA", False),
    ),
    (
        "Following WTO ruling, US lifts steel tariffs on Turkey",
        "",
        ("resuming", "TR", "US", False),
    ),
    (
        "Canada opens consultation on export tax on lithium concentrate",
        "",
        ("tariff", "CA", "*", True),
    ),
    (
        "Australia launches consultation on quotas for steel imports",
        "",
        ("quota", "*", "AU", True),
    ),
    # second batch, written after the first run, before the engine changed
    ("Steelmakers ask Ottawa to open anti-dumping probe into Chinese steel rebar", "", None),
    ("European Commission receives complaint on aluminium extrusions from China", "", None),
    ("Indian aluminium makers seek safeguard duty probe", "", None),
    ("ITC sets schedule for final phase of tin mill steel investigation", "", None),
    ("Court of International Trade upholds Section 232 steel tariffs", "", None),
    ("WTO members raise concerns over Indonesian nickel ore rules", "", None),
    ("Commerce to hold public hearing on Section 232 copper probe", "", None),
    ("Canadian tribunal finds dumped Chinese steel wire injured producers", "", None),
    (
        "Commerce imposes preliminary anti-dumping duties on Chinese graphite",
        "",
        ("tariff", "CN", "US", False),
    ),
    (
        "India imposes anti-dumping duty on Chinese steel after DGTR probe",
        "",
        ("tariff", "CN", "IN", False),
    ),
    # third batch, written after the first changes, before the engine read it
    ("Commerce extends deadline for final ruling in aluminium foil case", "", None),
    ("Canada's CITT begins inquiry into steel wire injury", "", None),
    ("EU steel safeguard review: Commission seeks stakeholders' views", "", None),
    ("USTR hearing on Section 301 tariffs draws copper and graphite users", "", None),
    ("Appeals court hears case on Trump's tariffs on steel derivatives", "", None),
    ("WTO panel established to hear Chinese complaint on EU steel duties", "", None),
    ("Australia terminates anti-dumping inquiry into Korean zinc", "", None),
    (
        "Canada imposes anti-dumping duties on Chinese steel wire after CITT inquiry",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Indonesia lifts bauxite export ban after court ruling",
        "",
        ("resuming", "ID", "*", False),
    ),
    # fourth batch (true measures above all), written before the engine read it
    (
        "Following sunset review, Australia extends anti-dumping duties on Chinese aluminium "
        "extrusions",
        "",
        ("tariff", "CN", "AU", False),
    ),
    (
        "Brazil's Gecex approves anti-dumping duties on Chinese steel pipes",
        "",
        ("tariff", "CN", "BR", False),
    ),
    ("Indonesian court jails former officials over nickel ore export permit fraud", "", None),
]

#: (title, summary, want): kind 5, sanctions and screening aimed at people or investment.
SCREENING: list[Any] = [
    ("Britain sanctions Russian metals tycoon and his yacht", "", None),
    ("EU freezes assets of steel magnate linked to Kremlin", "", None),
    ("Canberra orders Chinese investors to sell stakes in rare earths miner", "", None),
    ("Canada blocks Chinese purchase of lithium explorer on security grounds", "", None),
    ("Biden blocks Nippon Steel's takeover of U.S. Steel", "", None),
    ("Commerce adds 20 Chinese chip firms to entity list", "", None),
    ("Germany vetoes Chinese stake in aluminium recycler", "", None),
    ("UK sanctions leaders of gold smuggling network", "", None),
    ("US Treasury sanctions Venezuelan officials over gold trade", "", None),
    ("Japan freezes assets of Russian nickel magnate", "", None),
    ("Australia tightens foreign investment rules for critical minerals", "", None),
    ("US bars investment in Chinese quantum and AI firms", "", None),
    ("EU screens Chinese bid for Spanish lithium refinery", "", None),
    ("Ottawa orders Chinese firms to divest from three lithium miners", "", None),
    ("US imposes visa bans on Zimbabwean officials over gold smuggling", "", None),
    ("OFAC sanctions Congolese businessman over cobalt smuggling", "", None),
    ("Ukraine sanctions Russian steel executives", "", None),
    ("Italy uses golden power to block sale of steel plant to Chinese buyer", "", None),
    ("CFIUS clears Japanese acquisition of US graphite miner", "", None),
    (
        "Aluminium tycoon sanctioned",
        "Washington added the billionaire and two of his relatives to its sanctions list.",
        None,
    ),
    (
        "Takeover blocked",
        "Canberra rejected a Chinese bid for a stake in a lithium miner, citing national interest.",
        None,
    ),
    # measures told in the same framings
    (
        "US bans imports of Russian aluminium, copper and nickel",
        "",
        ("suspended", "RU", "US", False),
    ),
    (
        "London bars Russian steel processed in third countries",
        "",
        ("suspended", "RU", "GB", False),
    ),
    ("Ottawa bans imports of Russian platinum", "", ("suspended", "RU", "CA", False)),
    (
        "EU bans Belarusian steel imports in new sanctions round",
        "",
        ("suspended", "BY", "EU", False),
    ),
    (
        "US imposes export licence requirement on gallium shipments to China",
        "",
        ("licensing", "US", "CN", False),
    ),
    ("Washington bans imports of Iranian steel and copper", "", ("suspended", "IR", "US", False)),
    # second batch, written after the first run, before the engine changed
    ("Canada orders Chinese state firm to exit lithium miner stake", "", None),
    ("UK sanctions Kremlin-linked nickel billionaire", "", None),
    ("US imposes travel ban on Guinean junta leaders over bauxite deals", "", None),
    ("Mexico blocks Chinese firm's purchase of lithium concession", "", None),
    ("Australian treasurer blocks Chinese-linked investment in rare earths miner", "", None),
    ("US imposes sanctions on Russian gold imports", "", ("suspended", "RU", "US", False)),
    # third batch, written after the first changes, before the engine read it
    ("US Treasury adds Russian gold refiner's CEO to sanctions list", "", None),
    ("Canada freezes assets of aluminium oligarch's family", "", None),
    ("EU bars Chinese investor from buying stake in Swedish graphite miner", "", None),
    ("Japan tightens screening of foreign investment in rare earths firms", "", None),
    ("UK blocks sale of copper cable maker to Chinese-owned bidder", "", None),
    ("Washington adds Chinese AI chip designers to export blacklist", "", None),
    ("Treasury sanctions Sudanese militia leader over gold mines", "", None),
    ("UK bans imports of Russian silver and platinum", "", ("suspended", "RU", "GB", False)),
    (
        "Japan bans exports of steel and aluminium to Russia",
        "",
        ("suspended", "JP", "RU", False),
    ),
    # fourth batch (true measures above all), written before the engine read it
    (
        "UK adds Russian copper and nickel to import ban list",
        "",
        ("suspended", "RU", "GB", False),
    ),
    (
        "US sanctions target Russian palladium imports",
        "",
        ("suspended", "RU", "US", False),
    ),
    ("Canada bans exports of rare earths to Russia", "", ("suspended", "CA", "RU", False)),
]


@pytest.mark.parametrize(("title", "summary", "want"), MINING_POLICY, ids=case_ids(MINING_POLICY))
def test_domestic_mining_policy_is_no_trade_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), MONEY_STOCKS, ids=case_ids(MONEY_STOCKS))
def test_money_and_stocks_are_no_trade_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), DIPLOMACY, ids=case_ids(DIPLOMACY))
def test_diplomacy_and_deals_are_no_trade_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), PROCESS, ids=case_ids(PROCESS))
def test_process_without_a_measure_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), SCREENING, ids=case_ids(SCREENING))
def test_sanctions_on_people_or_investment_are_no_trade_measure(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)
