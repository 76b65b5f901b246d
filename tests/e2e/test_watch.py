"""``metalwatch watch``: headless rounds against a loopback server, delivering alerts to stdout,
to a command (JSON on stdin) and to the bell; ``snapshot --json`` carries the alerts it fired.

The server serves a real FRED copper CSV (first cut before the month copper crossed 13,000
USD/t, then whole) and a real Reuters RSS capture holding an "LME ... copper squeeze" headline.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

from tests.story_titles import title_of
from tui.cli import main
from tui.core.config import load_config
from tui.flow.watch import run_watch
from tui.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "alerts"
FRED = (FIXTURES / "fred_PCOPPUSDM_2026-05.csv").read_bytes()
FRED_TO_APRIL = b"".join(ln for ln in FRED.splitlines(keepends=True) if b"2026-05-01" not in ln)
REUTERS = (FIXTURES / "reuters_via_googlenews_direct.rss.xml").read_bytes()
SQUEEZE = "LME gripped by flash squeeze as copper tensions boil over"
NO_STORE = {"Cache-Control": "no-store"}

WRITER = "import sys; f = open(sys.argv[1], 'a', encoding='utf-8'); f.write(sys.stdin.read())"


def write_config(tmp_path: Path, server: HTTPServer, *, refresh: str = "10m") -> tuple[Path, Path]:
    hook_out = tmp_path / "hook.jsonl"
    command = json.dumps([sys.executable, "-c", WRITER, str(hook_out)])
    text = f"""
[app]
timeout = "5s"
retention_days = 36500
bell = true
alert_command = {command}

[[metals]]
id = "copper"
name = "Copper"
aliases = ["copper"]

[[sources]]
name = "FRED copper"
kind = "fred"
metal = "copper"
series = "PCOPPUSDM"
url = "{server.url_for("/fred.csv")}"
refresh = "{refresh}"

[[sources]]
name = "Reuters"
kind = "rss"
url = "{server.url_for("/reuters.xml")}"
refresh = "{refresh}"

[[alerts]]
name = "Copper above 13k"
when = "price"
metal = "copper"
above = 13000

