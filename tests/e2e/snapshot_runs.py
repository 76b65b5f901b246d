"""What the end-to-end tests of ``metalwatch snapshot`` share: the routes a loopback server
answers, a config naming the test's own sources, the real command run as its own process, and the
store it leaves in the test's cache folder.

``serve`` registers routes on the ``server`` fixture of tests/conftest.py (a started
``pytest_httpserver.HTTPServer`` on 127.0.0.1); a route answers fixed bytes or calls a handler
(a server that breaks, answers 304, counts requests). ``metalwatch`` runs ``python -m tui`` in a
fresh process with the test's environment (its own cache and config folders, see
tests/conftest.py); ``snapshot_json`` adds the checks every such run makes: exit 0, no traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "refresh"
GUARDIAN = (FIXTURES / "guardian_us.rss.xml").read_bytes()
NBC = (FIXTURES / "nbc_newyork.rss.xml").read_bytes()
FRED = (FIXTURES / "fred_PCOPPUSDM_2026-05.csv").read_bytes()

COPPER_TARIFF = b"""
[[policy]]
metal = "copper"
origin = "CL"
destination = "US"
status = "tariff"
rate_pct = 50
since = 2025-08-01
url = "https://example.org/copper-232"
"""
"""A policy file's entry: copper from Chile to the US under a 50% tariff."""

Route = tuple[bytes, str] | Callable[[Request], Response]
"""What a path answers: ``(body, content type)``, or a handler of the request."""

COPPER = '[[metals]]\nid = "copper"\nname = "Copper"\naliases = ["copper"]\n'
GALLIUM = '[[metals]]\nid = "gallium"\nname = "Gallium"\n'


def serve(server: HTTPServer, routes: Mapping[str, Route]) -> HTTPServer:
    """Answer each path of ``routes`` on ``server`` (any number of requests), as told."""
    for path, route in routes.items():
        expect = server.expect_request(path)
        if callable(route):
            expect.respond_with_handler(route)
        else:
            body, media = route
            expect.respond_with_data(body, content_type=media)
    return server


def source(name: str, kind: str, url: str, **fields: str) -> str:
    """One ``[[sources]]`` table of a config."""
    rest = "".join(f'{key} = "{value}"\n' for key, value in fields.items())
    return f'[[sources]]\nname = "{name}"\nkind = "{kind}"\nurl = "{url}"\n{rest}'


def fred_copper(url: str) -> str:
    """The FRED copper series as a source (the fixture ``FRED``'s series)."""
    return source("FRED copper", "fred", url, metal="copper", series="PCOPPUSDM")


def write_config(
    tmp_path: Path,
    sources: Sequence[str],
    *,
    metals: str = COPPER,
    app: str = 'timeout = "5s"\nrefresh = "10m"\n',
    extra: str = "",
) -> Path:
    """A config file in ``tmp_path``: the ``[app]`` table, the metals, ``extra`` (declared
    ``[[policy]]`` entries, say) and the sources, in that order."""
    path = tmp_path / "config.toml"
    path.write_text(f"[app]\n{app}{metals}{extra}{''.join(sources)}", encoding="utf-8")
    return path


def metalwatch(
    *args: str, env: Mapping[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """The real command (``python -m tui``) in a process of its own, with the test's environment
    and ``env`` on top."""
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def snapshot(config: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``metalwatch snapshot --force`` on ``config`` (the sources read now, whatever their age)."""
    return metalwatch("snapshot", "--force", "--config", str(config), *args, timeout=timeout)


def snapshot_json(config: Path, *args: str, timeout: float = 60) -> dict[str, Any]:
    """``snapshot --json --force``'s document, after checking the run ended well: exit 0 and no
    traceback on stderr."""
    done = snapshot(config, "--json", *args, timeout=timeout)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    doc: dict[str, Any] = json.loads(done.stdout)
    return doc


def cache_dir() -> Path:
    return Path(os.environ["METALWATCH_CACHE_DIR"])


def store_file() -> Path:
    """The store a run leaves in the test's cache folder."""
    return cache_dir() / "store.sqlite3"
