"""The command palette (Ctrl+P): every action of the keymap, and "go to metal X"."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from tui.core.keymap import KEYS, effective_keys, keys_label

#: What a command opens, in the words a user searches the palette with: "chart" found nothing,
#: the chart being what "Details" opens on a price row.
ALSO = {"Details": "the price chart, a story or an evidence trail"}


class MetalwatchCommands(Provider):
    def _commands(self) -> list[tuple[str, Callable[[], Any], str]]:
        """The commands that work on the screen the palette was opened over: on a story or the
        chart, "Filter" or "Go to panel" did nothing, without a word (as their keys do there)."""
        app: Any = self.app
        out: list[tuple[str, Callable[[], Any], str]] = []
        config = getattr(app, "config", None)
        keys = effective_keys(dict(config.keys) if config is not None else {})
        dashboard = not app.screen_stack or self.screen is app.screen_stack[0]
        for k in KEYS:
            if k.scope in ("app", "panel") and not k.id.startswith("panel-"):
                works = self._in_panel if k.scope == "panel" else self._works
                if not (works(k.action) and (dashboard or k.scope != "panel")):
                    continue
                out.append(
                    (
                        k.description,
                        partial(self._run, k.action, k.scope),
                        f"key: {keys_label(keys[k.id])}"
                        + (f" · {ALSO[k.description]}" if k.description in ALSO else ""),
                    )
                )
        if not dashboard:
            return out + self._screen_commands(keys)
        for metal in getattr(app.config, "metals", ()):
            out.append(
                (
                    f"Go to metal: {metal.name}",
                    partial(app.set_metal, metal.id),
                    "narrow every panel",
                )
            )
        out.append(("Show all metals", partial(app.set_metal, None), "clear the metal filter"))
        for panel in app.panels:
            out.append((f"Go to panel: {panel.config.title}", panel.table.focus, panel.config.kind))
        return out

    def _screen_commands(self, keys: dict[str, str]) -> list[tuple[str, Callable[[], Any], str]]:
        """The palette's screen's own commands (a story's or the evidence's "Open link", the
        chart's time frames, "Back"), as its footer offers them: on a story the palette found
        no "Open link" while ``o`` (or its remap) opened it."""
        out: list[tuple[str, Callable[[], Any], str]] = []
        for k in KEYS:
            name = k.action.split("(")[0]
            if k.scope not in ("detail", "chart") or not k.show or not self._on_screen(name):
                continue
            run = partial(self.app.call_later, self.screen.run_action, k.action)
            out.append((k.description, run, f"key: {keys_label(keys[k.id])}"))
        return out

    def _on_screen(self, name: str) -> bool:
        """The palette's screen has the action and its key would do it there."""
        screen: Any = self.screen
        has = callable(getattr(screen, f"action_{name}", None))
        return has and screen.check_action(name, ()) is not False

    def _works(self, action: str) -> bool:
        """The app's action is one its key would do on the palette's screen (``check_action``
        asked about that screen, as the help does)."""
        app: Any = self.app
        before, app.bindings_of = getattr(app, "bindings_of", None), self.screen
        try:
            return app.check_action(action.split("(")[0], ()) is not False
        finally:
            app.bindings_of = before

    def _panel(self) -> Any:
        """The panel a panel command acts on: the one focused on the palette's screen (the
        palette's own box has the app's focus while it is open), else the first."""
        app: Any = self.app
        node: Any = self.screen.focused
        while node is not None and node not in app.panels:
            node = node.parent
        return node if node is not None else (app.panels[0] if app.panels else None)

    def _in_panel(self, action: str) -> bool:
        """The panel's key would do ``action`` on its row (``check_action``, as the footer
        asks): "Open link" and "Copy link" on a row with no link did nothing, without a word,
        where the footer offered no ``o``."""
        panel = self._panel()
        return panel is not None and panel.table.check_action(action, ()) is not False

    def _run(self, action: str, scope: str) -> None:
        app: Any = self.app
        if scope == "panel":
            panel = app.focused_panel() or self._panel()
            if panel is not None:
                panel.table.focus()
                self.app.call_later(panel.table.run_action, action)
            return
        self.app.call_later(self.app.run_action, action)

    # Names and titles come from the config and are text, never markup: the palette reads a
    # ``str`` prompt, ``Matcher.highlight`` and every help line as markup ("[b]Zinc[/b]" showed
    # bold, "[@click=app.quit]" became a click that quits). Prompts go as ``Content``, help
    # escaped.

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(Content(name), callback, text=name, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if not score and name in ALSO:  # found by what it opens, ranked below a name
                score = matcher.match(ALSO[name]) * 0.5
            if score > 0:
                yield Hit(
                    score, highlight(matcher, name), callback, text=name, help=escape(help_text)
                )


def highlight(matcher: Matcher, name: str) -> Content:
    """``name`` as plain text with the query's matched characters styled (as
    ``Matcher.highlight`` does for a markup string)."""
    content = Content(name)
    score, offsets = matcher.fuzzy_search.match(matcher.query, name)
    if not score:
        return content
    for offset in offsets:
        if not name[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
