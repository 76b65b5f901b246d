"""The config checked again after the first paint: a config taken from the config cache
(``recheck``, ``tui.core.config_cache``) validated in a thread, the app ended when the file
turned out broken (the command prints its errors as a start with it does), and what
``metalwatch check`` warns of in it said once in a notification. A base of ``AppBase``."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from tui.core.config_types import Config
from tui.ui.hand_over import hand_back

if TYPE_CHECKING:
    from textual.app import App

    _App = App[None]
else:
    _App = object  # ``MetalwatchApp`` puts ``App`` under it (see ``tui.ui.app_base.AppLayer``)

#: The config warnings a start's notification lists (``metalwatch check`` lists them all).
SHOWN_WARNINGS = 3


class Rechecking(_App):
    config: Config
    recheck: Callable[[], Config] | None  # the config came from the cache: validated after
    config_error: Exception | None  # the file turned out broken: the app ended
    _config_warned: bool  # what the config is warned of, said once at start

    def _start_recheck(self) -> None:
        """Validate the config file after the first paint when it was taken from the cache
        (``recheck``), in a thread. Broken after all: the app ends and the command prints the
        problems as a start with a broken config does; valid but different from the copy on
        screen (only if its inputs changed unseen): say so, the next start uses it."""
        self._say_config_warnings()
        check, self.recheck = self.recheck, None
        if check is None:
            return

        def run() -> None:
            from tui.core.validate import ConfigError

            try:
                fresh = check()
            except ConfigError as exc:
                hand_back(self, self._config_broken, exc)  # its errors raised here
                return
            if fresh != self.config:
                said = (
                    "the config file reads differently than when it was last checked: "
                    "restart metalwatch to use it"
                )
                hand_back(self, partial(self.notify, said, severity="warning", timeout=15))

        # hand_back, not call_from_thread: its coroutine leaked at an app's end; an AppEnded
        # raised then ends the worker quietly (exit_on_error=False), as a failed call does
        self.run_worker(run, thread=True, group="config-check", exit_on_error=False)

    def _say_config_warnings(self) -> None:
        """What ``metalwatch check`` warns of in the config (a policy date years ahead), in a
        notification once the dashboard is on screen: once, never holding up the start (the
        file is read again for line numbers, in a thread)."""
        if self._config_warned:
            return
        self._config_warned = True
        config = self.config

        def run() -> None:
            from tui.flow.config_warnings import config_warnings

            said = config_warnings(config, keys=False)  # dead keys: said as they load
            if said:
                hand_back(self, self._config_warnings_said, said)

        self.run_worker(run, thread=True, group="config-warnings", exit_on_error=False)

    def _config_warnings_said(self, said: list[str]) -> None:
        shown = said[:SHOWN_WARNINGS]
        if len(said) > len(shown):
            shown.append(f"and {len(said) - len(shown)} more: metalwatch check lists them")
        head = "config warning" if len(said) == 1 else f"{len(said)} config warnings"
        self.notify(f"{head}: " + "\n".join(shown), severity="warning", timeout=20)

    def _config_broken(self, exc: Exception) -> None:
        self.config_error = exc
        self.exit(return_code=2)
