"""Help: generated from the bindings (after any remapping), never written by hand."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Footer, Static

from tui.core.keymap import KEYS, effective_keys
from tui.ui.screens.base import DetailScreen

SCOPES = {
    "app": "Everywhere",
    "panel": "In a panel",
    "chart": "On the price chart",
    "detail": "On a detail screen",
}


def help_text(overrides: dict[str, str]) -> Text:
    keys = effective_keys(overrides)
    t = Text()
    t.append("metalwatch keys\n", style="bold")
    t.append(
        "Tab / Shift+Tab move between panels; arrows move within them; Ctrl+P opens the command palette.\n",
        style="dim",
    )
    for scope, title in SCOPES.items():
        t.append(f"\n{title}\n", style="bold underline")
        panel_keys = [keys[f"panel-{n}"] for n in range(1, 10)]
        grouped = panel_keys == [str(n) for n in range(1, 10)]
        for k in KEYS:
            if k.scope != scope:
                continue
            if grouped and k.id.startswith("panel-"):
                if k.id == "panel-1":
                    t.append(f"  {'1 … 9':<16}", style="bold")
                    t.append("Jump to panel N")
                    t.append("   [panel-1 … panel-9]\n", style="dim")
                continue
            shown = ", ".join(_pretty(x) for x in keys[k.id].split(","))
            t.append(f"  {shown:<16}", style="bold")
            t.append(f"{k.description}")
            t.append(f"   [{k.id}]\n", style="dim")
    t.append('\nRemap any key in the config: [keys] refresh = "f5"\n', style="dim")
    return t


def _pretty(key: str) -> str:
    return {"question_mark": "?", "slash": "/", "escape": "Esc", "enter": "Enter"}.get(
        key.strip(), key.strip()
    )


class HelpScreen(DetailScreen):
    def compose(self) -> ComposeResult:
        config = getattr(self.app, "config", None)
        overrides = dict(config.keys) if config is not None else {}
        with VerticalScroll(id="detail"):
            yield Static(help_text(overrides), id="help-text")
        yield Footer()
