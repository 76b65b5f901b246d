"""Kinds seen in the fourteenth set's misses (the eighth blind set, released for study in
session 10), in made-up phrasings, aimed at causes, never at a headline's words.

The fourteenth set (``tests/data/real_headlines_blind8/``) was read once never tuned on (84.4%
on the session-10 start engine, 84.9% after the seventh set's round: 14 false events on 146
non-measures, 2 missed) and then released for study; two importers named neither in the title
nor the summary were corrected to ``*`` by the written rule (the same engine still reads 84.9%).
Its misses were grouped by cause; the false events on news that is not a measure came first,
then the missed measures, then the status and the corridor. Every phrasing here was written for
its kind before the engine read it (none is a headline of any real set), in other countries,
metals and wordings.

First time, before any rule changed: 15 of 33 read right (an industry's or a company's call
6/8, a review or probe opened with "AD" and "&" 3/3, changed-circumstances results 0/2, legal
challenges 1/3, a measure that worries others 1/2, exports as trade data 1/1, retaliation as a
topic 0/1, a provisional safeguard 1/2, a QCO or a monitoring mechanism 0/3, a "Seeks to"
heading 0/3, a duty's suspension lifted 0/1, exports for permit holders 0/1, a quota's
exporter 2/3). Later phrasings, each written with its change and read first on main before it
(a lede's "anti-dumping (AD) sunset review" 1/2, a government backing another's demand 0/2, a
duty's suspension lifted 0/2, a restart beside another flow's level 0/2): 1 of 8. So 16 of 41
first time; now 41 of 41 (39 until session 12, when "track imports" was read as an import
monitoring system; 40 until session 20, when "articles of X" was read as a quota's exporter,
``tui/engine/classifier_owners.py``). The kinds that read right
first time were kept: the set's misses of those kinds had other causes (a summary's lede, a
possessive subject), and the phrasings guard against a fix for one kind breaking another.
"""

from __future__ import annotations

from kinds_cases import Want, check_kind, headline_cases

