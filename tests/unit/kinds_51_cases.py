"""Cases of ``test_classifier_kinds_51.py`` (REVOKED, ISSUED, MOVES, CAUSES, OFFERS, TAILS, SECOND,
YIELDS), labelled before the engine read them; the kinds, first-time counts and fixes are in that
module's docstring."""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want

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
    (
        "Stainless Steel Wire Rod From Sweden: Continuation of Orders",
        "As a result of the determinations by Commerce and the ITC that revocation of the"
        " antidumping duty orders would be likely to lead to continuation of dumping, Commerce is"
        " publishing notice of the continuation of the orders.",
        ("tariff", "SE", "US", False),
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
