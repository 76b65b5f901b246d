"""The headlines' title names the key that shows every story while some are left out.

Found in session 25, driving the demo at 80x24 and 120x40: the title said "Headlines · 7 of 19 ·
relevant", and the footer, with no room for "A All stories" at those widths, did not say how to
see the other twelve (only the help did). The title now says "relevant (A: all)", with the key
as ``[keys]`` made it, until every story shows; then "all (A: relevant)": "19 of 19" alone
did not say the panel showed the stories it leaves out by default, nor the key back.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from tests.app.settling import settle
from tui.core.config import load_config, parse_config
from tui.core.keymap import key_label
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel


def demo(tmp_path: Path, keys: dict[str, str]) -> MetalwatchApp:
    parsed = dict(parse_config({"keys": keys}, None).keys) if keys else {}
    config = dataclasses.replace(load_config(demo=True), keys=parsed)
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")


def title(app: MetalwatchApp) -> str:
    return str(app.query_one(HeadlinesPanel).border_title)


async def filtered_at(
    app: MetalwatchApp,
    pilot: Any,
    size: tuple[int, int],
    start: tuple[object, int, str],
    word: str,
) -> None:
    """The app resized to ``size``, asserted back where it started (``start``: the same snapshot,
    its rows and title, the last size's filter cleared; the headlines focused), then the
    headlines filtered by ``word``."""
    await pilot.resize_terminal(*size)
    await settle(app, pilot)
    panel = app.query_one(HeadlinesPanel)
    assert app.snapshot is start[0] and app.focused is panel.table, (size, app.focused)
    assert (len(panel.row_objects), title(app)) == start[1:], size
    await pilot.press("slash", *word, "enter")
    await settle(app, pilot)


SIZES = [(80, 24), (120, 40), (200, 60)]


@pytest.mark.parametrize("remap", [None, "v", "f6", "ctrl+a"])
async def test_the_title_says_how_to_see_every_story(tmp_path: Path, remap: str | None) -> None:
    """One app per key (the key is the config's), made each size in turn; each size ends with
    the relevant stories shown again, as the app started."""
    app = demo(tmp_path, {"all-stories": remap} if remap else {})
    press = remap or "A"
    shown = key_label(press)
    checked: list[tuple[int, int]] = []
    async with app.run_test(size=SIZES[0]) as pilot:
        await settle(app, pilot)
        snap = app.snapshot
        assert snap is not None
        stored, relevant = len(snap.stories), sum(s.relevant for s in snap.stories)
        assert relevant < stored
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            assert app.snapshot is snap, size
            said = title(app)
            assert said.endswith(f"{relevant} of {stored} · relevant ({shown}: all)"), (size, said)
            await pilot.press(press)
            await pilot.pause()
            said = title(app)
            # every story shown: said so, with the key back (the footer has no room for it)
            assert said.endswith(f"{stored} of {stored} · all ({shown}: relevant)"), (size, said)
            await pilot.press(press)
            await pilot.pause()
            assert title(app).endswith(f"({shown}: all)"), (size, title(app))
            checked.append(size)
    assert checked == SIZES, checked


async def test_no_hint_where_nothing_is_left_out_or_a_filter_decides(tmp_path: Path) -> None:
    app = demo(tmp_path, {})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        snap = app.snapshot
        assert snap is not None
        every = [dataclasses.replace(s, relevant=True) for s in snap.stories]
        panel.show(dataclasses.replace(snap, stories=every))
        await pilot.pause()
        assert title(app).endswith(f"{len(every)} of {len(every)} · relevant"), title(app)
        panel.show(snap)
        await pilot.pause()
        assert "(A: all)" in title(app)
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("down", "enter")  # the first metal of the picker
        await settle(app, pilot)
        said = title(app)
        assert "metal: " in said and "(A: all)" not in said, said


async def test_all_is_said_only_where_some_story_is_not_relevant(tmp_path: Path) -> None:
    app = demo(tmp_path, {})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        await pilot.press("A")
        await pilot.pause()
        assert "· all (A: relevant)" in title(app), title(app)
        snap = app.snapshot
        assert snap is not None
        every = [dataclasses.replace(s, relevant=True) for s in snap.stories]
        panel.show(dataclasses.replace(snap, stories=every))
        await pilot.pause()
        assert title(app).endswith(f"{len(every)} of {len(every)}"), title(app)
        panel.show(snap)
        panel.metal_filter = "copper"  # every copper story of the demo is relevant
        panel.show()
        await pilot.pause()
        assert "metal: copper" in title(app) and "all (" not in title(app), title(app)


async def test_a_filter_says_what_all_stories_would_show(tmp_path: Path) -> None:
    """Found in session 30 at 80x24: the filter "tariff" over the relevant stories said
    "Nothing matches the filter 'tariff' (Esc clears it)." and the title "0 of 19 · relevant",
    while nine stories held the word, left out only as not relevant, and nothing said how to
    see them. The empty panel now says how many the filter finds among all stories and the key
    that shows them; the title says it too while the filter is on. At 60x20 and 80x24 in one
    app: the filter cleared between sizes, back to the relevant stories the app started with."""
    app = demo(tmp_path, {})
    sizes = [(60, 20), (80, 24)]
    checked: list[tuple[int, int]] = []
    async with app.run_test(size=sizes[0]) as pilot:
        await settle(app, pilot)
        snap = app.snapshot
        assert snap is not None
        word = "tariff"
        others = [s for s in snap.stories if word in s.title.lower() and not s.relevant]
        assert others and not any(word in s.title.lower() for s in snap.stories if s.relevant)
        panel = app.query_one(HeadlinesPanel)
        start = (snap, len(panel.row_objects), title(app))
        for size in sizes:
            await filtered_at(app, pilot, size, start, word)
            said = title(app)
            assert "(A: all)" in said and f"filter: '{word}'" in said, (size, said)
            box = panel.empty_box
            assert box is not None and box.display, size
            said = str(box.render())
            assert f"{len(others)} others do (A shows them)" in said, (size, said)
            await pilot.press("A")
            await settle(app, pilot)
            assert len(panel.row_objects) == len(others), size
            assert "(A: all)" not in title(app), size  # every story shows: nothing left to say
            # a filter that finds nothing anywhere says so, as before
            await pilot.press("A", "escape", "slash", *"zzqx", "enter")
            await settle(app, pilot)
            said = str(panel.empty_box.render()) if panel.empty_box is not None else ""
            assert "Nothing matches the filter 'zzqx'" in said, (size, said)
            assert "(A: all)" not in title(app), size
            await pilot.press("escape")  # the filter cleared: as the app started
            await settle(app, pilot)
            checked.append(size)
    assert checked == sizes, checked


async def test_one_other_story_is_said_as_one(tmp_path: Path) -> None:
    """Found driving a config at 80x24: the filter 'Hull' said "1 other story does (A shows
    them)". One story found among all is "it". At 80x24 and 120x40 in one app: the filter
    cleared between sizes, back to the stories the app started with."""
    app = demo(tmp_path, {})
    sizes = [(80, 24), (120, 40)]
    checked: list[tuple[int, int]] = []
    async with app.run_test(size=sizes[0]) as pilot:
        await settle(app, pilot)
        snap = app.snapshot
        assert snap is not None

        def holding(word: str) -> list[bool]:
            return [s.relevant for s in snap.stories if word in s.title.lower()]

        words = {w for s in snap.stories if not s.relevant for w in s.title.lower().split()}
        word = min(w for w in words if w.isalpha() and len(w) > 4 and holding(w) == [False])
        panel = app.query_one(HeadlinesPanel)
        start = (snap, len(panel.row_objects), title(app))
        for size in sizes:
            await filtered_at(app, pilot, size, start, word)
            box = panel.empty_box
            assert box is not None and box.display, size
            said = " ".join(str(box.render()).split())
            assert "1 other story does (A shows it)." in said, (size, said)
            await pilot.press("escape")  # the filter cleared: as the app started
            await settle(app, pilot)
            checked.append(size)
    assert checked == sizes, checked
