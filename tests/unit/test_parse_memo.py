"""A price file read again with the same bytes is not parsed again (``tui.sources.parse_memo``):
each caller still gets its own copy, other bytes or another entry are parsed afresh, a failed
parse is never kept, and kinds whose parse reads the time are never kept."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices, parse_memo, registry
from tui.sources.base import SourceError

DEMO = Path(__file__).resolve().parents[2] / "tui" / "demo"
COPPER = (DEMO / "HG=F_daily.csv").read_bytes()  # Yahoo's daily COMEX copper (PROVENANCE.md)
AT = datetime(2026, 12, 1, tzinfo=UTC)


def copper(**options: Any) -> SourceConfig:
    return SourceConfig(
        name="COMEX copper",
        kind="csv",
        url=str(DEMO / "HG=F_daily.csv"),
        metal="copper",
        options={"value_column": "Close", "unit": "USD/lb", **options},
    )


@pytest.fixture(autouse=True)
def nothing_kept() -> Iterator[None]:
    parse_memo.forget()
    yield
    parse_memo.forget()


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The bytes the csv parser was handed, each time it ran."""
    seen: list[bytes] = []
    real = csv_prices.parse

    def counted(data: bytes, src: SourceConfig, **kw: Any) -> Any:
        seen.append(data)
        return real(data, src, **kw)

    monkeypatch.setattr(csv_prices, "parse", counted)
    return seen


def test_the_same_bytes_are_parsed_once_and_each_caller_gets_its_own_copy(
    calls: list[bytes],
) -> None:
    first = registry.parse(copper(), COPPER, fetched_at=AT)
    second = registry.parse(copper(), COPPER, fetched_at=AT.replace(hour=5))
    assert len(calls) == 1
    assert second == first and second is not first
    assert second.points is not first.points
    assert len(second.points) > 2000


def test_other_bytes_or_another_entry_are_parsed_afresh(calls: list[bytes]) -> None:
    base = registry.parse(copper(), COPPER, fetched_at=AT)
    cut = COPPER[: COPPER.rindex(b"\n", 0, len(COPPER) - 1) + 1]  # the last day left out
    shorter = registry.parse(copper(), cut, fetched_at=AT)
    assert len(calls) == 2 and len(shorter.points) == len(base.points) - 1
    opened = registry.parse(copper(value_column="Open"), COPPER, fetched_at=AT)
    assert len(calls) == 3 and opened.points != base.points
    renamed = dataclasses.replace(copper(), name="copper again")
    registry.parse(renamed, COPPER, fetched_at=AT)
    assert len(calls) == 4


def test_a_failed_parse_is_never_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    tries: list[int] = []
    real = csv_prices.parse

    def flaky(data: bytes, src: SourceConfig, **kw: Any) -> Any:
        tries.append(1)
        if len(tries) == 1:
            raise SourceError("the disk hiccupped")
        return real(data, src, **kw)

    monkeypatch.setattr(csv_prices, "parse", flaky)
    with pytest.raises(SourceError, match="hiccupped"):
        registry.parse(copper(), COPPER, fetched_at=AT)
    assert registry.parse(copper(), COPPER, fetched_at=AT).points
    assert len(tries) == 2


def test_a_padded_file_is_said_padded_each_time_it_is_read() -> None:
    """The NUL padding is cut before the parse and said after it: a kept parse is said again."""
    for _ in range(2):
        got = registry.parse(copper(), COPPER + b"\0" * 64, fetched_at=AT)
        assert "64 NUL bytes at its end left out" in (got.warning or "")


def test_kinds_that_read_the_time_are_never_kept() -> None:
    assert "rss" not in parse_memo.PURE_KINDS and "yahoo" not in parse_memo.PURE_KINDS
    feed = SourceConfig(name="feed", kind="rss", url="https://example.org/feed")
    ran: list[int] = []
    for _ in range(2):
        parse_memo.parsed(feed, b"<rss/>", None, csv_prices.parse, lambda: ran.append(1))
    assert len(ran) == 2


def test_no_more_than_keep_parses_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_memo, "KEEP", 3)
    ran: list[int] = []
    for n in range(5):
        parse_memo.parsed(copper(), b"%d" % n, None, csv_prices.parse, lambda: ran.append(1))
    parse_memo.parsed(copper(), b"0", None, csv_prices.parse, lambda: ran.append(1))  # dropped
    parse_memo.parsed(copper(), b"4", None, csv_prices.parse, lambda: ran.append(1))  # kept
    assert len(ran) == 6
