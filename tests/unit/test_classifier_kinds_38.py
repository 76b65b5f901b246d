"""The corridor by kind (session 20, direction): who exports, who imports, in made-up phrasings.

The first eight kinds are the forms the corridor is read from (most were already read right and
are kept); the others are kinds the studied sets' misses and the invariance audit's failures
showed, fixed in ``tui/engine/classifier_owners.py`` unless another module is named:

1. A demonym before goods names their origin ("Indonesian nickel pig iron faces new EU
   anti-dumping duties"); goods facing a named government's charge are imports ("Canadian
   aluminium now faces 25% US levy": ``_flow_facing`` in ``tui/engine/classifier_measure_noun.py``).
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

from kinds_38_cases import (
    BLOCS,
    CAPITALS,
    COMPANIES,
    DEMONYMS,
    EXPORTS,
    ORIGINS,
    POSSESSIVES,
    PROTECTED,
    RETALIATION,
    ROUND_TWO,
    SEVERAL,
)
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []


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


@headline_cases(DEMONYMS)
def test_a_demonym_names_the_goods_origin(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(CAPITALS)
def test_a_capital_or_ministry_is_its_country(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(RETALIATION)
def test_a_retaliation_falls_on_the_other_side(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ORIGINS)
def test_an_origin_written_out(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SEVERAL)
def test_several_origins_the_first_named(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(EXPORTS)
def test_an_export_measure_from_its_imposer(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(BLOCS)
def test_a_bloc_as_the_importer(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(POSSESSIVES)
def test_a_possessive_goods_or_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(TRQS)
def test_a_tariff_rate_quota_names_its_exporter(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(IMPORTS_OF)
def test_a_countrys_imports_under_anothers_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(COMPANIES)
def test_a_possessive_before_a_company(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(PROTECTED)
def test_a_measure_protecting_its_own_industry(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ROUND_TWO)
def test_the_kinds_second_round(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
