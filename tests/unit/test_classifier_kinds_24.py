"""A tariff lowered to a stated rate, in made-up phrasings (session 17), aimed at the kind, never
at a headline's words.

Every set of real headlines labelled by people before the engine read them labels a duty cut,
halved, lowered, reduced, slashed or trimmed `resuming` with no rate, whether or not the new
rate is given (the first, fifth and sixth blind sets, the wire set); the sets written with the
rules read a priced cut as a `tariff` at its new rate. The real labellers' convention won: a
lowering of a tariff, duty, levy, surtax or tax on goods (a verb before it, a participle or a
verb after it, "back to", "from X% to Y%" or "Y%, down from X%" with Y below X) is `resuming`,
the rate None, and the new rate stays in the evidence words. A raise is still a `tariff` at its
new rate; a cut of an export tax *rebate* raises the tax (`tariff`); a quota cut or a cut of
imports through quotas is a `quota`; an output cut, and an industry's call for a lower duty,
are no event; a cut weighed or proposed is `resuming`, proposed.

First time, on the engine before the change (``249bde0``): the 18 lowerings with a rate 0 of 18
(each a `tariff` at its new rate, the two proposed ones too), the 11 measures and non-events
beside them 11 of 11; now 29 of 29.

A request for relief, the nearest kind to a call for a cut: relief, an exemption, a waiver or a
reprieve from a measure that a country (or anyone) only seeks, asks for, requests, wants or
presses for is no event, as the real sets label it (nothing is granted, nor planned by whoever
would grant it); relief won, granted or got is a release, as before. Written after the merge
of main's session-17 kinds, read first on main's engine (``08398d7``): the six sought 0 of 6
(each a release, some proposed), the three won 3 of 3; now 9 of 9.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, case_ids, check_kind, headline_cases
from test_classifier import METALS

from tui.engine.classifier import classify, explain
from tui.engine.classifier_cuts import lowered_rate, new_rate_words

#: title, summary, want, the new rate's words (kept in the evidence words, never the rate)
CUTS: list[tuple[str, str, Want, str]] = [
    # --- a verb that lowers the duty, with its new rate ------------------------------------
    ("Canada lowers surtax on Chinese steel to 10%", "", ("resuming", "CN", "CA", False), "10%"),
    (
        "Japan reduces import levy on Australian copper to 2 per cent",
        "",
        ("resuming", "AU", "JP", False),
        "2%",  # a rate in words is read as written with "%" (classifier_surface.plain_words)
    ),
    ("Brazil trims aluminium import tariff back to 12%", "", ("resuming", "*", "BR", False), "12%"),
    (
        "Manila halves nickel ore export tax to 4% to woo smelters",
        "",
        ("resuming", "PH", "*", False),
        "4%",
    ),
    (
        "Indonesia cuts export levy on nickel pig iron to 2%",
        "",
        ("resuming", "ID", "*", False),
        "2%",
    ),
    ("Canada cuts counter-tariffs on US steel to 10%", "", ("resuming", "US", "CA", False), "10%"),
    (
        "Vietnam to lower import duty on Chinese aluminium to 5% from next year",
        "",
        ("resuming", "CN", "VN", False),
        "5%",
    ),
    (
        "Bolivia lowers export duty on tin concentrate, to 3 percent",
        "",
        ("resuming", "BO", "*", False),
        "3%",
    ),
    (
        "Washington trims Section 232 levy on British aluminium to 15%",
        "The US cut the levy on aluminium from Britain to 15 percent from 25 percent on Friday.",
        ("resuming", "GB", "US", False),
        "15%",
    ),
    # --- from one rate to a lower one ------------------------------------------------------
    (
        "South Korea slashes countervailing duty on Chinese aluminium foil from 30% to 8%",
        "",
        ("resuming", "CN", "KR", False),
        "8%",
    ),
    (
        "US revises anti-dumping duty on Korean steel plate from 45% to 12%",
        "",
        ("resuming", "KR", "US", False),
        "12%",
    ),
    (
        "EU duty on Russian nickel now 10%, down from 30%",
        "",
        ("resuming", "RU", "EU", False),
        "10%",
    ),
    # --- a participle or a verb after the duty ---------------------------------------------
    (
        "Import duty on gold slashed to 5% in Indian budget",
        "",
        ("resuming", "*", "IN", False),
        "5%",
    ),
    (
        "Mexico's steel import duty lowered to 15% from 25%",
        "",
        ("resuming", "*", "MX", False),
        "15%",
    ),
    ("Peru's copper export tax reduced to 1% from 2%", "", ("resuming", "PE", "*", False), "1%"),
    ("Indian steel import duty falls to 7.5%", "", ("resuming", "*", "IN", False), "7.5%"),
    # --- a cut proposed or weighed: resuming, proposed ---------------------------------------
    (
        "Kenya's Treasury proposes cutting copper import duty to 3%",
        "",
        ("resuming", "*", "KE", True),
        "3%",
    ),
    (
        "Indonesia considers cutting nickel export levy to 5%",
        "",
        ("resuming", "ID", "*", True),
        "5%",
    ),
]

#: title, summary, want, rate: the measures and non-events beside the kind, read as before
BESIDE: list[tuple[str, str, Want, float | None]] = [
    # a raise is a tariff at its new rate
    (
        "Ghana raises import duty on silver bars to 20% from 10%",
        "",
        ("tariff", "*", "GH", False),
        20.0,
    ),
    ("US doubles tariff on Chinese steel to 50% from 25%", "", ("tariff", "CN", "US", False), 50.0),
    # a rebate cut raises the tax
    (
        "China cuts export tax rebates for aluminium products to 9%",
        "",
        ("tariff", "CN", "*", False),
        9.0,
    ),
    ("Export tax rebate on steel cut to 0%", "", ("tariff", "*", "*", False), 0.0),
    # a quota cut tightens; cutting imports through quotas is a quota
    ("EU cuts steel import quota to 18 million tonnes", "", ("quota", "*", "EU", False), None),
    (
        "Brussels moves to cut steel imports through smaller quotas",
        "",
        ("quota", "*", "EU", False),
        None,
    ),
    # an output cut and an industry's call are no event
    ("Zinc smelter cuts output by 10% after US tariff hike", "", None, None),
    ("Tin miner cuts output 12%, blames export levy", "", None, None),
    ("Steelmakers urge government to cut import duty on scrap to 2.5%", "", None, None),
    ("Industry calls for lower duty on aluminium scrap", "", None, None),
    # an unpriced cut, as before
    (
        "Zambia halves copper concentrate export duty",
        "The duty falls to 5 percent from 10 percent from July 1.",
        ("resuming", "ZM", "*", False),
        None,
    ),
]

#: Relief from a measure only sought (a request, nothing granted: no event), and relief won
#: or granted beside it (a release, as before).
RELIEF: list[tuple[str, str, Want]] = [
    ("Canada seeks exemption from US steel tariffs", "", None),
    ("Brazil asks for relief from US aluminium tariffs", "", None),
    ("Mexico requests exemption from US steel duties", "", None),
    ("Korea seeks aluminium tariff exemption from Washington", "", None),
    ("South Africa presses for waiver of US aluminium duties", "", None),
    ("Vietnam wants reprieve from EU steel safeguard", "", None),
    ("Canada wins exemption from US steel tariffs", "", ("resuming", "CA", "US", False)),
    ("US grants Argentina exemption from steel tariffs", "", ("resuming", "AR", "US", False)),
    ("Australia gets relief from US steel tariffs", "", ("resuming", "AU", "US", False)),
]

#: Every case as (title, summary, want), as the other kinds modules give them (the learned
#: gate's training reads ``CASES``: ``benchmarks/event_gate_training.py``).
CASES: list[object] = [
    *((t, s, w) for t, s, w, _ in CUTS),
    *((t, s, w) for t, s, w, _ in BESIDE),
    *RELIEF,
]


@headline_cases(RELIEF)
def test_relief_sought_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want", "words"), CUTS, ids=case_ids(CUTS))
def test_a_priced_cut_is_a_release(title: str, summary: str, want: Want, words: str) -> None:
    check_kind(title, summary, want)
    event = classify(title, summary, METALS)
    assert event is not None and event.rate_pct is None, "\n".join(explain(title, summary, METALS))
    assert words in event.words, event.words


@pytest.mark.parametrize(("title", "summary", "want", "rate"), BESIDE, ids=case_ids(BESIDE))
def test_beside_a_priced_cut(title: str, summary: str, want: Want, rate: float | None) -> None:
    check_kind(title, summary, want)
    event = classify(title, summary, METALS)
    assert (event.rate_pct if event is not None else None) == rate


@pytest.mark.parametrize(
    ("text", "lowered", "words"),
    [
        ("cuts duty from 84% to 37%", True, ["37%"]),
        ("duty to 25% from 50%", True, ["25%"]),
        ("trimming them from 50 percent back to 25 percent", True, ["25 percent"]),
        ("now 10%, down from 30%", True, ["10%"]),
        ("raises duty from 10% to 25%", False, ["25%"]),
        ("to 15% from 10.75%", False, ["15%"]),
        ("duty cut to 7.5%, scrap to 2.5%", False, ["7.5%", "2.5%"]),
        ("duties ranging from 40% to 10%", False, []),
        ("imports fell 20% after the duty", False, []),
    ],
)
def test_lowered_rate_and_new_rate_words(text: str, lowered: bool, words: list[str]) -> None:
    """A change of rate is a lowering when the new rate is the lower; the words kept are the
    new rates only (not the old one, not a range, not a data move)."""
    assert lowered_rate(text) is lowered
    assert new_rate_words(text) == words
