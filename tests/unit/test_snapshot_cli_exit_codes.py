"""``metalwatch snapshot``: exit codes, per-source errors, the JSON contract, failing sources
and servers that do not answer, a store of a newer version.

In-process through ``tui.cli.main`` (capsys) against loopback servers. The conftest autouse
fixture points METALWATCH_CONFIG_DIR/CACHE_DIR at a fresh folder per test, so every test starts
with an empty store.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from snapshot_cli_helpers import (
    GUARDIAN_FIRST,
    GUARDIAN_LAST,
    NBC_TITLE,
    TIMEOUT,
    check_schema,
    closed_port,
    loopback_sources,
    run_cli,
    serve_all,
    write_config,
)

from tui.store import SCHEMA_VERSION


def test_json_from_loopback_sources_with_one_failing(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_all(server)
    sources = [*loopback_sources(server), ("Gone feed", "rss", server.url_for("/gone.xml"))]
    config = write_config(tmp_path, sources)
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")

    assert code == 0, err
    assert err == ["metalwatch: source 'Gone feed': HTTP 410 Gone"]
    doc = json.loads(out)
    check_schema(doc)
    assert doc["metals"] == [{"id": "copper", "name": "Copper", "unit": "USD/t"}]
    titles = [h["title"] for h in doc["headlines"]]
    assert NBC_TITLE in titles and GUARDIAN_FIRST in titles and GUARDIAN_LAST in titles
    outlets = [o for h in doc["headlines"] for o in h.get("outlets", [{}] * h["sources"])]
    assert len(outlets) == 1 + 55, "every stored item is in a story"
    nbc = next(h for h in doc["headlines"] if h["title"] == NBC_TITLE)
    assert nbc["source"] == "NBC New York"
    assert nbc["url"] == (
        "https://www.nbcnewyork.com/news/local/nyc-cops-search-for-stabbing-suspect-after-leaving"
        "-18-year-old-to-bleed-out-on-sidewalk/4956764/"
    )

    (price,) = doc["prices"]
    assert (price["metal"], price["source"], price["unit"]) == ("copper", "FRED copper", "USD/t")
    assert price["as_of"] == "2026-05-01" and price["last"] == pytest.approx(13483.75153846154)
    assert len(price["points"]) == 413 and price["points"][0] == [
        "1992-01-01",
        pytest.approx(2150.57962901611),
    ]
    assert price["change_pct"] == pytest.approx(
        (13483.75153846154 / 12890.687727272731 - 1) * 100, abs=1e-4
    )

    health = {s["name"]: s for s in doc["sources"]}
    assert [s["name"] for s in doc["sources"]] == [
        "NBC New York",
        "Guardian US",
        "FRED copper",
        "Gone feed",
    ]
    assert (health["Guardian US"]["ok"], health["Guardian US"]["items"]) == (True, 55)
    assert (health["FRED copper"]["ok"], health["FRED copper"]["items"]) == (True, 413)
    gone = health["Gone feed"]
    assert (gone["ok"], gone["error"], gone["stale"], gone["last_success"]) == (
        False,
        "HTTP 410 Gone",
        False,
        None,
    )
    assert gone["next_attempt"] > gone["fetched_at"]


def test_every_source_failing_exits_3_with_one_line_per_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port_a, port_b = closed_port(), closed_port()
    config = write_config(
        tmp_path,
        [
            ("Closed A", "rss", f"http://127.0.0.1:{port_a}/feed.xml"),
            ("Closed B", "fred", f"http://127.0.0.1:{port_b}/fredgraph.csv"),
        ],
    )
    code, out, err, elapsed = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 3
    assert err == [
        f"metalwatch: source 'Closed A': connection refused (127.0.0.1:{port_a})",
        f"metalwatch: source 'Closed B': connection refused (127.0.0.1:{port_b})",
    ]
    doc = json.loads(out)
    check_schema(doc)
    assert doc["headlines"] == [] and doc["prices"] == []
    assert [(s["ok"], s["stale"], s["items"]) for s in doc["sources"]] == [(False, False, 0)] * 2
    assert elapsed < TIMEOUT / 2  # a snapshot that waited for the timeout would take all of it


def test_text_output_and_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    port = closed_port()
    config = write_config(tmp_path, [("Closed", "rss", f"http://127.0.0.1:{port}/feed.xml")])
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config))
    assert code == 3 and len(err) == 1
    assert "SOURCES" in out
    assert (
        f"  Closed [rss] error, 0 items (never worked): connection refused (127.0.0.1:{port})"
        in out.splitlines()
    )


@pytest.mark.parametrize(
    ("toml_head", "located"),
    [
        ('[app]\nthme = "x"\n', ":2: app.thme: unknown key (did you mean 'theme'?)"),
        ('[app]\nrefresh = "soon"\n', ":2: app.refresh: bad duration 'soon'"),
    ],
)
def test_config_error_exits_2_with_one_located_line(
    toml_head: str, located: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        toml_head + '\n[[metals]]\nid = "copper"\nname = "Copper"\n'
        '\n[[sources]]\nname = "x"\nkind = "rss"\nurl = "http://127.0.0.1:9/f"\n',
        encoding="utf-8",
    )
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(path), "--json")
    assert code == 2
    doc = json.loads(out)  # stdout stays JSON: the error document, not the snapshot's
    assert (doc["schema"], doc["exit"], doc["error"]) == ("metalwatch.error/1", 2, "config")
    assert len(err) == 1, err
    assert doc["problems"] == [err[0].removeprefix("metalwatch: config error: ")]
    assert err[0].startswith(f"metalwatch: config error: {path}{located}"), err


def test_missing_config_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nope.toml"
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(path))
    assert (code, out) == (2, "")
    assert err == [f"metalwatch: config error: {path}: file not found"]


def test_servers_answering_500_are_failing_not_offline(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every server answered, with HTTP 500: the snapshot said "offline: every source failed"
    while the app's header said the sources were failing (OFFLINE only when no network source
    got an answer). Both say the same now."""
    serve_all(server)
    config = write_config(tmp_path, loopback_sources(server))
    code, _, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0
    server.clear()
    for path in ("/nbc.xml", "/guardian.xml", "/fredgraph.csv"):
        server.expect_request(path).respond_with_data("boom", status=500)
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 3 and len(err) == 3 and all("HTTP 500" in line for line in err), err
    doc = json.loads(out)
    check_schema(doc)
    assert doc["mode"] == "failing"
    (note,) = doc["notes"]
    assert note.startswith("every source failed; servers answered (failing, not offline); ")
    assert "showing the last good data" in note and "stale" in note
    assert not any("offline:" in n for n in doc["notes"])
    assert all(s["stale"] and not s["ok"] for s in doc["sources"])
    # the text form and --offline (nothing fetched now: its mode, the same words of the failure)
    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config))
    lines = text.splitlines()
    assert code == 3 and lines[0].endswith("(failing)"), lines[0]
    assert any(line.startswith("note: every source failed; servers answered") for line in lines)
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json", "--offline")
    doc = json.loads(out)
    assert code == 3 and doc["mode"] == "offline"
    assert doc["notes"][0].startswith(
        "every source failed when last tried; servers answered (failing, not offline); "
    )


