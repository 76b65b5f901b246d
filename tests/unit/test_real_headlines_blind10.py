"""The sixteenth set of real published headlines: the tenth blind set, tuned from session 11.

``tests/data/real_headlines_blind10/real_headlines_blind10.jsonl`` holds headlines as outlets and
official sites published them (2019-2026), collected and labelled in session 11 (issue #16) the
way the nine earlier blind sets were, by someone who did not read ``tui/engine/`` or the
gazetteer, did not run the classifier or any scorer on them and saw no score (see PROVENANCE.md
there). Its ids are ``rhn-``. It was read once never tuned on (87.4% exact on its 223 rows, 15
false events on 200 non-measures, 3 missed on 23 measures): that first reading is the honest
estimate, and the run's "labelled sets" summary prints it. Then, later in session 11, the set was studied: its
labels audited by the written rules (no correction), its misses grouped by cause, false events
first, each kind in made-up phrasings in ``test_classifier_kinds_14.py``; so its current score
is a tuned score. The floors are the score the round reached (floors are what is met), so a
regression fails while improvements pass.

The mix floors are what the set holds (measures 10.3%, metals news 53.8%, general news 35.9%; 3
proposed measures, 3 stated rates; 6 exporters and 9 importers counting ``*``, 4 statuses (no
``suspended``), 7 metals in its measures, 92 outlets): the store of public pages is exhausted for
measures (the fifteen earlier sets hold nearly every news page on a measure it returns), so
this set is mostly the news that names a measure without reporting one and general news
(PROVENANCE.md, "Mix").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from real_headlines_set import DATA_BLIND10, load_items, other_sets
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

ITEMS = load_items(DATA_BLIND10)
OTHERS = other_sets(DATA_BLIND10)
NAME = "sixteenth real set (tenth blind until session 11, tuned from session 11)"
# First reading: taken by the lead in session 11, in aggregate only, on main after the ninth blind
# set's round (kinds13) and before the tenth's; also in README.md and the set's PROVENANCE.md.
# The collector did not run this test and saw no score of this set. (A reading of its first 212
# rows, before the collector added the last 11, gave 87.7%, 15 false events, 3 missed.) Earlier
# engines (benchmarks/engine_history.py): the start of session 11 (before the ninth set's round)
# read it the same, with the same 15 false events; the starts of sessions 10, 9 and 4 read 87.0%
# (17 false), 86.5% (18) and 84.3% (22 false, 2 missed).
FIRST_READING = (
    "exact 87.4% (195/223), status-only 89.7%, false events on 200 non-measures: 15, "
    "missed events on 23 measures: 3 (main after the ninth blind set's round)"
)
# After the session-11 round (branch kinds14): 96.0% exact (214/223), 5 false events (four
# recommendations of a trade-remedy body, which older sets label proposed measures, and a
# safeguard case's scope revised), no missed event; relevance 219/223. The floors are that
# score.
FLOOR_EXACT = 214 / 223
MAX_FALSE_EVENTS = 5
MAX_MISSED_EVENTS = 0
FLOOR_RELEVANCE = 219 / 223


def test_every_row_has_the_format_of_the_earlier_blind_sets() -> None:
    check_format(ITEMS, "rhn-")


def test_set_is_large_diverse_and_apart_from_every_other_set() -> None:
    assert len(ITEMS) >= 150
    check_apart(ITEMS, OTHERS)
    check_provenance(ITEMS, "rhn-")
    check_spread(
        ITEMS,
        measure=0.10,
        market=0.53,
        general=0.35,
        proposed=3,
        rates=3,
        exporters=6,
        importers=9,
        statuses=4,
        metals=7,
        outlets=92,
    )


def test_no_headline_is_a_near_copy_of_another_sets_or_of_another_in_this_set() -> None:
    """The fuzzy checks the set was collected with: difflib ratio 0.75 or more against another
    set's title is the same headline; 0.9 or more within this set is a near-copy."""
    check_not_near_other_sets(ITEMS, OTHERS)
    check_no_near_copies(ITEMS)


def test_labels_use_the_readme_vocabulary() -> None:
    check_vocabulary(ITEMS)


def test_the_tenth_blind_set_is_read_and_scored(score_line: Callable[[str], None]) -> None:
    result = read_and_score(ITEMS, NAME, FIRST_READING, score_line)
    check_floors(
        result,
        NAME,
        exact=FLOOR_EXACT,
        false_events=MAX_FALSE_EVENTS,
        missed_events=MAX_MISSED_EVENTS,
    )


def test_relevance_on_the_tenth_blind_set(
    tmp_path: Path, score_line: Callable[[str], None]
) -> None:
    rate, message, wrong = score_relevance(ITEMS, NAME, tmp_path / "blind10.db", score_line)
    assert rate >= FLOOR_RELEVANCE, message + "\n" + "\n".join(wrong)
