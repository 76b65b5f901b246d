"""cluster.unclustered: every headline a story of its own, as a grouped story of one would be."""

from __future__ import annotations

from datetime import timedelta

from test_cluster import METALS, T0, h

from tui.engine.cluster import build_stories, unclustered
from tui.engine.relevance import with_relevance


def test_each_headline_is_the_story_a_group_of_one_would_be() -> None:
    items = [
        h("Copper price hits record high", "https://a.example/1", at=T0),
        h("Copper price hits a record high", "https://b.example/2", at=T0 + timedelta(hours=1)),
        h("Indonesia bans aluminium exports", "https://c.example/3", at=T0 - timedelta(days=2)),
        h("Local football club wins cup", "https://d.example/4", at=T0 + timedelta(hours=2)),
    ]
    grouped = build_stories(items, METALS)
    assert len(grouped) < len(items)  # the two copper titles are one story there
    alone = unclustered(items, METALS)
    assert len(alone) == len(items)
    assert [s.entries[0].url for s in alone] == [
        "https://d.example/4",
        "https://b.example/2",
        "https://a.example/1",
        "https://c.example/3",
    ], "newest first"
    for story in alone:
        (entry,) = story.entries
        (own,) = build_stories([entry], METALS)  # the story of that headline alone
        assert story == with_relevance(own)
        assert story.policy_event is None
    assert alone[-1].metals == ("aluminium",) and alone[0].metals == ()
    assert not alone[0].relevant and alone[-1].relevant


def test_nothing_stored_is_no_story() -> None:
    assert unclustered([], METALS) == []
