"""Textual ``Binding`` objects built from the one keymap table (``tui.core.keymap``)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from tui.core.keymap import KEYS, key_label


def bindings(scope: str) -> list[BindingType]:
    return [
        Binding(
            k.keys,
            k.action,
            k.description,
            show=k.show,
            key_display=k.key_display or _display(k.keys),
            id=k.id,
        )
        for k in KEYS
        if k.scope == scope
    ]


def _display(keys: str) -> str | None:
    """The first key as a person types it, where Textual's own display would differ."""
    first = keys.split(",")[0].strip()
    label = key_label(first)
    return label if label != first else None
