"""The corridor by kind (session 20, direction): who exports, who imports, in made-up phrasings.

The first eight kinds are the forms the corridor is read from (most were already read right and
are kept); the others are kinds the studied sets' misses and the invariance audit's failures
showed, fixed in ``tui/engine/classifier_owners.py`` unless another module is named:

1. A demonym before goods names their origin ("Indonesian nickel pig iron faces new EU
   anti-dumping duties"); goods facing a named government's charge are imports ("Canadian
   aluminium now faces 25% US levy": ``_flow_facing`` in ``tui/engine/classifier_text.py``).
2. A capital or a ministry is its country (MOFCOM, METI, USTR, DGFT, the Commerce Department,
   Beijing, Jakarta, Ottawa), whoever else is named as informed, consulted or in talks.
3. A retaliation falls on the other side's goods ("Mexico hits back at U.S. steel duties with
   counter-duties on US aluminium": US -> MX), also told in a fronted clause ("In retaliation
   for US steel tariffs, Turkey raises duties on American aluminium"): the opening clause up to
   its comma is background (``background_mask`` in ``tui/engine/classifier_context.py``), not a
   response given by a body (``tui/engine/classifier_reactions.py``), its flow words and its
   rate are the answered measure's (``main_from``; ``tui/engine/classifier_status.py``).
4. The goods' origin written out: "China-origin", "of Chinese origin", "Russian-origin", "made in
   China", "imported from Malaysia", "originating in Brazil".
5. An import measure on several countries' goods: the first named is the corridor's (README,
   "the headline's own reading keeps the first named").
6. An export measure: the imposer sends; to a buyer when one is named ("China bans gallium
   exports to US": CN -> US), else to any (``*``).
7. A bloc as the importer (EU, the European Commission, Brussels); a quota "for" a country on
   imports is its share ("Brussels cuts steel import quotas for Turkey": TR -> EU).
8. A possessive: a country's goods ("Canada's steel faces 50% US tariff", "EU to ban Russia's
   aluminium: new sanctions package", "UK sanctions Russia's gold exports") or its measure
   ("Canada's tariffs on Chinese steel"); a demonym before goods and a measure put "on" another
   country is the imposer ("Indian aluminium foil duty on China extended"); a country's goods
   hit by or facing another's measure ("Japan's steel hit by new Mexican tariffs", "Mexico's
   steel exports face new US tariffs": ``tui/engine/classifier_struck.py``). The possessive's
   goods end at a colon (``owned_goods`` in ``tui/engine/classifier_noun_phrases.py``).
9. A tariff-rate quota names the exporter it is for when another government acts ("Japan steel
   TRQ takes effect with Biden proclamation": JP -> US; ``imposer_of`` in
   ``tui/engine/classifier_imposer.py`` no longer takes that country for the imposer), and
   goods "of" a country ("aluminum articles of the United Kingdom") are its.
10. "[country] [metal] imports" under another country's measure named right before the deciding
    noun ("UK steel imports keep 25% US tariff rate") are that country's goods (GB -> US); with
    no other country they stay the country's imports.
11. A possessive before a company ("India's Hindalco slips as US raises aluminium tariffs") names
    no side: in a sentence-case title only (in Title Case every word looks like a name), not
    before a verb's form, a state body or a part of the country ("Vietnam's National Assembly",
    "Kenya's Treasury", "Myanmar's Wa region").
12. A measure aimed at protecting a country's own industry is that country's ("New tariffs to
    shield Indian steel industry take effect": * -> IN); "to support" after a decided measure is
    its aim, not a plan (``_plan_in`` in ``tui/engine/classifier_status.py``).

First time, on the engine before the change (main at 7d3bbb6): the first 45 cases (kinds 1-8,
written and labelled before any run) read 40 right; one label broke the house convention ("EU to
ban Russian nickel imports" is decided, not proposed: "Brussels to impose tariffs on Russian
aluminium" was labelled proposed) and was corrected, after which they read 41 of 45. The next 11
(kinds 9-11, labelled before running them) read 5. Written after the first fixes and read on
main's engine for the count: 13 more phrasings of kinds 3, 8 and 11 read 1, the four of kind 12
read 0, and a second round over all the kinds (``ROUND_TWO``, 17) read 15. In all 62 of 90
before, 88 of 90 after; two stay known misses (xfail): a weak charge noun with only a country
after "on", and a producer the rules know by name vetoing its market move.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of corridors.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, case_ids, check_kind

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, a demonym or adjective before the goods names their origin.
DEMONYMS: list[tuple[str, str, Want]] = [
    (
        "Indonesian nickel pig iron faces new EU anti-dumping duties",
        "",
        ("tariff", "ID", "EU", False),
    ),
    (
        "Peruvian copper concentrate hit with Chinese import duty",
        "",
        ("tariff", "PE", "CN", False),
    ),
    ("India slaps anti-dumping duty on Vietnamese zinc", "", ("tariff", "VN", "IN", False)),
    ("Brazil raises tariffs on Chinese aluminium sheet", "", ("tariff", "CN", "BR", False)),
    ("Canadian aluminium now faces 25% US levy", "", ("tariff", "CA", "US", False)),
    ("Chilean copper cathodes exempted from US tariffs", "", ("resuming", "CL", "US", False)),
    ("Indonesian nickel ore export ban takes effect", "", ("suspended", "ID", "*", False)),
]

#: (title, summary, want): kind 2, a capital or a ministry is its country, whoever else is named.
CAPITALS: list[tuple[str, str, Want]] = [
    (
        "MOFCOM tightens gallium export licensing, informs US and EU",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "METI adds tungsten to export control list after consulting Washington",
        "",
        ("licensing", "JP", "*", False),
    ),
    ("USTR raises Section 301 tariffs on Chinese tungsten", "", ("tariff", "CN", "US", False)),
    (
        "Commerce Department sets anti-dumping duties on Korean aluminum foil",
        "",
        ("tariff", "KR", "US", False),
    ),
    (
        "Ottawa imposes surtax on steel from China after consulting Washington",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Beijing informs Japan, South Korea of new rare earth export licence rules",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Jakarta halts bauxite exports ahead of talks with Tokyo",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "DGFT restricts imports of gold jewellery from Indonesia",
        "",
        ("licensing", "ID", "IN", False),
    ),
]

#: (title, summary, want): kind 3, a retaliation's corridor.
RETALIATION: list[tuple[str, str, Want]] = [
    (
        "Mexico hits back at U.S. steel duties with counter-duties on US aluminium",
        "",
        ("tariff", "US", "MX", False),
    ),
    (
        "Canada retaliates against US aluminium tariffs with duties on American steel",
        "",
        ("tariff", "US", "CA", False),
    ),
    (
        "EU retaliates against Washington with duties on American steel",
        "",
        ("tariff", "US", "EU", False),
    ),
    (
        "In retaliation for US steel tariffs, Turkey raises duties on American aluminium",
        "",
        ("tariff", "US", "TR", False),
    ),
    (
        "India responds to US steel tariffs with levies on American copper",
        "",
        ("tariff", "US", "IN", False),
    ),
    # added after the first fix (see the docstring): the answer told in a fronted clause
    (
        "In response to US steel tariffs, Turkey raises duties on American aluminium",
        "",
        ("tariff", "US", "TR", False),
    ),
    (
        "In response to Chinese export curbs, Japan imposes duties on Chinese graphite",
        "",
        ("tariff", "CN", "JP", False),
    ),
    (
        "In retaliation for EU duties, China imposes tariffs on European aluminium",
        "",
        ("tariff", "EU", "CN", False),
    ),
]

#: (title, summary, want): kind 4, the goods' origin written "from", "-origin", "of X origin",
#: "made in".
ORIGINS: list[tuple[str, str, Want]] = [
    (
        "Vietnam imposes anti-dumping duty on China-origin steel",
        "",
        ("tariff", "CN", "VN", False),
    ),
    (
        "India levies safeguard duty on aluminium of Chinese origin",
        "",
        ("tariff", "CN", "IN", False),
    ),
    ("US bans imports of Russian-origin aluminium", "", ("suspended", "RU", "US", False)),
    ("Turkey raises tariffs on steel made in China", "", ("tariff", "CN", "TR", False)),
    (
        "Australia imposes duties on aluminium extrusions imported from Malaysia",
        "",
        ("tariff", "MY", "AU", False),
    ),
    (
        "Colombia sets import quota for steel originating in Brazil",
        "",
        ("quota", "BR", "CO", False),
    ),
]

#: (title, summary, want): kind 5, an import measure on several countries' goods: the first.
SEVERAL: list[tuple[str, str, Want]] = [
    (
        "US sets duties on aluminium foil from China, Korea and Thailand",
        "",
        ("tariff", "CN", "US", False),
    ),
    (
        "EU imposes anti-dumping duties on steel from India, Vietnam and Japan",
        "",
        ("tariff", "IN", "EU", False),
    ),
    (
        "Canada slaps tariffs on Chinese, Korean and Vietnamese steel",
        "",
        ("tariff", "CN", "CA", False),
    ),
]

#: (title, summary, want): kind 6, an export measure: the imposer sends, to a buyer if named.
EXPORTS: list[tuple[str, str, Want]] = [
    ("China bans gallium exports to US", "", ("suspended", "CN", "US", False)),
    ("Russia halts nickel exports to Japan", "", ("suspended", "RU", "JP", False)),
    ("DR Congo suspends cobalt exports for four months", "", ("suspended", "CD", "*", False)),
    ("Zimbabwe halts lithium ore shipments to China", "", ("suspended", "ZW", "CN", False)),
    (
        "China tightens antimony export controls amid US talks",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Beijing bans germanium exports to the United States",
        "",
        ("suspended", "CN", "US", False),
    ),
]

#: (title, summary, want): kind 7, a bloc as the importer.
BLOCS: list[tuple[str, str, Want]] = [
    (
        "European Commission imposes provisional duties on Chinese aluminium extrusions",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "EU slaps anti-subsidy duties on Indonesian stainless steel",
        "",
        ("tariff", "ID", "EU", False),
    ),
    ("Brussels to impose tariffs on Russian aluminium", "", ("tariff", "RU", "EU", False)),
    (
        "Brussels cuts steel import quotas for Turkey",
        "",
        ("quota", "TR", "EU", False),
    ),
]

#: (title, summary, want): kind 8, a possessive: a country's goods, or a country's measure.
POSSESSIVES: list[Any] = [
    ("Canada's steel faces 50% US tariff", "", ("tariff", "CA", "US", False)),
    ("Canada's tariffs on Chinese steel take effect", "", ("tariff", "CN", "CA", False)),
    ("Australia's aluminium exempted from US tariffs", "", ("resuming", "AU", "US", False)),
    ("India's duties on Chinese aluminium extended", "", ("tariff", "CN", "IN", False)),
    ("Japan's steel hit by new Mexican tariffs", "", ("tariff", "JP", "MX", False)),
    ("China's export ban on gallium to US takes effect", "", ("suspended", "CN", "US", False)),
    # added after the first fix (see the docstring): a possessive's goods and a demonym's measure
    (
        "EU to ban Russia's aluminium: new sanctions package",
        "",
        ("suspended", "RU", "EU", False),
    ),
    ("UK sanctions Russia's gold exports", "", ("suspended", "RU", "GB", False)),
    ("Japan sanctions Russia's nickel exports", "", ("suspended", "RU", "JP", False)),
    pytest.param(
        "Canadian aluminium and steel surcharge on China takes effect",
        "",
        ("tariff", "CN", "CA", False),
        marks=pytest.mark.xfail(
            reason="a surcharge is a weak charge noun: on a country with the metals before it "
            "(not goods after 'on') it is read as no trade measure",
            strict=True,
        ),
    ),
    ("Indian aluminium foil duty on China extended", "", ("tariff", "CN", "IN", False)),
    ("Brazil's copper hit by US tariffs", "", ("tariff", "BR", "US", False)),
    ("Vietnam's aluminium struck by new Indian duties", "", ("tariff", "VN", "IN", False)),
    ("Korean steel faces 15% Canadian levy", "", ("tariff", "KR", "CA", False)),
    ("Chinese aluminium now faces new EU surcharge", "", ("tariff", "CN", "EU", False)),
]

#: (title, summary, want): kind 9, a tariff-rate quota names the exporter it is for.
TRQS: list[tuple[str, str, Want]] = [
    ("Japan steel TRQ takes effect with Biden proclamation", "", ("quota", "JP", "US", False)),
    ("CBP issues guidance on new Brazil steel TRQs", "", ("quota", "BR", "US", False)),
    ("EU opens Ukraine steel TRQ for third quarter", "", ("quota", "UA", "EU", False)),
    (
        "Tariff rate quota for aluminum articles of Argentina filled",
        "",
        ("quota", "AR", "*", False),
    ),
]

#: (title, summary, want): kind 10, "[country] [metal] imports" under another's measure.
IMPORTS_OF: list[tuple[str, str, Want]] = [
    ("UK steel imports keep 25% US tariff rate", "", ("tariff", "GB", "US", False)),
    ("Korean aluminium imports face new Mexican duty", "", ("tariff", "KR", "MX", False)),
    # kept: the country before its imports is the importer
    ("India gold imports fall after duty hike", "", None),
    ("Japan imposes tariff on Brazil steel imports", "", ("tariff", "BR", "JP", False)),
    ("US steel imports face 25% tariff", "", ("tariff", "*", "US", False)),
]

#: (title, summary, want): kind 11, a possessive before a company is no origin.
COMPANIES: list[Any] = [
    pytest.param(
        "Shares of Chile's Codelco fall on Trump's copper tariff plan",
        "",
        ("tariff", "*", "US", True),
        marks=pytest.mark.xfail(
            reason="a producer the rules know by name (Codelco) before a measure noun vetoes "
            "it as the company's view; an unknown name (Gerdau) reads",
            strict=True,
        ),
    ),
    (
        "India's Hindalco slips as US raises aluminium tariffs to 50%",
        "",
        ("tariff", "*", "US", False),
    ),
    # added after the first fix (see the docstring)
    ("Australia's BlueScope gains as US raises steel tariffs", "", ("tariff", "*", "US", False)),
]

#: (title, summary, want): kind 12, a measure to protect a country's own industry is its own.
PROTECTED: list[tuple[str, str, Want]] = [
    ("Duties raised to protect Canadian aluminium producers", "", ("tariff", "*", "CA", False)),
    ("New tariffs to shield Indian steel industry take effect", "", ("tariff", "*", "IN", False)),
    (
        "Anti-dumping duty imposed to safeguard Brazilian steel mills",
        "",
        ("tariff", "*", "BR", False),
    ),
    (
        "Government raises copper import duty to support Zambian copper smelters",
        "",
        ("tariff", "*", "ZM", False),
    ),
]

#: (title, summary, want): a second round over the kinds above, written after the first fixes
#: (see the module's docstring).
ROUND_TWO: list[Any] = [
    (
        "MOFCOM: US, EU informed of new gallium export licence rules",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Beijing tightens rare earth export controls days before talks with Washington",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Ottawa slaps surtax on Chinese steel after consulting Washington and Mexico City",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Commerce Department finalises duties on Vietnamese aluminium wire after Hanoi talks",
        "",
        ("tariff", "VN", "US", False),
    ),
    ("Indonesia halts nickel ore exports to China and Japan", "", ("suspended", "ID", "CN", False)),
    (
        "China restricts graphite exports to the US, citing security",
        "",
        ("licensing", "CN", "US", False),
    ),
    ("Myanmar suspends rare earth shipments to China", "", ("suspended", "MM", "CN", False)),
    (
        "China hits back at EU aluminium duties with tariffs on European steel",
        "",
        ("tariff", "EU", "CN", False),
    ),
    ("Canada strikes back with surtax on US aluminium", "", ("tariff", "US", "CA", False)),
    ("Tariffs on aluminium of Russian origin doubled", "", ("tariff", "RU", "*", False)),
    (
        "EU extends duties on steel originating in India and Indonesia",
        "",
        ("tariff", "IN", "EU", False),
    ),
    ("Canada bans imports of Russian-made aluminium", "", ("suspended", "RU", "CA", False)),
    ("US sets 200% tariff on aluminium made in Russia", "", ("tariff", "RU", "US", False)),
    ("Mexico's steel exports face new US tariffs", "", ("tariff", "MX", "US", False)),
    ("Vietnam's tariffs on Chinese steel raised", "", ("tariff", "CN", "VN", False)),
    ("Chile's copper spared from US tariffs", "", ("resuming", "CL", "US", False)),
    (
        "Tariff rate quota for steel products of the Republic of Korea opens",
        "",
        ("quota", "KR", "*", False),
    ),
]

ALL = {
    "demonyms": DEMONYMS,
    "capitals": CAPITALS,
    "retaliation": RETALIATION,
    "origins": ORIGINS,
    "several": SEVERAL,
    "exports": EXPORTS,
    "blocs": BLOCS,
    "possessives": POSSESSIVES,
    "trqs": TRQS,
    "imports_of": IMPORTS_OF,
    "companies": COMPANIES,
    "protected": PROTECTED,
    "round_two": ROUND_TWO,
}


@pytest.mark.parametrize(("title", "summary", "want"), DEMONYMS, ids=case_ids(DEMONYMS))
def test_a_demonym_names_the_goods_origin(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), CAPITALS, ids=case_ids(CAPITALS))
def test_a_capital_or_ministry_is_its_country(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), RETALIATION, ids=case_ids(RETALIATION))
def test_a_retaliation_falls_on_the_other_side(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), ORIGINS, ids=case_ids(ORIGINS))
def test_an_origin_written_out(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), SEVERAL, ids=case_ids(SEVERAL))
def test_several_origins_the_first_named(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), EXPORTS, ids=case_ids(EXPORTS))
def test_an_export_measure_from_its_imposer(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), BLOCS, ids=case_ids(BLOCS))
def test_a_bloc_as_the_importer(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), POSSESSIVES, ids=case_ids(POSSESSIVES))
def test_a_possessive_goods_or_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), TRQS, ids=case_ids(TRQS))
def test_a_tariff_rate_quota_names_its_exporter(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), IMPORTS_OF, ids=case_ids(IMPORTS_OF))
def test_a_countrys_imports_under_anothers_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), COMPANIES, ids=case_ids(COMPANIES))
def test_a_possessive_before_a_company(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), PROTECTED, ids=case_ids(PROTECTED))
def test_a_measure_protecting_its_own_industry(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), ROUND_TWO, ids=case_ids(ROUND_TWO))
def test_the_kinds_second_round(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
