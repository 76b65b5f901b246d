"""Exemptions won and lost, talks about a measure, a measure starting beside a wait for
permits, and a suspension of a measure that ends, in made-up phrasings (session 16's board
audit), aimed at causes, never at a headline's words.

A country that wins, secures, gets, lands or is granted an exemption, a carve-out or a waiver
"from" another ("Canada wins steel tariff exemption from US"), or is exempted from another's
tariffs, sends the goods the other's measure spares: the winner is the exporter, the one it is
won from the importer (read before as a release of the grantor's exports, or the wrong way
round; a carve-out was no release at all). One that loses, forfeits or is stripped of its
exemption is under the measure again (read before as a release).

Two governments discussing, negotiating, meeting or calling over a measure in force
("Tokyo and Washington to discuss US steel tariffs") tell of the talks: no new measure, as
the labelled sets read such headlines ("Lula, Trump discuss tariffs in phone call" and the
like are no event). Talks about a change ("discuss deal to cut steel tariffs") or a new
measure are the change, proposed, as the labelled "US, Mexico discuss deal to cut Trump's
steel tariffs" is; a measure taken after talks is the measure.

Someone waiting for permits in one clause while a measure starts in another ("Cobalt
exporters awaiting permits as Congo quota system starts") is the measure starting (read
before as no event: the permits were the finding and the wait vetoed it); a wait with no
measure starting stays no event.

Ending, lifting or letting lapse a suspension or pause *of a measure* ("China ends suspension
of gallium export ban") brings the measure back (read before as a release); a suspension of
a flow ("lifts suspension of cobalt exports") is a ban whose end resumes the flow, as before.

Before any rule changed: 14 of 70 right (the controls).
"""

from __future__ import annotations

from kinds_cases import check_kind, headline_cases

