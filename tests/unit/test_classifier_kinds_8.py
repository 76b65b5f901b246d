"""Kinds seen in the tenth set's misses (the fourth blind set, released for study in session 7),
in made-up phrasings, aimed at causes that recur across the tuned sets.

The tenth set (``tests/data/real_headlines_blind4/``) was read twice never tuned on (76.0% both
times, 6 false events) and then released for study. Its misses were grouped by cause, and a
cause was taken up only when misses of other tuned sets share it (listed per kind below). Every
phrasing here was written for its kind before the engine read it (none is a headline of any real
set), in other countries, metals and wordings, with nearby phrasings that must not change.

First time, before any rule changed: 8 of 27 read right (sanctions 3/6, retaliation 0/2, an
import measure's government 0/3, export controls issued 2/3, bans sparing licence holders 1/3,
an export limit 0/1, no-event kinds 2/4, measures in market or question framing 0/3,
``proposed`` 0/2). One phrasing ("Kazakhstan to limit silver exports to 200 tonnes a year",
no lede) was written expecting ``proposed``, against the README's rule that a bare wire title
"X to <act>" with no lede reads as decided; it was corrected to not proposed and counts as
wrong first time. After the round 23 read right (and 3 phrasings of one more kind, concern
about a measure, added with its fix); three later batches, each written before the engine read
it, for a ban whose traders need a permission (0 of 2 first time, 2 now), a government
renewing a firm's export permit (0 of 2 first time, 1 now) and sanctions on a country's metal
sector (0 of 3 first time, 3 now; the one kind of this round that changed rows of other sets,
the eighth set's rhc-060 and the ninth's rhd-045); a fourth batch, written with its change but
read first on the engine before it, for a leader's plan in reported speech ("would ban"): 1 of
3 first time, 3 now; the 5 kinds not fixed are marked
``xfail(strict=True)`` with the reason, so fixing one fails loudly until its mark goes.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: title, summary, (status, origin, destination, proposed) or None
CASES: list[tuple[str, str, Want] | object] = [
    # --- sanctions: the target's goods kept out, target -> sanctioner (tenth set rhe-038,
    # rhe-039, rhe-091, rhe-143; eighth rhc-060; ninth rhd-045) -----------------------------
    (
        "New Myanmar sanctions hit state-run tin miner",
        "The Office of Foreign Assets Control has designated the Myanmar state mining company "
        "that sells most of the country's tin.",
        ("suspended", "MM", "US", False),
    ),
    (
        "Washington lifts sanctions on Iran's copper smelters",
        "Treasury removed two copper producers from its list.",
        ("resuming", "IR", "US", False),
    ),
    (
        "EU eases sanctions on Belarus's nickel refiner",
        "",
        ("resuming", "BY", "EU", False),
    ),
    (
        "Statement on today's sanctions designations",
        "Sanctions against the Sudanese gold sector",
        ("suspended", "SD", "*", False),
    ),
    # (a later batch, written before the engine read it: sanctions on a country's metal
    # sector named only in the lede, or as "the sectors of <country>"; tenth rhe-039, ninth
    # rhd-045, eighth rhc-060)
    (
        "Statement on this week's designations",
        "Sanctions against the Zimbabwean platinum sector",
        ("suspended", "ZW", "*", False),
    ),
    (
        "New order hits Russia's metals industry",
        "The order imposes sanctions on the nickel, copper and aluminium sectors of Russia.",
        ("suspended", "RU", "*", False),
    ),
    (
        "Executive order targets Sudanese gold sector",
        "",
        ("suspended", "SD", "*", False),
    ),
    # ... a country's own export ban stays its own
    ("Zimbabwe bans lithium ore exports", "", ("suspended", "ZW", "*", False)),
    # --- retaliation named as a response or by the target's name (tenth rhe-103/104/106) --
    (
        "India's response to U.S. tariffs on aluminium",
        "India is imposing a 15% duty on aluminium imported from the U.S., effective June 1.",
        ("tariff", "US", "IN", False),
    ),
    (
        "Mexico's reply to US copper duties takes effect",
        "Mexico's 20% counter-tariff on American copper wire applies from Monday.",
        ("tariff", "US", "MX", False),
    ),
    # --- an import measure's government is the importer (tenth rhe-002, rhe-088, rhe-123,
    # rhe-137; ninth rhd-080, rhd-121; third rh3-026) --------------------------------------
    (
        "Aluminium Duties Announced; Scrap Exempt",
        "To address the effects of aluminium imports on Canadian industry, Ottawa announced "
        "25% tariffs on imports of aluminium sheet, effective May 1.",
        ("tariff", "*", "CA", False),
    ),
    (
        "Commission draft to trim steel quotas",
        "The European Commission's draft would cut the bloc's steel import quotas by a third.",
        ("quota", "*", "EU", True),
    ),
    (
        "Safeguard duties imposed on flat steel imports",
        "The International Trade Administration Commission of South Africa has imposed "
        "safeguard duties on flat steel imported into the customs union.",
        ("tariff", "*", "ZA", False),
    ),
    # --- export controls issued impose them (tenth rhe-084, rhe-097) ----------------------
    (
        "Beijing issues export controls on antimony products",
        "China's commerce ministry said exporters will need a licence from September 15.",
        ("licensing", "CN", "*", False),
    ),
    (
        "Ministry issues notice to tighten export management of graphite",
        "China's Ministry of Commerce and customs jointly issued a notice on export controls "
        "on some graphite items.",
        ("licensing", "CN", "*", False),
    ),
    # ... while issuing licences under controls releases them
    (
        "China issues first export licences for gallium",
        "",
        ("resuming", "CN", "*", False),
    ),
    # --- a ban save for approved exporters is an approved-exporter rule (tenth rhe-141,
    # rhe-142, rhe-005) --------------------------------------------------------------------
    (
        "Mali prohibits lithium exports for all but licensed miners",
        "",
        ("licensing", "ML", "*", False),
    ),
    (
        "Ghana bans gold exports except by licensed aggregators",
        "",
        ("licensing", "GH", "*", False),
    ),
    # ... a ban with no exception stays a ban
    ("Ghana bans raw gold exports", "", ("suspended", "GH", "*", False)),
    # (a later batch, written before the engine read it: a ban whose traders need a ministry's
    # approval or licence is a licence regime, and "from <ministry>" names who grants it,
    # tenth rhe-005)
    (
        "Kenya bans cobalt imports, importers must get approval from the ministry",
        "",
        ("licensing", "*", "KE", False),
    ),
    (
        "Ban on tin ore exports; exporters to obtain licences from MOIT",
        "Vietnam's trade ministry said the ban covers all ore shipments.",
        ("licensing", "VN", "*", False),
    ),
    # (a later batch: a government renewing a firm's export permit releases trade for it,
    # however long the owner's name, tenth rhe-036)
    (
        "Philippines renews Nickel Asia Corporation's ore export permit",
        "",
        ("resuming", "PH", "*", False),
    ),
    pytest.param(
        "Zambia weighs extending First Quantum Minerals' copper export licence",
        "",
        ("resuming", "ZM", "*", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="not fixed: a plural owner's bare apostrophe is not read as a possessive, "
            "and the company name before the permit vetoes it as the company's own",
        ),
    ),
    # --- an export limit is a quota (tenth rhe-138) --------------------------------------
    # (a bare wire title "X to <act>" with no lede reads as decided: README)
    (
        "Kazakhstan to limit silver exports to 200 tonnes a year",
        "",
        ("quota", "KZ", "*", False),
    ),
    # --- no event: a WTO complaint, a petition, an investigation, a mining licence revoked,
    # domestic buying rules (tenth rhe-015, rhe-049, rhe-127, rhe-118, rhe-012) -------------
    (
        "Korea complains to WTO over India's duties on its steel pipes",
        "Korea has requested consultations at the World Trade Organization over anti-dumping "
        "duties India placed on its steel pipes in 2021.",
        None,
    ),
    (
        "Update on the antidumping duty petitions on aluminium wire from Korea and Turkey",
        "On May 2 a coalition of producers filed antidumping duty petitions on aluminium wire "
        "from Korea and Turkey.",
        None,
    ),
    (
        "Cold-rolled steel coil - Brazil investigates anti-dumping measures",
        "Brazil announced the initiation of an anti-dumping investigation on cold-rolled steel "
        "from Korea.",
        None,
    ),
    (
        "Zambia revokes copper miner's mining licence over unpaid royalties",
        "",
        None,
    ),
    # (added after the round, with the fix: concern about another's measure, tenth rhe-078)
    ("Chile worried about Chinese duties on copper cathodes", "", None),
    ("Indonesian miners alarmed over EU nickel tariffs", "", None),
    # ... while the measure itself still reads
    ("EU imposes tariffs on Indonesian nickel", "", ("tariff", "ID", "EU", False)),
    # --- missed: a measure in market framing or a question's lead clause (tenth rhe-152,
    # rhe-037, rhe-113; first rh-047, rh-048) ----------------------------------------------
    pytest.param(
        "Aluminium premiums jump as Ottawa pushes 30% import tariff",
        "",
        ("tariff", "*", "CA", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="not fixed: the sets disagree; the rules-written kinds read a plan or a noun "
            "after market words as market news ('Nickel eases as Philippines weighs ore export "
            "ban', 'Cobalt jumps 50% after Congo export ban'), the real sets label it an event",
        ),
    ),
    (
        "As Pakistan hikes copper import duty, who pays?",
        "",
        ("tariff", "*", "PK", False),
    ),
    pytest.param(
        "Mixed response as new Turkish steel quotas take effect",
        "",
        ("quota", "*", "TR", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="not fixed: a demonym before the goods and the measure reads as the goods' "
            "origin ('Chinese steel tariffs'), so the importer's own quota reads as on its steel",
        ),
    ),
    # --- proposed: a lede that reports the act decides; an earlier plan is not this act
    # (tenth rhe-145, rhe-019) --------------------------------------------------------------
    (
        "Ottawa to impose provisional duties on Chinese steel wire",
        "The Canada Border Services Agency is imposing provisional duties of 40% on steel wire "
        "from China.",
        ("tariff", "CN", "CA", False),
    ),
    # (a later batch: a leader's plan in reported speech, "announced that X would ban", is a
    # plan as "will ban" is; a government's dated statement decides; tenth rhe-125)
    (
        "Ban on Russian nickel imports into Canada",
        "Prime Minister Mark Carney announced that Ottawa would ban imports of nickel from Russia.",
        ("suspended", "RU", "CA", True),
    ),
    (
        "Export duty on Zambian cobalt",
        "The president said Zambia would impose a 10% duty on cobalt exports.",
        ("tariff", "ZM", "*", True),
    ),
    (
        "Ban on Russian nickel imports into Canada",
        "The government said Canada will ban imports of nickel from Russia from March 1.",
        ("suspended", "RU", "CA", False),
    ),
    # read right from session 24 (``test_classifier_kinds_55.py``, kind 2: a title telling the
    # act, its lede's "planned" the adjective of the measure acted on)
    (
        "Brazil doubles tariffs on Chinese steel to 30%",
        "Brazil on Monday doubled its planned duty on steel from China, effective next week.",
        ("tariff", "CN", "BR", False),
    ),
    # --- a goods adjective alone is no object of a measure verb (QA, session 7: a real Federal
    # Register meeting notice, "... as required by the SDWA on a final National Primary
    # Drinking Water Regulation: Lead and Copper Rule ...", read copper licensing; the two
    # phrasings below read licensing before the fix, 0 of 2) ------------------------------------
    (
        "Water utilities board; public hearing",
        "Utilities are required under the Primary Standards Act to replace lead service lines "
        "and copper fittings.",
        None,
    ),
    (
        "Smelter safety code revised",
        "Operators are required by the state Primary Safety Code to inspect zinc furnaces each year.",
        None,
    ),
    # ... while before what it qualifies it is still the goods of the measure
    ("Kazakhstan requires permits for refined copper exports", "", ("licensing", "KZ", "*", False)),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


#: Read since kinds 131 (``classifier_lede_flow``, ``classifier_exports_hit``; a strict xfail
#: of ``CASES`` until then), kept out of ``CASES`` and so of the event gate's training: trained
#: on, it moved ``test_classifier_kinds_79.py``'s near miss "Philippine nickel miners expect
#: record shipments as Indonesia's quota cuts bite" across the threshold (9.98% -> 10.00%).
READ_SINCE_131: list[tuple[str, str, Want]] = [
    (
        "Fresh prohibitions issued on platinum and palladium",
        "Today the US Treasury, with Canada, issued new prohibitions aimed at cutting Russia's "
        "income from its exports of platinum.",
        ("suspended", "RU", "US", False),
    ),
]


@headline_cases(READ_SINCE_131)
def test_a_ban_aimed_at_another_countrys_export_income(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)
