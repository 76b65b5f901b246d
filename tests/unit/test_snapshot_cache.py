"""The snapshot cache: a built snapshot round-trips exactly; a bad file is just a miss."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tui.core.config import load_config
from tui.flow.refresh import Refresher
from tui.flow.snapshot import build_snapshot
from tui.store import Store, snapshot_cache, snapshot_codec


def demo_snapshot(tmp_path: Path):  # type: ignore[no-untyped-def]
    config = load_config(demo=True)
    store = Store(tmp_path / "store.sqlite3")
    refresher = Refresher(config, store)
    asyncio.run(refresher.run())
    return config, store, build_snapshot(config, store)


def test_round_trip_is_exact(tmp_path: Path) -> None:
    config, store, snap = demo_snapshot(tmp_path)
    path = snapshot_cache.cache_path(tmp_path / "store.sqlite3")
    key = snapshot_cache.config_key(config)
    snapshot_cache.save(path, snap, key=key, fingerprint=store.fingerprint())
    loaded = snapshot_cache.load(path, key=key)
    assert loaded is not None
    again, fingerprint = loaded
    assert fingerprint == store.fingerprint()
    assert again == snap  # every story, entry, event, series point and policy row
    assert isinstance(again.prices[0].points, tuple) and isinstance(
        again.prices[0].points[0], tuple
    )
    store.close()


def test_fingerprint_changes_with_the_data(tmp_path: Path) -> None:
    _config, store, snap = demo_snapshot(tmp_path)
    before = store.fingerprint()
    store.save_headlines("x", snap.stories[0].entries, seen_at=snap.generated_at.replace(year=2027))
    assert store.fingerprint() != before
    store.close()


def test_a_missing_corrupt_or_foreign_cache_is_a_miss(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    assert snapshot_cache.load(path, key="k") is None
    path.write_text("{not json", encoding="utf-8")
    assert snapshot_cache.load(path, key="k") is None
    path.write_text(
        '{"format": "metalwatch.snapshot-cache/1", "key": "other", "snapshot": {}}',
        encoding="utf-8",
    )
    assert snapshot_cache.load(path, key="k") is None
    path.write_text(
        '{"format": "metalwatch.snapshot-cache/1", "key": "k", "snapshot": {"__t": "Nope"}}',
        encoding="utf-8",
    )
    assert snapshot_cache.load(path, key="k") is None


def test_the_head_holds_the_first_screen_and_rows_share_their_strings(tmp_path: Path) -> None:
    config, store, snap = demo_snapshot(tmp_path)
    path = snapshot_cache.cache_path(tmp_path / "store.sqlite3")
    key = snapshot_cache.config_key(config)
    many = [*snap.stories] * (snapshot_cache.HEAD_STORIES // len(snap.stories) + 2)
    snap.stories = many
    snapshot_cache.save(path, snap, key=key, fingerprint="f")
    loaded = snapshot_cache.load_head(path, key=key)
    assert loaded is not None
    head, fingerprint = loaded
    assert fingerprint == "f"
    assert head.stories == many[: snapshot_cache.HEAD_STORIES]
    assert head.prices == snap.prices
    assert [(r.metal, r.origin, r.destination, r.status) for r in head.policy] == [
        (r.metal, r.origin, r.destination, r.status) for r in snap.policy
    ]
    # each row whole, evidence too: the panel counts it ("Ev 1" over a row of two was wrong)
    assert head.policy == snap.policy[: snapshot_cache.HEAD_POLICY]
    full = snapshot_cache.load(path, key=key)
    assert full is not None and full[0].stories == many
    story = full[0].stories[0]
    entry = story.entries[0]
    assert entry.title == story.title and entry.title is story.title  # held once
    assert entry.source is story.source
    store.close()


def test_the_first_paint_reads_the_head_until_a_screenful_is_relevant(tmp_path: Path) -> None:
    config, store, snap = demo_snapshot(tmp_path)
    path = snapshot_cache.cache_path(tmp_path / "store.sqlite3")
    key = snapshot_cache.config_key(config)
    relevant = [s for s in snap.stories if s.relevant]
    other = [s for s in snap.stories if not s.relevant]
    assert relevant and other, "the demo holds both kinds"
    many = [*snap.stories] * (snapshot_cache.HEAD_STORIES // len(snap.stories) + 2)
    snap.stories = many
    snapshot_cache.save(path, snap, key=key, fingerprint="f")
    loaded = snapshot_cache.load_head(path, key=key, relevant=5)
    assert loaded is not None
    head = loaded[0].stories
    assert sum(s.relevant for s in head) == 5 and head[-1].relevant  # stops at the fifth
    assert head == many[: len(head)], "the newest, in order"
    whole = snapshot_cache.load_head(path, key=key)
    assert whole is not None and len(whole[0].stories) == snapshot_cache.HEAD_STORIES
    # the head says how many the whole snapshot holds, for the panel's "N of M" title
    assert loaded[0].head_of == whole[0].head_of == (len(many), sum(s.relevant for s in many))
    full = snapshot_cache.load(path, key=key)
    assert full is not None and full[0].head_of is None
    store.close()


def test_the_object_hook_reads_what_decode_reads(tmp_path: Path) -> None:
    """The header is read through ``json.loads``' object hook (``snapshot_codec.hook``): the same objects as
    ``decode`` gives, tuples where it makes tuples."""
    import dataclasses
    import json

    _config, store, snap = demo_snapshot(tmp_path)
    store.close()
    assert snap.policy and any(r.evidence for r in snap.policy)
    text = json.dumps(snapshot_codec.encode(dataclasses.replace(snap, stories=[], prices=[])))
    hooked = json.loads(text, object_hook=snapshot_codec.hook)
    walked = snapshot_codec.decode(json.loads(text))
    assert hooked == walked

    def shape(value: object) -> object:  # the types all the way down
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return (type(value), [shape(getattr(value, f.name)) for f in dataclasses.fields(value)])
        if isinstance(value, list | tuple):
            return (type(value), [shape(x) for x in value])
        if isinstance(value, dict):
            return (dict, {k: shape(v) for k, v in value.items()})
        return type(value)

    assert shape(hooked) == shape(walked)
