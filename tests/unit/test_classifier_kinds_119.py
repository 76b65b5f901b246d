"""Six kinds of headline the classifier misread, each made up in about eight cases with near
misses beside them.

The kinds (``kinds_119_cases_a.py``, ``_b.py``): (1) an import measure naming a third country
only as its cause ("Mexico raises steel import tariffs over Chinese dumping": the origin is
the country whose goods are charged, ``*`` for imports in general, as the labelled rhy-102
and rhs-192 read it); (2) a vague title naming a review of a measure ("EU revisits its steel
safeguard") whose lede says the measure was changed; (3) licensing written as a list change
("from 'free' to 'restricted'", "on restricted export list", "requires import licences",
"only approved exporters may ship"); (4) a government telling its own state firm to stop or
restart a flow ("orders state miner to halt cobalt exports"); (5) a leader named by a name the
gazetteer does not know after a country's possessive ("Indonesia's Prabowo bans ..."); (6)
two kinds the learned event gate vetoed while the rules read them right: a firm's goods caught
by or hit by a measure, and a leader's warning of a measure in force or decided. Near misses of
each (``kinds_119_cases_c.py``): an industry's call, a probe, trade figures under a measure, a
review with no change, a firm winning a licence, a state firm's own act, a leader's view, a
firm's news under a measure. Labels were written and committed before the engine read them.

First reading, on the engine before the change (labels committed before the run): 44 of 72.
By kind: a third country as the cause 2 of 8 (the dumper read as the origin, from the title's
"over Chinese dumping" or "as Chinese mills ...", or from the lede's "flood of cheap Chinese
steel" once the title's "dumping" was taken for a dumping case); a review whose lede changes
the measure 1 of 8 (vetoed as a step of the case before the lede was read, or as an
investigation); licensing as a list change 8 of 8; a state firm told 6 of 8 ("asks state
miner ... to stop" read as an appeal, and its subject as a company); a leader by name 4 of 8
("Chile's Boric", "Mexico's Lopez Obrador" read as companies, their country no side); the
gate's two kinds 2 of 8 (four warnings vetoed by the gate at 5-8%, two read as a threat with
their start given; "Glencore's copper cargoes", "caught in US tariff net" vetoed as a
company's view; "Xi warns US that ..." read US -> *); near misses 21 of 24 ("Gold smuggling
rises after India restricts imports" and "Restricted list for gold imports: what jewellers need
to know" read as licensing, "Mexico's Lopez Obrador defends steel import tariffs" as a tariff).

Changed, by kind: ``classifier_cause_place`` (new: a place before a noun of cheap goods'
flow, "dumping", "glut", "oversupply", "transshipment", or after "as" before its producers, is
a cause, no side; ``classifier_backdrop_origin`` takes dumping named only as a cause for no
dumping case and passes such places over in the lede); ``classifier_review_lede`` (new: the
review veto gives way to a lede telling an act on the measure, read as the news; a lede telling
only the review's course keeps it); ``classifier_state_firm`` (new: a country telling or
asking its "state miner", "state refiner", "state-owned producer" to act is its measure: no
appeal, no lobbying, no company's act); ``classifier_leader_names`` (new: a name after a
country's possessive whose verb only a government does, bans a flow or imposes, raises, cuts
or scraps a measure, is a leader, not a company) and ``classifier_leader_tail`` (a leader's
name of two words, or a country's of two, before it: "Mexico's Lopez Obrador defends ...");
``classifier_held_goods`` (a firm's "cargoes" or "consignments" are its shipments, "caught in"
holds them); ``classifier_warned`` (new: a leader's warning telling the measure's start or
"now" in force is decided); ``classifier_warned_market`` (new: "<warner> warns <place> that
<goods> exports are banned": the warned place is the market); and the event gate retrained
with nine made-up rows of its two kinds and three non-measures beside a measure
(``test_classifier_kinds_119_gate.py``, other cases than these), its threshold 0.100 kept. After:
68 of 72; the labelled sets' rows: 0 lost, 1 gained (rhv-227 of the fifth gate set, a Federal
Register review whose lede revokes orders in part, ``benchmarks/row_changes.py``). Strict
xfails of earlier rounds now read (plain cases): "Mexico raises steel import tariffs over
Chinese dumping" (kinds 113), "Mexico's Lopez Obrador extends ..." and "EU revisits its steel
safeguard" whose lede says the quotas were "adjusted" (kinds 114; a lede's verb that changes
the measure, "has adjusted the import quotas", decides as the rules' act verbs do), and three
the gate vetoed (kinds 66, 92, 112: "Rio Tinto's aluminium shipments caught by US tariffs").
Found by the classifier family's run and put right: "Australian dumping duties" (a cause noun
before a measure noun is the measure's, kinds 82).

Still wrong (strict ``xfail``): "Trump warns Mexico's steel faces 25% tariffs starting today"
(the gate still vetoes it, at 9.0%); "Xi warns US that ..." ("Xi" alone is no place in the
gazetteer; read right since the gazetteer names "Xi" as China's, ``test_classifier_kinds_124.py``);
and two near misses of licensing ("Gold smuggling rises after ...": a rise of
smuggling is no flow move the backdrop rules know; "Restricted list ...: what jewellers need to
know": "Restricted" before its noun is read as a verb, so the feature heading is not read).

A fresh batch of 16 (``kinds_119_cases_d.py``: 12 measures of the six kinds in new words, 4
non-measures near them), written after the changes and labelled and committed before the
engine read them: 16 of 16 the first time (on main's engine 10 of 16), on the gate then
shipped. The gate as finally retrained (with the counterweight rows) vetoes one of them,
"Trump warns Vietnam's aluminium faces 40% tariffs from next week", at 9.95%: 15 of 16, the case
a strict ``xfail``. Both warnings vetoed by the gate read since ``classifier_gate_spared``
(``test_classifier_kinds_123.py``: a leader's warning that goods face a measure, read decided by
the rules, is not put to the gate): plain cases.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_119_cases_a import LEDE_CHANGES_MEASURE, LIST_LICENSING, THIRD_COUNTRY_CAUSE
from kinds_119_cases_b import GATE_VETOED, LEADER_BY_NAME, STATE_FIRM_TOLD
from kinds_119_cases_c import NEAR_MISSES
from kinds_119_cases_d import FRESH_MEASURES, FRESH_NON_MEASURES
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@headline_cases(THIRD_COUNTRY_CAUSE)
def test_a_third_country_named_as_the_cause_is_not_the_origin(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(LEDE_CHANGES_MEASURE)
def test_a_review_whose_lede_changes_the_measure_is_the_change(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(LIST_LICENSING)
def test_licensing_told_as_a_list_change_is_licensing(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(STATE_FIRM_TOLD)
def test_a_government_telling_its_state_firm_is_its_measure(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(LEADER_BY_NAME)
def test_a_leader_after_a_country_possessive_is_the_country(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(GATE_VETOED)
def test_a_kind_the_gate_vetoed_is_read(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(NEAR_MISSES)
def test_a_near_miss_of_the_kinds_stays_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_MEASURES)
def test_a_fixed_kind_in_fresh_words_is_read(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_NON_MEASURES)
def test_a_non_measure_near_a_fixed_kind_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
