"""One wait for the app tests: the app's workers done and its messages handled, six times over
(a load posts a snapshot whose panels start workers of their own)."""

from __future__ import annotations

from typing import Any

from textual.app import App


async def settle(app: App[Any], pilot: Any) -> None:
    for _ in range(6):
        await app.workers.wait_for_complete()
        await pilot.pause()
