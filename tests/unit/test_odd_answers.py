"""Odd answers from real-world servers and files, through the real ``metalwatch snapshot
--json`` (``tui.cli.main``) on a loopback server and files written here; each read wrong
before:

- a Yahoo chart whose times are milliseconds (13 digits, as some mirrors, proxies and
  JavaScript tools write them) had every bar "out of range" (read as seconds, they are dates
  thousands of years ahead) and the source failed with "no prices in the requested range (all
  closes empty)": now read as milliseconds when plainly so, and said; a chart whose every time
  is out of range says that, not "all closes empty";
- a plain body labelled ``Content-Encoding: gzip`` (a server that names gzip and never
  compresses) failed: now read as it is, the label's mistake said on the source's line; a body
  that starts as gzip and is none is still an error;
- a short feed (a few hundred bytes) with two or three stray NUL bytes in a title was refused
  whole as "binary answer" (the share of NULs allowed was 1% of the body, under one NUL for a
  short one): now read, the NULs dropped; a body of ``<`` and binary junk is still binary;
- a JSON Feed with a raw control character in a string (a newline or a NUL in a title, which
  JSON does not allow unescaped) was "expected a feed, got JSON" (or "binary answer"): now read,
  and said;
- a JSON Feed cut off, or with an escape JSON does not have (``\\'``), was "expected a feed,
  got JSON"; its items as an object was a success with no headline and no word: each is now
  said for what it is;
- an entry dated more than a day ahead was dated when first seen without a word: now counted
  on the source's line, with the nearest such date;
- a policy file's JSON entry with a field given twice with different values (``"metal":
  "gallium", "metal": "copper"``) was read as the last, a status nobody declared: now skipped
  and said, the other entries kept.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tui.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOLD = '[[metals]]\nid = "gold"\nname = "Gold"\n'
COPPER = '[[metals]]\nid = "copper"\nname = "Copper"\naliases = ["copper"]\nunit = "USD/t"\n'
# timestamps of five daily bars of the real AAPL capture (seconds), 2025-10-23 .. 2025-10-29
TIMES = [1761226200, 1761312600, 1761571800, 1761658200, 1761768001]
CLOSES = [3300.5, 3310.0, 3320.25, 3330.0, 3340.5]


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str) -> dict[str, Any]:
    path = tmp_path / "config.toml"
    path.write_text(config, encoding="utf-8")
    main(["snapshot", "--config", str(path), "--json"])
    out, _ = capsys.readouterr()
    return json.loads(out)


def _gold_chart(times: list[int]) -> bytes:
    """The real GC=F chart capture with five bars at ``times``."""
    doc = json.loads(
        (FIXTURES / "prices" / "yahoo_chart_GC=F_2020-01-01_2020-01-03.json").read_text()
    )
    result = doc["chart"]["result"][0]
    result["timestamp"] = times
    quote = result["indicators"]["quote"][0]
    for key in quote:
        quote[key] = [quote[key][0]] * len(times)
    quote["close"] = CLOSES[: len(times)]
    return json.dumps(doc).encode()


def _yahoo(server: HTTPServer, body: bytes) -> str:
    server.expect_request("/v8/finance/chart/GC=F").respond_with_data(
        body, content_type="application/json"
    )
    url = server.url_for("/v8/finance/chart/GC=F")
    return f'{GOLD}[[sources]]\nname = "Y"\nkind = "yahoo"\nmetal = "gold"\nurl = "{url}"\n'


def test_a_chart_in_seconds_reads_as_before(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _run(tmp_path, capsys, _yahoo(server, _gold_chart(TIMES)))
    (source,) = doc["sources"]
    assert source["ok"] and source["warning"] is None
    assert doc["prices"][0]["points"][0] == ["2025-10-23", 3300.5]


@pytest.mark.parametrize("shift", [0, 123], ids=["whole-seconds", "with-milliseconds"])
def test_a_chart_in_milliseconds_is_read_as_milliseconds(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], shift: int
) -> None:
    times = [t * 1000 + shift for t in TIMES]
    doc = _run(tmp_path, capsys, _yahoo(server, _gold_chart(times)))
    (source,) = doc["sources"]
    assert source["ok"], source
    assert source["warning"] == "times in milliseconds, not seconds: read as milliseconds"
    (price,) = doc["prices"]
    assert price["as_of"] == "2025-10-29" and price["last"] == 3340.5
    assert [d for d, _ in price["points"]][:2] == ["2025-10-23", "2025-10-24"]


def test_a_chart_of_seconds_and_milliseconds_leaves_the_odd_ones_out(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Mixed units are no plain milliseconds: the bars in seconds stand, the others are out."""
    times = TIMES[:3] + [t * 1000 for t in TIMES[3:]]
    doc = _run(tmp_path, capsys, _yahoo(server, _gold_chart(times)))
    (source,) = doc["sources"]
    assert source["warning"] == "2 bars with a time out of range left out"
    assert doc["prices"][0]["as_of"] == "2025-10-27"


