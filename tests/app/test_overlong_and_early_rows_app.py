"""Three inputs read wrongly before, through the whole app on a real loopback server
(``ThreadingHTTPServer``) and a real file: a price file served past its Content-Length (the
real FRED copper file, ``tests/fixtures/prices/fred_PCOPPUSDM_2026-05.csv``, with a row added
that the announced length cuts mid-number), a price file with a spreadsheet's zero date
(the real FRED aluminium file with a ``1900-01-01`` row), and a JSON Feed whose titles are a
number and a list. The app stays up; the cut answer is a failing source, not a price of
``10``; the zero date is no point of the chart's series; the titles are shown as written; each
health line says what happened.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp

PRICES = Path(__file__).resolve().parents[1] / "fixtures" / "prices"
COPPER = (PRICES / "fred_PCOPPUSDM_2026-05.csv").read_bytes()
GROWN = COPPER + b"2026-06-01,10739.91\n"
FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Desk",
    "items": [
        {
            "id": "1",
            "url": "https://e.org/1",
            "title": 2026,
            "date_published": "2026-08-22T18:00:00Z",
        },
        {
            "id": "2",
            "url": "https://e.org/2",
            "title": ["Copper tariff", "raised to 50%"],
            "date_published": "2026-08-22T17:00:00Z",
        },
    ],
}


class _Server(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.path == "/copper.csv":  # announced: the old file and "10" of the new row
            body, length = GROWN, len(COPPER) + len(b"2026-06-01,10")
        else:
            body = json.dumps(FEED).encode()
            length = len(body)
        self.send_response(200)
        self.send_header("Content-Length", str(length))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


async def test_a_cut_answer_a_zero_date_and_odd_titles_through_the_app(
    base: str, tmp_path: Path
) -> None:
    aluminium = (PRICES / "fred_PALUMUSDM_2026-05.csv").read_bytes()
    head, _, rest = aluminium.partition(b"\n")
    (tmp_path / "aluminium.csv").write_bytes(head + b"\n1900-01-01,1500.5\n" + rest)
    config = parse_config(
        {
            "metals": [
                {"id": "copper", "name": "Copper", "aliases": ["copper"], "unit": "USD/t"},
                {"id": "aluminium", "name": "Aluminium", "unit": "USD/t"},
            ],
            "sources": [
                {"name": "Desk", "kind": "rss", "url": f"{base}/feed.json"},
                {"name": "Copper", "kind": "fred", "metal": "copper", "url": f"{base}/copper.csv"},
                {
                    "name": "Aluminium",
                    "kind": "fred",
                    "metal": "aluminium",
                    "url": str(tmp_path / "aluminium.csv"),
                },
            ],
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")  # the sources screen, with the health lines
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.is_running
        snap = app.snapshot
        assert snap is not None
        health = {s.name: s for s in snap.sources}
        assert not health["Copper"].ok
        assert "ran past its announced length" in (health["Copper"].error or "")
        assert not any(p.metal == "copper" and p.points for p in snap.prices)
        assert health["Aluminium"].ok
        assert (health["Aluminium"].warning or "").startswith(
            "1 row dated far before the rest left out (1900-01-01"
        )
        (alu,) = [p for p in snap.prices if p.metal == "aluminium"]
        assert alu.points[-1][0] == date(2026, 5, 1)
        titles = {s.title for s in snap.stories}
        assert {"2026", "Copper tariff raised to 50%"} <= titles
    assert app.return_code in (0, None)
    from tui.store import Store

    with Store(tmp_path / "store.sqlite3") as store:  # the chart's whole series
        (stored,) = store.load_series(source="Aluminium")
    assert stored.points[0][0] == date(1992, 1, 1)
