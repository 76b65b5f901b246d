"""The text snapshot's HEADLINES times are UTC, and its heading says so (as the app's headline
list says "Date UTC"): a reader in New York took ``2026-12-05 14:05`` for a local time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tui.core.config import parse_config
from tui.core.models import Headline
from tui.flow.snapshot import build_snapshot, to_text
from tui.store import Store

NOW = datetime(2026, 12, 5, 14, 5, tzinfo=timezone.utc)


@pytest.mark.parametrize("show_all", [False, True])
def test_the_headlines_heading_names_the_zone_of_its_times(tmp_path: Path, show_all: bool) -> None:
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/f.xml"}],
        },
        None,
    )
    with Store(tmp_path / "s.sqlite3") as store:
        rows = [
            Headline(
                "Copper price steadies", "https://example.org/1", "news", NOW - timedelta(hours=3)
            ),
            Headline(
                "Markets close higher", "https://example.org/2", "news", NOW - timedelta(hours=1)
            ),
        ]
        store.save_headlines("news", rows, seen_at=NOW)
        text = to_text(build_snapshot(config, store, now=NOW), show_all=show_all)
    lines = text.splitlines()
    (heading,) = [ln for ln in lines if ln.startswith("HEADLINES")]
    assert heading.endswith(", times UTC"), heading
    assert "  2026-12-05 11:05  Copper price steadies  (news) [copper]" in lines  # 11:05 UTC
