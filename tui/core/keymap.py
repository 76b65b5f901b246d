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
    KeySpec("help", "question_mark,f1", "help", "Help", "app", key_display="?"),
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
    # "Max", as the chart's frame row says it ("6:Max"): the footer and help said "All"
    KeySpec("frame-max", "6", "frame('Max')", "Max", "chart"),
    KeySpec("back", "escape", "back", "Back", "detail"),
    KeySpec("detail-open-link", "o", "open_link", "Open link", "detail"),
    KeySpec("detail-copy-link", "y", "copy_link", "Copy link", "detail"),
    KeySpec("detail-down", "j", "line_down", "Down", "detail", show=False),
    KeySpec("detail-up", "k", "line_up", "Up", "detail", show=False),
    KeySpec("detail-top", "g", "go_top", "Top", "detail", show=False),
    KeySpec("detail-bottom", "G", "go_bottom", "Bottom", "detail", show=False),
)

BINDING_IDS: tuple[str, ...] = tuple(k.id for k in KEYS)

#: A detail screen's binding -> the dashboard's binding of the same move, whose remap it takes
#: when ``[keys]`` does not name it itself: ``open-link = "O"`` left the story and the evidence
#: opening links with ``o`` (their footer said "o Open link"), under an id no page named.
DETAIL_FOLLOWS: dict[str, str] = {
    "detail-open-link": "open-link",
    "detail-copy-link": "copy-link",
    "detail-down": "down",
    "detail-up": "up",
    "detail-top": "top",
    "detail-bottom": "bottom",
}

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
    ``pageup`` -> ``PgUp``, ``ctrl+p`` -> ``Ctrl+P``, ``f5`` -> ``F5``, ``alt+ctrl+s`` ->
    ``Ctrl+Alt+S``."""
    key = key.strip()
    *mods, base = key.split("+") if key != "+" else ["+"]
    label = _TYPED.get(base)
    if label is None:
        label = base.upper() if re.fullmatch(r"f\d{1,2}", base) else base
    if mods:
        if len(label) == 1 and (not label.isalpha() or {"ctrl", "shift"} & set(mods)):
            label = label.upper()  # Ctrl+R; Alt+a and Alt+Shift+A differ (``key_name``)
        label = "+".join(m.capitalize() for m in _conventional(mods)) + "+" + label
    return label


def _conventional(mods: list[str]) -> list[str]:
    """Modifiers in the order people write them, Ctrl, Alt, Shift, then the rest
    (``MODIFIERS``): Textual names Ctrl+Alt+S ``alt+ctrl+s`` (its modifiers sorted, as
    ``key_name`` stores them), which the help, the footer and ``check`` showed as
    "Alt+Ctrl+S". A modifier ``MODIFIERS`` does not know keeps its place after them."""
    said = [m.lower() for m in mods]
    return [m for m in MODIFIERS if m in said] + [m for m in said if m not in MODIFIERS]


def keys_label(keys: str) -> str:
    """A comma-separated key list as a person types it: ``g,home`` -> ``g, Home``."""
    return ", ".join(key_label(k) for k in keys.split(",") if k.strip())


_BY_ID = {k.id: k for k in KEYS}


def spec(binding_id: str) -> KeySpec:
    return _BY_ID[binding_id]


def effective_keys(overrides: Mapping[str, str]) -> dict[str, str]:
    """Binding id -> keys after applying the config's ``[keys]`` table."""
    return {k.id: overrides.get(k.id, k.keys) for k in KEYS}


def shown_key(binding_id: str, overrides: Mapping[str, str]) -> str:
    """A binding's first key after the config's ``[keys]``, as a person types it ("a", "F5")."""
    return key_label(effective_keys(overrides)[binding_id].split(",")[0])


def by_scope(scope: str) -> list[KeySpec]:
    return [k for k in KEYS if k.scope == scope]


#: ``app`` bindings that act on the dashboard's panels, so only while the dashboard is the
#: screen (the app's ``check_action`` turns them off on every other screen); the other ``app``
#: bindings (quit, help, refresh, sources, alerts, theme) work on every screen
MAIN_ONLY: frozenset[str] = frozenset(
    {"filter", "pick-metal", "clear-metal", "all-stories", "next-unread"}
    | {f"panel-{n}" for n in range(1, 10)}
)


