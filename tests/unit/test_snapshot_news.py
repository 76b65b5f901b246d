"""A rebuild after a refresh that brought news, next to the snapshot on screen (built in this
process, or read from the cache at a start): what it takes from earlier builds (the clustering
memo, the events of stories read from the same words) leaves the snapshot exactly the one a
build from nothing gives (stories in order, events, relevance, the board)."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from test_cluster_memo import generated

import tui.engine.classifier
import tui.flow.snapshot as flow
import tui.flow.snapshot_events as snapshot_events
import tui.store
from tui.core.config import load_config
from tui.core.config_types import NEWS_KINDS, Config
from tui.core.demo_clock import DEMO_NOW
from tui.core.models import Headline, PolicyEvent, Snapshot
from tui.flow import cluster_keep
from tui.flow.changes import FirstSeen
from tui.flow.refresh import Refresher
from tui.flow.snapshot import build_snapshot, to_json
from tui.store import Store, snapshot_cache

NEWS = [
    "Indonesia bans nickel ore exports again",
    "China to restrict gallium and germanium exports from August",
    "US doubles tariff on Canadian aluminium to 50%",
    "Copper prices jump as Chile mine strike enters second week",
    "Chile copper mine strike enters its second week, prices jump",
]


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[Config, Store]]:
    config = load_config(demo=True)
    store = Store(tmp_path / "store.sqlite3")
    asyncio.run(Refresher(config, store).run())
    # and a few hundred more (stories told by several outlets, policy news among them)
    sources = [s.name for s in config.sources if s.kind in NEWS_KINDS]
    more = generated(600, 21, start=DEMO_NOW - timedelta(hours=2), days=20.0)
    for k, source in enumerate(sources):
        mine = [dataclasses.replace(h, source=source) for h in more[k :: len(sources)]]
        store.save_headlines(source, mine, seen_at=DEMO_NOW - timedelta(hours=1))
    yield config, store
    store.close()


@pytest.fixture
def classified(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The titles the classifier is asked about."""
    asked: list[str] = []
    real = tui.engine.classifier.classify

    def counted(title: str, *args: Any, **kw: Any) -> Any:
        asked.append(title)
        return real(title, *args, **kw)

    monkeypatch.setattr(tui.engine.classifier, "classify", counted)
    return asked


def from_nothing(config: Config, store: Store) -> Snapshot:
    """The snapshot a new process builds: no memo (nor the one kept beside the store), no
    classified words, nothing on screen."""
    memo = flow._CLUSTER_MEMO
    if memo is not None:
        memo.clear()
    kept = cluster_keep.path_for(store)
    if kept is not None:
        kept.unlink(missing_ok=True)
    snapshot_events._CLASSIFIED.clear()
    return build_snapshot(config, store, now=DEMO_NOW)


def same_view(a: Snapshot, b: Snapshot) -> None:
    assert a.stories == b.stories  # every field, entries and events, in order
    assert a.policy == b.policy
    assert to_json(a) == to_json(b)


def news(config: Config, store: Store, k: int, titles: list[str]) -> None:
    sources = [s.name for s in config.sources if s.kind in NEWS_KINDS]
    at = DEMO_NOW - timedelta(minutes=30)
    for n, title in enumerate(titles):
        h = Headline(title, f"https://e.org/news/{k}-{n}", sources[n % len(sources)], at)
        store.save_headlines(h.source, [h], seen_at=at)


def test_refreshes_with_news_give_what_a_build_from_nothing_gives(
    filled: tuple[Config, Store], classified: list[str]
) -> None:
    config, store = filled
    shown = from_nothing(config, store)
    assert any(s.policy_event for s in shown.stories) and shown.policy
    for k in range(3):
        news(config, store, k, NEWS[k:] if k else NEWS)
        shown = build_snapshot(config, store, now=DEMO_NOW, reuse=shown)
        same_view(shown, from_nothing(config, store))


def test_the_first_refresh_after_a_start_reads_only_new_stories(
    filled: tuple[Config, Store], classified: list[str], tmp_path: Path
) -> None:
    config, store = filled
    path = tmp_path / "snap.json"
    built = from_nothing(config, store)
    snapshot_cache.save(path, built, key="k", fingerprint=store.fingerprint())
    loaded = snapshot_cache.load(path, key="k")
    assert loaded is not None
    memo = flow._CLUSTER_MEMO
    assert memo is not None
    memo.clear()  # a new process: the cached snapshot is all it has
    snapshot_events._CLASSIFIED.clear()
    classified.clear()

    news(config, store, 0, NEWS)
    grown = build_snapshot(config, store, now=DEMO_NOW, reuse=loaded[0])

    fresh = {
        s.title for s in grown.stories if any("e.org/news" in (e.url or "") for e in s.entries)
    }
    assert fresh and set(classified) <= fresh, "the stories on screen were read already"
    assert len(classified) < len(grown.stories) / 5
    same_view(grown, from_nothing(config, store))


