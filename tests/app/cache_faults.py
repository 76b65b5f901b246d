"""What the app's tests on cache faults share: a config watching copper from one feed (a locked
cache tried again every 0.2 s), a store seeded with three stories, a spy on the app's notices and
a wait until a worker on a timer has answered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.app.settling import settle
from tui.core.config import parse_config
from tui.core.models import Headline
from tui.store import Store
from tui.ui.app import MetalwatchApp

SEEN = datetime(2026, 3, 1, tzinfo=timezone.utc)


def config(url: str = "http://127.0.0.1:9/feed.xml") -> Any:
    """Copper watched, one feed "news" at ``url`` (by default a port nothing listens on); a
    locked cache tried again every 0.2 s."""
    return parse_config(
        {
            "app": {"lock_retry": 0.2},
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": url}],
        },
        None,
    )


def seed(path: Path) -> None:
    with Store(path) as store:
        store.save_headlines(
            "news",
            [
                Headline(f"Copper story {i}", f"https://example.org/{i}", "news", SEEN)
                for i in range(3)
            ],
            seen_at=SEEN,
        )


def spy_notes(app: MetalwatchApp, mp: pytest.MonkeyPatch) -> list[str]:
    notes: list[str] = []
    original = app.notify

    def spy(message: str, **kw: Any) -> None:
        notes.append(message)
        original(message, **kw)

    mp.setattr(app, "notify", spy)
    return notes


async def until(pilot: Any, done: Callable[[], bool], timeout: float = 10.0) -> None:
    """Pause until ``done()`` (a worker on a timer answered), at most ``timeout`` seconds."""
    import time

    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        await pilot.pause(0.05)
    assert done()


async def header_after_notice(app: MetalwatchApp, pilot: Any) -> tuple[str, str]:
    """The header's text, at full width and at 40 columns, once the notices have gone (they go
    after 15 s) and the store was read again (as after the next refresh)."""
    await settle(app, pilot)
    app.clear_notifications()
    app.load_from_store()
    await settle(app, pilot)
    return app.status_bar.status_text().plain, app.status_bar.status_text(40).plain
