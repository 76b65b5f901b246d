"""``metalwatch snapshot --json`` against its documented schema, ``docs/snapshot-schema.json``:
the example in ``docs/SNAPSHOT.md`` and the output of real runs hold to it key for key (no key left out of the
schema, none it lists missing), and every price, source and story in them says how fresh it is.

The runs: the bundled demo; local files captured from real sources (feeds, the Federal Register,
GDELT, FRED, Yahoo and Stooq downloads, ``tests/fixtures``); loopback servers that fail (HTTP
500, a binary body, a challenge page, no answer); a warm cache whose servers then fail; and
``--offline`` with nothing stored. In-process through ``tui.cli.main`` (capsys); the conftest
points the cache at a fresh folder per test.
"""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from schema_check import (
    ERROR_SCHEMA_PATH,
    check_document,
    documented_keys,
    load_schema,
    problems,
)
from snapshot_cli_helpers import run_cli

from tui.flow.snapshot_render import SCHEMA

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
INVESTING = "investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv"  # no unit named in it


def _readme_section() -> str:
    """``docs/SNAPSHOT.md``, the contract's prose and example (the README points to it)."""
    return (REPO / "docs" / "SNAPSHOT.md").read_text(encoding="utf-8")


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if "properties" in node:
            yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def test_the_schema_names_the_contract_and_requires_every_key_it_lists() -> None:
    schema = load_schema()
    assert schema["$id"] == SCHEMA == schema["properties"]["schema"]["const"]
    objects = list(_objects(schema))
    assert len(objects) >= 10
    for node in objects:
        assert set(node["required"]) == set(node["properties"]), node.get("title", node)


def test_the_checker_finds_a_missing_key_an_extra_key_a_wrong_type_and_a_bad_date() -> None:
    block = re.search(r"```json\n(.*?)```", _readme_section(), re.S)
    assert block is not None
    good = json.loads(block.group(1))
    schema = load_schema()
    assert problems(good, schema, schema, strict=True) == []

    bad = json.loads(block.group(1))
    del bad["prices"][0]["stale"]
    bad["sources"][0]["age"] = 3
    bad["headlines"][0]["sources"] = "2"
    bad["generated_at"] = "2026-11-29 20:00:00"
    bad["policy"][0]["status"] = "banned"
    bad["prices"][0]["change_pct"] = float("nan")
    found = problems(bad, schema, schema, strict=True)
    assert "$.prices[0]: missing 'stale'" in found
    assert "$.sources[0]: key 'age' is not in the schema" in found
    assert any(p.startswith("$.headlines[0].sources: '2' is not integer") for p in found)
    assert any(p.startswith("$.generated_at: '2026-11-29 20:00:00' does not match") for p in found)
    assert any(p.startswith("$.policy[0].status: 'banned' is not one of") for p in found)
    assert "$.prices[0].change_pct: nan is not number or null" in found
    assert len(found) == 6, found
    # a later version's extra key is no error to a consumer (only to these tests' strict check)
    assert problems(bad, schema, schema, strict=False) != found


def test_the_documented_example_and_prose_name_every_key_of_the_schema() -> None:
    """``docs/SNAPSHOT.md``'s example is a document of the schema, and each key the schema lists
    is named there (in the example, or the prose for the objects it leaves out)."""
    section = _readme_section()
    block = re.search(r"```json\n(.*?)```", section, re.S)
    assert block is not None
    example = json.loads(block.group(1))
    check_document(example)
    _fresh_facts(example)  # its ages agree with its own clock
    schema = load_schema()
    missing = {
        key
        for key in documented_keys(schema)
        if f'"{key}"' not in section and f"`{key}`" not in section
    }
    assert not missing, f"keys of the schema docs/SNAPSHOT.md does not name: {sorted(missing)}"
    assert "docs/snapshot-schema.json" in section
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "docs/snapshot-schema.json" in readme and "docs/SNAPSHOT.md" in readme
    for mode in schema["properties"]["mode"]["enum"]:
        assert f"`{mode}`" in section, mode


