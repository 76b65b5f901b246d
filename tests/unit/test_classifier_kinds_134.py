"""Kinds from the misses of the thirteenth blind set's even rows (``tests/data/real_headlines_blind13/``,
its odd rows studied from session 13, its even rows released in session 41, when the whole set
became studied): made-up headlines per kind, in other words, countries and metals than the set's
rows, with near misses that must stay as they are, each checked on every field the exact score
counts (``tests/unit/kinds_exact.py``). Labels were written and committed before the engine read
them.

The even half's last unseen reading (main at abe9d04d, in aggregate, before any miss was read):
77.3% (68/88), 7 false events on 65 non-measures, 7 missed of 23 measures. Its 20 misses, by kind:

1. A market question before the measure's statement: "Steel prices to rise? India planning 12%
   import duty to protect domestic players" (rhr-112, vetoed as market news): the statement after
   the question is the news, the question's metal its goods.
2. A transit country after "via" is not the origin: "US targets Chinese steel exports with tariffs
   on shipments via Mexico" (rhr-086, read ``MX -> US``).
3. An industry's plea, petition or complaint only planned or prepared: "Indian alloy steel makers
   plan anti-dumping plea against Chinese steel" (rhr-120, read as a proposed tariff).
4. Governments that respond or react to another's plan: "EU, UK respond strongly to US plan to
   reinstate 25% steel import tariff" (rhr-094, read as the plan, on the responders).
5. Tariffs offered away: "India Offers Zero-for-Zero Tariffs on Auto Parts, Steel From US"
   (rhr-134, read as a tariff in force): an offer to remove them, ``resuming`` and proposed.
6. Who will pay a measure's cost: "American Consumer Likely to Pay Cost of Proposed Aluminum
   Tariffs, South32 CEO Says" (rhr-054, read as the proposal): what a measure will do to someone.
7. A measure taking effect with ": Impact on <country>" after it: "Donald Trumps 25% tariffs on
   steel and aluminum imports take effect: Impact on India" (rhr-110, vetoed as an explainer).

Label disputes (noted, not fixed): rhr-114, "Anti-dumping agency recommends 12% safeguard duty on
steel import" labelled no event, where the studied sets read an agency's recommended duty as
proposed; rhr-132, "India's new steel tariffs send 'negative signal' ...: Chinese expert"
labelled no event, where the title names the measure as its subject (a view of it, or the act);
rhr-082, the UK and US ban labelled with the UK alone as destination.
Left for later or out of reach: rhr-064 ("EU to Limit Tariff-Free Steel Imports" labelled
proposed, where the rules read "X to <act>" as decided, coming, in every wording: close to a
label dispute), rhr-098 and rhr-100 (duties named only as a market's or
a turmoil's cause, "due to more duties on Chinese steel", "with tariffs hitting China"), rhr-122
("exports face EU barrier as quotas tighten"), rhr-136 (a measure as the backdrop of a
narrative), rhr-140 and rhr-142 (a "US-UK deal"'s sides), rhr-152 ("Trump touts 50%
tariffs" after a market clause); and rhr-110's "Donald Trumps" (a possessive written without its
apostrophe: read after kind 7's change, but with no importer).

First reading, on the engine before any change (main's at abe9d04d; labels committed before the
run, 9ad2b91): **23 of 39**. Kind 1, 2 of 4 (the two whose statement names no metal vetoed as
market news), its near misses 3 of 3; kind 2, 0 of 3 (the transit country read as the origin),
its near misses 2 of 2; kind 3, 3 of 4 ("plea" was no word of a petition), its near misses 2 of
2; kind 4, 1 of 4 (read as retaliation on the plan's goods; the fourth vetoed as market news for
"react"), its near misses 2 of 2; kind 5, 1 of 4 ("zero tariffs" read as a tariff, "tariff
cuts" offered read decided), its near misses 2 of 2; kind 6, 2 of 3 ("proposed" before the
measure read as its verb), its near miss 1 of 1; kind 7, 0 of 3 (vetoed as an explainer), its
near misses 2 of 2.

Changed: ``tui/engine/classifier_question_kicker`` (new: a market question whose market words
are the question's alone leads in to the statement, read alone, the question's metals written as
its topic when the statement names none; asked by ``classifier._analyse`` where a speculative
question already led in); ``classifier_via_transit`` (new: a place after "via", or after
"through" with a verb of routing, is no origin when another place is the goods'; a pass of
``classifier_roles.place_roles``); "plea", "pleas" among the heads that make a measure word a
modifier (``classifier_rules_clauses.NON_MEASURE_HEADS``, beside "petition");
``classifier_responds_plan`` (new: a subject that responds or reacts "to" a plan, proposal or
threat holding the measure, with no "with", is vetoed; asked by
``classifier_vetoes.find_veto``); ``classifier_offered_away`` (new: "offers zero(-for-zero)
tariffs" and "offers tariff cuts" written "offers to scrap tariffs", "offers to cut tariffs";
run on the title by ``classifier_surface.plain_surface``); a plan's adjective ("proposed")
between "cost of" and the measure is a modifier, and as the finding's first word no verb
(``classifier_reactions._effects_of``); ``classifier_effect_first`` (new: a guide's heading
of implications does not veto a title telling the measure take effect or come into force before
it, and the heading's places are made no end of the corridor; asked by
``classifier_effects.effect_veto`` and ``classifier_roles.place_roles``). After: **39 of 39**.

Fresh batch (``FRESH``, 12: 9 cases of the seven kinds in other words, metals and countries, 3
near misses), written after the engine's changes and committed before the engine read them
(4b90525). First reading: **12 of 12**. They are close to the kinds the rules were written for;
the set's own even rows (84.1% after the round) are the better measure of what carried over.

Second round (labels committed before the engine read them, 219ac11), two more kinds from the
even rows' misses:

8. A country a measure could harm, named after it: "Trump Plans Tariffs On Steel Imports In US,
   Could Harm India ..." (rhr-080, read ``IN -> US``): whom it would hurt, no end of it.
9. A country at risk as another's measure hits: "India at risk of steel, aluminium dumping as US
   tariffs hit" (rhr-124, read as the US tariff): a risk with the measure as its backdrop.

First reading: **6 of 9** (kind 8, 1 of 3, the country after "hurt" read as the origin; its near
misses 2 of 2; kind 9, 2 of 3; its near miss 1 of 1). Changed: ``tui/engine/classifier_harmed``
(new: a place right after a modal's verb of harm, "could harm India", takes the role "harmed",
which no corridor end nor an aside's origin takes, a pass of ``classifier_roles.place_roles``;
without the modal, kinds 45's "Russia bans nickel exports to hurt European battery makers" lost
its target: a purpose's "to hurt" is whom a measure aims at; a risk told before an "as"
clause whose measure ends the title with a bare "hit" or "bite" is vetoed, asked by
``classifier_vetoes.find_veto``). After: **9 of 9**; every case of the module 60 of 60.
A fresh batch of these two kinds (``FRESH_SECOND``, 4), written after the round's changes and
committed before the engine read them: first reading **4 of 4**.

The event gate is not trained on these cases (``CASES`` is empty, as kinds 122-132).
"""

