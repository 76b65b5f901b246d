"""The header line: app name, mode (live / offline / demo), what is live, cached and failing,
when the sources last fetched, how old the newest price is when all are stale (how old the
newest data is when every panel's is old), the active filter."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timezone

from rich.text import Text
from textual.widgets import Static

from tui.core.demo_clock import DEMO_DATE
from tui.core.fmt import ago, counted
from tui.core.freshness import newest_when_all_stale
from tui.core.kept import HeldSources
from tui.core.keymap import effective_keys, key_label
from tui.core.models import Snapshot
from tui.flow.demo_fallback import YOUR_BOARD
from tui.flow.health import HealthSummary, summarise
from tui.ui.widgets.status_forms import fit, message_forms, rest_forms, tiny

#: The header's note while the first paint shows the last snapshot because another program
#: holds the store locked (its sources' ages counted to now): until the store is read, or the
#: lock outlasts the busy timeout and the header says "cache locked: not saved".
CACHE_BUSY = "cache busy (another program): showing the last snapshot"
#: ... of a store not the file the last quit closed (written since, a crash's, damaged), until
#: it is read. Both said as the cache's state (``SHOWING_LAST``: in short words).
CHECKING = "checking the cache: showing the last snapshot"
SHOWING_LAST = {CACHE_BUSY: "cache busy (another program)", CHECKING: "last snapshot (checking)"}
#: The header's note while the first screen of a start without its cached snapshot shows every
#: stored headline on its own, not yet grouped into stories nor read for policy events.
GROUPING = "grouping stories… (each headline shown on its own until then)"

#: How often the header's ages ("fetched 5m ago", "last fetched 2h ago") are counted again
#: between refreshes: with a source refreshed hourly or daily, "fetched just now" stood for the
#: hour or the day.
AGE_SECONDS = 30.0


class StatusBar(Static):
    def __init__(
        self,
        remote: Iterable[str] = (),
        *,
        demo: bool = False,
        keys: Mapping[str, str] | None = None,
        cadences: Mapping[str, float] | None = None,
    ) -> None:
        super().__init__(id="status-bar")
        self.remote = set(remote)  # the sources fetched over the network
        # each source's cadence (``tui.flow.health.cadences``): "live" and "cached" are counted
        # by the clock, as the ages are, not only when a snapshot comes
        self.cadences = dict(cadences or {})
        self.demo = demo  # the app runs on the bundled demo (--demo): no health to tell
        self.keys = effective_keys(keys or {})  # the hints name the keys as remapped
        self.snapshot: Snapshot | None = None
        self.metal: str | None = None
        self.message = "loading…"
        self.refreshing = False
        self.unsaved: str | None = None  # "cache read-only": this session's data is not saved
        self.moved_aside = False  # the cache was damaged and moved aside: said for the session
        self.salvaged: str | None = None  # what of it was saved into the new one: "all", "part"
        self.log_lost = False  # its write-ahead log was damaged: its last writes lost
        self._shown: Text | None = None  # the line on screen
        self._held = HeldSources()  # the sources the snapshot holds data of, read once a snapshot

    def set_state(self, **changes: object) -> None:
        for key, value in changes.items():
            setattr(self, key, value)
        text = self.status_text(self.size.width or None)
        shown = self._shown
        if shown is not None and text.plain == shown.plain and text.spans == shown.spans:
            return  # the same line: nothing to draw
        self._shown = text
        # one line high (app.tcss) whatever it says: a new text is a repaint, not a layout
        # of the whole screen (which would draw every panel again)
        self.update(text, layout=False)

    def on_mount(self) -> None:
        self.set_interval(AGE_SECONDS, self._age_tick)

    def _age_tick(self) -> None:
        """The line counted to now: drawn again only when a word of it changed."""
        if self.snapshot is not None and not self.demo:
            self.set_state()

    def summary(self, now: datetime | None = None) -> HealthSummary:
        if self.snapshot is None or self.demo:
            return HealthSummary()
        now = now or datetime.now(timezone.utc)
        return summarise(self.snapshot.sources, self.remote, now=now, cadences=self.cadences)

    def on_resize(self) -> None:
        self.set_state()  # a narrower line says the same in fewer words, a wider one in full

    def status_text(self, width: int | None = None) -> Text:
        """The line in full, or, when it is wider than ``width`` cells, in its short words; parts
        that still do not fit are left out whole from the end (what matters most comes first),
        the first of them cut with an ellipsis where there is room to say something."""
        full = [p for p in self._parts(short=False) if isinstance(p, Text)]
        if width is None or sum(p.cell_len for p in full) <= width:
            return Text("").join(full)
        return Text("").join(fit(self._parts(short=True), width))

    def _parts(self, *, short: bool) -> list[Text | tuple[Text, ...]]:
        """The line's parts, most important first; short: in short words, a part that has a
        still shorter form as its forms, longest first (``fit`` takes the first that fits)."""
        parts: list[Text | tuple[Text, ...]] = [Text(" metalwatch ", style="bold reverse")]
        snap = self.snapshot
        wall = datetime.now(timezone.utc)
        health = self.summary(wall)
        if health.offline:
            parts.append(Text(" OFFLINE ", style="bold reverse"))
        # the demo label, then the failing count, come first: on a narrow terminal the end of
        # the line is cut, and what is on screen must never pass for the user's own data
        newest = _newest_words(snap, wall, self.metal)
        unknown = (
            snap is not None
            and health.failing > 0
            and health.failing_last_good is None
            and any(
                h.failed and not h.last_success and h.name in self._held.of(snap)
                for h in snap.sources
            )
        )
        failing, rest = (
            self._sources_text(
                health, wall, self._key("sources"), short=short, newest=newest, unknown=unknown
            )
            if snap is not None
            else (Text(), Text())
        )
        aged: Text | None = None  # short, beside the failing count: the age of the data on screen
        if short and failing and newest[0] and not self.demo and snap is not None:
            # at 60 columns "⚠ 1 failing, fetched just now (s)" left no room for the counts
            # after it, and "data 2mo old" went with them: the age now follows the count
            aged = Text(f"  {newest[1]}", style="bold")
            rest = self._sources_text(health, wall, short=True)[1]
        cache_notes = self._cache_notes(short=short)
        if snap is not None and snap.mode in ("demo", "offline-demo"):
            demo = f" DEMO {DEMO_DATE} " if short else f" DEMO snapshot of {DEMO_DATE} "
            parts.append(Text(demo, style="bold reverse"))
            if self.demo and snap.sources and all(h.failed for h in snap.sources):
                # the demo's health is not told, so with every bundled file failing the line
                # said only "DEMO snapshot of …" over the snapshot kept from before
                key = self._key("sources")
                unread = (
                    f"  ⚠ demo files could not be read ({key})",
                    f"  ⚠ files not read ({key})",
                )
                forms = tuple(Text(t, style="bold") for t in unread)
                parts.append(forms if short else forms[0])
        if not self.demo and failing:
            # at 60 columns "⚠ 2 failing, none yet (s)" was cut to "⚠ 2 failing, none y…",
            # the key to see why lost with it: the count and the key come whole before that
            if aged is not None:  # the count whole, else short, with the age after it
                # and the counts after that, the three shortened as a whole: at 60 columns the
                # counts were cut ("1 live · 1 cac…"), at 70 left out beside "fetched just now"
                forms = (failing, tiny(failing))
                heads = tuple(Text("").join((f, aged)) for f in forms) + forms
                if cache_notes:
                    # the cache's warning before the age and the counts: at 80 columns "cache
                    # locked: not saved" was cut, then left out, behind "prices 40d old  2 live"
                    warned = Text("").join(cache_notes)
                    parts.append(tuple(Text("").join((h, warned)) for h in heads) + heads)
                    cache_notes = []
                else:
                    counts = [r for r in rest_forms(rest) if r.plain]
                    parts.append(
                        tuple(Text("").join((f, aged, r)) for r in counts for f in forms) + heads
                    )
                    rest = Text()
            else:
                parts.append((failing, tiny(failing)) if short else failing)
        parts.extend(cache_notes)
        if snap is not None and snap.mode == "offline-demo":
            # what is demo and what is the user's: the short words were "(none of yours yet:
            # board yours)", which no one could read; now plain words, shorter forms after
            yours = _yours(snap)
            if short:
                notes = tuple(Text(n, style="italic") for n in _fallback_notes(yours=yours))
                parts.append(notes)
            else:
                note = "  (nothing of yours delivered yet" + (
                    ": the policy board is yours)" if yours else ")"
                )
                parts.append(Text(note, style="italic"))
        if snap is not None and not self.demo and rest:
            # short: in shorter forms, whole or left out, never cut mid-word ("1 live · 1 cac…")
            parts.append(rest_forms(rest) if short else rest)
        if self.refreshing:
            parts.append(Text("  ⟳ refreshing", style="italic"))
        if self.metal:
            clears = self._key("clear-metal")
            parts.append(Text(f"  metal: {self.metal} ({clears} clears)", style="bold"))
        if self.message and self.message not in SHOWING_LAST:
            said = [Text(f"  {form}", style="italic") for form in message_forms(self.message)]
            parts.append(tuple(said) if short else said[0])
        return parts

    def _cache_notes(self, *, short: bool) -> list[Text]:
        """What the cache cannot do now: not saving (locked, read-only), busy, moved aside."""
        notes: list[Text] = []
        if self.unsaved:
            notes.append(Text(f"  ⚠ {self.unsaved}: not saved", style="bold"))
        elif (shorter := SHOWING_LAST.get(self.message)) is not None:  # the cache's state, beside
            # it: at 80 columns it was the end of the line, cut, while the store's opening waited
            notes.append(Text(f"  ⚠ {shorter if short else self.message}", style="bold"))
        if self.moved_aside:  # the notice goes in 15 s; what the user had stored is not here
            saved = f"{self.salvaged} of it saved" if self.salvaged else None
            if short:
                aside = "  ⚠ cache rebuilt" if saved else "  ⚠ cache reset"
            else:
                new = f"{saved} in a new one" if saved else "new one"
                aside = f"  ⚠ cache was damaged: moved aside, {new}"
            notes.append(Text(aside, style="bold"))
        if self.log_lost:  # the latest rows are gone: said for the session, as moved aside
            lost = "cache lost writes" if short else "cache log was damaged: last writes lost"
            notes.append(Text(f"  ⚠ {lost}", style="bold"))
        return notes

    def _key(self, binding_id: str) -> str:
        """The first key of a binding as a person types it (``s``, ``F5``)."""
        return key_label(self.keys[binding_id].split(",")[0])

    @staticmethod
    def _sources_text(
        health: HealthSummary,
        now: datetime,
        key: str = "s",
        *,
        short: bool = False,
        newest: tuple[str, str] = ("", ""),
        unknown: bool = False,
    ) -> tuple[Text, Text]:
        """("  ⚠ 3 sources failing, oldest fetched 2d ago (s)", "  2 live · 1 cached"); short:
        "  ⚠ 3 failing, fetched 2d ago (s)". ``newest``: how old the newest data on screen is
        when all of it is old, in full and short words (:func:`_newest_words`), said after the
        fetch's ("newest price 7mo old", "newest data 2mo old"; short: "prices 7mo old",
        "data 2mo old"). ``unknown``: a failing source with no record of a fetch shows data
        kept by a damaged cache (:func:`tui.core.kept.sources_with_data`): "last good not known", not
        "no data from it yet" beside its rows."""
        failing = Text()
        if health.failing:
            n = health.failing
            last_good = health.failing_last_good
            if short:
                when = (
                    f"fetched {ago(last_good, now)}"
                    if last_good is not None
                    else ("not known" if unknown else "none yet")
                )
                failing = Text(f"  ⚠ {n} failing, {when} ({key})")
            else:
                # the oldest of the failing sources' last fetches, as each panel's border
                # says of its own: the newest ("good just now") read fresher than a panel's
                # "good 2m ago" beside it; "fetched", not "good": a fetch just now may bring
                # a price months old
                when = (
                    f"{'last' if n == 1 else 'oldest'} fetched {ago(last_good, now)}"
                    if last_good is not None
                    else "last good not known"
                    if unknown
                    else f"no data from {'it' if n == 1 else 'them'} yet"
                )
                failing = Text(f"  ⚠ {counted(n, 'source')} failing, {when} ({key})")
            failing.stylize("bold")
        parts: list[Text] = []
        if health.live:
            parts.append(Text(f"{health.live} live"))
        if health.cached:
            parts.append(Text(f"{health.cached} cached"))
        if not health.failing and health.last_good is not None:
            # when the sources last delivered, not how old their data is (a monthly series
            # fetched a minute ago is still months old: each row says its own age)
            parts.append(Text(f"fetched {ago(health.last_good, now)}", style="dim"))
        if newest[0]:  # at 60 columns "newest price 7mo old" was cut to "newest price 7mo …"
            parts.append(Text(newest[1] if short else newest[0], style="bold"))
        rest = Text("  ") + Text(" · ").join(parts) if parts else Text()
        return failing, rest


def _newest_words(
    snap: Snapshot | None, now: datetime, metal: str | None = None
) -> tuple[str, str]:
    """How old the newest data on screen is, in full and short words, when all of it is old:
    ("newest data 2mo old", "data 2mo old") when every panel with rows is old, prices and
    headlines or the board among them (``tui.core.screen_age``: the age of the newest row of
    them all); else ("newest price 7mo old", "prices 7mo old") when every price series is stale
    by its cadence (``tui.core.freshness``): "fetched just now" alone read as fresh data; else
    empty. Never of the demo, whose data is as old as its capture says. ``metal``: the metal
    filter, whose rows alone are on screen (with copper current and the rest old, the header
    said "newest data 2mo old" over copper's rows of today)."""
    if snap is None or snap.mode in ("demo", "offline-demo"):
        return "", ""
    from tui.core.screen_age import newest_when_all_panels_old

    prices = [p for p in snap.prices if metal is None or p.metal == metal]
    # the headlines panel's by default: the relevant stories, of the filter's metal
    stories = [s for s in snap.stories if s.relevant and (metal is None or metal in s.metals)]
    rows = [r for r in snap.policy if metal is None or r.metal == metal]
    if data := newest_when_all_panels_old(prices, stories, rows, now):
        return f"newest data {data} old", f"data {data} old"
    if price := newest_when_all_stale(prices, now):
        return f"newest price {price} old", f"prices {price} old"
    return "", ""


def _fallback_notes(*, yours: bool) -> tuple[str, ...]:
    """The header's short note on the demo standing in for the user's data (``with_demo``),
    longest first: the headlines and prices are the demo's until a configured source delivers;
    the policy board is the user's own declared entries when they declared some."""
    if yours:
        return (
            "  (demo news and prices; the policy board is yours)",
            "  (demo data; the board is yours)",
            "  (demo data for now)",
            "  (demo data)",
        )
    # the last form is for 80 columns: with OFFLINE and "⚠ 2 failing, none yet (s)" only the
    # DEMO badge was left to say that the prices on screen are not the user's
    return ("  (demo data until your sources deliver)", "  (demo data for now)", "  (demo data)")


def _yours(snap: Snapshot) -> bool:
    """The demo fallback kept the user's declared board."""
    return any(YOUR_BOARD in note for note in snap.notes)