def test_no_answer_from_any_server_is_offline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Refused connections on every network source (the header's OFFLINE too): a refusal is
    no answer from a server, so nothing of the network is reachable for this config."""
    config = write_config(
        tmp_path,
        [
            ("Closed A", "rss", f"http://127.0.0.1:{closed_port()}/feed.xml"),
            ("Closed B", "fred", f"http://127.0.0.1:{closed_port()}/fredgraph.csv"),
        ],
    )
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    doc = json.loads(out)
    assert code == 3 and doc["mode"] == "offline"
    assert doc["notes"] == [
        "offline: every source failed without an answer from the network; no data cached yet"
    ]


def test_a_store_of_a_newer_version_is_kept_and_the_json_says_nothing_is_saved(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The cache a newer metalwatch wrote is left as it is and this run goes on in memory: the
    JSON says so (``notes``, ``fetched but not saved``) as it does for a read-only cache; its
    readers were told nothing, and the cache was moved aside as "unreadable"."""
    import sqlite3

    serve_all(server)
    config = write_config(tmp_path, loopback_sources(server))
    assert run_cli(capsys, "snapshot", "--config", str(config))[0] == 0
    store = Path(os.environ["METALWATCH_CACHE_DIR"]) / "store.sqlite3"
    with sqlite3.connect(store) as conn:
        conn.execute("PRAGMA user_version = 99")
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0
    said = (
        f"cache was written by a newer metalwatch (schema version 99; this one reads {SCHEMA_VERSION}): left "
        f"as it is, none of it shown; new data is not saved ({store})"
    )
    assert err == [f"metalwatch: {said}"]
    doc = json.loads(out)
    assert doc["notes"] == [said]
    assert all(s["ok"] and s["warning"] == "fetched but not saved" for s in doc["sources"])
    assert doc["headlines"] and doc["prices"], "this run's data is shown"
    with sqlite3.connect(store) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (99,)
    assert [p.name for p in store.parent.iterdir() if ".corrupt-" in p.name] == []


def test_every_local_file_failing_names_no_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With every source a local file and none readable, the note said "servers answered
    (failing, not offline)": no server was asked. It says the files could not be read."""
    missing = tmp_path / "gone.csv"
    config = write_config(tmp_path, [("Desk prices", "fred", str(missing))])
    code, out, _err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 3
    doc = json.loads(out)
    assert doc["notes"] == ["every source failed; files that could not be read; no data cached yet"]
    assert doc["mode"] == "failing"
