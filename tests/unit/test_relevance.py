"""Relevance and panel order of stories (tui.engine.relevance)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

from tui.core.fmt import stamp
from tui.core.models import Headline, Metal, PolicyEvent, Story
from tui.engine.cluster import build_stories
from tui.engine.relevance import PIN, is_relevant, pinned, rank, with_relevance

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
METALS = [
    Metal("copper", "Copper", ("copper",)),
    Metal("aluminium", "Aluminium", ("aluminium", "aluminum")),
    Metal("lead", "Lead", ("lead metal", "refined lead")),
]
EVENT = PolicyEvent(("copper",), "CN", "US", "suspended")


def story(
    sid: str,
    hours_ago: float,
    *,
    metals: tuple[str, ...] = (),
    event: PolicyEvent | None = None,
    official: bool = False,
    estimated: bool = False,
) -> Story:
    when = NOW - timedelta(hours=hours_ago)
    h = Headline(sid, None, "src", when)
    return Story(
        sid, sid, None, "src", when, "", metals, (h,), official, estimated, event, bool(metals)
    )


def headline(title: str, summary: str = "", *, official: bool = False) -> Headline:
    return Headline(title, None, "src", NOW, summary=summary, official=official)


def test_a_story_naming_a_watched_metal_in_title_or_summary_is_relevant() -> None:
    stories = build_stories(
        [
            headline("Copper slides as dollar firms"),
            headline("Port strike drags on", "Shipments of aluminum concentrate are stuck."),
            headline("Quebec loses appetite for separation", "Polls show a shift."),
            headline("Lead the way on climate, minister says"),  # the verb, not the metal
            headline("Refined lead stocks climb at LME"),
        ],
        METALS,
    )
    by_title = {s.title: s.relevant for s in stories}
    assert by_title == {
        "Copper slides as dollar firms": True,
        "Port strike drags on": True,
        "Quebec loses appetite for separation": False,
        "Lead the way on climate, minister says": False,
        "Refined lead stocks climb at LME": True,
    }


def test_a_policy_event_or_an_official_document_about_a_metal_makes_a_story_relevant() -> None:
    plain = story("a", 1)
    assert not is_relevant(plain)
    assert is_relevant(dataclasses.replace(plain, policy_event=EVENT))
    assert with_relevance(dataclasses.replace(plain, policy_event=EVENT)).relevant
    doc = story("doc", 1, metals=("aluminium",), official=True)
    assert is_relevant(doc)
    assert not is_relevant(dataclasses.replace(doc, metals=()))
    assert not with_relevance(dataclasses.replace(plain, relevant=True)).relevant


def test_policy_stories_stay_pinned_above_market_chatter_for_the_pin_time() -> None:
    policy = story("policy", 10, metals=("copper",), event=EVENT)
    chatter = [story(f"m{i}", i, metals=("copper",)) for i in range(1, 9)]
    order = [s.id for s in rank([*chatter, policy], NOW)]
    assert order[0] == "policy"
    assert order[1:] == [f"m{i}" for i in range(1, 9)]

    old = dataclasses.replace(policy, published=NOW - PIN - timedelta(minutes=1))
    assert not pinned(old, NOW)
    assert [s.id for s in rank([*chatter, old], NOW)][-1] == "policy", "by time once unpinned"


def test_pinned_stories_keep_newest_first_and_undated_ones_go_last() -> None:
    a = story("a", 30, event=EVENT)
    b = story("b", 2, event=EVENT)
    guessed = story("guessed", 1, event=EVENT, estimated=True)  # a first-seen time: no pin
    undated = dataclasses.replace(story("undated", 0, metals=("copper",)), published=None)
    news = story("news", 0.5, metals=("copper",))
    assert [s.id for s in rank([undated, a, news, guessed, b], NOW)] == [
        "b",
        "a",
        "news",
        "guessed",
        "undated",
    ]


def test_the_text_snapshot_says_which_stories_are_pinned() -> None:
    """As the panel's pin mark: a pinned story stands above newer ones and says why."""
    from tui.core.models import Snapshot
    from tui.flow.snapshot_render import to_text

    policy = story("China halts copper exports", 10, metals=("copper",), event=EVENT)
    old = story("Old measure", 60, metals=("copper",), event=EVENT)
    news = story("Copper slips", 1, metals=("copper",))
    snap = Snapshot(generated_at=NOW, metals=METALS, stories=rank([news, old, policy], NOW))
    heads = [line for line in to_text(snap).splitlines() if line.startswith("  2026-")]
    assert [("(pinned" in line, line.split("  ")[2]) for line in heads] == [
        (True, "China halts copper exports"),
        (False, "Copper slips"),
        (False, "Old measure"),
    ]
    # until when, in the heading's UTC: 48 hours after it was published, 10 hours ago
    until = stamp(NOW - timedelta(hours=10) + PIN)
    assert f"(pinned until {until}: a policy story)" in heads[0], heads[0]


def test_the_json_snapshot_says_until_when_each_story_is_pinned() -> None:
    """``snapshot --json`` lists stories in the panel's order; ``pinned_until`` says why a
    story stands above newer ones, and until when (null for a story not pinned: an old
    measure, market news)."""
    from tui.core.models import Snapshot
    from tui.flow.snapshot_render import to_json

    policy = story("China halts copper exports", 10, metals=("copper",), event=EVENT)
    old = story("Old measure", 60, metals=("copper",), event=EVENT)
    news = story("Copper slips", 1, metals=("copper",))
    snap = Snapshot(generated_at=NOW, metals=METALS, stories=rank([news, old, policy], NOW))
    heads = to_json(snap)["headlines"]
    until = (NOW - timedelta(hours=10) + PIN).isoformat().replace("+00:00", "Z")
    assert [(h["title"], h["pinned_until"]) for h in heads] == [
        ("China halts copper exports", until),
        ("Copper slips", None),
        ("Old measure", None),
    ]