def screens(binding_id: str) -> frozenset[str]:
    """The screens where a binding's key does something: ``main`` (the dashboard), ``detail``
    (a story, the evidence, sources, alerts, help) and ``chart`` (a detail screen with frame
    keys). Two bindings whose screens meet cannot share a key: on a screen where both work the
    screen's binding wins and the other is silently never reached (``frame-1m = "a"`` left the
    alerts log without a key on the chart)."""
    k = _BY_ID[binding_id]
    if k.scope == "app":
        return frozenset({"main"} if binding_id in MAIN_ONLY else {"main", "detail", "chart"})
    if k.scope == "panel":
        return frozenset({"main"})
    if k.scope == "chart":
        return frozenset({"chart"})
    return frozenset({"detail", "chart"})  # the chart is a detail screen with frame keys


#: the screens of ``screens``, as ``metalwatch check`` names them, in the order it lists them
SCREEN_NAMES: dict[str, str] = {
    "main": "dashboard",
    "chart": "chart",
    "detail": "story, evidence, sources, alerts, help",
}


def where_named(where: frozenset[str]) -> str:
    """Screens of ``screens`` as ``check`` says them: "the dashboard", "the chart and the story,
    evidence, sources, alerts, help screens"."""
    named = {"main": "the dashboard", "chart": "the chart", "detail": "the detail screens"}
    parts = [named[w] for w in SCREEN_NAMES if w in where]
    return " and ".join(parts) if len(parts) < 3 else "every screen"


def remapped(overrides: Mapping[str, str]) -> dict[str, list[str]]:
    """What ``[keys]`` changed, screen by screen (``SCREEN_NAMES``' order, only the screens it
    changed): ``"Refresh [refresh]: Ctrl+R (was r)"`` for each remapped binding whose key works there."""
    out: dict[str, list[str]] = {}
    for screen in SCREEN_NAMES:
        lines = [
            f"{k.description} [{k.id}]: {keys_label(overrides[k.id])} (was {keys_label(k.keys)})"
            for k in KEYS
            if k.id in overrides and overrides[k.id] != k.keys and screen in screens(k.id)
        ]
        if lines:
            out[SCREEN_NAMES[screen]] = lines
    return out


# ---- key names, as the config may write them --------------------------------------------

MODIFIERS = ("ctrl", "alt", "shift", "meta", "super", "hyper")
#: Textual's names of the keys that are not characters
NAMED_KEYS = frozenset(
    {"backspace", "delete", "down", "end", "enter", "escape", "home", "insert", "left"}
    | {"pagedown", "pageup", "right", "space", "tab", "up"}
    | {f"f{n}" for n in range(1, 25)}
)
# how the help, the footer and people write them -> Textual's name
_SPOKEN = {label.lower(): name for name, label in _TYPED.items() if len(label) > 1}
_SPOKEN |= {"esc": "escape", "return": "enter", "del": "delete", "ins": "insert"}
_SPOKEN |= {"page_up": "pageup", "page_down": "pagedown", "pgdown": "pagedown"}
_ARROWS = {label: name for name, label in _TYPED.items() if name in ("up", "down", "left", "right")}
# Textual's own names of some characters (``textual.keys.KEY_NAME_REPLACEMENTS``)
_CHAR_NAMES = {
    "solidus": "slash",
    "reverse_solidus": "backslash",
    "commercial_at": "at",
    "hyphen_minus": "minus",
    "plus_sign": "plus",
    "low_line": "underscore",
}


def char_key(ch: str) -> str:
    """One typed character as Textual names its key: ``?`` -> ``question_mark``, ``/`` ->
    ``slash``, a letter or digit as it is (``textual.keys._character_to_key``)."""
    import unicodedata

    if ch.isalnum():
        return ch
    if ch == "\t":
        return "tab"
    try:
        name = unicodedata.name(ch).lower().replace("-", "_").replace(" ", "_")
    except ValueError:
        return ch
    return _CHAR_NAMES.get(name, name)


def _char_names() -> frozenset[str]:
    return frozenset(char_key(chr(c)) for c in range(0x21, 0x7F))


