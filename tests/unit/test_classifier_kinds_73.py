"""News that sits close to a measure without reporting one (session 28; part 1 of
2, kinds 8-14 are in ``test_classifier_kinds_74.py``), in made-up phrasings.

The task (issue #16): the held-out sets must make at most one false event per ~150 headlines
that are not a measure; a sweep of sixteen genres in session 27 (``test_classifier_kinds_68.py``)
found the engine mostly clean, so the false events left are in news close to a measure. Every
case here is no event by the house vocabulary (README "Trade-policy statuses",
docs/ACCURACY.md: petitions, an industry's call, an investigation opened, a study's finding,
trade figures under a measure, a measure recalled, a firm's act with the measure only as its
cause, explainers and views, rules on mining at home, a company's own halt, a quota used up,
sanctions on persons and private parties, evasion of a measure), but for the near misses
marked, which stay events.

How the cases were written: batch 1 (176 headlines in 14 kinds, about one in eight with a
summary) was written and labelled before the engine ran on any; batch 2 (46 headlines, the rows
under "written after" in each list, new phrasings of the kinds batch 1 found wrong with near
misses that stay events) after the first fixes, labelled before running, read on main and on
the branch. One batch-2 label was changed after, by the house vocabulary, not by the engine's
reading: "Indonesia revokes export licence of nickel trader" was first labelled ``licensing``;
``test_classifier_kinds_5.py`` reads a trader's export licence revoked as ``suspended``.

First time, batch 1 on main (the engine before the change), per kind: 1 pleas 14/14; 2 steps of
a case 12/12; 3 probes 11/12; 4 studies 8/10; 5 trade figures 14/14; 6 markets since a measure
11/12; 7 a firm's act 13/14; 8 features and views 11/14; 9 measures on other things 10/12; 10
rules on mining at home 12/14; 11 disruptions 12/14; 12 figurative words 10/14; 13
enforcement 8/10; 14 a state's own market 8/10. In all 154 of 176: 22 false events, one in
eight. After: 173 of 176 (the three left are marked ``xfail``, strict, with why). Batch 2 on
main: 33 of 46 as first written (34 with the label changed), 46 of 46 after. Batch 3 (6
headlines of a hold on a market, after studying blind16's false events: "China set to tighten
grip over global cobalt supply as price hits 32-month low"), labelled before running: 3 of 6
on main, 6 of 6 after.

The kinds fixed (the modules that read them):

1. A study's or a survey's finding at the head of the title ("Study finds China's gallium
   export controls lifted prices", "Think tank report: steel tariffs cost ...", "Survey:",
   "Research shows"; not "Report says", a report of a measure);
2. a view's heading ("Viewpoint: Scrap the tariffs ...", "Op-ed:", "Guest column:",
   "Letters:") always, and a feature's ("Timeline:", "Chronology:", "Interview:", "Recap:",
   "Your questions answered") before a measure named by its noun (an act after the label,
   "Timeline: Congo extends cobalt export ban", stays news, ``test_classifier_kinds_57.py``);
3. a measure recalled after a span of time inside the sentence ("payables recover months
   after Congo's export halt"; the span at the head was read already);
4. a rule on an activity that is no trade, with no border word in the text ("curbs hiring",
   "a ban on short selling", "lifts fee cap", "tightens rules on smelter emissions"), and a
   quota met, missed or exceeded (a target, or a quota used up);
5. a hold on a market tightened or loosened ("tightens grip on global nickel supply"; a flow
   named, "tightens control over graphite exports", stays a measure); police, guards or
   troops stopping one load; a flow stopped for repairs, upkeep or by a
   dispute or breakdown ("pauses bauxite exports for maintenance", "Rail dispute curbs iron ore
   exports"),

all in ``tui/engine/classifier_near_measures.py``, run last by ``nonmeasure_veto``; and

6. "circumvention" of a measure is its evasion (``_EVADE`` in ``classifier_nonmeasures.py``);
   sanctions on vessels, ships and tankers are on private parties (``_PARTIES``); a permit or
   licence "of" or "for" a mine, a miner, a smelter or a project is a right to dig
   (``_dig_right`` in ``classifier_nontrade.py``; a trader's export licence stays a measure).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' vetoes.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, a petition, a letter, a lobby's plea or an industry urging a
#: measure.
PLEAS: list[tuple[str, str, Want]] = [
    (
        "US aluminium foil makers file anti-dumping petitions against imports from five countries",
        "The Aluminum Association's foil trade enforcement working group filed the petitions "
        "with the Commerce Department and the International Trade Commission on Tuesday.",
        None,
    ),
    ("Petition seeks countervailing duties on Indonesian stainless steel", "", None),
    ("Canadian steelmakers petition Ottawa for safeguard on steel wire rod", "", None),
    ("Zinc smelters write to Brussels asking for duties on Chinese zinc", "", None),
    ("Letter from 30 lawmakers urges Commerce to impose tariffs on Russian palladium", "", None),
    (
        "Indian aluminium producers urge government to raise import duty to 15%",
        "The Aluminium Association of India said cheap imports from China and the Middle East "
        "were hurting domestic smelters.",
        None,
    ),
    ("South African steel body calls for 30% safeguard duty on flat steel imports", "", None),
    ("Lobby group presses Washington to keep tungsten tariffs in place", "", None),
    ("Australian lithium miners lobby Canberra against any export tax", "", None),
    (
        "Copper fabricators ask Brazil to cut import tariff on cathodes",
        "In a letter to the trade ministry the association said the 6% tariff hurts its members.",
        None,
    ),
    ("Graphite anode makers seek US duties on Chinese active anode material", "", None),
    ("Steelworkers rally in Pittsburgh for tougher tariffs on imported steel", "", None),
    ("Silver refiners appeal to Mexico for curbs on dore exports", "", None),
    ("Nickel pig iron makers want Jakarta to halt new smelter permits", "", None),
]


#: (title, summary, want): kind 2, a hearing, a comment period, a deadline or a brief in a case.
STEPS: list[tuple[str, str, Want]] = [
    ("ITC holds hearing in aluminium extrusions anti-dumping case", "", None),
    (
        "Commerce opens comment period on steel derivatives inclusion requests",
        "Interested parties have 14 days to comment on requests to add products to the list.",
        None,
    ),
    ("USTR schedules hearing in Section 301 probe of Chinese tungsten practices", "", None),
    ("Canada's CITT hears steelmakers' injury arguments on rebar from Turkey", "", None),
    ("Brussels invites comments on anti-dumping complaint over Chinese tin plate", "", None),
    ("India's DGTR holds oral hearing on copper tube dumping case", "", None),
    (
        "Australia's Anti-Dumping Commission extends deadline for zinc coated steel report",
        "The commission now expects to publish its statement of essential facts in March.",
        None,
    ),
    ("Public hearing on cobalt import probe postponed to May", "", None),
    ("KTC to hear Posco, Hyundai Steel views on Chinese plate dumping", "", None),
    ("Gold dealers testify before Senate panel on refinery standards", "", None),
    ("Commerce extends deadline for preliminary findings in Thai aluminium case", "", None),
    ("Stakeholders submit briefs as ITC weighs injury from Mexican steel imports", "", None),
]


#: (title, summary, want): kind 3, an investigation, a probe or a review opened or scheduled.
PROBES: list[tuple[str, str, Want]] = [
    ("US launches anti-dumping investigation into Vietnamese aluminium wire", "", None),
    ("EU opens anti-subsidy probe into Indonesian nickel-based steel", "", None),
    (
        "India initiates anti-dumping investigation on antimony imports from China",
        "The Directorate General of Trade Remedies said the probe follows an application by "
        "domestic producers.",
        None,
    ),
    ("Commerce initiates Section 232 investigation of processed critical minerals", "", None),
    ("Mexico starts safeguard probe into steel imports", "", None),
    ("Turkey begins dumping investigation on Chinese graphite electrodes", "", None),
    ("ITC votes to continue probe of lithium battery imports", "", None),
    ("Brazil's Gecex opens review of aluminium sheet duties due to expire in June", "", None),
    ("Sunset review of steel nail duties scheduled for autumn", "", None),
    ("UK Trade Remedies Authority begins transition review of steel safeguard", "", None),
    ("EU to look into circumvention of duties via Malaysian aluminium foil", "", None),
    ("Competition regulator probes zinc price fixing by three smelters", "", None),
    # written after the first fixes, labelled before running (batch 2)
    ("Customs officials probe circumvention of antimony export controls", "", None),
    ("Report details circumvention of US steel tariffs via Mexico", "", None),
    (
        "EU imposes anti-circumvention duties on aluminium foil from Thailand",
        "",
        ("tariff", "TH", "EU", False),
    ),
]


#: (title, summary, want): kind 4, a study's, a think tank's or a bank's finding on a measure.
STUDIES: list[tuple[str, str, Want]] = [
    ("Think tank report: steel tariffs cost US manufacturers $8bn a year", "", None),
    ("Study finds China's gallium export controls lifted prices by 40%", "", None),
    ("Copper tariffs would shave 0.2% off US growth, Fed economists estimate", "", None),
    ("Goldman says aluminium tariff pass-through to consumers is near complete", "", None),
    ("Survey: two thirds of German metal users fear more export curbs on rare earths", "", None),
    (
        "IEA report warns of concentration in graphite supply as export restrictions spread",
        "",
        None,
    ),
    ("World Bank paper examines Indonesia's nickel ore ban ten years on", "", None),
    ("OECD inventory counts 30 export restrictions on critical raw materials", "", None),
    ("Peterson Institute: Section 232 duties did not revive steel jobs", "", None),
    ("Bank of America models $12,000 copper if tariffs broaden", "", None),
    # written after the first fixes, labelled before running (batch 2)
    ("New research shows Indonesia's nickel ore ban drew $30bn in smelter investment", "", None),
    ("Harvard study finds Section 232 steel tariffs raised prices for carmakers", "", None),
    ("Survey: most aluminium buyers expect tariffs to stay", "", None),
    ("IMF paper estimates cost of critical mineral export restrictions on lithium", "", None),
    ("Study: Congo's cobalt quota could lift prices 20%", "", None),
    (
        "Canada imposes steel surtax after study finds import surge",
        "",
        ("tariff", "*", "CA", False),
    ),
]


#: (title, summary, want): kind 5, flows and trade figures after a past measure, customs data.
FLOWS: list[tuple[str, str, Want]] = [
    ("US steel imports fall 18% after duties", "", None),
    (
        "China's gallium exports slump to zero in August, customs data show",
        "Shipments have dried up since Beijing required licences for the metal last year.",
        None,
    ),
    ("Canadian aluminium shipments to US drop for third month under tariffs", "", None),
    ("Indonesia's nickel pig iron exports hit record despite ore ban", "", None),
    ("Japan's rare earth imports from China down 30% year on year", "", None),
    ("Zambian copper exports rise 12% in first quarter", "", None),
    ("Russian aluminium keeps flowing to Turkey and India, trade data show", "", None),
    ("India's gold imports jump to 10-month high after duty cut last year", "", None),
    ("Vietnamese steel exports to EU ease as quota fills", "", None),
    ("Thai tin exports climb on Myanmar supply gap", "", None),
    ("Korean stainless imports from Indonesia double in a year", "", None),
    ("China's antimony exports fell 97% in December from a year earlier", "", None),
    ("Mexico's steel imports from Asia shrink since the tariff increase", "", None),
    ("Bolivian silver shipments steady through the third quarter", "", None),
    # written after the first fixes, labelled before running (batch 2)
    ("Codelco meets its annual copper production quota early", "", None),
    ("Gold exporter misses its sales quota for the quarter", "", None),
    ("Vietnamese mills exceed EU steel quota in first week", "", None),
]


#: (title, summary, want): kind 6, prices, premiums and stocks since or after a past measure.
MARKETS: list[tuple[str, str, Want]] = [
    ("Antimony prices have tripled since China's export curbs", "", None),
    ("A year after the ban, Indonesia's bauxite miners are still waiting for smelters", "", None),
    ("Midwest aluminium premium eases from record as tariff stocks build", "", None),
    ("Copper stocks in US warehouses swell after months of tariff-driven imports", "", None),
    ("Rotterdam duty-paid aluminium premium steady", "", None),
    ("Cobalt hydroxide payables recover months after Congo's export halt", "", None),
    ("LME nickel inventories at five-year high", "", None),
    ("Tungsten APT prices flat in Europe despite Chinese quotas", "", None),
    ("Comex copper premium over LME narrows as tariff fears fade", "", None),
    ("Germanium trades at record in Rotterdam as buyers run down stocks", "", None),
    ("Rare earth magnet prices ease two years after China's curbs", "", None),
    (
        "Zinc spreads tighten on Chinese smelter cuts",
        "Traders said the backwardation reflected low exchange stocks rather than any export rule.",
        None,
    ),
    # written after the first fixes, labelled before running (batch 2)
    ("Nickel smelters thrive three years after Indonesia's ore export ban", "", None),
    ("Bauxite miners still idle months after Guinea's export suspension", "", None),
    ("Rare earth magnet makers adapt, a year after China's licensing rules", "", None),
    ("Zambia lifts copper export ban months after imposing it", "", ("resuming", "ZM", "*", False)),
    (
        "Guinea reimposes bauxite export ban, months after lifting it",
        "",
        ("suspended", "GN", "*", False),
    ),
]


#: (title, summary, want): kind 7, a company's own act or results with a measure only as its cause.
COMPANIES: list[tuple[str, str, Want]] = [
    ("Alcoa cuts output at Quebec smelter due to US tariffs", "", None),
    ("Trafigura reroutes Russian copper via UAE after sanctions", "", None),
    ("Nucor profit jumps as tariffs shield US steel prices", "", None),
    ("Norsk Hydro says tariffs cost it $100m in the quarter", "", None),
    ("Chinese magnet maker shifts output to Vietnam to avoid US duties", "", None),
    (
        "Tesla says graphite export controls could delay battery plant",
        "The carmaker said China's licensing of graphite shipments had slowed deliveries.",
        None,
    ),
    ("Smelter in Malaysia idles pot line citing tin export curbs in Indonesia", "", None),
    ("Glencore books $200m charge on Indonesian nickel ore ban", "", None),
    ("Traders stockpile tin ahead of expected Myanmar restrictions", "", None),
    ("BHP warns copper tariffs will reshape its US sales", "", None),
    ("Posco to build US steel plant to get around tariffs", "", None),
    ("Umicore earnings hit by cobalt price slump after Congo halt", "", None),
    pytest.param(
        "Jewellers in Dubai shift to Swiss gold after import duty changes in India",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "a firm's act with the measure only in an 'after' clause: the main clause "
                "names no trade word, so the background's duty is read (left: a rule for it "
                "would have to tell a firm's act from a government's)"
            ),
        ),
    ),
    ("Thyssenkrupp blames cheap steel imports for job cuts", "", None),
]


@headline_cases(PLEAS)
def test_a_plea_for_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(STEPS)
def test_a_step_of_a_case(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(PROBES)
def test_a_probe_or_review_opened(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(STUDIES)
def test_a_studys_finding(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(FLOWS)
def test_trade_figures_under_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(MARKETS)
def test_a_market_since_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(COMPANIES)
def test_a_firms_act_caused_by_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
