""" "Since you last looked" with another program writing the store (`watch`, `snapshot` from
cron, a browser tab): a story stored after the app last loaded is new at the next start, even
when the app quit before it showed it."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from own_data import settle
from test_gone_rows import _config

from tui.core.models import Headline
from tui.store import Store
from tui.ui.app import MetalwatchApp


async def test_a_story_stored_after_the_last_load_is_new_at_the_next_start(
    tmp_path: Path,
) -> None:
    """Found by the audit: the session was remembered as seen at the moment the app quit, not
    as of the data it showed. A story `watch` stored a few seconds before the user quit (the
    app reads the store every 15 s) was never on screen, and the next start did not count it
    among the new stories: it came in unmarked, below the ones it should have led."""
    config, store = _config(tmp_path), tmp_path / "store.sqlite3"
    with Store(store) as s:
        s.save_headlines(
            "My news",
            [Headline("Nickel output rises", "https://e.org/1", "My news", None)],
            seen_at=datetime.now(timezone.utc),
        )
    first = MetalwatchApp(config, store_path=store, refresh_on_start=False)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
        assert first.snapshot is not None
        shown = {st.title for st in first.snapshot.stories}
        assert shown == {"Nickel output rises"}
        with Store(store) as other:  # `watch`, meanwhile: a story the app has not loaded
            other.save_headlines(
                "My news",
                [Headline("Nickel ore export ban", "https://e.org/2", "My news", None)],
                seen_at=datetime.now(timezone.utc),
            )
    second = MetalwatchApp(config, store_path=store, refresh_on_start=False)
    async with second.run_test(size=(120, 40)) as pilot:
        await settle(second, pilot)
        assert second.snapshot is not None
        new = {st.title for st in second.snapshot.stories if st.id in second.changes.new_stories}
        assert new == {"Nickel ore export ban"}
