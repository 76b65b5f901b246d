"""The footer: every shown key, the ones a user needs most first.

Textual's ``Footer`` lists keys in the order of the focus chain, so a focused panel's keys come
first and, at 80 columns, push quit, help, filter, metal and refresh off the edge. This footer
puts the keys of ``FIRST`` (binding ids: the keymap's, and the panels' ``clear-filter``) in
front; a key that does not fit whole before the palette key at the right end is left out,
never cut mid-word (it is in the help screen, ``?``, and the command palette). The keys of
``ESSENTIAL`` (how to quit, get help, refresh, go back) are kept first: where not every key
fits, the others are left out, from the first that does not fit on (at 60 columns "r Refresh"
gave way to "/ Filter" and "m Metal", which came before it). A kept filter's clear key is
one of them, in short ("Esc Clear") where its full words leave another out: at 60 columns the
footer of a filtered panel said nothing of how to see every row again. The others keep the keymap's
order within each panel or screen, remapped or not: Textual moves a remapped binding to the end
of its screen's keys (``sources = "S"`` put "S Sources" last, and at 120 columns off the footer,
where "s Sources" stood before "a Alerts").

The chart's six time-frame keys are shown all or none, never the first two alone (at 80
columns "1 1 month  2 3 months" read as the only frames), and only in the room the chart's
other keys leave (the chart's title line names them all at every width; "s Sources" and "a
Alerts" are said nowhere else there): in full ("1 1 month"), else in the frames' own short
names ("1 1M"), else as one item ("1-6 1M 3M 6M 1Y 5Y Max"), else not at all.

A modal with no footer of its own over the footer's screen (Textual's command palette, and the
theme picker, which is the same modal) takes every key while open: the footer then lists that
modal's keys (``Esc Close``), not its screen's (it went on saying "q Quit  ? Help  r Refresh",
which typed into the palette's search box), and its screen's again once the modal closes.

Where the quit key (as remapped) is text in a focused filter box, the footer says Textual's own
Ctrl+Q, which quits there (it said no way out at all).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import ActiveBinding, Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tui.core.keymap import KEYS, key_label
from tui.ui.key_words import our_words

FIRST: tuple[str, ...] = (
    "restore",
    "quit",
    "help",
    "clear-filter",
    "filter",
    "pick-metal",
    "refresh",
    "back",
)
#: Kept at any width they fit in (every width from 60 columns); the others give way first.
ESSENTIAL = frozenset({"restore", "quit", "help", "clear-filter", "refresh", "back"})
#: Shorter words of an essential key, said where its full ones leave another essential key out
#: (at 60 columns "Esc Clear filter" beside Quit, Help and Refresh).
SHORT_WORDS = {"clear-filter": "Clear"}
_ESSENTIAL_CLASS = "-essential"
#: Keys shown last, only in the room every other key leaves (the frame keys in the form they
#: took included): in full, else in these short words, else not at all (the help lists them).
#: The chart's marker list's Enter was in no footer at any width; in the room left it says
#: "Enter Open" (160 columns) or its whole "Enter Open its story or evidence" (180).
LATE_WORDS = {"open-marker": "Open"}
_LATE_CLASS = "-late"


_ORDER = {k.id: i for i, k in enumerate(KEYS)}  # the keymap's order, whatever the keys
#: Each time-frame key's short name, the frame's own as the chart's title line says it ("1M").
FRAME_NAMES = {k.id: k.action.split("'")[1] for k in KEYS if k.id.startswith("frame-")}
_FRAME_CLASS = "-frame"


def _rank(binding_id: str | None) -> int:
    if binding_id in LATE_WORDS:
        return len(FIRST) + 1
    return FIRST.index(binding_id) if binding_id in FIRST else len(FIRST)


def _place(binding_id: str | None) -> int:
    return _ORDER.get(binding_id or "", len(_ORDER))


class KeyFooter(Footer):
    """A ``Footer`` whose order suits a dashboard at any width."""

    def __init__(self) -> None:
        super().__init__()
        # its keys from its first frame: Textual's footer waits for the screen's first
        # bindings signal, which comes after a refresh, and an opened screen's footer line
        # stood empty until then (0.13-0.3 s in tmux)
        self.set_reactive(Footer._bindings_ready, True)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int, made: list[FooterKey] | None = None) -> None:
        """Show the keys that fit whole beside the palette key: the essential ones first, then
        the others in order until the first that does not fit; shown in their order. The frame
        keys all or none: in full, in short, as one item, or left out. ``made``: the keys being
        composed, fitted before their first frame (else the footer's own)."""
        keys = list(self.query(FooterKey)) if made is None else made
        room = width - sum(_width(k, self.compact) + 1 for k in keys if _is_palette(k))
        keys = [k for k in keys if not _is_palette(k)]
        late = [k for k in keys if k.has_class(_LATE_CLASS)]
        keys = [k for k in keys if not k.has_class(_LATE_CLASS)]
        frames = [k for k in keys if isinstance(k, FrameKey)]
        one = [k for k in keys if isinstance(k, FramesKey)]
        rest = [k for k in keys if not isinstance(k, (FrameKey, FramesKey))]
        # the frames take only the room the other keys leave: the chart's title line names
        # them at every width, and at 100 columns their short names had taken the place of
        # "s Sources" and "a Alerts", said nowhere else on the chart
        essential = [k for k in rest if k.has_class(_ESSENTIAL_CLASS)]
        for key in essential:
            if isinstance(key, ShortKey):
                key.shorten(False)
        kept = without = self._kept(rest, room)
        if any(id(k) not in kept for k in essential):
            for key in essential:
                if isinstance(key, ShortKey):
                    key.shorten(True)
            kept = without = self._kept(rest, room)
        for form, shown in (("full", frames), ("short", frames), ("one", one)):
            for frame in frames:
                frame.shorten(form != "full")
            tried = self._kept([k for k in keys if k in rest or k in shown], room)
            if all(id(k) in tried for k in shown) and without <= tried:
                kept = tried
                break
        used = sum(_width(k, self.compact) for k in keys if id(k) in kept)
        for key in late:  # in the room left: in full, else in short, else left out
            for short in (False, True):
                if isinstance(key, ShortKey):
                    key.shorten(short)
                if used + _width(key, self.compact) <= room:
                    kept.add(id(key))
                    used += _width(key, self.compact)
                    break
        for key in [*keys, *late]:
            key.display = id(key) in kept

    def _kept(self, keys: list[FooterKey], room: int) -> set[int]:
        """The keys (by ``id``) that fit in ``room``: the essential ones, then the others in
        order until the first that does not fit."""
        kept: set[int] = set()
        used = 0
        for essential in (True, False):
            for key in keys:
                if key.has_class(_ESSENTIAL_CLASS) != essential:
                    continue
                need = _width(key, self.compact)
                if used + need > room:
                    if essential:
                        continue  # a narrower essential key after it may still fit
                    break
                kept.add(id(key))
                used += need
        return kept

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        self.call_after_refresh(lambda: self._fit(self.size.width))
        keys_of = self.keys_screen()
        modal = keys_of is not self.screen
        active = keys_of_screen(keys_of)
        seen: set[str] = set()
        nodes: dict[int, int] = {}  # each node's place: the focused panel's keys first
        ranked: list[tuple[tuple[int, int, int, int], Binding, bool, str]] = []
        hidden_quit: tuple[DOMNode, Binding, bool, str] | None = None
        for node, binding, enabled, tooltip in active.values():
            if binding.action == "quit" and not binding.show and not modal:
                hidden_quit = (node, replace(binding, show=True, id="quit"), enabled, tooltip)
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            place = nodes.setdefault(id(node), len(nodes))
            order = (_rank(binding.id), place, _place(binding.id), len(ranked))
            ranked.append((order, binding, enabled, tooltip))
        if "quit" not in seen and hidden_quit is not None:
            # the quit key as remapped is text in a focused filter box: Textual's own Ctrl+Q
            # still quits there, said as the help says it (the footer said no way out)
            node, binding, enabled, tooltip = hidden_quit
            place = nodes.setdefault(id(node), len(nodes))
            order = (_rank(binding.id), place, _place(binding.id), len(ranked))
            ranked.append((order, binding, enabled, tooltip))
        ranked.sort(key=lambda item: item[0])
        shown = [(binding, enabled, tooltip) for _o, binding, enabled, tooltip in ranked]
        frames = [b for b, _e, _t in shown if b.id in FRAME_NAMES]
        made: list[FooterKey] = []
        self.styles.grid_size_columns = len(shown) + (len(frames) > 1)
        for binding, enabled, tooltip in shown:
            kind = (
                FrameKey
                if binding.id in FRAME_NAMES and not modal
                else ShortKey
                if (binding.id in SHORT_WORDS or binding.id in LATE_WORDS) and not modal
                else FooterKey
            )
            key = kind(
                binding.key,
                key_label(binding.key.split(",")[0])
                if modal or binding.id in LATE_WORDS  # "Enter", as the help says it, not "⏎"
                else self.app.get_key_display(binding),
                our_words(binding.description) if modal else binding.description,
                binding.action,
                classes=" ".join(
                    ["-compact"] * self.compact
                    + [_ESSENTIAL_CLASS] * (binding.id in ESSENTIAL)
                    + [_LATE_CLASS] * (binding.id in LATE_WORDS and not modal)
                ),
                disabled=not enabled,
                tooltip=tooltip,
            )
            if isinstance(key, ShortKey):
                key.short_words = {**SHORT_WORDS, **LATE_WORDS}[binding.id or ""]
            made.append(_settled(key, self.compact).data_bind(compact=Footer.compact))
            if len(frames) > 1 and binding is frames[-1] and not modal:
                one = FramesKey(frames, self.app.get_key_display)
                made.append(_settled(one, self.compact).data_bind(compact=Footer.compact))
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            palette = active.get(self.app.COMMAND_PALETTE_BINDING)
            if palette is not None:
                _node, binding, enabled, _tooltip = palette
                key = FooterKey(
                    binding.key,
                    self.app.get_key_display(binding),
                    our_words(binding.description),  # Textual's "palette": "Palette"
                    binding.action,
                    classes="-command-palette -compact",
                    disabled=not enabled,
                    tooltip=binding.tooltip or binding.description,
                )
                made.append(_settled(key, True))
        # fitted before they are painted: made anew (a screen opened, its keys changed), every
        # key stood for a frame, the chart's "1 1 month  2 3 months  3" cut at the edge at 80
        # columns where "s Sources  a Alerts" belong
        self._fit(self.size.width or self.app.size.width, made)
        yield from made

    def keys_screen(self) -> Screen[object]:
        """The screen whose keys work now: the footer's own, or a modal over it that has no
        footer of its own (the command palette, the theme picker)."""
        mine: Screen[object] = self.screen
        stack = self.app.screen_stack
        top = stack[-1] if stack else mine
        if (
            top is not mine
            and len(stack) > 1
            and stack[-2] is mine
            and top.is_modal
            and not top.query(KeyFooter)
        ):
            return top
        return mine


def keys_of_screen(screen: Screen[object]) -> dict[str, ActiveBinding]:
    """``screen``'s active keys as they are on it, also when another screen is on top (the
    app's ``check_action`` asks about ``app.bindings_of``, else the screen on top: a footer
    under the help read its keys as the help has them, "? Help", "/ Filter" hidden, and showed
    them for a moment when the help closed)."""
    app: Any = screen.app
    before, app.bindings_of = getattr(app, "bindings_of", None), screen
    try:
        return screen.active_bindings
    finally:
        app.bindings_of = before


class FrameKey(FooterKey):
    """A time-frame key: "1 1 month", or in short "1 1M" (the frame's own name)."""

    def shorten(self, short: bool) -> None:
        full = getattr(self, "_full", self.description)
        self._full = full
        said = FRAME_NAMES.get(_frame_id(self.action), full) if short else full
        if said != self.description:
            self.description = said
            self.refresh(layout=True)


class ShortKey(FooterKey):
    """An essential key with shorter words (:data:`SHORT_WORDS`): "Esc Clear filter", in
    short "Esc Clear"."""

    short_words: str = ""

    def shorten(self, short: bool) -> None:
        full = getattr(self, "_full", self.description)
        self._full = full
        said = (self.short_words or full) if short else full
        if said != self.description:
            self.description = said
            self.refresh(layout=True)


class FramesKey(FooterKey):
    """The frame keys as one item where they do not fit one by one: "1-6 1M 3M 6M 1Y 5Y Max"
    (the keys joined with "/" when remapped out of order); a click does nothing (which frame
    would it be?): each key still works."""

    def __init__(self, frames: list[Binding], display: Callable[[Binding], str]) -> None:
        typed = [display(b) for b in frames]
        digits = "".join(typed)
        ordered = digits.isdigit() and digits == "".join(
            str(int(typed[0]) + i) for i in range(len(typed))
        )
        key = f"{typed[0]}-{typed[-1]}" if ordered else "/".join(typed)
        names = " ".join(FRAME_NAMES.get(b.id or "", b.description) for b in frames)
        super().__init__("", key, names, "", classes=_FRAME_CLASS)
        self.display = False

    def on_mouse_down(self) -> None:
        return


def _frame_id(action: str) -> str:
    """The binding id of a frame action: "frame('1M')" -> "frame-1m"."""
    return "frame-" + action.split("'")[1].lower() if "'" in action else ""


def _is_palette(key: FooterKey) -> bool:
    return key.has_class("-command-palette")


def _width(key: FooterKey, compact: bool) -> int:
    """The cells a key takes: `` q Quit `` (or ``q Quit`` and a margin when compact)."""
    return len(key.key_display) + len(key.description) + (2 if compact else 3)


def _settled(key: FooterKey, compact: bool) -> FooterKey:
    """``key`` born with its ``compact`` value and class: left to the reactive's defaults, each
    key's watcher toggles the class once or twice as it mounts, and every toggle restyles it
    (42 style passes as the footer fills in, just after the first paint)."""
    key.set_reactive(FooterKey.compact, compact)
    return key
