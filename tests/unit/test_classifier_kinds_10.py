"""Kinds seen in the twelfth set's misses (the sixth blind set, released for study in session 9),
in made-up phrasings, aimed at causes, never at a headline's words.

The twelfth set (``tests/data/real_headlines_blind6/``) was read once never tuned on (76.0%, 20
false events on 124 non-measures) and then released for study. Its misses were grouped by cause;
the false events on news that is not a measure came first, then the status and the corridor.
Every phrasing here was written for its kind before the engine read it (none is a headline of
any real set), in other countries, metals and wordings.

First time, before any rule changed: 12 of 39 read right (a reaction to another's measure 1/5,
a threat walked back or a measure backtracked on 2/4, lawmakers' threats 0/2, industry requests
2/2, a trade remedy's procedure 1/4, an analysis 1/2, acting to avert a measure 1/2, permits not
yet issued 0/1, no exemptions 1/2, a market shrugging off 0/1, a flow through a route 0/1, the
instrument after "with" 1/2, a country's TRQ 0/1, a deal with a partner 0/1, a duty's cut as a
noun 0/2, the country needing the goods 0/1, a lede's proposal 0/1, firms ordered to halt 0/1, a
vague title 0/1; rates 2/3). The kinds that read right first time were kept: the set's misses of
those kinds have other causes, and the phrasings guard against a fix for one kind breaking
another. Now 38 of the 39 read right (37 until session 20, when a country's TRQ with another
government acting was read as the quota's holder, ``tui/engine/classifier_owners.py``); the one
not fixed is marked ``xfail(strict=True)`` with the reason ("Georgia", left out of the
gazetteer, in a case whose kind is fixed, with a sibling below). One expectation was corrected after its
first reading, counted as first read: "Washington to announce ... deal with Argentina" expected
``proposed``, against the README's rule that a bare "X to <act>" title with no lede reads as
decided.

Later phrasings, marked as such below, were each written with its change and read first on the
engine before it (main at the start of session 9, never on the set's headlines): 5 of 18 right
first time, 17 now (1 marked ``xfail``: which of two parties agreeing on a duty imposed it).
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, case_ids, check_kind, headline_cases
from test_classifier import METALS

from tui.engine.classifier import classify, explain

#: title, summary, (status, origin, destination, proposed) or None
CASES: list[tuple[str, str, Want] | object] = [
    # --- a reaction to another's measure: criticism, a vowed response, a body's response, a
    # welcome (twelfth rhj-026, rhj-132, rhj-154, rhj-168) --------------------------------
    ("Brazil slams Argentine duties on aluminium sheet", "", None),
    ("Chile's mining body hits out at Peruvian copper export levy", "", None),
    ("Jakarta vows firm response to Manila's plan to tax nickel ore imports", "", None),
    ("Zinc producers welcome EU quota deal with Kazakhstan", "", None),
    ("Aluminium federation's response to ministry decision on import duties", "", None),
    # --- a threat walked back is no event; a measure backtracked on is lifted (rhj-112,
    # rhj-163) --------------------------------------------------------------------------
    ("Washington backs off threat of tariffs on Vietnamese aluminium", "", None),
    ("Jakarta walks back threatened ban on bauxite exports", "", None),
    (
        "Zambian mines ministry backtracks on cobalt export ban",
        "",
        ("resuming", "ZM", "*", False),
    ),
    ("Guinea reverses course on bauxite export ban", "", ("resuming", "GN", "*", False)),
    # --- lawmakers threatening or pushing for a measure: a call, not a measure (rhj-127) ---
    ("Lawmakers threaten to reinstate duties on Canadian aluminium", "", None),
    ("Congressmen push to reimpose tariffs on Chinese steel wire", "", None),
    # --- requests for a measure's coverage filed by industry: petitions (rhj-086) ---------
    ("Importers file flood of exclusion requests from aluminium tariffs", "", None),
    ("Manufacturers submit dozens of inclusion petitions under copper tariff", "", None),
    # --- a trade remedy's procedure: a review launched, a deadline extended (rhj-028,
    # rhj-029, rhj-158) ---------------------------------------------------------------------
    ("Canada launches expiry review of duties on Chinese copper tubing", "", None),
    ("South Africa starts sunset review of anti-dumping duties on Thai steel wire", "", None),
    (
        "Brazil extends deadline for final determination on Chinese aluminium foil duties",
        "",
        None,
    ),
    (
        "Peru reviews anti-dumping duties on Chinese zinc sheets",
        "The trade ministry has begun a sunset review of the duties imposed in 2019.",
        None,
    ),
    # --- an analysis of a measure, its title opening with the analysing (rhj-117, rhj-142) --
    ("Assessing the impact of Ottawa's new aluminium surtax", "", None),
    ("Examining Indonesia's nickel ore export ban, part 2", "", None),
    # --- a country acting to avert another's measure: lobbying (rhj-008) -------------------
    ("Chile sends trade team to Washington to head off copper tariffs", "", None),
    ("Kazakhstan lobbies Brussels in bid to avoid steel quota cuts", "", None),
    # --- permits not yet issued: a delay, no measure (rhj-157) ----------------------------
    ("Myanmar yet to issue tin export permits for 2024, traders say", "", None),
    # --- a measure kept without exemptions: nothing changes (rhj-128) ----------------------
    ("Ottawa says no exemptions from aluminium surtax", "", None),
    ("EU rules out exemptions from steel safeguard", "", None),
    # --- a market unmoved by a ruling or a measure: market news (rhj-150) -----------------
    ("Nickel market shrugs off Indonesian court ruling on export levy", "", None),
    # --- a flow through a named crossing or port resuming: logistics, no measure (rhj-020) --
    ("Zinc ore exports via Torugart pass resume", "", None),
    # --- the instrument after "with" decides the status (rhj-120) --------------------------
    (
        "Mexico moves to restrict aluminium imports with tariff-rate quotas",
        "",
        ("quota", "*", "MX", False),
    ),
    ("Thailand curbs steel wire imports with licences", "", ("licensing", "*", "TH", False)),
    # --- a country's TRQ taking effect: a quota on its goods (rhj-153) ---------------------
    (
        "Korea steel TRQ takes effect under US proclamation",
        "",
        ("quota", "KR", "US", False),
    ),
    # --- a deal on a measure with a partner: the partner's goods, the dealer's measure
    # (rhj-148) ------------------------------------------------------------------------------
    # (expected proposed when written; corrected: a bare "X to <act>" title with no lede
    # reads as decided, the README's rule)
    (
        "Washington to announce Section 232 aluminium deal with Argentina",
        "",
        ("resuming", "AR", "US", False),
    ),
    # --- an unpriced cut announced by its noun ("duty cut") is a cut (rhj-164) -------------
    ("Finance minister announces import duty cut on silver", "", ("resuming", "*", "*", False)),
    ("Nigeria unveils tariff reduction for aluminium ingots", "", ("resuming", "*", "NG", False)),
    # --- a country named as who needs the goods is no end of the corridor (rhj-091) --------
    (
        "Beijing restricts exports of gallium critical to US chipmakers",
        "China has imposed export controls on gallium and related products.",
        ("licensing", "CN", "*", False),
    ),
    # --- a proposal in the lede makes a bare "X to <act>" title proposed (rhj-141) ---------
    (
        "Commission to trim nickel import quota",
        "The European Commission proposed the change to member states on Tuesday.",
        ("quota", "*", "EU", True),
    ),
    # --- a government ordering traders to halt imports bans them (rhj-106) -----------------
    (
        "Moscow orders traders to halt imports of Kazakh aluminium",
        "",
        ("suspended", "KZ", "RU", False),
    ),
    # --- a vague title whose lede states the measure (rhj-102) -----------------------------
    pytest.param(
        "Washington prolongs relief for Georgian exporters for a further year",
        "The United States has extended the suspension of its 25% duty on aluminium from "
        "Georgia for another year.",
        ("resuming", "GE", "US", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the kind is fixed (the sibling below), but 'Georgia' is left out of the "
            "gazetteer (a US state too), so the origin is not read",
        ),
    ),
    # === later phrasings, each written with its change and read first on the engine before
    # it (main at the start of session 9) =====================================================
    # reactions: hailing, estimating, requests; an expiry review by abbreviation
    ("Aluminium makers hail Canada-Mexico tariff deal", "", None),
    ("Zinc federation estimates quota volumes after Korea deal", "", None),
    ("Miners file new inclusion requests under nickel tariff", "", None),
    ("Vietnam launches CVD expiry review on Thai steel pipes", "", None),
    # a lede's body "preparing new rules" or that "proposed some adjustments": a plan
    (
        "Chile to tighten checks on copper cathode imports",
        "The economy ministry is preparing new rules on imports of copper cathodes.",
        ("licensing", "*", "CL", True),
    ),
    (
        "Commission to cut duty-free quota for Ukrainian steel",
        "The European Commission proposed some adjustments to the quota system on Monday.",
        ("quota", "UA", "EU", True),
    ),
    # a consultancy credited before the colon, a place acting after it (rhj-135)
    ("SMM: Indonesia to ban bauxite exports", "", ("suspended", "ID", "*", False)),
    # firms ordered by a government (rhj-106)
    (
        "Jakarta has ordered smelters to stop nickel ore imports from the Philippines",
        "",
        ("suspended", "PH", "ID", False),
    ),
    # two parties' agreement on a duty eases it (rhj-058)
    pytest.param(
        "Japan, US reach new agreement on aluminium tariffs",
        "",
        ("resuming", "JP", "US", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="not fixed: the status now reads resuming, but which party imposed the "
            "duty is not in the words (the first place listed reads as the importer)",
        ),
    ),
    # a duty's cut as a noun (rhj-164); the country needing the goods (rhj-091)
    ("Kenya announces excise duty cut on gold jewellery", "", ("resuming", "*", "KE", False)),
    (
        "Moscow restricts exports of nickel vital to EU carmakers",
        "Russia has imposed export controls on nickel.",
        ("licensing", "RU", "*", False),
    ),
    # a market title naming no measure whose lede weighs one: the lede's measure is the
    # market's cause, no event (rhj-150)
    (
        "Cobalt market unmoved by Kinshasa court decision",
        "Lifting the cobalt export quota would have little effect on supply, traders said.",
        None,
    ),
    (
        "Nickel prices steady after tribunal ruling",
        "A repeal of the nickel export levy would barely change supply, analysts said.",
        None,
    ),
    # a measure and its effects named as a topic: an explainer (the gate set's rhh-012, which
    # the retrained gate no longer vetoed)
    ("Indonesia's Nickel Ore Export Ban and Its Implications", "", None),
    ("Lithium export levies and their likely effects", "", None),
    # the vague title's sibling, in a country the gazetteer knows (rhj-102)
    (
        "Ottawa prolongs relief for Chilean exporters for another year",
        "Canada has extended the suspension of its 10% duty on copper from Chile for another year.",
        ("resuming", "CL", "CA", False),
    ),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


# --- rates: per-goods changes, a range and a quota's cut give no rate (rhj-045, rhj-145,
# rhj-167) ---------------------------------------------------------------------------------
RATE_CASES = [
    (
        "Vietnam raises export taxes on steel billets",
        "Taxes on billets rise to 10 per cent from 5 per cent, and on slabs to 15 per cent "
        "from 10 per cent.",
        None,
    ),
    (
        "Turkey imposes duties on Chinese aluminium",
        "The duties vary from 12.5% to 38.2% depending on the producer.",
        None,
    ),
    ("UK to cut Indian steel quota by up to 20% from July", "", None),
    # later phrasings, written with the change and read first on the engine before it
    (
        "Egypt raises duties on steel imports",
        "Duties for billets were raised to 15 per cent from 10 per cent, and duties for rebar "
        "to 25 per cent from 20 per cent.",
        None,
    ),
    ("EU to cut Ukraine's duty-free steel quota by 20%", "", None),
]


@pytest.mark.parametrize(("title", "summary", "rate"), RATE_CASES, ids=case_ids(RATE_CASES))
def test_rate_kinds(title: str, summary: str, rate: float | None) -> None:
    event = classify(title, summary, METALS)
    assert event is not None and event.rate_pct == rate, "\n".join(explain(title, summary, METALS))
