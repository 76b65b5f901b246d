"""Per-kind request headers: Yahoo gets a browser-like User-Agent, others metalwatch's own."""

from __future__ import annotations

from pathlib import Path

from pytest_httpserver import HTTPServer

from tui.core.config import parse_config
from tui.flow.refresh import Refresher
from tui.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


async def test_yahoo_gets_a_browser_user_agent_and_feeds_get_ours(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    chart = (FIXTURES / "prices" / "yahoo_chart_GC=F_2020-01-01_2020-01-03.json").read_bytes()
    feed = (FIXTURES / "refresh" / "nbc_newyork.rss.xml").read_bytes()
    seen: dict[str, str] = {}

    def record(name: str, body: bytes, ctype: str):  # type: ignore[no-untyped-def]
        from werkzeug import Request, Response

        def handler(request: Request) -> Response:
            seen[name] = request.headers.get("User-Agent", "")
            return Response(body, content_type=ctype)

        return handler

    httpserver.expect_request("/chart").respond_with_handler(
        record("yahoo", chart, "application/json")
    )
    httpserver.expect_request("/feed").respond_with_handler(
        record("rss", feed, "application/rss+xml")
    )
    config = parse_config(
        {
            "metals": [{"id": "gold", "name": "Gold"}],
            "sources": [
                {
                    "name": "gold",
                    "kind": "yahoo",
                    "metal": "gold",
                    "url": httpserver.url_for("/chart"),
                },
                {"name": "news", "kind": "rss", "url": httpserver.url_for("/feed")},
            ],
        },
        None,
    )
    with Store(tmp_path / "s.sqlite3") as store:
        refresher = Refresher(config, store)
        try:
            outcomes = await refresher.run()
        finally:
            await refresher.aclose()
    assert all(o.ok for o in outcomes), [o.error for o in outcomes]
    assert seen["yahoo"].startswith("Mozilla/5.0") and "metalwatch/" in seen["yahoo"]
    assert seen["rss"].startswith("metalwatch/")
