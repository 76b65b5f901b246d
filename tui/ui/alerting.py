"""[[alerts]] in the app: evaluate each new snapshot, notify, ring, run the commands."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from textual import work

from tui.core.models import Snapshot
from tui.ui.theming import Theming


class Alerting(Theming):
    _alerts_held_said = False  # the rules' wait for the file's state was said
    _alert_toasts: tuple[float, ...] = ()  # when each alert toast on screen goes (monotonic)

    def check_alerts(self, snap: Snapshot) -> None:
        """Evaluate the [[alerts]] rules on a new snapshot (on a thread: the rules' state is
        written to the store, which another program may hold locked for seconds) and deliver
        what fired."""
        if not self.config.alerts or snap.mode == "offline-demo":  # never on the bundled data
            return
        self._evaluate_alerts(snap)

    @work(thread=True, group="alerts", exit_on_error=False)
    def _evaluate_alerts(self, snap: Snapshot) -> None:
        from tui.flow.alerts import AlertEngine
        from tui.flow.lock_wait import wait_writable_here
        from tui.store import StoreError

        with self._alerts_lock:  # one snapshot after the other, in the order they came
            # the session's store, never one of their own: a write the file refuses (a full
            # disk, a lock past the busy timeout) puts the session's store in memory with the
            # alert logged there, merged into the file once it takes writes again; a store of
            # their own fell back to memory alone and was closed, the alert lost from the log
            # and the session never told the cache had stopped saving
            try:
                store = self._open_store()
                wait_writable_here(store)  # another program's lock: not waited for holding it
                if self._alerts is None:
                    self._alerts = AlertEngine(self.config, store)
                self._alerts.store = store
                fired = self._alerts.evaluate(snap)
                held = self._alerts.held
            except StoreError:  # locked against reads: the rules' state cannot be read, and
                fired, held = [], True  # the lock is the cache notice's to say
            except Exception as exc:  # a rule must never take the dashboard down
                self._from_thread(self._alerts_failed, str(exc))
                return
        self._on_screen(self._note_cache)  # the rules' write refused: said once, tried again
        if held and not self._alerts_held_said:  # kept out of the file from the start: once
            self._alerts_held_said = True
            self._from_thread(self._alerts_held)
        if fired:
            self._from_thread(self._deliver_alerts, fired)

    def _from_thread(self, fn: Any, *args: Any) -> None:
        from tui.ui.hand_over import hand_over

        hand_over(self, fn, *args)  # dropped when the app has ended meanwhile (no loop to call)

    def _alerts_held(self) -> None:
        from tui.flow.alerts import HELD

        self.notify(HELD, severity="warning", timeout=10)

    def _alerts_failed(self, why: str) -> None:
        self.notify(f"alerts could not be evaluated: {why}", severity="error")

    def _deliver_alerts(self, fired: list[Any]) -> None:
        import time

        # the alert toasts still on screen count against the burst's room: a slow feed's
        # alerts, 12 s after the files', made six toasts over half of an 80x24 screen
        now = time.monotonic()
        self._alert_toasts = tuple(t for t in self._alert_toasts if t > now)
        shown, rest = _toasts(fired, max(1, TOASTS + 1 - len(self._alert_toasts)))
        self._alert_toasts += (now + TOAST_SECONDS,) * (len(shown) + bool(rest))
        from tui.ui.toast_fit import for_alert

        for alert in shown:
            self.notify(
                for_alert(alert.message, self.size.width),
                title=alert.title,
                severity=alert.notify_severity,
                timeout=TOAST_SECONDS,
            )
        if rest:  # one toast for the rest: a burst must not bury the screen at 80x24
            from tui.core.keymap import shown_key

            key = shown_key("alerts", self.config.keys)
            worst = max(rest, key=lambda a: _RANK.get(a.notify_severity, 0)).notify_severity
            self.notify(
                f"{rules_said([a.title for a in rest])} ({key} shows them)",
                title=f"{len(rest)} more alerts",
                severity=worst,
                timeout=TOAST_SECONDS,
            )
        if self.config.app.bell:
            self.bell()
        if any(a.command for a in fired):
            self.run_alert_hooks(fired)

    def run_alert_hooks(self, fired: list[Any]) -> None:
        """Run the alerts' commands on a thread of their own, not a worker of the app: quitting
        while one runs must not wait for it (a worker's thread is joined when the app ends:
        `q` waited up to ``alert_timeout``). The command, in a session of its own, finishes its
        delivery after the app is gone; only its failure can then not be reported."""
        import threading

        threading.Thread(
            target=self._run_hooks, args=(fired,), name="alert-hooks", daemon=True
        ).start()

    def _run_hooks(self, fired: list[Any]) -> None:
        from tui.flow.deliver import run_hooks

        failed = run_hooks(fired, timeout=self.config.app.alert_timeout)
        if not failed:
            return
        for alert, problem in failed:  # in the alerts log, from this thread (the store may be
            # locked by another program: on the screen's thread it froze it, opened it there)
            try:
                store = self._open_store()
                with self._alerts_lock:
                    self._alerts.store = store
                    self._alerts.note_delivery(alert, f"command failed: {problem}")
            except Exception:
                pass
        self._from_thread(self._hooks_failed, failed)

    def _hooks_failed(self, failed: list[tuple[Any, str]]) -> None:
        for alert, problem in failed:
            self.notify(f"alert {alert.rule!r}: command failed: {problem}", severity="error")

    def read_aside(self, read: Any) -> Any:
        """``read(store)`` on the calling (worker) thread: the session's store when it lives in
        memory, else a read-only look into the file (``tui.flow.store_open.read_aside``)."""
        from tui.flow.store_open import read_aside

        shared = self._store if self._store is not None and self._store.read_only else None
        return read_aside(shared, self.store_path, read)

    def action_alerts(self) -> None:
        from tui.ui.screens.alerts import AlertsScreen

        # read on the screen's worker: another program may hold the store locked for seconds
        self.open_screen(
            AlertsScreen(
                None,
                datetime.now(timezone.utc),
                rules=len(self.config.alerts),
                load=lambda: self.read_aside(lambda store: store.load_alerts()),
                demo=self.config.demo,
            )
        )


#: At most this many alerts fired together get a toast each; the rest share one. Alert toasts
#: still on screen from an earlier burst take their places.
TOASTS = 2
#: How long an alert's toast stays.
TOAST_SECONDS = 10.0
_RANK = {"information": 0, "warning": 1, "error": 2}


def _toasts(fired: list[Any], room: int = TOASTS + 1) -> tuple[list[Any], list[Any]]:
    """(the alerts shown one by one: the most severe first, then in order fired; the rest),
    in ``room`` toasts at most (one of them the rest's summary)."""
    if len(fired) <= room:  # a summary of one would take the same room
        return list(fired), []
    keep = max(0, room - 1)
    order = sorted(range(len(fired)), key=lambda i: (-_RANK.get(fired[i].notify_severity, 0), i))
    first = sorted(order[:keep])
    return [fired[i] for i in first], [fired[i] for i in sorted(order[keep:])]


def rules_said(titles: list[str]) -> str:
    """The rules of the alerts a summary toast stands for, each once with its count, "; "
    between them (a rule's name holds commas: "headline: ban, exports"), at most three:
    "headline: ban, exports (5)" where the toast read "headline: ban, exports, headline: ban,
    exports, headline: ban, exports ...", five alerts of one rule."""
    counts: dict[str, int] = {}
    for title in titles:
        counts[title] = counts.get(title, 0) + 1
    said = [f"{t} ({n})" if n > 1 else t for t, n in list(counts.items())[:3]]
    return "; ".join(said) + ("; ..." if len(counts) > 3 else "")
