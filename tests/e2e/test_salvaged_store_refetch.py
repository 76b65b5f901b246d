"""A store that lost rows (moved aside as damaged and salvaged in part, or rows gone from a sound
file) is filled again by the next refresh, also when the servers send the very bytes they sent
before.

The refresher remembers the bytes of each source's last stored delivery (``tui.flow.unchanged``)
so the same bytes are not parsed again. That record lives in the store's meta table, which a
salvage copies like any other; when the prices or policy entries it stood for were lost, the
same bytes next time were taken as "already stored": the source said "ok, 413 items" while the
panel showed no price at all, and ``--force`` did not help (issue seen with a store cut short:
"saved from it: 1 price series, ...; lost: all price points").

Real ``metalwatch snapshot`` processes against a loopback server (plain answers, and answers
with an ETag that a second request gets as a 304 from the HTTP cache), real SQLite files.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import struct
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.e2e.snapshot_runs import (
    COPPER,
    COPPER_TARIFF,
    FRED,
    GALLIUM,
    GUARDIAN,
    cache_dir,
    fred_copper,
    metalwatch,
    serve,
    snapshot_json,
    source,
    store_file,
    write_config,
)

POLICY = (
    COPPER_TARIFF
    + b"""
[[policy]]
metal = "gallium"
origin = "CN"
destination = "US"
status = "suspended"
since = 2024-12-03
url = "https://example.org/gallium"
"""
)
BODIES = {
    "/guardian.xml": (GUARDIAN, "application/rss+xml"),
    "/fredgraph.csv": (FRED, "text/csv"),
    "/policy.toml": (POLICY, "text/plain"),
}


def answer(etag: bool) -> Callable[[Request], Response]:
    def handler(request: Request) -> Response:
        body, media = BODIES[request.path]
        tag = f'"{len(body)}"'
        if etag and request.headers.get("If-None-Match") == tag:
            return Response(status=304, headers={"ETag": tag})
        headers = {"ETag": tag, "Cache-Control": "no-cache"} if etag else {}
        return Response(body, content_type=media, headers=headers)

    return handler


class Seeded(NamedTuple):
    """A store filled by one real ``snapshot`` run: its config, what that run showed and the
    cache folder it left (the store checkpointed whole into its main file, the HTTP cache)."""

    config: Path
    before: dict[str, Any]
    cache: Path


@contextmanager
def isolated(home: Path) -> Iterator[None]:
    """The environment tests/conftest.py gives a test, for a run outside any one test: its own
    config and cache folders under ``home``, no proxy, no colour or terminal settings."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CONFIG_HOME", str(home / "config"))
        mp.setenv("XDG_CACHE_HOME", str(home / "cache"))
        mp.setenv("METALWATCH_CONFIG_DIR", str(home / "config" / "metalwatch"))
        mp.setenv("METALWATCH_CACHE_DIR", str(home / "cache" / "metalwatch"))
        for name in ("NO_COLOR", "TEXTUAL", "COLUMNS", "LINES"):
            mp.delenv(name, raising=False)
        for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
            mp.delenv(name, raising=False)
            mp.delenv(name.upper(), raising=False)
        yield


@pytest.fixture(scope="module", params=[False, True], ids=["same-bytes", "etag-304"])
def seeded(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Seeded]:
    """A feed, a price series and a register, each answered the same every time (with an ETag
    that turns a second request into a 304, or without), a config reading them, and the store
    one ``snapshot`` filled from them: seeded once a module and process, copied to each test
    (``config``), the server kept running so that each test's run asks the same URLs."""
    srv = HTTPServer(host="127.0.0.1", port=0)
    srv.start()
    try:
        serve(srv, {path: answer(request.param) for path in BODIES})
        home = tmp_path_factory.mktemp("seeded")
        config = write_config(
            home,
            [
                source("Guardian", "rss", srv.url_for("/guardian.xml")),
                fred_copper(srv.url_for("/fredgraph.csv")),
                source("Register", "policy-file", srv.url_for("/policy.toml")),
            ],
            metals=COPPER + GALLIUM,
        )
        with isolated(home):
            before = shown(snapshot_json(config))
            checkpoint()
            cache = cache_dir()
        yield Seeded(config, before, cache)
    finally:
        srv.stop()
        srv.clear()


