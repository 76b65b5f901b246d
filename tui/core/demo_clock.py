"""The bundled demo's clock: the snapshot is shown as of the day after its newest capture."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

DEMO_NOW = datetime(2026, 8, 23, 0, 0, tzinfo=timezone.utc)
# the newest capture in the bundled demo, as the header names it
DEMO_DATE = (DEMO_NOW - timedelta(days=1)).date().isoformat()