#: title, summary, (status, origin, destination, proposed) or None
CASES: list[tuple[str, str, Want] | object] = [
    # --- an industry's or a company's call on a government (an SOS, a plea, urging, seeking,
    # backing a demand): a call, no measure (rhl-040, rhl-093, rhl-130, rhl-170) -------------
    ("Brazilian aluminium makers' plea to Brasilia: act against Mexico's duties", "", None),
    ("Copper fabricators send SOS to ministry over Chinese import surge", "", None),
    ("Australian zinc miners urge Canberra to reject export levy waivers", "", None),
    ("Canadian aluminium chiefs urge Ottawa to resist tariff exemptions for US metal", "", None),
    ("Mining ministry backs smelters' demand for import duty cut on nickel ore", "", None),
    ("Trade ministry supports industry call for export duty relief on steel", "", None),
    # later phrasings (read first on main: 0 of 2): a government backing another's demand
    ("Mines ministry backs sector's call for nickel export levy exemption", "", None),
    ("Trade ministry endorses industry's demand for tin export duty relief", "", None),
    (
        "Budget expectations: Vedanta chief seeks higher import duty on copper",
        "",
        None,
    ),
    ("Nickel producer's CEO seeks export tax cut in coming budget", "", None),
    # --- a trade-remedy review or probe opened, "AD" abbreviated, two joined by "&"
    # (rhl-062, rhl-066) -----------------------------------------------------------------
    ("Brazil initiates AD sunset review & scope review on Korean steel tubes", "", None),
    ("Turkey starts AD & anti-circumvention probes on Vietnamese copper tubes", "", None),
    ("Mexico opens CVD expiry review on Indian aluminium foil", "", None),
    # later phrasings (read first on main: 1 of 2): the lede's "anti-dumping (AD) sunset review"
    (
        "Colombia initiates expiry review & scope review on Korean zinc sheets",
        "On March 3, 2024, the Ministry of Trade announced the launch of the first "
        "countervailing duty (CVD) expiry review on zinc sheets originating in Korea.",
        None,
    ),
    (
        "Chile begins AD & scope probes on Thai copper tubes",
        "On May 2, 2023, the Ministry of Economy announced the launch of the first "
        "anti-dumping (AD) sunset review on copper tubes originating in Thailand.",
        None,
    ),
    # --- changed-circumstances results and a rescinded review: no measure (rhl-149) -------
    (
        "Copper Pipe From Mexico: Final Results of Antidumping Duty Changed Circumstances "
        "Review, 1234-1235 [2021-0001]",
        "",
        None,
    ),
    (
        "Steel Nails From Oman: Rescission of Countervailing Duty Changed Circumstances Reviews",
        "",
        None,
    ),
    # --- legal challenges to a measure: a court case, not the measure (rhl-126, rhl-127) ---
    ("Section 232: a year of court battles", "", None),
    ("Steel tariffs: another year of legal challenges for importers", "", None),
    ("Importers' challenge to aluminium duties succeeds at trade court", "", None),
    # --- a measure that concerns, worries or alarms someone: a reaction (rhl-174) ---------
    ("India's export curbs worry Japanese steel buyers", "", None),
    ("Indonesia's nickel ore ban alarms Chinese smelters", "", None),
    # --- exports resuming as trade data, a month and levels (rhl-082) ---------------------
    ("Peru: Copper Exports Rebound in May, Zinc Shipments Stay Weak", "", None),
    # later phrasings (read first on main: 0 of 2): a restart beside another flow's level
    ("Mexico: Copper Exports Resume in March, Zinc Stays at Low Levels", "", None),
    ("Bolivia's tin exports resume in April while silver shipments hover near record", "", None),
    # --- a retaliation named as a topic (rhl-085) -----------------------------------------
    ("Retaliation Against EU Steel Safeguard Duties: An Overview", "", None),
    # --- a provisional safeguard measure is a duty (rhl-009) ------------------------------
    (
        "Morocco imposes provisional safeguard measures on imports of galvanised steel",
        "",
        ("tariff", "*", "MA", False),
    ),
    (
        "Kenya slaps provisional safeguard measure on aluminium sheet imports",
        "",
        ("tariff", "*", "KE", False),
    ),
    # --- a quality-control order abbreviated (QCO) or a monitoring mechanism put in place
    # (rhl-027, rhl-074) -------------------------------------------------------------------
    (
        "Amid rising copper imports, Egypt issues new QCO",
        "",
        ("licensing", "*", "EG", False),
    ),
    ("Thailand notifies QCO for stainless steel imports", "", ("licensing", "*", "TH", False)),
    # (kept failing until session 12, when "track imports" joined "monitor imports" as an
    # import monitoring system: the wire set's kind, test_classifier_kinds_16.py)
    (
        "New system to track imports of nickel, zinc",
        "The government has decided to set up a mechanism to monitor imports of nickel and zinc.",
        ("licensing", "*", "*", False),
    ),
    # --- a notification's heading "Seeks to impose" / "seeks to rescind" (not a plan)
    # (rhl-175 to rhl-177, rhl-181) ----------------------------------------------------------
    (
        "Seeks to impose provisional anti-dumping duty on copper tubes from Malaysia",
        "",
        ("tariff", "MY", "*", False),
    ),
    (
        "Customs Notification No. 12/2024 dated 3rd March 2024",
        "Seeks to impose anti-dumping duty on imports of zinc oxide originating in or exported "
        "from Korea.",
        ("tariff", "KR", "*", False),
    ),
    (
        "Customs Notification No 9 of 2023",
        "seeks to rescind the anti-dumping duty imposed on imports of aluminium wheels "
        "originating in or exported from Thailand.",
        ("resuming", "TH", "*", False),
    ),
    # --- lifting a duty's suspension puts the duty back (rhl-034) -------------------------
    (
        "EU ends suspension of anti-dumping duties on Russian steel ropes",
        "",
        ("tariff", "RU", "EU", False),
    ),
    # later phrasings (read first on main: 0 of 2)
    ("Brussels lifts suspension of duties on Ukrainian steel", "", ("tariff", "UA", "EU", False)),
    ("India lifts suspension of gold import duty", "", ("tariff", "*", "IN", False)),
    # --- exports allowed only to holders of a waiver or permit: licensing (rhl-166) -------
    (
        "Zimbabwe allows lithium exports for miners with permits",
        "",
        ("licensing", "ZW", "*", False),
    ),
    # --- a quota on "articles of X" or metal "from X", and "new X steel TRQs": X is the
    # exporter (rhl-153, rhl-154, rhl-156, rhl-183) -----------------------------------------
    (
        "Tariff Rate Quota (TRQ) for Steel Articles of Brazil",
        "",
        ("quota", "BR", "*", False),
    ),
    (
        "Section 232 Absolute Quota on Steel from Argentina",
        "",
        ("quota", "AR", "US", False),
    ),
    (
        "CBP issues guidance on new Korean aluminium TRQs",
        "",
        ("quota", "KR", "US", False),
    ),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
