"""Cases of ``test_classifier_kinds_68.py`` (SANCTIONED, NO_MEASURE, MOODS, SWEEP), labelled before
the engine read them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

import pytest
from kinds_cases import Want

#: (title, summary, want): kind 3, sanctions on a state's people or on a bank.
SANCTIONED: list[tuple[str, str, Want]] = [
    (
        "US sanctions Russian oligarch with aluminium holdings",
        "The Treasury froze the US assets of a businessman it said had close ties to the Kremlin and owns stakes in aluminium and energy companies.",
        None,
    ),
    (
        "Treasury sanctions Iranian bank over metals trade financing",
        "The Office of Foreign Assets Control designated the bank for processing payments for steel and copper exports.",
        None,
    ),
    ("UK sanctions three individuals over Wagner-linked gold smuggling", "", None),
    ("EU blacklists Belarusian potash executive and steel tycoon", "", None),
    ("OFAC designates Hong Kong shell companies shipping Iranian steel", "", None),
    (
        "US sanctions Venezuelan officials tied to illegal gold mining",
        "The Treasury Department named four officials it said profited from illegal mining in the Orinoco arc.",
        None,
    ),
    ("Canada sanctions Myanmar military-linked jade and tin traders", "", None),
    ("Swiss freeze assets of Russian nickel magnate's relatives", "", None),
    ("US lifts sanctions on Deripaska associate after appeal", "", None),
    ("EU sanctions North Korean network trading rare earths", "", None),
    ("US sanctions Russian officials linked to gold smuggling", "", None),
    ("UK sanctions Zimbabwe ministers over gold graft", "", None),
    ("EU sanctions Belarus officials involved in potash and steel schemes", "", None),
    ("Washington sanctions Congolese lawmakers tied to cobalt smuggling", "", None),
    ("Treasury sanctions Hong Kong bank over Iranian steel payments", "", None),
    ("US sanctions Venezuela's gold sector", "", ("suspended", "VE", "US", False)),
    ("UK sanctions Russian aluminium imports", "", ("suspended", "RU", "GB", False)),
    ("UK sanctions Kyrgyz bank over Russian gold payments", "", None),
    ("EU sanctions Chinese banks financing Russian aluminium trade", "", None),
    ("US sanctions Sudanese generals over gold trade with Wagner", "", None),
    ("Canada sanctions Russian steel tycoon's family members", "", None),
    ("EU sanctions Myanmar officials tied to rare earth mining", "", None),
    ("US sanctions Turkish bank accused of moving Iranian gold", "", None),
    # batch 4, written after all the fixes
    ("US sanctions Guinean officials over bauxite corruption", "", None),
    ("UK sanctions Russian bank that financed nickel trades", "", None),
    ("EU sanctions Iranian generals linked to copper smuggling", "", None),
    ("US sanctions Iran's steel and copper sectors", "", ("suspended", "IR", "US", False)),
]


#: (title, summary, want): kind 4, a measure denied by "no" and a time.
NO_MEASURE: list[tuple[str, str, Want]] = [
    (
        "Ministry denies plan to ban ore exports",
        "The mining ministry said reports that it would ban iron ore exports from next year were false.",
        None,
    ),
    ("Indonesia denies report it will curb nickel pig iron exports", "", None),
    ("China says no plans to restrict rare earth exports to Japan", "", None),
    (
        "Peru rules out copper export tax, minister says",
        "Economy minister said the government would not tax copper exports, despite calls from some lawmakers to raise revenue from mining.",
        None,
    ),
    ("Chile denies it is considering lithium export restrictions", "", None),
    ("White House says reports of imminent copper tariff are 'fake news'", "", None),
    ("Zambia dismisses talk of manganese export ban", "", None),
    ("Philippines' trade chief: no nickel ore export ban this year", "", None),
    (
        "Guinea denies bauxite export suspension after junta meeting",
        "Officials said shipments were continuing normally and that a meeting with miners had been about royalties, not exports.",
        None,
    ),
    ("Kremlin dismisses talk of palladium export curbs as speculation", "", None),
    ("Vietnam customs refutes claim it halted steel imports from China", "", None),
    ("EU officials deny plan to scrap aluminium safeguard", "", None),
    ("Indonesia: no bauxite export ban this year, minister says", "", None),
    ("Zimbabwe minister: no lithium export ban in 2026", "", None),
    ("Chile says no copper export tax next year", "", None),
    ("No new steel tariffs before election, Canadian official says", "", None),
    ("Philippine trade secretary: no nickel export levy until mines ready", "", None),
    ("Indonesia bans bauxite exports, no exceptions", "", ("suspended", "ID", "*", False)),
    pytest.param(
        "Congo says no cobalt export ban extension planned",
        "",
        None,
        marks=pytest.mark.xfail(
            reason='"no ... ban extension planned": the denial\'s noun is the extension',
            strict=True,
        ),
    ),
    ("Indonesia's energy ministry: no nickel export tax in 2026", "", None),
    ("Guinea denies it will halt bauxite exports", "", None),
    ("US official: no new aluminium tariffs before talks end", "", None),
    # batch 4, written after all the fixes
    ("Kazakh minister: no uranium export curbs this year", "", None),
    ("No aluminium tariff hike until review ends, Ottawa says", "", None),
    ("Malaysia: no rare earth export ban in 2026", "", None),
]


#: (title, summary, want): kind 5, a market moved by bets or hopes on a measure.
MOODS: list[tuple[str, str, Want]] = [
    (
        "Copper slips as traders weigh tariff risk ahead of Fed meeting",
        "Three-month copper on the London Metal Exchange fell 0.8% to $9,410 a tonne by 1030 GMT. Traders are watching for any decision on US import tariffs on the metal.",
        None,
    ),
    ("LME aluminium hits two-week high on supply worries", "", None),
    (
        "Nickel falls 3% as Indonesian output surges",
        "Benchmark nickel fell to $15,200 a tonne, its lowest in a month, as Indonesian miners received larger ore quotas for the year.",
        None,
    ),
    ("Gold steadies near record as tariff fears support haven demand", "", None),
    (
        "Goldman raises copper forecast, sees US tariff pulling metal into Comex",
        "Goldman Sachs raised its 12-month copper target to $11,000 a tonne, saying the prospect of US import duties would keep drawing metal into Comex warehouses.",
        None,
    ),
    ("Citi cuts aluminium outlook on demand worries, tariff drag", "", None),
    ("Comex-LME copper spread widens to record on tariff bets", "", None),
    (
        "Iron ore futures extend losses as China steel output curbs bite",
        "Dalian iron ore slid 2.1% after several Chinese provinces ordered mills to cut crude steel production to meet emissions targets.",
        None,
    ),
    ("Zinc premiums in Rotterdam climb as smelter cuts tighten supply", "", None),
    (
        "Tin surges to three-year high after Myanmar mining region delays restart",
        "LME tin rose 4% to $35,100 after authorities in Wa State said a mining suspension in place since August would last longer than expected.",
        None,
    ),
    ("Lithium carbonate prices rebound in China on restocking", "", None),
    (
        "Morgan Stanley: gallium price spike likely to fade as export curbs ease",
        "Morgan Stanley analysts said Chinese exporters were receiving licences faster, and expected European gallium prices to fall 20% over six months.",
        None,
    ),
    (
        "Steel rebar futures in Shanghai drop to lowest since 2017",
        "Rebar on the Shanghai Futures Exchange fell 1.9% as property sales stayed weak, while analysts noted new US and EU tariffs limit China's export outlet.",
        None,
    ),
    ("Silver outperforms gold as industrial demand recovers", "", None),
    ("Analysts say copper's tariff premium could unwind quickly", "", None),
    (
        "Cobalt hydroxide payables climb to 95% amid tight supply",
        "Payables for cobalt hydroxide rose to 95% of the metal price this week, Fastmarkets assessed, as traders scrambled for material after Congo's export quota system left the market short.",
        None,
    ),
    ("Copper spread widens on tariff bets", "", None),
    ("Aluminium premium climbs on tariff wagers", "", None),
    ("Nickel rallies on export ban hopes", "", None),
    ("Comex copper premium narrows as tariff bets unwind", "", None),
    ("Zinc jumps on tariff optimism", "", None),
    ("Aluminium's Midwest premium eases from record as tariff bets fade", "", None),
    ("UBS lifts gold target to $4,000, citing trade war hedging", "", None),
    ("Silver jumps 4% on industrial demand, tariff speculation", "", None),
    ("Copper heads for weekly gain on hopes of tariff truce", "", None),
    # batch 4, written after all the fixes
    ("Nickel slides as export ban hopes fade", "", None),
    ("Cobalt climbs on quota bets", "", None),
    ("Aluminium premium firms on tariff wagers", "", None),
]


#: (title, summary, want): the other genres, read right first time (batches 1 and 3).
SWEEP_1: list[tuple[str, str, Want]] = [
    ("Alcoa swings to quarterly profit despite tariff costs on Canadian metal", "", None),
    (
        "Nucor cuts third-quarter guidance, citing softer demand and Section 232 uncertainty",
        "Nucor said it expected earnings per share of $1.40 to $1.50, below analyst estimates, as buyers held off orders while the administration reviews steel tariffs.",
        None,
    ),
    (
        "Freeport keeps copper sales forecast; says US tariff exposure limited",
        "The miner said most of its cathode is sold in Asia and that any US import duty on refined copper would have a limited effect on earnings.",
        None,
    ),
    (
        "BlueScope profit falls 30% as anti-dumping duties fail to stem Asian imports",
        "The Australian steelmaker said duties imposed in 2023 on galvanised coil from Vietnam and Korea had not stopped low-priced imports into its home market.",
        None,
    ),
    ("Rio Tinto's aluminium earnings jump on Midwest premium after US tariffs", "", None),
    (
        "Thyssenkrupp steel unit warns of losses as EU safeguard quota fills early",
        "The country-specific quota for Indian hot-rolled coil was exhausted within days of opening, Thyssenkrupp said, but lower-priced material from other origins kept flowing.",
        None,
    ),
    ("Norsk Hydro Q2 beats estimates; CEO sees tariff headwinds easing", "", None),
    (
        "Glencore trims cobalt output guidance after Congo export halt hits sales",
        "Glencore said second-half cobalt sales would be lower because of the suspension of exports from the Democratic Republic of Congo earlier this year.",
        None,
    ),
    ("POSCO first-half operating profit slides on weak China demand, US duties", "", None),
    (
        "Antofagasta lifts dividend as copper price offsets tariff jitters",
        "The Chilean miner said copper averaged $4.30 a pound in the half, and it did not expect proposed US duties on refined copper to affect its concentrate sales to China.",
        None,
    ),
    ("Tata Steel's Europe arm posts narrower loss; flags quota constraints", "", None),
    (
        "Vale raises nickel guidance; says Indonesian ore policy a tailwind",
        "Vale Base Metals now expects 175,000 tonnes of nickel this year. Indonesia's ore export ban, in place since 2020, continues to support demand for its Canadian and Brazilian output, the company said.",
        None,
    ),
    ("Boliden sees zinc smelter margins squeezed by treatment charges, tariffs", "", None),
    (
        "Century Aluminum shares jump after earnings top forecasts on tariff-driven premiums",
        "Century Aluminum reported quarterly earnings above analyst estimates as the US Midwest premium stayed near record highs following the 50% tariff on imported aluminium.",
        None,
    ),
    ("Hindalco's Novelis flags $200 million tariff hit, keeps aluminium shipment goal", "", None),
    ("Southern Copper profit rises; CEO says US levy talk has not changed sales plans", "", None),
    (
        "JSW Steel Q3 margin shrinks as safeguard duty fails to lift prices",
        "Domestic prices stayed weak despite the 12% safeguard duty imposed earlier this year, the company said.",
        None,
    ),
    ("Sibanye cuts PGM guidance, blames Russian palladium flows", "", None),
    (
        "US aluminium producers petition for duties on Canadian imports",
        "The Aluminum Association's trade enforcement working group filed petitions with the Commerce Department and the ITC alleging unfair pricing of Canadian billet.",
        None,
    ),
    (
        "Copper fabricators urge Commerce to exclude cathode from tariffs",
        "In comments filed on Monday, wire and cable makers said a tariff on refined copper would raise costs for US manufacturers without adding mining capacity.",
        None,
    ),
    ("EU steelmakers lobby Brussels to tighten safeguard before it expires", "", None),
    ("ITC schedules public hearing on tin mill products case", "", None),
    (
        "Commerce opens comment period on critical minerals probe",
        "Interested parties have 21 days to submit comments on the Section 232 investigation into processed critical minerals, the department said.",
        None,
    ),
    (
        "Indian steel association seeks safeguard duty on Chinese imports",
        "The Indian Steel Association asked the Directorate General of Trade Remedies to impose a 25% safeguard duty, saying imports from China had surged.",
        None,
    ),
    ("Australian nickel miners call on Canberra to act against Indonesian oversupply", "", None),
    ("Canada's steel unions press Ottawa for stronger trade remedies", "", None),
    (
        "US opens anti-dumping investigation into aluminium wire from Mexico",
        "The Commerce Department said it would determine by April whether imports were sold at less than fair value; the ITC will make a preliminary injury finding in 45 days.",
        None,
    ),
    pytest.param(
        "Zinc users testify against proposed duties at ITC hearing",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="the learned gate vetoed it at 0.112; retrained at 0.103 (session 32) it does not",
        ),
    ),
    ("Japanese steelmakers submit comments opposing US quota proposal", "", None),
    ("Brazil's aluminium association files dumping complaint against Chinese foil", "", None),
    ("Lithium industry group asks White House for tariff on Chinese hydroxide", "", None),
    (
        "EU launches anti-subsidy probe into Indonesian stainless steel",
        "The European Commission opened an investigation on Tuesday, following a complaint by Eurofer, and has 13 months to decide on any duties.",
        None,
    ),
    ("Steel unions urge Ottawa to match US tariffs on Chinese steel", "", None),
    ("Tin users ask EU to drop proposed import duty", "", None),
    ("Indonesian smelter group calls for higher nickel ore royalties", "", None),
    ("US commerce department invites comments on copper scrap export curbs", "", None),
    (
        "US and Japan hold talks on steel trade in Tokyo",
        "Officials discussed excess capacity and the existing US tariffs on Japanese steel, but no agreement was reached, a Japanese trade ministry official said.",
        None,
    ),
    (
        "Chinese vice premier visits Chile, discusses copper cooperation",
        "He met President Boric and mining executives to discuss copper and lithium investment, Chinese state media reported.",
        None,
    ),
    ("Albanese and Trump speak by phone about critical minerals, tariffs", "", None),
    (
        "EU trade chief to meet US counterpart over steel and aluminium dispute",
        "The meeting in Brussels follows months of stalled talks on replacing the tariff-rate quota arrangement.",
        None,
    ),
    ("India, Australia sign memorandum on lithium supply chains", "", None),
    (
        "Indonesia and EU resume negotiations on nickel dispute",
        "Negotiators returned to the table after the WTO ruled against Indonesia's nickel ore export ban in 2022; Jakarta has appealed the ruling.",
        None,
    ),
    ("G7 leaders pledge to diversify rare earth supplies at summit", "", None),
    ("Korean delegation in Washington seeks clarity on copper tariff timing", "", None),
    (
        "Mexico's economy minister travels to Ottawa for steel talks",
        "Marcelo Ebrard said he would discuss coordination on steel with Canadian officials but that no new measures were on the table.",
        None,
    ),
    ("Peru, China mark anniversary of trade pact with copper forum", "", None),
    ("Xi and Lula discuss iron ore, soybeans at Beijing meeting", "", None),
    ("Kazakhstan president hosts investors ahead of uranium and copper summit", "", None),
    ("UK, Norway agree to deepen cooperation on aluminium decarbonisation", "", None),
    ("US envoy tours Congo cobalt mines as Washington courts Kinshasa", "", None),
    ("Chile, US trade ministers discuss copper at Washington meeting", "", None),
    ("Modi and Albanese talk critical minerals, steel in phone call", "", None),
    ("Japan, Indonesia to hold nickel dialogue next month", "", None),
    ("Brazil's Lula to visit Beijing; iron ore high on agenda", "", None),
    ("What the 2018 steel tariffs taught us", "", None),
    (
        "Explainer: how Indonesia's nickel ore ban reshaped the industry",
        "Since Jakarta banned ore exports in 2020, Chinese investors have built dozens of smelters in Sulawesi and Halmahera.",
        None,
    ),
    ("Opinion: Copper tariffs would hurt the very manufacturers they aim to protect", "", None),
    (
        "How China's 2010 rare earth quotas backfired",
        "Beijing cut export quotas by 40% in 2010. Prices spiked, then collapsed as buyers found alternatives and the WTO ruled against the quotas.",
        None,
    ),
    ("Five years on, Zimbabwe's lithium ore export ban shows mixed results", "", None),
    ("Column: The aluminium tariff that never was", "", None),
    (
        "A brief history of US steel protectionism",
        "From Nixon's voluntary restraints to the 2002 safeguard and the 2018 Section 232 tariffs, Washington has repeatedly tried to shield its steelmakers.",
        None,
    ),
    (
        "Q&A: Why gallium matters and what export controls mean",
        "China imposed licensing requirements on gallium and germanium exports in 2023. Here is what that means for chipmakers.",
        None,
    ),
    ("Editorial: Resource nationalism is back in Africa's copper belt", "", None),
    (
        "Why the Philippines keeps talking about banning nickel ore exports",
        "Lawmakers have floated an ore export ban several times since 2014, each time dropping it after pushback from miners.",
        None,
    ),
    ("Lessons from the Smoot-Hawley era for today's metal markets", "", None),
    ("FT Big Read: the battle for Bolivia's lithium", "", None),
    ("Podcast: tin, tariffs and the semiconductor boom", "", None),
    ("Analysis: Does China's graphite licensing regime actually bite?", "", None),
    ("How Washington's 2002 steel safeguard unravelled", "", None),
    ("Opinion: A lithium export ban is the wrong answer for Zimbabwe", "", None),
    ("Ten years after China's rare earth quota fight at the WTO", "", None),
    ("The long shadow of Indonesia's 2014 mineral ore ban", "", None),
    ("Chile's copper exports rose 5% in May", "", None),
    (
        "China's aluminium exports fall for third month, customs data show",
        "Exports of unwrought aluminium and products fell to 480,000 tonnes in August, the General Administration of Customs said, after Beijing scrapped tax rebates last year.",
        None,
    ),
    ("Japan crude steel output down 4% year on year in October", "", None),
    ("Australia iron ore shipments to China hit record in March", "", None),
    ("Peru zinc production climbs 8% in first quarter", "", None),
    (
        "India's steel imports from Korea jump 40% in April-June",
        "Imports from South Korea rose to 1.2 million tonnes in the quarter, government data showed, even as domestic mills pressed for a safeguard duty.",
        None,
    ),
    (
        "US aluminium imports slump after tariffs, Census data show",
        "Imports of primary aluminium fell 18% in the first quarter compared with a year earlier, the Census Bureau said.",
        None,
    ),
    ("Indonesia's nickel pig iron exports reach all-time high", "", None),
    (
        "Congo cobalt exports drop 30% in first half",
        "Shipments fell after the government halted exports for four months earlier this year and then introduced quotas.",
        None,
    ),
    (
        "China rare earth exports rebound in July",
        "Exports rose 11% from June to 5,100 tonnes as licences issued under April's control regime started to flow.",
        None,
    ),
    ("Brazil iron ore exports steady in November at 34 million tonnes", "", None),
    ("World steel production dips 1.2% in September - worldsteel", "", None),
    ("Vietnam's steel shipments to EU fall sharply in Q3", "", None),
]
