"""The sixth set of real published headlines: scored only until session 4, then studied.

``tests/data/real_headlines_unseen/real_headlines_unseen.jsonl`` holds headlines as outlets and
official sites published them (2019-2026), collected and labelled after every earlier round of
rule changes and before the engine read them, apart from every other set (see PROVENANCE.md
there). Nobody changing the rules read its misses until session 4; then its misses were grouped
by kind and the rules changed for the kinds (each in made-up phrasings in
``test_classifier_kinds_4.py``), so its score is a tuned score since, like every other set's.
The run's "labelled sets" summary prints its first reading, its reading at the start of that
round and the current score; the floors sit a little under the current score, so a regression
fails while improvements pass. The honest estimate on unseen news is the first reading of a set
nobody has tuned on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from real_headlines_set import (
    DATA_UNSEEN,
    kind,
    load_items,
    other_sets,
)
from scored_sets import (
    check_apart,
    check_floors,
    check_provenance,
    check_vocabulary,
    read_and_score,
    score_relevance,
)

from tui.core.models import POLICY_STATUSES

ITEMS = load_items(DATA_UNSEEN)
OTHERS = other_sets(DATA_UNSEEN)
NAME = "sixth real set (unseen, tuned from session 4)"
# First reading (engine of main at d4b36bc, 2026-12-03, after the data commit eea5689):
FIRST_READING = (
    "exact 85.6% (101/118), status-only 91.5%, 5 false events on 77 non-measures, "
    "2 missed events on 41 measures, relevance 99.2% (117/118)"
)
# Still never tuned on, at the start of the session-4 round (main at a8856a4):
START_OF_ROUND = (
    "at the start of session 4 (still unseen): exact 88.1% (104/118), status-only 94.1%, "
    "2 false events on 77 non-measures, 2 missed events on 41 measures"
)
# After the rules were changed for the kinds in its misses (branch kinds4): 99.2% exact
# (117/118), status-only 100%, 0 false events, 0 missed events. The floors sit under that.
FLOOR_EXACT = 0.95
MAX_FALSE_EVENTS = 1
MAX_MISSED_EVENTS = 1
FLOOR_RELEVANCE = 0.95


def test_set_is_real_diverse_and_apart_from_every_other_set() -> None:
    assert len(ITEMS) >= 100
    check_apart(ITEMS, OTHERS)
    kinds = Counter(kind(i) for i in ITEMS)
    assert kinds["measure"] >= 0.3 * len(ITEMS)
    assert kinds["market"] >= 0.2 * len(ITEMS)
    assert kinds["general"] >= 0.2 * len(ITEMS)
    check_provenance(ITEMS, "rhu-")
    events = [i["label"]["event"] for i in ITEMS if i["label"]["event"]]
    assert set(POLICY_STATUSES) - {"open"} <= {e["status"] for e in events}
    assert sum(e["proposed"] for e in events) >= 5
    assert len({e["origin"] for e in events}) >= 8
    assert len({m for e in events for m in e["metals"]}) >= 8


def test_labels_use_the_readme_vocabulary() -> None:
    check_vocabulary(ITEMS)


def test_the_sixth_set_is_read_and_scored(score_line: Callable[[str], None]) -> None:
    result = read_and_score(ITEMS, NAME, FIRST_READING, score_line, earlier=(START_OF_ROUND,))
    check_floors(
        result,
        NAME,
        exact=FLOOR_EXACT,
        false_events=MAX_FALSE_EVENTS,
        missed_events=MAX_MISSED_EVENTS,
    )


def test_relevance_on_the_sixth_set(tmp_path: Path, score_line: Callable[[str], None]) -> None:
    rate, message, wrong = score_relevance(ITEMS, NAME, tmp_path / "unseen.db", score_line)
    assert rate >= FLOOR_RELEVANCE, message + "\n" + "\n".join(wrong)
