"""Kinds seen in the thirteenth set's misses (the seventh blind set, released for study in
session 10), in made-up phrasings, aimed at causes, never at a headline's words.

The thirteenth set (``tests/data/real_headlines_blind7/``) was read once never tuned on (82.4%,
10 false events on 104 non-measures, 5 missed) and then released for study; after seven
destinations not named by country were corrected to ``*`` by the written rule, the same engine
read 85.3%. Its misses were grouped by cause; the false events on news that is not a measure
came first, then the missed measures, then the status and the corridor. Every phrasing here was
written for its kind before the engine read it (none is a headline of any real set), in other
countries, metals and wordings.

First time, before any rule changed: 18 of 50 read right (a trade-remedy case's step 3/5, a
review of remedies in force 0/2, weighing their end over a sunset review 0/2, a response being
prepared 1/3, an industry's hope or call 1/4, an industry moratorium 3/5, a notification 0/2,
cash deposits 0/2, a monitoring or licensing system 1/2, a ban that looms 0/2, a priced duty cut
0/2, duty-free trade 1/2, a safeguard's surtax 0/2, sources told 0/1, quotas issued 1/2, facing
another's quota 2/3, a passive title's leader in the lede 1/1, a rule's reason in its lede 2/2;
metals 1/3, rates 1/3). Later phrasings, each written with its change and read first on main
before it (a monitoring system named as a topic and an industry's suggestion 2/2, a court's
decision named 1/2, a rule's purpose and need in one clause 0/2; and, for the second gate set's
hard cases that the retrained gate no longer vetoed, a measure in a condition, its "headwinds",
its effects and questions about it 1/7; a leader imposing named in a lede that opens on a date
clause 0/2): 4 of 15. So 22 of 65 first time; 57 of 65 after the round, 60 since session 17,
when a priced duty cut (3: the set written with the rules read it as a `tariff` at its new rate,
the blind sets as `resuming`) was aligned with the real sets' rule. The 5 not fixed are marked
``xfail(strict=True)`` with the reason: duty-free access weighed
(`open` by ``test_classifier_kinds_6.py``; mended in session 20: a duty-free flow is the duty
lifted from it, ``test_classifier_kinds_35.py``), a "threat" beside a measure noun, a title's "should"
whose lede tells the call, and the leader in a lede whose opening clause names the exporter (2).
The kinds that read right first time were kept: the set's misses of those kinds had other
causes (a kicker, a lede's flow, one clause), and the phrasings guard against a fix for one kind
breaking another.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, case_ids, check_kind, headline_cases
from test_classifier import METALS

from tui.engine.classifier import classify, explain

LEDE_ACTOR = (
    "not fixed: the lede's first acting place is the possessive in its opening date clause (the "
    "exporter), so no importer is read; taking the first actor other than the exporter was tried "
    "and read the country named after it ('invasion of Ukraine') as the importer, worse than '*'"
)

#: title, summary, (status, origin, destination, proposed) or None
CASES: list[tuple[str, str, Want] | object] = [
    # --- a step of a trade-remedy case: a report or ruling postponed, a recommendation
    # reconsidered, a court's ruling on a review's results (thirteenth rhk-002, rhk-005,
    # rhk-026) -------------------------------------------------------------------------------
    (
        "Canada delays publication of final findings on anti-dumping duties against Turkish "
        "steel rebar",
        "",
        None,
    ),
    ("Brussels postpones report on countervailing duties on Indonesian stainless steel", "", None),
    ("South Africa's ITAC to reconsider aluminium safeguard recommendation", "", None),
    ("Trade tribunal to revisit its copper tube duty recommendation", "", None),
    (
        "Aluminum Foil From Thailand: Notice of Court Decision on Final Results of "
        "Countervailing Duty Review",
        "",
        None,
    ),
    # later phrasings (read first on main: 1 of 2): a court's decision named as a noun
    (
        "Copper Pipe From Vietnam: Notice of Court Ruling Not in Harmony With Antidumping "
        "Administrative Review Results",
        "",
        None,
    ),
    ("Court judgment on countervailing duty review of Indian steel wire published", "", None),
    # --- a review of measures in force announced ("to review", "to re-examine") (rhk-111) --
    ("Australia to review countervailing duties on Vietnamese aluminium", "", None),
    ("Mexico to re-examine anti-dumping measures on Korean steel sheet", "", None),
    # --- a title weighing the end of duties whose lede is their sunset review (rhk-017) ----
    (
        "Ottawa weighs scrapping duties on Chinese aluminium extrusions",
        "The tribunal has started an expiry review of the anti-dumping duties on extrusions.",
        None,
    ),
    (
        "Regulators consider ending anti-dumping duties on Thai steel wire",
        "Commerce began five-year sunset reviews of the orders on Thai wire.",
        None,
    ),
    # --- a response plan to another's measure: a reaction (rhk-141) ------------------------
    ("Vietnam to prepare response to US aluminium tariffs by April", "", None),
    ("Brazil readies plan to cushion steelmakers from Mexican duties", "", None),
    ("Japan to draw up response plan for EU steel quota cuts", "", None),
    # --- an industry's wish or call as the title, the lede saying who urges (rhk-147,
    # rhk-156) --------------------------------------------------------------------------------
    ("Cable makers hope for tighter curbs on copper wire imports", "", None),
    ("Zinc smelters aspire for higher levies on imported zinc", "", None),
    (
        "Imported aluminium foil must be taxed",
        "Local foil makers on Monday urged the government to impose a duty on foil imports.",
        None,
    ),
    # (the rules read a plan in "should" and never consult the lede's call by producers; the
    # learned gate vetoes it since session 13, trained on the studied halves, threshold 0.22)
    (
        "Foreign copper rod should face duties",
        "Wire producers called on the ministry to levy duties on copper rod imports.",
        None,
    ),
    # --- a moratorium on an industry's plants, not on trade (rhk-153, rhk-154) -------------
    ("Ministry imposes three-year moratorium on new aluminium smelters", "", None),
    ("Vietnam's steel mill moratorium: what it means for investors", "", None),
    ("Government announces moratorium on copper smelter expansion", "", None),
    ("Ministry enforces two-year moratorium to restructure aluminium sector", "", None),
    ("Ghana's Golden Pause: Inside the Gold Industry Moratorium", "", None),
    # later phrasings, kinds of the second gate set's hard cases that the retrained gate no
    # longer vetoed (rhh-086, rhh-122, rhh-156, rhh-163), read first on main: 1 of 7: a measure
    # in a condition, a measure's "headwinds", its effects, questions about it
    ("Smelters face closures if nickel export levy not removed, miner says", "", None),
    ("Copper fabricators fear decline unless import duty is scrapped", "", None),
    ("Q3 tariff headwinds hit zinc smelter margins", "", None),
    ("Steel buyers not spared from the impact of duties", "", None),
    ("The hidden cost of copper tariffs for wire makers", "", None),
    ("Ten Common Questions About the New Aluminium Tariffs", "", None),
    ("FAQs on India's gold import duty", "", None),
    # --- a trade-remedy notification: "originating in or exported from" gives the origin;
    # a heading that "seeks to impose" over a lede that "hereby imposes" (rhk-023) ---------
    (
        "Seeks to impose anti-dumping duty on aluminium foil originating in or exported from "
        "Thailand",
        "The Central Government hereby imposes an anti-dumping duty on the subject goods.",
        ("tariff", "TH", "*", False),
    ),
    (
        "Imposition of ADD on steel wheels originating in or exported from China",
        "",
        ("tariff", "CN", "*", False),
    ),
    # --- cash-deposit instructions under a duty order (rhk-053, rhk-055) ------------------
    (
        "Revised cash deposit instructions for copper pipe from Mexico (A-201-999)",
        "A U.S. Customs and Border Protection message to the trade.",
        ("tariff", "MX", "US", False),
    ),
    (
        "Cash deposit requirements for stainless steel wire from Korea",
        "",
        ("tariff", "KR", "*", False),
    ),
    # --- an import monitoring or licensing system brought in (rhk-057) ---------------------
    ("Canada launches steel import monitoring system", "", ("licensing", "*", "CA", False)),
    (
        "Mexico introduces import licensing regime for aluminium",
        "",
        ("licensing", "*", "MX", False),
    ),
    # later phrasings (read first on main before their change): a system named as a topic,
    # an industry's suggestion (the second gate set's rhc-071-like and rhh-142-like kinds met
    # while fixing the above)
    ("Export Monitoring Systems: Copper and Nickel", "", None),
    ("Zinc industry suggests changes to import monitoring scheme", "", None),
    # --- a planned ban named as a noun that "looms" (rhk-168) ------------------------------
    (
        "Zimbabwe's lithium export ban looms over Chinese miners",
        "",
        ("suspended", "ZW", "*", True),
    ),
    pytest.param(
        "Guinea bauxite export ban threat hangs over aluminium refiners",
        "",
        ("suspended", "GN", "*", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="not fixed: a 'threat' beside a measure noun reads as a speculative "
            "mention (market talk of a threat), which most such headlines are",
        ),
    ),
    # --- a duty cut from one rate to another: resuming, no rate (rhk-099; fixed in session 17,
    # when the rules-written sets were relabelled to the real sets' convention) ------------
    (
        "Brazil slashes import tariff on aluminium from 12% to 6%",
        "",
        ("resuming", "*", "BR", False),
    ),
    (
        "EU cuts anti-dumping duty on Egyptian steel to 10% from 25%",
        "",
        ("resuming", "EG", "EU", False),
    ),
    # --- duty-free trade allowed or weighed: the duty goes (rhk-110) -----------------------
    # mended in session 20 (a duty-free flow: test_classifier_kinds_35.py, kind 5)
    ("India mulls duty-free imports of copper cathodes", "", ("resuming", "*", "IN", True)),
    ("Peru allows duty-free export of zinc concentrate", "", ("resuming", "PE", "*", False)),
    # --- a safeguard whose lede names its surtax: a tariff (rhk-128) -----------------------
    (
        "Ottawa unveils safeguards on steel wire rod",
        "The agency announced safeguard surtaxes on imports of steel wire rod.",
        ("tariff", "*", "CA", False),
    ),
    (
        "Chile finalises safeguard on steel bars",
        "The safeguard takes the form of a 15% surtax on imports of bars.",
        ("tariff", "*", "CL", False),
    ),
    # --- sources told in the lede: proposed, even with a date (rhk-160) --------------------
    (
        "Egypt to raise duties on steel billets from July 1",
        "Egypt plans to raise its import duties on billets from July 1, industry sources told "
        "Reuters on Tuesday.",
        ("tariff", "*", "EG", True),
    ),
    # --- import quotas issued ("releases", "allocates" quotas) (rhk-163) -------------------
    (
        "Beijing allocates aluminium scrap import quotas for 2021",
        "",
        ("quota", "*", "CN", False),
    ),
    (
        "Vietnam releases new batch of copper scrap quotas",
        "The quotas allow importers to bring in copper scrap from abroad.",
        ("quota", "*", "VN", False),
    ),
    # --- a title's background clause names one measure, its main clause another; a country
    # that "faces" another's quota is its target (rhk-149) ----------------------------------
    (
        "After Mexico's duty hike, Brazil now faces Canadian quotas on steel",
        "",
        ("quota", "BR", "CA", False),
    ),
    ("Korea faces new EU quota on steel pipes", "", ("quota", "KR", "EU", False)),
    (
        "After Washington's 25% levy, Turkey now faces EU squeeze on steel quotas",
        "",
        ("quota", "TR", "EU", False),
    ),
    # --- a passive title with no agent whose lede names the leader imposing (rhk-085) ------
    (
        "25% Tariff Imposed on Chinese Copper Wire",
        "President Trump announced an additional 25% tariff on copper wire from China.",
        ("tariff", "CN", "US", False),
    ),
    # later phrasings (read first on main: 0 of 2): the leader imposing named in a lede that
    # opens on a date clause with another country's possessive (rhk-085)
    pytest.param(
        "25% Tariff Imposed on China Aluminium Foil",
        "On May 1, weeks after China's new export subsidies took effect, President Trump "
        "announced an additional 25% tariff on Chinese aluminium foil.",
        ("tariff", "CN", "US", False),
        marks=pytest.mark.xfail(strict=True, reason=LEDE_ACTOR),
    ),
    pytest.param(
        "Duty Imposed on Russian Nickel Wire",
        "On March 3, the anniversary of Russia's blockade, President Biden announced a 20% duty "
        "on Russian nickel wire.",
        ("tariff", "RU", "US", False),
        marks=pytest.mark.xfail(strict=True, reason=LEDE_ACTOR),
    ),
    # --- a regulation in force whose lede gives its reason ("it is necessary to regulate")
    # is not a plan (rhk-155) ----------------------------------------------------------------
    (
        "Mandatory Import Approval for Aluminium Sheet",
        "To protect the national industry, the ministry considers that it is necessary to "
        "regulate imports of aluminium sheet.",
        ("licensing", "*", "*", False),
    ),
    (
        "Mandatory Permits for Copper Cathode Imports",
        "In order to support the domestic smelting industry, the ministry requires import "
        "permits for copper cathodes.",
        ("licensing", "*", "*", False),
    ),
    # later phrasings (read first on main: 0 of 2), the purpose and the act in one clause
    (
        "Compulsory Standards for Imports of Aluminium Sheet and Coil",
        "In order to support the local aluminium industry and to improve the quality of "
        "aluminium products used by consumers the ministry considers it necessary to regulate "
        "imports of aluminium sheet.",
        ("licensing", "*", "*", False),
    ),
    (
        "Mandatory Certification for Copper Wire Imports",
        "In order to support domestic wire makers and to protect consumers the trade ministry "
        "decided to regulate imports of copper wire.",
        ("licensing", "*", "*", False),
    ),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


# --- metals: a coating named before the goods, a ministry named by a metal (rhk-110,
# rhk-120) -----------------------------------------------------------------------------------
METAL_CASES = [
    ("Anti-dumping duties on zinc coated steel from Vietnam", "", {"steel"}),
    ("Duty on aluminium-clad steel wire from Korea", "", {"steel"}),
    ("Steel ministry weighs export duty on iron ore", "", {"iron-ore"}),
]


@pytest.mark.parametrize(("title", "summary", "metals"), METAL_CASES, ids=case_ids(METAL_CASES))
def test_metal_kinds(title: str, summary: str, metals: set[str]) -> None:
    event = classify(title, summary, METALS)
    assert event is not None and set(event.metals) == metals, "\n".join(
        explain(title, summary, METALS)
    )


# --- rates: a cut from one rate to another gives none; a rise gives the new one (rhk-099) ---
RATE_CASES = [
    ("Brazil slashes import tariff on aluminium from 12% to 6%", "", None),
    ("Kenya raises import duty on steel from 10% to 25%", "", 25.0),
    ("After Washington's 25% levy, Turkey now faces EU squeeze on steel quotas", "", None),
]


@pytest.mark.parametrize(("title", "summary", "rate"), RATE_CASES, ids=case_ids(RATE_CASES))
def test_rate_kinds(title: str, summary: str, rate: float | None) -> None:
    event = classify(title, summary, METALS)
    assert event is not None and event.rate_pct == rate, "\n".join(explain(title, summary, METALS))