from __future__ import annotations

from typing import Any

from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

#: Kind 1: a market question, then the measure's statement.
QUESTION_FIRST: list[Any] = [
    (
        "Copper prices to fall? Chile planning 5% export tax on copper",
        "",
        ("tariff", "CL", "*", True, "copper", 5),
    ),
    (
        "Nickel rally ahead? Indonesia planning ban on nickel ore exports",
        "",
        ("suspended", "ID", "*", True, "nickel", None),
    ),
    (
        "Aluminium prices to climb? EU plans 10% duty on Russian aluminium",
        "",
        ("tariff", "RU", "EU", True, "aluminium", 10),
    ),
    (
        "Zinc prices to rise? South Africa planning 8% import duty to protect smelters",
        "",
        ("tariff", "*", "ZA", True, "zinc", 8),
    ),
]

#: Kind 1's near misses: a market question and market news, or a question on a measure.
QUESTION_FIRST_NEAR_MISSES: list[Any] = [
    ("Steel prices to rise? Analysts see demand recovery in India", "", None),
    ("Copper rally over? Prices slip as Chile output recovers", "", None),
    ("Will India raise steel import duty? Prices hold steady", "", None),
]

#: Kind 2: a transit country after "via" is not the origin.
VIA_TRANSIT: list[Any] = [
    (
        "US targets Chinese aluminium exports with tariffs on shipments via Vietnam",
        "",
        ("tariff", "CN", "US", False, "aluminium", None),
    ),
    (
        "EU imposes duties on Chinese steel routed via Malaysia",
        "",
        ("tariff", "CN", "EU", False, "steel", None),
    ),
    (
        "Canada slaps tariffs on Chinese copper shipped via Thailand",
        "",
        ("tariff", "CN", "CA", False, "copper", None),
    ),
]

