"""The fourteenth set of real published headlines: the eighth blind set, tuned from session 10.

``tests/data/real_headlines_blind8/real_headlines_blind8.jsonl`` holds headlines as outlets and
official sites published them (2019-2026), collected and labelled in session 10 (issue #16) the
way the seven earlier blind sets were, by someone who did not read ``tui/engine/`` or the
gazetteer, did not run the classifier or any scorer on them and saw no score (see PROVENANCE.md
there). Its ids are ``rhl-``. It was read once never tuned on (84.4% exact on the session-10
start engine, 15 false events on 146 non-measures; 84.9% after the seventh set's round): that
first reading is the honest estimate, and the run's "labelled sets" summary prints it. Then, in
session 10, two importers named neither in the title nor the summary were corrected to ``*`` by
the written rule (PROVENANCE.md lists them) and the set was studied: its misses grouped by
cause, false events first, each kind in made-up phrasings in ``test_classifier_kinds_12.py``;
so its current score is a tuned score. The floors are the score the round reached (floors are
what is met), so a regression fails while improvements pass.

The mix floors are what the set holds (measures 21%, metals news 50%, general news 28%; one
proposed measure, 2 stated rates; 9 importers counting ``*``): nearly every
news page on a measure in the store of public pages was already in one of the thirteen earlier
sets, so this set holds far fewer measures than the earlier blind sets (PROVENANCE.md, "Mix").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from real_headlines_set import DATA_BLIND8, load_items, other_sets
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

ITEMS = load_items(DATA_BLIND8)
OTHERS = other_sets(DATA_BLIND8)
NAME = "fourteenth real set (eighth blind until session 10, tuned from session 10)"
# First reading: taken once by the lead in session 10, in aggregate only, on main at the start of
# session 10 (the seventh blind set's round not yet merged); also in README.md and the set's
# PROVENANCE.md. After that round (kinds11) the engine read it at 84.9% (158/186), 14 false
# events, 2 missed. Earlier engines (benchmarks/engine_history.py): session 4's start 79.0%,
# session 9's start 83.3%. Two importers have been corrected since (the same readings).
FIRST_READING = (
    "exact 84.4% (157/186), status-only 89.2%, false events on 146 non-measures: 15, "
    "missed events on 40 measures: 2 (engine at the start of session 10; 84.9%, 158/186, 14 "
    "false events, after the seventh blind set's round)"
)
# After the session-10 round (branch kinds12): 96.2% exact (179/186), 2 false events, no missed
# event; relevance 186/186. The floors are that score: the misses left are a ban on a commodity
# not named, a quality-control explainer, and five corridors (a quality-control order on
# sales, "articles of X" in two quota bulletins, a quota from a country of three words, a
# country named as a modifier before the metal).
FLOOR_EXACT = 179 / 186
MAX_FALSE_EVENTS = 2
MAX_MISSED_EVENTS = 0
FLOOR_RELEVANCE = 186 / 186


def test_every_row_has_the_format_of_the_earlier_blind_sets() -> None:
    check_format(ITEMS, "rhl-")


def test_set_is_large_diverse_and_apart_from_every_other_set() -> None:
    assert len(ITEMS) >= 150
    check_apart(ITEMS, OTHERS)
    check_provenance(ITEMS, "rhl-")
    check_spread(
        ITEMS,
        measure=0.21,
        market=0.49,
        general=0.28,
        proposed=1,
        rates=2,
        importers=9,
    )


def test_no_headline_is_a_near_copy_of_another_sets_or_of_another_in_this_set() -> None:
    """The fuzzy checks the set was collected with: difflib ratio 0.75 or more against another
    set's title is the same headline; 0.9 or more within this set is a near-copy."""
    check_not_near_other_sets(ITEMS, OTHERS)
    check_no_near_copies(ITEMS)


def test_labels_use_the_readme_vocabulary() -> None:
    check_vocabulary(ITEMS)


def test_the_eighth_blind_set_is_read_and_scored(score_line: Callable[[str], None]) -> None:
    result = read_and_score(ITEMS, NAME, FIRST_READING, score_line)
    check_floors(
        result,
        NAME,
        exact=FLOOR_EXACT,
        false_events=MAX_FALSE_EVENTS,
        missed_events=MAX_MISSED_EVENTS,
    )


def test_relevance_on_the_eighth_blind_set(
    tmp_path: Path, score_line: Callable[[str], None]
) -> None:
    rate, message, wrong = score_relevance(ITEMS, NAME, tmp_path / "blind8.db", score_line)
    assert rate >= FLOOR_RELEVANCE, message + "\n" + "\n".join(wrong)
