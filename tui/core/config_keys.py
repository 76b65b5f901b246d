"""The config's ``[keys]`` table: each remapped binding read and checked against the keymap
(:func:`parse_keys`, for :func:`tui.core.config.parse_config`), and what ``metalwatch check``
says of it (:func:`describe_keys`). The keymap is imported inside the functions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tui.core.config_decode import Collector
from tui.core.validate import suggest


def parse_keys(c: Collector, raw_keys: dict[str, Any]) -> dict[str, str]:
    """Each remapped binding's keys as Textual names them (``Ctrl+R`` as the help shows it is
    ``ctrl+r``, ``?`` is ``question_mark``), so a key the app cannot tell from another's is
    found as a clash; a name no key has, or a key the app keeps for itself, is refused: either
    passed ``check`` and left the action without a key."""
    from tui.core.dead_keys import live_first
    from tui.core.keymap import (
        BINDING_IDS,
        DETAIL_FOLLOWS,
        conflicts,
        key_label,
        key_names,
        reserved,
        screens,
        where_named,
    )

    keys: dict[str, str] = {}
    for k, val in raw_keys.items():
        if k not in BINDING_IDS:
            c.add(f"keys.{k}", f"unknown binding id{suggest(k, BINDING_IDS)}", "keys", None, k)
        elif not isinstance(val, str) or not val.strip():
            c.add(f"keys.{k}", "expected a key name such as 'ctrl+r' or 'f5'", "keys", None, k)
        elif None in (names := key_names(val)):
            bad = next(p.strip() for p in val.split(",") if p.strip() and not key_names(p)[0])
            c.add(f"keys.{k}", _not_a_key(bad), "keys", None, k)
        else:
            keys[k] = ",".join(dict.fromkeys(n for n in names if n))
    followed = {d: p for d, p in DETAIL_FOLLOWS.items() if p in keys and d not in raw_keys}
    for detail, panel in followed.items():  # a detail screen's move takes the dashboard's remap
        keys[detail] = keys[panel]
    for bid, key, other in conflicts(keys):
        shown = key_label(key)  # as the user wrote it, most likely
        where = where_named(screens(bid) & screens(other))  # where one of them is never reached
        named = followed.get(bid, bid)  # the id the user wrote
        also = f" (as {bid!r}, which follows it)" if bid in followed else ""
        c.add(
            f"keys.{named}",
            f"key {shown!r} is already bound to {other!r}{also} (both at work on {where})",
            "keys",
            None,
            named,
        )
    for bid, key, what in reserved(keys):
        shown = key_label(key)
        c.add(f"keys.{bid}", f"key {shown!r} {what}: it cannot be remapped", "keys", None, bid)
    return live_first(keys)  # a key that fires shown first; a default kept for a dead remap


def _not_a_key(written: str) -> str:
    from tui.core.keymap import key_name

    guess = key_name(written.replace("-", "+")) if "-" in written else None
    hint = f" (did you mean {guess!r}?)" if guess else ""
    return (
        f"{written!r} is not a key name{hint}: a character ('?', 'x'), a key ('f5', 'enter',"
        " 'pagedown') or modifiers and a key ('ctrl+r', 'alt+shift+up')"
    )


def describe_keys(keys: Mapping[str, str]) -> str:
    """``check``'s word on ``[keys]``: each screen's remapped keys (the clashes were refused)."""
    from tui.core.fmt import counted
    from tui.core.keymap import remapped, spec

    by_screen = remapped(keys)
    if not by_screen:
        return "  keys: the defaults (none remapped)"
    changed = sum(1 for bid, k in keys.items() if k != spec(bid).keys)
    lines = [f"  keys: {counted(changed, 'binding')} remapped, no clashes; on each screen:"]
    for screen, changes in by_screen.items():
        line = f"    {screen}:"
        for i, change in enumerate(changes):  # a change is never cut over two lines
            item = change + (";" if i < len(changes) - 1 else "")
            if len(line) + 1 + len(item) > 100 and not line.endswith(":"):
                lines.append(line)
                line = "     "
            line += " " + item
        lines.append(line)
    return "\n".join(lines)
