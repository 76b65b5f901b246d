"""Missed measures by kind (session 24), in made-up phrasings.

1. A US Section 232 act titled by its statute's verb, "Actions Taken to Adjust Imports of
   <metal> Into the United States" (also "Strengthening ...", "Further Strengthening ...",
   "Amending ..."), read no measure: only the noun form "Adjusting Imports of ..." was a
   measure. An action to adjust a metal's imports into a country is that country's import
   tariff; negotiations directed "to adjust imports", an investigation into whether to, and a
   buyer adjusting its own imports are none.
2. A market's reaction ("Treasury yields steady in muted reaction to Trump's new tariff
   plans") was vetoed as a body's response, which left the title no market news for the reading
   of a government's owned new measure its lede tells (``tui/engine/classifier_owned.py``). A
   reaction whose subject is a market move is market news: the lede's act decides, as under
   any market title naming the government's new measure. A body's reaction, a vowed response
   and a reaction to fears stay no event.
3. A government halting, freezing or stopping the issuance of export permits or licences (in a
   title or a crackdown's lede) was read as the halt of a permit requirement, a release: the
   flow is suspended. A company halting its own exports and a resumed issuance are kept
   (``tui/engine/classifier_issuance.py``).
4. A lede's enacting verb kept from its measure by the measure's term ("The European Commission
   extended for five years the anti-dumping duties on ...", "extended until 2027 the safeguard
   tariffs") was not found, the verb being further back than a verb is looked for; and a
   cabinet or parliament that "approved a ban" enacted nothing, "approve" being read only as
   a grant of permits. Under a title naming no measure the lede's measure then read as a bare
   noun, which does not decide (``tui/engine/classifier_interposed.py``). An approved call
   for a ban and a company's own hedge stay no event.
5. A probe, not fixed: a market's move whose cause, a government's new measure, is told with
   its effect ("... slide as Trump's fresh tariffs cloud export outlook"). Three of five read
   right; of the others the rules read one and the learned gate vetoes it, and one reads the
   effect's "exports" as the measure's flow (US -> *), a wrong reading, not a missed one.

6. A probe, right before any change: a market title's measure called new before its
   government ("traders weigh new US tariffs", "latest China export controls") reads the
   lede's act as "Trump's new tariffs" does (5 of 5). Its real source (rha-129) stays missed:
   its lede is a run of key points whose listed metals come before the market's move, so the
   title's cause is not taken for the act.
7. Not fixed: a lede's verb before a rate written apart from its sign and listed metals ("The
   United States imposed 25% steel, aluminium tariffs"): "25" and "%" are two words, and the
   verb stands one word beyond the reach looked for before a measure noun. Letting the sign
   lengthen the reach read it and lost no labelled row, but the event gate retrained on the
   rules' readings then chose a threshold (0.117) that let one more held-out false event
   through (blind6, leave-one-set-out): reverted, the case kept as xfail.

First time, on the engine before the change: kinds 1 to 3, 14 of 23 right (kind 1 5 of 9,
kind 2 5 of 8, kind 3 4 of 6); after, 21 of 23: two market reactions the rules now read are
vetoed by the learned gate (4% and 7%, under 11.9%), marked xfail; the real one the kind came
from (rha-130) reads right with the gate trained on it. Kind 4, written after the first fixes,
2 of 7 (the two that are no event); after, 7 of 7, once one label was put right to the written
convention that steel safeguard tariffs are ``quota`` (the Mexico case, written ``tariff``).
Kind 5: 3 of 5, unchanged. Kind 6: 5 of 5. Kind 7: 3 of 4 (the other two verbs are read by
their own rules; the one read through a measure noun missed), unchanged.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of the kinds.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

_US_TARIFF: Want = ("tariff", "*", "US", False)

#: (title, summary, want): kind 1, the Section 232 act titled by "to Adjust Imports".
ADJUST: list[tuple[str, str, Want]] = [
    (
        "Strengthening Actions Taken to Adjust Imports of Copper Into the United States",
        "",
        _US_TARIFF,
    ),
    (
        "Further Strengthening Actions Taken to Adjust Imports of Steel into the United States",
        "",
        _US_TARIFF,
    ),
    (
        "Amending the Actions Taken to Adjust Imports of Aluminum and Steel Into the United States",
        "",
        _US_TARIFF,
    ),
    (
        "White House expands actions to adjust imports of steel into the United States",
        "",
        _US_TARIFF,
    ),
    ("Proclamation on Adjusting Imports of Aluminum Into the United States", "", _US_TARIFF),
    # not a measure: negotiations, an investigation, buyers adjusting their own imports
    ("Fact Sheet: President Directs Negotiations to Adjust Imports of Processed Copper", "", None),
    ("Commerce opens Section 232 investigation into whether to adjust imports of copper", "", None),
    ("Buyers adjust imports of aluminium to weaker demand", "", None),
    ("Japanese mills adjust steel imports as prices fall", "", None),
]

#: (title, summary, want): kind 2, a market's reaction to a government's new measure.
REACTION: list[Any] = [
    (
        "Treasury yields steady in muted reaction to Trump's new tariff plans",
        "Yields on U.S. government debt held steady on Monday despite President Donald Trump's "
        "plan to impose 25% tariffs on imports of steel and aluminum.",
        ("tariff", "*", "US", True),
    ),
    (  # the gate vetoed it until session 43: a government's act the lede tells is spared
        "Oil prices muted in reaction to Trump's latest tariffs",
        "Oil prices barely moved on Tuesday after President Trump imposed 25% tariffs on all "
        "steel and aluminium imports.",
        ("tariff", "*", "US", False),
    ),
    (
        "European shares slip in reaction to Beijing's new export curbs",
        "European shares slipped after China imposed export licences on gallium and germanium "
        "on Monday.",
        ("licensing", "CN", "*", False),
    ),
    (  # the gate vetoed it until session 43: a government's act the lede tells is spared
        "Rand firms in calm reaction to Washington's fresh tariffs",
        "The rand firmed on Tuesday after the United States imposed 25% tariffs on all steel "
        "imports.",
        ("tariff", "*", "US", False),
    ),
    # not a measure: a body's reaction, a vowed response, a reaction to fears or talk
    (
        "Steel industry body gives cautious reaction to Trump's new tariffs",
        "The American Iron and Steel Institute said it welcomed President Trump's 25% tariffs on "
        "steel imports but warned of retaliation.",
        None,
    ),
    (
        "Canada vows firm reaction to Trump's new steel tariffs",
        "Canada will respond to the 25% tariffs President Trump imposed on steel and aluminium, "
        "Ottawa said.",
        None,
    ),
    (
        "Asian shares muted in reaction to tariff fears",
        "Asian shares were flat as investors worried that Washington could raise tariffs on steel.",
        None,
    ),
    (
        "Bond market reaction to Trump's tariff talk stays muted",
        "Analysts said the president could raise tariffs on steel imports later this year.",
        None,
    ),
]

#: (title, summary, want): kind 3, the issuance of export permits halted.
HALTED: list[tuple[str, str, Want]] = [
    (
        "Ghana cracks down on gold exports",
        "Ghana's government has suspended the issuance of export licences for gold from "
        "small-scale mines.",
        ("suspended", "GH", "*", False),
    ),
    ("Zimbabwe halts issuance of lithium export permits", "", ("suspended", "ZW", "*", False)),
    ("Congo stops issuing cobalt export permits", "", ("suspended", "CD", "*", False)),
    (
        "Mali is cracking down on gold exports",
        "Mali's transitional government announced an immediate halt on the issuance of export "
        "permits for gold from artisanal mines.",
        ("suspended", "ML", "*", False),
    ),
    # kept: a resumed issuance, a company's own halt
    (
        "Peru resumes issuing copper export permits after halt",
        "",
        ("resuming", "PE", "*", False),
    ),
    ("Mining firm halts gold exports after permit delays", "", None),
]


#: (title, summary, want): kind 4, a lede's enacting verb kept from its measure.
ENACTED: list[tuple[str, str, Want]] = [
    (
        "EU acts on cheap aluminium foil from China",
        "The European Commission extended for five years the anti-dumping duties on imports of "
        "aluminium foil from China.",
        ("tariff", "CN", "EU", False),
    ),
    (
        "India keeps watch on Chinese steel",
        "India's finance ministry imposed for five years an anti-dumping duty on certain steel "
        "products from China.",
        ("tariff", "CN", "IN", False),
    ),
    (
        "Mexico moves on Chinese steel",
        "Mexico's economy ministry on Tuesday extended until 2027 the safeguard tariffs on steel "
        "imports from China.",
        ("quota", "CN", "MX", False),  # steel safeguards are quotas (see the docstring)
    ),
    (
        "Vietnam's rare earth gambit",
        "Vietnam's parliament approved a ban on exports of unprocessed rare earth ore on Friday.",
        ("suspended", "VN", "*", False),
    ),
    (
        "Zimbabwe's lithium push",
        "Zimbabwe's cabinet approved a ban on exports of lithium concentrate from January.",
        ("suspended", "ZW", "*", False),
    ),
    # not a measure: an industry's call approved, a company's own hedge
    (
        "Zambia's copper debate",
        "Zambia's miners' chamber approved a call for a ban on copper concentrate exports.",
        None,
    ),
    (
        "Gold miner's quarter",
        "The company extended for five years the hedge on its gold output.",
        None,
    ),
]


#: (title, summary, want): kind 5, a market's move whose cause, a government's new measure,
#: is told with its effect.
EFFECTS: list[Any] = [
    (
        "Shares of Indian steelmakers slide as Trump's fresh tariffs cloud export outlook",
        "Shares of Indian steelmakers fell on Tuesday. Trump raised tariffs on steel and "
        "aluminum imports to 25% on Monday.",
        ("tariff", "*", "US", False),
    ),
    pytest.param(
        "Aluminium producers' stocks fall as Washington's new tariffs hit demand outlook",
        "The United States imposed 25% tariffs on aluminium imports on Monday.",
        ("tariff", "*", "US", False),
        marks=pytest.mark.xfail(
            strict=True, reason="the rules read it; the learned gate vetoes it"
        ),
    ),
    pytest.param(
        "Korean steel shares drop as Trump's latest tariffs weigh on exports",
        "President Trump signed an order imposing 25% tariffs on all steel imports.",
        ("tariff", "*", "US", False),
        marks=pytest.mark.xfail(
            strict=True, reason="read US -> *: the effect's 'exports' taken for the flow"
        ),
    ),
    # not a measure: a forecast of a measure's effects, a mood
    (
        "Here's how Trump's new tariffs could hit steel shares",
        "President Trump imposed 25% tariffs on steel imports.",
        None,
    ),
    (
        "Steel shares slide as tariff fears cloud outlook",
        "Investors fear Washington could raise tariffs on steel imports.",
        None,
    ),
]


#: (title, summary, want): kind 6, a market title's measure called new before its government.
NEW_FIRST: list[tuple[str, str, Want]] = [
    (
        "Rupee slips as traders weigh new US tariffs",
        "President Trump on Monday imposed 25% tariffs on all steel and aluminium imports.",
        ("tariff", "*", "US", False),
    ),
    (
        "Stocks mixed as investors weigh latest China export controls",
        "China imposed export controls on gallium and germanium on Monday.",
        ("licensing", "CN", "*", False),
    ),
    (
        "Bond yields dip after fresh Washington tariffs",
        "Yields fell after Washington imposed 50% tariffs on copper imports on Wednesday.",
        ("tariff", "*", "US", False),
    ),
    # not a measure: a possible measure, talk of one
    (
        "Oil climbs as investors weigh possible new US tariffs",
        "Analysts said Washington could raise tariffs on steel imports.",
        None,
    ),
    (
        "Gold steady as traders weigh new US tariff talk",
        "Analysts expect the administration could impose tariffs on steel later this year.",
        None,
    ),
]


#: (title, summary, want): kind 7, a lede's verb before metals listed with a comma.
LISTED: list[Any] = [
    pytest.param(
        "Rand slips as Washington acts",
        "The United States imposed 25% steel, aluminium tariffs on Monday.",
        ("tariff", "*", "US", False),
        marks=pytest.mark.xfail(strict=True, reason="not fixed: see kind 7 in the docstring"),
    ),
    (
        "Miners rally after Jakarta move",
        "Indonesia imposed nickel, bauxite export bans from January.",
        ("suspended", "ID", "*", False),
    ),
    (
        "Yen firms as Beijing hits back",
        "China slapped 15% copper, zinc import duties on US goods on Tuesday.",
        ("tariff", "US", "CN", False),
    ),
    # not a measure: measures on the listed metals named as a topic
    (
        "Stocks slip as investors weigh the outlook",
        "Traders discussed how steel, aluminium tariffs could affect demand.",
        None,
    ),
]


@headline_cases(LISTED)
def test_a_verb_before_metals_listed_with_a_comma(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(NEW_FIRST)
def test_a_measure_called_new_before_its_government(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(EFFECTS)
def test_a_markets_cause_told_with_its_effect(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ENACTED)
def test_an_enacting_verb_kept_from_its_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ADJUST)
def test_an_action_to_adjust_imports_is_the_tariff(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(REACTION)
def test_a_markets_reaction_is_market_news(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(HALTED)
def test_halted_permit_issuance_suspends(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
