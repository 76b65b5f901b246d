"""``metalwatch snapshot`` over a local feed: a corridor's other side beside its row, in the
JSON (``other_side``) and in the text (``[also US: tariff 93.5% since ...]``)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest
from snapshot_cli_helpers import check_schema, run_cli


def _config(tmp_path: Path, items: list[tuple[str, datetime]]) -> Path:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        + "".join(
            f"<item><title>{title}</title><link>https://example.com/{n}</link>"
            f"<pubDate>{format_datetime(when, usegmt=True)}</pubDate></item>"
            for n, (title, when) in enumerate(items)
        )
        + "</channel></rss>",
        encoding="utf-8",
    )
    path = tmp_path / "config.toml"
    path.write_text(
        '[app]\ntimeout = "3s"\nrefresh = "10m"\n'
        '[[metals]]\nid = "graphite"\nname = "Graphite"\naliases = ["graphite"]\n'
        f'\n[[sources]]\nname = "local"\nkind = "rss"\nurl = "{feed}"\n',
        encoding="utf-8",
    )
    return path


def test_snapshot_carries_the_other_sides_duty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    now = datetime.now(timezone.utc)
    duty_day = now - timedelta(days=120)
    config = _config(
        tmp_path,
        [
            ("US imposes 93.5% anti-dumping duty on Chinese graphite", duty_day),
            (
                "China suspends graphite export controls for the United States",
                now - timedelta(days=3),
            ),
        ],
    )
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert (code, err) == (0, [])
    doc = json.loads(out)
    check_schema(doc)
    (row,) = doc["policy"]
    assert (row["origin"], row["destination"], row["status"]) == ("CN", "US", "resuming")
    assert row["other_side"] == {
        "side": "importer",
        "status": "tariff",
        "rate_pct": 93.5,
        "since": duty_day.date().isoformat(),
    }
    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--offline")
    (line,) = [ln for ln in text.splitlines() if ln.startswith("  graphite ")]
    assert f"[also US: tariff 93.5% since {duty_day.date().isoformat()}]" in line, line
