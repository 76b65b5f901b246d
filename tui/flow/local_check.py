"""What ``metalwatch check`` says of the local files a config names: each read (never the
network; capped at ``max_body_mb``, as a refresh reads it) and parsed by its kind's own parser,
so a file whose entries would all be skipped fails ``check``, not the first refresh.

One line per local source: what it holds (``12 entries``, ``340 points, 2024-01-02 to
2026-12-03``, ``25 headlines``) and the first reason anything was skipped; ``usable`` is False
where the source would deliver nothing (a file that cannot be read or parsed, a policy file
whose entries are all skipped, a price file whose every point is left out; entries of metals
not watched are said, as a refresh says them, and never fail the check).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from tui.core.config_types import Config, SourceConfig
from tui.core.fmt import counted
from tui.core.models import PriceSeries
from tui.core.text import clean_text
from tui.sources.policy_file import Declared
from tui.sources.prices_common import join_warnings

#: the longest reason a line carries (a skipped row's cell, a parser's message)
_SAID_MAX = 240


@dataclass(frozen=True)
class FileReading:
    """What one local source's file gives, as ``check`` says it."""

    source: SourceConfig
    said: str  # "12 entries; 2 of 14 entries skipped: policy[3]: ..." or why nothing is read
    usable: bool

    def line(self) -> str:
        return f"{self.source.kind} {self.source.name!r} ({self.source.url}): {self.said}"


def _holds(parsed: Any, metals: set[str], today: date) -> tuple[str, bool]:
    from tui.flow.saving import not_ahead, not_placeholder, unwatched

    if isinstance(parsed, PriceSeries):
        kept, why = not_ahead(parsed, today)
        if kept is not None:
            kept, why = not_placeholder(kept)
        if kept is None:
            return f"nothing usable: {why}", False
        first, last = kept.points[0][0], kept.points[-1][0]
        span = f"{first}" if first == last else f"{first} to {last}"
        held = f"{counted(len(kept.points), 'point')}, {span} ({kept.unit})"
        return _with(held, kept.warning), True
    if isinstance(parsed, Declared):
        entries = parsed.entries
        held = counted(len(entries), "entry", "entries") if entries else "no entries"
        # entries of metals not watched are stored and said, as a refresh does (a register
        # shared by several desks): a warning, never a failure of the check
        astray = unwatched(parsed, metals)
        return _with(held, join_warnings(parsed.warning, astray)), True
    headlines = getattr(parsed, "headlines", parsed)
    held = counted(len(headlines), "headline")
    return _with(held, getattr(parsed, "warning", None)), True


def _with(held: str, warning: str | None) -> str:
    return f"{held}; {warning}" if warning else held


def read_local_sources(config: Config, now: datetime | None = None) -> list[FileReading]:
    """Each enabled local source's file read and parsed as a refresh would (no store, no
    network): what it holds, or why it would deliver nothing."""
    from tui.flow.http import FetchError
    from tui.flow.http.local import read_local_bytes
    from tui.flow.refresh import http_settings
    from tui.sources import registry
    from tui.sources.base import SourceError

    now = now or datetime.now(timezone.utc)
    max_bytes = http_settings(config).max_bytes
    metals = {m.id for m in config.metals}
    out: list[FileReading] = []
    for src in config.sources:
        if not src.is_local or src.url is None:
            continue
        try:
            data = read_local_bytes(src.url, max_bytes)
            parsed = registry.module_for(src.kind).parse(data, src, fetched_at=now)
        except (FetchError, SourceError) as exc:
            out.append(FileReading(src, _short(f"nothing usable: {exc}"), False))
            continue
        said, usable = _holds(parsed, metals, now.date())
        out.append(FileReading(src, _short(said), usable))
    return out


def _short(text: str) -> str:
    """One line, no control characters, cut to a readable length."""
    return clean_text(text, _SAID_MAX, html_input=False)
