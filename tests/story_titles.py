"""A headline alert's message is its story's title, and for a story published more than a day
before the alert fired, its date after it ("... [published 2026-08-19, 3mo ago]",
``tui.flow.alert_headlines``). Tests whose captured stories grow older with the wall clock
compare the titles."""

from __future__ import annotations

import re

_PUBLISHED = re.compile(r" \[published \d{4}-\d\d-\d\d, [^\]]+\]$")


def title_of(message: str) -> str:
    """The story's title in a headline alert's message."""
    return _PUBLISHED.sub("", message)


def dated(message: str) -> bool:
    """Whether the message says when its story was published."""
    return _PUBLISHED.search(message) is not None
