"""Failures inside parsers reach the user in words, never as ``internal error: <ClassName>``;
and a source that waits says until when and why."""

from __future__ import annotations

import csv
import dataclasses
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tui.core.config import load_config
from tui.core.models import SourceHealth
from tui.flow.outcome import plain_error
from tui.flow.refresh import Refresher
from tui.flow.schedule import not_due_note, waiting, with_note
from tui.store import Store

ARTICLE = {
    "url": "https://example.org/a",
    "title": "Copper export ban widens",
    "seendate": "20260101T120000Z",
    "domain": "example.org",
    "language": "English",
}


def run_local(tmp_path: Path, kind: str, body: bytes, extra: str = "") -> tuple[bool, str | None]:
    data = tmp_path / "body.dat"
    data.write_bytes(body)
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        f'[[sources]]\nname = "S"\nkind = "{kind}"\nurl = "{data}"\n{extra}',
        encoding="utf-8",
    )
    import asyncio

    config = load_config(cfg)
    store = Store(tmp_path / "store.sqlite3")
    try:
        refresher = Refresher(config, store)
        (outcome,) = asyncio.run(refresher.run(list(config.sources)))
    finally:
        store.close()
    return outcome.ok, outcome.error


def test_deeply_nested_json_is_said_plainly(tmp_path: Path) -> None:
    ok, error = run_local(tmp_path, "gdelt", b"[" * 200_000 + b"]" * 200_000, 'query = "x"\n')
    assert not ok and error == "the document is nested too deeply to read"


def test_a_csv_field_over_the_limit_is_said_plainly(tmp_path: Path) -> None:
    body = b"date,value\n2026-01-01,9200\n" + b'"' + b"x" * 200_000 + b'",1\n'
    ok, error = run_local(tmp_path, "csv", body, 'metal = "copper"\nunit = "USD/t"\n')
    assert not ok and error is not None
    assert "internal error" not in error and "Error" not in error
    assert error == f"a field is larger than the CSV limit ({csv.field_size_limit():,} bytes)"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_gdelt_in_utf16_is_read(tmp_path: Path, encoding: str) -> None:
    body = json.dumps({"articles": [ARTICLE]}).encode(encoding)
    ok, error = run_local(tmp_path, "gdelt", body, 'query = "x"\n')
    assert ok, error


def test_gdelt_in_an_unknown_encoding_says_so(tmp_path: Path) -> None:
    body = bytes(range(128, 256)) * 4
    ok, error = run_local(tmp_path, "gdelt", body, 'query = "x"\n')
    assert not ok and error is not None and error.startswith("unexpected encoding"), error


def test_plain_error_words() -> None:
    assert plain_error(RecursionError()) == "the document is nested too deeply to read"
    assert plain_error(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")).startswith(
        "unexpected encoding"
    )
    assert plain_error(KeyError("x")) == "internal error: KeyError: 'x'"  # real bugs stay visible


NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def test_waiting_and_its_note() -> None:
    from tui.core.config_types import SourceConfig

    src = SourceConfig(name="S", kind="rss", url="http://example.org/")
    later = NOW + timedelta(hours=1)
    limited = SourceHealth(
        "S",
        "rss",
        ok=False,
        error="HTTP 429 Too Many Requests (asks to wait 1 h)",
        fetched_at=NOW,
        next_attempt=later,
    )
    assert waiting(src, limited, NOW) and not waiting(src, limited, later)
    stamp = later.astimezone().strftime("%H:%M")
    note = not_due_note(limited)
    # another day than today: the date too
    assert note == f"not due until {later.astimezone():%Y-%m-%d} {stamp} (server asked to wait)"
    broken = SourceHealth(
        "S", "rss", ok=False, error="HTTP 500", fetched_at=NOW, next_attempt=later
    )
    assert not_due_note(broken).endswith("(backing off after an error)")
    # a 429 or 503 that asked for no wait (or one in the past) is backed off as any error
    unasked = dataclasses.replace(limited, error="HTTP 503 Service Unavailable")
    assert not_due_note(unasked).endswith("(backing off after an error)")
    healthy = SourceHealth("S", "rss", ok=True, fetched_at=NOW, next_attempt=later)
    assert not waiting(src, healthy, NOW), "a healthy source is fetched by the one-shot commands"
    first = with_note("HTTP 429 Too Many Requests", note)
    assert with_note(first, note) == first == f"HTTP 429 Too Many Requests; {note}"


def test_a_source_not_due_says_whether_anything_of_it_is_shown() -> None:
    import io

    from tui.core.config_types import SourceConfig
    from tui.flow.oneshot import report
    from tui.flow.outcome import Outcome

    src = SourceConfig(name="Busy", kind="rss", url="https://example.org/feed")
    when = datetime(2026, 12, 4, 12, 0, tzinfo=timezone.utc)
    note = "HTTP 429 Too Many Requests; not due until 13:00 (server asked to wait)"
    out = io.StringIO()
    report([Outcome(src, False, when, error=note, items=413, skipped=True)], out)
    report([Outcome(src, False, when, error=note, items=0, skipped=True)], out)
    assert out.getvalue().splitlines() == [
        f"metalwatch: source 'Busy': {note}; showing stored data",
        f"metalwatch: source 'Busy': {note}; nothing stored from it yet",
    ]


def test_a_note_due_within_the_minute_says_its_second() -> None:
    """Read at 12:00:30 of an attempt due at 12:00:50, "not due until 12:00" said it was due
    already; the note says the second, as the sources screen's "Next try" does."""
    for wait in (timedelta(seconds=20), timedelta(seconds=59), timedelta(minutes=7, seconds=5)):
        soon = datetime.now(timezone.utc).replace(microsecond=0) + wait
        if soon.astimezone().date() != datetime.now().astimezone().date():
            continue  # run at midnight: the date form, tested above
        broken = SourceHealth("S", "rss", ok=False, error="HTTP 500", next_attempt=soon)
        want = f"not due until {soon.astimezone():%H:%M:%S} (backing off after an error)"
        assert not_due_note(broken) == want