def test_events_are_taken_only_from_stories_of_these_headlines_and_metals(
    filled: tuple[Config, Store],
) -> None:
    config, store = filled
    shown = from_nothing(config, store)
    story = next(s for s in shown.stories if s.policy_event is not None)
    event = story.policy_event
    assert event is not None
    wrong = dataclasses.replace(event, status="ban" if event.status != "ban" else "tariff")
    # the same words, but from headlines that are not the store's (the bundled demo's, merged
    # in for display): its event is not this store's reading
    copied = tuple(dataclasses.replace(e, url=f"{e.url}#copy") for e in story.entries)
    other = dataclasses.replace(story, entries=copied, policy_event=wrong)
    merged = dataclasses.replace(shown, stories=[*shown.stories, other])
    news(config, store, 0, NEWS[:1])
    snapshot_events._CLASSIFIED.clear()
    got = build_snapshot(config, store, now=DEMO_NOW, reuse=merged)
    same_view(got, from_nothing(config, store))
    # stories read under another watch list: none of their events is taken
    fewer = dataclasses.replace(config, metals=config.metals[:-1])
    under_fewer = build_snapshot(fewer, store, now=DEMO_NOW)
    misread = [
        dataclasses.replace(s, policy_event=wrong) if s.policy_event is not None else s
        for s in under_fewer.stories
    ]
    news(config, store, 1, NEWS[1:2])
    snapshot_events._CLASSIFIED.clear()
    reuse = dataclasses.replace(under_fewer, stories=misread)
    got = build_snapshot(config, store, now=DEMO_NOW, reuse=reuse)
    same_view(got, from_nothing(config, store))
    assert isinstance(wrong, PolicyEvent)


def test_first_sightings_of_a_reload_are_those_computed_anew(
    filled: tuple[Config, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    config, store = filled
    shown = from_nothing(config, store)
    counted: list[Headline] = []
    real = tui.store.headline_identity

    def identity(h: Headline) -> str:
        counted.append(h)
        return real(h)

    def direct(snap: Snapshot) -> dict[str, Any]:
        seen = store.headlines_first_seen()
        out = {}
        for story in snap.stories:
            times = [seen[i] for i in (real(e) for e in story.entries) if i in seen]
            if times:
                out[story.id] = min(times)
        return out

    monkeypatch.setattr(tui.store, "headline_identity", identity)
    sightings = FirstSeen()
    assert sightings.of(shown.stories, store.headlines_first_seen()) == direct(shown)
    entries = sum(len(s.entries) for s in shown.stories)
    assert len(counted) == entries > 50
    news(config, store, 0, NEWS)
    grown = build_snapshot(config, store, now=DEMO_NOW, reuse=shown)
    counted.clear()
    assert sightings.of(grown.stories, store.headlines_first_seen()) == direct(grown)
    assert len(counted) == len(NEWS), "only the new entries"
    # another snapshot's entries (equal, not the same objects): computed again
    counted.clear()
    again = from_nothing(config, store)
    assert sightings.of(again.stories, store.headlines_first_seen()) == direct(again)
    assert len(counted) == sum(len(s.entries) for s in again.stories)


def test_a_stored_row_is_the_headline_on_screen_only_when_every_field_is_equal(
    tmp_path: Path,
) -> None:
    at = DEMO_NOW - timedelta(hours=3)
    given = Headline(
        "Chile copper output falls",
        "https://e.org/a?x=1",
        "wire",
        at,
        "Output fell 5%.",
        outlet="Wire",
        agencies=("Commerce Department",),
        guid="g-1",
    )
    with Store(tmp_path / "s.sqlite3") as store:
        store.save_headlines("wire", [given], seen_at=at)
        (loaded,) = store.load_headlines()
        (again,) = store.load_headlines(reuse=[loaded])
        assert again is loaded
        ((seen_row, first),) = store.load_headlines_with_seen(reuse=[loaded])
        assert seen_row is loaded and first == at
        changes: list[dict[str, Any]] = [
            {"summary": "Output fell 6%."},
            {"published": at + timedelta(seconds=1)},
            {"outlet": None},
            {"official": True},
            {"doc_type": "Rule"},
            {"agencies": ()},
            {"date_estimated": True},
            {"guid": None},
            {"canonical_url": "https://e.org/b"},
        ]
        for change in changes:
            other = dataclasses.replace(loaded, **change)
            (got,) = store.load_headlines(reuse=[other])
            assert got is not other and got == loaded, change


def test_a_headline_that_drops_a_plan_still_withdraws_it_after_news(
    filled: tuple[Config, Store], tmp_path: Path
) -> None:
    """A story with no event of its own can still be evidence (a plan dropped): taking the
    on-screen story's reading must not lose that."""
    config, store = filled
    source = next(s.name for s in config.sources if s.kind in NEWS_KINDS)
    t0 = DEMO_NOW - timedelta(days=12)
    plan = Headline("Indonesia plans to ban nickel ore exports", "https://e.org/p", source, t0)
    drop = Headline(
        "Indonesia scraps plan to ban nickel ore exports",
        "https://e.org/d",
        source,
        t0 + timedelta(days=9),
    )
    store.save_headlines(source, [plan, drop], seen_at=t0 + timedelta(days=9))
    built = from_nothing(config, store)
    nickel = [r for r in built.policy if r.metal == "nickel" and r.origin == "ID"]
    assert any(e.withdraws for r in nickel for e in r.evidence), nickel
    path = tmp_path / "snap.json"
    snapshot_cache.save(path, built, key="k", fingerprint=store.fingerprint())
    loaded = snapshot_cache.load(path, key="k")
    assert loaded is not None
    for shown in (built, loaded[0]):  # on screen: built in this process, or read at a start
        memo = flow._CLUSTER_MEMO
        assert memo is not None
        memo.clear()
        snapshot_events._CLASSIFIED.clear()
        with store._conn:  # nothing remembered from the build before: this build's own events
            store._conn.execute("DELETE FROM policy_events")
        news(config, store, 7, NEWS[:2])
        grown = build_snapshot(config, store, now=DEMO_NOW, reuse=shown)
        same_view(grown, from_nothing(config, store))
