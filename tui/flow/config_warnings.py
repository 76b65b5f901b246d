"""What a valid config is warned of: said by ``metalwatch check`` (stderr, exit 0), by
``snapshot`` (``warnings`` in its JSON, stderr for its text), by ``watch`` (stderr) and by the
app (a notification at start), never stopping any of them.

Each warning is one located line (``config.toml:23: policy[2].since: since 2062-12-03 is 36
years ahead: a typo? ...``)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from typing import TextIO

from tui.core.config_types import Config
from tui.core.validate import Locator, format_duration


def config_warnings(config: Config, today: date | None = None, *, keys: bool = True) -> list[str]:
    """What ``check`` warns of in a valid config, one located line each (``config.toml:23:
    policy[2].since: since 2062-12-03 is 36 years ahead: a typo? ...``): a value accepted but
    not used as written (a source's ``refresh`` under its kind's shortest interval, fetched at
    that interval), declared entries with a ``since`` or ``until`` years ahead
    (:func:`tui.core.policy_entry.far_dates`) and, with ``keys``, its remapped keys terminals
    never send as named (:func:`tui.core.dead_keys.dead_keys`; the app says those itself, as it
    loads them). In a valid config the entries are the ``[[policy]]`` tables in order (one that
    cannot be read fails the check)."""
    from tui.core.dead_keys import dead_keys
    from tui.core.policy_entry import far_dates

    today = today or datetime.now(timezone.utc).date()
    said: list[tuple[str, int, str, str]] = [
        ("sources", k, "refresh", why) for k, why in _too_often(config)
    ]
    said += [
        ("policy", k, field, why)
        for k, entry in enumerate(config.policy)
        for field, why in far_dates(entry, today)
    ]
    dead = dead_keys(config.keys) if keys else []
    if not said and not dead:
        return []
    name = str(config.path) if config.path else "<built-in config>"
    locate = _locator(config.path)

    def at(table: str, k: int | None, field: str) -> str:  # "config.toml:23: "
        line = locate.line(table, k, field) if locate is not None else None
        return f"{name}:{line}: " if line else f"{name}: "

    out = [f"{at(t, k, f)}{t}[{k + 1}].{f}: {why}" for t, k, f, why in said]
    return out + [at("keys", None, key.binding) + key.said() for key in dead]


def _too_often(config: Config) -> list[tuple[int, str]]:
    """Sources whose ``refresh`` is under their kind's shortest interval (GDELT asks for one
    request per 5 s): accepted, and fetched at that interval instead."""
    from tui.sources.registry import KIND_MIN_INTERVAL

    out = []
    for k, src in enumerate(config.sources):
        least = KIND_MIN_INTERVAL.get(src.kind, 0.0)
        if src.refresh is not None and src.refresh < least:
            out.append(
                (
                    k,
                    f"{format_duration(src.refresh)} is more often than {src.kind} allows: "
                    f"fetched every {format_duration(least)}",
                )
            )
    return out


def _locator(path: Path | None) -> Locator | None:
    if path is None:
        return None
    try:
        return Locator(path.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None


def say_warnings(config: Config, err: TextIO | None) -> list[str]:
    """The config's warnings, also written to ``err`` (``metalwatch: warning: ...``, a line
    each) when there is one: the text snapshot's and watch's stderr; ``snapshot --json`` puts
    them in its document instead."""
    lines = config_warnings(config)
    if err is not None:
        err.writelines(f"metalwatch: warning: {line}\n" for line in lines)
    return lines
