"""The dashboard's screen: Textual's own, less a restyle of every widget before the first paint.

Textual restyles a screen's every node each time it resumes (a theme may have changed while
another screen was on top). At the first resume nothing has: each widget was styled when it was
mounted and again for any class or focus change since, so that pass (~7 ms of the start: the
headline list's sixteen component classes among it) only repeats the work. Every later resume
restyles as before. The first focus likewise restyles only what a focus state can change.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events
from textual.binding import BindingType
from textual.geometry import Region
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

from tui.ui.keymap_chain import KeymapFirst
from tui.ui.maximized import RESTORE, Restores

# the pseudo-classes a focus change turns on or off
_FOCUS_STATES = frozenset({"focus", "blur", "focus-within"})


class MainScreen(KeymapFirst, Restores, Screen[None]):
    # Textual merges the bindings of its own classes only: ``Restores`` and ``KeymapFirst`` (the
    # keymap applied before a filter box's keys are left out) are plain mixins
    BINDINGS: ClassVar[list[BindingType]] = [RESTORE]
    _resumed = False
    _focused_once = False

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Screen's own handler runs after this one, with the event as left here
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def render_lines(self, crop: Region) -> list[Strip]:
        """Textual's own, each line drawn once: a screen that shows only its background (no
        border, outline, padding, hatch or keyline, opaque) has the same line all the way down.
        Textual drew all of them (48 at 160x48: through Rich, then its styles cache and line
        filter), where its widgets cover all but the grid's gutter (~14 M instructions)."""
        if crop.height > 1 and self._plain_background():
            return super().render_lines(Region(crop.x, crop.y, crop.width, 1)) * crop.height
        return super().render_lines(crop)

    def _plain_background(self) -> bool:
        styles = self.styles
        return (
            styles.background.a == 1
            and not any(edge for edge, _ in styles.border)
            and not any(edge for edge, _ in styles.outline)
            and not any(styles.padding)
            and styles.hatch in (None, "none")
            and styles.keyline[0] == "none"
            and self.BLANK is False
        )

    def _update_auto_focus(self) -> None:
        """Screen's own, focusing with ``focus_once``."""
        if not self.app.app_focus or self.focused is not None:
            return
        auto_focus = self.app.AUTO_FOCUS if self.AUTO_FOCUS is None else self.AUTO_FOCUS
        if not auto_focus:
            return
        for widget in self.query(auto_focus):
            if widget.focusable:
                focus_once(self, widget)
                break

    def _update_focus_styles(
        self, focused: Widget | None = None, blurred: Widget | None = None
    ) -> None:
        """Screen's own (private: Textual is pinned; tests/app/test_first_paint.py fails if it
        stops being called or styles differently), less work at the start: the first focus
        restyles the panel around the focused widget for ``:focus-within`` and, of what is in
        it, only the nodes a rule with a focus state can match (the headline list and its
        sixteen component classes were styled again for nothing: ~7 M instructions). Every
        later focus change restyles as Textual does."""
        if self._focused_once or focused is None or blurred is not None:
            self._focused_once = True
            super()._update_focus_styles(focused, blurred)
            return
        self._focused_once = True
        within = next(
            (w for w in reversed(focused.ancestors_with_self) if w._has_focus_within), None
        )
        if within is None:
            return
        sheet = self.app.stylesheet
        names = {
            n for r in sheet.rules if r.pseudo_classes & _FOCUS_STATES for n in r.selector_names
        }
        nodes = [
            node
            for node in within.walk_children(with_self=True)
            if node is within
            or not names.isdisjoint(node._selector_names)
            or not names.isdisjoint(f".{c}" for c in node._get_component_classes())
        ]
        sheet.update_nodes(nodes, animate=True)


def focus_once(screen: Screen[Any], widget: Widget) -> None:
    """Focus ``widget`` with one restyle of it, not two. Textual's way sets ``has_focus``
    (its watcher restyles the widget: the headline list has sixteen component classes) and
    restyles the panel around it for ``:focus-within``, the widget again with it. Here
    ``has_focus`` is set without its watcher when that second pass follows (on the
    ``MainScreen``, the first one restyles of the panel what a rule with a focus state can
    match: then the widget only if such a rule can match it)."""
    if screen.focused is widget or not widget.focusable:
        return
    if any(node._has_focus_within for node in widget.ancestors_with_self):
        widget.set_reactive(Widget.has_focus, True)
    screen.set_focus(widget)
