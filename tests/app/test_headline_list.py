"""The virtual headline list at scale (20,000 stories), driven by Pilot.

The app starts on an empty store with no refresh; the stories arrive as a ``SnapshotReady``, as
they do from the snapshot worker, so the list is tested on exactly what it is given.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from tui.core.config import parse_config
from tui.core.models import Headline, Metal, Snapshot, Story
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.widgets.headlines import HeadlinesPanel

NOW = datetime(2026, 8, 23, 12, 0, tzinfo=timezone.utc)
METALS = ("copper", "zinc", "nickel", "gold")
OUTLETS = ("Reuters", "Mining.com", "Financial Times", "Federal Register")


def story(i: int, *, relevant: bool | None = None, title: str | None = None) -> Story:
    """Story ``i`` (newer for smaller ``i``); every fourth names no metal and is not relevant."""
    metals = () if i % 4 == 3 else (METALS[i % 4],) + (("gold",) if i % 8 == 1 else ())
    outlet = OUTLETS[i % len(OUTLETS)]
    published = NOW - timedelta(minutes=7 * i)
    text = title or f"Story {i:05d}: {' '.join(metals) or 'general'} market news item {i}"
    entry = Headline(text, f"https://example.org/{i}", "news", published, outlet=outlet)
    return Story(
        id=f"s{i}",
        title=text,
        url=entry.url,
        source="news",
        published=published,
        summary="",
        metals=metals,
        entries=(entry,),
        relevant=bool(metals) if relevant is None else relevant,
    )


def snapshot(stories: list[Story]) -> Snapshot:
    return Snapshot(generated_at=NOW, metals=[Metal(m, m.title()) for m in METALS], stories=stories)


def app_for(tmp_path: Path) -> MetalwatchApp:
    config = parse_config(
        {
            "metals": [{"id": m, "name": m.title()} for m in METALS],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/feed.xml"}],
        },
        None,
    )
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)


async def settle(app: MetalwatchApp, pilot: Any) -> None:
    for _ in range(4):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def load(app: MetalwatchApp, pilot: Any, stories: list[Story]) -> HeadlinesPanel:
    await settle(app, pilot)  # the (empty) store's snapshot first, then ours
    app.post_message(SnapshotReady(snapshot(stories)))
    await pilot.pause()
    return app.query_one(HeadlinesPanel)


def lines(panel: HeadlinesPanel) -> list[str]:
    rows = panel.table
    return [rows.render_line(y).text for y in range(rows.size.height)]


async def test_twenty_thousand_stories_load_and_scroll_to_the_end(tmp_path: Path) -> None:
    stories = [story(i) for i in range(20_000)]
    relevant = [s for s in stories if s.relevant]
    app = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await load(app, pilot, stories)
        rows = panel.table
        assert rows.row_count == len(relevant) == 15_000  # no cap
        assert f"{len(relevant):,} of 20,000" in str(panel.border_title)
        assert relevant[0].title in lines(panel)[1]
        await pilot.press("G")
        assert rows.cursor_row == len(relevant) - 1
        shown = lines(panel)
        assert relevant[-1].title in shown[-1]  # the last story on the last line
        assert rows.scroll_y == rows.max_scroll_y > 0
        await pilot.press("pageup")
        assert rows.cursor_row == len(relevant) - 1 - (rows.size.height - 1)
        await pilot.press("g")
        assert rows.cursor_row == 0 and rows.scroll_y == 0
        assert relevant[0].title in lines(panel)[1]


async def test_the_cursor_keeps_its_story_across_a_refresh(tmp_path: Path) -> None:
    stories = [story(i) for i in range(5, 20_000)]
    app = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await load(app, pilot, stories)
        rows = panel.table
        rows.focus()
        rows.move_cursor(row=500)
        await pilot.press("down", "down")
        chosen = panel.selected_story()
        assert chosen is not None and rows.cursor_row == 502
        screen_line = rows.cursor_row - int(rows.scroll_y)
        # a refresh: five newer stories on top (three relevant), one older story gone
        fresh = [story(i) for i in range(5)] + [s for s in stories if s.id != "s19999"]
        app.post_message(SnapshotReady(snapshot(fresh)))
        await pilot.pause()
        assert panel.selected_story() == chosen
        assert rows.cursor_row == 502 + sum(1 for s in fresh[:5] if s.relevant)
        assert rows.cursor_row - int(rows.scroll_y) == screen_line  # it stays where it was
        # the story itself gone: the cursor keeps its row
        app.post_message(SnapshotReady(snapshot([s for s in fresh if s.id != chosen.id])))
        await pilot.pause()
        assert panel.selected_story() != chosen
        assert rows.cursor_row == 502 + sum(1 for s in fresh[:5] if s.relevant)


async def test_filter_metal_link_and_relevance_over_twenty_thousand(tmp_path: Path) -> None:
    stories = [story(i) for i in range(20_000)]
    app = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await load(app, pilot, stories)
        await pilot.press("slash", *"item 1999", "enter")
        matched = [s.id for s in panel.row_objects.values()]
        assert matched == [s.id for s in stories if s.relevant and "item 1999" in s.title]
        assert len(matched) == 7  # 19990-19999 but the three that name no metal
        assert "filter: 'item 1999'" in str(panel.border_title)
        await pilot.press("escape")
        assert panel.table.row_count == 15_000
        app.set_metal("zinc")  # what picking a metal does
        await pilot.pause()
        assert panel.table.row_count == 5_000
        assert all("zinc" in s.metals for s in panel.row_objects.values())
        assert "metal: zinc" in str(panel.border_title)
        app.set_metal(None)
        await pilot.press("A")  # every story, the general ones too
        assert panel.table.row_count == 20_000
        assert "20,000 of 20,000" in str(panel.border_title)
        assert [s.id for s in list(panel.row_objects.values())[:4]] == ["s0", "s1", "s2", "s3"]
        await pilot.press("A")
        assert panel.table.row_count == 15_000


async def test_unread_and_new_marks_and_enter_opens_the_story(tmp_path: Path) -> None:
    from tui.ui.screens.story import StoryScreen

    stories = [story(i) for i in range(40)]
    app = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await load(app, pilot, stories)
        app.new_ids = {"s1"}  # new since the last session (the store's worker has run)
        panel.show()
        first, second = lines(panel)[1:3]
        assert first.startswith("• ") and second.startswith("★ ")  # unread; new since last time
        panel.table.focus()
        await pilot.press("enter")
        assert isinstance(app.screen, StoryScreen) and app.screen.story.id == "s0"
        assert "s0" in app.read_ids
        await pilot.press("escape")
        await pilot.pause()
        assert lines(panel)[1].startswith("  ")  # read: no mark


async def test_columns_fit_narrow_and_wide_screens(tmp_path: Path) -> None:
    long_title = (
        "Canada to impose retaliatory tariffs across a raft of US sectors including "
        "steel, aluminium and copper wire, Carney says"
    )
    stories = [story(0, title=long_title)] + [story(i) for i in range(1, 30)]
    app = app_for(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        panel = await load(app, pilot, stories)
        first = lines(panel)[1]
        shown = first[first.index("Canada") :].split("…")[0]
        assert len(shown) >= 40 and long_title.startswith(shown)
        assert "…" in first  # a cut cell ends with an ellipsis
        assert not panel.table.show_horizontal_scrollbar
        await pilot.resize_terminal(200, 60)
        await pilot.pause()
        shown_lines = lines(panel)
        assert long_title in shown_lines[1]  # wide: the whole title
        assert "23 Aug 12:00" in shown_lines[1]  # and the date next to the age
        assert any("Financial Times" in line for line in shown_lines)  # full outlet names
        assert not any("…" in line for line in shown_lines)
        assert not panel.table.show_horizontal_scrollbar


async def test_an_in_place_update_redraws_only_what_changed(tmp_path: Path) -> None:
    stories = [story(i) for i in range(2_000)]
    app = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await load(app, pilot, stories)
        before = lines(panel)
        # the same stories a day later: only the age column moves
        later = dataclasses.replace(snapshot(stories), generated_at=NOW + timedelta(days=1))
        app.post_message(SnapshotReady(later))
        await pilot.pause()
        after = lines(panel)
        assert before[1] != after[1]
        assert after[1].split()[1] == "1d"
        assert [a.split(maxsplit=2)[2] for a in after[1:]] == [
            b.split(maxsplit=2)[2] for b in before[1:]
        ]


async def test_a_story_on_top_draws_one_line_and_a_changed_story_is_drawn_anew(
    tmp_path: Path, monkeypatch: Any
) -> None:
    from tui.ui.widgets import headline_list

    stories = [story(i) for i in range(1, 2_000)]
    app = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await load(app, pilot, stories)
        rows = panel.table
        rows.move_cursor(row=1)  # a story chosen (at the top, the cursor would take the new one)
        lines(panel)
        drawn: list[str] = []
        real = headline_list.row_strip  # a row's strip drawn (``headline_row``)

        def counted(s: Story, *args: Any) -> Any:
            drawn.append(s.id)
            return real(s, *args)

        monkeypatch.setattr(headline_list, "row_strip", counted)
        # a refresh that brings one newer story: the others only move down a line
        top = story(0)
        app.post_message(SnapshotReady(snapshot([top, *stories])))
        await pilot.pause()
        shown = lines(panel)
        assert top.title in shown[1] and stories[0].title in shown[2]
        assert drawn == ["s0"]
        # the same story (same id) with a new title, as a new object: drawn again
        retitled = dataclasses.replace(stories[0], title="Story 00001: copper retitled")
        drawn.clear()
        app.post_message(SnapshotReady(snapshot([top, retitled, *stories[1:]])))
        await pilot.pause()
        shown = lines(panel)
        assert drawn == ["s1"] and "copper retitled" in shown[2]


async def test_a_first_paint_from_the_head_titles_the_whole_snapshots_counts(
    tmp_path: Path,
) -> None:
    """The first paint's snapshot holds only the newest stories (the cached head): the title
    says how many the whole snapshot holds, never "8 of 400" for a second before "12 of 573"."""
    stories = [story(i) for i in range(400)]
    head = snapshot(stories)
    head.head_of = (573, 12)
    app = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.post_message(SnapshotReady(head))
        await pilot.pause()
        panel = app.query_one(HeadlinesPanel)
        assert "12 of 573" in str(panel.border_title)
        await pilot.press("A")  # every story
        assert "573 of 573" in str(panel.border_title)
        app.post_message(SnapshotReady(snapshot(stories)))  # the whole snapshot: its own counts
        await pilot.pause()
        assert "400 of 400" in str(panel.border_title)


async def test_at_the_top_new_stories_are_seen_however_small_the_panel(tmp_path: Path) -> None:
    """Found in use at 80x24 (four headline rows): the cursor untouched on the newest story, a
    refresh brought seven newer stories; the cursor followed the old story down, and the list
    scrolled after it, so the new stories were above the screen with nothing to say so."""
    stories = [story(i) for i in range(20, 200)]
    app = app_for(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        panel = await load(app, pilot, stories)
        rows = panel.table
        assert rows.cursor_row == 0 and rows.scroll_y == 0
        visible = rows.size.height - 1
        fresh = [story(i) for i in range(20)]
        newest = [s for s in fresh if s.relevant]
        assert len(newest) > visible  # more new stories than the panel shows
        app.post_message(SnapshotReady(snapshot(fresh + stories)))
        await pilot.pause()
        assert rows.cursor_row == 0 and rows.scroll_y == 0
        assert panel.selected_story() == newest[0]
        assert newest[0].title[:40] in lines(panel)[1]
        # moved down once, the user chose a story: it is kept, as before
        await pilot.press("down")
        chosen = panel.selected_story()
        app.post_message(
            SnapshotReady(snapshot([story(i) for i in range(-5, 0)] + fresh + stories))
        )
        await pilot.pause()
        assert panel.selected_story() == chosen


async def test_a_pinned_policy_story_carries_a_pin_mark_the_help_explains(tmp_path: Path) -> None:
    """A policy story pinned above newer ones (relevance.PIN) showed no sign of why it stood
    there: it carries the pin mark, explained in the help's list of marks, at every width."""
    from tui.core.models import PolicyEvent
    from tui.engine.relevance import PIN, rank
    from tui.ui.screens.help import HelpScreen
    from tui.ui.widgets.headline_row import PIN_MARK

    event = PolicyEvent(("copper",), "CN", "US", "export-ban")
    measure = dataclasses.replace(
        story(30, title="China bans copper scrap exports to the US"), policy_event=event
    )
    expired = dataclasses.replace(
        story(40, title="Chile caps copper concentrate exports"),
        policy_event=event,
        published=NOW - PIN - timedelta(minutes=1),
    )
    ranked = rank([story(i) for i in range(12)] + [measure, expired], NOW)
    assert ranked[0] is measure  # pinned above the twelve newer stories
    for size in ((80, 24), (120, 40), (200, 60)):
        app = app_for(tmp_path)
        async with app.run_test(size=size) as pilot:
            panel = await load(app, pilot, ranked)
            rows = lines(panel)[1:]
            pinned_row = rows[0]
            assert "China bans copper scrap" in pinned_row
            assert pinned_row[1] == PIN_MARK, pinned_row
            # no other row carries it: not the newer stories, not the policy story whose pin ran out
            assert all(PIN_MARK not in row for row in rows[1:]), rows
            panel.table.scroll_to(y=panel.table.max_scroll_y, animate=False, immediate=True)
            await pilot.pause()
            tail = [r for r in lines(panel) if "Chile caps" in r]
            assert tail and PIN_MARK not in tail[0]
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            help_text = str(app.screen.query_one("#help-text").render())
            assert f"{PIN_MARK}" in help_text and "pinned: a policy story" in help_text