#: Kind 2's near misses: the origin named without a transit country.
VIA_TRANSIT_NEAR_MISSES: list[Any] = [
    ("US imposes tariffs on steel from Vietnam", "", ("tariff", "VN", "US", False, "steel", None)),
    ("US imposes tariffs on Mexican steel", "", ("tariff", "MX", "US", False, "steel", None)),
]

#: Kind 3: an industry's plea, petition or complaint planned or prepared.
INDUSTRY_PLEA: list[Any] = [
    ("Indian stainless steel makers plan anti-dumping plea against Vietnamese imports", "", None),
    (
        "Australian aluminium producers plan anti-dumping complaint against Chinese extrusions",
        "",
        None,
    ),
    ("US copper fabricators prepare petition for duties on Mexican copper", "", None),
    ("European zinc smelters plan plea for safeguard duties", "", None),
]

#: Kind 3's near misses: a government's planned duty.
INDUSTRY_PLEA_NEAR_MISSES: list[Any] = [
    (
        "India plans anti-dumping duty on Chinese stainless steel",
        "",
        ("tariff", "CN", "IN", True, "steel", None),
    ),
    (
        "Australia plans anti-dumping duties on Chinese aluminium extrusions",
        "",
        ("tariff", "CN", "AU", True, "aluminium", None),
    ),
]

#: Kind 4: governments respond or react to another's plan.
RESPOND_TO_PLAN: list[Any] = [
    ("Japan, Korea respond strongly to US plan to raise aluminium import tariff", "", None),
    ("Canada responds angrily to EU plan to cap steel imports", "", None),
    ("Chile, Peru react to US plan for 50% copper tariff", "", None),
    ("Australia responds to China's plan to curb rare earth exports", "", None),
]

#: Kind 4's near misses: a response that is a measure of its own.
RESPOND_TO_PLAN_NEAR_MISSES: list[Any] = [
    (
        "China responds to US tariffs with 15% duty on US copper scrap",
        "",
        ("tariff", "US", "CN", False, "copper", 15),
    ),
    (
        "EU responds to US steel tariffs with duties on American steel",
        "",
        ("tariff", "US", "EU", False, "steel", None),
    ),
]

#: Kind 5: tariffs offered away (zero-for-zero, zero tariffs, to scrap or cut them).
OFFER_ZERO: list[Any] = [
    (
        "Vietnam offers zero-for-zero tariffs on steel from US",
        "",
        ("resuming", "US", "VN", True, "steel", None),
    ),
    (
        "Indonesia offers to scrap tariffs on US aluminium",
        "",
        ("resuming", "US", "ID", True, "aluminium", None),
    ),
    (
        "Japan offers zero tariffs on US copper in trade talks",
        "",
        ("resuming", "US", "JP", True, "copper", None),
    ),
    (
        "Thailand offers tariff cuts on US steel and aluminium",
        "",
        ("resuming", "US", "TH", True, "aluminium steel", None),
    ),
]

