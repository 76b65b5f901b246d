"""The theme: the config's ``[app] theme`` unless the user picked one with ``t`` since.

The pick is stored with when it was made. One the cache refused (a lock, a file made read-only,
a full disk) is kept beside the store at once and at the quit (``tui.store.settings_aside``),
read at the next start (it wins over an older pick in the store) and taken into the store by the
next session that can write it."""

from __future__ import annotations

import threading
from datetime import datetime, timezone
from typing import Any

from textual import work

from tui.ui.app_base import AppLayer
from tui.ui.css_cache import CachedStylesheet
from tui.ui.widgets.panel import Panel

PICKED = "theme"  # store meta: the theme the user picked last
PICKED_UNDER = "theme_config"  # store meta: the config's theme when they picked it
PICKED_AT = "theme.at"  # store meta: when they picked it (``settings_aside.at_key(PICKED)``)
#: The meta keys the first paint reads (``_remembered_theme``), which the quit keeps beside the
#: store for it (``Closing``, ``tui.store.look_file``): one list, so the two cannot drift apart.
LOOK_KEYS = (PICKED, PICKED_UNDER, PICKED_AT)


def choose_theme(config_theme: str, picked: str | None, picked_under: str | None) -> str:
    """The user's pick stands while the config still names the theme it named when they picked;
    a config that names another theme since takes over (and so does a pick stored before the
    config's theme was remembered with it)."""
    if picked and picked_under == config_theme:
        return picked
    return config_theme


