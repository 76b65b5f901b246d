"""Items of a feed with no date at all and no link (a ticker's RSS: a title and maybe a text),
through the real ``metalwatch snapshot`` (``tui.cli.main``) on a loopback server, refreshed
twice into one cache: each is dated when first seen and marked so (``date_estimated`` in the
JSON, ``~`` after the time in the text), in the headlines and as policy evidence, and the
second refresh keeps the first-seen time: an item the feed keeps serving is not re-dated as new
on every fetch (with no link, it is known again by its title)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tui.cli import main

RSS = (
    "<?xml version='1.0'?><rss version='2.0'><channel><title>Ticker</title>"
    "<item><title>Copper tariff of 50% announced by the US</title></item>"
    "<item><title>Gallium exports curbed</title>"
    "<description>China restricts gallium exports.</description></item>"
    "</channel></rss>"
)
METALS = (
    '[[metals]]\nid = "copper"\nname = "Copper"\naliases = ["copper"]\n'
    '[[metals]]\nid = "gallium"\nname = "Gallium"\naliases = ["gallium"]\n'
)


def _snapshot(
    config: Path, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[str, dict[str, Any] | None]:
    main(["snapshot", "--config", str(config), "--force", *args])
    out, _ = capsys.readouterr()
    return out, json.loads(out) if "--json" in args else None


def test_undated_unlinked_items_are_dated_when_first_seen_and_kept_so(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.expect_request("/feed").respond_with_data(RSS, content_type="application/rss+xml")
    config = tmp_path / "config.toml"
    config.write_text(
        f'{METALS}[[sources]]\nname = "T"\nkind = "rss"\nurl = "{server.url_for("/feed")}"\n',
        encoding="utf-8",
    )
    _, first = _snapshot(config, capsys, "--json")
    _, second = _snapshot(config, capsys, "--json")
    text, _ = _snapshot(config, capsys, "--offline")
    assert first is not None and second is not None
    fetched = [doc["sources"][0]["fetched_at"] for doc in (first, second)]
    assert fetched[0] < fetched[1]  # two fetches
    for doc in (first, second):
        heads = {h["title"]: h for h in doc["headlines"]}
        assert set(heads) == {"Copper tariff of 50% announced by the US", "Gallium exports curbed"}
        for h in heads.values():
            assert h["url"] is None
            assert h["date_estimated"] is True
            assert h["published"] == fetched[0]  # the first fetch's time, kept
        evidence = [e for row in doc["policy"] for e in row["evidence"]]
        assert evidence and all(e["date_estimated"] is True for e in evidence)
        assert all(e["published"] == fetched[0] for e in evidence)
    day_time = fetched[0][:16].replace("T", " ")
    assert f"{day_time}~  Copper tariff of 50% announced by the US" in text
