"""Every binding in ``tui.core.keymap.KEYS`` pressed for real, in its context, on the demo app.

One case per binding id (``tests/app/binding_cases_app.py``, ``binding_cases_rows.py``);
``test_every_binding_has_a_case`` fails when a binding is added to the keymap without a case
there. Ids that share a case (the detail screens' moves and links, the chart's frames) are one
test, named by its ids joined with ``+``, which presses each of them (one run of the case per
id pressed the same keys again). Keys are read from the keymap, so a changed default key is
followed. The demo sources (local files: no network) are fetched once per session into a store
file. One demo app started on a copy of it (no refresh on start) serves the whole module: every
Textual start, focus change and screen switch costs a few hundred milliseconds, and ``reset``
puts the app back in its first state (main screen, no filter, nothing read, panel 1 focused,
first rows selected), and asserts it, before each test. ``quit`` gets an app of its own
(``tests/app/binding_app.py``): it ends the app.
"""

from __future__ import annotations

import pytest

import tests.app.binding_cases_rows  # noqa: F401 (registers the row cases in CASES)
from tests.app.binding_app import (  # noqa: F401 (the fixtures)
    ENDS_THE_APP,
    SIZE,
    AppPilot,
    filled_store_fixture,
    fresh_fixture,
    reset,
    settle,
    shared_fixture,
)
from tests.app.binding_cases_app import CASES, groups
from tui.core.keymap import BINDING_IDS
from tui.ui.app import MetalwatchApp

GROUPS = groups(BINDING_IDS)

# ---- the tests ----------------------------------------------------------------------------


def test_every_binding_has_a_case() -> None:
    assert BINDING_IDS, "the keymap is empty"
    missing = [bid for bid in BINDING_IDS if bid not in CASES]
    assert not missing, f"bindings without a Pilot test: {missing}"
    stale = [bid for bid in CASES if bid not in BINDING_IDS]
    assert not stale, f"cases for bindings that no longer exist: {stale}"
    pressed = [bid for group in GROUPS for bid in group]  # each by one test of test_binding
    assert sorted(pressed) == sorted(BINDING_IDS), pressed


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("binding_ids", GROUPS, ids="+".join)
async def test_binding(
    shared: tuple[MetalwatchApp, AppPilot],
    binding_ids: tuple[str, ...],
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    binding_id = binding_ids[0]  # its group's case presses every id of the group
    if binding_id in ENDS_THE_APP:
        assert binding_ids == (binding_id,)
        fresh: MetalwatchApp = request.getfixturevalue("fresh")
        async with fresh.run_test(size=SIZE) as pilot:
            await settle(fresh, pilot)
            await CASES[binding_id](fresh, pilot, monkeypatch)
        return
    app, pilot = shared
    await reset(app, pilot)
    await CASES[binding_id](app, pilot, monkeypatch)
