"""What one source's fetch came to (``Outcome``), and the words for what went wrong."""

from __future__ import annotations

import asyncio
import csv
from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from tui.core.config_types import SourceConfig

T = TypeVar("T")


@dataclass
class Outcome:
    source: SourceConfig
    ok: bool
    fetched_at: datetime
    error: str | None = None
    warning: str | None = None
    items: int = 0
    new_items: int = 0
    from_cache: bool = False
    retry_after: float | None = None
    skipped: bool = False  # not fetched: not due yet (``error`` says until when and why)
    unchanged: bool = False  # the bytes stored last time: not parsed (``tui.flow.unchanged``)


async def within(budget: float | None, work: Coroutine[Any, Any, T]) -> T:
    """``work``, failing with "no answer within N s" when ``budget`` seconds pass first."""
    if budget is None:
        return await work
    from tui.flow.http import FetchError

    try:
        return await asyncio.wait_for(work, timeout=budget)
    except asyncio.TimeoutError:
        raise FetchError(f"no answer within {budget:g} s") from None


def plain_error(exc: BaseException) -> str:
    """What a parser's unexpected failure means, in words; a class name only for real bugs."""
    if isinstance(exc, RecursionError):
        return "the document is nested too deeply to read"
    if isinstance(exc, csv.Error) and "field larger than field limit" in str(exc):
        return f"a field is larger than the CSV limit ({csv.field_size_limit():,} bytes)"
    if isinstance(exc, UnicodeError):
        return "unexpected encoding (the answer is not text in the encoding it declares)"
    if isinstance(exc, MemoryError):
        return "the answer is too large to read in memory"
    return f"internal error: {type(exc).__name__}: {exc}"
