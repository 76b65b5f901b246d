"""``metalwatch snapshot``: what the text output says: the relevant headlines, dates given or
not, units, how old a source's data is, what each policy status rests on, what the panels
leave out.

In-process through ``tui.cli.main`` (capsys) against loopback servers. The conftest autouse
fixture points METALWATCH_CONFIG_DIR/CACHE_DIR at a fresh folder per test, so every test starts
with an empty store.
"""

from __future__ import annotations

import json
import os
import re
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from snapshot_cli_helpers import (
    NBC_TITLE,
    check_schema,
    loopback_sources,
    run_cli,
    serve_all,
    write_config,
)


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
    said = f"1 entry with an unusable date (e.g. {sentinel!r}), dated when first seen"
    assert (code, err) == (0, [f"metalwatch: source 'local': warning: {said}"])
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


ODD_TITLES = {  # as the feed carries them: what the text prints (the panels draw the same)
    "Copper\u3164tariff raised to 50%": "Coppertariff raised to 50%",
    "Copper smelter workers \u2764\ufe0f strike": "Copper smelter workers \u2764 strike",
    "Copper miners \U0001f44d\U0001f3fb back deal": "Copper miners \U0001f44d back deal",
    "Copper export\u00adban lifted \U000e0067\U000e0062 today": "Copper exportban lifted today",
    "Copper\uffa0price record": "Copperprice record",
}


def test_text_leaves_out_what_the_panels_leave_out(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Hangul fillers, a variation selector, a skin-tone modifier, tag characters and the soft
    hyphen: a terminal and a count of cells disagree on them (the panels leave them out); the
    text snapshot left them in, and its columns drifted in a terminal. ``--json`` keeps the
    titles as they came, less the soft hyphen (no part of a word: the engine read
    "tar\u00adiffs" as no tariff, ``tests/unit/test_soft_hyphen_titles.py``) and the tag
    characters (hidden text: ``tests/unit/test_hidden_text_titles.py``)."""
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
    came = {" ".join(re.sub("[\U000e0000-\U000e007f]", "", title).split()) for title in came}
    assert {h["title"] for h in json.loads(out)["headlines"]} == came
    code, text, _, _ = run_cli(capsys, "snapshot", "--config", str(config), "--offline", "--all")
    assert code == 0
    for printed in ODD_TITLES.values():
        assert f"  {printed}  (Odd wire)" in text, text
    odd = "\u3164\ufe0f\U0001f3fb\u00ad\U000e0067\U000e0062\uffa0"
    assert not any(ch in text for ch in odd), text
