"""``metalwatch snapshot``: exit codes, per-source errors, the JSON contract, the offline case.

In-process through ``tui.cli.main`` (capsys) against loopback servers, plus the installed module
once as a subprocess. The conftest autouse fixture points METALWATCH_CONFIG_DIR/CACHE_DIR at a
fresh folder per test, so every test starts with an empty store.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.ports import refused_port
from tui.cli import main
from tui.core.code_stamp import demo_stamp
from tui.store import SCHEMA_VERSION

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
    """Every documented key is there with the documented type."""
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


# --------------------------------------------------------------------------- exit codes, JSON


def test_json_from_loopback_sources_with_one_failing(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_all(server)
    sources = [*loopback_sources(server), ("Gone feed", "rss", server.url_for("/gone.xml"))]
    config = write_config(tmp_path, sources)
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")

    assert code == 0, err
    assert err == ["metalwatch: source 'Gone feed': HTTP 410 Gone"]
    doc = json.loads(out)
    check_schema(doc)
    assert doc["metals"] == [{"id": "copper", "name": "Copper", "unit": "USD/t"}]
    titles = [h["title"] for h in doc["headlines"]]
    assert NBC_TITLE in titles and GUARDIAN_FIRST in titles and GUARDIAN_LAST in titles
    outlets = [o for h in doc["headlines"] for o in h.get("outlets", [{}] * h["sources"])]
    assert len(outlets) == 1 + 55, "every stored item is in a story"
    nbc = next(h for h in doc["headlines"] if h["title"] == NBC_TITLE)
    assert nbc["source"] == "NBC New York"
    assert nbc["url"] == (
        "https://www.nbcnewyork.com/news/local/nyc-cops-search-for-stabbing-suspect-after-leaving"
        "-18-year-old-to-bleed-out-on-sidewalk/4956764/"
    )

    (price,) = doc["prices"]
    assert (price["metal"], price["source"], price["unit"]) == ("copper", "FRED copper", "USD/t")
    assert price["as_of"] == "2026-05-01" and price["last"] == pytest.approx(13483.75153846154)
    assert len(price["points"]) == 413 and price["points"][0] == [
        "1992-01-01",
        pytest.approx(2150.57962901611),
    ]
    assert price["change_pct"] == pytest.approx(
        (13483.75153846154 / 12890.687727272731 - 1) * 100, abs=1e-4
    )

    health = {s["name"]: s for s in doc["sources"]}
    assert [s["name"] for s in doc["sources"]] == [
        "NBC New York",
        "Guardian US",
        "FRED copper",
        "Gone feed",
    ]
    assert (health["Guardian US"]["ok"], health["Guardian US"]["items"]) == (True, 55)
    assert (health["FRED copper"]["ok"], health["FRED copper"]["items"]) == (True, 413)
    gone = health["Gone feed"]
    assert (gone["ok"], gone["error"], gone["stale"], gone["last_success"]) == (
        False,
        "HTTP 410 Gone",
        False,
        None,
    )
    assert gone["next_attempt"] > gone["fetched_at"]


def test_every_source_failing_exits_3_with_one_line_per_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port_a, port_b = closed_port(), closed_port()
    config = write_config(
        tmp_path,
        [
            ("Closed A", "rss", f"http://127.0.0.1:{port_a}/feed.xml"),
            ("Closed B", "fred", f"http://127.0.0.1:{port_b}/fredgraph.csv"),
        ],
    )
    code, out, err, elapsed = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 3
    assert err == [
        f"metalwatch: source 'Closed A': connection refused (127.0.0.1:{port_a})",
        f"metalwatch: source 'Closed B': connection refused (127.0.0.1:{port_b})",
    ]
    doc = json.loads(out)
    check_schema(doc)
    assert doc["headlines"] == [] and doc["prices"] == []
    assert [(s["ok"], s["stale"], s["items"]) for s in doc["sources"]] == [(False, False, 0)] * 2
    assert elapsed < TIMEOUT / 2  # a snapshot that waited for the timeout would take all of it


def test_text_output_and_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    port = closed_port()
    config = write_config(tmp_path, [("Closed", "rss", f"http://127.0.0.1:{port}/feed.xml")])
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config))
    assert code == 3 and len(err) == 1
    assert "SOURCES" in out
    assert (
        f"  Closed [rss] error, 0 items (never worked): connection refused (127.0.0.1:{port})"
        in out.splitlines()
    )


@pytest.mark.parametrize(
    ("toml_head", "located"),
    [
        ('[app]\nthme = "x"\n', ":2: app.thme: unknown key (did you mean 'theme'?)"),
        ('[app]\nrefresh = "soon"\n', ":2: app.refresh: bad duration 'soon'"),
    ],
)
def test_config_error_exits_2_with_one_located_line(
    toml_head: str, located: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        toml_head + '\n[[metals]]\nid = "copper"\nname = "Copper"\n'
        '\n[[sources]]\nname = "x"\nkind = "rss"\nurl = "http://127.0.0.1:9/f"\n',
        encoding="utf-8",
    )
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(path), "--json")
    assert code == 2
    doc = json.loads(out)  # stdout stays JSON: the error document, not the snapshot's
    assert (doc["schema"], doc["exit"], doc["error"]) == ("metalwatch.error/1", 2, "config")
    assert len(err) == 1, err
    assert doc["problems"] == [err[0].removeprefix("metalwatch: config error: ")]
    assert err[0].startswith(f"metalwatch: config error: {path}{located}"), err


def test_missing_config_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nope.toml"
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(path))
    assert (code, out) == (2, "")
    assert err == [f"metalwatch: config error: {path}: file not found"]


# --------------------------------------------------------------------------- offline


def test_offline_prints_the_last_good_data(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_all(server)
    config = write_config(tmp_path, loopback_sources(server))
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0 and err == []
    online = json.loads(out)
    assert all(s["ok"] for s in online["sources"])
    assert not any(n.startswith("offline") for n in online.get("notes", []))

    port = server.port
    server.stop()  # the network goes away: the port now refuses
    code, out, err, elapsed = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 3
    assert elapsed < TIMEOUT / 2, f"offline snapshot took {elapsed:.1f} s"
    assert err == [
        f"metalwatch: source '{name}': connection refused (127.0.0.1:{port})"
        for name in ("NBC New York", "Guardian US", "FRED copper")
    ]
    offline = json.loads(out)
    check_schema(offline)
    assert [h["title"] for h in offline["headlines"]] == [h["title"] for h in online["headlines"]]
    # the same prices, said to be a failing source's last good ones
    assert [p["source_failing"] for p in online["prices"]] == [False]
    assert [p["source_failing"] for p in offline["prices"]] == [True]
    assert [{**p, "source_failing": None} for p in offline["prices"]] == [
        {**p, "source_failing": None} for p in online["prices"]
    ]
    assert offline["prices"][0]["last"] == pytest.approx(13483.75153846154)
    for before, after in zip(online["sources"], offline["sources"], strict=True):
        assert after["name"] == before["name"]
        assert (after["ok"], after["stale"]) == (False, True)
        assert after["error"] == f"connection refused (127.0.0.1:{port})"
        assert after["last_success"] == before["last_success"]
        assert after["items"] == before["items"]
    notes = offline.get("notes", [])
    assert any(n.startswith("offline") for n in notes), notes
    assert offline.get("mode") == "offline"

    # the text form says so too (--all: the NBC story names no watched metal)
    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--all")
    assert code == 3
    lines = text.splitlines()
    assert any(line.startswith("note: offline") for line in lines), lines[:3]
    assert any(NBC_TITLE in line for line in lines)


def test_text_prints_the_relevant_headlines_and_all_with_the_flag(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_all(server)
    config = write_config(tmp_path, loopback_sources(server))
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert (code, err) == (0, [])
    heads = json.loads(out)["headlines"]
    relevant = [h["title"] for h in heads if h["relevant"]]
    other = [h["title"] for h in heads if not h["relevant"]]
    assert NBC_TITLE in other and other, "general news naming no watched metal"

    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--offline")
    assert code == 0
    assert f"HEADLINES ({len(relevant)} of {len(heads)}" in text
    assert not any(title in text for title in other)
    assert all(title in text for title in relevant)

    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--offline", "--all")
    assert code == 0
    assert f"HEADLINES ({len(heads)})" in text
    assert NBC_TITLE in text


def test_text_marks_a_date_the_source_did_not_give(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # an item with no date, and one dated in the future, are dated when first seen: the text
    # snapshot marks that time with "~" as the panel marks the age, the dated one stays plain
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Copper price steadies</title><link>https://example.com/1</link>"
        "<pubDate>Wed, 02 Dec 2026 10:00:00 GMT</pubDate></item>"
        "<item><title>Copper miners wait</title><link>https://example.com/2</link></item>"
        "<item><title>Copper smelter restarts</title><link>https://example.com/3</link>"
        "<pubDate>Wed, 02 Dec 2099 10:00:00 GMT</pubDate></item>"
        "<item><title>China bans copper exports to the United States</title>"
        "<link>https://example.com/4</link></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    config = write_config(tmp_path, [("local", "rss", str(feed))])
    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config))
    assert code == 0
    lines = {
        line.split("  ")[2]: line.split("  ")[1] for line in text.splitlines() if "Copper " in line
    }
    assert lines["Copper price steadies"] == "2026-12-02 10:00"
    assert lines["Copper miners wait"].endswith("~")
    assert lines["Copper smelter restarts"].endswith("~")
    # the ban's day on the board is a first-seen one too: it began then or before
    (board,) = [line for line in text.splitlines() if line.strip().startswith("copper ")]
    assert "CN->US" in board and board.split(" since ")[1].split()[0].endswith("~")


def test_a_metal_with_no_unit_of_its_own_takes_its_price_rows_unit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # neither the metal nor its source names a unit; the Yahoo answer does (USD per troy ounce)
    chart = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
    chart = chart / "yahoo_chart_GC=F_2020-01-01_2020-01-03.json"
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "gold"\nname = "Gold"\n\n'
        '[[sources]]\nname = "gold futures"\nkind = "yahoo"\nmetal = "gold"\n'
        f'symbol = "GC=F"\nurl = "{chart}"\n',
        encoding="utf-8",
    )
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0
    data = json.loads(out)
    (price,) = data["prices"]
    assert price["unit"]
    assert data["metals"] == [{"id": "gold", "name": "Gold", "unit": price["unit"]}]


def test_offline_flag_reads_the_store_without_fetching(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_all(server)
    config = write_config(tmp_path, loopback_sources(server))
    assert run_cli(capsys, "snapshot", "--config", str(config), "--json")[0] == 0
    requests = len(server.log)
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json", "--offline")
    assert (code, err) == (0, [])
    assert len(server.log) == requests, "--offline must not touch the network"
    assert NBC_TITLE in [h["title"] for h in json.loads(out)["headlines"]]


def test_offline_flag_says_so_when_every_source_failed_when_last_tried(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, [("Gone", "rss", "http://127.0.0.1:9/feed.xml")])
    code, _, err, _ = run_cli(capsys, "snapshot", "--config", str(config))
    assert code == 3 and "connection refused" in err[0]
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json", "--offline")
    doc = json.loads(out)
    assert code == 3, "every source failed when last tried"
    assert doc["mode"] == "offline"
    assert any(n.startswith("offline: every source failed") for n in doc["notes"])


# --------------------------------------------------------------------------- demo


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


# --------------------------------------------------------------------------- what is said of age


def test_offline_flag_never_passes_the_stored_data_for_live(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_all(server)
    config = write_config(tmp_path, loopback_sources(server))
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0 and json.loads(out)["mode"] == "live"
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json", "--offline")
    doc = json.loads(out)
    assert code == 0, "the sources were healthy when last tried"
    check_schema(doc)
    assert doc["mode"] == "offline"
    (note,) = [n for n in doc["notes"] if n.startswith("offline")]
    when = doc["data_as_of"][:16].replace("T", " ")
    assert note == f"offline (--offline): nothing fetched now; last fetch {when} UTC"
    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--offline")
    assert text.splitlines()[0].endswith("(offline)")
    assert f"note: {note}" in text.splitlines()

    (tmp_path / "other").mkdir()  # a source never fetched: nothing of it stored
    other = write_config(tmp_path / "other", [("Never", "rss", server.url_for("/nbc.xml"))])
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(other), "--json", "--offline")
    assert "offline (--offline): nothing fetched now; none stored" in json.loads(out)["notes"]


def test_text_says_when_a_failing_source_last_worked(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_all(server)
    config = write_config(tmp_path, [("FRED copper", "fred", server.url_for("/fredgraph.csv"))])
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    good = json.loads(out)["sources"][0]["last_success"][:16].replace("T", " ")
    server.clear()
    server.expect_request("/fredgraph.csv").respond_with_data("boom", status=500)
    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--force")
    assert code == 3
    (line,) = [ln for ln in text.splitlines() if ln.startswith("  FRED copper [fred]")]
    assert line == (
        f"  FRED copper [fred] error, 413 items (last good {good} UTC): "
        "HTTP 500 Internal Server Error: boom"
    )
    # its last good price is printed, said to come from a source failing now (as the panel's
    # "!"), not as if it had just been fetched
    (price,) = [ln for ln in text.splitlines() if ln.startswith("  copper ")]
    assert price.endswith("  SOURCE FAILING"), price


def test_text_says_what_each_policy_status_rests_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = (
        '\n[[policy]]\nmetal = "copper"\norigin = "CL"\ndestination = "US"\n'
        'status = "tariff"\nrate_pct = 50\nsince = 2025-08-01\nnote = "declared by hand"\n'
    )
    config = write_config(tmp_path, [], extra="")
    config.write_text(config.read_text(encoding="utf-8") + extra, encoding="utf-8")
    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config))
    assert code == 0
    (line,) = [ln for ln in text.splitlines() if ln.startswith("  copper ")]
    assert line.endswith("tariff 50% since 2025-08-01  (1 evidence: declared)"), line


# --------------------------------------------------------------------------- failing, not offline


def test_servers_answering_500_are_failing_not_offline(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every server answered, with HTTP 500: the snapshot said "offline: every source failed"
    while the app's header said the sources were failing (OFFLINE only when no network source
    got an answer). Both say the same now."""
    serve_all(server)
    config = write_config(tmp_path, loopback_sources(server))
    code, _, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0
    server.clear()
    for path in ("/nbc.xml", "/guardian.xml", "/fredgraph.csv"):
        server.expect_request(path).respond_with_data("boom", status=500)
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 3 and len(err) == 3 and all("HTTP 500" in line for line in err), err
    doc = json.loads(out)
    check_schema(doc)
    assert doc["mode"] == "failing"
    (note,) = doc["notes"]
    assert note.startswith("every source failed; servers answered (failing, not offline); ")
    assert "showing the last good data" in note and "stale" in note
    assert not any("offline:" in n for n in doc["notes"])
    assert all(s["stale"] and not s["ok"] for s in doc["sources"])
    # the text form and --offline (nothing fetched now: its mode, the same words of the failure)
    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config))
    lines = text.splitlines()
    assert code == 3 and lines[0].endswith("(failing)"), lines[0]
    assert any(line.startswith("note: every source failed; servers answered") for line in lines)
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json", "--offline")
    doc = json.loads(out)
    assert code == 3 and doc["mode"] == "offline"
    assert doc["notes"][0].startswith(
        "every source failed when last tried; servers answered (failing, not offline); "
    )


