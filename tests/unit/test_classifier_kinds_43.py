"""Measures missed in market framing, in a charge's "hits ... with" and in a measure joined
(session 21).

1. A market move whose title gives a government's tariff threat, plan or act as its cause
   ("Wall Street futures dip on tariff threats", "Steelmakers climb on Trump tariff threat",
   "US futures fall as Trump implements new tariffs"), its goods only in the lede's first
   sentence, which tells the act ("after President Trump said he would impose 25% tariffs on
   steel imports"). The threat noun read as a mood, a currency's move ("weakened") as no move,
   a measure the lede tells as a noun ("announced plans for a 25% tariff") as no act, and a
   market (stocks, futures, a currency) as moving no metal, so the lede's act was only the
   move's cause. When the lede's first sentence tells a government's act on watched metals,
   the headline reports it: for a market of no metal, whatever metals the act names; for a
   metal's market, only an act on that metal; the title's threat makes it proposed
   (``tui/engine/classifier_market_ledes.py``, ``classifier_market_acts.py``,
   ``title_plan`` in ``classifier_status.py``). Kept as market news: a lede whose act names
   no watched metal ("tariffs on metal imports") or another metal than the one that moved
   ("Iron ore slides ..." over a steel tariff), a mood in the title ("amid tariff worries"),
   investors weighing a threat, and a threat whose lede tells only a mood.
2. A charge told by "hits <foreign goods> with <levy>" ("Ankara hits Russian steel wire with
   dumping levy"): a bare "levy" at the end read nothing (a charge noun needs its goods after
   "on" or a protection word). After "with", under a verb of striking whose object is goods of
   a named place (``tui/engine/classifier_charges.py``), and after a trade-remedy word
   ("dumping levy", ``R.PROTECTION_WORDS``), the charge is a duty on those imports. "hits gold
   miners with windfall levy" stays no trade measure.
3. A government joining others in their measure, an aim after it ("US to join G-7 in ban of
   Russian gold imports to hit Putin", "joins EU ban on Russian gold to pressure Kremlin"):
   the measure was a bare noun and the aim ("to hit Putin") read as a forecast of its effect.
   A verb of joining after a named government before the measure takes it up as that
   government's own, as "joins EU sanctions" already reads; the aim is no forecast (``joined``
   in ``tui/engine/classifier_forecast_effects.py``). "Russian gold ban to hit Putin's war chest" and
   "US tariffs to hit Chinese steel exports" stay forecasts; "urged to join" an appeal.
4. A measure a government decides not to extend ("will not extend its export duties on steel
   beyond December 31", "decides not to renew anti-dumping duty on Chinese steel beams",
   "decides against extending export duties"): the denial veto read a plan denied, and under
   a title naming no watched metal the lede naming them denied the measure. The verb denied
   is the measure's prolonging: the measure lapses, a release (``resuming``)
   (``tui/engine/classifier_lapse_denied.py``). A release denied ("will not lift export
   duties"), a wider reach denied ("will not extend rare earth curbs to US allies") and a
   report denied stay no event.

First time, on the engine before the change: 20 of the 32 cases read right (kind 1: 9 of
15, the two measures whose title names the metal and all seven near-misses; the misses are
the six measures of a market of no metal or a threat noun; kind 2: 6 of 9, the three charges
after a trade-remedy word and the three near-misses; the misses are "dumping levy",
"provisional levy" and "new levy"; kind 3: 5 of 8, the two joined measures with no aim after
them and the three near-misses; the misses are the two with an aim, vetoed as forecasts, and
"Japan to join G7 in ban ...", labelled proposed then: that label and the like one of "UK to
join US ..." were changed afterwards to the house reading of a bare wire title's "X to <act>"
(an announced decision, proposed only when a lede says it is a plan), which the engine gave).
Kind 4, written after the first three were fixed: 5 of 7 read right before its change (the
two measures whose title tells the lapse and the three near-misses; the misses are "decides
not to renew" and "decides against extending", vetoed as denials).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, a market move caused by a government's act the lede tells.
MARKET: list[tuple[str, str, Want]] = [
    (
        "Wall Street futures dip, yen firms on tariff threats",
        "Wall Street share futures fell on Monday after U.S. President Donald Trump repeated"
        " warnings of new tariffs including on copper and aluminium. Traders sold risk.",
        ("tariff", "*", "US", True),
    ),
    (
        "Rand weakens after Trump tariff threat",
        "South Africa's rand fell on Tuesday after President Donald Trump said he would impose"
        " 50% tariffs on platinum imports. Bonds also slipped.",
        ("tariff", "*", "US", True),
    ),
    (
        "Copper stocks climb on Trump tariff plan",
        "Shares of U.S. copper producers rose on Monday after President Donald Trump announced"
        " plans to impose a 50% tariff on copper imports.",
        ("tariff", "*", "US", True),
    ),
    (
        "Nickel futures slide after Jakarta export ban threat",
        "Nickel futures fell on Tuesday after Indonesia said it would ban exports of nickel ore."
        " Stocks in Shanghai rose.",
        ("suspended", "ID", "*", True),
    ),
    (
        "Aluminium holds steady after tariffs threat",
        "Aluminium futures hovered near $2,600 a ton as President Donald Trump announced plans"
        " for a 25% tariff on all aluminium imports.",
        ("tariff", "*", "US", True),
    ),
    (
        "US futures fall as Trump implements new tariffs",
        "US stock futures fell on Tuesday following President Donald Trump's signing of an order"
        " imposing a 50% tariff on copper imports.",
        ("tariff", "*", "US", False),
    ),
    (
        "Loonie falls on Ottawa tariff threat",
        "The Canadian dollar weakened on Wednesday after Ottawa said it would impose a 25%"
        " surtax on Chinese steel imports.",
        ("tariff", "CN", "CA", True),
    ),
    (
        "Steelmakers climb on Trump tariff threat",
        "U.S. steelmakers rose on Monday after President Donald Trump said he would impose 25%"
        " tariffs on steel imports.",
        ("tariff", "*", "US", True),
    ),
    # near-misses: market news
    (
        "Won holds losses amid tariff threats",
        "The won held below 1,450 per dollar as sentiment weakened amid looming threat of new US"
        " tariffs. Trump unveiled a 25% tariff on steel imports on Sunday.",
        None,
    ),
    (
        "Iron ore slides on Trump tariff threat",
        "Iron ore futures fell on Monday after President Donald Trump said he would impose 25%"
        " tariffs on steel imports.",
        None,
    ),
    (
        "Gold rises after Trump tariff threat",
        "Gold prices rose on Monday after President Donald Trump said he would impose tariffs on"
        " copper imports.",
        None,
    ),
    (
        "Dollar climbs on tariff threats",
        "The dollar rose on Monday after President Donald Trump threatened new tariffs on metal"
        " imports.",
        None,
    ),
    (
        "Stock futures fall amid tariff worries",
        "US stock futures fell after President Donald Trump imposed 25% tariffs on steel and"
        " aluminium imports.",
        None,
    ),
    (
        "Futures slip as investors weigh Trump's tariff threat",
        "US stock futures slipped after President Donald Trump said he would impose tariffs on"
        " copper imports.",
        None,
    ),
    pytest.param(
        "Aluminium rangebound amid US tariff concerns",
        "London aluminium traded in a tight range as traders worried the US would raise tariffs"
        " on aluminium imports.",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="read right until main's merge of session 21's false-event round: since then"
            " the title reads no trade words and its lede decides (main reads it so too)",
        ),
    ),
]

#: (title, summary, want): kind 2, a charge told by "hits <foreign goods> with <levy>".
LEVY: list[tuple[str, str, Want]] = [
    ("Ankara hits Russian steel wire with dumping levy", "", ("tariff", "RU", "TR", False)),
    (
        "Brazil hits Chinese aluminium sheet with provisional levy",
        "",
        ("tariff", "CN", "BR", False),
    ),
    (
        "Mexico hits South Korean steel pipes with anti-dumping levies",
        "",
        ("tariff", "KR", "MX", False),
    ),
    (
        "Canberra hits Malaysian aluminium extrusions with a countervailing levy",
        "",
        ("tariff", "MY", "AU", False),
    ),
    ("Jakarta slaps Chinese steel coil with safeguard levy", "", ("tariff", "CN", "ID", False)),
    ("EU targets Russian nickel with new levy", "", ("tariff", "RU", "EU", False)),
    # near-misses: a charge on miners or firms, no trade measure
    ("Ghana hits gold miners with windfall levy", "", None),
    ("Chile hits copper miners with royalty tax", "", None),
    ("Zambia hits mining firms with new levy on copper", "", None),
]

#: (title, summary, want): kind 3, a government joining others in their measure.
JOINED: list[tuple[str, str, Want]] = [
    # labelled proposed at first: relabelled to the house reading of a bare "X to <act>" title
    ("Japan to join G7 in ban on Russian gold imports", "", ("suspended", "RU", "JP", False)),
    (
        "Canada joins EU in ban of Russian steel imports to punish Moscow",
        "",
        ("suspended", "RU", "CA", False),
    ),
    (
        "Switzerland joins EU ban on Russian gold to pressure Kremlin",
        "",
        ("suspended", "RU", "CH", False),
    ),
    (
        "UK to join US in tariffs on Chinese aluminium to hit Beijing",
        "",
        ("tariff", "CN", "GB", False),
    ),
    ("Norway joins EU in ban on Russian aluminium imports", "", ("suspended", "RU", "NO", False)),
    # near-misses: a forecast of a measure's effect, an appeal
    ("Russian gold ban to hit Putin's war chest, analysts say", "", None),
    ("US tariffs to hit Chinese steel exports", "", None),
    ("Japan urged to join G7 in ban on Russian gold", "", None),
]


@headline_cases(MARKET)
def test_a_market_move_caused_by_an_act_the_lede_tells(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)


@headline_cases(LEVY)
def test_a_charge_hit_on_foreign_goods(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(JOINED)
def test_a_government_joining_others_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


#: (title, summary, want): kind 4, a measure a government decides not to extend: it lapses.
LAPSED: list[tuple[str, str, Want]] = [
    (
        "Kazakhstan to let copper export duty expire at year-end",
        "Kazakhstan will not extend its 10% export duty on copper cathodes beyond December 31,"
        " the trade ministry said.",
        ("resuming", "KZ", "*", False),
    ),
    (
        "Vietnam decides not to renew anti-dumping duty on Chinese steel beams",
        "",
        ("resuming", "CN", "VN", False),
    ),
    (
        "India lets safeguard duty on steel imports lapse",
        "The finance ministry did not extend the safeguard duty on flat steel imports, which"
        " expired on Monday.",
        ("resuming", "*", "IN", False),
    ),
    (
        "Russia decides against extending export duties on steel, nickel",
        "",
        ("resuming", "RU", "*", False),
    ),
    # near-misses: a release denied, a widening denied, a report denied
    ("Russia will not lift export duties on steel", "", None),
    ("China says it will not extend rare earth curbs to US allies", "", None),
    ("Ministry denies report it will let nickel export duty lapse", "", None),
]


@headline_cases(LAPSED)
def test_a_measure_not_extended_lapses(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