@pytest.fixture
def config(seeded: Seeded) -> Path:
    """The seeded store (and HTTP cache) copied into this test's cache folder; the config."""
    shutil.copytree(seeded.cache, cache_dir(), dirs_exist_ok=True)
    return seeded.config


def shown(doc: dict[str, Any]) -> dict[str, Any]:
    """What the panels show of each kind: the price's last value and date, the declared rows."""
    return {
        "prices": [(p["metal"], p["last"], p["as_of"], len(p["points"])) for p in doc["prices"]],
        "policy": sorted(
            (r["metal"], r["origin"], r["destination"], r["status"])
            for r in doc["policy"]
            if any(e["kind"] == "declared" for e in r["evidence"])
        ),
        "stories": len(doc["headlines"]),
    }


def checkpoint() -> None:
    """The seeded store whole in its main file (no WAL beside it), as a closed app leaves it."""
    conn = sqlite3.connect(store_file())
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{store_file()}{suffix}").unlink(missing_ok=True)


@pytest.mark.parametrize(
    "lose",
    [
        "DELETE FROM price_points",
        "DELETE FROM declared",
        "DELETE FROM price_points; DELETE FROM declared; DELETE FROM headlines",
    ],
)
def test_rows_gone_from_the_store_come_back_with_the_same_bytes(
    seeded: Seeded, config: Path, lose: str
) -> None:
    before = seeded.before
    assert before["prices"][0][1] is not None and len(before["policy"]) == 2
    conn = sqlite3.connect(store_file())
    conn.executescript(lose)  # the record of the bytes stored last time stays in meta
    conn.close()
    after = snapshot_json(config)
    assert all(s["ok"] for s in after["sources"]), after["sources"]
    assert shown(after) == before, "a source said ok shows what it delivered"


@pytest.mark.parametrize("keep", [0.25, 0.4, 0.55])
def test_a_store_cut_short_and_salvaged_is_filled_again_by_the_next_refresh(
    seeded: Seeded, config: Path, keep: float
) -> None:
    before = seeded.before
    path = store_file()
    with path.open("r+b") as f:
        f.truncate(int(path.stat().st_size * keep) // 4096 * 4096 + 123)  # mid-page, as a crash
    done = metalwatch("snapshot", "--json", "--config", str(config))
    assert done.returncode == 0, done.stderr
    assert "moved aside" in done.stderr, done.stderr
    after = json.loads(done.stdout)
    assert all(s["ok"] for s in after["sources"]), after["sources"]
    assert shown(after) == before, done.stderr


def _stored_points() -> dict[str, float]:
    conn = sqlite3.connect(store_file())
    try:
        return dict(conn.execute("SELECT date, value FROM price_points"))
    finally:
        conn.close()


def test_a_price_changed_in_place_comes_back_with_the_same_bytes(
    seeded: Seeded, config: Path
) -> None:
    """A point whose bytes changed in place is left out and removed as damaged; the source's
    next answer, the very bytes stored before (or a 304), stores it again: before, the
    refresher took those bytes as already stored, and the point was gone for good (the chart
    one point short, the source saying "ok, 413 items")."""
    points = _stored_points()
    day = sorted(points)[len(points) // 2]
    find = day.encode() + struct.pack(">d", points[day])
    data = bytearray(store_file().read_bytes())
    assert data.count(find) == 1, "the point's date and price, once: on its leaf page"
    data[data.index(find) + len(day) + 6] ^= 0x10  # one bit of the mantissa
    store_file().write_bytes(bytes(data))
    first = metalwatch("snapshot", "--json", "--config", str(config))
    assert first.returncode == 0, first.stderr
    assert "damaged rows in the cache left out: 1 price point" in first.stdout + first.stderr
    second = snapshot_json(config)
    assert shown(second) == seeded.before, "every point the source delivered is shown"
    assert _stored_points() == points, "the point stored again with its true price"