def test_a_pinned_storys_details_say_why_and_until_when() -> None:
    """The story screen of a pinned policy story says it is pinned and until when (the list's
    mark alone does not say for how long); a story whose pin ran out, or with no policy reading,
    says nothing of a pin."""
    from tui.core.models import PolicyEvent
    from tui.engine.relevance import PIN
    from tui.ui.screens.story import story_text
    from tui.ui.widgets.headline_row import PIN_MARK

    event = PolicyEvent(("copper",), "CN", "US", "export-ban")
    published = NOW - timedelta(hours=5)
    measure = dataclasses.replace(
        story(30, title="China bans copper scrap exports to the US"),
        policy_event=event,
        published=published,
    )
    text = story_text(measure, NOW).plain
    until = (published + PIN).strftime("%Y-%m-%d %H:%M")
    assert f"{PIN_MARK} pinned near the top of the headlines until {until} UTC" in text, text
    expired = dataclasses.replace(measure, published=NOW - PIN - timedelta(minutes=1))
    assert "pinned" not in story_text(expired, NOW).plain
    assert "pinned" not in story_text(story(3), NOW).plain


async def test_a_title_cut_to_its_column_never_ends_inside_a_number(tmp_path: Path) -> None:
    """A title cut where a number stands ("... tariff to 50% from 25%" at "to 5…") read as
    another figure, the ellipsis aside: the cut is made before the word holding the digit."""
    body = "US raises aluminium tariff to 50% from 25% on 1,250 products by 2026-06-04"
    titles = [f"{'Metals ' * k}{body}" for k in range(12)]
    stories = [dataclasses.replace(story(i * 4), title=t) for i, t in enumerate(titles)]
    words = set(" ".join(titles).split())
    for size in ((80, 24), (100, 30), (120, 40)):
        app = app_for(tmp_path)
        async with app.run_test(size=size) as pilot:
            panel = await load(app, pilot, stories)
            cut = [line for line in lines(panel)[1:] if "Metals" in line or "US " in line]
            assert cut and any("…" in line for line in cut), (size, cut)
            for line in cut:
                if "…" not in line:
                    continue
                shown = line[: line.index("…")].split()
                last = shown[-1] if shown else ""
                assert last in words or not any(c.isdigit() for c in last), (size, line)
