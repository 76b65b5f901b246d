"""Kinds seen in the ninth set's misses (the third blind set, released for study in session 6),
in made-up phrasings.

The ninth set (``tests/data/real_headlines_blind3/``) was read twice never tuned on (74.1%, then
74.7% with the learned gate, 14 false events) and then released for study. Its misses were
grouped by kind, false events first (news that is not a measure read as one), then missed
events, direction, ``proposed`` and status. Every phrasing here was written for its kind before
the engine read it (none is a headline of any real set), in several countries, metals and
wordings, with nearby phrasings that must not change: they check the rule, the real sets check
the reading.

First time, before any rule changed: 13 of 45 read right (no-event phrasings 7/23, the
measures beside them 3/4, missed events 0/5, direction 3/4, ``proposed`` 0/4, status 0/3,
rates 0/2). One phrasing ("Only dealers licensed by Nepal Rastra Bank may import silver") was
written expecting no event, against the labelling rule that a dealer's authorisation to import
is ``licensing``; the engine also read no event; it was corrected to ``licensing`` and counts as
wrong first time. After the round 38 read right; the 7 kinds not fixed are marked
``xfail(strict=True)`` with the reason, so fixing one fails loudly until its mark goes. A later
batch for one more kind (a tariff review), written before the engine read it, read 1 of 4
right first time, 4 now. One of the seven (an importer named after the measure, "in India") reads
right since session 13; two more (a second clause's threat and rate on other goods, "... and
threatens 100% duties on cars", "..., warns of 60% duties on dairy") since session 20
(``tests/unit/test_classifier_kinds_35.py``).
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, check_kind, headline_cases
from test_classifier import METALS

from tui.engine.classifier import classify, explain

#: title, summary, (status, origin, destination, proposed) or None
CASES: list[tuple[str, str, Want] | object] = [
    # --- false events -------------------------------------------------------------------
    # someone without the power to act says a government "should" act, or "wants" a measure:
    # a call, not a measure (a party leader's, a candidate's, an activist's)
    ("Chile should tax lithium exports, opposition senator says", "", None),
    ("Opposition leader wants cobalt ore exports banned", "", None),
    ("Presidential candidate says Bolivia should ban raw lithium exports", "", None),
    ("Congo ought to halt copper exports, activists say", "", None),
    # ... a government's own measure nearby still reads
    ("Zambia bans exports of copper concentrates", "", ("suspended", "ZM", "*", False)),
    # an investigation closed or a request for one withdrawn: no measure was ever in force
    ("Brazil closes anti-dumping probe into Chinese aluminium foil", "", None),
    ("Steelmaker drops petition for duties on Korean steel pipe", "", None),
    ("Argentina terminates countervailing investigation on Indian steel wire", "", None),
    # ... while ending a duty releases it
    (
        "Brazil ends anti-dumping duties on Chinese aluminium foil",
        "",
        ("resuming", "CN", "BR", False),
    ),
    # a measure word in capitals is a name ("CAP", "BAN"), not a measure
    ("CAP Minera raises copper output forecast", "", None),
    # smuggling "controlled by" gangs or miners: no government controls anything
    (
        "Illegal tin trade on the Bolivian border goes unchecked",
        "Each week tonnes of ore cross a route controlled by armed gangs, police say.",
        None,
    ),
    ("Cobalt trade in eastern Congo remains controlled by militias", "", None),
    # a decision still to be taken is no measure
    ("Senate to decide on nickel export levy next week", "", None),
    ("Parliament to rule on copper export tax as miners wait", "", None),
    # a WTO panel's finding on a measure is no event; a national court striking it down is
    ("WTO panel says Indian steel duties broke trade rules", "", None),
    ("WTO finds EU nickel tariffs breached global trade rules", "", None),
    ("U.S. court rules against Section 232 steel tariffs", "", ("resuming", "*", "US", False)),
    # a sector struggling with a list of troubles, licensing among them, is a feature
    ("Madagascar's graphite miners grapple with permits, power cuts and low prices", "", None),
    ("Indonesian tin smelters battle licensing delays and weak demand", "", None),
    # a trade figure; the measure only in a "since" clause of the lede
    (
        "Canada ships most nickel to China in three years",
        "Canada exported 12,000 tonnes of nickel to China in May, the most since Beijing "
        "imposed curbs in 2021, customs data showed.",
        None,
    ),
    ("Russian aluminium flows to Japan hit high since sanctions began", "", None),
    # traders, buyers or an industry hoping for (anticipating) the end of a measure
    ("Traders hope end to Indonesian nickel ore ban is near", "", None),
    ("Miners anticipate lifting of cobalt export ban", "", None),
    ("Steel importers bet on end to EU safeguard duties", "", None),
    ("Indonesia ends nickel ore export ban", "", ("resuming", "ID", "*", False)),
    # quotas for mining or smelting, issued in batches, are production quotas
    (
        "China releases first batch of rare earth quotas for 2025",
        "The ministries set mining and smelting quotas for the year.",
        None,
    ),
    pytest.param(
        "Beijing sets graphite quotas for 2026",
        "The quota caps mining output in the northeast.",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="not fixed: a production quota named only in the lede: the title's veto reads the title alone",
        ),
    ),
    # a review of a tariff structure is a study, like a probe ("under review" still weighs one)
    ("Kenya in copper import tariff review", "", None),
    ("Nickel duty review to conclude in March", "", None),
    ("Vietnam launches steel tariff review", "", None),
    pytest.param(
        "Aluminium tariffs under review, minister says",
        "",
        ("tariff", "*", "*", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the learned gate vetoes it since session 13 (trained on the studied halves, "
            "its threshold 0.22 chosen on real headlines): the rules read it right",
        ),
    ),
    # --- missed events ------------------------------------------------------------------
    # registration or authorisation required to import is licensing
    (
        "Vietnam makes import registration mandatory for steel coils",
        "",
        ("licensing", "*", "VN", False),
    ),
    (
        "Egypt: registration requirement imposed on copper wire imports",
        "",
        ("licensing", "*", "EG", False),
    ),
    (
        "Only dealers licensed by Nepal Rastra Bank may import silver",
        "",
        ("licensing", "*", "NP", False),
    ),
    ("Only licensed dealers may import gold into Ghana", "", ("licensing", "*", "GH", False)),
    # lawmakers voting to impose a measure: proposed (not yet law)
    (
        "Brazilian senators vote to impose duties on steel imports",
        "",
        ("tariff", "*", "BR", True),
    ),
    # --- direction ----------------------------------------------------------------------
    # a demonym heading a government body that releases import limits is the importer
    ("Indian Central Bank eases curbs on gold imports", "", ("resuming", "*", "IN", False)),
    ("Turkish Trade Ministry lifts limits on gold imports", "", ("resuming", "*", "TR", False)),
    # duties exempted "for" a demonym's goods: those goods' origin
    ("Brazil waives duties for Chinese steel coils", "", ("resuming", "CN", "BR", False)),
    ("Peru exempts tariffs on Korean copper wire", "", ("resuming", "KR", "PE", False)),
    # --- proposed -----------------------------------------------------------------------
    # a measure in force that "threatens" an industry is no threat of a measure
    (
        "U.S. tariff blow threatens Canadian aluminium smelters",
        "",
        ("tariff", "CA", "US", False),
    ),
    ("EU tariff shock threatens Norwegian nickel refiners", "", ("tariff", "NO", "EU", False)),
    # "on the cards" is a plan ("in India" ending the title names the importer: session 13)
    ("Higher aluminium import duties on the cards in India", "", ("tariff", "*", "IN", True)),
    ("Philippine nickel export ban on the cards", "", ("suspended", "PH", "*", True)),
    # --- status -------------------------------------------------------------------------
    # exporters "to pay" a tax are charged a duty
    pytest.param(
        "Gold exporters to pay $100 levy per kilogram under new bill",
        "Exporters will be required to pay the levy for each kilogram shipped.",
        ("tariff", "*", "*", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="not fixed: a charge traders 'pay' is not yet read as a duty on their flow",
        ),
    ),
    # two acts in one title: the one that names the metal decides
    pytest.param(
        "Trump Revamps Tariff Plan, Exempts Copper and Silver",
        "",
        ("resuming", "*", "US", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="not fixed: 'Plan' as the released measure's modifier still reads as a plan",
        ),
    ),
    # a Federal Register heading names a procedure; the lede says what was done
    pytest.param(
        "Antidumping Duty Orders, Investigations and Reviews: Aluminum Foil From Korea",
        "The Department of Commerce is revoking the antidumping duty order on aluminum foil "
        "from Korea.",
        ("resuming", "KR", "US", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="not fixed: a Federal Register heading's procedure words still decide over the lede",
        ),
    ),
]

#: title, summary, rate_pct wanted (the rate of the metal's own clause)
RATES: list[tuple[str, str, float | None] | object] = [
    # mended in session 20 (a plan verb opening a second clause: test_classifier_kinds_35.py)
    ("Trump unveils 25% tariff on aluminium and threatens 100% duties on cars", "", 25.0),
    ("Canada sets 30% surtax on steel, warns of 60% duties on dairy", "", 30.0),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(RATES)
def test_rate_and_decision_of_the_metals_clause(
    title: str, summary: str, want: float | None
) -> None:
    event = classify(title, summary, METALS)
    assert event is not None, "\n".join(explain(title, summary, METALS))
    assert (event.rate_pct, event.proposed) == (want, False), "\n".join(
        explain(title, summary, METALS)
    )
