"""Between two cases run in one app (themes, sizes, keys in turn): the app put back as it
started, and asserted so, so that no case leans on the one before."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.widget import Widget

from tests.app.settling import settle


async def back_at_start(app: App[Any], pilot: Any, start: Widget | None) -> None:
    """The focus given back to ``start`` (where the fresh app had it), then asserted there
    with the main screen alone on the stack."""
    if start is not None:
        app.set_focus(start)
    await settle(app, pilot)
    assert len(app.screen_stack) == 1, app.screen_stack
    assert app.focused is start, (app.focused, start)
