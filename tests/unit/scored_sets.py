"""Checks shared by the sets of real published headlines: labels in the README's vocabulary,
every headline read and scored, relevance. Each prints its lines to the run's "labelled sets"
summary and asserts no score floor itself (a floor would make a scored-only set a target); the
tuned sets hold their own floors on what ``score_relevance`` returns."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from classifier_scoring import Score, score
from rapidfuzz import fuzz, process
from real_headlines_set import classify_cases, kind, relevance, watch_list

from tui.core.models import POLICY_STATUSES


def normalised(title: str) -> str:
    """A title compared across sets: lower case, letters, digits and single spaces."""
    return " ".join("".join(c for c in title.lower() if c.isalnum() or c.isspace()).split())


KEYS = {"id", "title", "summary", "outlet", "date", "url", "found_via", "label"}
EVENT_KEYS = {"metals", "origin", "destination", "status", "proposed", "rate_pct"}


def _page_row(item: dict[str, Any], pages_too: bool) -> bool:
    """A row found on the stored pages in a set taken from datasets that also holds such rows."""
    return pages_too and item["found_via"].startswith("search pages: ")


def check_format(
    items: list[dict[str, Any]],
    id_prefix: str,
    *,
    written: bool = False,
    from_dataset: bool = False,
    pages_too: bool = False,
) -> None:
    """The format of the blind sets: the same keys, ids ``<prefix>001`` ... in file order, the
    search that found each row (for a set ``written`` for real events, the event it reports; for
    a set taken ``from_dataset``, the dataset: repository, path and commit, or, where the set
    also holds rows found on the stored pages (``pages_too``), that row's search), a date (year,
    month or day) or none, an event's fields."""
    for n, item in enumerate(items, 1):
        assert set(item) == KEYS, item.get("id")
        assert item["id"] == f"{id_prefix}{n:03d}", f"ids run {id_prefix}001, ... in file order"
        assert set(item["label"]) == {"event", "relevant"}, item["id"]
        if written:
            found = item["found_via"]
            assert found and not found.startswith("search pages: "), item["id"]
        elif from_dataset and not _page_row(item, pages_too):
            assert re.fullmatch(r"dataset: \S+/\S+ .+ @ [0-9a-f]{40}", item["found_via"]), item[
                "id"
            ]
        else:
            assert item["found_via"].startswith("search pages: "), item["id"]
        date = item["date"]
        assert date is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date), item["id"]
        event = item["label"]["event"]
        if event is not None:
            assert set(event) == EVENT_KEYS, item["id"]


def close_match(title: str, titles: list[str], cutoff: float) -> str | None:
    """The title among ``titles`` whose difflib ratio to ``title`` is ``cutoff`` or more (the
    best, as ``difflib.get_close_matches`` gives it), else None.

    difflib is asked only about the titles whose LCS ratio (rapidfuzz's ``fuzz.ratio``,
    2 * longest common subsequence / total length) reaches the cutoff: difflib's matching blocks
    form a common subsequence, so its ratio is never higher, and no title it would find is
    skipped. The checks of a set against every other set took 10-17 s each with difflib alone."""
    floor = cutoff * 100 - 1e-6  # rapidfuzz's percentage, a rounding's width under the cutoff
    found = process.extract(title, titles, scorer=fuzz.ratio, score_cutoff=floor, limit=None)
    close = difflib.get_close_matches(title, [m for m, _, _ in found], n=1, cutoff=cutoff)
    return close[0] if close else None


def check_no_near_copies(items: list[dict[str, Any]]) -> None:
    """No title within the set is a near-copy (difflib ratio 0.9 or more) of an earlier one."""
    mine = [normalised(i["title"]) for i in items]
    for n, title in enumerate(mine):
        close = close_match(title, mine[:n], 0.9)
        assert close is None, f"{items[n]['id']} is a near-copy of {close!r} in this set"


def check_spread(
    items: list[dict[str, Any]],
    *,
    measure: float,
    market: float,
    general: float,
    proposed: int,
    rates: int,
    exporters: int = 12,
    importers: int = 10,
    statuses: int = 5,
    metals: int = 10,
    outlets: int = 100,
    years: int = 7,
) -> None:
    """A blind set's floors of mix and variety: shares of measures, metals news and general news;
    every status but ``open`` (``statuses`` of them, unless a set holds fewer); enough proposed
    measures and stated rates; at least ``exporters`` exporters (12 unless a set holds fewer),
    ``importers`` importers (10 unless a set holds fewer), ``metals`` metals in its measures (10
    unless a set holds fewer), ``years`` years (7 unless a set holds fewer) and ``outlets`` outlets
    (100 unless a set holds fewer)."""
    kinds = Counter(kind(i) for i in items)
    assert kinds["measure"] >= measure * len(items)
    assert kinds["market"] >= market * len(items)
    assert kinds["general"] >= general * len(items)
    events = [i["label"]["event"] for i in items if i["label"]["event"]]
    wanted = set(POLICY_STATUSES) - {"open"}
    assert len(wanted & {e["status"] for e in events}) >= min(statuses, len(wanted))
    assert sum(e["proposed"] for e in events) >= proposed
    assert sum(e["rate_pct"] is not None for e in events) >= rates
    assert len({e["origin"] for e in events}) >= exporters
    assert len({e["destination"] for e in events}) >= importers
    assert len({m for e in events for m in e["metals"]}) >= metals
    assert len({i["date"][:4] for i in items if i["date"]}) >= years
    assert len({i["outlet"] for i in items}) >= outlets


