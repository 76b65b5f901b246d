"""Both sides of a corridor: the exporter's measure and the importer's on one row. Graphite
CN->US: the US anti-dumping duty on Chinese graphite (93.5%) stands when China pauses its export
controls for the US; the row turns ``resuming`` and says the duty beside it."""

from __future__ import annotations

from datetime import date, datetime, timezone

from tui.core.models import DeclaredPolicy, Evidence, Metal, OtherSide, PolicyEvent
from tui.engine.board import build_board
from tui.engine.board_sides import side_of
from tui.engine.classifier import classify

NOW = datetime(2025, 12, 1, 12, 0, tzinfo=timezone.utc)
METALS = (Metal("graphite", "Graphite", ("graphite",)), Metal("gallium", "Gallium", ("gallium",)))
DUTY = "US imposes 93.5% anti-dumping duty on Chinese graphite"
PAUSE = "China suspends graphite export controls for the United States"


def _inferred(title: str, day: str) -> tuple[PolicyEvent, Evidence]:
    event = classify(title, "", METALS)
    assert event is not None, title
    published = datetime.fromisoformat(day + "T09:00:00+00:00")
    return event, Evidence("inferred", title, f"https://example.com/{day}", "wire", published)


def _row(*events: tuple[PolicyEvent, Evidence], declared: tuple[DeclaredPolicy, ...] = ()):  # type: ignore[no-untyped-def]
    rows = build_board(list(declared), list(events), now=NOW)
    return next(r for r in rows if (r.metal, r.origin, r.destination) == ("graphite", "CN", "US"))


def test_the_us_duty_stands_beside_chinas_pause() -> None:
    row = _row(_inferred(DUTY, "2025-07-17"), _inferred(PAUSE, "2025-11-10"))
    assert (row.status, row.since) == ("resuming", date(2025, 11, 10)), "the row's own status"
    assert row.other_side == OtherSide("importer", "tariff", 93.5, date(2025, 7, 17))


def test_the_exporters_controls_stand_beside_an_importers_tariff() -> None:
    row = _row(
        _inferred("China imposes export controls on graphite to US", "2025-10-09"),
        _inferred(DUTY, "2025-11-02"),
    )
    assert (row.status, row.rate_pct) == ("tariff", 93.5)
    assert row.other_side == OtherSide("exporter", "licensing", None, date(2025, 10, 9))


def test_a_lifted_measure_of_the_other_side_is_not_carried() -> None:
    row = _row(
        _inferred(DUTY, "2025-07-17"),
        _inferred("US lifts anti-dumping duty on Chinese graphite", "2025-09-01"),
        _inferred(PAUSE, "2025-11-10"),
    )
    assert row.status == "resuming"
    assert row.other_side is None, "the duty was lifted"


def test_an_ended_declared_measure_is_not_carried() -> None:
    duty = DeclaredPolicy(
        "graphite", "CN", "US", "tariff", date(2025, 7, 17), 93.5,
        note="US anti-dumping duty", until=date(2025, 10, 31),
    )  # fmt: skip
    assert _row(_inferred(PAUSE, "2025-11-10"), declared=(duty,)).other_side is None
    standing = DeclaredPolicy(
        "graphite", "CN", "US", "tariff", date(2025, 7, 17), 93.5, note="US anti-dumping duty"
    )
    carried = _row(_inferred(PAUSE, "2025-11-10"), declared=(standing,)).other_side
    assert carried == OtherSide("importer", "tariff", 93.5, date(2025, 7, 17))


def test_nothing_is_added_where_the_side_cannot_be_told() -> None:
    # a declared entry with no words of its own: whose measure it is, unknown
    bare = DeclaredPolicy("graphite", "CN", "US", "tariff", date(2025, 7, 17), 93.5)
    assert _row(_inferred(PAUSE, "2025-11-10"), declared=(bare,)).other_side is None
    # a later lift whose side cannot be told may be the lift of the duty
    ease = DeclaredPolicy("graphite", "CN", "US", "resuming", date(2025, 9, 1), note="Truce")
    row = _row(_inferred(DUTY, "2025-07-17"), _inferred(PAUSE, "2025-11-10"), declared=(ease,))
    assert row.other_side is None
    # one side only: nothing beside it
    assert _row(_inferred(DUTY, "2025-07-17")).other_side is None


def test_the_side_is_read_from_export_or_import_words() -> None:
    def side(title: str) -> str | None:
        return side_of(Evidence("inferred", title, None, "wire", None))

    assert side(PAUSE) == "exporter"
    assert side("China halts graphite exports to US") == "exporter"
    assert side("Indonesia raises nickel export duty") == "exporter", "a duty on exports"
    assert side(DUTY) == "importer"
    assert side("US bans imports of Russian aluminium") == "importer"
    assert side("Countervailing duties on graphite anodes") == "importer"
    assert side("US tariffs hit Chinese graphite exports") is None, "both: not told"
    assert side("Graphite curbs tighten") is None


def test_the_snapshot_cache_keeps_it() -> None:
    import json

    from tui.store.snapshot_codec import encode, hook

    row = _row(_inferred(DUTY, "2025-07-17"), _inferred(PAUSE, "2025-11-10"))
    back = json.loads(json.dumps(encode(row)), object_hook=hook)
    assert back.other_side == OtherSide("importer", "tariff", 93.5, date(2025, 7, 17))
    assert back == row
