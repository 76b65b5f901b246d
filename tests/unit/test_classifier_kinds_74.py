"""News that sits close to a measure without reporting one (session 28; part 2 of
2), in made-up phrasings. How the cases were written, every kind's first reading and the kinds
fixed are in ``test_classifier_kinds_73.py``'s docstring (kinds 8-14 here: features and views,
measures on other things, rules on mining at home, disruptions, figurative words, enforcement,
a state's own market).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' vetoes.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 8, explainers, timelines, Q&A, views, columns and interviews.
FEATURES: list[tuple[str, str, Want]] = [
    ("What the Section 232 tariffs mean for aluminium buyers", "", None),
    ("Explainer: how China's gallium and germanium licences work", "", None),
    ("Timeline: Indonesia's nickel ore export bans since 2014", "", None),
    ("Q&A: Will the US copper tariff cover cathodes?", "", None),
    ("Opinion: Zimbabwe's lithium export ban is a mistake", "", None),
    ("Column: Steel tariffs are here to stay, whoever wins", "", None),
    (
        "Interview: Chile's mining minister on royalties, lithium and US tariffs",
        "The minister spoke to reporters in Santiago about the new royalty law and the copper "
        "market.",
        None,
    ),
    ("Why Beijing's antimony curbs matter for ammunition makers", "", None),
    ("How a tin export ban in Indonesia would ripple through electronics", "", None),
    ("Analysis: Guinea's bauxite crackdown tests Chinese buyers", "", None),
    ("Five charts on the EU's steel safeguard", "", None),
    ("Podcast: the rare earths export control playbook", "", None),
    ("Viewpoint: Scrap the tariffs on Canadian aluminium", "", None),
    ("Your questions answered on the new cobalt quota system", "", None),
    # written after the first fixes, labelled before running (batch 2)
    ("Op-ed: Washington should drop its aluminium tariffs", "", None),
    ("Guest column: Jakarta's ore export ban worked for nickel", "", None),
    ("Letters: The steel safeguard hurts small fabricators", "", None),
    ("Chronology: US tariffs on Canadian steel and aluminium", "", None),
    ("Recap: the week's tungsten export quota news", "", None),
    ("Interview: the trader who saw the cobalt export quota coming", "", None),
    ("Recap: India raises gold import duty to 15%", "", ("tariff", "*", "IN", False)),
]


#: (title, summary, want): kind 9, measures on other things in metals news (ships, visas, fees).
OTHER_THINGS: list[tuple[str, str, Want]] = [
    ("US port fees on Chinese-built ships to lift freight for aluminium cargoes", "", None),
    ("Indonesia tightens visas for Chinese workers at nickel smelters", "", None),
    ("UK sanctions tankers carrying Russian oil; copper prices steady", "", None),
    (
        "Treasury sanctions three vessels that shipped Iranian steel",
        "The ships' owners in the Marshall Islands were added to the SDN list.",
        None,
    ),
    ("Panama Canal raises transit fees, bulk carriers of iron ore hit", "", None),
    ("Chile bans foreign fishing fleets near lithium port", "", None),
    ("Peru imposes state of emergency on copper corridor roads", "", None),
    ("Australia tightens foreign investment rules for critical minerals", "", None),
    ("South Africa raises electricity tariffs for smelters by 12.7%", "", None),
    pytest.param(
        "EU carbon border levy reporting rules confuse steel importers",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'rules' of a border levy read as licensing; the confusion is the news "
                "(left: CBAM's own status is not in the house vocabulary)"
            ),
        ),
    ),
    ("China restricts work permits for foreign geologists", "", None),
    ("Guinea bans night driving of bauxite trucks after accidents", "", None),
    # written after the first fixes, labelled before running (batch 2)
    ("EU sanctions 20 tankers and a copper trader's ships", "", None),
    ("UK sanctions vessels carrying Russian aluminium", "", None),
    ("US sanctions Iranian steel and aluminium sector", "", ("suspended", "IR", "US", False)),
]


#: (title, summary, want): kind 10, a government's rule on mining at home: taxes, royalties,
#: permits.
AT_HOME: list[tuple[str, str, Want]] = [
    ("Zambia raises mineral royalty on copper to 10%", "", None),
    ("Mongolia imposes windfall tax on copper and gold miners", "", None),
    (
        "Chile's Senate approves new copper mining royalty",
        "The tax on large miners' operating margin will range up to 47%.",
        None,
    ),
    ("Peru revokes licence of illegal gold miners in Madre de Dios", "", None),
    ("Congo suspends permit of Chinese cobalt miner over pollution", "", None),
    ("Mali nationalises gold mine after dispute with Barrick", "", None),
    ("Zimbabwe grants lithium mining licence to Chinese firm", "", None),
    ("Panama orders closure of First Quantum copper mine", "", None),
    ("Serbia revokes Rio Tinto's lithium project licences", "", None),
    ("Indonesia cuts nickel mining quota for 2026", "", None),
    ("Philippines lifts ban on new open-pit mines", "", None),
    ("Burkina Faso raises gold mining tax", "", None),
    ("Kazakhstan doubles extraction tax on tungsten", "", None),
    ("Guinea revokes 50 bauxite exploration permits", "", None),
    # written after the first fixes, labelled before running (batch 2)
    ("Ghana suspends licence of Chinese-owned gold mine", "", None),
    ("DRC revokes permits for cobalt smelter in Lualaba", "", None),
    ("Indonesia revokes export licence of nickel trader", "", ("suspended", "ID", "*", False)),
]


#: (title, summary, want): kind 11, a company's own halt, force majeure, strikes, floods, disputes.
DISRUPTIONS: list[tuple[str, str, Want]] = [
    ("Codelco declares force majeure on copper shipments from Ventanas", "", None),
    ("Strike halts output at Escondida copper mine", "", None),
    ("Floods suspend tin mining in Myanmar's Wa State", "", None),
    ("Power cuts force Zambian copper mines to curb output", "", None),
    ("Alba halts exports from Bahrain smelter after pot line outage", "", None),
    ("Rusal suspends alumina refinery in Guinea", "", None),
    ("Miner stops gold exports from Mali after trucks seized", "", None),
    ("Glencore halts cobalt shipments from Mutanda", "", None),
    ("Port strike in Chile blocks copper exports", "", None),
    ("Cyclone shuts Australian iron ore ports", "", None),
    (
        "Ma'aden pauses bauxite exports for maintenance",
        "The company said shipments would resume next month once the conveyor is repaired.",
        None,
    ),
    ("Protesters block road to Las Bambas, halting copper concentrate trucks", "", None),
    ("Landslide suspends nickel ore loading at Sulawesi jetty", "", None),
    ("Rail dispute in South Africa curbs manganese and iron ore exports", "", None),
    # written after the first fixes, labelled before running (batch 2)
    ("Pay dispute halts zinc concentrate exports from Australian port", "", None),
    ("Conveyor breakdown halts iron ore shipments from Port Hedland", "", None),
    ("Smelter suspends aluminium exports during furnace repairs", "", None),
    ("Rio halts bauxite loading due to technical problems", "", None),
    (
        "Amid dispute with Jakarta, Manila bans nickel ore exports",
        "",
        ("suspended", "PH", "*", False),
    ),
]


#: (title, summary, want): kind 12, trade words used figuratively in company and market news.
FIGURATIVE: list[tuple[str, str, Want]] = [
    ("Rio Tinto bans staff travel to site after safety incident", "", None),
    ("Steelmaker curbs capital spending as demand slows", "", None),
    ("Gold miner beats production quota for the year", "", None),
    ("Embargoed: copper miner's results at 7am", "", None),
    ("Nickel producer's software lets traders export data to Excel", "", None),
    ("Aluminium smelter wins cheaper power tariff from state utility", "", None),
    ("Miner lifts dividend freeze as cobalt recovers", "", None),
    ("Lithium developer curbs hiring, imposes cost controls", "", None),
    ("Zinc refiner slaps surcharge on late orders", "", None),
    ("Silver bulls face a ban on short selling in the fund", "", None),
    ("Steel mill's export sales team hits quota in Asia", "", None),
    ("Copper ETF lifts fee cap", "", None),
    ("Platinum jewellers impose price freeze ahead of holiday", "", None),
    ("Tin producer sets output cap to meet refinery maintenance", "", None),
    # written after the first fixes, labelled before running (batch 2)
    ("Aluminium maker imposes hiring freeze at Iceland smelter", "", None),
    ("Regulator bans short selling of gold miners' shares", "", None),
    ("Chile tightens rules on copper smelter emissions", "", None),
    ("Platinum producer caps executive bonuses", "", None),
    ("Zinc miner lifts travel curbs at Peru site", "", None),
    ("Cobalt refiner lifts spending cap after price rebound", "", None),
    ("Chile caps copper exports to China", "", ("quota", "CL", "CN", False)),
    # batch 3, written after studying blind16's false events ("China set to tighten grip over
    # global cobalt supply ..."), labelled before running: a hold on a market
    ("Indonesia tightens grip on global nickel supply", "", None),
    ("China tightens its stranglehold over gallium supply chains", "", None),
    ("Russia loosens grip on palladium market as new mines open", "", None),
    ("Chile loosens its hold on lithium industry", "", None),
    ("Beijing tightens grip over antimony supply as prices hit record", "", None),
    ("China tightens control over graphite exports", "", ("licensing", "CN", "*", False)),
]


#: (title, summary, want): kind 13, a measure in force enforced: seizures, fines, smuggling,
#: evasion.
ENFORCEMENT: list[tuple[str, str, Want]] = [
    ("Customs seizes 120 kg of smuggled gold at Kolkata airport", "", None),
    ("US fines importer $5m for evading aluminium duties", "", None),
    ("CBP finds steel transshipped through Vietnam to dodge tariffs", "", None),
    ("Police arrest tin smugglers at Indonesian port", "", None),
    (
        "Congo intercepts cobalt trucks heading for Zambian border",
        "Officials said the cargoes lacked the required documents.",
        None,
    ),
    ("Indian trader jailed for misdeclaring copper scrap to avoid duty", "", None),
    ("Zimbabwe arrests gold smuggling ring", "", None),
    ("EU anti-fraud office uncovers circumvention of steel duties", "", None),
    ("Thai customs probe undervalued aluminium shipments", "", None),
    ("Kyrgyz border guards stop tungsten concentrate cargo", "", None),
    # written after the first fixes, labelled before running (batch 2)
    ("Police stop gold consignment at Harare airport", "", None),
    ("Troops halt cobalt trucks near Kolwezi", "", None),
    ("Coastguard intercepts boat carrying smuggled tin", "", None),
    ("China customs halts Australian copper cargoes", "", ("suspended", "AU", "CN", False)),
]


#: (title, summary, want): kind 14, a state's rules on its own market, stocks or industry, no trade
#: named.
GENERAL: list[tuple[str, str, Want]] = [
    ("China sets 2026 rare earth mining and smelting quotas", "", None),
    ("Beijing tightens rules on rare earth smelting pollution", "", None),
    ("India's central bank raises limits on gold loans", "", None),
    pytest.param(
        "Turkey caps gold purchases on credit cards",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'purchases' is a flow word (imports), so the rule on an activity is not "
                "asked (left: telling purchases at home from purchases abroad needs more "
                "than the title)"
            ),
        ),
    ),
    ("Vietnam bans gold bar trading without permits", "", None),
    ("Russia's central bank resumes gold purchases", "", None),
    ("Japan subsidises domestic gallium recycling", "", None),
    ("US offers tax credits for domestic graphite processing", "", None),
    ("EU adds lithium to critical raw materials list", "", None),
    ("South Korea extends stockpiling programme for cobalt", "", None),
]


@headline_cases(FEATURES)
def test_a_feature_or_a_view(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(OTHER_THINGS)
def test_a_measure_on_other_things(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(AT_HOME)
def test_a_rule_on_mining_at_home(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(DISRUPTIONS)
def test_a_disruption_or_a_firms_halt(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(FIGURATIVE)
def test_trade_words_used_figuratively(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ENFORCEMENT)
def test_a_measure_enforced(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(GENERAL)
def test_a_states_own_market(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
