"""Textual ``Binding`` objects built from the one keymap table (``tui.core.keymap``)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from tui.core.keymap import KEYS


def bindings(scope: str) -> list[BindingType]:
    return [
        Binding(
            k.keys,
            k.action,
            k.description,
            show=k.show,
            key_display=k.key_display,
            id=k.id,
        )
        for k in KEYS
        if k.scope == scope
    ]
