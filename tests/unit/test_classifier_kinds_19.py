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

An exemption ended or granted names whose goods it spares: "scraps Australia's exemption from
aluminium tariffs" (read before as a US tariff on exports *to* Australia), "ends Turkey's
steel quota exemption", "ends tariff exemptions for Canada and Mexico" (read before for every
exporter). A country that "secures" a cut in "US aluminium tariffs" gains it on its own goods
(read before as its tariffs on US goods). A measure struck from a bill ("drop nickel ore
export ban from mining bill") is a plan dropped, no event (the board withdraws the plan;
read before as a proposed lift, or as the plan itself). A quota a country accepts in return
for another's tariff exemption or relief binds its exports to that country (read before as
its own import quota, a lift, or no event). A tariff "out-of-quota" or "over-quota" on steel
is a tariff-rate quota's, as "quotas and tariffs" is (read before as a tariff on all steel).

First time, before any rule changed: 7 of 28 right; now 28 of 28.
"""

from __future__ import annotations

from kinds_cases import check_kind, headline_cases

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
    # --- an exemption ended: whose goods it spared ---------------------------------------------
    (
        "Washington scraps Australia's exemption from aluminium tariffs",
        "",
        ("tariff", "AU", "US", False),
    ),
    ("EU ends Turkey's steel quota exemption", "", ("quota", "TR", "EU", False)),
    (
        "US ends aluminum tariff exemptions for Canada and Mexico",
        "",
        ("tariff", "CA", "US", False),
    ),
    # --- a country that secures a cut in another's tariffs gains from it -----------------------
    ("UK secures agreement to cut US aluminium tariffs", "", ("resuming", "GB", "US", False)),
    # --- a measure struck from a bill: a plan dropped ---------------------------------------------
    ("Philippine senators drop nickel ore export ban from mining bill", "", None),
    ("House strips nickel ore export ban from Philippine mining bill", "", None),
    # --- a quota accepted in exchange for an exemption: the acceptor's exports ----------------
    (
        "Seoul accepts cap on steel shipments to US in return for tariff exemption",
        "",
        ("quota", "KR", "US", False),
    ),
    (
        "Argentina accepts aluminium export quota to win US tariff relief",
        "",
        ("quota", "AR", "US", False),
    ),
    # --- a tariff above a quota is the quota's ---------------------------------------------------
    ("EU sets 45% over-quota duty on steel imports", "", ("quota", "*", "EU", False)),
    ("Brussels raises out-of-quota tariff on steel to 50%", "", ("quota", "*", "EU", False)),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: object) -> None:
    check_kind(title, summary, want)  # type: ignore[arg-type]
