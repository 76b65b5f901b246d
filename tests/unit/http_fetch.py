"""What the tests of tui.flow.http share: settings with short timeouts, one fetch through a
fresh client (its result or its error) and a bare asyncio server on 127.0.0.1 for misbehaving
peers.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpx
import pytest

from tui.flow.http import (
    FetchError,
    FetchResult,
    HttpSettings,
    fetch,
    make_client,
)

FAST = HttpSettings(timeout=5.0, connect_timeout=2.0, read_timeout=5.0)
MB = 1024 * 1024


async def _get(
    url: str,
    settings: HttpSettings = FAST,
    cache_dir: Path | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> FetchResult:
    async with make_client(settings, cache_dir, transport=transport) as client:
        return await fetch(client, url, settings=settings)


async def _error(url: str, settings: HttpSettings = FAST, **kw: object) -> FetchError:
    with pytest.raises(FetchError) as info:
        await _get(url, settings, **kw)  # type: ignore[arg-type]
    return info.value


@contextlib.asynccontextmanager
async def raw_server(
    handler: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]],
) -> AsyncIterator[int]:
    """A bare asyncio TCP server on 127.0.0.1, for misbehaving peers; yields its port."""
    tasks: set[asyncio.Task[None]] = set()

    async def wrapped(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        tasks.add(task)
        try:
            await handler(reader, writer)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(wrapped, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield port
    finally:
        for task in tasks:
            task.cancel()
        server.close()
        await server.wait_closed()
