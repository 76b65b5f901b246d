"""Waiting until an app's workers are all done, for the benchmarks.

A store load superseded by a newer one (the app's loads run in one exclusive group) ends
cancelled, and ``app.workers.wait_for_complete()`` raises for it: :func:`workers_done` waits for
the newer one instead. The children the scale benchmarks start (which may run against another
tree) carry its text, ``SOURCE``.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any


async def workers_done(app: Any) -> None:
    # every worker done; a load superseded by a newer one (exclusive group) ends cancelled,
    # and the newer one is waited for on the next turn
    from textual.worker import WorkerCancelled

    for _ in range(200):
        try:
            await app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            await asyncio.sleep(0.05)
    raise RuntimeError("workers kept being cancelled")


SOURCE = "from typing import Any\n\n" + inspect.getsource(workers_done)
