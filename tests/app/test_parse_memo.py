"""The app tests' kept parses (``tests/app/parse_memo.py``): a price file read again with the same
bytes is not parsed again, each start still gets its own copy, other bytes or another entry are
parsed afresh, a failed parse is never kept, and kinds whose parse reads the time never are."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.app import parse_memo
from tui.core.config_types import SourceConfig
from tui.sources import csv_prices, registry
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


@pytest.fixture
def parse() -> parse_memo.Parse:
    """A kept parse of its own, over the real ``registry.parse`` (which the app tests' wrapper,
    on during every app test, wraps)."""
    real = getattr(registry.parse, "__wrapped__", None)  # the wrapper is on in every app test
    assert real is not None and real.__module__ == "tui.sources.registry", registry.parse
    return parse_memo.remembering(real)


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


def test_the_same_bytes_are_parsed_once_and_each_start_gets_its_own_copy(
    parse: parse_memo.Parse, calls: list[bytes]
) -> None:
    first = parse(copper(), COPPER, fetched_at=AT)
    second = parse(copper(), COPPER, fetched_at=AT.replace(hour=5))
    assert len(calls) == 1
    assert second == first and second is not first
    assert second.points is not first.points and len(second.points) > 2000


def test_other_bytes_or_another_entry_are_parsed_afresh(
    parse: parse_memo.Parse, calls: list[bytes]
) -> None:
    base = parse(copper(), COPPER, fetched_at=AT)
    cut = COPPER[: COPPER.rindex(b"\n", 0, len(COPPER) - 1) + 1]  # the last day left out
    shorter = parse(copper(), cut, fetched_at=AT)
    assert len(calls) == 2 and len(shorter.points) == len(base.points) - 1
    opened = parse(copper(value_column="Open"), COPPER, fetched_at=AT)
    assert len(calls) == 3 and opened.points != base.points
    parse(dataclasses.replace(copper(), name="copper again"), COPPER, fetched_at=AT)
    parse(copper(), COPPER, fetched_at=AT, headers={"content-type": "text/csv; charset=latin-1"})
    assert len(calls) == 5


def test_a_failed_parse_is_never_kept(
    parse: parse_memo.Parse, monkeypatch: pytest.MonkeyPatch
) -> None:
    tries: list[int] = []
    real = csv_prices.parse

    def flaky(data: bytes, src: SourceConfig, **kw: Any) -> Any:
        tries.append(1)
        if len(tries) == 1:
            raise SourceError("the disk hiccupped")
        return real(data, src, **kw)

    monkeypatch.setattr(csv_prices, "parse", flaky)
    with pytest.raises(SourceError, match="hiccupped"):
        parse(copper(), COPPER, fetched_at=AT)
    assert parse(copper(), COPPER, fetched_at=AT).points
    assert len(tries) == 2


def test_a_padded_file_is_said_padded_each_time_it_is_read(parse: parse_memo.Parse) -> None:
    for _ in range(2):
        got = parse(copper(), COPPER + b"\0" * 64, fetched_at=AT)
        assert "64 NUL bytes at its end left out" in (got.warning or "")


def test_kinds_that_read_the_time_are_never_kept() -> None:
    assert not {"rss", "yahoo", "gdelt", "federal-register"} & parse_memo.PURE_KINDS
    ran: list[str] = []

    def counted(src: SourceConfig, data: bytes, **kw: Any) -> str:
        ran.append(src.kind)
        return "parsed"

    parse = parse_memo.remembering(counted)
    feed = SourceConfig(name="feed", kind="rss", url="https://example.org/feed")
    for _ in range(2):
        parse(feed, b"<rss/>", fetched_at=AT)
        parse(copper(), b"x", fetched_at=AT)
    assert ran == ["rss", "csv", "rss"]


def test_no_more_than_keep_parses_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_memo, "KEEP", 3)
    ran: list[bytes] = []

    def counted(src: SourceConfig, data: bytes, **kw: Any) -> bytes:
        ran.append(data)
        return data

    parse = parse_memo.remembering(counted)
    for n in range(5):
        parse(copper(), b"%d" % n, fetched_at=AT)
    assert parse(copper(), b"0", fetched_at=AT) == b"0"  # the oldest, dropped: parsed again
    assert parse(copper(), b"4", fetched_at=AT) == b"4"  # the newest, kept
    assert ran == [b"0", b"1", b"2", b"3", b"4", b"0"]
