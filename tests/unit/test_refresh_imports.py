"""The refresher reads local files without the HTTP stack, and imports it once, safely, when
several network sources start together (each check runs in a fresh interpreter, where
``tui.flow.http`` is not imported yet)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pytest_httpserver import HTTPServer

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "feeds" / "guardian_us.rss.xml"

SCRIPT = """
import asyncio, json, sys
from tui.core.config import parse_config
from tui.flow.refresh import Refresher
from tui.store import Store

config = parse_config(json.loads(sys.argv[1]), None)
refresher = Refresher(config, Store.memory())
order = []
outcomes = asyncio.run(refresher.run(list(config.sources), on_outcome=lambda o: order.append(o.source.name)))
print(json.dumps({
    "ok": {o.source.name: [o.ok, o.error] for o in outcomes},
    "order": order,
    "http_imported": "tui.flow.http" in sys.modules,
}))
"""


METALS = [{"id": "copper", "name": "Copper"}]


def run(raw: dict) -> dict:
    raw = {"metals": METALS, **raw}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(raw)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_local_files_need_no_http_stack() -> None:
    raw = {"sources": [{"name": "file", "kind": "rss", "url": str(FEED)}]}
    result = run(raw)
    assert result["ok"] == {"file": [True, None]}
    assert result["http_imported"] is False


def test_network_sources_starting_together_all_get_the_http_module(httpserver: HTTPServer) -> None:
    body = FEED.read_bytes()
    names = [f"web {i}" for i in range(6)]
    for name in names:
        httpserver.expect_request(f"/{name.replace(' ', '')}.xml").respond_with_data(
            body, content_type="application/rss+xml"
        )
    raw = {
        "app": {"timeout": "10s"},
        "sources": [
            {"name": n, "kind": "rss", "url": httpserver.url_for(f"/{n.replace(' ', '')}.xml")}
            for n in names
        ]
        + [{"name": "file", "kind": "rss", "url": str(FEED)}],
    }
    result = run(raw)
    assert result["ok"] == {n: [True, None] for n in [*names, "file"]}
    assert result["http_imported"] is True
    assert sorted(result["order"]) == sorted([*names, "file"])