#: Kind 5's near misses: tariffs cut, and an offer of something else.
OFFER_ZERO_NEAR_MISSES: list[Any] = [
    ("India cuts tariffs on US steel to zero", "", ("resuming", "US", "IN", False, "steel", None)),
    ("Japan offers loans to Chilean copper miners", "", None),
]

#: Kind 6: who will pay a measure's cost.
PAY_COST: list[Any] = [
    ("British buyers likely to pay cost of proposed steel tariffs, Tata Steel CEO says", "", None),
    ("Consumers will bear the cost of new copper tariffs, economist says", "", None),
    ("Carmakers set to pay the price of aluminium tariffs", "", None),
]

#: Kind 6's near miss: the proposal itself.
PAY_COST_NEAR_MISSES: list[Any] = [
    (
        "Canada proposes 10% tariff on Chinese aluminium",
        "",
        ("tariff", "CN", "CA", True, "aluminium", 10),
    ),
]

#: Kind 7: a measure taking effect, ": Impact on <country>" after it.
TAKES_EFFECT_IMPACT: list[Any] = [
    (
        "Trump's 50% tariffs on copper imports take effect: Impact on Chile",
        "",
        ("tariff", "*", "US", False, "copper", 50),
    ),
    (
        "Indonesia's nickel ore export ban takes effect: impact on China",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "EU's 25% duty on Russian aluminium comes into force: impact on Norway",
        "",
        ("tariff", "RU", "EU", False, "aluminium", 25),
    ),
]

#: Kind 7's near misses: an explainer of a measure's impact, no act.
TAKES_EFFECT_IMPACT_NEAR_MISSES: list[Any] = [
    ("US tariffs on steel: impact on India explained", "", None),
    ("Copper tariffs: what they mean for Chile", "", None),
]

#: Kind 8 (second round): a country a measure could harm, named after it, is no end of it.
HARMED: list[Any] = [
    (
        "Trump plans tariffs on aluminium imports, could hurt Canada",
        "",
        ("tariff", "*", "US", True, "aluminium", None),
    ),
    (
        "EU plans levy on steel imports that could harm Turkey",
        "",
        ("tariff", "*", "EU", True, "steel", None),
    ),
    (
        "US doubles copper tariffs, could hurt Chile",
        "",
        ("tariff", "*", "US", False, "copper", None),
    ),
]

#: Kind 8's near misses: the goods' own country, and an effect foretold with no act.
HARMED_NEAR_MISSES: list[Any] = [
    (
        "Trump plans tariffs on Canadian aluminium",
        "",
        ("tariff", "CA", "US", True, "aluminium", None),
    ),
    ("US tariffs on steel could hurt India", "", None),
]

#: Kind 9 (second round): a country at risk of dumping or a glut as another's measure hits.
AT_RISK: list[Any] = [
    ("Vietnam at risk of steel dumping as US tariffs hit", "", None),
    ("Thailand at risk of cheap aluminium flood as EU duties hit", "", None),
    ("Malaysia faces copper glut risk as US tariffs bite", "", None),
]

#: Kind 9's near miss: a country's own measure in the same frame.
AT_RISK_NEAR_MISSES: list[Any] = [
    (
        "India imposes safeguard duty on steel as US tariffs hit",
        "",
        ("tariff", "*", "IN", False, "steel", None),
    ),
]

