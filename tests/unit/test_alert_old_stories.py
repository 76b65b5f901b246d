"""A headline alert on a story published more than a day before it fires says when: its
message ends "[published 2024-12-05, 2y ago]" and its data says ``"stale": true``, as a price
alert on a stale series says "[stale: no price since ...]".

Found with ``metalwatch watch --once`` on a feed served from a loopback server: a story of
2024-12-05 ("Silver demand rises in India"), first read on 2026-12-05, fired
"headline: ...: Silver demand rises in India" with nothing to tell it from the day's news (on
stdout, in the app's notice, the alerts log and the hook's ``{message}``).
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from tui.core.alert_rules import AlertRule
from tui.core.config import parse_config
from tui.core.models import Headline, Metal, Snapshot, Story
from tui.flow.alerts import AlertEngine
from tui.store import Store

UTC = timezone.utc
NOW = datetime(2026, 12, 5, 21, 0, tzinfo=UTC)


def story(i: int, title: str, published: datetime | None, *, estimated: bool = False) -> Story:
    entry = Headline(title, f"https://example.org/{i}", "news", published, outlet="Wire")
    return Story(
        id=f"s{i}",
        title=title,
        url=entry.url,
        source="news",
        published=published,
        summary="",
        metals=("copper",),
        entries=(entry,),
        relevant=True,
        date_estimated=estimated,
    )


# (title, published, estimated, the date said after the title, or None)
CASES = [
    ("Chile copper mine strike enters third week", NOW - timedelta(hours=3), False, None),
    ("Zambia copper output rises", NOW - timedelta(hours=23, minutes=59), False, None),
    ("Peru copper exports fall in October", NOW - timedelta(days=2), False, "2026-12-03, 2d ago"),
    (
        "Copper smelters in Japan cut output",
        datetime(2024, 12, 5, 10, tzinfo=UTC),
        False,
        "2024-12-05, 2y ago",
    ),
    ("Congo copper ban lifted", datetime(2026, 9, 1, 6, tzinfo=UTC), False, "2026-09-01, 3mo ago"),
    # a date the source did not give (the story's first sight) is not said as its publication
    ("Copper prices steady", NOW - timedelta(days=40), True, None),
    ("Copper demand in India", None, False, None),
    # dated ahead (a zone ahead of UTC): no age to say
    ("Copper futures open higher in Shanghai", NOW + timedelta(hours=5), False, None),
]


@pytest.fixture
def fired(tmp_path) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/f.xml"}],
        },
        None,
    )
    rule = AlertRule(name="copper news", when="headline", keywords=("copper",))
    config = dataclasses.replace(config, alerts=(rule,))
    stories = [story(i, t, p, estimated=e) for i, (t, p, e, _) in enumerate(CASES)]
    snap = Snapshot(generated_at=NOW, metals=[Metal("copper", "Copper")], stories=stories)
    with Store(tmp_path / "m.db") as store:
        alerts = AlertEngine(config, store, max_headline_alerts=20).evaluate(snap, now=NOW)
    return {a.data["story_id"]: {"message": a.message, "data": a.data} for a in alerts}


@pytest.mark.parametrize("i", range(len(CASES)))
def test_an_old_story_says_when_it_was_published(fired: dict[str, dict], i: int) -> None:
    title, _, _, said = CASES[i]
    alert = fired[f"s{i}"]
    if said is None:
        assert alert["message"] == title
        assert alert["data"]["stale"] is False
    else:
        assert alert["message"] == f"{title} [published {said}]"
        assert alert["data"]["stale"] is True