def _fresh_facts(doc: dict[str, Any]) -> None:
    """Every price is dated with its age counted to ``generated_at`` and ``stale`` where that
    age is more than its cadence allows; every story and source carries its times."""
    now = datetime.fromisoformat(doc["generated_at"].replace("Z", "+00:00"))
    assert doc["data_as_of"] is None or doc["data_as_of"] <= doc["generated_at"]
    for p in doc["prices"]:
        if not p["points"]:
            continue
        assert p["as_of"] == p["points"][-1][0] and p["last"] == p["points"][-1][1]
        age = (now.date() - date.fromisoformat(p["as_of"])).days
        assert p["age_days"] == max(age, 0), p["source"]
        assert p["stale"] == (p["age_days"] > p["expected_age_days"]), p["source"]
    for h in doc["headlines"]:
        published = datetime.fromisoformat(h["published"].replace("Z", "+00:00"))
        hours = (now - published).total_seconds() / 3600
        assert h["age_hours"] == max(int(hours), 0), h["title"]
        assert h["stale"] == (hours > 24), h["title"]
    for s in doc["sources"]:
        assert s["ok"] == (s["error"] is None) or s["fetched_at"] is None, s
        if s["ok"]:
            assert s["last_success"] is not None and s["fetched_at"] is not None, s


def test_the_demo_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _, _ = run_cli(capsys, "snapshot", "--demo", "--json")
    doc = json.loads(out)
    assert code == 0
    check_document(doc)
    _fresh_facts(doc)
    assert doc["mode"] == "demo" and doc["generated_at"] == "2026-08-23T00:00:00Z"
    assert any(n.startswith("DEMO: ") for n in doc["notes"])
    assert doc["headlines"] and doc["prices"] and doc["policy"]
    # the demo's prices are months old on its own clock too: said, never passed as current
    gold = next(p for p in doc["prices"] if p["metal"] == "gold")
    assert gold["as_of"] == "2025-10-01" and gold["age_days"] == 326 and gold["stale"]
    # the newest story, of the afternoon before the demo's clock, is 8 hours old: current
    newest = max(doc["headlines"], key=lambda h: h["published"])
    assert (newest["published"], newest["age_hours"]) == ("2026-08-22T15:59:41Z", 8)
    assert not newest["stale"] and sum(h["stale"] for h in doc["headlines"]) >= 10


def _local_config(tmp_path: Path) -> Path:
    def url(path: str) -> str:
        return (FIXTURES / path).as_uri()

    sources = [
        ("Reuters", "rss", url("feeds/reuters_via_googlenews_direct.rss.xml"), ""),
        ("Guardian", "rss", url("feeds/guardian_us.rss.xml"), ""),
        (
            "Register",
            "federal-register",
            url("policy/federalregister_search-relevance-page-one.json"),
            "",
        ),
        ("GDELT", "gdelt", url("events/gdelt_doc_artlist_oil_sanctions.json"), ""),
        ("FRED copper", "fred", url("prices/fred_PCOPPUSDM_2026-05.csv"), "copper"),
        ("Gold fix", "fred", url("prices/fred_GOLDAMGBD228NLBM_DATE_daily.csv"), "gold"),
        ("Stooq gold", "stooq", url("prices/stooq_xauusd_d.csv"), "gold"),
        ("COMEX silver", "yahoo", url("prices/yfinance_SI=F_2000-08-30_2026-07-13.csv"), "silver"),
        ("Investing", "csv", url(f"prices/{INVESTING}"), "aluminium"),
    ]
    text = '[app]\ntimeout = "5s"\n'
    for metal in ("copper", "gold", "silver", "aluminium"):
        text += f'\n[[metals]]\nid = "{metal}"\nname = "{metal.title()}"\naliases = ["{metal}"]\n'
    for name, kind, where, metal in sources:
        text += f'\n[[sources]]\nname = "{name}"\nkind = "{kind}"\nurl = "{where}"\n'
        text += f'metal = "{metal}"\n' if metal else ""
        text += 'symbol = "SI=F"\n' if kind == "yahoo" else ""
    text += '\n[[alerts]]\nwhen = "headline"\nkeywords = ["copper"]\ncommand = []\n'
    text += '\n[[alerts]]\nwhen = "price"\nmetal = "copper"\nabove = 1000\ncommand = []\n'
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_local_files_of_real_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _local_config(tmp_path)
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    doc = json.loads(out)
    assert code == 0, err
    check_document(doc)
    _fresh_facts(doc)
    assert doc["mode"] == "live" and all(s["ok"] for s in doc["sources"])
    kinds = {s["kind"] for s in doc["sources"]}
    assert kinds == {"rss", "federal-register", "gdelt", "fred", "stooq", "yahoo", "csv"}
    assert len(doc["headlines"]) > 500 and any(h["official"] for h in doc["headlines"])
    by_metal = {p["metal"]: p for p in doc["prices"]}
    # the LBMA fix ended in 2020 and the Stooq download in 2021: the newer one is shown, stale
    assert by_metal["gold"]["source"] == "Stooq gold" and by_metal["gold"]["as_of"] == "2021-08-10"
    assert all(p["stale"] for p in doc["prices"]), "every capture is months or years old"
    # a unit neither the file nor the config names: "" on the price row, null on the metal
    assert by_metal["aluminium"]["unit"] == "" and by_metal["aluminium"]["as_of"] == "2020-03-31"
    assert {m["id"]: m["unit"] for m in doc["metals"]}["aluminium"] is None
    assert {a["kind"] for a in doc["alerts"]} == {"headline", "price"}, doc["alerts"]
    # a fetch just now: data_as_of is when the sources delivered, not how old the data is
    assert doc["data_as_of"] is not None and doc["data_as_of"] > "2026-08-01"


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port that takes connections and never answers."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    s.listen(8)
    try:
        yield int(s.getsockname()[1])
    finally:
        s.close()


