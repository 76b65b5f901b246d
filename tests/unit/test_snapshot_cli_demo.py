"""``metalwatch snapshot --demo``: the demo's JSON and text, in-process through ``tui.cli.main``
(capsys), plus the installed module once as a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from snapshot_cli_helpers import check_schema, run_cli

from tui.core.code_stamp import demo_stamp


def demo_checks(doc: dict[str, Any]) -> None:
    check_schema(doc)
    assert doc["generated_at"] == "2026-08-23T00:00:00Z", "the demo clock stands at capture time"
    # one clock: the sources' times are the demo's too (they were the real time the bundled
    # files were read, months after the snapshot they made)
    made = datetime.fromisoformat(doc["generated_at"].replace("Z", "+00:00"))
    for src in doc["sources"]:
        read, due = (
            datetime.fromisoformat(src[k].replace("Z", "+00:00"))
            for k in ("fetched_at", "next_attempt")
        )
        assert made - timedelta(minutes=10) < read <= made, src
        assert src["last_success"] == src["fetched_at"] and made < due, src
    assert any(n.startswith("DEMO: every time is on the demo's clock") for n in doc["notes"])
    assert doc["headlines"] and doc["prices"] and doc["policy"]
    assert all(s["ok"] and s["items"] > 0 and s["error"] is None for s in doc["sources"]), [
        s for s in doc["sources"] if not s["ok"]
    ]
    metals = {m["id"]: m for m in doc["metals"]}
    assert metals["copper"] == {"id": "copper", "name": "Copper", "unit": "USD/t"}
    assert {p["metal"] for p in doc["prices"]} <= metals.keys()
    copper = next(p for p in doc["prices"] if p["metal"] == "copper")
    assert copper["unit"] == "USD/t" and copper["last"] > 1000


def test_demo_json_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err, _ = run_cli(capsys, "snapshot", "--demo", "--json")
    assert code == 0, err
    assert err == []
    demo_checks(json.loads(out))


def test_console_module_demo_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("METALWATCH_", "XDG_"))}
    env.update(
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        METALWATCH_CONFIG_DIR=str(tmp_path / "config" / "metalwatch"),
        METALWATCH_CACHE_DIR=str(tmp_path / "cache" / "metalwatch"),
    )
    proc = subprocess.run(
        [sys.executable, "-m", "tui", "snapshot", "--demo", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    doc = json.loads(proc.stdout)
    demo_checks(doc)
    stores = [p.name for p in (tmp_path / "cache" / "metalwatch").glob("demo*.sqlite3")]
    assert stores == [f"demo-{demo_stamp()}.sqlite3"]  # named by the bundled files
    assert not (tmp_path / ".cache").exists(), "nothing written outside the given dirs"

    # the console module and main() print the same panels
    code, out, _, _ = run_cli(capsys, "snapshot", "--demo", "--json")
    here = json.loads(out)
    assert code == 0
    assert [h["title"] for h in here["headlines"]] == [h["title"] for h in doc["headlines"]]
    assert here["prices"] == doc["prices"] and here["policy"] == doc["policy"]


def test_demo_text_shows_the_founding_story_among_the_relevant_headlines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err, _ = run_cli(capsys, "snapshot", "--demo", "--json")
    assert (code, err) == (0, [])
    heads = json.loads(out)["headlines"]
    founding = next(h for h in heads if h["title"].startswith("China to Resume Metal Exports"))
    assert founding["relevant"] and founding["policy_event"]["status"] == "resuming"
    podcast = next(h for h in heads if h["title"].startswith("PODCAST"))
    assert not podcast["relevant"], "a podcast about a ballroom names no watched metal"
    assert not any(h["title"].endswith(("- reuters.com", "- Reuters")) for h in heads)
    shown = [h for h in heads if h["relevant"]]
    assert shown.index(founding) < 10, [h["title"] for h in shown]

    code, text, _, _ = run_cli(capsys, "snapshot", "--demo", "--offline")
    assert code == 0
    assert founding["title"] in text and podcast["title"] not in text