def check_apart(items: list[dict[str, Any]], others: list[dict[str, Any]]) -> None:
    """Each headline once, and none of them (title or page) in another set."""
    assert len({i["id"] for i in items}) == len(items)
    assert len({normalised(i["title"]) for i in items}) == len(items)
    titles = {normalised(i["title"]) for i in others}
    assert not {normalised(i["title"]) for i in items} & titles, "a headline of another set"
    pages = {i["url"] for i in items if i["url"]}  # a written row has no page
    assert not pages & {i["url"] for i in others}, "a page of another set"


def check_not_near_other_sets(
    items: list[dict[str, Any]], others: list[dict[str, Any]], cutoff: float = 0.75
) -> None:
    """The fuzzy check the blind sets were collected with: a difflib ratio of ``cutoff`` or more
    against another set's (normalised) title is the same headline."""
    titles = [normalised(i["title"]) for i in others]
    for item in items:
        close = close_match(normalised(item["title"]), titles, cutoff)
        assert close is None, f"{item['id']} is close to another set's {close!r}"


def check_provenance(
    items: list[dict[str, Any]],
    id_prefix: str,
    *,
    written: bool = False,
    from_dataset: bool = False,
    pages_too: bool = False,
) -> None:
    """Every headline says where it was published and found, 2019-2026; a headline ``written``
    for a real event says so in its outlet and has no page (``url`` null) rather than a made-up
    one; a headline taken ``from_dataset`` has the article URL the dataset gives, or none (``url``
    null) where the dataset gives none, never one made up (a row found on the stored pages, in a
    set that also holds such rows, ``pages_too``, has its page)."""
    for item in items:
        assert item["id"].startswith(id_prefix), item["id"]
        assert item["title"] and item["outlet"] and item["found_via"], item["id"]
        assert isinstance(item["summary"], str), item["id"]
        if written:
            assert item["url"] is None and "written" in item["outlet"], item["id"]
        elif from_dataset and not _page_row(item, pages_too):
            assert item["url"] is None or item["url"].startswith(("http://", "https://")), item[
                "id"
            ]
        else:
            assert (item["url"] or "").startswith(("http://", "https://")), item["id"]
        assert item["date"] is None or "2019" <= item["date"][:4] <= "2026", item["id"]


def check_vocabulary(items: list[dict[str, Any]]) -> None:
    metal_ids = {m.id for m in watch_list()}
    for item in items:
        label = item["label"]
        assert isinstance(label["relevant"], bool), item["id"]
        event = label["event"]
        if event is None:
            continue
        assert label["relevant"], f"{item['id']}: a policy event is always relevant"
        assert event["status"] in POLICY_STATUSES, item["id"]
        assert event["metals"] and set(event["metals"]) <= metal_ids, item["id"]
        for code in (event["origin"], event["destination"]):
            assert code in ("*", "EU") or (len(code) == 2 and code.isupper()), item["id"]
        assert event["origin"] != event["destination"] or event["origin"] == "*", item["id"]
        assert isinstance(event["proposed"], bool), item["id"]
        assert event["rate_pct"] is None or event["rate_pct"] > 0, item["id"]


def read_and_score(
    items: list[dict[str, Any]],
    name: str,
    first_reading: str,
    line: Callable[[str], None],
    *,
    earlier: tuple[str, ...] = (),
) -> Score:
    """Reads and scores every headline, prints the first reading, any ``earlier`` readings
    ("at the start of session 4: ...") and the current score; returns the score (a tuned set
    asserts its floors on it)."""
    cases = classify_cases(items, watch_list())
    result = score(cases)
    assert result.total == len(items), "every headline is read"
    for case in cases:
        assert case.got is None or case.got[0] in POLICY_STATUSES, case.title
    message = result.line(f"{name}, now")
    line(f"{name}, first reading: {first_reading}")
    for reading in earlier:
        line(f"{name}, {reading}")
    line(message)
    print(message)
    return result


def check_floors(
    result: Score,
    name: str,
    *,
    exact: float,
    false_events: int,
    missed_events: int | None = None,
) -> None:
    """A tuned set's floors: exact rate, false events on non-measures, missed events."""
    detail = result.line(name) + "\n" + result.explain_misses()
    assert result.exact_rate >= exact, detail
    assert len(result.false_events) <= false_events, detail
    if missed_events is not None:
        assert len(result.missed_events) <= missed_events, detail


def score_relevance(
    items: list[dict[str, Any]], name: str, db: Path, line: Callable[[str], None]
) -> tuple[float, str, list[str]]:
    """Relevance of every headline as the snapshot gives it, printed as one summary line;
    returns the rate, that line and the headlines read wrong (for the sets that hold a floor)."""
    got = relevance(items, db)
    if got is None:
        pytest.skip("the snapshot JSON has no headlines[].relevant yet")
    assert set(got) == {i["id"] for i in items}, "every headline reaches a story"
    right = sum(got[i["id"]] == i["label"]["relevant"] for i in items)
    measures = [i for i in items if kind(i) == "measure"]
    general = [i for i in items if kind(i) == "general"]
    message = (
        f"{name}, relevance: {right / len(items):.1%} ({right}/{len(items)});"
        f" measures relevant {sum(got[i['id']] for i in measures)}/{len(measures)};"
        f" general news not relevant {sum(not got[i['id']] for i in general)}/{len(general)}"
    )
    line(message)
    print(message)
    wrong = [f"{i['id']} {i['title']}" for i in items if got[i["id"]] != i["label"]["relevant"]]
    return right / len(items), message, wrong
