"""The event gate's training set of real published headlines: selected with the engine, never a
score.

``tests/data/real_headlines_gate/real_headlines_gate.jsonl`` holds headlines as outlets and
official sites published them (2019-2026), in the format of the blind sets, collected in session 6
(issue #16) to give the learned event gate (``tui/engine/event_gate.py``) more of what it is short
of: real news that is not a trade measure although the rules find a measure word in it (market
reports naming tariffs, company halts, probes, plans held off, questions, analysis, court cases,
talks), and real measures beside them. Unlike the blind sets, the candidates were run through the
classifier to find such hard cases (see PROVENANCE.md there); every label was written from the
headline's words by the README's vocabulary, never from the engine's reading.

Because the engine chose these headlines, a score on them says nothing about unseen news: this
module prints none and asserts only what the set must be to train on honestly: well formed, in
the README's vocabulary, and apart from every other set (so that no held-out or scored-only
headline leaks into training through a near-copy).
"""

from __future__ import annotations

from collections import Counter

from real_headlines_set import DATA_GATE, kind, load_items, other_sets
from scored_sets import (
    check_apart,
    check_format,
    check_no_near_copies,
    check_not_near_other_sets,
    check_provenance,
    check_vocabulary,
)

from tui.core.models import POLICY_STATUSES

ITEMS = load_items(DATA_GATE)
OTHERS = other_sets(DATA_GATE)


def test_every_row_has_the_format_of_the_blind_sets() -> None:
    check_format(ITEMS, "rhg-")


def test_set_is_apart_from_every_other_set() -> None:
    """Same title (normalised), same page or a fuzzy near-copy (difflib 0.75) of any other set's
    headline, the scored-only blind sets included, is never trained on."""
    check_apart(ITEMS, OTHERS)
    check_provenance(ITEMS, "rhg-")
    check_not_near_other_sets(ITEMS, OTHERS)


def test_no_headline_is_a_near_copy_of_another_in_this_set() -> None:
    check_no_near_copies(ITEMS)


def test_labels_use_the_readme_vocabulary() -> None:
    check_vocabulary(ITEMS)


def test_mix_is_mostly_news_that_is_not_a_measure_with_real_measures_beside_it() -> None:
    """What the gate lacks is negatives; measures keep it from learning that every hard case is
    one. Floors, not targets: the set's size and mix are in PROVENANCE.md."""
    kinds = Counter(kind(i) for i in ITEMS)
    assert len(ITEMS) >= 130
    assert kinds["measure"] >= 0.25 * len(ITEMS)
    assert kinds["market"] + kinds["general"] >= 0.6 * len(ITEMS)
    events = [i["label"]["event"] for i in ITEMS if i["label"]["event"]]
    assert set(POLICY_STATUSES) - {"open"} <= {e["status"] for e in events}
    assert sum(e["proposed"] for e in events) >= 5
    assert len({i["outlet"] for i in ITEMS}) >= 80
