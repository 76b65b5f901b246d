"""The refresh engine and the HTTP cache: ETag revalidation against pytest-httpserver (a 304 is a
success), when a source is stale, a fetch by another process adopted rather than repeated, and
an edited source fetched at once rather than at its old schedule.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytest_httpserver import HTTPServer
from refresh_servers import GUARDIAN, GUARDIAN_COUNT, T0, Clock, make_config, opened, rss
from werkzeug import Request, Response

from tui.core.config import parse_config
from tui.flow.refresh import Refresher, is_stale
from tui.store import Store


async def test_304_revalidation_counts_as_success(httpserver: HTTPServer, tmp_path: Path) -> None:
    seen: list[str | None] = []

    def handler(request: Request) -> Response:
        inm = request.headers.get("If-None-Match")
        seen.append(inm)
        headers = {"ETag": '"guardian-1"', "Cache-Control": "no-cache"}
        if inm == '"guardian-1"':
            return Response(status=304, headers=headers)
        return Response(GUARDIAN, headers=headers, mimetype="application/rss+xml")

    httpserver.expect_request("/guardian.xml").respond_with_handler(handler)
    clock = Clock()
    # nothing here hangs: a deadline far past the answer's time on a loaded machine (the
    # helpers' one second is for tests that wait out a hang)
    config = make_config([rss("guardian", httpserver.url_for("/guardian.xml"))], timeout=30)
    with opened(tmp_path) as store:
        refresher = Refresher(config, store, clock=clock, cache_dir=tmp_path / "http")
        try:
            first = (await refresher.run())[0]
            before = store.load_headlines()
            clock.now = T0 + timedelta(minutes=15)
            second = (await refresher.run())[0]
        finally:
            await refresher.aclose()
        assert seen == [None, '"guardian-1"']
        assert [r.status_code for _, r in httpserver.log] == [200, 304]
        assert first.ok and not first.from_cache and first.new_items == GUARDIAN_COUNT
        assert second.ok and second.from_cache and second.error is None
        assert (second.items, second.new_items) == (GUARDIAN_COUNT, 0)
        assert [h.title for h in store.load_headlines()] == [h.title for h in before]
        health = store.load_health()["guardian"]
        assert (health.ok, health.stale, health.last_success) == (True, False, clock.now)


def test_is_stale() -> None:
    from tui.core.models import SourceHealth

    h = SourceHealth("a", "rss", ok=True, last_success=T0)
    assert not is_stale(h, 600, T0 + timedelta(seconds=1260))
    assert is_stale(h, 600, T0 + timedelta(seconds=1261))
    assert is_stale(SourceHealth("b", "rss"), 600, T0)


async def test_a_fetch_by_another_process_is_adopted_not_repeated(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """Two processes on one store (two browser tabs): the second does not refetch."""
    from tui.flow.refresh import Refresher

    hits: list[int] = []
    body = (
        Path(__file__).resolve().parents[1] / "fixtures" / "refresh" / "nbc_newyork.rss.xml"
    ).read_bytes()

    def handler(request):  # type: ignore[no-untyped-def]
        from werkzeug import Response

        hits.append(1)
        return Response(body, content_type="application/rss+xml")

    httpserver.expect_request("/feed").respond_with_handler(handler)
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": httpserver.url_for("/feed")}],
        },
        None,
    )
    path = tmp_path / "shared.sqlite3"
    with Store(path) as store_a, Store(path) as store_b:
        tab_a = Refresher(config, store_a)
        tab_b = Refresher(config, store_b)  # started before tab A fetched: everything due
        assert [s.name for s in tab_b.due()] == ["news"]
        try:
            await tab_a.run()
            assert len(hits) == 1
            assert tab_b.sync_from_store() is True
            assert tab_b.due() == []
            assert await tab_b.run() == []
            assert len(hits) == 1
            assert tab_b.sync_from_store() is False  # nothing newer the second time
        finally:
            await tab_a.aclose()
            await tab_b.aclose()


async def test_an_edited_source_is_fetched_at_once_not_at_its_old_schedule(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    from tui.flow.refresh import Refresher

    body = (
        Path(__file__).resolve().parents[1] / "fixtures" / "refresh" / "nbc_newyork.rss.xml"
    ).read_bytes()
    httpserver.expect_request("/a").respond_with_data(body, content_type="application/rss+xml")
    httpserver.expect_request("/b").respond_with_data(body, content_type="application/rss+xml")

    def config(path: str):  # type: ignore[no-untyped-def]
        return parse_config(
            {
                "metals": [{"id": "copper", "name": "Copper"}],
                "sources": [{"name": "news", "kind": "rss", "url": httpserver.url_for(path)}],
            },
            None,
        )

    with Store(tmp_path / "s.sqlite3") as store:
        first = Refresher(config("/a"), store)
        await first.run()
        await first.aclose()
        assert Refresher(config("/a"), store).due() == []  # same source: keeps its schedule
        edited = Refresher(config("/b"), store)
        assert [s.name for s in edited.due()] == ["news"]  # new URL: due now
