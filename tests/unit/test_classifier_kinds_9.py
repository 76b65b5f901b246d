"""Kinds seen in the eleventh set's misses (the fifth blind set, released for study in session 8),
in made-up phrasings, aimed at causes, never at a headline's words.

The eleventh set (``tests/data/real_headlines_blind5/``) was read three times never tuned on
(70.4% each time, 14 false events on 86 non-measures) and then released for study. Its misses
were grouped by cause; the false events on news that is not a measure came first, then the
corridor (destination, origin), status and ``proposed``. Every phrasing here was written for its
kind before the engine read it (none is a headline of any real set), in other countries, metals
and wordings.

First time, before any rule changed: 10 of 35 read right (an industry body's appeal 2/3,
explainers and factboxes 0/2, tariff classification 0/2, power and gas curbs 0/3, a quota used
up 0/2, permits halted or frozen 0/2, a review opened 2/2, a view attributed to industry after a
colon 0/2, a debate question 0/2, a slow market on sanctions 0/2, a measure's target country
3/3, an import restriction's ministry 1/1, a tariff cut to a new level 0/2, a dispute ended 0/2,
a possibility or suggestion looked into 1/2, trade-remedy abbreviations 1/2, a limit to a share
of output 0/1). The kinds that read right first time were kept: the set's misses of those kinds
have other causes, and the phrasings guard against a fix for one kind breaking another. After
the round 31 of the 35 read right; the 4 not fixed were marked ``xfail(strict=True)`` with the
reason (a priced tariff cut, where the rules-written set and the blind sets' rule disagreed,
fixed in session 17 by taking the real sets' rule; "settle" as a release verb; a speaker's
country after "says").

Later phrasings, marked as such below, were each written with its change and read first on the
engine before it (never on the set's headlines): 8 of 36 right first time, 33 now (3 marked
``xfail``: a price move after a country's named measure, where the rules-written set disagrees;
"in <country>" after the goods; a passive's speaker country). Some were changed after their
first reading, counted as first read: two expected ``proposed`` of a bare "X to <act>" title,
against the README's rule (corrected); "... tariff feud" named no imposer (rewritten to name
it); "Possibility of copper export ban not ruled out: Lusaka" put the country in a speaker's
tail, another kind (now "Lusaka sees possibility ..."); "Steel ministry bars imports ..." read
"bars" as goods (now "bans"); and two, kept with an ``xfail`` mark, gained a sibling that names
the country where the kind needs it.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, case_ids, check_kind, headline_cases
from test_classifier import METALS

from tui.engine.classifier import classify, explain

#: title, summary, (status, origin, destination, proposed) or None
CASES: list[tuple[str, str, Want] | object] = [
    # --- an industry body urging or asking a government for a measure: lobbying, no event
    # (eleventh rhf-073, rhf-117) ---------------------------------------------------------
    (
        "Miners' federation urges government to swiftly impose ban on cobalt ore exports",
        "",
        None,
    ),
    (
        "Zinc smelters' association asks hike in import duty on zinc concentrate",
        "",
        None,
    ),
    (
        "GMA urges Centre to promptly put curbs on nickel scrap imports",
        "The Gujarat Metals Association has asked the government to restrict nickel imports.",
        None,
    ),
    # (later phrasings, written with the change and read first on the engine before it: the
    # request's object a measure noun or a change right after the asking verb)
    ("Peru's SNMPE asks cut in copper export levy", "", None),
    ("Vietnam's VSA urges hike in import duty on coated steel", "", None),
    # --- an explainer or factbox whose lede states a measure: the measure is its topic
    # (eleventh rhf-110) ------------------------------------------------------------------
    (
        "FACTBOX-Who buys Chinese gallium",
        "China announced export controls on gallium and germanium last week.",
        None,
    ),
    (
        "EXPLAINER-What Jakarta's nickel policy means for smelters",
        "Indonesia banned exports of nickel ore from January 2020.",
        None,
    ),
    # --- a tariff classification or customs ruling names no measure (eleventh rhf-080) ----
    ("Tariff classification of silver-plated copper wire from Mexico", "", None),
    (
        "CBP ruling: the tariff classification of lithium carbonate from Chile",
        "You requested a ruling on the classification of the goods.",
        None,
    ),
    # --- curbs on power, gas or fuel supply are no trade measure (eleventh rhf-043) -------
    ("Yunnan aluminium smelters restart after power curbs lifted", "", None),
    ("Iran eases electricity restrictions on steel mills", "", None),
    ("Gas supply curbs force Slovak aluminium plant to cut output", "", None),
    # --- a quota being used up is market data (eleventh rhf-112) --------------------------
    ("Turkish aluminium importers use up 90% of duty-free quota by March", "", None),
    ("Korean steel exporters exhaust 80% of EU quotas in first quarter", "", None),
    # --- halting or freezing the issue of export permits tightens (eleventh rhf-095,
    # rhf-121) ------------------------------------------------------------------------------
    ("Mali halts issuance of gold export permits", "", ("suspended", "ML", "*", False)),
    ("Zambia freezes new cobalt export licences", "", ("suspended", "ZM", "*", False)),
    # --- a review or investigation of a measure opened: no measure yet (eleventh rhf-021) --
    (
        "Vietnam opens sunset review on coated sheet imports",
        "The Ministry of Industry and Trade has started a sunset review of the anti-dumping "
        "duties on galvanised steel from China.",
        None,
    ),
    (
        "Thailand initiates expiry review of safeguard on steel coil",
        "",
        None,
    ),
    # (a later phrasing, written with the change and read first on the engine before it:
    # the review's object a generic measure noun after its remedy, "safeguard measures")
    (
        "Egypt launches expiry review on rebar imports",
        "The trade ministry has started an expiry review of the safeguard measures on imports "
        "of steel rebar.",
        None,
    ),
    # --- a view of a measure attributed to industry after a colon (eleventh rhf-025) -------
    ("Export duty on nickel pig iron to hurt smelters: producers' association", "", None),
    ("Hike in aluminium import tariff to hit downstream units: manufacturers", "", None),
    # --- a measure named as a topic, then a debate question (eleventh rhf-076) ------------
    ("The Cobalt Export Ban: Bold Policy or Costly Mistake?", "", None),
    ("Nickel ore export ban - boon or bane for Indonesia?", "", None),
    # --- a price move after a country's measure, named as a noun (eleventh rhf-150): the set
    # labels it an event, the rules-written set market news ("Cobalt jumps 50% after Congo
    # export ban", labelled_headlines_unseen.toml); a fix tried for it cost that row
    pytest.param(
        "Nickel prices climb after Jakarta ore export ban",
        "",
        ("suspended", "ID", "*", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="not fixed: the rules-written set reads a move 'after <country> <measure "
            "noun>' as market news with the ban as background",
        ),
    ),
    # --- "firms" followed by what they must do are companies, not a price firming (eleventh
    # rhf-077; written with the change and read first on the engine before it) -------------
    # (the first version, "Export ban means foreign firms must refine cobalt in Kinshasa",
    # named the country only as where firms refine, a place the corridor does not read; it
    # stays, as a phrasing of that kind, marked)
    pytest.param(
        "Export ban means foreign firms must refine cobalt in Kinshasa",
        "",
        ("suspended", "CD", "*", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="not fixed: 'in <country>' after the goods is not read as who banned",
        ),
    ),
    (
        "Kinshasa's export ban means foreign firms must refine cobalt",
        "",
        ("suspended", "CD", "*", False),
    ),
    ("Copper firms to two-week high on supply worries", "", None),
    # --- a forecast of a measure attributed to a firm or an adviser ("..., X says"), no
    # government (eleventh rhf-058; later phrasings, written before the engine read them) ---
    ("Aluminium wire may face new Section 301 duties, consultancy says", "", None),
    ("Nickel alloys could get swept into steel tariffs, trade lawyer says", "", None),
    # ... while a government's own "may" stays a plan
    ("Ghana may ban gold exports, minister says", "", ("suspended", "GH", "*", True)),
    # the country of a speaker after the comma is the actor of a passive (kinds 118)
    ("Gold exports may be banned, Ghana minister says", "", ("suspended", "GH", "*", True)),
    # --- a slow market on sanctions in force (eleventh rhf-119) ----------------------------
    ("Russian aluminium exports sluggish on sanctions", "", None),
    ("Venezuelan gold trade quiet on US sanctions", "", None),
    # --- a measure's target country is where an export measure goes (eleventh rhf-066,
    # rhf-092) -------------------------------------------------------------------------------
    (
        "Russia hits back at EU sanctions with nickel export ban",
        "",
        ("suspended", "RU", "EU", False),
    ),
    (
        "China defends lithium export restrictions on India",
        "",
        ("licensing", "CN", "IN", False),
    ),
    (
        "Beijing retaliates against Washington's chip curbs with graphite export ban",
        "",
        ("suspended", "CN", "US", False),
    ),
    # (later phrasings, written with the change and read first on the engine before it: the
    # lede decides an export measure, the title names where it goes)
    (
        "Beijing explains graphite export curbs on South Korea",
        "China has tightened controls, restricting graphite exports by its producers.",
        ("licensing", "CN", "KR", False),
    ),
    (
        "Moscow answers Tokyo sanctions with export ban",
        "Russia is banning exports of palladium, the ministry said on Friday.",
        ("suspended", "RU", "JP", False),
    ),
    # --- an import restriction whose lede names the ministry granting permission
    # (eleventh rhf-091) ---------------------------------------------------------------------
    (
        "Government restricts import of silver bars",
        "Importers must now obtain a licence from the Directorate General of Foreign Trade.",
        ("licensing", "*", "IN", False),
    ),
    # (a later phrasing, written with the change and read first on the engine before it: the
    # permission named as an authorisation or a permission "from" the ministry)
    (
        "Authorities restrict gold dore imports",
        "Traders must obtain prior permission from MOFCOM for each shipment.",
        ("licensing", "*", "CN", False),
    ),
    # --- an import measure whose title names no place, whose lede names who acts (eleventh
    # rhf-049, rhf-062; written with the change and read first on the engine before it) ----
    (
        "New levies on imported copper wire",
        "Brasilia published the decree on Monday.",
        ("tariff", "*", "BR", False),
    ),
    (
        "Nickel Alloy Goods Surtax Notice 24-07",
        "Ottawa issued notice 24-07 on the surtax order.",
        ("tariff", "*", "CA", False),
    ),
    # --- a demonym opening a title as its subject is the country (eleventh rhf-030; written
    # with the change and read first on the engine before it; first written expecting
    # ``proposed``, against the README's rule that a bare wire title "X to <act>" with no
    # lede reads as decided, and corrected) --------------------------------------------------
    ("Dutch to restrict exports of gallium scrap", "", ("licensing", "NL", "*", False)),
    ("Swiss to apply safeguard duties on steel imports", "", ("tariff", "*", "CH", False)),
    # ... while a demonym before the goods stays where they come from
    ("Swiss gold exports to India slump", "", None),
    # --- a tariff cut, whatever its new level, is `resuming` (eleventh rhf-129; fixed in
    # session 17, when the rules-written sets were relabelled to the real sets' convention) ---
    ("US halves tariff on Indian aluminium to 10%", "", ("resuming", "IN", "US", False)),
    ("Canada cuts surtax on Chinese steel to 15%", "", ("resuming", "CN", "CA", False)),
    # --- a dispute over a measure ended (eleventh rhf-133, rhf-134, rhf-136) ----------------
    (
        "Japan and US end dispute over US aluminium tariffs",
        "",
        ("resuming", "JP", "US", False),
    ),
    pytest.param(
        "Washington, Ottawa settle row over US steel duties",
        "",
        ("resuming", "CA", "US", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="not fixed: 'settle' is no release verb (prices settle too: 'copper settles "
            "higher as tariffs ...'), so it reads a row over the duties, no event (before "
            "session 20 the duties read as imposed)",
        ),
    ),
    # (later phrasings, written with the change and read first on the engine before it: two
    # parties' deal ends a measure on one's goods, so the other imposed it; rhf-134)
    (
        "Japan and US strike deal to lift duties on Japanese aluminium",
        "",
        ("resuming", "JP", "US", False),
    ),
    ("India, EU reach accord ending levies on Indian steel", "", ("resuming", "IN", "EU", False)),
    # (later phrasings, written with the change and read first on the engine before it: a
    # release of a "<measure> dispute" ends the measure; "union" in "European Union" is no
    # caller; rhf-135)
    # (the first version, "Canada and US end aluminium tariff feud", said not whose tariffs
    # and was rewritten to name them)
    (
        "Canada and US end US aluminium tariff feud",
        "",
        ("resuming", "CA", "US", False),
    ),
    (
        "European Union to scrap steel duties on Norway, officials say",
        "",
        ("resuming", "NO", "EU", True),
    ),
    # --- envoys agreeing a measure before ministers adopt it: proposed (eleventh rhf-038;
    # written with the change and read first on the engine before it) ----------------------
    (
        "EU ambassadors agree on ban on Belarusian potash and nickel imports",
        "",
        ("suspended", "BY", "EU", True),
    ),
    (
        "G7 envoys back cap on Russian gold imports",
        "",
        ("quota", "RU", "*", True),
    ),
    # --- a possibility or a suggestion looked into is a plan (eleventh rhf-072, rhf-074) ---
    pytest.param(
        "Possibility of lithium ore export ban, says Zimbabwe mines minister",
        "",
        ("suspended", "ZW", "*", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="not fixed: 'possibility' now reads proposed, but the speaker's country "
            "after 'says' is not read as the actor (as the passive above)",
        ),
    ),
    ("Lusaka sees possibility of copper export ban", "", ("suspended", "ZM", "*", True)),
    (
        "Government will look into proposals to ban cobalt exports: minister",
        "",
        ("suspended", "*", "*", True),
    ),
    # --- compulsory or mandatory registration of imports is licensing (eleventh rhf-123;
    # written with the change and read first on the engine before it) ---------------------
    (
        "Vietnam orders mandatory registration for steel imports",
        "",
        ("licensing", "*", "VN", False),
    ),
    ("Copper cathode imports need compulsory registration", "", ("licensing", "*", "*", False)),
    # --- a trade flow said not to be allowed is banned, no denial (eleventh rhf-120; written
    # with the change and read first on the engine before it) ------------------------------
    (
        "Unprocessed bauxite exports no longer allowed, ministry says",
        "",
        ("suspended", "*", "*", False),
    ),
    ("Tanzania: raw gold exports not permitted from July", "", ("suspended", "TZ", "*", False)),
    # --- trade-remedy abbreviations: AD, CVD, RD duties (eleventh rhf-007, rhf-097) --------
    (
        "India imposes AD duty on Chinese aluminium foil",
        "",
        ("tariff", "CN", "IN", False),
    ),
    (
        "Pakistan extends RD on imported copper rods",
        "",
        ("tariff", "*", "PK", False),
    ),
    # --- a restriction that limits volumes to a share is a quota (eleventh rhf-118) --------
    (
        "Kazakhstan restricts copper cathode exports to 30% of output",
        "",
        ("quota", "KZ", "*", False),
    ),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


# --- a metal naming a minister's portfolio is not the goods (eleventh rhf-074; written with
# the change and read first on the engine before it) -----------------------------------------
METAL_CASES = [
    ("Steel Minister: Jakarta may ban nickel ore exports", ("nickel",)),
    ("Ministry of Mines and Steel weighs copper export levy", ("copper",)),
    ("Steel ministry bans imports of substandard steel", ("steel",)),
]


@pytest.mark.parametrize(("title", "metals"), METAL_CASES, ids=case_ids(METAL_CASES))
def test_portfolio_is_no_goods(title: str, metals: tuple[str, ...]) -> None:
    event = classify(title, "", METALS)
    assert event is not None and event.metals == metals, "\n".join(explain(title, "", METALS))


# --- rates: a share of a metal in the goods is no rate, two rates listed are per goods
# (eleventh rhf-115, rhf-097; written with the change and read first on the engine before it);
# and trade-remedy abbreviations ("RD", "CVD") name duties --------------------------------------
RATE_CASES = [
    ("Philippines weighs export tax on ore with under 1.5% nickel content", None),
    ("Kenya keeps 25 percent and 10 percent duties on steel coils", None),
    ("Egypt extends 16% RD on imported steel billets", 16.0),
]


@pytest.mark.parametrize(("title", "rate"), RATE_CASES, ids=case_ids(RATE_CASES))
def test_rate_kinds(title: str, rate: float | None) -> None:
    event = classify(title, "", METALS)
    assert event is not None and event.rate_pct == rate, "\n".join(explain(title, "", METALS))