class Theming(AppLayer):
    _theme_wanted: str | None = None  # the newest pick, for ``_save_theme``
    _theme_at: datetime | None = None  # when it was picked
    _theme_aside = False  # a pick kept beside the store was read at the start: to be stored
    _theme_saved: str | None = None
    _theme_lock = threading.Lock()  # shared by the instances: they only ever wait on each other
    _themes_ready = False  # False while the app itself sets the theme at start

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # before the first stylesheet parse: set in ``on_mount``, the theme's variables cost a
        # second parse of the whole stylesheet and a restyle of every widget before the first paint
        self._register_themes()

    def _register_themes(self) -> None:
        from tui.ui.themes import cache_file, load_themes

        themes, problems = load_themes(cache=cache_file())
        for theme in themes:
            self.register_theme(theme)
        for problem in problems:
            self.notify(problem, severity="warning", timeout=10)
        picked, under = self._remembered_theme()
        wanted = choose_theme(self.config.app.theme, picked, under)
        names = {t.name for t in themes} | set(self.available_themes)
        if wanted in names:
            self.theme = wanted
        else:
            self.notify(f"theme {wanted!r} not found; using metalwatch-dark", severity="warning")
            self.theme = "metalwatch-dark" if "metalwatch-dark" in names else "textual-dark"
        self._themes_ready = True

    def get_css_variables(self) -> dict[str, str]:
        """Textual's own, once the app's theme is set: before that (``App.__init__`` and the
        stylesheet made in ``AppBase``) the variables would be the default theme's, computed
        twice for nothing (~3 M instructions each): the first parse, after the theme is set,
        takes the theme's from ``refresh_css``."""
        if not self._themes_ready:
            return {}
        sheet = self.stylesheet
        if not isinstance(sheet, CachedStylesheet):
            return super().get_css_variables()
        # kept from the last start with the same theme (and Textual): the same dict
        key = repr((self.current_theme, sorted(self.get_theme_variable_defaults().items())))
        variables = sheet.kept_variables(key)
        if variables is None:
            variables = super().get_css_variables()
            sheet.keep_variables(key, variables)
        self.theme_variables = variables
        return dict(variables)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """metalwatch's variables (statuses, price moves, the sparklines) for a theme that does
        not set them, from that theme's text colours (``themes.variable_defaults``)."""
        from tui.ui.themes import variable_defaults

        return {**super().get_theme_variable_defaults(), **variable_defaults(self.current_theme)}

    def refresh_css(self, animate: bool = True) -> None:
        """Setting the theme in ``__init__`` asks Textual to parse the whole stylesheet again
        with its variables, once the app starts. Before any screen is up nothing was styled:
        the variables are all that is needed (the first parse uses them), and the second parse
        of every rule (~15 ms of the first paint) is skipped."""
        if not self.screen_stack:
            self.stylesheet.set_variables(self.get_css_variables())
            return
        super().refresh_css(animate)

    def _remembered_theme(self) -> tuple[str | None, str | None]:
        """The store's pick, or one kept beside it (a refused write) if that was picked later."""
        from tui.store import settings_aside

        picked = under = at = None
        try:
            with self._glance() as store:
                picked, under, at = (store.get_meta(k) for k in LOOK_KEYS)
        except Exception:
            pass
        kept = settings_aside.load(self.store_path).get(PICKED)
        self._theme_aside = kept is not None
        if kept is not None and settings_aside.wins(kept, at):
            return kept.values.get(PICKED), kept.values.get(PICKED_UNDER)
        return picked, under

    def _theme_setting(self, theme: str, at: datetime | None) -> Any:
        from tui.store.settings_aside import Setting

        at = at or datetime.now(timezone.utc)
        return Setting({PICKED: theme, PICKED_UNDER: self.config.app.theme}, at)

    def keep_theme_aside(self) -> str | None:
        """At the quit: a pick not yet in the cache file kept beside the store
        (``tui.store.settings_aside``); what to say when it could not be (lost), else None."""
        from tui.store.settings_aside import aside_path, keep

        theme = self._theme_wanted
        if theme is None or theme == self._theme_saved:
            return None
        why = keep(self.store_path, {PICKED: self._theme_setting(theme, self._theme_at)})
        if why is None:
            return None
        path = aside_path(self.store_path)
        return f"the theme picked ({theme}) could not be saved: {path} cannot be written ({why})"

    def watch_theme(self, theme: str) -> None:
        if not self._themes_ready:  # the start: nothing is on screen yet
            return
        # the user's pick (t, the palette), with the config it beat, kept from a thread: the
        # picker sets the theme on every highlight, and a store another program held locked
        # froze the screen for the busy timeout at each arrow key
        self._theme_wanted, self._theme_at = theme, datetime.now(timezone.utc)
        self._save_theme()
        # the theme's variables are in place only after Textual refreshes the CSS: repaint then
        self.call_next(self._repaint_for_theme)

    @work(thread=True, group="theme-save", exit_on_error=False)
    def _save_theme(self) -> None:
        """Write the newest pick, one writer at a time; and a pick an earlier session kept
        beside the store, once the file takes writes."""
        from tui.store import Store, settings_aside
        from tui.store.codec import dt_text

        with self._theme_lock:  # one at a time; each writes the newest pick
            theme, at = self._theme_wanted, self._theme_at
            pending = theme is not None and theme != self._theme_saved
            if not pending and not settings_aside.aside_path(self.store_path).is_file():
                return
            shared = self._store if self._store is not None and self._store.read_only else None
            try:
                store = shared or Store(self.store_path)
            except Exception:  # locked against reads too: beside the store now
                if theme is not None and pending:
                    settings_aside.keep(self.store_path, {PICKED: self._theme_setting(theme, at)})
                return
            try:
                if theme is not None and pending:
                    setting = self._theme_setting(theme, at)
                    store.set_metas({**setting.values, PICKED_AT: dt_text(setting.at)})
                    if store.read_only is not None:
                        # kept out by a lock or a refused write: beside the store at once (a
                        # session ended before the cache takes writes again keeps it), and
                        # pending, saved again once it does (``reopening``): the merge back
                        # keeps the file's own pick; read-only for good: nothing to wait for
                        settings_aside.keep(self.store_path, {PICKED: setting})
                    if store.read_only is None or (shared is not None and not shared.retry_wanted):
                        self._theme_saved = theme
                if store.read_only is None:  # a pick kept aside before, if newer: stored
                    settings_aside.take(store, self.store_path)
            except Exception:
                pass
            finally:
                if store is not shared:
                    store.close()

    def _repaint_for_theme(self) -> None:
        for panel in self.query(Panel):
            panel.show()
        redraw = getattr(self.screen, "redraw", None)
        if callable(redraw):  # the chart screen
            redraw()
