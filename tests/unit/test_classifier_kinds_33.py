"""Two kinds of missed or misread measure (session 19), in made-up phrasings.

1. A notice naming its goods' origins in a list with an Oxford comma, or by a country's formal
   title ("Goods From Brazil, India, and the Republic of Korea: Antidumping Duty Orders",
   "From the Republic of Turkey"), read the last places as the importer: the role of a place
   after ", and" or after "the Republic of" was taken from the word right before its name
   ("and", "of") instead of the list's "from". Every place of such a list is an origin (the
   first named is the corridor's), and the importer comes from the lede's agency ("the
   Department of Commerce" is the US) as for any title that names none
   (``tui/engine/classifier_listed.py``). In the studied sets: nine US notices of duty orders.
2. A measure told in market framing ("Copper slides on Trump's 50% tariff threat",
   "Aluminium rises after Trump tariff threat" whose lede says "25% tariffs on all steel and
   aluminium imports") was vetoed as market news. When the clause after the market words
   names a government acting and its measure is on the metal that moved (the title or the
   summary's first two sentences tie them: "copper tariff", "tariffs on steel and aluminium
   imports", or a title with no summary that states the measure's rate), the headline reports
   the measure; the market words are background and govern no place ("on Ottawa's tariff" is
   the cause's "on", not a target) (``tui/engine/classifier_market_acts.py``). A measure with
   no government, on other goods, or named only as a mood or a standing background ("on fears
   of", "amid") stays market news, and so does a named exporter's ban told after a price move
   with nothing tying it to the metal (the rules-written sets' convention: "Cobalt jumps after
   Congo export ban" is market news).

First time, on the engine before the change: 7 of the 16 cases read right (the misses are the
five lists and formal titles and four of the five market framings).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of corridors and framing.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, case_ids, check_kind

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, origins in a list or by a formal title.
LISTED: list[tuple[str, str, Want]] = [
    (
        "Cold-Rolled Steel Flat Products From Brazil, India, and the Republic of Korea: "
        "Antidumping Duty Orders",
        "Based on affirmative determinations by the Department of Commerce, Commerce is issuing "
        "antidumping duty orders on cold-rolled steel from Brazil, India, and Korea.",
        ("tariff", "BR", "US", False),
    ),
    (
        "Steel Nails From the Socialist Republic of Vietnam and Thailand: Antidumping Duty Orders",
        "The Department of Commerce is issuing antidumping duty orders on steel nails from "
        "Vietnam and Thailand.",
        ("tariff", "VN", "US", False),
    ),
    (
        "Copper Pipe From the Republic of Turkey: Countervailing Duty Order",
        "The Department of Commerce is issuing a countervailing duty order on copper pipe from "
        "Turkey.",
        ("tariff", "TR", "US", False),
    ),
    (
        "Aluminum Wire From Mexico, the Kingdom of Thailand, and Malaysia: Continuation of "
        "Antidumping Duty Orders",
        "As a result of sunset reviews by the U.S. Department of Commerce, the antidumping duty "
        "orders on aluminum wire from Mexico, Thailand and Malaysia continue.",
        ("tariff", "MX", "US", False),
    ),
    (
        "Zinc Sheet From Peru, Chile, and the Republic of Korea: Antidumping Duty Orders",
        "The U.S. Department of Commerce is issuing antidumping duty orders on zinc sheet.",
        ("tariff", "PE", "US", False),
    ),
]

#: (title, summary, want): kind 2, a government's measure on the metal that moved.
MARKET: list[tuple[str, str, Want]] = [
    (
        "Nickel climbs after Jakarta's export tax plan",
        "Indonesia plans a 10% tax on nickel exports, officials said on Monday.",
        ("tariff", "ID", "*", True),
    ),
    (
        "Lithium stocks slide after Santiago tariff threat",
        "Chile threatened a 20% tariff on lithium imports on Tuesday, the trade minister said.",
        ("tariff", "*", "CL", True),
    ),
    ("Copper futures tumble on Ottawa's 30% tariff threat", "", ("tariff", "*", "CA", True)),
    (
        "Zinc prices rise as Washington readies zinc tariffs",
        "The White House is preparing tariffs on zinc imports, officials said.",
        ("tariff", "*", "US", True),
    ),
    (
        "Tin prices firm after Canberra's new tin tariff",
        "Australia put a 15% tariff on tin imports on Monday.",
        ("tariff", "*", "AU", False),
    ),
]

#: (title, summary, want): kind 2's other side, market news that stays market news.
STAYS_MARKET: list[tuple[str, str, Want]] = [
    (
        "Gold rallies after tariff threat",
        "Gold rose as the president threatened tariffs on European cars.",
        None,
    ),
    (
        "Copper dips as Beijing raises tariffs",
        "China raised tariffs on US farm goods on Friday.",
        None,
    ),
    ("Platinum jumps after Pretoria export ban on fears of shortage", "", None),
    (
        "Silver slips after Washington tariff pause",
        "The administration paused tariffs on goods from most countries for 90 days.",
        None,
    ),
    (
        "Nickel prices ease amid Jakarta export curbs",
        "Indonesia's curbs on ore exports continue to weigh on supply.",
        None,
    ),
    ("Copper edges higher on tariff worries", "Traders fear new duties on metal imports.", None),
]


@pytest.mark.parametrize(("title", "summary", "want"), LISTED, ids=case_ids(LISTED))
def test_every_place_of_a_list_is_an_origin(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), MARKET, ids=case_ids(MARKET))
def test_a_measure_on_the_metal_that_moved(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), STAYS_MARKET, ids=case_ids(STAYS_MARKET))
def test_market_news_stays_market_news(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