CASES: list[object] = [
    # --- an exemption won from another ---------------------------------------------------------
    ("Canada wins steel tariff exemption from US", "", ("resuming", "CA", "US", False)),
    (
        "Australia secures aluminium tariff exemption from Washington",
        "",
        ("resuming", "AU", "US", False),
    ),
    ("Mexico gets steel tariff waiver from US", "", ("resuming", "MX", "US", False)),
    ("Brazil granted carve-out from US steel tariffs", "", ("resuming", "BR", "US", False)),
    ("Japan wins carve-out from US aluminum duties", "", ("resuming", "JP", "US", False)),
    ("UK secures steel tariff carve-out from US", "", ("resuming", "GB", "US", False)),
    (
        "South Korea obtains steel duty exemption from the United States",
        "",
        ("resuming", "KR", "US", False),
    ),
    (
        "Britain gets aluminium tariff exclusion from Washington",
        "",
        ("resuming", "GB", "US", False),
    ),
    ("Ukraine granted steel quota exemption from the EU", "", ("resuming", "UA", "EU", False)),
    (
        "Chile gets copper tariff carve-out from Trump administration",
        "",
        ("resuming", "CL", "US", False),
    ),
    ("Australia lands steel tariff exemption from US", "", ("resuming", "AU", "US", False)),
    ("Japan clinches aluminium tariff exemption from US", "", ("resuming", "JP", "US", False)),
    ("Mexico handed steel tariff waiver by Washington", "", ("resuming", "MX", "US", False)),
    ("Canada exempted from US steel tariffs", "", ("resuming", "CA", "US", False)),
    ("Britain exempted from EU steel safeguard quotas", "", ("resuming", "GB", "EU", False)),
    # ... as it was read when the tariff's owner stands before it, or the grantor acts
    ("Canada wins exemption from US steel tariffs", "", ("resuming", "CA", "US", False)),
    ("US granted steel tariff exemption to Australia", "", ("resuming", "AU", "US", False)),
    ("Australia gets no exemption from US steel tariffs", "", ("tariff", "AU", "US", False)),
    # --- an exemption lost ---------------------------------------------------------------------
    ("Australia loses exemption from US steel tariffs", "", ("tariff", "AU", "US", False)),
    ("Canada stripped of steel tariff exemption", "", ("tariff", "CA", "*", False)),
    ("Mexico loses its aluminium tariff waiver", "", ("tariff", "MX", "*", False)),
    ("Argentina forfeits steel tariff carve-out from US", "", ("tariff", "AR", "US", False)),
    ("Japan loses steel tariff exemption from Washington", "", ("tariff", "JP", "US", False)),
    # --- talks about a measure in force --------------------------------------------------------
    ("Tokyo and Washington to discuss US steel tariffs", "", None),
    ("Japan, US hold talks on steel tariffs", "", None),
    ("EU and US negotiate over aluminium tariffs", "", None),
    ("Canada, US officials meet to discuss steel tariffs", "", None),
    ("Ottawa and Washington in talks over steel and aluminum tariffs", "", None),
    ("Indonesia, EU trade ministers discuss nickel ore export ban", "", None),
    ("China and Japan hold call on rare earth export controls", "", None),
    ("Australian and US leaders meet over aluminium tariffs", "", None),
    ("Mexican officials travel to Washington for talks on steel tariffs", "", None),
    ("Britain and US in negotiations on steel quota", "", None),
    ("Seoul and Washington begin negotiations on Section 232 steel duties", "", None),
    ("Brazil, US officials confer on aluminium tariffs", "", None),
    ("Korean trade minister to visit Washington for talks on steel tariffs", "", None),
    ("Canada and US resume negotiations over aluminium tariffs", "", None),
    ("EU trade chief meets US counterpart over steel and aluminium duties", "", None),
    ("India, US officials discuss steel and aluminium tariffs", "", None),
    ("Australia and US continue talks on aluminium tariffs", "", None),
    ("UK, US discuss Section 232 steel tariffs", "", None),
    ("Vietnam, US negotiators meet on steel anti-dumping duties", "", None),
    ("Indonesia and EU hold talks on nickel ore export ban", "", None),
    ("China, Netherlands discuss gallium export controls", "", None),
    ("Zimbabwe, China officials discuss lithium export ban", "", None),
    ("South Africa, US talks on aluminium tariffs end without deal", "", None),
    # ... talks about a change are the change, proposed; a measure after talks is the measure
    ("US, Mexico discuss deal to cut steel tariffs", "", ("resuming", "MX", "US", True)),
    ("EU discusses new tariffs on Russian steel", "", ("tariff", "RU", "EU", True)),
    ("China suspends gallium export ban after talks with US", "", ("resuming", "CN", "*", False)),
    (
        "Indonesia raises nickel export tax after talks with miners",
        "",
        ("tariff", "ID", "*", False),
    ),
    # --- a measure starting beside a wait for permits ------------------------------------------
    (
        "Cobalt exporters awaiting permits as Congo quota system starts",
        "",
        ("quota", "CD", "*", False),
    ),
    (
        "Copper miners wait for licences as Zambia's export quota takes effect",
        "",
        ("quota", "ZM", "*", False),
    ),
    (
        "Cobalt shippers await export permits as DRC quota regime begins",
        "",
        ("quota", "CD", "*", False),
    ),
    (
        "Cobalt exporters await permits as Congo export ban takes effect",
        "",
        ("suspended", "CD", "*", False),
    ),
    (
        "Graphite exporters still waiting for licences as China's export controls kick in",
        "",
        ("licensing", "CN", "*", False),
    ),
    # ... while a wait with no measure starting is still no event
    ("Cobalt exporters awaiting permits amid uncertainty over Congo quotas", "", None),
    ("Cobalt traders wait for permits as Congo weighs quota", "", None),
    ("Cobalt miners still waiting for export permits in Congo", "", None),
    ("Lithium exporters wait for permits as Zimbabwe rules stay unclear", "", None),
    ("Copper producers await clarity on Zambia export permits", "", None),
    ("Cobalt miners wait for export approvals as Congo delays quota allocation", "", None),
    # --- a suspension of a measure that ends ---------------------------------------------------
    ("China ends suspension of gallium export ban", "", ("suspended", "CN", "*", False)),
    ("China lets suspension of gallium export ban lapse", "", ("suspended", "CN", "*", False)),
    ("Beijing lifts pause on rare earth export controls", "", ("licensing", "CN", "*", False)),
    ("US scraps suspension of steel tariffs on Canada", "", ("tariff", "CA", "US", False)),
    ("Suspension of Congo cobalt export ban expires", "", ("suspended", "CD", "*", False)),
    ("China's suspension of gallium export ban to US ends", "", ("suspended", "CN", "US", False)),
    # ... a suspension of a flow ended, or a suspension extended, resumes as before
    ("Congo lifts suspension of cobalt exports", "", ("resuming", "CD", "*", False)),
    ("Indonesia ends suspension of nickel ore exports", "", ("resuming", "ID", "*", False)),
    (
        "China extends suspension of gallium export ban to US",
        "",
        ("resuming", "CN", "US", False),
    ),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: tuple[str, str, str, bool] | None) -> None:
    check_kind(title, summary, want)
