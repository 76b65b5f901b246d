"""Sessions of ``metalwatch serve`` share one store: a second session paints at once from what the
first stored, and does not fetch a source again before that source's cadence is up.

Each browser tab of ``metalwatch serve`` is its own ``metalwatch`` process with the same config and
cache folder, so two app runs on one store file are exactly two tabs. The source is a real RSS
capture served from loopback with ``Cache-Control: no-store`` (so the HTTP cache cannot hide a
fetch), and the server counts the requests.
"""

from __future__ import annotations

from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tui.core import paths
from tui.core.config import load_config
from tui.serve import session_command
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel

# a real capture (see tests/fixtures/feeds/PROVENANCE.md): 500 Reuters headlines of August 2026
FEED = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "feeds"
    / "reuters_via_googlenews_direct.rss.xml"
)
A_TITLE = "LME gripped by flash squeeze as copper tensions boil over"


def write_config(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f"""
[app]
refresh = "1h"

[[metals]]
id = "copper"
name = "Copper"

[[sources]]
name = "Reuters"
kind = "rss"
url = "{url}"
refresh = "30m"
""",
        encoding="utf-8",
    )
    return path


def counting_feed(httpserver: HTTPServer) -> list[str]:
    hits: list[str] = []
    body = FEED.read_bytes()

    def handler(request: Request) -> Response:
        hits.append(request.path)
        return Response(
            body,
            headers={"Content-Type": "application/rss+xml", "Cache-Control": "no-store"},
        )

    httpserver.expect_request("/reuters.xml").respond_with_handler(handler)
    return hits


async def settle(app: MetalwatchApp, pilot: object) -> None:
    for _ in range(8):
        await app.workers.wait_for_complete()
        await pilot.pause()  # type: ignore[attr-defined]


def titles(app: MetalwatchApp) -> list[str]:
    return [s.title for s in app.query_one(HeadlinesPanel).row_objects.values()]


async def test_a_second_session_starts_on_the_store_and_does_not_refetch(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    hits = counting_feed(httpserver)
    config_path = write_config(tmp_path, httpserver.url_for("/reuters.xml"))
    config = load_config(config_path)
    store = paths.store_path(demo=False)  # the one store every session of a server opens

    first = MetalwatchApp(config, store_path=store)
    async with first.run_test(size=(160, 48)) as pilot:
        await settle(first, pilot)
        assert hits == ["/reuters.xml"]
        first_titles = titles(first)
        assert any(t.startswith(A_TITLE) for t in first_titles), first_titles[:5]
        health = first._refresher.health["Reuters"]
        assert health.ok and health.items == 500  # the capture's 500 items
        assert health.next_attempt is not None

    # the second tab: painted from the store, and its refresh finds nothing due
    second = MetalwatchApp(load_config(config_path), store_path=store)
    async with second.run_test(size=(160, 48)) as pilot:
        await settle(second, pilot)
        assert titles(second) == first_titles
        assert hits == ["/reuters.xml"], "the second session fetched within the cadence"
        assert second._refresher is not None  # its refresh did run, and found nothing due
        assert second._refresher.due() == []
        assert second._refresher.health["Reuters"].next_attempt == health.next_attempt

        # a manual refresh still goes out: the counter sees fetches when they happen
        await pilot.press("R")
        await settle(second, pilot)
        assert hits == ["/reuters.xml", "/reuters.xml"]


def test_every_session_runs_the_same_config_and_store(tmp_path: Path) -> None:
    config = tmp_path / "my config.toml"
    command = session_command(config, demo=False, python="/usr/bin/python3")
    # exec: the session process is metalwatch itself; the path is quoted and absolute
    assert command == f"exec /usr/bin/python3 -m tui --config '{config.resolve()}'"
    assert session_command(None, demo=True, python="py") == "exec py -m tui --demo"