def test_failing_servers_are_each_named_on_their_source(
    server: HTTPServer, silent_port: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.expect_request("/500.xml").respond_with_data("<h1>boom</h1>", status=500)
    server.expect_request("/bin.xml").respond_with_data(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00" * 20, content_type="application/rss+xml"
    )
    server.expect_request("/fredgraph.csv").respond_with_data(
        "<html><title>Just a moment...</title></html>", content_type="text/html"
    )
    text = '[app]\ntimeout = "1s"\n\n[[metals]]\nid = "copper"\nname = "Copper"\n'
    for name, kind, where in [
        ("Five hundred", "rss", server.url_for("/500.xml")),
        ("Binary", "rss", server.url_for("/bin.xml")),
        ("Challenge", "fred", server.url_for("/fredgraph.csv")),
        ("Silent", "rss", f"http://127.0.0.1:{silent_port}/feed.xml"),
    ]:
        text += f'\n[[sources]]\nname = "{name}"\nkind = "{kind}"\nurl = "{where}"\n'
        text += 'metal = "copper"\nseries = "PCOPPUSDM"\n' if kind == "fred" else ""
    config = tmp_path / "config.toml"
    config.write_text(text, encoding="utf-8")
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    doc = json.loads(out)
    assert code == 3
    check_document(doc)
    assert doc["mode"] == "failing" and doc["data_as_of"] is None
    errors = {s["name"]: s["error"] for s in doc["sources"]}
    assert errors["Five hundred"].startswith("HTTP 500")
    assert "binary" in errors["Binary"] and "HTML" in errors["Challenge"]
    assert errors["Silent"] == "no answer within 1 s"
    assert len(err) == 4 and all(f"source '{n}': {e}" in " ".join(err) for n, e in errors.items())
    assert not any(s["ok"] or s["last_success"] for s in doc["sources"])


def test_a_warm_cache_gone_stale_is_marked_on_every_row(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.expect_request("/feed.xml").respond_with_data(
        (FIXTURES / "feeds" / "nbc_newyork.rss.xml").read_bytes(),
        content_type="application/rss+xml",
    )
    server.expect_request("/fredgraph.csv").respond_with_data(
        (FIXTURES / "prices" / "fred_PCOPPUSDM_2026-05.csv").read_bytes(), content_type="text/csv"
    )
    server.expect_request("/policy.toml").respond_with_data(
        '[[policy]]\nmetal = "copper"\norigin = "*"\ndestination = "US"\nstatus = "tariff"\n'
        'rate_pct = 50\nsince = "2025-08-01"\n',
        content_type="text/plain",
    )
    text = '[app]\ntimeout = "5s"\n\n[[metals]]\nid = "copper"\nname = "Copper"\n'
    for name, kind, path in [
        ("Feed", "rss", "/feed.xml"),
        ("FRED copper", "fred", "/fredgraph.csv"),
        ("Register", "policy-file", "/policy.toml"),
    ]:
        text += f'\n[[sources]]\nname = "{name}"\nkind = "{kind}"\nurl = "{server.url_for(path)}"\n'
        text += 'metal = "copper"\nseries = "PCOPPUSDM"\n' if kind == "fred" else ""
    config = tmp_path / "config.toml"
    config.write_text(text, encoding="utf-8")
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0
    first = json.loads(out)
    check_document(first)
    assert not first["prices"][0]["source_failing"] and first["policy"][0]["sources_failing"] == []

    server.clear()
    for path in ("/feed.xml", "/fredgraph.csv", "/policy.toml"):
        server.expect_request(path).respond_with_data("boom", status=500)
    for extra in ((), ("--offline",)):
        code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json", *extra)
        doc = json.loads(out)
        assert code == 3
        check_document(doc)
        _fresh_facts(doc)
        assert doc["mode"] == ("offline" if extra else "failing")
        assert doc["data_as_of"] == max(s["last_success"] for s in first["sources"])
        (price,) = doc["prices"]
        assert price["source_failing"] and price["stale"] and price["as_of"] == "2026-05-01"
        (row,) = doc["policy"]
        assert row["sources_failing"] == ["Register"]
        for s in doc["sources"]:
            assert s["stale"] and not s["ok"] and s["error"].startswith("HTTP 500"), s
            assert s["last_success"] is not None and s["last_success"] < s["fetched_at"]
        assert doc["headlines"], "the last good stories stay, each with its date"


@pytest.mark.parametrize("demo", [False, True])
def test_offline_with_nothing_stored_says_so(
    demo: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--offline`` on an empty cache: a note says nothing is stored (before, ``--demo
    --offline`` printed empty panels without a word). Exit 0, as documented: the config's own
    ``[[policy]]`` entries are shown without any source."""
    config = _local_config(tmp_path)
    args = ["--demo"] if demo else ["--config", str(config)]
    code, out, _, _ = run_cli(capsys, "snapshot", *args, "--json", "--offline")
    doc = json.loads(out)
    check_document(doc)
    assert code == 0
    assert doc["mode"] == ("demo" if demo else "offline")
    assert "offline (--offline): nothing fetched now; none stored" in doc["notes"]
    assert doc["headlines"] == [] and doc["prices"] == [] and doc["data_as_of"] is None
    # once fetched, the stored data is printed offline, exit 0, and still said to be offline
    run_cli(capsys, "snapshot", *args, "--json")
    code, out, _, _ = run_cli(capsys, "snapshot", *args, "--json", "--offline")
    doc = json.loads(out)
    check_document(doc)
    assert code == 0 and doc["prices"]
    assert doc["mode"] == ("demo" if demo else "offline")
    assert any(
        n.startswith("offline (--offline): nothing fetched now; last fetch") for n in doc["notes"]
    )


def test_a_config_with_typos_prints_the_documented_error_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _local_config(tmp_path)
    text = config.read_text(encoding="utf-8").replace('timeout = "5s"', 'timout = "5s"', 1)
    config.write_text(text.replace('kind = "rss"', 'kind = "rsss"', 1), encoding="utf-8")
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    doc = json.loads(out)
    assert code == 2 == doc["exit"]
    check_document(doc, path=ERROR_SCHEMA_PATH)
    with pytest.raises(AssertionError):  # not a snapshot: told apart by its schema
        check_document(doc)
    assert doc["error"] == "config" and len(doc["problems"]) == 2
    assert "app.timout: unknown key (did you mean 'timeout'?)" in doc["problems"][0]
    assert "unknown source kind 'rsss' (did you mean 'rss'?)" in doc["problems"][1]
    assert [f"metalwatch: config error: {p}" for p in doc["problems"]] == err
