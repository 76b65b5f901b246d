"""The fifteenth set of real published headlines: the ninth blind set, tuned from session 11.

``tests/data/real_headlines_blind9/real_headlines_blind9.jsonl`` holds headlines as outlets and
official sites published them (2019-2026), collected and labelled in session 10 (issue #16) the
way the eight earlier blind sets were, by someone who did not read ``tui/engine/`` or the
gazetteer, did not run the classifier or any scorer on them and saw no score (see PROVENANCE.md
there). Its ids are ``rhm-``. It was read once never tuned on (92.9% exact, 8 false events on
144 non-measures, 2 missed on 12 measures): that first reading is the honest estimate, and the
run's "labelled sets" summary prints it. Then, in session 11, the set was studied: its labels
audited by the written rules (no correction), its misses grouped by cause, false events first,
each kind in made-up phrasings in ``test_classifier_kinds_13.py``; so its current score is a
tuned score. The floors are the score the round reached (floors are what is met), so a
regression fails while improvements pass.

The mix floors are what the set holds (measures 7.7%, metals news 59%, general news 33%; no
proposed measure, 3 stated rates; 6 exporters and 5 importers counting ``*``, 4 metals in its
measures, 79 outlets): the store of public pages is exhausted for measures (the
fourteen earlier sets hold nearly every news page on a measure it returns), so this set is
mostly the news that names a measure without reporting one and general news
(PROVENANCE.md, "Mix").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from real_headlines_set import DATA_BLIND9, load_items, other_sets
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

ITEMS = load_items(DATA_BLIND9)
OTHERS = other_sets(DATA_BLIND9)
NAME = "fifteenth real set (ninth blind until session 11, tuned from session 11)"
# First reading: taken once by the lead in session 10, in aggregate only, on main after the
# seventh blind set's round (kinds11) and before the eighth's; also in README.md and the set's
# PROVENANCE.md. The collector did not run this test and saw no score of this set. Earlier
# engines (benchmarks/engine_history.py): the starts of sessions 4, 9 and 10 read it 92.3%
# (144/156) with the same 8 false events and 3 missed. Mostly news that is not a measure (144 of
# 156), so its exact share is not comparable with the other sets': its false events are the figure.
FIRST_READING = (
    "exact 92.9% (145/156), status-only 93.6%, false events on 144 non-measures: 8, "
    "missed events on 12 measures: 2 (main after the seventh blind set's round)"
)
# After the session-11 round (branch kinds13): 100% exact (156/156), no false event, no missed
# event; relevance 155/156 (a palladium price story on sanction fears read not relevant). The
# floors are that score.
FLOOR_EXACT = 156 / 156
MAX_FALSE_EVENTS = 0
MAX_MISSED_EVENTS = 0
FLOOR_RELEVANCE = 155 / 156


def test_every_row_has_the_format_of_the_earlier_blind_sets() -> None:
    check_format(ITEMS, "rhm-")


def test_set_is_large_diverse_and_apart_from_every_other_set() -> None:
    assert len(ITEMS) >= 150
    check_apart(ITEMS, OTHERS)
    check_provenance(ITEMS, "rhm-")
    check_spread(
        ITEMS,
        measure=0.07,
        market=0.58,
        general=0.33,
        proposed=0,
        rates=3,
        exporters=6,
        importers=5,
        metals=4,
        outlets=79,
    )


def test_no_headline_is_a_near_copy_of_another_sets_or_of_another_in_this_set() -> None:
    """The fuzzy checks the set was collected with: difflib ratio 0.75 or more against another
    set's title is the same headline; 0.9 or more within this set is a near-copy."""
    check_not_near_other_sets(ITEMS, OTHERS)
    check_no_near_copies(ITEMS)


def test_labels_use_the_readme_vocabulary() -> None:
    check_vocabulary(ITEMS)


def test_the_ninth_blind_set_is_read_and_scored(score_line: Callable[[str], None]) -> None:
    result = read_and_score(ITEMS, NAME, FIRST_READING, score_line)
    check_floors(
        result,
        NAME,
        exact=FLOOR_EXACT,
        false_events=MAX_FALSE_EVENTS,
        missed_events=MAX_MISSED_EVENTS,
    )


def test_relevance_on_the_ninth_blind_set(
    tmp_path: Path, score_line: Callable[[str], None]
) -> None:
    rate, message, wrong = score_relevance(ITEMS, NAME, tmp_path / "blind9.db", score_line)
    assert rate >= FLOOR_RELEVANCE, message + "\n" + "\n".join(wrong)
