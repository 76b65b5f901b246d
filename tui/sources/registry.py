"""Source kind -> parser module (imported lazily: parsers pull in feedparser and friends)."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from datetime import datetime
from types import ModuleType
from typing import Any, Protocol

from tui import __version__
from tui.core.config_types import SourceConfig

MODULES: dict[str, str] = {
    "rss": "tui.sources.feeds",
    "gdelt": "tui.sources.gdelt",
    "federal-register": "tui.sources.federal_register",
    "yahoo": "tui.sources.yahoo",
    "fred": "tui.sources.fred",
    "stooq": "tui.sources.stooq",
    "csv": "tui.sources.csv_prices",
    "policy-file": "tui.sources.policy_file",
}

# How often each kind's data changes (seconds); None = the [app] refresh default.
KIND_CADENCE: dict[str, float | None] = {
    "rss": None,
    "gdelt": 15 * 60,
    "federal-register": 2 * 3600,
    "yahoo": 5 * 60,
    "fred": 6 * 3600,
    "stooq": 3600,
    "csv": 3600,
    "policy-file": 3600,
}
# The fastest each kind may be asked (documented limits).
KIND_MIN_INTERVAL: dict[str, float] = {"gdelt": 5.0}

# Yahoo answers 429 to clients that do not look like a browser.
BROWSER_UA = (
    f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    f"Chrome/126.0 Safari/537.36 metalwatch/{__version__}"
)
KIND_HEADERS: dict[str, dict[str, str]] = {
    "yahoo": {"User-Agent": BROWSER_UA, "Accept": "application/json"},
    "gdelt": {"Accept": "application/json"},
    "federal-register": {"Accept": "application/json"},
    "rss": {
        "Accept": "application/rss+xml, application/atom+xml, application/feed+json, "
        "application/xml;q=0.9, */*;q=0.8"
    },
}


#: Kinds whose ``parse`` takes ``keep`` (reads no more items than the store keeps).
KEEP_BOUNDED = frozenset({"rss"})


class SourceModule(Protocol):
    def build_url(self, src: SourceConfig) -> str: ...

    def parse(
        self,
        data: bytes,
        src: SourceConfig,
        *,
        fetched_at: datetime,
        headers: Mapping[str, str] | None = None,
    ) -> Any: ...


def module_for(kind: str) -> ModuleType:
    return importlib.import_module(MODULES[kind])


def parse(
    src: SourceConfig,
    data: bytes,
    *,
    fetched_at: datetime,
    headers: Mapping[str, str] | None = None,
    keep: int | None = None,
) -> Any:
    """``src``'s parser over ``data``, NUL bytes padding its end left out and said (a file
    whose write did not finish: its size set, its last block never written), in the warning
    of what it gives or in the error it raises. Such a file was a "binary answer" when short,
    and read without a word when long. ``keep``: the most headlines the store keeps
    (``[app] max_stories``), which a feed (``rss``) reads no more items than."""
    import dataclasses

    from tui.core.fmt import counted
    from tui.sources.base import SourceError
    from tui.sources.binary import nul_padding
    from tui.sources.prices_common import join_warnings

    pad = nul_padding(data)
    said = f"{counted(pad, 'NUL byte')} at its end left out (a file not fully written?)"
    bound = {"keep": keep} if keep is not None and src.kind in KEEP_BOUNDED else {}
    try:
        parsed = module_for(src.kind).parse(
            data[: len(data) - pad], src, fetched_at=fetched_at, headers=headers, **bound
        )
    except SourceError as exc:
        if pad:
            exc.args = (f"{exc} ({said})", *exc.args[1:])
        raise
    if pad:
        parsed = dataclasses.replace(parsed, warning=join_warnings(parsed.warning, said))
    return parsed


def url_for(src: SourceConfig) -> str:
    if src.url:
        return src.url
    return str(module_for(src.kind).build_url(src))


def cadence(src: SourceConfig, default: float) -> float:
    if src.refresh is not None:
        return max(src.refresh, KIND_MIN_INTERVAL.get(src.kind, 0.0))
    per_kind = KIND_CADENCE.get(src.kind)
    if src.is_local:
        return min(per_kind or default, default)
    return per_kind if per_kind is not None else default
