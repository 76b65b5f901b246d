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

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.e2e.snapshot_runs import (
    COPPER_TARIFF,
    FRED,
    GALLIUM,
    fred_copper,
    serve,
    snapshot,
    snapshot_json,
    source,
    write_config,
)

POLICY = COPPER_TARIFF
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


DECLARED = (
    '[[policy]]\nmetal = "gallium"\norigin = "CN"\ndestination = "US"\n'
    'status = "licensing"\nsince = 2025-11-09\n'
)


@pytest.fixture
def register(server: HTTPServer, tmp_path: Path) -> tuple[Register, Path]:
    """A register that answers well until told to break, a FRED series, and a config reading
    both beside a declared entry of its own."""
    answer = Register()
    serve(server, {"/policy.toml": answer, "/fredgraph.csv": (FRED, "text/csv")})
    config = write_config(
        tmp_path,
        [
            source("Register", "policy-file", server.url_for("/policy.toml")),
            fred_copper(server.url_for("/fredgraph.csv")),
        ],
        metals='[[metals]]\nid = "copper"\nname = "Copper"\n' + GALLIUM,
        app='timeout = "5s"\n',
        extra=DECLARED,
    )
    return answer, config


def rows(doc: dict[str, Any]) -> dict[str, list[str]]:
    return {r["metal"]: r["sources_failing"] for r in doc["policy"]}


@pytest.mark.parametrize("broken", sorted(BROKEN))
def test_a_row_from_a_register_that_now_fails_says_so(
    register: tuple[Register, Path], broken: str
) -> None:
    answer, config = register
    good = snapshot_json(config)
    assert rows(good) == {"copper": [], "gallium": []}
    assert [p["source_failing"] for p in good["prices"]] == [False]
    answer.broken = broken
    doc = snapshot_json(config)
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
    answer.broken = None  # the register reads again: the mark goes
    back = snapshot_json(config)
    assert rows(back) == {"copper": [], "gallium": []}
