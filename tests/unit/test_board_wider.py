"""A newer status for every exporter (or every importer) beside an older corridor's own: said
on the corridor's row, never assumed. Canada's exemption from the US aluminium tariffs (2019)
showed "resuming since 2019" in 2025, after "ends exemptions for all countries" had put every
exporter at 50% (found by the board's audit over real sequences of events)."""

from __future__ import annotations

from datetime import date, datetime, timezone

from tui.core.models import DeclaredPolicy, Metal, Snapshot
from tui.engine.board import build_board
from tui.flow.snapshot import to_json, to_text

NOW = datetime(2025, 7, 1, tzinfo=timezone.utc)


def _rows(*declared: DeclaredPolicy):  # type: ignore[no-untyped-def]
    return {(r.origin, r.destination): r for r in build_board(list(declared), [], now=NOW)}


def test_a_newer_status_for_every_exporter_is_said_on_the_older_corridor() -> None:
    rows = _rows(
        DeclaredPolicy("aluminium", "CA", "US", "resuming", date(2019, 5, 20)),
        DeclaredPolicy("aluminium", "*", "US", "tariff", date(2025, 6, 4), 50.0),
        DeclaredPolicy("aluminium", "GB", "US", "tariff", date(2025, 6, 4), 25.0),
        DeclaredPolicy("aluminium", "MX", "US", "tariff", date(2025, 7, 1), 50.0),
    )
    canada = rows[("CA", "US")]
    assert (canada.status, canada.since) == ("resuming", date(2019, 5, 20)), "never changed"
    general = canada.newer_general
    assert general is not None
    assert (general.origin, general.status, general.rate_pct, general.since) == (
        "*",
        "tariff",
        50.0,
        date(2025, 6, 4),
    )
    assert general.evidence == (), "the wider row's trail stays on its own row"
    assert rows[("GB", "US")].newer_general is None, "the same day: an exception, not older"
    assert rows[("MX", "US")].newer_general is None, "newer than the general one"
    assert rows[("*", "US")].newer_general is None


def test_only_a_newer_different_status_in_force_counts() -> None:
    same = _rows(
        DeclaredPolicy("steel", "CA", "US", "tariff", date(2018, 6, 1), 25.0),
        DeclaredPolicy("steel", "*", "US", "tariff", date(2025, 3, 12), 25.0),
    )
    assert same[("CA", "US")].newer_general is None, "it says the same"
    older = _rows(
        DeclaredPolicy("steel", "CA", "US", "resuming", date(2025, 5, 1)),
        DeclaredPolicy("steel", "*", "US", "tariff", date(2025, 3, 12), 25.0),
    )
    assert older[("CA", "US")].newer_general is None
    planned = _rows(
        DeclaredPolicy("steel", "CA", "US", "resuming", date(2019, 5, 20)),
        DeclaredPolicy("steel", "*", "US", "tariff", date(2025, 6, 1), 50.0, proposed=True),
    )
    assert planned[("CA", "US")].newer_general is None, "a plan is no status"


def test_a_newer_status_for_every_importer_too() -> None:
    rows = _rows(
        DeclaredPolicy("gallium", "CN", "US", "suspended", date(2024, 12, 3)),
        DeclaredPolicy("gallium", "CN", "*", "licensing", date(2025, 6, 9)),
    )
    general = rows[("CN", "US")].newer_general
    assert general is not None and (general.origin, general.destination) == ("CN", "*")


def test_the_snapshot_says_it_in_json_and_text() -> None:
    rows = build_board(
        [
            DeclaredPolicy("aluminium", "CA", "US", "resuming", date(2019, 5, 20)),
            DeclaredPolicy("aluminium", "*", "US", "tariff", date(2025, 6, 4), 50.0),
        ],
        [],
        now=NOW,
    )
    snap = Snapshot(NOW, [Metal("aluminium", "Aluminium")], policy=rows)
    by_corridor = {(r["origin"], r["destination"]): r for r in to_json(snap)["policy"]}
    assert by_corridor[("CA", "US")]["newer_general"] == {
        "origin": "*",
        "destination": "US",
        "status": "tariff",
        "rate_pct": 50.0,
        "since": "2025-06-04",
    }
    assert by_corridor[("*", "US")]["newer_general"] is None
    line = next(ln for ln in to_text(snap).splitlines() if "CA->US" in ln)
    assert "[newer for every exporter: *->US tariff 50% since 2025-06-04]" in line, line