def test_a_chart_with_no_time_a_calendar_holds_says_so(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    times = [t * 1_000_000 for t in TIMES]  # microseconds: no date in either reading
    doc = _run(tmp_path, capsys, _yahoo(server, _gold_chart(times)))
    (source,) = doc["sources"]
    assert not source["ok"]
    assert source["error"] == (
        "Yahoo chart has no bar with a time a calendar holds: "
        "5 bars with a time out of range left out"
    )
    assert doc["prices"] == [] or doc["prices"][0]["points"] == []


def _feed_source(server: HTTPServer, body: bytes, **headers: str) -> str:
    server.expect_request("/feed").respond_with_data(
        body, content_type="application/rss+xml", headers=headers
    )
    url = server.url_for("/feed")
    return f'{COPPER}[[sources]]\nname = "F"\nkind = "rss"\nurl = "{url}"\n'


def test_a_plain_body_labelled_gzip_is_read_and_said(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (FIXTURES / "feeds" / "nbc_newyork.rss.xml").read_bytes()
    doc = _run(tmp_path, capsys, _feed_source(server, body, **{"Content-Encoding": "gzip"}))
    (source,) = doc["sources"]
    assert source["ok"], source
    assert source["warning"] == (
        "the server said Content-Encoding: gzip but the body is not gzip: read as it is"
    )
    (headline,) = doc["headlines"]
    assert headline["title"].startswith("NYC cops search for stabbing suspect")


def test_a_body_that_starts_as_gzip_and_is_none_is_still_an_error(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = b"\x1f\x8b\x08" + b"junk" * 40
    doc = _run(tmp_path, capsys, _feed_source(server, body, **{"Content-Encoding": "gzip"}))
    (source,) = doc["sources"]
    assert not source["ok"] and doc["headlines"] == []
    assert "not in the Content-Encoding the server named (gzip)" in source["error"]


def test_junk_labelled_gzip_is_no_feed_and_the_label_is_said(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Neither gzip nor text (a brotli body labelled gzip): refused as binary, the label said."""
    rng = random.Random(29)
    body = bytes(rng.randrange(256) for _ in range(2000)).replace(b"\x1f\x8b", b"..")
    doc = _run(
        tmp_path, capsys, _feed_source(server, b"\x01" + body, **{"Content-Encoding": "gzip"})
    )
    (source,) = doc["sources"]
    assert not source["ok"] and doc["headlines"] == []
    assert source["error"].startswith("binary answer")
    assert source["error"].endswith(
        "(the server said Content-Encoding: gzip but the body is not gzip)"
    )


SHORT_RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item>'
    "<title>Copper{nul} tariff raised {nul}to 50%</title><link>https://e.org/1</link>"
    "<pubDate>Sat, 05 Dec 2026 10:00:00 GMT</pubDate></item></channel></rss>"
)


@pytest.mark.parametrize("nul", ["\x00", "\x00\x00"])
def test_a_short_feed_with_stray_nuls_is_read(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], nul: str
) -> None:
    body = SHORT_RSS.format(nul=nul).encode()
    assert len(body) < 250  # short: a share of 1% allows no NUL at all
    doc = _run(tmp_path, capsys, _feed_source(server, body))
    (source,) = doc["sources"]
    assert source["ok"], source
    (headline,) = doc["headlines"]
    assert headline["title"] == "Copper tariff raised to 50%"


@pytest.mark.parametrize(
    "body",
    [
        b"<" + b"\x00" * 10 + bytes(random.Random(1).randrange(32, 256) for _ in range(3000)),
        b"<rss>" + b"\x00" * 30 + b"</rss>",
        b'{"a":"' + b"\x00\x01\x02\x03" * 20 + b'"}',
    ],
    ids=["lt-then-junk", "short-nul-run", "json-of-controls"],
)
def test_binary_junk_is_still_binary(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], body: bytes
) -> None:
    doc = _run(tmp_path, capsys, _feed_source(server, body))
    (source,) = doc["sources"]
    assert not source["ok"] and source["error"].startswith("binary answer")
    assert doc["headlines"] == []


@pytest.mark.parametrize("control", ["\x00", "\n", "\t"])
def test_a_json_feed_with_a_raw_control_character_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], control: str
) -> None:
    path = tmp_path / "feed.json"
    path.write_text(
        '{"version":"https://jsonfeed.org/version/1.1","title":"W","items":[{"id":"1",'
        f'"title":"Copper{control}tariff raised to 50%","url":"https://e.org/1",'
        '"date_published":"2026-12-05T10:00:00Z"}]}',
        encoding="utf-8",
    )
    doc = _run(tmp_path, capsys, f'{COPPER}[[sources]]\nname = "F"\nkind = "rss"\nurl = "{path}"\n')
    (source,) = doc["sources"]
    assert source["ok"], source
    assert source["warning"].startswith("control characters inside its strings")
    (headline,) = doc["headlines"]
    assert headline["title"].replace(" ", "") == "Coppertariffraisedto50%"
    assert "\x00" not in json.dumps(doc)


def _json_feed(tmp_path: Path, text: str) -> str:
    path = tmp_path / "feed.json"
    path.write_text(text, encoding="utf-8")
    return f'{COPPER}[[sources]]\nname = "F"\nkind = "rss"\nurl = "{path}"\n'


JSON_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "W",
        "items": [
            {"id": str(i), "title": f"Copper tariff story {i}", "url": f"https://e.org/{i}"}
            for i in range(20)
        ],
    }
)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (JSON_FEED[:700], "JSON Feed: invalid JSON: the answer is cut off after 700 bytes"),
        (
            JSON_FEED.replace("story 3", "story\\'s 3"),
            "JSON Feed: invalid JSON (line 1: Invalid \\escape)",
        ),
        (
            JSON_FEED.replace('"items": [', '"items": {"x": [').replace("]}", "]}}"),
            "JSON Feed whose items are not a list (dict)",
        ),
    ],
    ids=["cut-off", "invalid-escape", "items-not-a-list"],
)
def test_a_broken_json_feed_says_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, error: str
) -> None:
    """A JSON Feed cut off or malformed was "expected a feed, got JSON"; its items as an
    object instead of a list was a success with no headline and no word."""
    doc = _run(tmp_path, capsys, _json_feed(tmp_path, text))
    (source,) = doc["sources"]
    assert not source["ok"] and source["error"] == error
    assert doc["headlines"] == []


def test_other_json_is_still_no_feed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _run(tmp_path, capsys, _json_feed(tmp_path, '{"items": [{"title": "Copper"}]'))
    assert doc["sources"][0]["error"] == "expected a feed, got JSON"


FUTURE_RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
    "<item><title>Copper tariff raised to 50%</title><link>https://e.org/1</link>"
    "<pubDate>{first}</pubDate></item>"
    "<item><title>Zinc smelter output steady</title><link>https://e.org/2</link>"
    "<pubDate>{second}</pubDate></item></channel></rss>"
)


def _days_ahead(days: float) -> datetime:
    return datetime.now(timezone.utc) + timedelta(days=days)


@pytest.mark.parametrize(("first", "second"), [(27_000, -1), (27_000, 30)])
def test_entries_dated_far_ahead_are_said(
    server: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    first: float,
    second: float,
) -> None:
    """An entry dated years ahead (a CMS's placeholder, a typo) is dated when first seen, as
    before; the health line did not say why its date was not used."""
    dates = [_days_ahead(first), _days_ahead(second)]
    body = FUTURE_RSS.format(first=format_datetime(dates[0]), second=format_datetime(dates[1]))
    doc = _run(tmp_path, capsys, _feed_source(server, body.encode()))
    (source,) = doc["sources"]
    ahead = [d for d in dates if d > _days_ahead(1)]
    count = "1 entry" if len(ahead) == 1 else f"{len(ahead)} entries"
    assert source["ok"] and source["warning"] == (
        f"{count} dated more than a day ahead (e.g. {min(ahead):%Y-%m-%d}), dated when first seen"
    )
    assert sum(h["date_estimated"] for h in doc["headlines"]) == len(ahead)
    assert all(h["published"] <= f"{_days_ahead(1):%Y-%m-%dT%H}" for h in doc["headlines"])


def test_entries_dated_within_a_day_ahead_or_undated_are_not_said(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = FUTURE_RSS.format(first=format_datetime(_days_ahead(0.8)), second="")
    doc = _run(tmp_path, capsys, _feed_source(server, body.encode()))
    assert doc["sources"][0]["ok"] and doc["sources"][0]["warning"] is None


ENTRY = '"origin": "CN", "destination": "US", "status": "suspended", "since": "2024-12-03"'
METALS = "".join(f'[[metals]]\nid = "{m}"\nname = "{m.title()}"\n' for m in ("gallium", "copper"))


def _policy(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[str, Any]:
    path = tmp_path / "policy.json"
    path.write_text(text, encoding="utf-8")
    source = f'[[sources]]\nname = "S"\nkind = "policy-file"\nurl = "{path}"\n'
    return _run(tmp_path, capsys, METALS + source)


def test_a_policy_entry_with_a_field_given_twice_is_skipped_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``"metal": "gallium", "metal": "copper"`` (a copy and paste) was read as copper, the
    last, without a word: a status on the board nobody declared. The entry is skipped and
    said; the file's other entries stand."""
    text = f'[{{"metal": "gallium", "metal": "copper", {ENTRY}}}, {{"metal": "gallium", {ENTRY}}}]'
    doc = _policy(tmp_path, capsys, text)
    (source,) = doc["sources"]
    assert source["ok"] and source["warning"] == (
        "1 of 2 entries skipped: policy[0]: 'metal' given twice with different values "
        '("gallium", "copper"): which is meant?'
    )
    assert [(p["metal"], p["status"]) for p in doc["policy"]] == [("gallium", "suspended")]


def test_a_field_given_twice_alike_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _policy(tmp_path, capsys, f'[{{"metal": "copper", "metal": "copper", {ENTRY}}}]')
    assert doc["sources"][0]["warning"] is None
    assert [p["metal"] for p in doc["policy"]] == ["copper"]


def test_a_policy_list_given_twice_is_no_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f'{{"policy": [{{"metal": "copper", {ENTRY}}}], "policy": []}}'
    doc = _policy(tmp_path, capsys, text)
    (source,) = doc["sources"]
    assert not source["ok"] and doc["policy"] == []
    assert source["error"].startswith("'policy' given twice with different values")
