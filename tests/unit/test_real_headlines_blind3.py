"""The ninth set of real published headlines: the third blind set, tuned from session 6.

``tests/data/real_headlines_blind3/real_headlines_blind3.jsonl`` holds headlines as outlets and
official sites published them (2019-2026), collected and labelled in session 5 (issue #16) the
way the two earlier blind sets were, by someone who did not read ``tui/engine/`` or the
gazetteer, did not run the classifier or any scorer on them and saw no score (see PROVENANCE.md
there). It was read twice never tuned on: the first reading (engine of session 5) and the
second (with the learned event gate, session 6) are the honest estimates, and the run's
"labelled sets" summary prints both. Then, in session 6, six labels that broke the written
labelling rules were corrected (PROVENANCE.md lists them) and the set was studied like the
eighth: its misses grouped by kind and the reading changed for the kind (each kind in made-up
phrasings in ``test_classifier_kinds_7.py``), so its current score is a tuned score. The floors
sit a little under the current score, so a regression fails while improvements pass.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from real_headlines_set import DATA_BLIND3, load_items, other_sets
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

ITEMS = load_items(DATA_BLIND3)
OTHERS = other_sets(DATA_BLIND3)
NAME = "ninth real set (third blind until session 6, tuned from session 6)"
# First reading: taken once by the lead on the engine of session 5 (after the direction and
# proposed round on every other set), never tuned on; also in README.md. Taken on the labels as
# collected (six have been corrected since; on the corrected labels the session-6 engine with
# the gate reads 77.2%, 14 false events).
FIRST_READING = (
    "exact 74.1% (120/162), status-only 83.3%, false events on 103 non-measures: 15, "
    "missed events on 59 measures: 7 (engine of session 5)"
)
# Second reading: taken once in session 6, in aggregate only, after the learned event gate
# (tui/engine/event_gate.py) was frozen by leave-one-set-out over the other eight sets; nothing
# was changed because of it. Also in README.md.
SECOND_READING = (
    "second reading (with the learned event gate, session 6): exact 74.7% (121/162), "
    "status-only 84.0%, false events on 103 non-measures: 14, missed events on 59 measures: 7"
)
# After the session-6 round (branch kinds7): 90.1% exact (146/162), 0 false events, 4 missed
# events. The floors sit under that. The one false event the rules read (rhd-044, an industry's
# request for duties) was vetoed by the session-6 gate only because that gate was trained on
# this set; the session-7 gate, retrained with the second gate set and a lower threshold (0.014,
# under every held-out measure), lets it through: one false event allowed, as the rules read it.
FLOOR_EXACT = 0.89
MAX_FALSE_EVENTS = 1
MAX_MISSED_EVENTS = 4
FLOOR_RELEVANCE = 0.95


def test_every_row_has_the_format_of_the_earlier_blind_sets() -> None:
    check_format(ITEMS, "rhd-")


def test_set_is_large_diverse_and_apart_from_every_other_set() -> None:
    assert len(ITEMS) >= 150
    check_apart(ITEMS, OTHERS)
    check_provenance(ITEMS, "rhd-")
    check_spread(ITEMS, measure=0.30, market=0.25, general=0.15, proposed=8, rates=3)


def test_no_headline_is_a_near_copy_of_another_sets_or_of_another_in_this_set() -> None:
    """The fuzzy checks the set was collected with: difflib ratio 0.75 or more against another
    set's title is the same headline; 0.9 or more within this set is a near-copy."""
    check_not_near_other_sets(ITEMS, OTHERS)
    check_no_near_copies(ITEMS)


def test_labels_use_the_readme_vocabulary() -> None:
    check_vocabulary(ITEMS)


def test_the_third_blind_set_is_read_and_scored(score_line: Callable[[str], None]) -> None:
    result = read_and_score(ITEMS, NAME, FIRST_READING, score_line, earlier=(SECOND_READING,))
    check_floors(
        result,
        NAME,
        exact=FLOOR_EXACT,
        false_events=MAX_FALSE_EVENTS,
        missed_events=MAX_MISSED_EVENTS,
    )


def test_relevance_on_the_third_blind_set(
    tmp_path: Path, score_line: Callable[[str], None]
) -> None:
    rate, message, wrong = score_relevance(ITEMS, NAME, tmp_path / "blind3.db", score_line)
    assert rate >= FLOOR_RELEVANCE, message + "\n" + "\n".join(wrong)
