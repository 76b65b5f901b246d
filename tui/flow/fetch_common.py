"""What a fetch gives (a body or an error), the request limits, and reading local files.

Kept apart from ``tui.flow.http`` so a config of local files never imports the HTTP stack
(httpx and hishel take half a second to import): the first paint of the user's own files
does not wait for it.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tui import __version__

__all__ = ["FetchError", "FetchResult", "HttpSettings", "read_local"]


@dataclass(frozen=True)
class HttpSettings:
    """Limits for every request the app makes."""

    timeout: float = 20.0  # total deadline per request, body included (s)
    connect_timeout: float = 10.0
    read_timeout: float = 15.0  # longest wait for the next bytes (s)
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = f"metalwatch/{__version__} (+https://github.com/metalwatch/metalwatch)"


@dataclass(frozen=True)
class FetchResult:
    """A complete response body and what is known about how it arrived.

    ``url`` is the final URL (after redirects). ``headers`` has lower-case names; repeated
    headers are joined with ", ". ``from_cache`` is True when the body came from the HTTP
    cache (fresh, or after a 304 revalidation, in which case ``revalidated`` is True too).
    A bare 304 that no cache entry answers (only when the caller sent its own conditional
    headers) has ``status`` 304, empty ``content`` and ``revalidated`` True.
    """

    url: str
    status: int
    content: bytes
    headers: dict[str, str]
    from_cache: bool
    revalidated: bool
    elapsed: float


class FetchError(Exception):
    """A request that gave no usable response. ``str(err)`` is shown to the user as it is."""

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.retry_after = retry_after

    def __str__(self) -> str:
        return self.message


def _too_large(max_bytes: int) -> str:
    return f"response larger than {_size(max_bytes)}: cut off"


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        mb = n / (1024 * 1024)
        return f"{mb:.0f} MB" if mb == int(mb) else f"{mb:.1f} MB"
    if n >= 1024:
        return f"{n // 1024} KB"
    return f"{n} bytes"


async def read_local(path: str, max_bytes: int) -> FetchResult:
    """Read a local file source (a path, ``~/...`` or a ``file://`` URL) off the event loop."""
    started = time.monotonic()
    target = _local_path(path)
    try:
        content = await asyncio.to_thread(_read_capped, target, max_bytes)
    except FileNotFoundError:
        raise FetchError(f"file not found: {path}") from None
    except IsADirectoryError:
        raise FetchError(f"not a file: {path}") from None
    except PermissionError:
        raise FetchError(f"permission denied: {path}") from None
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror or exc}") from None
    return FetchResult(
        url=str(target),
        status=200,
        content=content,
        headers={},
        from_cache=False,
        revalidated=False,
        elapsed=time.monotonic() - started,
    )


def _local_path(path: str) -> Path:
    if path.lower().startswith("file://"):
        from urllib.parse import unquote

        parts = urlsplit(path)
        return Path(unquote(parts.path))
    return Path(path).expanduser()


def _read_capped(target: Path, max_bytes: int) -> bytes:
    if target.exists() and not target.is_file():
        raise IsADirectoryError(str(target))  # a directory, FIFO or device: not a source file
    with target.open("rb") as fh:
        # Read one byte past the cap rather than trusting the size: files can grow,
        # and special files (a FIFO, /dev/zero) have no size at all.
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FetchError(_too_large(max_bytes))
    return data
