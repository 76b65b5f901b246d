"""The header's words about sources, when the demo may stand in, why a panel is empty."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from tui.core.config import parse_config
from tui.core.models import Metal, PolicyStatus, PriceSeries, Snapshot, SourceHealth, Story
from tui.flow.changes import Changes
from tui.flow.demo_fallback import FALLBACK_MODE, YOUR_BOARD, with_demo
from tui.flow.health import remote_names, summarise, wants_demo
from tui.flow.why_empty import empty_reason

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "feeds" / "guardian_us.rss.xml"
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=timezone.utc)


def config(**extra: Any) -> Any:
    raw = {
        "metals": [{"id": "copper", "name": "Copper"}, {"id": "gallium", "name": "Gallium"}],
        "sources": [
            {"name": "file news", "kind": "rss", "url": str(FEED)},
            {"name": "web news", "kind": "rss", "url": "https://example.org/feed"},
            {"name": "web copper", "kind": "fred", "metal": "copper", "series": "PCOPPUSDM"},
        ],
        **extra,
    }
    return parse_config(raw, None)


def h(name: str, *, ok: bool, tried: bool = True, good: bool = False, **kw: Any) -> SourceHealth:
    return SourceHealth(
        name,
        "rss",
        ok=ok,
        error=None if ok or not tried else "connection refused",
        fetched_at=NOW if tried else None,
        last_success=NOW - timedelta(days=2) if good or ok else None,
        **kw,
    )


def test_summary_counts_live_cached_failing_and_offline() -> None:
    cfg = config()
    remote = remote_names(cfg)
    assert remote == {"web news", "web copper"}
    health = [
        h("file news", ok=True),
        h("web news", ok=False, good=True),
        h("web copper", ok=False),
    ]
    s = summarise(health, remote)
    assert (s.live, s.cached, s.failing, s.waiting) == (1, 1, 2, 0)
    assert s.offline and s.delivered
    assert s.failing_last_good == NOW - timedelta(days=2)
    # one network source answering: not offline
    health[2] = h("web copper", ok=True)
    assert not summarise(health, remote).offline
    # nothing tried yet: neither offline nor failing
    fresh = summarise([h(n, ok=False, tried=False) for n in remote], remote)
    assert (fresh.waiting, fresh.failing, fresh.offline) == (2, 0, False)


def test_the_demo_stands_in_only_while_nothing_has_delivered() -> None:
    cfg = config()
    failed = [h("file news", ok=False), h("web news", ok=False), h("web copper", ok=False)]
    assert wants_demo(cfg, failed)
    # a source not tried yet: the first cycle is still running
    assert not wants_demo(cfg, [*failed[:2], h("web copper", ok=False, tried=False)])
    # one delivery, however old and whatever came since: the user's data
    assert not wants_demo(cfg, [h("file news", ok=False, good=True), *failed[1:]])
    assert not wants_demo(dataclasses.replace(cfg, demo=True), failed)
    assert not wants_demo(dataclasses.replace(cfg, sources=()), [])


def _row(metal: str, status: str) -> PolicyStatus:
    return PolicyStatus(metal, "*", "US", status, None)


def test_with_demo_keeps_the_declared_board_and_the_health() -> None:
    metals = [Metal("copper", "Copper")]
    user = Snapshot(
        NOW, metals, policy=[_row("aluminium", "tariff")], sources=[h("web news", ok=False)]
    )
    demo = Snapshot(
        NOW - timedelta(days=100),
        [Metal("copper", "Copper"), Metal("silver", "Silver")],
        stories=[Story("s1", "Demo story", None, "demo", None, "", (), ())],
        prices=[PriceSeries("demo copper", "HG=F", "USD/lb", (), "copper")],
        policy=[_row("copper", "resuming")],
        mode="demo",
    )
    mixed = with_demo(user, demo)
    assert mixed.mode == FALLBACK_MODE
    assert mixed.policy == user.policy and mixed.sources == user.sources
    assert mixed.stories == demo.stories and mixed.prices == demo.prices
    assert [m.id for m in mixed.metals] == ["copper", "silver"]
    assert any(YOUR_BOARD in n for n in mixed.notes)
    nothing_declared = with_demo(Snapshot(NOW, metals), demo)
    assert nothing_declared.policy == demo.policy
    assert not any(YOUR_BOARD in n for n in nothing_declared.notes)


def test_empty_reasons() -> None:
    cfg = config()
    ok = [h("file news", ok=True), h("web news", ok=True), h("web copper", ok=True)]
    assert "No price source for Gallium is configured" in empty_reason(
        "prices", cfg, ok, metals={"gallium"}, metal_filter="gallium"
    )
    failing = [*ok[:2], h("web copper", ok=False)]
    assert "The price source for Copper is failing" in empty_reason(
        "prices", cfg, failing, metals={"copper"}, metal_filter="copper"
    )
    waiting = [*ok[:2], h("web copper", ok=False, tried=False)]
    assert "Waiting for the first delivery for Copper" in empty_reason(
        "prices", cfg, waiting, metals={"copper"}
    )
    # one headline source failed, the other not heard from yet (a hanging server): both said
    news = [h("file news", ok=False), h("web news", ok=False, tried=False), ok[2]]
    said = empty_reason("headlines", cfg, news)
    assert said == "Waiting for the first delivery…; 1 source failing (s shows why)", said
    assert "Nothing matches the filter 'zzz'" in empty_reason(
        "headlines", cfg, ok, text_filter="zzz", rows_without_text_filter=3
    )
    # a filter on a panel that would be empty anyway: the real reason, not the filter
    assert "No headline mentions Gallium" in empty_reason(
        "headlines", cfg, ok, metals={"gallium"}, text_filter="x", rows_without_text_filter=0
    )
    all_news_failing = [h("file news", ok=False), h("web news", ok=False), ok[2]]
    assert "All 2 headline sources are failing" in empty_reason("headlines", cfg, all_news_failing)
    assert "No trade-policy status known for Gallium" in empty_reason(
        "policy", cfg, ok, metals={"gallium"}
    )
    bare = parse_config({"metals": [{"id": "copper", "name": "Copper"}], "sources": []}, None)
    assert "No headline source is configured" in empty_reason("headlines", bare, [])
    assert "declare one with [[policy]]" in empty_reason("policy", bare, [])


def test_changes_summary_says_only_what_changed() -> None:
    since = NOW - timedelta(days=1)
    assert Changes(since=since).summary(NOW) == ""
    assert not Changes(since=since).has_news
    text = Changes({"a", "b"}, set(), since).summary(NOW)
    assert text.startswith("2 new stories since") and "polic" not in text
    text = Changes({"a"}, {"x|CN|*"}, since).summary(NOW)
    assert text.startswith("1 policy change, 1 new story since")
    assert not Changes({"a"}, set(), None).has_news  # the first run: nothing is new
    gone = Changes(set(), set(), since, {"tin|MM|*", "nickel|ID|*", "cobalt|CD|*"})
    assert gone.has_news
    assert gone.summary(NOW).startswith(
        "3 policy rows gone (cobalt CD->*, nickel ID->* and 1 more) since"
    )


def test_a_row_gone_from_the_board_is_a_change_only_for_a_metal_still_watched() -> None:
    from tui.core.models import Metal, PriceSeries, Snapshot
    from tui.flow.changes import Baseline, compare

    since = NOW - timedelta(days=1)
    baseline = Baseline(since, {"nickel|ID|*": ["suspended", None, True], "tin|MM|*": ["open"]})
    # a source has delivered (a price): tin no longer watched, nickel's row gone
    price = PriceSeries("lme", "NI", "USD/t", ((NOW.date(), 16_000.0),), metal="nickel")
    snap = Snapshot(NOW, [Metal("nickel", "Nickel")], prices=[price])
    changes = compare(snap, baseline, {})
    assert changes.gone_policy == {"nickel|ID|*"}
    assert changes.changed_policy == set()
    # nothing delivered yet (no story, no price): the rows are not built, none is gone
    assert compare(Snapshot(NOW, [Metal("nickel", "Nickel")]), baseline, {}).gone_policy == set()


def test_a_not_due_note_is_read_back_only_while_the_wait_lasts(tmp_path: Path) -> None:
    from tui.flow.health import source_health
    from tui.flow.schedule import with_note
    from tui.store import Store

    cfg = config()
    store = Store(tmp_path / "store.sqlite3")
    try:
        until = NOW + timedelta(minutes=5)
        note = "not due until 09:05 (backing off after an error)"
        store.save_health(
            SourceHealth(
                "web news",
                "rss",
                ok=False,
                error=with_note("connection refused", note),
                fetched_at=NOW,
                next_attempt=until,
            )
        )
        store.save_health(
            SourceHealth(
                "web copper",
                "fred",
                ok=True,
                warning=note,
                fetched_at=NOW,
                last_success=NOW,
                next_attempt=until,
            )
        )
        during = {x.name: x for x in source_health(cfg, store, NOW + timedelta(minutes=1))}
        assert during["web news"].error == f"connection refused; {note}"
        assert during["web copper"].warning == note
        after = {x.name: x for x in source_health(cfg, store, until + timedelta(seconds=1))}
        assert after["web news"].error == "connection refused"
        assert after["web copper"].warning is None
    finally:
        store.close()


def test_not_offline_while_a_network_source_has_not_answered_yet() -> None:
    """Seen at start in a terminal: one closed port read OFFLINE while a slower feed was still
    on its first fetch (it answered 12 s later). Offline waits until every network source was
    tried; once the slow one fails without an answer too, it is said."""
    remote = remote_names(config())
    health = [
        h("file news", ok=True),
        h("web news", ok=False),  # connection refused
        h("web copper", ok=False, tried=False),  # its first fetch still under way
    ]
    s = summarise(health, remote)
    assert s.failing == 1 and s.waiting == 1 and not s.offline, s
    health[2] = h("web copper", ok=False)
    assert summarise(health, remote).offline


def test_servers_that_answer_with_errors_are_not_offline() -> None:
    """Every network source failing with HTTP 500 (or an unreadable answer) is a server's
    trouble, not a lost network: the header must not say OFFLINE."""
    remote = remote_names(config())
    for error in ("HTTP 500 Internal Server Error", "invalid JSON: the answer is cut off"):
        health = [dataclasses.replace(h(n, ok=False, good=True), error=error) for n in remote]
        s = summarise(health, remote)
        assert s.failing == 2 and not s.offline, error
    for error in ("no answer within 20 s", "cannot resolve host (example.org)"):
        health = [dataclasses.replace(h(n, ok=False, good=True), error=error) for n in remote]
        assert summarise(health, remote).offline, error
    # one unreachable and one answering with an error: the network is there
    mixed = [
        dataclasses.replace(h("web news", ok=False), error="connection refused (example.org:443)"),
        dataclasses.replace(h("web copper", ok=False), error="HTTP 503 Service Unavailable"),
    ]
    assert not summarise(mixed, remote).offline


def test_the_unanswered_words_are_the_fetchers_words() -> None:
    """``tui.flow.health`` reads the fetcher's sentences: they must begin as it expects."""
    import socket
    from urllib.parse import urlsplit

    from tui.flow.health import unanswered
    from tui.flow.http.errors import connect_message

    parts = urlsplit("https://example.org/feed")
    for cause in (
        socket.gaierror(-2, "Name or service not known"),
        ConnectionRefusedError(111, "refused"),
        OSError(101, "Network is unreachable"),
        ConnectionResetError(104, "reset"),
        OSError(99, "something else"),
    ):
        exc = Exception("connect failed")
        exc.__cause__ = cause
        message = connect_message(exc, parts)
        assert unanswered(message), message
    assert not unanswered("HTTP 500 Internal Server Error")
    assert not unanswered(None)
