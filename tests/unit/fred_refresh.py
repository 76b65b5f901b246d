"""What the price-file fault tests share: a real SQLite store, a one-source FRED config for a
URL on a local HTTP server, and one refresh of that source at a given time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tui.core.config import parse_config
from tui.core.config_types import Config
from tui.flow.outcome import Outcome
from tui.flow.refresh import Refresher
from tui.store import Store


@pytest.fixture(name="store")
def store_fixture(tmp_path: Path) -> Iterator[Store]:
    """A real SQLite store (import this name; tests ask for ``store``)."""
    with Store(tmp_path / "store.sqlite3") as s:
        yield s


def config(url: str, metal: str = "copper") -> Config:
    """Copper (or the metal of id ``metal``), priced by one FRED source at ``url``."""
    data = {
        "app": {"timeout": "5s", "refresh": "10m"},
        "metals": [{"id": metal, "name": "Copper"}],
        "sources": [{"name": "FRED copper", "kind": "fred", "metal": metal, "url": url}],
    }
    return parse_config(data, None)


async def fetch(cfg: Config, store: Store, at: datetime) -> Outcome:
    """One refresh of the config's only source, at ``at``."""
    refresher = Refresher(cfg, store, clock=lambda: at, jitter=0)
    try:
        (outcome,) = await refresher.run(list(cfg.sources))
        return outcome
    finally:
        await refresher.aclose()
