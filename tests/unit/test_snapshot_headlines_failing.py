"""``metalwatch snapshot``: a headline whose every source failed on its last attempt is the last
good copy, said as a price's is: ``"sources_failing": true`` in the JSON (``false`` while one
source behind the story still works) and ``SOURCE FAILING`` on its text line. Before, prices
and policy rows carried the flag and headlines none.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from snapshot_cli_helpers import (
    GUARDIAN,
    GUARDIAN_FIRST,
    NBC_TITLE,
    check_schema,
    loopback_sources,
    run_cli,
    serve_all,
    write_config,
)

from tui.core.failing import story_failing
from tui.core.models import Headline, Story

WHEN = datetime(2026, 12, 6, 9, 0, tzinfo=timezone.utc)


def story(*sources: str) -> Story:
    entries = tuple(Headline("Copper tariff", None, s, WHEN) for s in sources)
    return Story("s1", "Copper tariff", None, sources[0], WHEN, "", ("copper",), entries)


def test_every_source_behind_the_story_must_fail() -> None:
    assert story_failing(story("A"), frozenset({"A"}))
    assert story_failing(story("A", "B"), frozenset({"A", "B", "C"}))
    assert not story_failing(story("A", "B"), frozenset({"A"}))  # B still works
    assert not story_failing(story("A"), frozenset({"B"}))
    assert not story_failing(story("A"), frozenset())


def test_headlines_of_a_failing_feed_are_flagged(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_all(server)
    config = write_config(tmp_path, loopback_sources(server))
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0
    first = json.loads(out)
    check_schema(first)
    assert first["headlines"] and not any(h["sources_failing"] for h in first["headlines"])

    server.clear()  # NBC's feed (and the prices) fail now, the Guardian's still answers
    server.expect_request("/nbc.xml").respond_with_data("boom", status=500)
    server.expect_request("/guardian.xml").respond_with_data(
        GUARDIAN, content_type="application/rss+xml"
    )
    server.expect_request("/fredgraph.csv").respond_with_data("boom", status=500)
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json", "--force")
    doc = json.loads(out)
    check_schema(doc)
    flags = {h["title"]: h["sources_failing"] for h in doc["headlines"]}
    by_source = {h["title"]: h["source"] for h in doc["headlines"]}
    assert flags[NBC_TITLE] is True, flags
    assert flags[GUARDIAN_FIRST] is False, flags
    assert all(flags[t] == (by_source[t] == "NBC New York") for t in flags), flags

    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--offline", "--all")
    (nbc,) = [ln for ln in text.splitlines() if NBC_TITLE in ln]
    (guardian,) = [ln for ln in text.splitlines() if GUARDIAN_FIRST in ln]
    assert nbc.endswith("  SOURCE FAILING"), nbc
    assert "SOURCE FAILING" not in guardian, guardian
