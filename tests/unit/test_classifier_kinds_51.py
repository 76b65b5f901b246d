"""Missed and misread measures by kind (session 23, issue #16), in made-up phrasings.

The kinds come from the studied sets' misses (the seventeenth set's Federal Register notices
and market headlines of February 2025, the fifteenth set's and the tuned sets' missed rows):

1. A US notice revoking duty orders whose title says only "Revocation of Orders" ("...: Final
   Results of Sunset Reviews and Revocation of Orders"), the duty named in its lede: the orders
   are revoked, ``resuming``; the review's results revoke them, so the lede's "initiated the
   sunset review" is no open review. The sunset review's results alone stay no event.
2. A notice ending an agreement that suspended a duty case and issuing the duty order
   ("Termination of the Suspension Agreement and Issuance of Antidumping Duty Order"): ending
   the agreement brings the duty, as ending an exemption does, ``tariff``.
   (Kinds 1 and 2: ``tui/engine/classifier_orders.py``; "the Sultanate of" joins the formal
   country titles of ``classifier_listed.py``.)
3. A market's own move ("peso eases", "stocks lower") before a measure is no release of it
   (``headed_by_market`` in ``classifier_metal_moves.py``): the measure keeps its status, the
   market's country is no origin (``classifier_listed.market_subject``), and a bond yield's
   figure in the lede is no rate (``classifier_rates.py``).
4. A market title whose cause is a government's new measure named as a noun it owns ("Trump's
   fresh tariffs", "Trump tariffs limit gains", "Beijing's export curbs"), its lede telling
   that government's act on watched metals: the act (``tui/engine/classifier_owned.py``).
5. An offer to cut, lower or scrap a measure ("offers to halve duties") is ``proposed``
   (``PROPOSED_RE``).
6. A measure told before a spaced dash and a commentator's reaction after it ("... tariffs —
   Economist warns ..."): the analyst reacts to the news and is no speaker of it
   (``reaction_tail`` in ``classifier_frames.py``).

First time, on the engine before the change (main at e095936): 7 of the 22 cases of the first
five lists read right as written (the kept readings, two market ledes already read by
``classifier_causes.py`` and two market moves); two labels were then put right to the written
convention that a notice with no summary names no importer (``*``, not ``US``), one of which
main read right, so 8 of 22. ``SECOND``, written after the modules and before any engine read
it, read 6 of 13 on main and 12 of 13 after (the miss, a lede naming the agency only as
"Commerce", is marked). Kind 6's first six cases all read right on main (their verb stood near
the measure); the three added after, with a rate and a list of metals between, read 0 of 3
on main and 2 of 3 after (the third, "copper and aluminium levies" with no flow, is a weak
charge by design and is marked). Two of kind 4's first cases, read right by the module's first
form, were marked after it was narrowed to keep studied rows labelled none from reading as
events by the rules (a bare "Trump tariffs", a measure named for its effects). The yield rates (kind 3) read right on main, where the
market's move was read as a release; they guard the rate once the measure is read.

These cases are kept out of ``CASES`` (which the learned event gate trains on): they test the
rules' reading.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, case_ids, check_kind
from test_classifier import METALS

from tui.engine.classifier import classify, explain

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, orders revoked under a title naming no duty.
REVOKED: list[tuple[str, str, Want]] = [
    (
        "Steel Nails From the Sultanate of Oman: Final Results of Sunset Review and Revocation of"
        " Order",
        "The U.S. Department of Commerce (Commerce) initiated the sunset review of the"
        " antidumping duty order on steel nails from Oman.",
        ("resuming", "OM", "US", False),
    ),
    (
        "Aluminum Wire and Cable From the People's Republic of China: Final Results of Sunset"
        " Reviews and Revocation of Orders",
        "On March 1, 2024, the U.S. Department of Commerce initiated the first sunset reviews of"
        " the antidumping and countervailing duty orders on aluminum wire and cable from China.",
        ("resuming", "CN", "US", False),
    ),
    (
        "Seamless Copper Tubes From Vietnam: Revocation of the Orders Following Sunset Reviews",
        "As a result of the determinations by the U.S. International Trade Commission that"
        " revocation of the antidumping duty orders would not be likely to lead to continuation"
        " of material injury, Commerce is revoking the orders.",
        ("resuming", "VN", "US", False),
    ),
    (
        "Stainless Steel Flanges From India: Revocation of the Countervailing Duty Order",
        "",
        ("resuming", "IN", "*", False),
    ),
    # kept: the review's results alone, and an order continued
    (
        "Tin Mill Products From Canada: Final Results of the Expedited Sunset Review of the"
        " Antidumping Duty Order",
        "Commerce finds that revocation of the antidumping duty order would be likely to lead to"
        " continuation or recurrence of dumping.",
        None,
    ),
]

#: (title, summary, want): kind 2, a suspension agreement ended and the order issued.
ISSUED: list[tuple[str, str, Want]] = [
    (
        "Certain Hot-Rolled Steel From Brazil: Termination of the Suspension Agreement and"
        " Issuance of Antidumping Duty Order",
        "The U.S. Department of Commerce (Commerce) is terminating the Agreement Suspending the"
        " Antidumping Duty Investigation on hot-rolled steel from Brazil.",
        ("tariff", "BR", "US", False),
    ),
    (
        "Aluminum Foil From Turkey: Termination of Suspension Agreement, Issuance of"
        " Countervailing Duty Order",
        "",
        ("tariff", "TR", "*", False),
    ),
    (
        "Commerce ends suspension agreement on Mexican steel and issues antidumping duty order",
        "",
        ("tariff", "MX", "US", False),
    ),
    # kept: a duty suspended under an agreement is released
    (
        "Commerce suspends antidumping duties on Mexican steel under new agreement",
        "",
        ("resuming", "MX", "US", False),
    ),
]

#: (title, summary, want): kind 3, a market's own move before a measure.
MOVES: list[tuple[str, str, Want]] = [
    (
        "Mexican peso eases ahead of expected US steel duties",
        "The peso weakened against the dollar on Monday as investors weighed the threat of U.S."
        " tariffs on steel imports.",
        ("tariff", "*", "US", True),
    ),
    (
        "Stocks lower, Trump's aluminium tariffs in focus",
        "Wall Street futures slipped on Tuesday. President Donald Trump imposed 25% tariffs on"
        " aluminum imports on Monday.",
        ("tariff", "*", "US", False),
    ),
    (
        "Yen eases after Washington's new steel tariffs",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Rand softens, bond yields lower as US copper tariffs take effect",
        "South Africa's rand weakened on Friday as a 50% U.S. tariff on copper imports took"
        " effect.",
        ("tariff", "*", "US", False),
    ),
]

#: (title, summary, want): kind 4, a market title whose cause is a government's new tariffs.
CAUSES: list[Any] = [
    (
        "Asian stocks slip as markets digest Trump's fresh tariffs",
        "Asian shares fell on Tuesday after a strong session on Wall Street. U.S. President"
        " Donald Trump imposed 25% tariffs on all steel and aluminum imports on Monday.",
        ("tariff", "*", "US", False),
    ),
    pytest.param(
        "Oil steadies, Trump tariffs limit gains",
        "Key points: Trump imposes 25% tariffs on steel and aluminium imports. Oil prices held"
        " steady on Wednesday.",
        ("tariff", "*", "US", False),
        marks=pytest.mark.xfail(
            reason="a bare 'Trump tariffs' (no possessive, not called new) is left market news:"
            " the studied sets label this form both ways (rho-081 an event, rhz-114 and rhz-130"
            " none)",
            strict=True,
        ),
    ),
    (
        "Rupee slips after Trump's newest trade broadside",
        "The Indian rupee weakened on Wednesday after U.S. President Donald Trump announced new"
        " tariffs on copper imports.",
        ("tariff", "*", "US", False),
    ),
    pytest.param(
        "Investors uneasy as Beijing's export curbs bite",
        "China on Monday banned exports of gallium and germanium to the United States.",
        ("suspended", "CN", "US", False),
        marks=pytest.mark.xfail(
            reason="a title naming a measure for its effects ('curbs bite') stays vetoed as"
            " comment: forecasts of effects are labelled none (rhz-114, rht-108)",
            strict=True,
        ),
    ),
    # kept: a mood, not the act
    (
        "Asian shares dip as Trump tariff fears linger",
        "Investors worry that President Trump could raise tariffs on steel.",
        None,
    ),
]

#: (title, summary, want): kind 5, an offer to cut a measure.
OFFERS: list[tuple[str, str, Want]] = [
    (
        "Washington offers to cut copper tariffs for allies that invest in US",
        "",
        ("resuming", "*", "US", True),
    ),
    ("EU offers to lower steel duties on Ukrainian imports", "", ("resuming", "UA", "EU", True)),
    (
        "India offers to scrap aluminium import duty in trade talks",
        "",
        ("resuming", "*", "IN", True),
    ),
    (
        "China offers to ease gallium export controls for US firms",
        "",
        ("resuming", "CN", "US", True),
    ),
]


#: (title, summary, want): kind 6, a measure told before a dash and a commentator's reaction
#: after it; an analyst's view alone stays no measure.
TAILS: list[Any] = [
    (
        "Trump to announce 50% copper tariffs — economist warns of higher costs",
        "",
        ("tariff", "*", "US", True),
    ),
    (
        "India raises gold import duty to 15% - analyst says jewellers will suffer",
        "",
        ("tariff", "*", "IN", False),
    ),
    (
        "Indonesia bans bauxite exports — Analysts Warn Of Supply Shock",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "EU imposes anti-dumping duties on Chinese aluminium foil – strategist sees price spike",
        "",
        ("tariff", "CN", "EU", False),
    ),
    # added after the first six read right before the change: a list of metals and a rate
    # between the verb and the measure, as in the studied row the kind comes from
    (
        "Canada to impose 25% steel and aluminium surtaxes — Economist Sees Retaliation Risk",
        "",
        ("tariff", "*", "CA", False),
    ),
    (
        "Mexico slaps new 30% steel, aluminum and copper tariffs - Analyst Says Prices Will Climb",
        "",
        ("tariff", "*", "MX", False),
    ),
    pytest.param(
        "US to unveil 50% copper and aluminium levies — strategist warns of inflation",
        "",
        ("tariff", "*", "US", True),
        marks=pytest.mark.xfail(
            reason="'levies' with no flow and no goods' place is a weak charge by design"
            " (classifier_rules_words.CHARGE_NOUNS): no trade-measure word",
            strict=True,
        ),
    ),
    ("Analysts warn US may raise copper tariffs", "", None),
    # added after a studied row read wrong with the tail's first form: a tail telling what
    # analysts think is an explainer, not a reaction headed by its analyst
    (
        "Beijing's export curbs shook the gallium market — here's what analysts expect next",
        "",
        None,
    ),
    ("Copper tariffs could hit wiring costs — economist", "", None),
]

#: (title, summary, want): a second batch of every kind, written after the modules and before
#: any engine read it (see the module docstring for its count).
SECOND: list[Any] = [
    (
        "Copper Sheet and Strip From Germany: Final Results of Sunset Review and Revocation of"
        " Order",
        "On June 1, 2023, the Department of Commerce initiated the fifth sunset review of the"
        " antidumping duty order on copper sheet and strip from Germany.",
        ("resuming", "DE", "US", False),
    ),
    pytest.param(
        "Stainless Steel Wire Rod From Sweden: Continuation of Orders",
        "As a result of the determinations by Commerce and the ITC that revocation of the"
        " antidumping duty orders would be likely to lead to continuation of dumping, Commerce is"
        " publishing notice of the continuation of the orders.",
        ("tariff", "SE", "US", False),
        marks=pytest.mark.xfail(
            reason="the lede names the agency only as 'Commerce': no importer read (SE -> *)",
            strict=True,
        ),
    ),
    (
        "Hot-Rolled Steel From Russia: Termination of the Suspension Agreement",
        "",
        ("tariff", "RU", "*", False),
    ),
    (
        "South Korean won eases as Seoul lifts steel import curbs",
        "",
        ("resuming", "*", "KR", False),
    ),
    (
        "Stocks higher, Beijing's gallium export ban in focus",
        "China banned gallium exports to the US on Tuesday.",
        ("suspended", "CN", "US", False),
    ),
    (
        "Chilean peso softens as US copper tariffs kick in",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Bitcoin slides as Trump's new tariffs rattle markets",
        "Bitcoin fell 3% on Monday. President Trump on Sunday announced 25% tariffs on steel and"
        " aluminum imports.",
        ("tariff", "*", "US", False),
    ),
    (
        "Emerging-market currencies weaken on Ottawa's fresh surtax",
        "The Canadian government imposed a 25% surtax on Chinese steel and aluminum on Tuesday.",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Stocks drift as Trump's tariffs stay in place",
        "Stocks were little changed. Tariffs on steel imposed in 2018 remain in force.",
        None,
    ),
    (
        "Shares rise as Beijing's new stimulus lifts mood",
        "China announced new stimulus measures for property. Copper rose 1%.",
        None,
    ),
    (
        "Rand firms as Trump's tariffs weigh on dollar",
        "The rand gained. Investors weighed the impact of U.S. tariffs on Chinese goods announced"
        " last month.",
        None,
    ),
    ("Mexico offers to lift tariffs on US steel", "", ("resuming", "US", "MX", True)),
    (
        "Indonesia offering to relax nickel ore export ban",
        "",
        ("resuming", "ID", "*", True),
    ),
]


@pytest.mark.parametrize(("title", "summary", "want"), REVOKED, ids=case_ids(REVOKED))
def test_orders_revoked_under_a_title_naming_no_duty(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), ISSUED, ids=case_ids(ISSUED))
def test_a_suspension_agreement_ended_issues_the_duty(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), MOVES, ids=case_ids(MOVES))
def test_a_markets_move_is_no_release(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), CAUSES, ids=case_ids(CAUSES))
def test_a_governments_new_tariffs_as_a_markets_cause(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), OFFERS, ids=case_ids(OFFERS))
def test_an_offer_to_cut_a_measure_is_proposed(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), SECOND, ids=case_ids(SECOND))
def test_a_second_batch_of_every_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


#: (title, summary, rate): kind 3's rate: a bond yield's figure in the lede is no rate.
YIELDS: list[tuple[str, str, float | None]] = [
    (
        "Mexican peso eases ahead of expected US steel duties",
        "The peso fell 0.2%; the 10-year yield rose 3 basis points to 9.412%. Investors weighed"
        " the threat of U.S. tariffs on steel imports.",
        None,
    ),
    (
        "Chilean peso softens as US copper tariffs take effect",
        "Key points: peso down 0.4%; two-year yield eases to 5.85%. A 50% U.S. tariff on copper"
        " imports took effect on Friday.",
        50.0,
    ),
]


@pytest.mark.parametrize(("title", "summary", "rate"), YIELDS, ids=case_ids(YIELDS))
def test_a_yields_figure_is_no_rate(title: str, summary: str, rate: float | None) -> None:
    event = classify(title, summary, METALS)
    assert event is not None, "\n".join(explain(title, summary, METALS))
    assert event.rate_pct == rate, "\n".join(explain(title, summary, METALS))


@pytest.mark.parametrize(("title", "summary", "want"), TAILS, ids=case_ids(TAILS))
def test_a_commentators_reaction_after_a_dash(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
