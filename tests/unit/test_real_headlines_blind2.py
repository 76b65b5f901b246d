"""The eighth set of real published headlines: the second blind set, tuned from session 5.

``tests/data/real_headlines_blind2/real_headlines_blind2.jsonl`` holds headlines as outlets and
official sites published them (2019-2026), collected and labelled in session 4 (issue #16) the
way the first blind set was, by someone who did not read ``tui/engine/`` or the gazetteer and did
not run the classifier on them, apart from every other set (see PROVENANCE.md there). The lead
scored it once on the engine at the end of session 4, never tuned on: that first reading is the
honest estimate, and the run's "labelled sets" summary prints it. Then, in session 5, like the
sixth and seventh sets, it was studied: the direction and ``proposed`` misses of every set were
grouped by their structural reason and the reading changed for the structure (each kind in
made-up phrasings in ``test_classifier_kinds_6.py``), so its current score is a tuned score. The
floors sit a little under the current score, so a regression fails while improvements pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from real_headlines_set import (
    DATA_BLIND2,
    kind,
    load_items,
    other_sets,
)
from scored_sets import (
    check_apart,
    check_floors,
    check_not_near_other_sets,
    check_provenance,
    check_vocabulary,
    read_and_score,
    score_relevance,
)

from tui.core.models import POLICY_STATUSES

ITEMS = load_items(DATA_BLIND2)
OTHERS = other_sets(DATA_BLIND2)
NAME = "eighth real set (second blind until session 5, tuned from session 5)"
# First reading: taken once by the lead, on the engine at the end of session 4 (after the sixth
# and seventh sets' rounds), never tuned on; also in README.md.
FIRST_READING = (
    "exact 79.7% (98/123), status-only 90.2%, false events on 84 non-measures: 5, "
    "missed events on 39 measures: 3 (engine at the end of session 4)"
)
# After the direction and proposed kinds were fixed across every set (branch kinds6): 95.9%
# exact (118/123), status-only 97.6%, 0 false events, 3 missed events. The floors sit under that.
FLOOR_EXACT = 0.94
MAX_FALSE_EVENTS = 1
MAX_MISSED_EVENTS = 3
FLOOR_RELEVANCE = 0.95


def test_set_is_real_diverse_and_apart_from_every_other_set() -> None:
    assert len(ITEMS) >= 100
    check_apart(ITEMS, OTHERS)
    kinds = Counter(kind(i) for i in ITEMS)
    assert kinds["measure"] >= 0.28 * len(ITEMS)
    assert kinds["market"] >= 0.25 * len(ITEMS)
    assert kinds["general"] >= 0.15 * len(ITEMS)
    check_provenance(ITEMS, "rhc-")
    events = [i["label"]["event"] for i in ITEMS if i["label"]["event"]]
    assert set(POLICY_STATUSES) - {"open"} <= {e["status"] for e in events}
    assert sum(e["proposed"] for e in events) >= 8
    assert len({e["origin"] for e in events}) >= 10
    assert len({e["destination"] for e in events}) >= 10
    assert len({m for e in events for m in e["metals"]}) >= 10
    assert len({i["date"][:4] for i in ITEMS if i["date"]}) >= 6


def test_no_headline_is_a_near_copy_of_another_sets() -> None:
    """The fuzzy check the set was collected with: difflib ratio 0.75 or more is the same."""
    check_not_near_other_sets(ITEMS, OTHERS)


def test_labels_use_the_readme_vocabulary() -> None:
    check_vocabulary(ITEMS)


def test_the_second_blind_set_is_read_and_scored(score_line: Callable[[str], None]) -> None:
    result = read_and_score(ITEMS, NAME, FIRST_READING, score_line)
    check_floors(
        result,
        NAME,
        exact=FLOOR_EXACT,
        false_events=MAX_FALSE_EVENTS,
        missed_events=MAX_MISSED_EVENTS,
    )


def test_relevance_on_the_second_blind_set(
    tmp_path: Path, score_line: Callable[[str], None]
) -> None:
    rate, message, wrong = score_relevance(ITEMS, NAME, tmp_path / "blind2.db", score_line)
    assert rate >= FLOOR_RELEVANCE, message + "\n" + "\n".join(wrong)
