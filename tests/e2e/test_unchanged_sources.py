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
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "refresh"
GUARDIAN = (FIXTURES / "guardian_us.rss.xml").read_bytes()
NBC = (FIXTURES / "nbc_newyork.rss.xml").read_bytes()
# a row whose value cannot be read: the source's warning must survive the runs that skip the parse
CSV = "Date,Close,Settle\n2026-02-25,closed,9000\n2026-02-26,9000,9100\n2026-02-27,9050,9150\n"


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    srv = HTTPServer(host="127.0.0.1", port=0)
    srv.expect_request("/nbc.xml").respond_with_data(NBC, content_type="application/rss+xml")
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()
        srv.clear()


def write_config(tmp_path: Path, server: HTTPServer, column: str = "Close") -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        '[app]\ntimeout = "5s"\nrefresh = "10m"\n'
        '[[metals]]\nid = "copper"\nname = "Copper"\naliases = ["copper"]\n'
        f'[[sources]]\nname = "wire"\nkind = "rss"\nurl = "{tmp_path / "feed.xml"}"\n'
        f'[[sources]]\nname = "nbc"\nkind = "rss"\nurl = "{server.url_for("/nbc.xml")}"\n'
        f'[[sources]]\nname = "lme"\nkind = "csv"\nurl = "{tmp_path / "copper.csv"}"\n'
        f'metal = "copper"\nunit = "USD/t"\nvalue_column = "{column}"\n',
        encoding="utf-8",
    )
    return path


def snapshot(config: Path) -> tuple[dict[str, Any], str]:
    run = subprocess.run(
        [sys.executable, "-m", "tui", "snapshot", "--json", "--force", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    assert "Traceback" not in run.stderr, run.stderr
    doc: dict[str, Any] = json.loads(run.stdout)
    return doc, run.stderr


def sources(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["name"]: s for s in doc["sources"]}


def remembered(name: str) -> dict[str, Any] | None:
    store = Path(os.environ["METALWATCH_CACHE_DIR"]) / "store.sqlite3"
    with sqlite3.connect(store) as conn:
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
