"""A rebuild next to the snapshot on screen: when no headline is new or changed, its stories
stand (no clustering, no classifying), and the snapshot is the one a full rebuild gives."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import tui.engine.cluster
from tui.core.config import load_config
from tui.core.config_types import NEWS_KINDS, Config
from tui.core.demo_clock import DEMO_NOW
from tui.core.models import Headline, Snapshot
from tui.flow.refresh import Refresher
from tui.flow.snapshot import build_snapshot
from tui.store import Store, snapshot_cache

LATER = DEMO_NOW + timedelta(days=3)  # policy stories' pins run out: the order moves


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[Config, Store]]:
    config = load_config(demo=True)
    store = Store(tmp_path / "store.sqlite3")
    asyncio.run(Refresher(config, store).run())
    # one story told by two sources (the same article), so a story holds several entries
    news = [s.name for s in config.sources if s.kind in NEWS_KINDS]
    told = store.load_headlines()[0]
    other = next(n for n in news if n != told.source)
    store.save_headlines(other, [dataclasses.replace(told, source=other)], seen_at=DEMO_NOW)
    yield config, store
    store.close()


@pytest.fixture
def clusterings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many headlines each call of the clustering was given."""
    calls: list[int] = []
    real = tui.engine.cluster.build_stories

    def counted(headlines: Any, metals: Any, **kw: Any) -> Any:
        given = list(headlines)
        calls.append(len(given))
        return real(given, metals, **kw)

    monkeypatch.setattr(tui.engine.cluster, "build_stories", counted)
    return calls


def same_view(a: Snapshot, b: Snapshot) -> None:
    assert a.stories == b.stories
    assert [s.id for s in a.stories] == [s.id for s in b.stories]
    assert a.policy == b.policy  # every row, its evidence in order
    assert a.prices == b.prices


def test_unchanged_headlines_keep_their_stories(
    filled: tuple[Config, Store], clusterings: list[int]
) -> None:
    config, store = filled
    first = build_snapshot(config, store, now=DEMO_NOW)
    assert any(s.policy_event for s in first.stories) and first.policy
    assert any(len(s.entries) > 1 for s in first.stories), "a story of several outlets"
    assert len(clusterings) == 1

    again = build_snapshot(config, store, now=LATER, reuse=first)

    assert len(clusterings) == 1, "nothing clustered again"
    assert {id(s) for s in again.stories} == {id(s) for s in first.stories}
    same_view(again, build_snapshot(config, store, now=LATER))
    assert len(clusterings) == 2


def test_a_cached_snapshot_serves_as_well(
    filled: tuple[Config, Store], clusterings: list[int], tmp_path: Path
) -> None:
    config, store = filled
    first = build_snapshot(config, store, now=DEMO_NOW)
    path = tmp_path / "snap.json"
    snapshot_cache.save(path, first, key="k", fingerprint=store.fingerprint())
    loaded = snapshot_cache.load(path, key="k")
    assert loaded is not None
    calls = len(clusterings)

    again = build_snapshot(config, store, now=LATER, reuse=loaded[0])

    assert len(clusterings) == calls
    same_view(again, build_snapshot(config, store, now=LATER))


def test_a_new_or_changed_headline_is_clustered_with_the_rest(
    filled: tuple[Config, Store], clusterings: list[int]
) -> None:
    config, store = filled
    first = build_snapshot(config, store, now=DEMO_NOW)
    source = first.stories[0].source
    at = DEMO_NOW - timedelta(minutes=5)
    fresh = Headline("Indonesia bans nickel ore exports again", "https://e.org/n", source, at)
    store.save_headlines(source, [fresh], seen_at=at)

    grown = build_snapshot(config, store, now=LATER, reuse=first)
    assert len(clusterings) == 2 and clusterings[1] == clusterings[0] + 1
    assert any(s.title == fresh.title for s in grown.stories)
    before = {id(s) for s in first.stories}
    assert [s.title for s in grown.stories if id(s) not in before] == [fresh.title], (
        "every other story is the object already on screen"
    )
    same_view(grown, build_snapshot(config, store, now=LATER))

    entry = grown.stories[-1].entries[0]
    store.save_headlines(
        entry.source, [dataclasses.replace(entry, summary="Written again.")], seen_at=at
    )
    calls = len(clusterings)
    changed = build_snapshot(config, store, now=LATER, reuse=grown)
    assert len(clusterings) == calls + 1, "a changed summary may change the story"
    same_view(changed, build_snapshot(config, store, now=LATER))


def test_other_metals_or_other_stories_are_built_anew(
    filled: tuple[Config, Store], clusterings: list[int]
) -> None:
    config, store = filled
    first = build_snapshot(config, store, now=DEMO_NOW)
    calls = len(clusterings)
    fewer = dataclasses.replace(config, metals=config.metals[:-1])
    build_snapshot(fewer, store, now=DEMO_NOW, reuse=first)
    assert len(clusterings) == calls + 1
    head = dataclasses.replace(first, stories=first.stories[:3])  # the cached head only
    build_snapshot(config, store, now=DEMO_NOW, reuse=head)
    assert len(clusterings) == calls + 2
    stamp = datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert build_snapshot(config, store, now=stamp, reuse=first).generated_at == stamp


def test_events_of_one_day_weigh_in_the_same_order(tmp_path: Path, clusterings: list[int]) -> None:
    """The board takes the events of one day in the order the stories were built: a reused
    snapshot gives them in that order too, whatever order the panel shows them in."""
    config = load_config(demo=True)
    source = next(s.name for s in config.sources if s.kind in NEWS_KINDS)
    day = DEMO_NOW.replace(hour=9)
    texts = [
        "Indonesia bans nickel ore exports",
        "Jakarta imposes 10% export duty on nickel ore shipments",
        "Indonesia to require export licences for nickel pig iron",
    ]
    with Store(tmp_path / "s.sqlite3") as store:
        for k, title in enumerate(texts):
            at = day + timedelta(hours=k)
            h = Headline(title, f"https://e.org/{k}", source, at)
            store.save_headlines(source, [h], seen_at=at)
        first = build_snapshot(config, store, now=DEMO_NOW)
        nickel = [r for r in first.policy if r.metal == "nickel" and r.origin == "ID"]
        assert nickel and len(nickel[0].evidence) >= 3, nickel
        again = build_snapshot(config, store, now=DEMO_NOW, reuse=first)
        assert len(clusterings) == 1
        same_view(again, build_snapshot(config, store, now=DEMO_NOW))
