"""The first screen of a start without its cached snapshot, before the stories are grouped.

The first start after an upgrade (the snapshot cache and the clustering memo are keyed by the
code) or after the cache was removed has nothing built to paint: grouping and classifying
20,000 stored headlines takes seconds (~4.5 s on a loaded 2-core machine). :func:`ungrouped`
is what the app paints meanwhile, from the same store read: every stored headline as a story of
its own with the metals it names (``cluster.unclustered``), none read for a policy event (the
board holds the events the store remembers), prices and source health as always. The header
says the stories are being grouped until the grouped snapshot replaces it; it is never cached,
compared with the last look or checked by the alert rules, and the grouped build takes only its
headline objects from it (its mode, ``UNGROUPED``, keeps its stories and events out).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.config_types import Config
from tui.core.models import Snapshot

if TYPE_CHECKING:
    from tui.store import Store


def ungrouped(config: Config, store: Store) -> Snapshot | None:
    """The ungrouped snapshot of ``store`` as the UI shows one (recent prices), or None when it
    holds no stories or the bundled demo would stand in for the user's sources."""
    from tui.flow.health import wants_demo
    from tui.flow.price_history import KEEP_DAYS, for_display
    from tui.flow.snapshot import build_snapshot

    snap = for_display(build_snapshot(config, store, price_days=KEEP_DAYS, grouped=False))
    if not snap.stories or wants_demo(config, snap.sources):
        return None
    return snap
