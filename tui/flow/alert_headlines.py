"""Headline alert rules: a story's title or summary holds one of a rule's keywords."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from tui.core.alert_rules import AlertRule
from tui.core.fmt import ago
from tui.core.freshness import OLD_STORY
from tui.core.models import Snapshot, Story
from tui.flow.alert_checks import (
    State,
    _story_keys,
    _story_text,
    keyword_pattern,
)
from tui.flow.alert_model import (
    MAX_REMEMBERED,
    Alert,
    _iso,
)

if TYPE_CHECKING:
    from tui.core.config_types import Config

# A story published longer than OLD_STORY before its alert fires is said with its date: a feed
# first read today (a source just added, a story late to a feed) holds stories of days or
# years ago, and their alerts read as today's news ("Silver demand rises in India" of 2024).


def old_story(story: Story, now: datetime) -> bool:
    """Whether an alert on ``story`` must say when it was published. A date only estimated
    (when the story was first seen) is no publication date to say."""
    published = story.published
    return published is not None and not story.date_estimated and now - published > OLD_STORY


class HeadlineRules:
    """The ``headline`` evaluator of :class:`tui.flow.alerts.AlertEngine`."""

    config: Config
    max_headline_alerts: int

    def _headline(
        self,
        rule: AlertRule,
        snap: Snapshot,
        state: State,
        now: datetime,
        names: Mapping[str, str],
    ) -> tuple[list[Alert], State]:
        remembered: list[str] = list(state.get("seen", []))
        seen = set(remembered)
        pattern = keyword_pattern(rule.keywords)
        wanted = {*rule.metals, *([rule.metal] if rule.metal else [])}
        matches: list[tuple[Story, str]] = []
        present: set[str] = set()  # the keys of the stories shown that the rule has seen
        for story in snap.stories:
            if wanted and not wanted & set(story.metals):
                continue
            ids = _story_keys(story)
            if seen & ids:
                new = ids - seen
                remembered += sorted(new)
                seen |= new
                present |= ids
                continue
            found = pattern.search(_story_text(story))
            if found is None:
                continue
            remembered += sorted(ids)
            seen |= ids
            present |= ids
            matches.append((story, found.group(0)))
        alerts = [self._headline_alert(rule, s, kw, now) for s, kw in matches]
        if len(alerts) > self.max_headline_alerts > 0:
            rest = matches[self.max_headline_alerts :]
            alerts = alerts[: self.max_headline_alerts]
            alerts.append(
                Alert(
                    rule=rule.name,
                    kind="headline",
                    metal=rule.metal,
                    title=rule.name,
                    message=f"and {len(rest)} more matching headlines (see the alerts log)",
                    severity="info",
                    fired_at=now,
                    data={
                        "count": len(rest),
                        "titles": [s.title for s, _ in rest[:50]],
                        "story_ids": [s.id for s, _ in rest[:50]],
                    },
                )
            )
        return alerts, {"seen": _kept(remembered, present)}

    def _headline_alert(self, rule: AlertRule, story: Story, keyword: str, now: datetime) -> Alert:
        metal = rule.metal if rule.metal else (story.metals[0] if len(story.metals) == 1 else None)
        old = old_story(story, now)
        message = story.title
        if old and story.published is not None:  # "[published 2024-12-05, 2y ago]"
            message += (
                f" [published {story.published.date().isoformat()}, {ago(story.published, now)}]"
            )
        return Alert(
            rule=rule.name,
            kind="headline",
            metal=metal,
            title=rule.name,
            message=message,
            severity="info",  # headlines inform; policy rules warn (README "Alerts")
            fired_at=now,
            data={
                "story_id": story.id,
                "url": story.url,
                "source": story.source,
                "published": _iso(story.published) if story.published else None,
                "stale": old,  # published more than a day before the alert (OLD_STORY)
                "metals": list(story.metals),
                "matched": keyword,
                "policy_event": story.policy_event.to_json() if story.policy_event else None,
            },
        )


def _kept(remembered: list[str], present: set[str]) -> list[str]:
    """What a headline rule remembers: every key of a story still shown (forgotten, it would
    fire again at the next refresh), and of the others the newest, up to ``MAX_REMEMBERED``
    keys in all. Order kept (oldest first)."""
    absent = [k for k in remembered if k not in present]
    room = max(0, MAX_REMEMBERED - (len(remembered) - len(absent)))
    drop = set(absent[: max(0, len(absent) - room)])
    return [k for k in remembered if k not in drop] if drop else remembered
