"""The tenth set of real published headlines: the fourth blind set, tuned from session 7.

``tests/data/real_headlines_blind4/real_headlines_blind4.jsonl`` holds headlines as outlets and
official sites published them (2019-2026), collected and labelled in session 6 (issue #16) the
way the three earlier blind sets were, by someone who did not read ``tui/engine/`` or the
gazetteer, did not run the classifier or any scorer on them and saw no score (see PROVENANCE.md
there). It was read twice never tuned on: the first reading (engine of session 6 with the event
gate) and the second (after the ninth set's round) are the honest estimates, and the run's
"labelled sets" summary prints both. Then, in session 7, two labels that broke the written
labelling rules were corrected (PROVENANCE.md lists them) and the set was studied: its misses
grouped by cause, a cause taken up only when misses of other tuned sets share it, each kind in
made-up phrasings in ``test_classifier_kinds_8.py``; so its current score is a tuned score. The
floors sit a little under the current score, so a regression fails while improvements pass.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from real_headlines_set import DATA_BLIND4, load_items, other_sets
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

ITEMS = load_items(DATA_BLIND4)
OTHERS = other_sets(DATA_BLIND4)
NAME = "tenth real set (fourth blind until session 7, tuned from session 7)"
# First reading: taken once by the lead in session 6, on the engine with the learned event gate
# (before any study of the third blind set's misses), never tuned on; also in README.md. Taken on
# the labels as collected (two have been corrected since; on the corrected labels the engine at
# the start of session 7 reads 77.3%, 6 false events).
FIRST_READING = (
    "exact 76.0% (117/154), status-only 87.0%, false events on 80 non-measures: 6, "
    "missed events on 74 measures: 5 (engine of session 6 with the event gate)"
)
# Second reading: taken once by the lead in session 6, in aggregate only, after the round over
# the ninth set's misses and the gate retrained with its own set of hard cases; nothing was
# changed because of it. The same figures as the first: the round did not carry over.
SECOND_READING = (
    "second reading (after the ninth set's round, session 6): exact 76.0% (117/154), "
    "status-only 87.0%, false events on 80 non-measures: 6, missed events on 74 measures: 5"
)
# After the session-7 round (branch kinds8): 91.6% exact (141/154), 1 false event, 1 missed
# event. The floors sit under that; the one false event left is allowed, no more.
FLOOR_EXACT = 0.91
MAX_FALSE_EVENTS = 1
MAX_MISSED_EVENTS = 1
FLOOR_RELEVANCE = 0.95


def test_every_row_has_the_format_of_the_earlier_blind_sets() -> None:
    check_format(ITEMS, "rhe-")


def test_set_is_large_diverse_and_apart_from_every_other_set() -> None:
    assert len(ITEMS) >= 150
    check_apart(ITEMS, OTHERS)
    check_provenance(ITEMS, "rhe-")
    check_spread(ITEMS, measure=0.45, market=0.20, general=0.12, proposed=10, rates=5)


def test_no_headline_is_a_near_copy_of_another_sets_or_of_another_in_this_set() -> None:
    """The fuzzy checks the set was collected with: difflib ratio 0.75 or more against another
    set's title is the same headline; 0.9 or more within this set is a near-copy."""
    check_not_near_other_sets(ITEMS, OTHERS)
    check_no_near_copies(ITEMS)


def test_labels_use_the_readme_vocabulary() -> None:
    check_vocabulary(ITEMS)


def test_the_fourth_blind_set_is_read_and_scored(score_line: Callable[[str], None]) -> None:
    result = read_and_score(ITEMS, NAME, FIRST_READING, score_line, earlier=(SECOND_READING,))
    check_floors(
        result,
        NAME,
        exact=FLOOR_EXACT,
        false_events=MAX_FALSE_EVENTS,
        missed_events=MAX_MISSED_EVENTS,
    )


def test_relevance_on_the_fourth_blind_set(
    tmp_path: Path, score_line: Callable[[str], None]
) -> None:
    rate, message, wrong = score_relevance(ITEMS, NAME, tmp_path / "blind4.db", score_line)
    assert rate >= FLOOR_RELEVANCE, message + "\n" + "\n".join(wrong)
