"""What the ``metalwatch snapshot`` tests share: the loopback feeds and a config naming them,
the documented metalwatch.snapshot/1 keys and a check of them (and of the whole document against
``docs/snapshot-schema.json``), and one run of ``tui.cli.main``
in-process (capsys).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from schema_check import check_document

from tests.ports import refused_port
from tui.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "refresh"
NBC = (FIXTURES / "nbc_newyork.rss.xml").read_bytes()
GUARDIAN = (FIXTURES / "guardian_us.rss.xml").read_bytes()
FRED = (FIXTURES / "fred_PCOPPUSDM_2026-05.csv").read_bytes()
NBC_TITLE = (
    "NYC cops search for stabbing suspect after leaving 18-year-old to bleed out on sidewalk"
)
GUARDIAN_FIRST = "Trump State of the Union address promised unity but emphasized discord"
GUARDIAN_LAST = "Earth's ultimate yogis \u2013 in pictures"
TIMEOUT = 10.0  # [app] timeout: refused connections answer at once, far inside it

# The documented metalwatch.snapshot/1 keys (more may be added, none removed).
TOP = {"schema", "generated_at", "metals", "headlines", "prices", "policy", "sources"}
METAL = {"id", "name", "unit"}
HEADLINE = {
    "title",
    "url",
    "source",
    "published",
    "summary",
    "metals",
    "policy_event",
    "sources",
    "relevant",
    "sources_failing",
}
PRICE = {
    "metal",
    "source",
    "symbol",
    "unit",
    "last",
    "change_pct",
    "as_of",
    "points",
    "frequency",
    "kind",
    "source_failing",
}
POLICY = {
    "metal",
    "origin",
    "destination",
    "status",
    "since",
    "rate_pct",
    "proposed",
    "conflict",
    "evidence",
    "sources_failing",
}
EVIDENCE = {"kind", "title", "url", "source", "published", "confidence"}
SOURCE = {
    "name",
    "kind",
    "ok",
    "error",
    "fetched_at",
    "items",
    "stale",
    "last_success",
    "next_attempt",
}


def check_schema(doc: dict[str, Any]) -> None:
    """Every documented key is there with the documented type, and the whole document is as
    ``docs/snapshot-schema.json`` says, with no key it leaves out."""
    check_document(doc)
    assert TOP <= doc.keys(), TOP - doc.keys()
    assert doc["schema"] == "metalwatch.snapshot/1"
    assert isinstance(doc["generated_at"], str) and doc["generated_at"].endswith("Z")
    for m in doc["metals"]:
        assert METAL <= m.keys(), METAL - m.keys()
    for h in doc["headlines"]:
        assert HEADLINE <= h.keys(), HEADLINE - h.keys()
        assert isinstance(h["title"], str) and h["title"]
        assert isinstance(h["metals"], list) and isinstance(h["sources"], int) and h["sources"] >= 1
        assert h["published"] is None or h["published"].endswith("Z")
        assert isinstance(h["relevant"], bool)
        assert h["relevant"] == bool(h["metals"] or h["policy_event"]), h["title"]
    for p in doc["prices"]:
        assert PRICE <= p.keys(), PRICE - p.keys()
        assert all(isinstance(d, str) and isinstance(v, (int, float)) for d, v in p["points"])
        if p["points"]:
            assert [p["as_of"], p["last"]] == p["points"][-1]
    for r in doc["policy"]:
        assert POLICY <= r.keys(), POLICY - r.keys()
        assert isinstance(r["conflict"], bool) and isinstance(r["proposed"], bool)
        for e in r["evidence"]:
            assert EVIDENCE <= e.keys(), EVIDENCE - e.keys()
    for s in doc["sources"]:
        assert SOURCE <= s.keys(), SOURCE - s.keys()
        assert isinstance(s["ok"], bool) and isinstance(s["stale"], bool)
        assert isinstance(s["items"], int)


def closed_port() -> int:
    return refused_port()


def write_config(tmp_path: Path, sources: list[tuple[str, str, str]], extra: str = "") -> Path:
    """A config with one metal and ``sources`` as (name, kind, url); fred sources price copper."""
    text = f'[app]\ntimeout = "{TIMEOUT:g}s"\nrefresh = "10m"\n{extra}\n'
    text += '[[metals]]\nid = "copper"\nname = "Copper"\naliases = ["copper"]\n'
    for name, kind, url in sources:
        text += f'\n[[sources]]\nname = "{name}"\nkind = "{kind}"\nurl = "{url}"\n'
        if kind == "fred":
            text += 'metal = "copper"\nseries = "PCOPPUSDM"\n'
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def serve_all(server: HTTPServer) -> None:
    server.expect_request("/nbc.xml").respond_with_data(NBC, content_type="application/rss+xml")
    server.expect_request("/guardian.xml").respond_with_data(
        GUARDIAN, content_type="application/rss+xml"
    )
    server.expect_request("/fredgraph.csv").respond_with_data(FRED, content_type="text/csv")
    server.expect_request("/gone.xml").respond_with_data("gone", status=410)


def loopback_sources(server: HTTPServer) -> list[tuple[str, str, str]]:
    return [
        ("NBC New York", "rss", server.url_for("/nbc.xml")),
        ("Guardian US", "rss", server.url_for("/guardian.xml")),
        ("FRED copper", "fred", server.url_for("/fredgraph.csv")),
    ]


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, list[str], float]:
    started = time.monotonic()
    code = main(list(argv))
    elapsed = time.monotonic() - started
    out, err = capsys.readouterr()
    return code, out, err.splitlines(), elapsed