#: A fresh batch of the same kinds, written after the engine's changes and committed before the
#: engine read them.
FRESH: list[Any] = [
    (
        "Nickel to soar? Philippines planning 10% export duty on nickel ore",
        "",
        ("tariff", "PH", "*", True, "nickel", 10),
    ),
    (
        "Tin prices to jump? Malaysia planning ban on tin ore exports",
        "",
        ("suspended", "MY", "*", True, "tin", None),
    ),
    (
        "US slaps duties on Chinese aluminium foil routed through Thailand",
        "",
        ("tariff", "CN", "US", False, "aluminium", None),
    ),
    (
        "Mexico imposes tariffs on Chinese steel shipped via Vietnam",
        "",
        ("tariff", "CN", "MX", False, "steel", None),
    ),
    ("Brazilian steelmakers prepare anti-dumping plea against Chinese imports", "", None),
    ("Indonesia responds cautiously to EU plan for nickel duties", "", None),
    (
        "South Korea offers zero tariffs on US aluminium",
        "",
        ("resuming", "US", "KR", True, "aluminium", None),
    ),
    ("Malaysia offers duty cuts on US copper", "", ("resuming", "US", "MY", True, "copper", None)),
    ("Automakers expected to pay the cost of planned aluminium tariffs", "", None),
    (
        "China's 15% tariffs on US copper scrap take effect: impact on Vietnam",
        "",
        ("tariff", "US", "CN", False, "copper", 15),
    ),
    (
        "Canada responds to US steel tariffs with 25% duties on US steel",
        "",
        ("tariff", "US", "CA", False, "steel", 25),
    ),
    ("Zinc prices to rise? Smelter outages hit supply", "", None),
]

#: A fresh batch of the second round's kinds, written after its changes and committed before the
#: engine read them.
FRESH_SECOND: list[Any] = [
    (
        "Mexico plans tariffs on steel imports, may hurt Brazil",
        "",
        ("tariff", "*", "MX", True, "steel", None),
    ),
    (
        "UK raises aluminium import duty, could damage Norway",
        "",
        ("tariff", "*", "GB", False, "aluminium", None),
    ),
    ("South Africa at risk of steel dumping as EU quotas hit", "", None),
    ("Indonesia at risk of nickel glut as China tariffs bite", "", None),
]

CASES: list[Any] = []


@headline_cases(QUESTION_FIRST)
def test_a_measure_stated_after_a_market_question_is_read(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(QUESTION_FIRST_NEAR_MISSES)
def test_a_market_question_with_no_measure_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(VIA_TRANSIT)
def test_a_transit_country_after_via_is_not_the_origin(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(VIA_TRANSIT_NEAR_MISSES)
def test_an_origin_with_no_transit_stays(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(INDUSTRY_PLEA)
def test_an_industrys_planned_plea_is_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(INDUSTRY_PLEA_NEAR_MISSES)
def test_a_governments_planned_duty_stays(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(RESPOND_TO_PLAN)
def test_a_response_to_anothers_plan_is_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(RESPOND_TO_PLAN_NEAR_MISSES)
def test_a_response_with_a_measure_stays_the_measure(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(OFFER_ZERO)
def test_tariffs_offered_away_are_a_proposed_release(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(OFFER_ZERO_NEAR_MISSES)
def test_tariffs_cut_or_other_offers_stay(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(PAY_COST)
def test_who_pays_a_measures_cost_is_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(PAY_COST_NEAR_MISSES)
def test_the_proposal_itself_stays(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(TAKES_EFFECT_IMPACT)
def test_a_measure_taking_effect_with_its_impact_named_is_the_act(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(TAKES_EFFECT_IMPACT_NEAR_MISSES)
def test_an_explainer_of_a_measures_impact_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_fresh_batch_of_the_same_kinds(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(HARMED)
def test_a_country_a_measure_could_harm_is_no_end_of_it(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(HARMED_NEAR_MISSES)
def test_the_goods_country_or_a_foretold_effect_stays(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(AT_RISK)
def test_a_country_at_risk_as_anothers_measure_hits_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(AT_RISK_NEAR_MISSES)
def test_a_countrys_own_measure_as_anothers_hits_stays(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_SECOND)
def test_fresh_batch_of_the_second_rounds_kinds(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
