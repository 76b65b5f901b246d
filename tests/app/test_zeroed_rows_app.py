"""The app on a store with a row zeroed in place (the file still sound to SQLite, so nothing is
moved aside): the rest on screen, and one notice saying what was left out, where before the
row was left out without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.cache_faults import SEEN, config, spy_notes
from tests.app.settling import settle
from tui.core.models import Headline
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel


async def test_a_story_zeroed_in_place_is_left_out_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        store.save_headlines(
            "news",
            [
                Headline(
                    f"Copper story {i} " + "ore " * 40, f"https://example.org/{i}", "news", SEEN
                )
                for i in range(3)
            ],
            seen_at=SEEN,
        )
    data = bytearray(path.read_bytes())
    at = data.rindex(b"Copper story 1 ") + 20
    data[at : at + 60] = bytes(60)  # inside the title: the page's structure holds
    path.write_bytes(bytes(data))
    app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
    notes = spy_notes(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.load_from_store()  # as after the next refresh: said once
        await settle(app, pilot)
        titles = {s.title.split()[2] for s in app.query_one(HeadlinesPanel).row_objects.values()}
    assert titles == {"0", "2"}
    assert not list(tmp_path.glob("store.sqlite3.corrupt-*")), "nothing moved aside"
    said = [n for n in notes if "left out" in n]
    assert said == ["damaged rows in the cache left out: 1 story"], notes
