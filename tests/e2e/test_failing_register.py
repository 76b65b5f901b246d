"""A trade-policy row whose entries come from a policy file that now fails says so, as a price
of a failing source does (``SOURCE FAILING`` in the text, ``!`` on its age in the panel).

The board kept showing a register's last good entries (right: nothing the user saw is thrown
away for an error) but said nothing on the row: "tariff 50% since 2025-08-01" read as current
while the register could no longer be read, and only the SOURCES section (or the header's count)
told of a failure. Now the row names the failing file: ``[SOURCE FAILING: Register]`` in the text,
``"sources_failing": ["Register"]`` in the JSON (``[]`` otherwise; prices carry
``"source_failing"``), ``⚠ failing: Register`` in the panel's flags.

Real ``metalwatch snapshot`` processes against a loopback server whose register breaks in
several ways after a good first answer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "refresh"
FRED = (FIXTURES / "fred_PCOPPUSDM_2026-05.csv").read_bytes()
POLICY = b"""
[[policy]]
metal = "copper"
origin = "CL"
destination = "US"
status = "tariff"
rate_pct = 50
since = 2025-08-01
url = "https://example.org/copper-232"
"""
BROKEN: dict[str, Callable[[], Response]] = {
    "http-500": lambda: Response("<html><h1>Internal error</h1></html>", 500, mimetype="text/html"),
    "cut-toml": lambda: Response(POLICY[:60], mimetype="text/plain"),
    "login-page": lambda: Response(
        "<!DOCTYPE html><html><body>Please sign in</body></html>", mimetype="text/html"
    ),
    "unknown-status": lambda: Response(POLICY.replace(b'"tariff"', b'"tarif"')),
}


class Register:
    def __init__(self) -> None:
        self.broken: str | None = None

    def __call__(self, request: Request) -> Response:
        if self.broken is None:
            return Response(POLICY, mimetype="text/plain")
        return BROKEN[self.broken]()


@pytest.fixture
def server() -> Iterator[tuple[HTTPServer, Register]]:
    srv = HTTPServer(host="127.0.0.1", port=0)
    register = Register()
    srv.expect_request("/policy.toml").respond_with_handler(register)
    srv.expect_request("/fredgraph.csv").respond_with_data(FRED, content_type="text/csv")
    srv.start()
    try:
        yield srv, register
    finally:
        srv.stop()
        srv.clear()


def write_config(tmp_path: Path, srv: HTTPServer) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        '[app]\ntimeout = "5s"\n'
        '[[metals]]\nid = "copper"\nname = "Copper"\n'
        '[[metals]]\nid = "gallium"\nname = "Gallium"\n'
        '[[policy]]\nmetal = "gallium"\norigin = "CN"\ndestination = "US"\n'
        'status = "licensing"\nsince = 2025-11-09\n'
        f'[[sources]]\nname = "Register"\nkind = "policy-file"\n'
        f'url = "{srv.url_for("/policy.toml")}"\n'
        f'[[sources]]\nname = "FRED copper"\nkind = "fred"\n'
        f'url = "{srv.url_for("/fredgraph.csv")}"\nmetal = "copper"\nseries = "PCOPPUSDM"\n',
        encoding="utf-8",
    )
    return path


def snapshot(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", "snapshot", "--force", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )


def rows(doc: dict[str, Any]) -> dict[str, list[str]]:
    return {r["metal"]: r["sources_failing"] for r in doc["policy"]}


@pytest.mark.parametrize("broken", sorted(BROKEN))
def test_a_row_from_a_register_that_now_fails_says_so(
    server: tuple[HTTPServer, Register], tmp_path: Path, broken: str
) -> None:
    srv, register = server
    config = write_config(tmp_path, srv)
    good = json.loads(snapshot(config, "--json").stdout)
    assert rows(good) == {"copper": [], "gallium": []}
    assert [p["source_failing"] for p in good["prices"]] == [False]
    register.broken = broken
    done = snapshot(config, "--json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    (health,) = [s for s in doc["sources"] if s["name"] == "Register"]
    assert not health["ok"] and health["error"], health
    # the last good entries stay on the board, marked; the config's own entry never fails
    assert rows(doc) == {"copper": ["Register"], "gallium": []}
    (copper,) = [r for r in doc["policy"] if r["metal"] == "copper"]
    assert (copper["status"], copper["rate_pct"]) == ("tariff", 50.0)
    text = snapshot(config).stdout
    (line,) = [ln for ln in text.splitlines() if ln.startswith("  copper ") and "CL->US" in ln]
    assert "tariff 50% since 2025-08-01 [SOURCE FAILING: Register]" in line, line
    (other,) = [ln for ln in text.splitlines() if ln.startswith("  gallium ")]
    assert "FAILING" not in other, other
    register.broken = None  # the register reads again: the mark goes
    back = json.loads(snapshot(config, "--json").stdout)
    assert rows(back) == {"copper": [], "gallium": []}
