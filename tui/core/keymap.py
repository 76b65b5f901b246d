"""Every key binding, declared once: id, default keys, description, where it applies.

The UI builds Textual ``Binding`` objects from this table, the help screen is generated
from it, and ``[keys]`` in the config remaps any binding by id (validated in ``tui.core.config``).
This module does not import textual, so the config loader can use it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from tui.core.record import record


@record
class KeySpec:
    id: str
    keys: str  # Textual key names, comma separated
    action: str
    description: str
    scope: str  # app | panel | chart | detail
    show: bool = True  # shown in the footer
    key_display: str | None = None


KEYS: tuple[KeySpec, ...] = (
    KeySpec("quit", "q", "quit", "Quit", "app"),
    KeySpec("help", "question_mark", "help", "Help", "app", key_display="?"),
    KeySpec("refresh", "r", "refresh", "Refresh", "app"),
    KeySpec("refresh-all", "R", "refresh_all", "Refresh all", "app", show=False),
    KeySpec("sources", "s", "sources", "Sources", "app"),
    KeySpec("alerts", "a", "alerts", "Alerts", "app"),
    KeySpec("theme", "t", "pick_theme", "Theme", "app", show=False),
    KeySpec("pick-metal", "m", "pick_metal", "Metal", "app"),
    KeySpec("clear-metal", "M", "clear_metal", "All metals", "app", show=False),
    KeySpec("filter", "slash", "filter", "Filter", "app", key_display="/"),
    KeySpec("all-stories", "A", "toggle_all_stories", "All stories", "app"),
    KeySpec("next-unread", "n", "next_unread", "Next unread or changed", "app", show=False),
    KeySpec("open-link", "o", "open_link", "Open link", "panel"),
    KeySpec("copy-link", "y", "copy_link", "Copy link", "panel", show=False),
    KeySpec("open", "enter", "open_detail", "Details", "panel"),
    KeySpec("down", "j", "cursor_down", "Down", "panel", show=False),
    KeySpec("up", "k", "cursor_up", "Up", "panel", show=False),
    KeySpec("top", "g,home", "cursor_top", "Top", "panel", show=False),
    KeySpec("bottom", "G,end", "cursor_bottom", "Bottom", "panel", show=False),
    KeySpec("page-up", "pageup", "page_up", "Page up", "panel", show=False),
    KeySpec("page-down", "pagedown", "page_down", "Page down", "panel", show=False),
    *(
        KeySpec(f"panel-{n}", str(n), f"focus_panel({n})", f"Panel {n}", "app", show=False)
        for n in range(1, 10)
    ),
    KeySpec("frame-1m", "1", "frame('1M')", "1 month", "chart"),
    KeySpec("frame-3m", "2", "frame('3M')", "3 months", "chart"),
    KeySpec("frame-6m", "3", "frame('6M')", "6 months", "chart"),
    KeySpec("frame-1y", "4", "frame('1Y')", "1 year", "chart"),
    KeySpec("frame-5y", "5", "frame('5Y')", "5 years", "chart"),
    KeySpec("frame-max", "6", "frame('Max')", "All", "chart"),
    KeySpec("back", "escape", "back", "Back", "detail"),
    KeySpec("detail-open-link", "o", "open_link", "Open link", "detail"),
    KeySpec("detail-copy-link", "y", "copy_link", "Copy link", "detail"),
    KeySpec("detail-down", "j", "line_down", "Down", "detail", show=False),
    KeySpec("detail-up", "k", "line_up", "Up", "detail", show=False),
    KeySpec("detail-top", "g", "go_top", "Top", "detail", show=False),
    KeySpec("detail-bottom", "G", "go_bottom", "Bottom", "detail", show=False),
)

BINDING_IDS: tuple[str, ...] = tuple(k.id for k in KEYS)

# Textual key names -> what a person types (help, palette, footer)
_TYPED = {
    "question_mark": "?",
    "slash": "/",
    "escape": "Esc",
    "enter": "Enter",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "home": "Home",
    "end": "End",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
    "tab": "Tab",
    "space": "Space",
    "delete": "Del",
    "backspace": "Backspace",
    "full_stop": ".",
    "comma": ",",
    "minus": "-",
    "plus": "+",
    "colon": ":",
    "semicolon": ";",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "exclamation_mark": "!",
    "number_sign": "#",
    "asterisk": "*",
}


def key_label(key: str) -> str:
    """One Textual key name as a person types it: ``question_mark`` -> ``?``,
    ``pageup`` -> ``PgUp``, ``ctrl+p`` -> ``Ctrl+P``, ``f5`` -> ``F5``."""
    key = key.strip()
    *mods, base = key.split("+") if key != "+" else ["+"]
    label = _TYPED.get(base)
    if label is None:
        label = base.upper() if re.fullmatch(r"f\d{1,2}", base) else base
    if mods:
        label = (
            "+".join(m.capitalize() for m in mods)
            + "+"
            + (label.upper() if len(label) == 1 else label)
        )
    return label


def keys_label(keys: str) -> str:
    """A comma-separated key list as a person types it: ``g,home`` -> ``g, Home``."""
    return ", ".join(key_label(k) for k in keys.split(",") if k.strip())


_BY_ID = {k.id: k for k in KEYS}


def spec(binding_id: str) -> KeySpec:
    return _BY_ID[binding_id]


def effective_keys(overrides: Mapping[str, str]) -> dict[str, str]:
    """Binding id -> keys after applying the config's ``[keys]`` table."""
    return {k.id: overrides.get(k.id, k.keys) for k in KEYS}


def by_scope(scope: str) -> list[KeySpec]:
    return [k for k in KEYS if k.scope == scope]


# scopes whose bindings are active at the same time
_TOGETHER = {
    "app": {"app", "panel"},
    "panel": {"app", "panel"},
    "chart": {"chart", "detail"},  # the chart is a detail screen with frame keys
    "detail": {"detail", "chart"},
}


def conflicts(overrides: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(binding id, key, other binding id) for each remapped key that clashes."""
    keys = effective_keys(overrides)
    out: list[tuple[str, str, str]] = []
    for bid in overrides:
        if bid not in _BY_ID:
            continue
        mine = {k.strip() for k in keys[bid].split(",")}
        for other in KEYS:
            if other.id == bid or other.scope not in _TOGETHER[_BY_ID[bid].scope]:
                continue
            clash = mine & {k.strip() for k in keys[other.id].split(",")}
            for key in sorted(clash):
                out.append((bid, key, other.id))
    return out
