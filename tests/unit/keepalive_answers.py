"""What the tests of answers that run past their end share: a keep-alive HTTP/1.1 server on
127.0.0.1 serving a handler class, a config of FRED's copper file (and a feed) at it, and
``metalwatch snapshot --json`` read back (``test_overlong_answers.py``,
``test_chunked_past_end.py``)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tui.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# real FRED fredgraph CSV, monthly copper to 2026-05 (provenance: tests/fixtures/prices)
FRED = (FIXTURES / "prices" / "fred_PCOPPUSDM_2026-05.csv").read_bytes()
# real RSS 2.0 capture (provenance: tests/fixtures/feeds)
NBC = (FIXTURES / "feeds" / "nbc_newyork.rss.xml").read_bytes()


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """``handler`` served on a free loopback port; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def write_config(tmp_path: Path, base: str, *, feed: bool = False) -> Path:
    """A config of FRED's copper file at ``base`` (and NBC's feed with ``feed``)."""
    text = (
        '[[metals]]\nid = "copper"\nname = "Copper"\naliases = ["copper"]\nunit = "USD/t"\n'
        f'[[sources]]\nname = "FRED copper"\nkind = "csv"\nmetal = "copper"\n'
        f'url = "{base}/fred.csv"\n'
    )
    if feed:
        text += f'[[sources]]\nname = "NBC"\nkind = "rss"\nurl = "{base}/feed.xml"\n'
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def snapshot(config: Path, capsys: pytest.CaptureFixture[str], *more: str) -> dict[str, Any]:
    """``metalwatch snapshot --json`` on ``config``, parsed."""
    main(["snapshot", "--config", str(config), "--json", *more])
    out, _ = capsys.readouterr()
    return json.loads(out)


def source_of(doc: dict[str, Any], name: str) -> dict[str, Any]:
    """The snapshot's line of the source called ``name``."""
    return next(s for s in doc["sources"] if s["name"] == name)
