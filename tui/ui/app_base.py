"""The state every part of the metalwatch app shares: config, store, snapshot, what is read.

The app is put together from layers that each add one responsibility on top of this base:
``theming`` (the theme), ``alerting`` ([[alerts]]), ``loading`` (store -> snapshot -> panels),
``refreshing`` (sources -> store), ``actions`` (keys); ``app`` composes the screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App

from tui.core import paths
from tui.core.config_types import Config
from tui.core.models import Snapshot
from tui.flow.changes import Baseline, Changes
from tui.ui.widgets.panel import Panel
from tui.ui.widgets.prices import SparkSpec
from tui.ui.widgets.status_bar import StatusBar


class AppBase(App[None]):
    def __init__(
        self,
        config: Config,
        *,
        store_path: Path | None = None,
        refresh_on_start: bool = True,
        transport: Any = None,
    ) -> None:
        super().__init__()
        self.config = config
        self.store_path = store_path or paths.store_path(demo=config.demo)
        self.refresh_on_start = refresh_on_start
        self.transport = transport
        self.snapshot: Snapshot | None = None
        self.metal_filter: str | None = None
        self.read_ids: set[str] = set()
        self.new_ids: set[str] = set()
        self.changed_policy: set[str] = set()
        self.baseline: Baseline | None = None
        self.changes = Changes()
        self._store: Any = None
        self._refresher: Any = None
        self._alerts: Any = None
        self._spark_specs: list[SparkSpec] = []

    @property
    def panels(self) -> list[Panel]:
        return list(self.query(Panel))

    @property
    def status_bar(self) -> StatusBar:
        return self.query_one(StatusBar)

    @property
    def offline(self) -> bool:
        """Every network source tried failed on its last attempt (local files do not count)."""
        return self.status_bar.summary().offline

    @property
    def store(self) -> Any:
        if self._store is None:
            from tui.store import Store

            try:
                self._store = Store(self.store_path)
            except OSError:
                self._store = Store.memory()
            if self._store.recovered:
                self.notify(self._store.recovered, severity="warning", timeout=15)
        return self._store

    def focused_panel(self) -> Panel | None:
        node = self.focused
        while node is not None:
            if isinstance(node, Panel):
                return node
            node = node.parent  # type: ignore[assignment]
        return None
