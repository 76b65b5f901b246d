"""Which stories matter to a metals desk, and in what order the headlines panel shows them.

A story is **relevant** when it names a watched metal in a title or summary (the matching of
:mod:`tui.engine.tagging`, which gave ``Story.metals``), or carries a policy event, or is an
official document about a watched metal. The panel and ``metalwatch snapshot`` show the
relevant ones by default and every story on request.

The **order** is by time, newest first, except that a policy story stays pinned at the top
for :data:`PIN` after it was published, so a measure never falls off the first screen behind
market chatter of the same day. Pinned stories keep their own newest-first order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

from tui.core.models import Story

#: How long a story with a policy event stays pinned above the others, from its publication.
PIN = timedelta(hours=48)

_OLDEST = datetime.min.replace(tzinfo=timezone.utc)


def is_relevant(story: Story) -> bool:
    """Names a watched metal, carries a policy event, or is an official document about a
    watched metal (an official document's metals come from its title and summary, like any
    other story's, so it is relevant exactly when it names one)."""
    return story.policy_event is not None or bool(story.metals)


def with_relevance(story: Story) -> Story:
    """The story with ``relevant`` set by :func:`is_relevant`."""
    relevant = is_relevant(story)
    return story if story.relevant == relevant else dataclasses.replace(story, relevant=relevant)


def pinned(story: Story, now: datetime, pin: timedelta = PIN) -> bool:
    """A policy story published within ``pin`` before ``now`` (a story dated a little in the
    future, by a clock skew, counts as just published)."""
    if story.policy_event is None or story.published is None or story.date_estimated:
        return False
    return now - story.published <= pin


def rank(stories: Iterable[Story], now: datetime, pin: timedelta = PIN) -> list[Story]:
    """Stories in panel order: pinned policy stories first, then the rest; each part newest
    first (undated last), ties by id so the order is stable."""

    def key(s: Story) -> tuple[bool, datetime, str]:
        return (pinned(s, now, pin), s.published or _OLDEST, s.id)

    return sorted(stories, key=key, reverse=True)
