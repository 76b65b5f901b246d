"""Kinds seen in the sixteenth set's misses (the tenth blind set, released for study in
session 11), in made-up phrasings, aimed at causes, never at a headline's words.

The sixteenth set (``tests/data/real_headlines_blind10/``) was read once never tuned on (87.7%
exact, 186/212: 15 false events on 194 non-measures, 3 missed of 18 measures) and then
released for study. Its 26 misses were grouped by cause, false events first (a title that is
an analysis of a measure's impact, a clarification of a measure's scope, a review of a
measure named as the title's topic, a call for comments on a proposed measure, a company's
petition for a measure, a debate on a measure, a heading naming a kind of measure whose lede
publishes a recommendation, a title of company news whose lede tells a court order to lift a
ban, a trade-remedy body's recommendation), then the measures missed or misread (a ban ended
and replaced by quotas, an export tax rebate cancelled, a budget proposing a duty cut, a start
date finalised for a monitoring system, a surveillance set to expire on a date, a measure told
done whose lede cites an official, a lede whose sources tell the earlier curbs). Every
phrasing here was written for its kind before the engine changed (none is a headline of any
real set), in other countries, metals and wordings.

First time, before any rule changed (on main's engine): 30 of 54 read right (an analysis of a
measure's impact 1/4, a clarification 0/3, a review as the title's topic 2/3, a call for
comments 0/3, a petition 3/3, a debate 1/3, a heading whose lede publishes a recommendation 0/2,
a court order to lift a company's ban 0/2, a ban replaced by quotas 1/3, a rebate cancelled
2/3, a budget's proposed cut with a lobby's call beside it 1/3, a monitoring system's start
date 1/2, a surveillance expiring 0/2, an official cited on a measure done 2/2, sources telling
the earlier curbs 2/2; the measures and non-events beside each kind 14/14). The kinds whose
first phrasings passed were the real headlines' own shape only in part (a company the engine
knows as one, a lede that decides only when the title names no metal, "sources" rather than
"bankers"): later phrasings of those shapes, and of a dateline capital spelled with its
diacritics (rhn-011), written after the first fixes and read first before the fix for their
kind, 1 of 9 (main's engine reads them the same). So 31 of 63 first time; now 63 of 63. The
three phrasings of a trade-remedy body's recommendation are kept failing (``xfail``, strict):
older sets label such a recommendation a proposed measure.

After main's merge the set holds 223 rows (the collector added 11 after the first reading of
212; the first reading of record is now on all 223). Two of the added rows were misses of new
kinds (rhn-214, sanctions that "include" a tariff; rhn-215, a quota "given up"): 7 more
phrasings, read first on this branch's engine before the fix, 1 of 7 right (the sanctions told
plainly). "Gives up" now releases a measure and drops a plan (5 of 5); sanctions including a
tariff are kept failing (``xfail``, strict: the reason is on the mark; session 20 reads the
included tariff as the measure, ``test_classifier_kinds_35.py``: "New sanctions on Iran to
include ..." now reads right, and "Brazil Sanctions to Include ..." too since
``test_classifier_kinds_41.py``, which reads the country before the package as its target).
So 68 of 68 now, 4 ``xfail``.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, check_kind, headline_cases

_RECOMMENDATION = pytest.mark.xfail(
    strict=True,
    reason="a trade-remedy body's recommendation of a duty is read as a proposed measure by "
    "the older sets' labels (gate2's rhh-138, heldout's rhx-036, unseen's rhu-040): changing it "
    "loses their rows",
)


#: title, summary, (status, origin, destination, proposed) or None
CASES: list[tuple[str, str, Want] | object] = [
    # --- an analysis of a measure's impact named as the title (rhn-168, rhn-178) ----------
    ("Analysis of the impact of Mexico's imposition of duties on Korean zinc sheets", "", None),
    ("An analysis of the effects of India's new export duty on copper concentrate", "", None),
    ("The Impact of Global Export Rules on Nickel Pig Iron Trade", "", None),
    ("The impact of US tariff measures on Canadian aluminium smelters", "", None),
    # measures beside them stay events
    ("Mexico imposes duties on Korean zinc sheets", "", ("tariff", "KR", "MX", False)),
    (
        "India imposes 15% export duty on copper concentrate",
        "",
        ("tariff", "IN", "*", False),
    ),
    # --- a clarification of a measure's scope or applicability (rhn-161, rhn-162) ---------
    (
        "Ministry clarification on applicability of curbs imposed on gold bar imports by "
        "free-zone units",
        "",
        None,
    ),
    (
        "DGFT issues clarification on scope of import restrictions on platinum jewellery",
        "DGFT clarifies that the restrictions will not apply to export-oriented units.",
        None,
    ),
    ("Customs board clarifies applicability of export duty on copper cathode", "", None),
    # the measure itself: an event
    (
        "India restricts imports of platinum jewellery",
        "",
        ("licensing", "*", "IN", False),
    ),
    # --- a review of a measure named as the title's topic (rhn-063) ------------------------
    ("Review of anti-dumping duties on zinc sheets from Korea", "", None),
    (
        "Review of customs duty on copper tubes, pipes and fittings",
        "On 3 March the commission initiated a review of the customs duty on certain copper tubes.",
        None,
    ),
    ("Sunset review of tin plate duties from China", "", None),
    # a measure kept after its review, told by a verb: an event
    (
        "Peru extends anti-dumping duty on Chinese zinc sheets after review",
        "",
        ("tariff", "CN", "PE", False),
    ),
    # --- a call for comments on a proposed increase of a duty (rhn-004) -------------------
    ("Customs Duty Increase on Copper Wire and Cable – Comments Invited", "", None),
    ("Proposed tariff hike on nickel sheets: comment deadline nears", "", None),
    (
        "Import duty increase on aluminium foil - comments due",
        "On 2 May the commission announced an investigation into the proposed increase in the "
        "rate of customs duty on aluminium foil.",
        None,
    ),
    # a duty raised: an event
    ("Kenya raises import duty on aluminium foil to 25%", "", ("tariff", "*", "KE", False)),
    # --- a company petitions a government for a measure (rhn-176) --------------------------
    ("Graphite miner petitions US to levy Chinese graphite imports", "", None),
    ("Smelter petitions Canberra to impose duty on Chinese aluminium", "", None),
    ("Zinc producer petitions Ottawa for tariffs on Korean zinc", "", None),
    # later phrasings (read first before the fix for their kind): a company name the
    # engine does not know as one
    ("Norvik-Halden petitions Canada to tax Korean zinc imports", "", None),
    ("Kestrel-Marlow petitions EU for duties on Chinese tin", "", None),
    # the government acting after a petition: an event
    (
        "US imposes duties on Chinese graphite after miner's petition",
        "",
        ("tariff", "CN", "US", False),
    ),
    # --- a debate on a measure ("divided on") (rhn-018) ------------------------------------
    ("India divided on copper export duty as smuggling rises", "", None),
    ("Indonesian miners split over nickel export tax", "", None),
    ("Officials divided over aluminium import quota in Brazil", "", None),
    # a measure told: an event
    ("India imposes export duty on copper", "", ("tariff", "IN", "*", False)),
    # --- a heading naming a kind of measure whose lede publishes a recommendation (rhn-005) -
    (
        "ALUMINIUM SAFEGUARD MEASURES",
        "The authority has today published its final recommendation to the minister on the "
        "future of the country's aluminium safeguard measure.",
        None,
    ),
    (
        "Copper tube anti-dumping duties",
        "The commission has published its final report and recommendation on the future of "
        "the duties on copper tubes.",
        None,
    ),
    # a heading whose lede tells the measure imposed: an event
    (
        "Copper tube anti-dumping duties",
        "Brazil imposed anti-dumping duties on Chinese copper tubes on Monday.",
        ("tariff", "CN", "BR", False),
    ),
    # --- company news whose lede tells a court order for a government to lift a ban on the
    # company (rhn-194) --------------------------------------------------------------------
    (
        "Guinea bauxite mining company lays off staff",
        "Weeks after the government banned exports by Guinea Bauxite Ltd, the company says "
        "that despite a court order for the government to lift its ban, the ministry refuses.",
        None,
    ),
    (
        "Zambian copper miner gives staff notice",
        "The company says a court ordered the government to lift its ban on the miner's "
        "copper exports, but the ministry is unmoved.",
        None,
    ),
    # the ban lifted: an event
    (
        "Zambia lifts ban on copper exports by miner",
        "",
        ("resuming", "ZM", "*", False),
    ),
    # --- a trade-remedy body's recommendation (rhn-001, rhn-002, rhn-064, rhn-073) --------
    # the rules read a proposal here; the gate retrained in session 16 vetoed it (no event),
    # the gate retrained in session 21 (trained on the fifteenth blind set and the second wire
    # too) lets it through: read as the older sets' labels read a recommendation; the gate
    # retrained in session 23 (missed measures, kinds_51) vetoes the first again (12%, at its
    # threshold), with no labelled row lost
    pytest.param(
        "Authority recommends anti-dumping duty on zinc sheets from 3 nations",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="the learned gate vetoed it at 0.112; retrained at 0.103 (session 32) it does not",
        ),
    ),
    pytest.param(
        "Commission recommends maintaining 10% duty on copper tubes",
        "",
        None,
        marks=_RECOMMENDATION,
    ),
    pytest.param(
        "Dumping duty on nickel, tin-coated sheets",
        "The probe arm has recommended anti-dumping duty on tin coated sheets from Japan.",
        None,
        marks=_RECOMMENDATION,
    ),
    # --- a ban ended and replaced by quotas (rhn-012) -------------------------------------
    (
        "Zimbabwe to End Lithium Export Ban, Move to Quota System",
        "Zimbabwe announced it will lift its lithium export ban on March 1, replacing it with "
        "annual quotas.",
        ("quota", "ZW", "*", False),
    ),
    ("Guinea ends bauxite export ban, switches to quotas", "", ("quota", "GN", "*", False)),
    (
        "Indonesia lifts nickel ore export ban, moves to quota regime",
        "",
        ("quota", "ID", "*", False),
    ),
    # a ban ended with no quota: resuming
    ("Guinea ends bauxite export ban", "", ("resuming", "GN", "*", False)),
    # --- an export tax rebate cancelled: a tariff (rhn-019) --------------------------------
    (
        "Announcement on the cancellation of export tax rebates for certain aluminium products",
        "",
        ("tariff", "*", "*", False),
    ),
    ("China cancels export tax rebates for copper products", "", ("tariff", "CN", "*", False)),
    (
        "Beijing scraps export tax rebate on zinc alloys",
        "",
        ("tariff", "CN", "*", False),
    ),
    # an export tax scrapped: resuming
    ("Indonesia scraps nickel export tax", "", ("resuming", "ID", "*", False)),
    # --- a budget proposes a cut in a duty (rhn-069) ---------------------------------------
    (
        "Budget proposes reduction in import duty on copper and tin",
        "",
        ("resuming", "*", "*", True),
    ),
    (
        "Finance bill proposes cut in customs duty on silver",
        "",
        ("resuming", "*", "*", True),
    ),
    # a lobby proposing a cut: a call, no event
    ("Jewellers' association proposes cut in customs duty on gold", "", None),
    # --- a start date finalised for a monitoring or licensing system (rhn-160) ------------
    (
        "Commerce Finalizes March 3 Start Date for Copper Import Monitoring System",
        "",
        ("licensing", "*", "*", False),
    ),
    (
        "Ministry sets July 1 start date for nickel import licensing system",
        "",
        ("licensing", "*", "*", False),
    ),
    # a system named as a topic: no event
    ("Copper Import Monitoring System Explained", "", None),
    # --- a surveillance set to expire on a stated date (rhn-163) ---------------------------
    (
        "EU surveillance of copper, zinc imports set to expire",
        "The Commission's prior surveillance of imports of certain copper products will expire "
        "on Friday June 30.",
        ("resuming", "*", "EU", False),
    ),
    ("Korea's import surveillance for nickel products expires", "", ("resuming", "*", "KR", False)),
    # --- a measure told done whose lede cites an official on the notification (rhn-179) ---
    (
        "Vietnam imposes definitive AD duty on Chinese zinc sheets for five years",
        "Vietnam has imposed a definitive anti-dumping duty on zinc sheets from China for five "
        "years, a government official said citing the ministry's decision.",
        ("tariff", "CN", "VN", False),
    ),
    (
        "Brazil raises import duty on aluminium to 16%",
        "Brazil has raised its import duty on aluminium to 16%, a trade official said on Monday.",
        ("tariff", "*", "BR", False),
    ),
    # later phrasings (read first before the fix for their kind): the title names no watched
    # metal, the lede tells the measure done and cites an official
    (
        "Vietnam imposes definitive AD duty on Chinese galvanised pipes for five years",
        "Vietnam has imposed a definitive anti-dumping duty on galvanised steel pipes from "
        "China, a government official said citing the ministry's decision.",
        ("tariff", "CN", "VN", False),
    ),
    (
        "Mexico imposes countervailing duty on Korean seamless tubes",
        "Mexico has imposed a countervailing duty on seamless steel tubes from Korea, a trade "
        "ministry official said on Tuesday, citing the official gazette.",
        ("tariff", "KR", "MX", False),
    ),
    # a plan an official reports: proposed
    (
        "Brazil to raise import duty on aluminium",
        "Brazil plans to raise its duty on aluminium imports, an official said.",
        ("tariff", "*", "BR", True),
    ),
    # --- a lede whose sources tell the earlier curbs (rhn-158) -----------------------------
    (
        "Turkey Eases Gold Import Curbs Amid Lira Slide",
        "Earlier, bankers told Reuters that the government had taken steps to cut gold imports "
        "sharply in recent months.",
        ("resuming", "*", "TR", False),
    ),
    (
        "India relaxes silver import restrictions",
        "Earlier this year, traders told Reuters the authorities had tightened silver imports.",
        ("resuming", "*", "IN", False),
    ),
    # later phrasings (read first before the fix for their kind): sources in the lede tell
    # the earlier curbs, in the past perfect
    (
        "Turkey Eases Gold Import Curbs Amid Lira Slide",
        "Earlier, metal industry sources told Reuters that the government had taken steps to "
        "cut gold imports sharply.",
        ("resuming", "*", "TR", False),
    ),
    (
        "India relaxes platinum import limits",
        "Earlier this year, bullion sources told Reuters that New Delhi had restricted "
        "platinum imports to curb smuggling.",
        ("resuming", "*", "IN", False),
    ),
    # a relaxation sources report: proposed
    (
        "India to relax silver import restrictions",
        "India is set to ease curbs on silver imports, sources told Reuters.",
        ("resuming", "*", "IN", True),
    ),
    # --- a capital in the lede's dateline, spelled with its diacritics or in two words
    # (rhn-011); written after the fixes above, read first before the fix for its kind ------
    (
        "Ministry keeps anti-dumping duty on zinc from Korea",
        "HÀ NỘI — The Ministry of Industry and Trade has decided to continue imposing "
        "anti-dumping duties on zinc from Korea.",
        ("tariff", "KR", "VN", False),
    ),
    (
        "Ministry extends duty on Chinese aluminium sheets",
        "Ha Noi — The trade ministry has extended the duty on aluminium sheets from China.",
        ("tariff", "CN", "VN", False),
    ),
    # the dateline spelled plainly: already read
    (
        "Ministry keeps anti-dumping duty on zinc from Korea",
        "HANOI — The Ministry of Industry and Trade has decided to continue imposing "
        "anti-dumping duties on zinc from Korea.",
        ("tariff", "KR", "VN", False),
    ),
    # --- written after main's eleven added rows joined the set (rhn-214, rhn-215), read first
    # on this branch's engine before the fix for their kind ------------------------------
    # a measure given up ("gives up quotas"): released
    (
        "Peru gives up quotas on Chilean copper imports, says minister",
        "",
        ("resuming", "CL", "PE", False),
    ),
    ("Egypt gave up its steel import quota", "", ("resuming", "*", "EG", False)),
    ("Ghana giving up duties on Chinese aluminium sheets", "", ("resuming", "CN", "GH", False)),
    # a plan given up: no event
    ("Peru gives up plan for quotas on copper imports", "", None),
    # sanctions that include a tariff: the tariff decides
    pytest.param(
        "Brazil Sanctions to Include 40 Percent Tariffs on Aluminium Imports",
        "",
        ("tariff", "BR", "*", False),
    ),
    # mended in session 20 (a package's named instrument: test_classifier_kinds_35.py, kind 3)
    ("New sanctions on Iran to include 30% duties on copper", "", ("tariff", "IR", "*", False)),
    # sanctions told plainly on a country's metal: suspended
    ("US imposes sanctions on Iranian steel", "", ("suspended", "IR", "US", False)),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
