"""What the tests of a feed read in part share (``test_feed_subset.py``,
``test_feed_subset_refresh.py``, ``test_feed_batches.py``): a source, the parse with no
splitting, and a fixture that starts and ends each test with nothing remembered."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import feed_items, feed_subset, feeds

#: The moment every parse of these tests is fetched at.
NOW = datetime(2026, 8, 23, 13, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def nothing_remembered() -> Iterator[None]:
    """No entries remembered from another test (the memo is the module's own)."""
    feed_subset.forget_all()
    yield
    feed_subset.forget_all()


def src(**options: Any) -> SourceConfig:
    return SourceConfig("wire", "rss", "https://example.org/feed.xml", None, None, options)


def whole(data: bytes, monkeypatch: pytest.MonkeyPatch, **options: Any) -> feeds.ParseResult:
    """The parse with no splitting, so no batches either (the path every feed took before)."""
    with monkeypatch.context() as m:
        m.setattr(feed_items, "spans", lambda _data: None)
        return feeds.parse(data, src(**options), fetched_at=NOW)
