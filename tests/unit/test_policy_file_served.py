"""``kind = "policy-file"`` through a real local server and a real store: what an answer does
to the board and the source's health line."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from pytest_httpserver import HTTPServer


async def test_an_empty_answer_keeps_the_stored_entries_on_the_board(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """Through a real local server and a real store: the entries a server gave stay on the
    board when its next answer is an empty object, and the source says why."""
    from fred_refresh import fetch

    from tui.core.config import parse_config
    from tui.flow.snapshot import build_snapshot
    from tui.store import Store

    url = httpserver.url_for("/policy.json")
    cfg = parse_config(
        {
            "app": {"timeout": "5s", "refresh": "10m"},
            "metals": [{"id": "gallium", "name": "Gallium"}],
            "sources": [{"name": "desk", "kind": "policy-file", "url": url}],
        },
        None,
    )
    entry = {"metal": "gallium", "origin": "CN", "status": "licensing", "since": "2023-08-01"}
    t0 = datetime(2026, 6, 1, 9, 0, tzinfo=timezone.utc)
    with Store(tmp_path / "s.sqlite3") as store:
        httpserver.expect_oneshot_request("/policy.json").respond_with_json([entry])
        assert (await fetch(cfg, store, t0)).ok
        httpserver.expect_oneshot_request("/policy.json").respond_with_data(
            "{}", content_type="application/json"
        )
        later = await fetch(cfg, store, t0.replace(hour=10))
        assert not later.ok and later.error is not None and "held no list" in later.error
        (row,) = build_snapshot(cfg, store, now=t0.replace(hour=11)).policy
        assert (row.metal, row.origin, row.status) == ("gallium", "CN", "licensing")


async def test_entries_for_a_metal_not_watched_are_said_on_the_health_line(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """An entry whose metal no ``[[metals]]`` id names (a typo, ``Copper`` for ``copper``)
    was counted among the source's items and never reached the board, without a word: a
    measure the user declared silently missing. The board still shows what is watched, and
    the health line names what is not, with the id meant."""
    from fred_refresh import fetch

    from tui.core.config import parse_config
    from tui.flow.snapshot import build_snapshot
    from tui.store import Store

    url = httpserver.url_for("/policy.json")
    cfg = parse_config(
        {
            "app": {"timeout": "5s", "refresh": "10m"},
            "metals": [{"id": "copper", "name": "Copper"}, {"id": "gallium", "name": "Gallium"}],
            "sources": [{"name": "desk", "kind": "policy-file", "url": url}],
        },
        None,
    )
    entries = [
        {"metal": "copper", "origin": "CL", "destination": "US", "status": "tariff"},
        {"metal": "Copper", "origin": "PE", "destination": "US", "status": "tariff"},
        {"metal": "galium", "origin": "CN", "destination": "US", "status": "licensing"},
    ]
    httpserver.expect_oneshot_request("/policy.json").respond_with_json(entries)
    t0 = datetime(2026, 6, 1, 9, 0, tzinfo=timezone.utc)
    with Store(tmp_path / "s.sqlite3") as store:
        outcome = await fetch(cfg, store, t0)
        assert outcome.ok
        assert outcome.warning == (
            "2 of 3 entries name a metal not watched, not on the board: "
            "'Copper' (did you mean 'copper'?), 'galium' (did you mean 'gallium'?)"
        )
        (row,) = build_snapshot(cfg, store, now=t0.replace(hour=10)).policy
        assert (row.metal, row.origin) == ("copper", "CL")
