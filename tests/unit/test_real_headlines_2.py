"""The classifier on a second set of real published headlines, collected after the first was tuned on.

``tests/data/real_headlines_2/real_headlines_2.jsonl`` holds headlines as outlets and official
sites published them (2019-2026), labelled before the engine read them (see PROVENANCE.md
there). The first set's final score was taken after studying its misses; this set's first
reading is the honest estimate of how the engine reads news it has never seen. The run's summary
prints that first reading next to the current score; the floors sit a little under the current
score, so a regression fails while improvements pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from classifier_scoring import score
from real_headlines_set import (
    DATA_2,
    DATA_3,
    DATA_4,
    classify_cases,
    kind,
    load_items,
    watch_list,
)
from scored_sets import score_relevance

from tui.core.models import POLICY_STATUSES

ITEMS = load_items(DATA_2)
FIRST = load_items()
THIRD = load_items(DATA_3)
FOURTH = load_items(DATA_4)
# First reading (engine as of main on 2026-12-03, after the changes made on the first set):
FIRST_READING = (
    "exact 79.6% (113/142), status-only 91.5%, 4 false events on 72 non-measures, "
    "4 missed events on 70 measures, relevance 100%"
)
# After the rules were changed for the kinds in its misses (branch labels): 96.5% exact
# (137/142), 0 false events, 1 missed event. The floors sit a little under that.
FLOOR_EXACT = 0.93
MAX_FALSE_EVENTS = 1
MAX_MISSED_EVENTS = 3
FLOOR_RELEVANCE = 0.95


def test_set_is_real_diverse_and_apart_from_the_first() -> None:
    assert len(ITEMS) >= 120
    assert len({i["id"] for i in ITEMS}) == len(ITEMS)
    titles = {i["title"] for i in ITEMS}
    assert len(titles) == len(ITEMS)
    assert not titles & {i["title"] for i in FIRST}, "no headline of the first set again"
    kinds = Counter(kind(i) for i in ITEMS)
    assert kinds["measure"] >= 0.45 * len(ITEMS)
    assert kinds["market"] + kinds["general"] >= 0.35 * len(ITEMS)
    assert kinds["general"] >= 0.1 * len(ITEMS)
    for item in ITEMS:
        assert item["id"].startswith("rh2-"), item["id"]
        assert item["title"] and item["outlet"] and item["found_via"], item["id"]
        assert item["url"].startswith(("http://", "https://")), item["id"]
        assert item["date"] is None or "2019" <= item["date"][:4] <= "2026", item["id"]
    events = [i["label"]["event"] for i in ITEMS if i["label"]["event"]]
    assert {"tariff", "licensing", "quota", "suspended", "resuming"} <= {
        e["status"] for e in events
    }
    assert sum(e["proposed"] for e in events) >= 10
    assert sum(e["rate_pct"] is not None for e in events) >= 10
    assert len({e["origin"] for e in events}) >= 10


def test_labels_use_the_readme_vocabulary() -> None:
    metal_ids = {m.id for m in watch_list()}
    for item in ITEMS:
        event = item["label"]["event"]
        if event is None:
            continue
        assert item["label"]["relevant"], f"{item['id']}: a policy event is always relevant"
        assert event["status"] in POLICY_STATUSES, item["id"]
        assert event["metals"] and set(event["metals"]) <= metal_ids, item["id"]
        for code in (event["origin"], event["destination"]):
            assert code in ("*", "EU") or (len(code) == 2 and code.isupper()), item["id"]
        assert isinstance(event["proposed"], bool), item["id"]
        assert event["rate_pct"] is None or event["rate_pct"] > 0, item["id"]


def test_classifier_on_the_second_real_set(score_line: Callable[[str], None]) -> None:
    result = score(classify_cases(ITEMS, watch_list()))
    message = result.line("second real set, now (after changing rules for its kinds)")
    score_line(f"second real set, first reading (news the engine had never seen): {FIRST_READING}")
    score_line(message)
    print(message)
    detail = message + "\n" + result.explain_misses()
    assert result.exact_rate >= FLOOR_EXACT, detail
    assert len(result.false_events) <= MAX_FALSE_EVENTS, detail
    assert len(result.missed_events) <= MAX_MISSED_EVENTS, detail


def test_relevance_on_the_second_real_set(
    tmp_path: Path, score_line: Callable[[str], None]
) -> None:
    rate, message, wrong = score_relevance(
        ITEMS, "second real set", tmp_path / "real2.db", score_line
    )
    assert rate >= FLOOR_RELEVANCE, message + "\n" + "\n".join(wrong)


# The small third set, collected after the changes made for the second set: its first reading
# (2026-12-03) estimates how the engine as changed reads news it has never seen. Its misses were
# then studied too: 90.0% exact (36/40), 0 false events after; the floor sits under that.
THIRD_READING = (
    "exact 62.5% (25/40), status-only 67.5%, 7 false events on 28 non-measures, "
    "0 missed events on 12 measures"
)
THIRD_FLOOR_EXACT = 0.85


def test_third_set_is_apart_and_labelled_by_the_vocabulary() -> None:
    titles = {i["title"] for i in THIRD}
    assert len(THIRD) >= 40 and len(titles) == len(THIRD)
    assert not titles & ({i["title"] for i in FIRST} | {i["title"] for i in ITEMS})
    metal_ids = {m.id for m in watch_list()}
    for item in THIRD:
        assert item["id"].startswith("rh3-") and item["url"].startswith("http"), item["id"]
        event = item["label"]["event"]
        if event is not None:
            assert item["label"]["relevant"] and event["status"] in POLICY_STATUSES
            assert set(event["metals"]) <= metal_ids, item["id"]


def test_classifier_on_the_third_set(score_line: Callable[[str], None]) -> None:
    result = score(classify_cases(THIRD, watch_list()))
    score_line(f"third real set, first reading (news never seen): {THIRD_READING}")
    message = result.line("third real set, now (after changing rules for its kinds)")
    score_line(message)
    print(message)
    assert result.exact_rate >= THIRD_FLOOR_EXACT, message + "\n" + result.explain_misses()


# The small fourth set, collected after the third was studied (then studied too): its reading
# (2026-12-03) is the only estimate of how the final engine reads news it has never seen. A rule
# change that moves it is a change on unseen news; record the new reading, do not tune on it.
FOURTH_READING = (
    "exact 89.7% (26/29), status-only 89.7%, 2 false events on 21 non-measures, "
    "1 missed event on 8 measures"
)
FOURTH_FLOOR_EXACT = 0.82
FOURTH_MAX_FALSE_EVENTS = 2


def test_fourth_set_is_apart_and_labelled_by_the_vocabulary() -> None:
    titles = {i["title"] for i in FOURTH}
    assert len(FOURTH) >= 25 and len(titles) == len(FOURTH)
    earlier = {i["title"] for i in FIRST} | {i["title"] for i in ITEMS}
    assert not titles & (earlier | {i["title"] for i in THIRD})
    metal_ids = {m.id for m in watch_list()}
    for item in FOURTH:
        assert item["id"].startswith("rh4-") and item["url"].startswith("http"), item["id"]
        event = item["label"]["event"]
        if event is not None:
            assert item["label"]["relevant"] and event["status"] in POLICY_STATUSES
            assert set(event["metals"]) <= metal_ids, item["id"]


def test_classifier_on_the_fourth_set(score_line: Callable[[str], None]) -> None:
    result = score(classify_cases(FOURTH, watch_list()))
    score_line(f"fourth real set, first reading (news never seen): {FOURTH_READING}")
    message = result.line("fourth real set, now (after changing rules for its kinds)")
    score_line(message)
    print(message)
    detail = message + "\n" + result.explain_misses()
    assert result.exact_rate >= FOURTH_FLOOR_EXACT, detail
    assert len(result.false_events) <= FOURTH_MAX_FALSE_EVENTS, detail
