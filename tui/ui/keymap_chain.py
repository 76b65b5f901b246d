"""A screen's keys as ``[keys]`` made them, also while a text box has the focus.

Textual builds a screen's chain of bindings, leaves out every key a focused text box would take
as text, and only then applies the keymap (``[keys]``): a binding remapped from a printable key
to one the box never takes was left out by its old key. With ``refresh = "f5"`` F5 did nothing
while a panel's filter box had the focus, and the footer there said only "F1 Help  Esc Clear
filter". ``KeymapFirst`` applies the keymap first, then leaves out what the box takes: F5
refreshes while filtering, ``r`` is still typed into the box, and a key remapped to a printable
one (``sources = "S"``) is still left out there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.binding import BindingsMap
from textual.keys import key_to_character

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.screen import Screen

__all__ = ["KeymapFirst"]


class KeymapFirst:
    """A ``Screen`` mixin: its binding chain with the keymap applied before the text box's
    keys are left out (Textual's own order the other way round)."""

    @property
    def _binding_chain(self) -> list[tuple[DOMNode, BindingsMap]]:
        screen = cast("Screen[object]", self)
        focused = screen.focused
        if focused is not None and focused.loading:
            focused = None
        chain: list[tuple[DOMNode, BindingsMap]]
        if focused is None:
            chain = [(screen, screen._bindings.copy()), (screen.app, screen.app._bindings.copy())]
        else:
            chain = [(node, node._bindings.copy()) for node in focused.ancestors_with_self]
        keymap = screen.app._keymap
        if keymap:
            for namespace, bindings_map in chain:
                result = bindings_map.apply_keymap(keymap)
                if result.clashed_bindings:
                    screen.app.handle_bindings_clash(result.clashed_bindings, namespace)
        takers: list[DOMNode] = []  # the nodes before: a focused box takes its printable keys
        for namespace, bindings_map in chain:
            for taker in takers:
                for key in list(bindings_map.key_to_bindings):
                    if taker.check_consume_key(key, key_to_character(key)):
                        del bindings_map.key_to_bindings[key]
            takers.append(namespace)
        return chain