[[alerts]]
name = "Copper squeeze"
when = "headline"
keywords = ["squeeze", "export ban"]
metals = ["copper"]
"""
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path, hook_out


def serve(server: HTTPServer, fred_bodies: list[bytes]) -> list[int]:
    """FRED answers with each body in turn (the last one from then on); returns a hit counter."""
    hits = [0]

    def fred(request: Request) -> Response:
        body = fred_bodies[min(hits[0], len(fred_bodies) - 1)]
        hits[0] += 1
        return Response(body, content_type="text/csv", headers=NO_STORE)

    server.expect_request("/fred.csv").respond_with_handler(fred)
    server.expect_request("/reuters.xml").respond_with_data(
        REUTERS, content_type="application/rss+xml", headers=NO_STORE
    )
    return hits


def hook_docs(path: Path) -> list[dict[str, object]]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()]


def test_watch_once_as_a_process_delivers_then_stays_quiet(
    server: HTTPServer, tmp_path: Path
) -> None:
    serve(server, [FRED])
    config, hook_out = write_config(tmp_path, server)
    cmd = [sys.executable, "-m", "tui", "watch", "--once", "--config", str(config)]
    env = dict(os.environ)  # the conftest's isolated config and cache folders

    first = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert len(lines) == 2, first.stdout
    # the file ends in May 2026 and is read today: the alert says its price is stale
    assert lines[0].endswith(
        "WARNING Copper above 13k: Copper at 13,484 USD/t on 2026-05-01, above 13,000 (FRED copper)"
        " [stale: no price since 2026-05-01]"
    )
    # the capture's story is months old today: its alert says when it was published
    assert title_of(lines[1]).endswith(f"INFO    Copper squeeze: {SQUEEZE}")
    assert f"{SQUEEZE} [published 2026-08-19, " in lines[1]
    assert "\a" not in first.stderr  # the bell rings on a terminal only
    docs = hook_docs(hook_out)
    assert [d["rule"] for d in docs] == ["Copper above 13k", "Copper squeeze"]
    assert docs[0]["data"]["value"] == pytest.approx(13483.75153846154)  # type: ignore[index]
    assert docs[1]["data"]["matched"] == "squeeze"  # type: ignore[index]

    second = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
    assert second.returncode == 0, second.stderr
    assert second.stdout == ""  # same data: nothing fires again
    assert len(hook_docs(hook_out)) == 2

    # the JSON flavour, on a fresh cache, from `snapshot --json`
    env["METALWATCH_CACHE_DIR"] = str(tmp_path / "other-cache")
    snap = subprocess.run(
        [sys.executable, "-m", "tui", "snapshot", "--json", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert snap.returncode == 0, snap.stderr
    alerts = json.loads(snap.stdout)["alerts"]
    assert [(a["rule"], a["kind"], a["severity"]) for a in alerts] == [
        ("Copper above 13k", "price", "warning"),
        ("Copper squeeze", "headline", "info"),
    ]
    assert title_of(alerts[1]["message"]) == SQUEEZE and alerts[1]["data"]["stale"] is True
    assert len(hook_docs(hook_out)) == 4  # snapshot runs the hooks too


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_watch_loop_fires_on_the_crossing_round_only(
    server: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rounds of 1 s until the third fetch of the price file has been evaluated: the run is
    stopped then, as a signal would stop it, between rounds (it ran 8 s, then 10, and on a busy
    CI machine once held only one round); 60 s bound it should the rounds never come."""
    from tui.flow import watch as watch_module
    from tui.flow.oneshot import Stopped

    hits = serve(server, [FRED_TO_APRIL, FRED])
    path, hook_out = write_config(tmp_path, server, refresh="1s")
    config = load_config(path)
    out, err = io.StringIO(), Tty()
    store_path = tmp_path / "watch.db"
    real_sleep = watch_module._sleep

    async def sleep(pause: float, reload: Any, retry: Any = None) -> None:
        if hits[0] >= 3:  # the round that fetched the third time is evaluated and delivered
            raise Stopped(signal.SIGTERM)
        await real_sleep(pause, reload, retry)

    monkeypatch.setattr(watch_module, "_sleep", sleep)
    with Store(store_path) as store:
        code = run_watch(config, stop_after=60.0, store=store, out=out, err=err)  # 1 s rounds
    assert code == 0
    assert hits[0] >= 3, "several rounds ran"
    lines = out.getvalue().splitlines()
    # round 1: April's 12,890.7 is under 13,000, the headline fires; round 2: May crosses;
    # later rounds: the same data, nothing again
    assert len(lines) == 2, lines
    assert title_of(lines[0]).endswith(f"Copper squeeze: {SQUEEZE}")
    assert "Copper above 13k: Copper at 13,484 USD/t on 2026-05-01" in lines[1]
    assert err.getvalue().count("\a") == 2  # one ring per round that fired
    assert [d["rule"] for d in hook_docs(hook_out)] == ["Copper squeeze", "Copper above 13k"]
    with Store(store_path) as store:  # the log kept both, newest first
        assert [e["rule"] for e in store.load_alerts()] == ["Copper above 13k", "Copper squeeze"]


def test_watch_once_reports_every_source_failing(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.expect_request("/fred.csv").respond_with_data("gone", status=410)
    server.expect_request("/reuters.xml").respond_with_data("gone", status=410)
    config, hook_out = write_config(tmp_path, server)
    assert main(["watch", "--once", "--json", "--config", str(config)]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "metalwatch: source 'FRED copper': HTTP 410 Gone" in captured.err
    assert not hook_out.exists()


def test_watch_json_lines(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve(server, [FRED])
    config, hook_out = write_config(tmp_path, server)
    assert main(["watch", "--once", "--json", "--config", str(config)]) == 0
    docs = [json.loads(ln) for ln in capsys.readouterr().out.splitlines()]
    assert [(d["schema"], d["rule"]) for d in docs] == [
        ("metalwatch.alert/1", "Copper above 13k"),
        ("metalwatch.alert/1", "Copper squeeze"),
    ]
    assert docs == hook_docs(hook_out)  # the command got the very same JSON


def test_watch_process_stops_cleanly_on_sigterm(server: HTTPServer, tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("SIGTERM is POSIX")
    serve(server, [FRED])
    config, _ = write_config(tmp_path, server)
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "watch", "--config", str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        second = proc.stdout.readline()
        assert "Copper above 13k" in first and SQUEEZE in second
        proc.terminate()  # SIGTERM while it sleeps until the next round (10 minutes away)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
