"""Every binding remapped by ``[keys]`` at once, each pressed by its new key in its context.

The cases of ``tests/app/binding_cases_app.py`` and ``binding_cases_rows.py`` (pressed with the
default keys by ``tests/app/test_bindings_every_id.py``) run again on a demo app whose config gives every
binding id another key (letters, capitals and function keys no default uses; the movement keys
of the detail screens their own), with the module's ``key``/``keys`` helpers answering the new
keys: what works with the default keys works remapped, and the old keys are not needed. Ids that
share a case are one test, as there (``groups``). The help case is left out: it checks the
help's grouping of the default panel keys (``1 … 9``), which a remap rightly undoes;
``tests/app/test_keys_shown.py`` checks the help names remapped keys. ``quit`` gets an app of
its own: it ends the app.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from tests.app import binding_app as cases
from tests.app import binding_cases_app, binding_cases_rows
from tests.app.binding_app import filled_store_fixture  # noqa: F401 (the fixture)
from tests.app.binding_cases_app import CASES, groups
from tui.core.config import load_config, parse_config
from tui.core.keymap import KEYS
from tui.ui.app import MetalwatchApp

MAIN_POOL = [*"bcdefhiKlpuvwxzBCDEFHIJLNOPQSTUVWXYZ", *(f"f{n}" for n in range(1, 13))]
DETAIL_POOL = [*"lpuvwxzBCDEFHIJ"]


def remap() -> dict[str, str]:
    """A new key for every binding id: the app and panel ids (active together) from one pool,
    the chart and detail ids (active together, on their screens) from another, which leaves out
    the keys the app ids that work on every screen (quit, help, ... theme: the first seven)
    take (eight keys: help has two): on a detail screen a key of both reached only the screen's
    binding."""
    main, detail = iter(MAIN_POOL), iter(DETAIL_POOL)
    out: dict[str, str] = {}
    for k in KEYS:
        pool = main if k.scope in ("app", "panel") else detail
        out[k.id] = ",".join(next(pool) for _ in k.keys.split(","))
    return out


REMAP = remap()
SKIP = {"help"}


def test_the_remap_is_a_valid_config() -> None:
    config = parse_config({"keys": REMAP}, None)
    assert dict(config.keys) == REMAP


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def remapped(
    filled_store: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[tuple[MetalwatchApp, cases.AppPilot]]:
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CONFIG_HOME", str(home / "config"))
        mp.setenv("XDG_CACHE_HOME", str(home / "cache"))
        mp.setenv("METALWATCH_CONFIG_DIR", str(home / "config" / "metalwatch"))
        mp.setenv("METALWATCH_CACHE_DIR", str(home / "cache" / "metalwatch"))
        store = tmp_path_factory.mktemp("remapped") / "store.sqlite3"
        shutil.copy(filled_store, store)
        config = dataclasses.replace(load_config(demo=True), keys=REMAP)
        app = MetalwatchApp(config, store_path=store, refresh_on_start=False)
        async with app.run_test(size=cases.SIZE) as pilot:
            await cases.settle(app, pilot)
            yield app, pilot


GROUPS = groups(b for b in CASES if b not in SKIP)


def test_every_case_but_help_is_pressed_remapped() -> None:
    pressed = [bid for group in GROUPS for bid in group]  # each by one test below
    assert sorted(pressed) == sorted(set(CASES) - SKIP) and len(pressed) == len(CASES) - 1


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("binding_ids", GROUPS, ids="+".join)
async def test_binding_remapped(
    remapped: tuple[MetalwatchApp, cases.AppPilot],
    binding_ids: tuple[str, ...],
    monkeypatch: pytest.MonkeyPatch,
    filled_store: Path,
    tmp_path: Path,
) -> None:
    binding_id = binding_ids[0]  # its group's case presses every id of the group
    monkeypatch.setattr(binding_cases_rows, "keys", lambda b: REMAP[b].split(","))
    for module in (binding_cases_app, binding_cases_rows):  # where the cases ask for a key
        monkeypatch.setattr(module, "key", lambda b: REMAP[b].split(",")[0])
    if binding_id in cases.ENDS_THE_APP:
        assert binding_ids == (binding_id,)
        store = tmp_path / "store.sqlite3"
        shutil.copy(filled_store, store)
        config = dataclasses.replace(load_config(demo=True), keys=REMAP)
        fresh = MetalwatchApp(config, store_path=store, refresh_on_start=False)
        async with fresh.run_test(size=cases.SIZE) as pilot:
            await cases.settle(fresh, pilot)
            await CASES[binding_id](fresh, pilot, monkeypatch)
        return
    app, pilot = remapped
    await cases.reset(app, pilot)
    await CASES[binding_id](app, pilot, monkeypatch)
