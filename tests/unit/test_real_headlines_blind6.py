"""The twelfth set of real published headlines: the sixth blind set, tuned from session 9.

``tests/data/real_headlines_blind6/real_headlines_blind6.jsonl`` holds headlines as outlets and
official sites published them (2019-2026), collected and labelled in session 8 (issue #16) the
way the five earlier blind sets were, by someone who did not read ``tui/engine/`` or the
gazetteer, did not run the classifier or any scorer on them and saw no score (see PROVENANCE.md
there). Its ids are ``rhj-`` (``rhg-`` is the gate's training set's). It was read once never
tuned on (76.0% exact, 20 false events on 124 non-measures): that first reading is the honest
estimate, and the run's "labelled sets" summary prints it. Then, in session 9, one label that
broke a written labelling rule was corrected (PROVENANCE.md lists it) and the set was studied:
its misses grouped by cause, false events first, each kind in made-up phrasings in
``test_classifier_kinds_10.py``; so its current score is a tuned score. The floors are the
score the round reached (floors are what is met), so a regression fails while improvements
pass.

The mix floors are lower than the fifth set's: most measure pages in the store of public pages
were already in an earlier set, so measures are about 31% of this set (PROVENANCE.md, "Mix").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from real_headlines_set import DATA_BLIND6, load_items, other_sets
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

ITEMS = load_items(DATA_BLIND6)
OTHERS = other_sets(DATA_BLIND6)
NAME = "twelfth real set (sixth blind until session 9, tuned from session 9)"
# First reading: taken once by the lead in session 8, in aggregate only, on main after the
# fifth blind set's round (kinds9) was merged; also in README.md and the set's PROVENANCE.md.
# The engine of session 7 (before that round) read it exactly the same: the round carried over
# to this set not at all. Taken on the labels as collected (one destination has been corrected
# since; on the corrected labels the engine at the start of session 9 reads the same).
FIRST_READING = (
    "exact 76.0% (136/179), status-only 81.0%, false events on 124 non-measures: 20, "
    "missed events on 55 measures: 6 (engine after the fifth blind set's round; the session-7 "
    "engine read the same)"
)
# After the session-9 round (branch kinds10): 92.7% exact (166/179), 2 false events, 3 missed
# events; relevance 178/179. The floors are that score: the two false events left (a country's
# prospects after a proposed tax, and "Mexico GOES Tariff Free", whose lede tells exports
# monitored in lieu of restrictions) are allowed, no more.
FLOOR_EXACT = 166 / 179
MAX_FALSE_EVENTS = 2
MAX_MISSED_EVENTS = 3
FLOOR_RELEVANCE = 178 / 179


def test_every_row_has_the_format_of_the_earlier_blind_sets() -> None:
    check_format(ITEMS, "rhj-")


def test_set_is_large_diverse_and_apart_from_every_other_set() -> None:
    assert len(ITEMS) >= 150
    check_apart(ITEMS, OTHERS)
    check_provenance(ITEMS, "rhj-")
    check_spread(ITEMS, measure=0.30, market=0.40, general=0.25, proposed=13, rates=5)


def test_no_headline_is_a_near_copy_of_another_sets_or_of_another_in_this_set() -> None:
    """The fuzzy checks the set was collected with: difflib ratio 0.75 or more against another
    set's title is the same headline; 0.9 or more within this set is a near-copy."""
    check_not_near_other_sets(ITEMS, OTHERS)
    check_no_near_copies(ITEMS)


def test_labels_use_the_readme_vocabulary() -> None:
    check_vocabulary(ITEMS)


def test_the_sixth_blind_set_is_read_and_scored(score_line: Callable[[str], None]) -> None:
    result = read_and_score(ITEMS, NAME, FIRST_READING, score_line)
    check_floors(
        result,
        NAME,
        exact=FLOOR_EXACT,
        false_events=MAX_FALSE_EVENTS,
        missed_events=MAX_MISSED_EVENTS,
    )


def test_relevance_on_the_sixth_blind_set(
    tmp_path: Path, score_line: Callable[[str], None]
) -> None:
    rate, message, wrong = score_relevance(ITEMS, NAME, tmp_path / "blind6.db", score_line)
    assert rate >= FLOOR_RELEVANCE, message + "\n" + "\n".join(wrong)
