"""Three kinds of misread measure (session 20, issue #16), in made-up phrasings.

1. A bare "Commission", "the Commission", "European Commission" or "Brussels" imposing a
   measure is the EU, the importer ("Commission imposes provisional duties on Chinese
   aluminium extrusions": CN -> EU); a bare "Commerce", "Commerce Department" or "Commerce
   Dept" acting in a trade-remedy headline is the US ("Commerce lowers anti-dumping duties on
   Korean steel pipe": KR -> US); so is the bare name after "by" ("proposed by Commission",
   "lowered by Commerce"). India's commerce ministry, China's Ministry of Commerce, a
   chamber of commerce and e-commerce keep their own readings
   (``tui/engine/classifier_bodies.py``).
2. An export measure replaced by another ("replaces export duty with ban", "swaps export tax
   for quota", "converts ban into licensing") is the exporter's own corridor (origin the
   country, destination ``*``) with the new instrument's status, as README's "replaces ban with
   quotas" reads ``quota`` (``tui/engine/classifier_swaps.py``).
3. A sanctions package that names its instrument ("Iran sanctions to include ...", "Russia
   sanctions package to ban aluminium imports"): the country before "sanctions" is the target,
   the exporter; the imposer is the country named elsewhere, else ``*``
   (``tui/engine/classifier_swaps.py``).

First time, on the engine before the change: 14 of the 27 cases first written read right (the
misses: five of the bare bodies, three of the replacements, five of the packages; the rest are
kept readings). Three labels of mine were then corrected to the house convention that a bare
"X to <act>" title with no lede reads decided (docs/ACCURACY.md), not proposed ("Philippines to
replace ...", two "sanctions package to ban ..."); on the corrected labels 15 of 27 read right
first time. Added after the first run (marked in the lists, not counted): three package cases
checking that a country before "sanctions" with another's goods after it stays the author,
and four bodies named after "by".

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of corridors and statuses.
"""

from __future__ import annotations

from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, the EU's Commission and the US Commerce Department, bare.
BODIES: list[tuple[str, str, Want]] = [
    (
        "Commission imposes provisional duties on Chinese aluminium extrusions",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "The Commission imposes countervailing duties on Indonesian stainless steel",
        "",
        ("tariff", "ID", "EU", False),
    ),
    ("Brussels slaps anti-dumping duties on Turkish steel wire", "", ("tariff", "TR", "EU", False)),
    (
        "European Commission sets definitive anti-dumping duty on Egyptian steel rebar",
        "",
        ("tariff", "EG", "EU", False),
    ),
    (
        "Commerce lowers anti-dumping duties on Korean steel pipe",
        "",
        ("resuming", "KR", "US", False),
    ),
    (
        "Commerce Department sets anti-dumping duties on Vietnamese aluminium foil",
        "",
        ("tariff", "VN", "US", False),
    ),
    (
        "Commerce Dept imposes countervailing duties on Indian steel wire",
        "",
        ("tariff", "IN", "US", False),
    ),
    ("Commerce proposes duties on Mexican steel rebar", "", ("tariff", "MX", "US", True)),
    # kept: another country's commerce body, a chamber, e-commerce
    (
        "India's Ministry of Commerce and Industry imposes anti-dumping duty on Chinese aluminium foil",
        "",
        ("tariff", "CN", "IN", False),
    ),
    ("Commerce ministry of India raises import duty on copper", "", ("tariff", "*", "IN", False)),
    (
        "China's Ministry of Commerce bans gallium exports to US",
        "",
        ("suspended", "CN", "US", False),
    ),
    # written after the first run: the bare body after "by" ("proposed by Commission")
    (
        "Anti-dumping duties on Chinese steel wheels confirmed by the Commission",
        "",
        ("tariff", "CN", "EU", False),
    ),
    ("Duties on Korean steel pipe lowered by Commerce", "", ("resuming", "KR", "US", False)),
    ("Tariffs on Indian steel backed by Commerce Dept", "", ("tariff", "IN", "US", False)),
    ("Duties on Thai steel pipe lowered by Commerce ministry", "", ("resuming", "TH", "*", False)),
    ("E-commerce boom lifts silver demand", "", None),
    ("Chamber of Commerce warns steel prices will rise", "", None),
]

#: (title, summary, want): kind 2, an export measure replaced by another.
SWAPS: list[tuple[str, str, Want]] = [
    ("Indonesia replaces nickel ore export duty with ban", "", ("suspended", "ID", "*", False)),
    ("Zimbabwe swaps lithium export tax for quota", "", ("quota", "ZW", "*", False)),
    ("DR Congo converts cobalt export ban into licensing", "", ("licensing", "CD", "*", False)),
    ("Philippines to replace nickel export ban with export tax", "", ("tariff", "PH", "*", False)),
    ("Guinea replaces bauxite export quotas with licences", "", ("licensing", "GN", "*", False)),
    ("Congo replaces cobalt export ban with quotas", "", ("quota", "CD", "*", False)),
    ("Myanmar swaps tin export ban for export duty", "", ("tariff", "MM", "*", False)),
]

#: (title, summary, want): kind 3, a sanctions package naming its instrument.
PACKAGES: list[tuple[str, str, Want]] = [
    ("Iran sanctions to include ban on steel imports", "", ("suspended", "IR", "*", False)),
    ("Russia sanctions package to ban aluminium imports", "", ("suspended", "RU", "*", False)),
    (
        "EU's Russia sanctions package to ban aluminium imports",
        "",
        ("suspended", "RU", "EU", False),
    ),
    (
        "UK's new Belarus sanctions to include steel import ban",
        "",
        ("suspended", "BY", "GB", False),
    ),
    (
        "Myanmar sanctions to include tariffs on tin imports, says US",
        "",
        ("tariff", "MM", "US", False),
    ),
    (
        "New North Korea sanctions to include iron ore import ban",
        "",
        ("suspended", "KP", "*", False),
    ),
    (
        "US sanctions on Russia to include ban on aluminium imports",
        "",
        ("suspended", "RU", "US", False),
    ),
    # written after the first run (the change's own checks, not counted in the first time):
    # the country before "sanctions" is the author when another's goods follow
    ("US sanctions to include ban on Russian aluminium", "", ("suspended", "RU", "US", False)),
    ("EU sanctions package to halt Belarus steel imports", "", ("suspended", "BY", "EU", False)),
    (
        "Canada's Venezuela sanctions to include gold import ban",
        "",
        ("suspended", "VE", "CA", False),
    ),
]


@headline_cases(BODIES)
def test_a_bare_commission_or_commerce_is_the_eu_or_the_us(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)


@headline_cases(SWAPS)
def test_an_export_measure_replaced_is_the_exporters_own(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)


@headline_cases(PACKAGES)
def test_a_sanctions_package_keeps_its_target(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
