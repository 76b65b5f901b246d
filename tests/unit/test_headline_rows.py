"""The headline rows the load worker builds ahead: the filters, and the hand-over to the panel
(taken once, only for the very stories they were built from, older snapshots let go)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tui.core.models import Headline, Metal, Snapshot, Story
from tui.ui.widgets.headline_rows import HeadlineSpec

NOW = datetime(2026, 8, 23, 12, 0, tzinfo=timezone.utc)


def story(i: int, metals: tuple[str, ...], relevant: bool = True) -> Story:
    title = f"Item {i} about {' '.join(metals) or 'markets'}"
    entry = Headline(title, f"https://example.org/{i}", "news", NOW - timedelta(minutes=i))
    return Story(
        id=f"s{i}",
        title=title,
        url=entry.url,
        source="news",
        published=entry.published,
        summary="",
        metals=metals,
        entries=(entry,),
        relevant=relevant,
    )


def snapshot(stories: list[Story]) -> Snapshot:
    return Snapshot(generated_at=NOW, metals=[Metal("copper", "Copper")], stories=stories)


STORIES = [
    story(0, ("copper",)),
    story(1, ("zinc",)),
    story(2, (), relevant=False),
    story(3, ("copper", "zinc")),
]


def test_the_filters() -> None:
    ids = lambda spec: [s.id for s in spec.passing(STORIES)]  # noqa: E731
    assert ids(HeadlineSpec(False, None, "")) == ["s0", "s1", "s3"]
    assert ids(HeadlineSpec(True, None, "")) == ["s0", "s1", "s2", "s3"]
    assert ids(HeadlineSpec(False, frozenset({"zinc"}), "")) == ["s1", "s3"]
    assert ids(HeadlineSpec(True, None, "markets")) == ["s2"]
    shown = HeadlineSpec(False, frozenset({"copper"}), "").shown(STORIES)
    assert [s.id for s in shown.stories] == ["s0", "s3"]
    assert shown.index == {"s0": 0, "s3": 1} and set(shown.by_id) == {"s0", "s3"}


def test_built_rows_are_taken_once_and_only_for_their_stories() -> None:
    spec = HeadlineSpec(False, None, "")
    snap = snapshot(list(STORIES))
    spec.build(snap)
    assert spec.take(list(STORIES)) is None  # equal stories, another list: not these
    assert HeadlineSpec(True, None, "").take(snap.stories) is None  # other filters
    taken = spec.take(snap.stories)
    assert taken is not None and [s.id for s in taken.stories] == ["s0", "s1", "s3"]
    assert spec.take(snap.stories) is None  # handed over: the cache let go of it


def test_a_newer_snapshot_lets_the_older_rows_go() -> None:
    first, second = snapshot(list(STORIES)), snapshot(list(STORIES[:2]))
    relevant, everything = HeadlineSpec(False, None, ""), HeadlineSpec(True, None, "")
    relevant.build(first)
    everything.build(second)
    assert relevant.take(first.stories) is None  # dropped when the newer snapshot came
    taken = everything.take(second.stories)
    assert taken is not None and [s.id for s in taken.stories] == ["s0", "s1"]
