"""The chart's provenance line says what a source did not say in words, not as a bare token.

Found in session 25 driving the app: a CSV source with no ``price_type`` read "symbol copper ·
unknown · daily", and a series with no unit "unit  ·"; an empty source kind printed "()"."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tui.core.models import PriceSeries
from tui.ui.chart_frames import provenance

NOW = datetime(2026, 12, 5, 12, tzinfo=timezone.utc)
POINTS = ((date(2026, 12, 3), 11020.0), (date(2026, 12, 4), 11050.5))


def line(**fields: object) -> str:
    base: dict[str, object] = {"source": "LME copper", "symbol": "copper", "unit": "USD/t"}
    base.update(fields)
    series = PriceSeries(points=POINTS, metal="copper", **base)  # type: ignore[arg-type]
    return provenance(series, NOW, "", demo=False).plain.splitlines()[0]


@pytest.mark.parametrize("kind", ["unknown", ""])
def test_a_price_type_not_given_is_said_so(kind: str) -> None:
    shown = line(kind=kind, source_kind="csv")
    assert "price type not given" in shown, shown
    assert "· unknown ·" not in shown and "·  ·" not in shown


@pytest.mark.parametrize("kind", ["futures", "spot", "monthly-average"])
def test_a_price_type_given_is_shown_as_is(kind: str) -> None:
    shown = line(kind=kind, source_kind="yahoo")
    assert f"· {kind} ·" in shown and "not given" not in shown


@pytest.mark.parametrize("unit", ["", "  "])
def test_no_unit_is_said_so(unit: str) -> None:
    shown = line(unit=unit, kind="spot", source_kind="csv")
    assert "unit unknown" in shown and "unit  ·" not in shown


def test_an_empty_source_kind_prints_no_brackets() -> None:
    shown = line(kind="spot", source_kind="")
    assert shown.startswith("Source: LME copper · symbol copper"), shown
    assert "()" not in shown
    assert line(kind="spot", source_kind="fred").startswith("Source: LME copper (fred) ·")