def test_no_answer_from_any_server_is_offline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Refused connections on every network source (the header's OFFLINE too): a refusal is
    no answer from a server, so nothing of the network is reachable for this config."""
    config = write_config(
        tmp_path,
        [
            ("Closed A", "rss", f"http://127.0.0.1:{closed_port()}/feed.xml"),
            ("Closed B", "fred", f"http://127.0.0.1:{closed_port()}/fredgraph.csv"),
        ],
    )
    code, out, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    doc = json.loads(out)
    assert code == 3 and doc["mode"] == "offline"
    assert doc["notes"] == [
        "offline: every source failed without an answer from the network; no data cached yet"
    ]


def test_a_measure_announced_for_a_later_day_is_coming_not_in_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a local feed whose headline, published yesterday, names a day three weeks ahead
    now = datetime.now(timezone.utc)
    published = now - timedelta(days=1)
    starts = (now + timedelta(days=21)).date()
    title = f"Chile bans copper exports to the US from {starts:%B} {starts.day}"
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>{title}</title><link>https://example.com/ban</link>"
        f"<pubDate>{format_datetime(published, usegmt=True)}</pubDate></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    config = write_config(tmp_path, [("local", "rss", str(feed))])
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert (code, err) == (0, [])
    doc = json.loads(out)
    check_schema(doc)
    (head,) = doc["headlines"]
    event = head["policy_event"]
    assert (event["status"], event["origin"], event["destination"]) == ("suspended", "CL", "US")
    assert event["effective"] == starts.isoformat()
    (row,) = doc["policy"]
    assert (row["status"], row["proposed"], row["since"]) == ("suspended", False, None)
    assert (row["coming"], row["starts"]) == ("suspended", starts.isoformat())
    assert row["evidence"][0]["effective"] == starts.isoformat()

    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--offline")
    (line,) = [ln for ln in text.splitlines() if ln.startswith("  copper ")]
    assert "CL->US" in line and f" suspended from {starts.isoformat()}" in line
    assert " since " not in line


@pytest.mark.parametrize(
    "sentinel",
    [
        "Mon, 01 Jan 0001 00:00:00 GMT",  # .NET's DateTime.MinValue, an empty date field
        "Thu, 01 Jan 1970 00:00:00 GMT",  # a zero timestamp
        "Wed, 31 Dec 1969 19:00:00 -0500",
    ],
)
def test_a_placeholder_date_is_no_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sentinel: str
) -> None:
    # An item dated 0001-01-01 that names the day a measure starts ended `snapshot` (and the
    # app, at every start while it was stored) with an OverflowError traceback; an item dated
    # 1970-01-01 was "56y" old. A placeholder date is none: the item is dated when first seen.
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>US imposes 25% tariff on copper imports from Chile from June 4</title>"
        f"<link>https://example.com/1</link><pubDate>{sentinel}</pubDate></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    config = write_config(tmp_path, [("local", "rss", str(feed))])
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert (code, err) == (0, [])
    (head,) = json.loads(out)["headlines"]
    assert head["date_estimated"] is True
    assert head["published"] >= datetime.now(timezone.utc).strftime("%Y-%m-%d")


def test_a_stale_source_says_how_old_its_data_is(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A source whose last success is older than its cadence printed ``stale, 1 item`` in
    SOURCES and nothing of its age (an erroring one says "last good ..."): after three days
    offline the text said stale, never since when. It says its last good fetch."""
    import sqlite3

    serve_all(server)
    config = write_config(tmp_path, loopback_sources(server))
    assert run_cli(capsys, "snapshot", "--config", str(config))[0] == 0
    store = Path(os.environ["METALWATCH_CACHE_DIR"]) / "store.sqlite3"
    three_days = (datetime.now(timezone.utc) - timedelta(days=3)).replace(microsecond=0)
    with sqlite3.connect(store) as conn:
        conn.execute(
            "UPDATE health SET fetched_at = ?, last_success = ?, next_attempt = ?",
            (three_days.isoformat(),) * 3,
        )
    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--offline")
    assert code == 0
    good = three_days.strftime("%Y-%m-%d %H:%M")
    assert f"  NBC New York [rss] stale, 1 item (last good {good} UTC)" in text.splitlines()


def test_a_store_of_a_newer_version_is_kept_and_the_json_says_nothing_is_saved(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The cache a newer metalwatch wrote is left as it is and this run goes on in memory: the
    JSON says so (``notes``, ``fetched but not saved``) as it does for a read-only cache; its
    readers were told nothing, and the cache was moved aside as "unreadable"."""
    import sqlite3

    serve_all(server)
    config = write_config(tmp_path, loopback_sources(server))
    assert run_cli(capsys, "snapshot", "--config", str(config))[0] == 0
    store = Path(os.environ["METALWATCH_CACHE_DIR"]) / "store.sqlite3"
    with sqlite3.connect(store) as conn:
        conn.execute("PRAGMA user_version = 99")
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0
    said = (
        f"cache was written by a newer metalwatch (schema version 99; this one reads {SCHEMA_VERSION}): left "
        f"as it is, none of it shown; new data is not saved ({store})"
    )
    assert err == [f"metalwatch: {said}"]
    doc = json.loads(out)
    assert doc["notes"] == [said]
    assert all(s["ok"] and s["warning"] == "fetched but not saved" for s in doc["sources"])
    assert doc["headlines"] and doc["prices"], "this run's data is shown"
    with sqlite3.connect(store) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (99,)
    assert [p.name for p in store.parent.iterdir() if ".corrupt-" in p.name] == []


def test_every_local_file_failing_names_no_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With every source a local file and none readable, the note said "servers answered
    (failing, not offline)": no server was asked. It says the files could not be read."""
    missing = tmp_path / "gone.csv"
    config = write_config(tmp_path, [("Desk prices", "fred", str(missing))])
    code, out, _err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 3
    doc = json.loads(out)
    assert doc["notes"] == ["every source failed; files that could not be read; no data cached yet"]
    assert doc["mode"] == "failing"


ODD_TITLES = {  # as the feed carries them: what the text prints (the panels draw the same)
    "Copper\u3164tariff raised to 50%": "Coppertariff raised to 50%",
    "Copper smelter workers \u2764\ufe0f strike": "Copper smelter workers \u2764 strike",
    "Copper miners \U0001f44d\U0001f3fb back deal": "Copper miners \U0001f44d back deal",
    "Copper export\u00adban lifted \U000e0067\U000e0062 today": "Copper exportban lifted  today",
    "Copper\uffa0price record": "Copperprice record",
}


def test_text_leaves_out_what_the_panels_leave_out(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Hangul fillers, a variation selector, a skin-tone modifier, tag characters and the soft
    hyphen: a terminal and a count of cells disagree on them (the panels leave them out); the
    text snapshot left them in, and its columns drifted in a terminal. ``--json`` keeps the
    titles as they came, less the soft hyphen (no part of a word: the engine read
    "tar\u00adiffs" as no tariff, ``tests/unit/test_soft_hyphen_titles.py``)."""
    items = "".join(
        f"<item><title>{title}</title><link>https://example.org/{i}</link>"
        f"<pubDate>Mon, 30 Nov 2026 0{i}:00:00 GMT</pubDate></item>"
        for i, title in enumerate(ODD_TITLES)
    )
    feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Odd</title>{items}</channel></rss>'
    server.expect_request("/odd.xml").respond_with_data(
        feed.encode("utf-8"), content_type="application/rss+xml"
    )
    config = write_config(tmp_path, [("Odd wire", "rss", server.url_for("/odd.xml"))])
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0, err
    came = {title.replace("\u00ad", "") for title in ODD_TITLES}
    assert {h["title"] for h in json.loads(out)["headlines"]} == came
    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--offline", "--all")
    assert code == 0
    for printed in ODD_TITLES.values():
        assert f"  {printed}  (Odd wire)" in text, text
    odd = "\u3164\ufe0f\U0001f3fb\u00ad\U000e0067\U000e0062\uffa0"
    assert not any(ch in text for ch in odd), text
