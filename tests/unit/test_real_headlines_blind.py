"""The blind set of real published headlines: scored only, never tuned on.

``tests/data/real_headlines_blind/real_headlines_blind.jsonl`` holds headlines as outlets and
official sites published them (2019-2026), collected and labelled in session 4 (issue #16) by
someone who did not read ``tui/engine/`` and did not run the classifier on them, apart from every
other set (see PROVENANCE.md there). The unseen set has been scored alongside the session's rule
changes; this one is read once, by the lead, at the end of session 4 on the final engine, so its
score is the honest estimate of how the classifier reads news nobody has tuned on. This module
asserts only what it can hold honestly: the set is well formed, uses the README's vocabulary,
shares nothing with any other set, and every headline is read and scored. The score goes to the
run's "labelled sets" summary as "blind (never tuned on)"; there is no floor, and a change to the
engine must not be made by reading this set's misses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from real_headlines_set import (
    DATA_2,
    DATA_3,
    DATA_4,
    DATA_BLIND,
    DATA_HELDOUT,
    DATA_UNSEEN,
    kind,
    load_items,
)
from scored_sets import check_provenance, check_vocabulary, read_and_score, score_relevance

from tui.core.models import POLICY_STATUSES

ITEMS = load_items(DATA_BLIND)
OTHERS = (
    load_items()
    + load_items(DATA_2)
    + load_items(DATA_3)
    + load_items(DATA_4)
    + load_items(DATA_HELDOUT)
    + load_items(DATA_UNSEEN)
)
NAME = "blind (never tuned on)"
# First reading: none yet. The lead takes it once, at the end of session 4, on the final engine
# (then records it here with the engine's commit, and in README.md).
FIRST_READING = (
    "not read yet (the lead reads it once, at the end of session 4, on the final engine)"
)


def _normalised(title: str) -> str:
    return " ".join("".join(c for c in title.lower() if c.isalnum() or c.isspace()).split())


def test_set_is_real_diverse_and_apart_from_every_other_set() -> None:
    assert len(ITEMS) >= 150
    assert len({i["id"] for i in ITEMS}) == len(ITEMS)
    assert len({i["title"] for i in ITEMS}) == len(ITEMS)
    others = {_normalised(i["title"]) for i in OTHERS}
    assert not {_normalised(i["title"]) for i in ITEMS} & others, "a headline of another set"
    assert not {i["url"] for i in ITEMS} & {i["url"] for i in OTHERS}, "a page of another set"
    kinds = Counter(kind(i) for i in ITEMS)
    assert kinds["measure"] >= 0.35 * len(ITEMS)
    assert kinds["market"] >= 0.25 * len(ITEMS)
    assert kinds["general"] >= 0.15 * len(ITEMS)
    check_provenance(ITEMS, "rhb-")
    events = [i["label"]["event"] for i in ITEMS if i["label"]["event"]]
    assert set(POLICY_STATUSES) - {"open"} <= {e["status"] for e in events}
    assert sum(e["proposed"] for e in events) >= 10
    assert len({e["origin"] for e in events}) >= 12
    assert len({e["destination"] for e in events}) >= 12
    assert len({m for e in events for m in e["metals"]}) >= 12
    assert len({i["date"][:4] for i in ITEMS if i["date"]}) == 8, "every year 2019-2026"


def test_labels_use_the_readme_vocabulary() -> None:
    check_vocabulary(ITEMS)


def test_the_blind_set_is_read_and_scored(score_line: Callable[[str], None]) -> None:
    read_and_score(ITEMS, NAME, FIRST_READING, score_line)


def test_relevance_on_the_blind_set(tmp_path: Path, score_line: Callable[[str], None]) -> None:
    score_relevance(ITEMS, NAME, tmp_path / "blind.db", score_line)
