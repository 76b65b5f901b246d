"""The policy board's filter reads a place's name as the code its corridors show.

Found in session 25 driving the demo: the board writes corridors as codes (``CN→US``), and the
filter "China" (or "United States", "DR Congo") matched no row: "Nothing matches the filter".
A place named whole is read as its code, by the gazetteer's names and the config's
``[gazetteer]``; text matches as before ("quo" finds the quota row, "CN" the Chinese rows).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.place_filter import place_code
from tui.ui.widgets.policy import PolicyPanel


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("China", "CN"),
        ("china", "CN"),
        ("  United   States ", "US"),
        ("DR Congo", "CD"),
        ("Indonesia", "ID"),
        ("People's Republic of China", "CN"),
        ("chin", None),  # no place: text only
        ("us", None),  # two letters: matched as text already
        ("quota", None),
    ],
)
def test_a_place_named_whole_is_its_code(typed: str, code: str | None) -> None:
    assert place_code(typed) == code


def test_the_configs_gazetteer_comes_first() -> None:
    assert place_code("Nur-Sultan", {"Nur-Sultan": "kz"}) == "KZ"
    assert place_code("Georgia", {"georgia": ""}) is None  # the config says: no place


def corridors(panel: PolicyPanel) -> list[tuple[str, str]]:
    return [(r.origin, r.destination) for r in panel.row_objects.values()]


NAMES = [("China", "CN"), ("united states", "US"), ("Indonesia", "ID"), ("DR Congo", "CD")]
SIZES = [(80, 24), (120, 40)]


async def test_the_board_filtered_by_a_country_name(tmp_path: Path) -> None:
    """Each name of ``NAMES`` at each size (once a case of its own, started at the size): one
    app, resized to each size in turn; each name typed in the board's filter, then the filter
    cleared (Escape), so the next name meets the whole board, as the app started."""
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    checked: list[tuple[tuple[int, int], str]] = []
    async with app.run_test(size=SIZES[0]) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PolicyPanel)
        assert app.snapshot is not None
        every = corridors(panel)
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            assert tuple(app.size) == size, (size, app.size)
            for typed, code in NAMES:
                case = (size, typed)
                assert len(app.screen_stack) == 1 and panel.text_filter == "", case
                assert corridors(panel) == every, case  # the whole board, as at the start
                want = [
                    (p.origin, p.destination)
                    for p in app.snapshot.policy
                    if code in (p.origin, p.destination)
                ]
                assert want, ("the demo's board has rows of this place", case)
                app.set_focus(panel.table)
                await pilot.press("slash")
                await pilot.press(*typed)
                await pilot.press("enter")
                await settle(app, pilot)
                assert corridors(panel) == want, case
                assert f"filter: {typed.strip()!r}" in str(panel.border_title), case
                await pilot.press("escape")
                await settle(app, pilot)
                checked.append(case)
    assert len(checked) == len(SIZES) * len(NAMES), checked


async def test_text_still_matches_and_a_name_in_the_gazetteer_of_the_config(
    tmp_path: Path,
) -> None:
    config = dataclasses.replace(load_config(demo=True), gazetteer={"Middle Kingdom": "CN"})
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PolicyPanel)
        app.set_focus(panel.table)
        for typed, check in [
            ("quo", lambda rows: [p.status for p in rows] == ["quota"]),
            ("CN", lambda rows: rows and all("CN" in (p.origin, p.destination) for p in rows)),
            ("Middle Kingdom", lambda rows: rows and all(p.origin == "CN" for p in rows)),
        ]:
            await pilot.press("slash")
            await pilot.press(*typed)
            await pilot.press("enter")
            await settle(app, pilot)
            rows = list(panel.row_objects.values())
            assert check(rows), (typed, [(p.metal, p.origin, p.status) for p in rows])
            await pilot.press("escape")
            await settle(app, pilot)
