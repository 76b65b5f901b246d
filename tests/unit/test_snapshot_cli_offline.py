"""``metalwatch snapshot``: the offline case, the last good data printed and ``--offline``
reading the store without fetching.

In-process through ``tui.cli.main`` (capsys) against loopback servers. The conftest autouse
fixture points METALWATCH_CONFIG_DIR/CACHE_DIR at a fresh folder per test, so every test starts
with an empty store.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from snapshot_cli_helpers import (
    NBC_TITLE,
    TIMEOUT,
    check_schema,
    loopback_sources,
    run_cli,
    serve_all,
    write_config,
)


def test_offline_prints_the_last_good_data(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_all(server)
    config = write_config(tmp_path, loopback_sources(server))
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0 and err == []
    online = json.loads(out)
    assert all(s["ok"] for s in online["sources"])
    assert not any(n.startswith("offline") for n in online.get("notes", []))

    port = server.port
    server.stop()  # the network goes away: the port now refuses
    code, out, err, elapsed = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 3
    assert elapsed < TIMEOUT / 2, f"offline snapshot took {elapsed:.1f} s"
    assert err == [
        f"metalwatch: source '{name}': connection refused (127.0.0.1:{port})"
        for name in ("NBC New York", "Guardian US", "FRED copper")
    ]
    offline = json.loads(out)
    check_schema(offline)
    assert [h["title"] for h in offline["headlines"]] == [h["title"] for h in online["headlines"]]
    # the same prices, said to be a failing source's last good ones
    assert [p["source_failing"] for p in online["prices"]] == [False]
    assert [p["source_failing"] for p in offline["prices"]] == [True]
    assert [{**p, "source_failing": None} for p in offline["prices"]] == [
        {**p, "source_failing": None} for p in online["prices"]
    ]
    assert offline["prices"][0]["last"] == pytest.approx(13483.75153846154)
    for before, after in zip(online["sources"], offline["sources"], strict=True):
        assert after["name"] == before["name"]
        assert (after["ok"], after["stale"]) == (False, True)
        assert after["error"] == f"connection refused (127.0.0.1:{port})"
        assert after["last_success"] == before["last_success"]
        assert after["items"] == before["items"]
    notes = offline.get("notes", [])
    assert any(n.startswith("offline") for n in notes), notes
    assert offline.get("mode") == "offline"

    # the text form says so too (--all: the NBC story names no watched metal)
    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--all")
    assert code == 3
    lines = text.splitlines()
    assert any(line.startswith("note: offline") for line in lines), lines[:3]
    assert any(NBC_TITLE in line for line in lines)


def test_offline_flag_reads_the_store_without_fetching(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_all(server)
    config = write_config(tmp_path, loopback_sources(server))
    assert run_cli(capsys, "snapshot", "--config", str(config), "--json")[0] == 0
    requests = len(server.log)
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json", "--offline")
    assert (code, err) == (0, [])
    assert len(server.log) == requests, "--offline must not touch the network"
    assert NBC_TITLE in [h["title"] for h in json.loads(out)["headlines"]]


def test_offline_flag_says_so_when_every_source_failed_when_last_tried(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, [("Gone", "rss", "http://127.0.0.1:9/feed.xml")])
    code, _, err, _ = run_cli(capsys, "snapshot", "--config", str(config))
    assert code == 3 and "connection refused" in err[0]
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json", "--offline")
    doc = json.loads(out)
    assert code == 3, "every source failed when last tried"
    assert doc["mode"] == "offline"
    assert any(n.startswith("offline: every source failed") for n in doc["notes"])


def test_offline_flag_never_passes_the_stored_data_for_live(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_all(server)
    config = write_config(tmp_path, loopback_sources(server))
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0 and json.loads(out)["mode"] == "live"
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json", "--offline")
    doc = json.loads(out)
    assert code == 0, "the sources were healthy when last tried"
    check_schema(doc)
    assert doc["mode"] == "offline"
    (note,) = [n for n in doc["notes"] if n.startswith("offline")]
    when = doc["data_as_of"][:16].replace("T", " ")
    assert note == f"offline (--offline): nothing fetched now; last fetch {when} UTC"
    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--offline")
    assert text.splitlines()[0].endswith("(offline)")
    assert f"note: {note}" in text.splitlines()

    (tmp_path / "other").mkdir()  # a source never fetched: nothing of it stored
    other = write_config(tmp_path / "other", [("Never", "rss", server.url_for("/nbc.xml"))])
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(other), "--json", "--offline")
    assert "offline (--offline): nothing fetched now; none stored" in json.loads(out)["notes"]
