"""The eleventh set of real published headlines: the fifth blind set, tuned from session 8.

``tests/data/real_headlines_blind5/real_headlines_blind5.jsonl`` holds headlines as outlets and
official sites published them (2019-2026), collected and labelled in session 7 (issue #16) the
way the four earlier blind sets were, by someone who did not read ``tui/engine/`` or the
gazetteer, did not run the classifier or any scorer on them and saw no score (see PROVENANCE.md
there). It was read three times never tuned on (70.4% exact each time): the first reading
(engine of session 6 with the event gate) and the second (after the tenth set's round, and
again after the gate's second training set) are the honest estimates, and the run's "labelled
sets" summary prints both. Then, in session 8, four labels that broke the written labelling
rules were corrected (PROVENANCE.md lists them) and the set was studied: its misses grouped by
cause, false events first, each kind in made-up phrasings in ``test_classifier_kinds_9.py``; so
its current score is a tuned score. The floors sit a little under the current score, so a
regression fails while improvements pass.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from real_headlines_set import DATA_BLIND5, load_items, other_sets
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

ITEMS = load_items(DATA_BLIND5)
OTHERS = other_sets(DATA_BLIND5)
NAME = "eleventh real set (fifth blind until session 8, tuned from session 8)"
# First reading: taken once by the lead in session 7, in aggregate only, on the engine of session 6
# (main at the start of session 7, with the learned event gate), before the tenth set's round
# was merged; also in README.md and the set's PROVENANCE.md. Taken on the labels as collected
# (four have been corrected since; on the corrected labels the engine at the start of session 8
# reads 72.2%, 14 false events on 88 non-measures, 11 missed on 74 measures).
FIRST_READING = (
    "exact 70.4% (114/162), status-only 79.6%, false events on 86 non-measures: 14, "
    "missed events on 76 measures: 14 (engine of session 6 with the event gate)"
)
# Second reading: taken once by the lead in session 7, in aggregate only, after the tenth set's
# round (kinds8) was merged, and again after the gate was retrained with its second training set:
# the same both times; nothing was changed because of it. The round lifted the set it studied by
# 15.6 points and this one by none (one missed event fewer).
SECOND_READING = (
    "second reading (after the tenth set's round and the gate's second training set, session 7): "
    "exact 70.4% (114/162), status-only 79.6%, false events on 86 non-measures: 14, "
    "missed events on 76 measures: 13"
)
# After the session-8 round (branch kinds9): 90.1% exact (146/162), 3 false events, 6 missed
# events. The floors sit under that; the three false events left (a commission backing duties,
# a scrap export ban whose summary says "steel scrap", a moratorium on licences for metal
# deposits) are allowed, no more.
FLOOR_EXACT = 0.89
MAX_FALSE_EVENTS = 3
MAX_MISSED_EVENTS = 6
FLOOR_RELEVANCE = 0.95


def test_every_row_has_the_format_of_the_earlier_blind_sets() -> None:
    check_format(ITEMS, "rhf-")


def test_set_is_large_diverse_and_apart_from_every_other_set() -> None:
    assert len(ITEMS) >= 150
    check_apart(ITEMS, OTHERS)
    check_provenance(ITEMS, "rhf-")
    check_spread(ITEMS, measure=0.45, market=0.20, general=0.12, proposed=10, rates=5)


def test_no_headline_is_a_near_copy_of_another_sets_or_of_another_in_this_set() -> None:
    """The fuzzy checks the set was collected with: difflib ratio 0.75 or more against another
    set's title is the same headline; 0.9 or more within this set is a near-copy."""
    check_not_near_other_sets(ITEMS, OTHERS)
    check_no_near_copies(ITEMS)


def test_labels_use_the_readme_vocabulary() -> None:
    check_vocabulary(ITEMS)


def test_the_fifth_blind_set_is_read_and_scored(score_line: Callable[[str], None]) -> None:
    result = read_and_score(ITEMS, NAME, FIRST_READING, score_line, earlier=(SECOND_READING,))
    check_floors(
        result,
        NAME,
        exact=FLOOR_EXACT,
        false_events=MAX_FALSE_EVENTS,
        missed_events=MAX_MISSED_EVENTS,
    )


def test_relevance_on_the_fifth_blind_set(
    tmp_path: Path, score_line: Callable[[str], None]
) -> None:
    rate, message, wrong = score_relevance(ITEMS, NAME, tmp_path / "blind5.db", score_line)
    assert rate >= FLOOR_RELEVANCE, message + "\n" + "\n".join(wrong)
