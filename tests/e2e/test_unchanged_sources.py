"""The real ``metalwatch snapshot --json --force`` run again and again over real local source
files and a real HTTP server (pytest-httpserver on 127.0.0.1), each run its own process on one
SQLite store: bytes parsed by an earlier process are not parsed again, and what the user sees
is what a parse gives (stories, prices, health, warnings); a broken file is read and refused on
every run, and once fixed is trusted again; a changed column mapping reads the same file anew.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

from tests.e2e.snapshot_runs import GUARDIAN, NBC, serve, source, store_file
from tests.e2e.snapshot_runs import snapshot as run_snapshot
from tests.e2e.snapshot_runs import write_config as config_file

# a row whose value cannot be read: the source's warning must survive the runs that skip the parse
CSV = "Date,Close,Settle\n2026-02-25,closed,9000\n2026-02-26,9000,9100\n2026-02-27,9050,9150\n"


def write_config(tmp_path: Path, server: HTTPServer, column: str = "Close") -> Path:
    """A feed file, a feed on the server and a price file, the prices read from ``column``."""
    serve(server, {"/nbc.xml": (NBC, "application/rss+xml")})
    return config_file(
        tmp_path,
        [
            source("wire", "rss", str(tmp_path / "feed.xml")),
            source("nbc", "rss", server.url_for("/nbc.xml")),
            source(
                "lme",
                "csv",
                str(tmp_path / "copper.csv"),
                metal="copper",
                unit="USD/t",
                value_column=column,
            ),
        ],
    )


def snapshot(config: Path) -> tuple[dict[str, Any], str]:
    run = run_snapshot(config, "--json", timeout=120)
    assert "Traceback" not in run.stderr, run.stderr
    doc: dict[str, Any] = json.loads(run.stdout)
    return doc, run.stderr


def sources(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["name"]: s for s in doc["sources"]}


def remembered(name: str) -> dict[str, Any] | None:
    with sqlite3.connect(store_file()) as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (f"content:{name}",)).fetchone()
    return None if row is None else dict(json.loads(row[0]))


def aged(path: Path) -> None:
    at = path.stat().st_mtime - 3600
    os.utime(path, (at, at))


def shown(doc: dict[str, Any]) -> tuple[list[str], list[Any]]:
    prices = [(p["source"], p["last"]) for p in doc["prices"]]
    return [h["title"] for h in doc["headlines"]], prices


def test_runs_over_unchanged_and_broken_sources(tmp_path: Path, server: HTTPServer) -> None:
    feed, prices = tmp_path / "feed.xml", tmp_path / "copper.csv"
    feed.write_bytes(GUARDIAN)
    prices.write_text(CSV, encoding="utf-8")
    aged(feed)
    aged(prices)
    config = write_config(tmp_path, server)

    first, err1 = snapshot(config)
    assert all(s["ok"] and s["error"] is None for s in first["sources"])
    warning = sources(first)["lme"]["warning"]
    assert warning and "closed" in warning and "'lme'" in err1  # said on stderr too
    wire = remembered("wire")
    assert wire is not None and wire["digest"] == hashlib.sha256(GUARDIAN).hexdigest()

    second, err2 = snapshot(config)  # another process: nothing parsed, the same data shown
    assert shown(second) == shown(first)
    for name, s in sources(second).items():
        before = sources(first)[name]
        assert s["ok"] and not s["stale"] and s["error"] is None
        assert (s["items"], s["warning"]) == (before["items"], before["warning"])
        assert s["last_success"] >= before["last_success"]
    assert err2 == err1
    assert len(server.log) == 2 and all(r.status_code == 200 for _, r in server.log)
    assert remembered("wire") == wire  # stat trusted: not even re-hashed

    # a broken feed file: refused on this run and the next (parsed each time), data kept
    feed.write_bytes(b"<html><body>Checking your browser</body></html>")
    aged(feed)
    for _ in range(2):
        broken, err = snapshot(config)
        assert sources(broken)["wire"]["ok"] is False and "'wire'" in err
        assert shown(broken) == shown(first)
    assert remembered("wire") == wire  # still the bytes the stored stories came from

    feed.write_bytes(GUARDIAN)  # fixed: the same bytes as stored, trusted again
    aged(feed)
    fixed, _err = snapshot(config)
    assert sources(fixed)["wire"]["ok"] and sources(fixed)["wire"]["error"] is None
    assert shown(fixed) == shown(first)

    # the same price file under another column mapping is read anew
    settle, _err = snapshot(write_config(tmp_path, server, column="Settle"))
    assert sources(settle)["lme"]["ok"]
    assert [p["last"] for p in settle["prices"]] == [9150]
    assert [p["last"] for p in first["prices"]] == [9050]
