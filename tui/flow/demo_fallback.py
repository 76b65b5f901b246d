"""The bundled demo standing in for the user's data while none of their sources has delivered.

Only the headlines and prices come from the demo; the user's declared policy entries (from
``[[policy]]`` and policy-file sources) and their source health stay, so the board never shows
the demo's statuses for the user's corridors and the header still says what failed."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from tui.core.demo_clock import FALLBACK_MODE
from tui.core.models import Snapshot

if TYPE_CHECKING:
    from tui.core.config_types import Config

NOTE = "no configured source has delivered yet: headlines and prices are the bundled demo"
YOUR_BOARD = "the policy board shows your declared entries"


def board_is_demo(snapshot: Snapshot) -> bool:
    """The policy board on screen is the bundled demo's: ``--demo``, or the demo standing in
    while the user declared no entries of their own."""
    from tui.core.demo_clock import DEMO_MODES

    return snapshot.mode in DEMO_MODES and not any(YOUR_BOARD in n for n in snapshot.notes)


def board_now(snapshot: Snapshot) -> datetime:
    """What the policy board's ages count to: the snapshot's time, but today for the user's own
    declared board under the demo standing in (the demo's rows count to the demo's clock, and
    the user's entries said "9mo" at the demo's 2026-08-23 beside "ended 2026-11-27")."""
    if snapshot.mode == FALLBACK_MODE and not board_is_demo(snapshot):
        return datetime.now(timezone.utc)
    return snapshot.generated_at


def build_demo_snapshot() -> Snapshot:
    """The bundled demo, read from its local files into a throw-away store."""
    return read_demo(mode=FALLBACK_MODE)[1]


def read_demo(**build: Any) -> tuple[Config, Snapshot]:
    """The demo's config and the snapshot ``build_snapshot`` makes (with ``build``'s options) of
    its bundled files, refreshed into a throw-away store."""
    from tui.core.config import load_config
    from tui.flow.refresh import Refresher
    from tui.flow.snapshot import build_snapshot
    from tui.store import Store

    demo = load_config(demo=True)
    store = Store.memory()
    try:
        refresher = Refresher(demo, store)
        asyncio.run(refresher.run(list(demo.sources)))
        return demo, build_snapshot(demo, store, **build)
    finally:
        store.close()


def with_demo(user: Snapshot, demo: Snapshot) -> Snapshot:
    """``user`` with the demo's headlines and prices (and the demo's board only when the user
    declared nothing), marked as the demo fallback."""
    board = user.policy or demo.policy
    note = f"{NOTE}; {YOUR_BOARD if user.policy else 'so is the policy board'}"
    user_metals = {m.id for m in user.metals}
    return dataclasses.replace(
        user,
        generated_at=demo.generated_at,
        metals=list(user.metals) + [m for m in demo.metals if m.id not in user_metals],
        stories=list(demo.stories),
        prices=list(demo.prices),
        policy=list(board),
        mode=FALLBACK_MODE,
        data_as_of=None,
        notes=[*user.notes, note],
    )
