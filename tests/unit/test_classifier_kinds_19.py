"""Exemptions granted to a list of countries, deals that swap a tariff for a quota, a measure
put on hold after what it falls on, and goods "produced by" a country, in made-up phrasings
(session 15's audit of the board), aimed at causes, never at a headline's words.

An importer's tariff lifted for a list of exporters ("exempts Argentina, Australia, Brazil from
steel tariffs", "grants exemption from steel tariffs to Argentina, Australia and Brazil") is
lifted for them: the first named is the exporter (the board's rows add the rest), not every
exporter (`* -> US`), which read as the tariff gone for all. A tariff imposed with a list
exempted keeps every exporter ("signs tariffs, exempts Canada and Mexico").

A deal that lifts or eases a tariff "with" a tariff-rate quota, or lifts it on goods "under
quota", replaces the tariff with the quota: `quota`, not a bare `resuming`.

"Puts counter-tariffs on US steel and aluminium on hold": the hold comes after what the
measure falls on; read before as the counter-tariffs imposed.

"Metal produced by Russia is banned from ...": the producer is where the goods come from, not
who bans them (read before as a ban on exports *to* Russia). A ban or sanctions extended "to
Russian slabs" fall on Russia's goods (read before as an export ban to Russia, or on every
exporter); an export ban extended to a country's buyers still goes to them.

A release whose metals are named only after a verb that keeps a measure ("to scrap
counter-tariffs on US goods but keep duties on steel and aluminium") changes nothing for them:
no event (read before as their tariffs lifted).

First time, before any rule changed: 7 of 18 right; now 18 of 18.
"""

from __future__ import annotations

import pytest
from kinds_cases import case_ids, check_kind

CASES: list[object] = [
    # --- an exemption for a list of exporters ------------------------------------------------
    (
        "US grants lasting exemption from aluminum tariffs to Argentina, Australia and Brazil",
        "",
        ("resuming", "AR", "US", False),
    ),
    ("Washington exempts Brazil, Argentina from steel duties", "", ("resuming", "BR", "US", False)),
    ("US exempts Australia from steel tariffs", "", ("resuming", "AU", "US", False)),
    # ... while a tariff imposed with a list exempted stays on every exporter
    ("US signs aluminum tariffs, exempts Canada and Mexico", "", ("tariff", "*", "US", False)),
    # --- a tariff lifted or eased with a quota in its place -----------------------------------
    (
        "Washington and Tokyo strike deal to ease steel tariffs with tariff-rate quota",
        "",
        ("quota", "JP", "US", False),
    ),
    (
        "US, Britain strike deal lifting aluminum tariffs on British metal under quota",
        "",
        ("quota", "GB", "US", False),
    ),
    ("US lifts tariffs on steel with Canada", "", ("resuming", "CA", "US", False)),
    (
        "Kinshasa lifts cobalt export ban on grades not covered under quotas",
        "",
        ("resuming", "CD", "*", False),
    ),
    # --- on hold after the goods ---------------------------------------------------------------
    (
        "Canada puts retaliatory tariffs on US steel and aluminium on hold for a month",
        "",
        ("resuming", "US", "CA", False),
    ),
    ("Jakarta puts nickel export levy on hold", "", ("resuming", "ID", "*", False)),
    # --- goods produced by a country ----------------------------------------------------------
    (
        "Britain, US tighten sanctions on Moscow's metals",
        "Aluminium produced by Russia after Saturday may not be delivered to exchange warehouses;"
        " imports of Russian aluminium into Britain are also banned.",
        ("suspended", "RU", "GB", False),
    ),
    (
        "Nickel produced by Russia barred from LME warehouses under new US rules",
        "",
        ("suspended", "RU", "US", False),
    ),
    ("EU widens steel ban to Russian slabs", "", ("suspended", "RU", "EU", False)),
    ("UK extends sanctions to Russian aluminium", "", ("suspended", "RU", "GB", False)),
    # ... while an export ban widened to buyers still goes to them
    (
        "Beijing extends gallium export ban to American chipmakers",
        "",
        ("suspended", "CN", "US", False),
    ),
    # --- a release that keeps the measure on the metals named ----------------------------------
    (
        "Ottawa to scrap counter-tariffs on US goods but keep duties on steel and aluminium",
        "",
        None,
    ),
    ("Canada lifts tariffs on US goods, keeping levies on aluminum", "", None),
    # ... while a release of the metals' own measure is one
    (
        "Canada lifts retaliatory tariffs on US steel and aluminum",
        "",
        ("resuming", "US", "CA", False),
    ),
]


@pytest.mark.parametrize(("title", "summary", "want"), CASES, ids=case_ids(CASES))
def test_kind(title: str, summary: str, want: object) -> None:
    check_kind(title, summary, want)  # type: ignore[arg-type]
