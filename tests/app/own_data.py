"""Helpers of the app tests on the user's own data (``test_own_data.py`` and the tests that
import from here): a config of local files and dead loopback sources, waiting for the app to
settle, the status bar's text, the policy panel's keys, an empty panel's words."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.ports import refused_port
from tui.core.config import parse_config
from tui.core.config_types import Config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.policy import PolicyPanel

FEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
POLICY = [
    {
        "metal": "aluminium",
        "destination": "US",
        "status": "tariff",
        "rate_pct": 25,
        "since": "2025-03-12",
    },
    {
        "metal": "aluminium",
        "destination": "US",
        "status": "tariff",
        "rate_pct": 50,
        "since": "2025-06-04",
    },
]
METALS = [
    {"id": "copper", "name": "Copper", "unit": "USD/t"},
    {"id": "aluminium", "name": "Aluminium", "aliases": ["aluminum"], "unit": "USD/t"},
    {"id": "gallium", "name": "Gallium"},
]


async def settle(app: MetalwatchApp, pilot: Any) -> None:
    for _ in range(8):
        await app.workers.wait_for_complete()
        await pilot.pause()


def dead_url() -> str:
    return f"http://127.0.0.1:{refused_port()}/feed.xml"  # a loopback port with nothing listening


def copper_csv(folder: Path, days_old: int = 40) -> Path:
    last = date.today() - timedelta(days=days_old)
    rows = ["Date,Close"] + [
        f"{(last - timedelta(days=i)).isoformat()},{9000 + i * 5:.2f}" for i in range(60, -1, -1)
    ]
    path = folder / "copper.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


def own_config(
    folder: Path,
    *,
    news: bool = True,
    prices: bool = True,
    dead: int = 1,
    policy: bool = True,
    theme: str | None = None,
) -> Config:
    sources: list[dict[str, Any]] = []
    if news:
        shutil.copyfile(FEEDS / "reuters_via_googlenews_direct.rss.xml", folder / "news.xml")
        sources.append({"name": "My news", "kind": "rss", "url": str(folder / "news.xml")})
    if prices:
        sources.append(
            {
                "name": "My copper",
                "kind": "csv",
                "metal": "copper",
                "url": str(copper_csv(folder)),
                "symbol": "CU",
                "unit": "USD/t",
                "value_column": "Close",
            }
        )
    for i in range(dead):
        sources.append({"name": f"Gone {i + 1}", "kind": "rss", "url": dead_url()})
    raw: dict[str, Any] = {
        "app": {"timeout": "2s", **({"theme": theme} if theme else {})},
        "metals": METALS,
        "sources": sources,
    }
    if policy:
        raw["policy"] = POLICY
    return parse_config(raw, None)


def bar(app: MetalwatchApp) -> str:
    return str(app.status_bar.status_text())


def policy_keys(app: MetalwatchApp) -> list[str]:
    return list(app.query_one(PolicyPanel).row_objects)


def empty_text(panel: Any) -> str:
    box = panel.empty_box  # made the first time the panel is empty
    return str(box.render()) if box is not None else ""


def own_sources(entry: dict[str, Any], folder: Path) -> tuple[Any, ...]:
    raw = {"metals": METALS, "sources": [entry]}
    return parse_config(raw, None).sources
