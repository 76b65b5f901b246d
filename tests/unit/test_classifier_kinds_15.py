"""Kinds seen in the seventeenth set's misses (the eleventh blind set, released for study in
session 12), in made-up phrasings, aimed at causes, never at a headline's words.

The seventeenth set (``tests/data/real_headlines_blind11/``) was read once never tuned on
(88.4% exact, 160/181: 17 false events on 169 non-measures, none missed of 12 measures) and then
released for study in session 12, with a twelfth blind set collected meanwhile to stay the
unseen yardstick. Its 21 misses were grouped by cause. Six are labelling conflicts the rules do
not decide against the older sets: two recommendations of a trade-remedy body (older sets label
them proposed measures), "may impose", "weighs ban or tax" and "Likely" (the README's
vocabulary and older sets read a measure weighed or expected as proposed; this set's collector
read them as no event), and a plan given a start date (below, ``xfail``). The others are kinds:
a measure in force named for its effects, where the lede places it before the news ("a month
after banning"; without such a lede market framing hides no measure, as the issue says: "China's
export controls trigger a surge" is the event, and the older sets label it so); measures "are
curbing" a market; a guide to a measure or its implications named as the title; a measure
explained as "a result of" something; nothing promised about a measure; a country spared by
another's investigation; a measure on goods the title leaves unnamed whose lede names metals only
to describe the country ("a major supplier of nickel"); backing a "demand to" act; imports of a
tonnage at a lower or concessional duty (a tariff-rate quota); a second clause with its own
measure verb whose country is not the first measure's; a lede's rate per goods.

First time, before any rule changed (on main's engine): 12 of 33 phrasings read right (the
measures beside the kinds 6 of 6; the kinds 6 of 27). After the first fixes,
against the older sets' labels, two phrasings got a lede placing the measure before the news and
two controls were added (a measure in an effects framing with no such lede is the event; main's
engine reads both right), and one "demand to" phrasing and the rate cases were written after
their fix (main's engine reads the "demand to" phrasing right already, the rates wrong). Now 38
of 38, one ``xfail`` (strict).
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, case_ids, check_kind, headline_cases
from test_classifier import METALS

from tui.engine.classifier import classify, explain

_PLAN_WITH_START = pytest.mark.xfail(
    strict=True,
    reason="a plan given a start ('from April') is read as scheduled, as the earlier sets label "
    "'plans to ban exports starting in 2027'; the eleventh blind set labels 'to tax nickel "
    "exports from third quarter' whose lede 'plans to enact' it proposed: the conventions differ",
)

CASES: list[object] = [
    # --- an existing measure's effects as the title's topic: no event ----------------------
    (
        "Indonesia's nickel ore export ban sparks smuggling crackdown",
        "Months after the ban took effect, authorities are chasing illegal shipments.",
        None,
    ),
    (
        "Guinea bauxite export halt triggers layoffs, protests",
        "Weeks after the government stopped shipments, mining towns count the cost.",
        None,
    ),
    (
        "Philippine ore export ban threatens jobs at nickel mines",
        "A ban on unprocessed ore shipments ordered last year puts thousands of jobs at risk.",
        None,
    ),
    (
        "Copper market braces for strain as US tariffs bite",
        "Three months after the duties took effect, buyers are running down stocks.",
        None,
    ),
    (
        "Safeguard duties are curbing Indian demand for imported steel",
        "Buyers are holding back on imports, traders said.",
        None,
    ),
    (
        "Chinese rare earth shipments rebound after export controls introduced",
        "Exports of magnets rose in the month after licences were first required.",
        None,
    ),
    ("Peruvian zinc exports slump after curbs announced", "", None),
    # the act itself, with its effect beside it, or a measure in that framing whose lede does
    # not place it before the news: still the event (market framing never hides a measure)
    ("Guinea bauxite export halt triggers layoffs, protests", "", ("suspended", "GN", "*", False)),
    (
        "Brazil's new steel tariff rattles traders",
        "Steel futures fell after Brazil raised duties on imports from Asia.",
        ("tariff", "*", "BR", False),
    ),
    (
        "Zambia bans copper concentrate exports, triggering protests",
        "",
        ("suspended", "ZM", "*", False),
    ),
    ("Cobalt jumps as Kinshasa extends export suspension", "", ("suspended", "CD", "*", False)),
    # --- a guide, an explainer or an analysis titled by a measure: no event -------------------
    (
        "Import Duties on Copper in Kenya: A Complete Guide for Nairobi Traders",
        "Import duty on copper matters to every business in Kenya that buys the metal abroad.",
        None,
    ),
    ("Your 2025 guide to steel import tariffs in Vietnam", "", None),
    (
        "Chile's Lithium Export Rules: What They Mean for Battery Makers",
        "Chile's new licensing rule for lithium exports adds to earlier requirements.",
        None,
    ),
    ("Indonesia's nickel export ban: implications for Europe", "", None),
    ("Vietnam raises import duties on Chinese steel: ministry", "", ("tariff", "CN", "VN", False)),
    # --- spared from another's investigation: no event ------------------------------------------
    (
        "Peru officially exempt from anti-subsidy measures on zinc",
        "The country was left out of the investigation because of its small share of imports.",
        None,
    ),
    ("Kazakhstan excluded from Russian anti-dumping probe on zinc", "", None),
    # --- a person's comment on a measure, quoted as the title: no event --------------------------
    ("Dlamini: Steel duties a result of global overcapacity", "", None),
    ("Zhou: gallium export controls a response to US pressure", "", None),
    (
        "Minister Dlamini: South Africa imposes 10% duty on steel imports",
        "",
        ("tariff", "*", "ZA", False),
    ),
    # --- a ministry backing an industry's demand: no event ----------------------------------------
    ("Mines ministry supports miners' call to cut export duty on iron ore", "", None),
    # (written after the fix for "demand to", beside "demand for" known before)
    ("Mining ministry backs smelters' demand to raise duties on aluminium imports", "", None),
    (
        "Trade minister endorses smelters' plea for higher aluminium import tariffs",
        "The minister intends to ask the cabinet to raise duties on aluminium from Russia.",
        None,
    ),
    # --- a measure on goods the title leaves unnamed, a metal only as context in the lede ----------
    (
        "Kazakhstan to ban some commodity exports",
        "Kazakhstan is a major producer of uranium and zinc.",
        None,
    ),
    ("Russia bans exports of nickel and palladium", "", ("suspended", "RU", "*", False)),
    # --- imports at a concessional duty under an agreement: a tariff-rate quota --------------------
    (
        "Vietnam to import 20,000 tonnes of Korean aluminium at concessional duty",
        "HANOI: The trade ministry has allotted a quota of 20,000 tonnes under the free trade "
        "agreement for this year.",
        ("quota", "KR", "VN", False),
    ),
    (
        "Egypt lets in 100,000 tonnes of Turkish steel at lower tariff under trade pact",
        "",
        ("quota", "TR", "EG", False),
    ),
    # --- a second clause's country belongs to another measure ------------------------------------
    (
        "EU imposes 25% duty on nickel, widens sanctions on Russia",
        "",
        ("tariff", "*", "EU", False),
    ),
    (
        "Canada slaps 20% tariff on aluminium, raises surtax on Chinese EVs",
        "",
        ("tariff", "*", "CA", False),
    ),
    (
        "India raises gold import duty to 15%, cuts tariff on Swiss watches",
        "",
        ("tariff", "*", "IN", False),
    ),
    # --- "to <act> from <period>" whose lede says it is planned: proposed --------------------------
    (
        "Zambia to levy copper concentrate exports from next year",
        "Zambia plans to introduce a levy on copper concentrate exports next year.",
        ("tariff", "ZM", "*", True),
    ),
    pytest.param(
        "Bolivia to tax lithium exports from April",
        "The government plans to introduce an export tax on lithium carbonate.",
        ("tariff", "BO", "*", True),
        marks=_PLAN_WITH_START,
    ),
    (
        "Bolivia to tax lithium exports from April",
        "The government said on Monday it will impose a 5% tax on lithium exports from April 1.",
        ("tariff", "BO", "*", False),
    ),
    # --- a refusal to promise a measure: no event -------------------------------------------------
    ("Biden: no guarantees on aluminium tariff relief for Canada", "", None),
    ("Modi makes no commitment on steel import duties", "", None),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


#: A lede's rate per goods: the rate whose goods name the event's metal (``None``: no single
#: rate). Written after the fix (the eleventh blind set's lede "100% ... on electric cars and
#: 25% on steel and aluminum" had no rate before).
RATE_CASES = [
    (
        "Mexico to hit Chinese cars, steel with new tariffs",
        "The government announced a 50% levy on cars and 15% on steel products.",
        15.0,
    ),
    (
        "Brazil raises tariffs on solar panels and aluminium",
        "Duties rise to 25% for solar modules and 12% for aluminium sheet.",
        12.0,
    ),
    # rates named after their goods ("to 50%"): still no single rate for the event
    (
        "India sets export duties on steel, steelmaking raw materials",
        "India imposed a 15% export duty on steel products and raised the duty on iron ore to 50%.",
        None,
    ),
]


@pytest.mark.parametrize(("title", "summary", "rate"), RATE_CASES, ids=case_ids(RATE_CASES))
def test_rate_per_goods(title: str, summary: str, rate: float | None) -> None:
    event = classify(title, summary, METALS)
    assert event is not None and event.status == "tariff"
    assert event.rate_pct == rate, "\n".join(explain(title, summary, METALS))
