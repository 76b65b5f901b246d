"""Typed, frozen configuration objects (the loader lives in ``tui.core.config``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core.models import DeclaredPolicy, Metal
from tui.core.record import record

if TYPE_CHECKING:
    from tui.core.alert_rules import AlertRule

NEWS_KINDS = ("rss", "gdelt", "federal-register")
PRICE_KINDS = ("yahoo", "fred", "stooq", "csv")
POLICY_KINDS = ("policy-file",)
SOURCE_KINDS = NEWS_KINDS + PRICE_KINDS + POLICY_KINDS
PANEL_KINDS = ("headlines", "prices", "policy")


@record
class SourceConfig:
    """One ``[[sources]]`` entry.

    ``url`` is an http(s) URL or an absolute local path (relative paths in the config file
    are resolved against the config file's folder), or None when the kind builds its URL from
    options. ``options`` holds every other key of the entry, already type-checked.
    """

    name: str
    kind: str
    url: str | None = None
    refresh: float | None = None  # seconds
    metal: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)

    def opt(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)

    @property
    def is_local(self) -> bool:
        return self.url is not None and not self.url.startswith(("http://", "https://"))


@record
class PanelConfig:
    kind: str
    title: str
    metals: tuple[str, ...] = ()
    size: int = 1


@record
class AppSettings:
    theme: str = "metalwatch-dark"
    refresh: float = 600.0
    timeout: float = 20.0  # total deadline per request, seconds
    max_body_mb: float = 10.0
    retention_days: int = 365
    max_stories: int = 20000
    bell: bool = False
    alert_command: tuple[str, ...] | None = None  # argv run for every alert (JSON on stdin)
    alert_timeout: float = 10.0  # seconds an alert command may run
    max_sessions: int = 8  # `metalwatch serve`: browser sessions at once
    lock_retry: float = 5.0  # seconds between two tries of a cache another program locked


@record
class Config:
    path: Path | None  # None for the built-in default
    app: AppSettings
    metals: tuple[Metal, ...]
    sources: tuple[SourceConfig, ...]
    policy: tuple[DeclaredPolicy, ...] = ()
    panels: tuple[PanelConfig, ...] = ()
    keys: Mapping[str, str] = field(default_factory=dict)
    gazetteer: Mapping[str, str] = field(default_factory=dict)  # extra place/name -> code
    demo: bool = False
    alerts: tuple[AlertRule, ...] = ()
    builtin_metals: bool = False  # the file has no [[metals]]: the built-in list is watched
    disabled_sources: int = 0  # [[sources]] entries with enabled = false (``check`` says so)

    def metal(self, metal_id: str) -> Metal | None:
        for m in self.metals:
            if m.id == metal_id:
                return m
        return None
