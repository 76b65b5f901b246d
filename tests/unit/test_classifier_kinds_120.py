"""Kinds the earlier rounds left as strict ``xfail`` (``test_classifier_kinds_116.py`` to
``_118.py``), each with made-up measures and near misses (``kinds_120_cases.py``), read on
every field by :func:`kinds_exact.check_exact`:

1. a watched metal lost to the idiom table ("India doubles gold import duty": the table's
   "double gold", a medal count or a record's sales, took the verb);
2. a list of goods after one origin ("China hits US soybeans and steel scrap"): the origin
   named before the first item holds for every item;
3. trade-measure words the rules did not know: "blacklisted", "import surveillance",
   "<demonym> export controls";
4. a government named by its body ("U.S. Treasury", "the Commission", "Commerce
   Department") where the title or the lede names the country (labels of this kind written
   and committed after the first three kinds were fixed, before the engine read them);
5. a measure's rate after an exemption's "from", read as no rate of the event;
6. a bare "Commission" telling a measure at the title's end (", Commission says").

The labels were written and committed before the engine read them.

First reading, before any change: 13 of 26 right. Idiom-taken metals 0 of 6 (five read no
metal, "doubles gold, silver" only the silver), their near misses 3 of 3; lists after one
origin 4 of 6 ("US whiskey, orange juice and aluminium" no event, "US motorcycles, bourbon and
steel" origin ``*``), near misses 1 of 2 ("Chinese cars and Korean steel" read CN); unknown
measure words 2 of 6 (both "blacklisted" and both "import surveillance" no event; the
demonym's "export controls" already read), near misses 3 of 3.

Fixed by kind: the idiom table's "double @" / "triple @" now need a verb of winning or of a
record's rank before them ("won double gold", "went triple platinum"; module
``tui/engine/figurative_idioms.py``); a place before a list of goods whose first item is no
metal and a later one is ("US soybeans and steel scrap") names the goods, and a metal's own
place in a list of two ("Chinese cars and Korean steel") is its origin
(``tui/engine/classifier_list_origin.py``); a two-word item ("orange juice") goes on with a
list; "blacklist" is a verb of a stop, and a firm's stop in the passive by a named place
("trader blacklisted by UK") is that place's measure on the firm's goods
(``tui/engine/classifier_passive_by.py``). After: 24 of 26; the two "import surveillance"
cases stay strict ``xfail``: joining "import surveillance" as the monitoring system the rules
know ("import-monitoring") read both right but lost one row of a scored-only blind set, and
was left out.

Kind 4, first reading (labels committed before the engine read them): 7 of 9 (the lede's
"U.S. Treasury" and the known "European Commission" / "Commerce Department" already fill the
government; wrong: a sanctioned "trader" vetoed as market news, and a network's sanctions read
as on people, a label perhaps at odds). A second batch of four with a bare "Treasury" and
the summary's placed one: 2 of 4 ("exporter" read as the flow; "sanctioned" in the passive no
measure word). A rewrite of a bare title "Treasury" as the summary's "<place> Treasury" gained
none of them and turned "blacklists North Korean copper exporter" to the US's exports: left
out. The four stay strict ``xfail``, reasons given.

Kind 5, a measure's rate after an exemption's "from" ("denied exemption from 25 per cent U.S.
tariffs", read as a spared measure's rate and dropped), first reading (labels committed before
the engine read them): 3 of 8 (measures 1 of 6, near misses, a change "from 10% to 15%", 2 of
2). Fixed by kind in ``tui/engine/classifier_rates.py``: an exemption denied, refused or
rejected before "from" keeps the rate as the event's. After: 5 of 8; three stay strict
``xfail``, their status or event missed before any rate ("refused relief from", "fails to win
exemption", a bid "rejected"); the first two read right since relief refused is read
(``classifier_relief_refused``, ``test_classifier_kinds_124.py``).

Kind 6, a bare "Commission" telling a measure at the title's end, first reading (labels
committed before the engine read them): 1 of 4 (the three measures read with importer ``*``).
Fixed by kind in ``tui/engine/classifier_bodies.py``: ", Commission says" / ", the Commission
said" at the end is the European Commission, as "Commission imposes" at the head. After: 3 of
4; left strict ``xfail``: a quota cut "by 15%" whose lede's 25% duty above the quotas is read as
its rate.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_120_cases import (
    COMMISSION_TOLD,
    COMMISSION_TOLD_NEAR_MISSES,
    DOUBLED_METALS,
    DOUBLED_NEAR_MISSES,
    GOVERNMENT_BODIES,
    GOVERNMENT_BODIES_NEAR_MISSES,
    LISTED_GOODS,
    LISTED_GOODS_NEAR_MISSES,
    PLACED_TREASURY,
    RATES_AFTER_EXEMPTION,
    RATES_AFTER_EXEMPTION_NEAR_MISSES,
    UNKNOWN_MEASURE_WORDS,
    UNKNOWN_MEASURE_WORDS_NEAR_MISSES,
)
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@headline_cases(DOUBLED_METALS)
def test_a_metal_after_a_verb_of_change_is_no_idiom(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(DOUBLED_NEAR_MISSES)
def test_a_medal_or_record_idiom_names_no_metal(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(LISTED_GOODS)
def test_one_origin_holds_for_a_list_of_goods(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(LISTED_GOODS_NEAR_MISSES)
def test_a_second_origin_in_a_list_is_the_metals(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(UNKNOWN_MEASURE_WORDS)
def test_a_blacklist_a_surveillance_or_controls_is_a_measure(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(UNKNOWN_MEASURE_WORDS_NEAR_MISSES)
def test_the_same_words_of_no_trade_are_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(GOVERNMENT_BODIES)
def test_a_government_body_names_its_government(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(GOVERNMENT_BODIES_NEAR_MISSES)
def test_a_body_of_no_named_government_names_none(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(PLACED_TREASURY)
def test_a_bare_treasury_is_the_place_its_summary_names(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(RATES_AFTER_EXEMPTION)
def test_a_rate_after_an_exemption_is_the_measures(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(RATES_AFTER_EXEMPTION_NEAR_MISSES)
def test_a_rate_changed_from_one_to_another_is_the_new_one(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(COMMISSION_TOLD)
def test_a_commission_telling_a_measure_is_the_eus(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(COMMISSION_TOLD_NEAR_MISSES)
def test_another_commission_telling_no_measure_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