def key_name(written: str) -> str | None:
    """One key as Textual names it, from the ways a config may write it: Textual's own name
    (``ctrl+r``, ``f5``, ``question_mark``), the character (``?``), or as the help and the footer
    show it (``Ctrl+R``, ``F5``, ``Enter``, ``PgDn``, ``Esc``). None for what names no key
    (``ctrl-r``, ``Ctrl``, ``f25``, ``shift+1``).

    A letter's case says what the terminal tells apart. Alone, ``R`` is Shift+r (and
    ``shift+r`` is ``R``, the character the terminal sends). With Alt (or Super, Meta, Hyper)
    the terminal sends the typed character too, so ``alt+A`` is Alt+Shift+A, which Textual
    names ``alt+shift+a`` (``alt+a`` is Alt and the a key); with Ctrl it sends one control code
    for r and R, so ``Ctrl+R`` (as the help shows ``ctrl+r``) is ``ctrl+r``. Modifiers come in
    Textual's order, whatever the order written (``shift+alt+a`` is ``alt+shift+a``): Textual
    matches a binding's key by its exact name."""
    text = written.strip()
    if not text:
        return None
    if text == "+" or text.endswith("++"):  # the plus key, alone or with modifiers
        mods, base = (text[:-2].split("+") if len(text) > 1 else []), "+"
    else:
        *mods, base = text.split("+")
    mods = [m.strip().lower() for m in mods]
    if any(m not in MODIFIERS for m in mods) or len(set(mods)) != len(mods):
        return None
    base = base.strip() or base  # " " is the space key
    # the arrows as the help shows them: "Ctrl+Shift+↑" read back as ``upwards_arrow``, a key
    # no terminal sends, and "Shift+↑" was refused as Shift and a character
    base = _ARROWS.get(base, base)
    if mods == ["shift"] and len(base) == 1:
        # a terminal sends the character Shift types: Shift+R arrives as "R", never as
        # "shift+r" (a binding the key never reached); Shift+1 as "!" on one keyboard, "+" on
        # another: write the character
        return base.upper() if base.isalpha() else None
    if len(base) == 1:
        if mods and base.isalpha():
            if base.isupper() and "ctrl" not in mods and "shift" not in mods:
                mods.append("shift")  # alt+A: Alt and the capital A
            base = base.lower()
        name = char_key(base)
    else:
        low = base.lower()
        name = _SPOKEN.get(low, low)
        if name not in NAMED_KEYS and name not in _char_names():
            return None
    return "+".join([*sorted(mods), name])  # Textual's order (``_xterm_parser``)


def key_names(written: str) -> list[str | None]:
    """Each key of a comma-separated list, as ``key_name`` reads it (``"g,home"``). A comma on
    its own (``","``, ``"g,,"``) is the comma key."""
    parts = written.split(",")
    if all(not p.strip() for p in parts) and "," in written:
        return [key_name(",")]
    return [key_name(p) for p in parts if p.strip()]


#: Keys the app uses before any binding of the keymap sees them: a binding remapped to one
#: would never be reached. (key -> what it does; the ids that may still take it)
RESERVED: dict[str, tuple[str, frozenset[str]]] = {
    "up": ("moves the cursor in every list", frozenset({"up", "detail-up"})),
    "down": ("moves the cursor in every list", frozenset({"down", "detail-down"})),
    "tab": ("moves to the next panel", frozenset()),
    "shift+tab": ("moves to the previous panel", frozenset()),
    "ctrl+p": ("opens the command palette", frozenset()),
    "ctrl+c": ("copies the selected text", frozenset()),
    "ctrl+q": ("quits", frozenset({"quit"})),
}


def reserved(overrides: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(binding id, key, what the key does already) for each remapped key the app keeps."""
    out: list[tuple[str, str, str]] = []
    for bid, keys in overrides.items():
        for key in (k.strip() for k in keys.split(",")):
            taken = RESERVED.get(key)
            if taken is not None and bid not in taken[1]:
                out.append((bid, key, taken[0]))
    return out


def conflicts(overrides: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(binding id, key, other binding id) for each remapped key that clashes."""
    keys = effective_keys(overrides)
    out: list[tuple[str, str, str]] = []
    for bid in overrides:
        if bid not in _BY_ID:
            continue
        mine = {k.strip() for k in keys[bid].split(",")}
        where = screens(bid)
        for other in KEYS:
            if other.id == bid or not where & screens(other.id):
                continue
            clash = mine & {k.strip() for k in keys[other.id].split(",")}
            for key in sorted(clash):
                out.append((bid, key, other.id))
    return out
