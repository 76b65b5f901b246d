"""The fifth set of real published headlines: held out while four rounds of rules were written,
then studied (its kinds fixed on 2026-12-03; its score is a tuned score since).

``tests/data/real_headlines_heldout/real_headlines_heldout.jsonl`` holds headlines as outlets and official
sites published them (2019-2026), labelled before the engine read them and kept apart from the
two sets the rules were changed on (see PROVENANCE.md there). Its first reading was the honest
estimate of how the classifier read news it had never seen. The module asserts the set is well formed, uses
the README's vocabulary, shares nothing with the sets tuned before it, and every headline is
read and scored; since it was studied (a tuned set), floors under its tuned score too. The
score goes to the run's "labelled sets" summary with its first reading.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from real_headlines_set import (
    DATA_2,
    DATA_3,
    DATA_4,
    DATA_HELDOUT,
    kind,
    load_items,
)
from scored_sets import (
    check_floors,
    check_provenance,
    check_vocabulary,
    read_and_score,
    score_relevance,
)

from tui.core.models import POLICY_STATUSES

ITEMS = load_items(DATA_HELDOUT)
TUNED = load_items() + load_items(DATA_2) + load_items(DATA_3) + load_items(DATA_4)
NAME = "fifth real set (held out, then studied)"
# First reading (engine of main at 6cdcae3, 2026-12-03, the day the set was committed; 135
# headlines then, one removed since as it is also in the third set):
FIRST_READING = (
    "exact 73.3% (99/135), status-only 86.7%, 9 false events on 68 non-measures, "
    "1 missed event on 67 measures, relevance 100%"
)


def test_set_is_real_diverse_and_apart_from_the_tuned_sets() -> None:
    assert len(ITEMS) >= 120
    assert len({i["id"] for i in ITEMS}) == len(ITEMS)
    assert len({i["title"] for i in ITEMS}) == len(ITEMS)
    assert not {i["title"] for i in ITEMS} & {i["title"] for i in TUNED}, "a tuned headline again"
    assert not {i["url"] for i in ITEMS} & {i["url"] for i in TUNED}, "a tuned page again"
    kinds = Counter(kind(i) for i in ITEMS)
    assert kinds["measure"] >= 0.45 * len(ITEMS)
    assert kinds["market"] + kinds["general"] >= 0.35 * len(ITEMS)
    assert kinds["general"] >= 0.1 * len(ITEMS)
    check_provenance(ITEMS, "rhx-")
    events = [i["label"]["event"] for i in ITEMS if i["label"]["event"]]
    assert set(POLICY_STATUSES) - {"open"} <= {e["status"] for e in events}
    assert sum(e["proposed"] for e in events) >= 10
    assert sum(e["rate_pct"] is not None for e in events) >= 10
    assert len({e["origin"] for e in events}) >= 10
    assert len({m for e in events for m in e["metals"]}) >= 10


def test_labels_use_the_readme_vocabulary() -> None:
    check_vocabulary(ITEMS)


# Studied since (a tuned set): 97.8% exact (131/134), 0 false events, 0 missed events at the
# start of session 4. The floors sit a little under that, so a regression fails.
FLOOR_EXACT = 0.95
MAX_FALSE_EVENTS = 1
FLOOR_RELEVANCE = 0.95


def test_the_held_out_set_is_read_and_scored(score_line: Callable[[str], None]) -> None:
    result = read_and_score(ITEMS, NAME, FIRST_READING, score_line)
    check_floors(result, NAME, exact=FLOOR_EXACT, false_events=MAX_FALSE_EVENTS)


def test_relevance_on_the_held_out_set(tmp_path: Path, score_line: Callable[[str], None]) -> None:
    rate, message, wrong = score_relevance(ITEMS, NAME, tmp_path / "real3.db", score_line)
    assert rate >= FLOOR_RELEVANCE, message + "\n" + "\n".join(wrong)
