"""The policy panel marks a row whose entries come from a policy file that failed on its last
attempt (``⚠ failing: Register`` first among its flags, the word before the name: a narrow
column cuts the name, never the word), and only such rows: the config's own entries, a
headline's reading and a file that reads again carry no mark."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tui.core.config import parse_config
from tui.core.models import Evidence, Metal, PolicyStatus, Snapshot, SourceHealth
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.widgets.policy import PolicyPanel

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=timezone.utc)
METALS = [Metal("copper", "Copper"), Metal("gallium", "Gallium"), Metal("nickel", "Nickel")]


def row(metal: str, origin: str, *sources: tuple[str, str]) -> PolicyStatus:
    evidence = tuple(
        Evidence(kind, f"{metal} entry from {name}", None, name, date(2025, 8, 1))
        for kind, name in sources
    )
    return PolicyStatus(metal, origin, "US", "tariff", date(2025, 8, 1), 50.0, evidence=evidence)


BOARD = [
    row("copper", "CL", ("declared", "Register")),
    row("gallium", "CN", ("declared", "config")),
    row("nickel", "ID", ("inferred", "Wire"), ("declared", "Second register")),
]


def health(name: str, kind: str, error: str | None) -> SourceHealth:
    return SourceHealth(
        name,
        kind,
        ok=error is None,
        error=error,
        fetched_at=NOW,
        last_success=NOW - timedelta(hours=2),
        items=1,
    )


def app_for(tmp_path: Path) -> MetalwatchApp:
    config = parse_config(
        {
            "metals": [{"id": m.id, "name": m.name} for m in METALS],
            "sources": [
                {"name": "Register", "kind": "policy-file", "url": "http://127.0.0.1:9/p.toml"},
                {"name": "Second register", "kind": "policy-file", "url": "http://127.0.0.1:9/q"},
                {"name": "Wire", "kind": "rss", "url": "http://127.0.0.1:9/feed.xml"},
            ],
        },
        None,
    )
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)


def flags(panel: Any) -> dict[str, str]:
    table = panel.table
    at = [c.key for c in table.columns].index("flags")  # after the status below 80 columns
    return {
        str(table.get_row_at(i)[0]): str(table.get_row_at(i)[at]) for i in range(table.row_count)
    }


def named(flag: str, name: str) -> bool:
    """``flag`` is "⚠ failing: <name>", the name whole or cut with "…" (at least a letter)."""
    word, _, rest = flag.partition(": ")
    cut = rest.endswith("…") and len(rest) > 1 and name.startswith(rest[:-1])
    return word == "⚠ failing" and (rest == name or cut)


@pytest.mark.parametrize("size", [(60, 24), (80, 24), (120, 40), (200, 60)])
async def test_rows_of_a_failing_register_are_marked_until_it_reads_again(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = app_for(tmp_path)
    failing = [
        health("Register", "policy-file", "HTTP 500 Internal Server Error"),
        health("Second register", "policy-file", "policy[0]: status 'tarif' is not one of ..."),
        health("Wire", "rss", "HTTP 503 Service Unavailable"),  # no declared entry of its own
    ]
    async with app.run_test(size=size) as pilot:
        for _ in range(4):
            await app.workers.wait_for_complete()
            await pilot.pause()
        app.post_message(SnapshotReady(Snapshot(NOW, METALS, policy=BOARD, sources=failing)))
        await pilot.pause()
        panel = app.query_one(PolicyPanel)
        said = flags(panel)
        # the whole name where the column has the room, else cut with "…", never the word
        assert named(said["Copper"], "Register"), said
        assert named(said["Nickel"], "Second register"), said
        assert all(len(f) <= panel.flags_width() for f in said.values()), said
        if size[0] >= 120:
            assert said["Copper"] == "⚠ failing: Register", said
        assert "failing" not in said["Gallium"], said
        table = panel.table
        table.focus()
        table.move_cursor(row=[str(table.get_row_at(i)[0]) for i in range(3)].index("Copper"))
        await pilot.press("enter")  # the evidence says it too
        await pilot.pause()
        trail = str(app.screen.query_one("#evidence-text").render())
        # and how long ago the register last read: its entries' age
        said = "⚠ Register (last good fetch 2h ago) failed on its last attempt"
        assert said in " ".join(trail.split()), trail
        await pilot.press("escape")
        await pilot.pause()
        good = [health(h.name, h.kind, None) for h in failing]
        app.post_message(SnapshotReady(Snapshot(NOW, METALS, policy=BOARD, sources=good)))
        await pilot.pause()
        assert not any("failing" in f for f in flags(panel).values()), flags(panel)
