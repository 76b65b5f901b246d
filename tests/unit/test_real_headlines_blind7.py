"""The thirteenth set of real published headlines: the seventh blind set, tuned from session 10.

``tests/data/real_headlines_blind7/real_headlines_blind7.jsonl`` holds headlines as outlets and
official sites published them (2019-2026), collected and labelled in session 9 (issue #16) the
way the six earlier blind sets were, by someone who did not read ``tui/engine/`` or the
gazetteer, did not run the classifier or any scorer on them and saw no score (see PROVENANCE.md
there). Its ids are ``rhk-``. It was read once never tuned on (82.4% exact, 10 false events on
104 non-measures): that first reading is the honest estimate, and the run's "labelled sets"
summary prints it. Then, in session 10, seven destinations that named a country the title and
summary do not name were corrected to ``*`` by the written rule (PROVENANCE.md lists them) and
the set was studied: its misses grouped by cause, false events first, each kind in made-up
phrasings in ``test_classifier_kinds_11.py``; so its current score is a tuned score. The floors
are the score the round reached (floors are what is met), so a regression fails while
improvements pass.

The mix floors are what the set holds (measures 39%, metals news 35%, general news 26%; 9
proposed measures, 7 stated rates): most news pages on measures in the store of public pages
were already in an earlier set, so more of its measures come from official and legal pages
(PROVENANCE.md, "Mix").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from real_headlines_set import DATA_BLIND7, load_items, other_sets
from scored_sets import (
    check_apart,
    check_floors,
    check_format,
    check_no_near_copies,
    check_not_near_other_sets,
    check_provenance,
    check_spread,
    check_vocabulary,
    read_and_score,
    score_relevance,
)

ITEMS = load_items(DATA_BLIND7)
OTHERS = other_sets(DATA_BLIND7)
NAME = "thirteenth real set (seventh blind until session 10, tuned from session 10)"
# First reading: taken once by the lead in session 9, in aggregate only, on main after the sixth
# blind set's round (kinds10) and the figurative-words tagging (trust10) were merged; also in
# README.md and the set's PROVENANCE.md. The engine before that round (session 8's last) read it
# exactly the same: the round carried over to this set not at all. Taken on the labels as
# collected (seven destinations have been corrected since; on the corrected labels the engine
# at the start of session 10 reads 85.3%, 145/170, with the same false and missed events).
FIRST_READING = (
    "exact 82.4% (140/170), status-only 88.8%, false events on 104 non-measures: 10, "
    "missed events on 66 measures: 5 (engine after the sixth blind set's round; the session-8 "
    "engine read the same)"
)
# After the session-10 round (branch kinds11): 97.1% exact (165/170), no false event, no missed
# event; relevance 170/170. The floors are that score: the five misses left are a field each (a
# priced duty cut, "duty free export" weighed, a proposal the words do not tell, the importer
# named only by the president in a lede that opens on a date clause, another country's rate in
# the lede's trailing clause).
FLOOR_EXACT = 165 / 170
MAX_FALSE_EVENTS = 0
MAX_MISSED_EVENTS = 0
FLOOR_RELEVANCE = 170 / 170


def test_every_row_has_the_format_of_the_earlier_blind_sets() -> None:
    check_format(ITEMS, "rhk-")


def test_set_is_large_diverse_and_apart_from_every_other_set() -> None:
    assert len(ITEMS) >= 150
    check_apart(ITEMS, OTHERS)
    check_provenance(ITEMS, "rhk-")
    check_spread(ITEMS, measure=0.35, market=0.35, general=0.25, proposed=9, rates=7)


def test_no_headline_is_a_near_copy_of_another_sets_or_of_another_in_this_set() -> None:
    """The fuzzy checks the set was collected with: difflib ratio 0.75 or more against another
    set's title is the same headline; 0.9 or more within this set is a near-copy."""
    check_not_near_other_sets(ITEMS, OTHERS)
    check_no_near_copies(ITEMS)


def test_labels_use_the_readme_vocabulary() -> None:
    check_vocabulary(ITEMS)


def test_the_seventh_blind_set_is_read_and_scored(score_line: Callable[[str], None]) -> None:
    result = read_and_score(ITEMS, NAME, FIRST_READING, score_line)
    check_floors(
        result,
        NAME,
        exact=FLOOR_EXACT,
        false_events=MAX_FALSE_EVENTS,
        missed_events=MAX_MISSED_EVENTS,
    )


def test_relevance_on_the_seventh_blind_set(
    tmp_path: Path, score_line: Callable[[str], None]
) -> None:
    rate, message, wrong = score_relevance(ITEMS, NAME, tmp_path / "blind7.db", score_line)
    assert rate >= FLOOR_RELEVANCE, message + "\n" + "\n".join(wrong)
