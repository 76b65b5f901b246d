"""What a panel's border says: its title (the filters) and its subtitle (the rows, the cursor
row's cut name, its sources' failures and staleness), mixed into :class:`tui.ui.widgets.panel.Panel`.

The panel gives ``config``, ``metal_filter``, ``text_filter``, ``row_objects``, ``snapshot``,
``now``, ``source_names()`` and ``set_titles()``; a panel may say more through ``cursor_note``
and ``whole_count``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.cells import cell_len

from tui.core.demo_clock import DEMO_MODES
from tui.core.fmt import counted

if TYPE_CHECKING:
    from datetime import datetime

    from tui.core.config_types import PanelConfig
    from tui.core.models import Snapshot


class PanelTitles:
    """The border's title and subtitle, counted again at each show, age tick and cursor move."""

    config: PanelConfig
    metal_filter: str | None
    text_filter: str
    row_objects: dict[str, Any]
    snapshot: Snapshot | None

    if TYPE_CHECKING:  # the panel's own: not shadowed here

        @property
        def now(self) -> datetime: ...

        def source_names(self) -> list[str]: ...

        def set_titles(self, title: str, subtitle: str) -> None: ...

    def update_title(self) -> None:
        parts = [self.config.title, *self.demo_word()]
        if self.metal_filter:
            parts.append(f"metal: {self.metal_filter}")
        if self.text_filter:
            parts.append(f"filter: {self.text_filter!r}")
        hidden = getattr(self, "hidden", 0)
        more = f" (+{hidden:,} older: filter with / to reach them)" if hidden else ""
        n = len(self.row_objects)
        whole = self.whole_count()
        if whole is not None and not (self.metal_filter or self.text_filter):
            n = whole  # the first paint holds the first rows only: the count is the whole's
        rows = f"{counted(n, 'row')}{more}"
        note = self.cursor_note()  # the cursor row's cut name, whole
        forms = [f"{rows}{self.staleness(short=short)}" for short in (False, True)]
        if note:  # the name gives way before the sources' state and the rows' age
            forms = [f"{note} · {form}" for form in forms] + forms[1:]
        self.set_titles(" · ".join(parts), self.fitted(forms))

    def fitted(self, forms: list[str]) -> str:
        """The first of ``forms`` (longest first) that fits the bottom border whole, else the
        last: at 60 columns "4 rows · ⚠ 2 sources failing, no data from them yet · newest
        evidence 2mo old" was cut after "yet ·", the rows' age lost."""
        room = self.border_room()
        return next((f for f in forms if room <= 0 or cell_len(f) <= room), forms[-1])

    def border_room(self) -> int:
        """The cells the bottom border has for its subtitle (its corners, a rule each side and
        a space each side of the text take 6); 0 before the first layout."""
        width = getattr(getattr(self, "size", None), "width", 0)
        return max(0, width - 6) if width else 0

    def demo_word(self) -> list[str]:
        """["demo"] while this panel's rows are the bundled demo's (``--demo``, or the demo
        standing in until a configured source delivers), else []: at 70 columns and below the
        header keeps only its DEMO badge, and the rows read as the user's own data."""
        snap = self.snapshot
        return ["demo"] if snap is not None and snap.mode in DEMO_MODES else []

    def cursor_note(self) -> str:
        """What the border says of the cursor's row (a name its cell cuts), or ""."""
        return ""

    def whole_count(self) -> int | None:
        """The rows of the whole snapshot when the one shown is the first paint's head."""
        return None

    def staleness(self, *, short: bool = False) -> str:
        """ " · ⚠ 1 failing, fetched 3h ago" when this panel's sources failed (their data is
        kept: the header's words, where "⚠ 1 stale source now" called a source that had just
        failed stale), " · ⚠ 1 stale source 3h" when they are overdue, " · ⚠ 1 source failing,
        no data from it yet" for one that failed and never gave any (its metal has no row: the
        panel said nothing of why, only the header did); both at once in one count, " · ⚠ 2
        failing (1 fetched 3h ago, 1 no data yet)"; then :meth:`newest_note`. ``short``: in
        the header's short words, " · ⚠ 2 failing", " · ⚠ 2 failing, none yet", " · ⚠ 1 stale
        3h", for a border too narrow for the long ones."""
        if self.snapshot is None or self.snapshot.mode == "demo":
            return ""
        from tui.core.fmt import age, ago

        names = set(self.source_names())
        mine = [h for h in self.snapshot.sources if h.name in names]
        failing = [h for h in mine if h.error and h.last_success]
        stale = [h for h in mine if h.stale and h not in failing]
        no_record = [h for h in mine if h.failed and not h.last_success and not h.stale]
        # rows a damaged cache kept with the record of their fetches lost: not "no data yet"
        held = self.held_sources() if no_record else frozenset()
        unknown = sum(1 for h in no_record if h.name in held)
        never = len(no_record) - unknown
        note = ""
        if failing:
            oldest = min(h.last_success for h in failing if h.last_success)
            # when the source last delivered, not how old its data is: "good just now" sat
            # above a price 7 months old
            said = f"fetched {ago(oldest, self.now)}"
            if never:  # one count: "⚠ 1 failing, fetched 2m ago · 1 source failing, no data from
                # it yet" was cut at 60 columns to "… no dat…"
                n = len(failing) + never
                note = f" · ⚠ {n} failing" + (
                    "" if short else f" ({len(failing)} {said}, {never} no data yet)"
                )
                never = 0
            else:
                note = f" · ⚠ {len(failing)} failing" + ("" if short else f", {said}")
        if stale:
            good = min((h.last_success for h in stale if h.last_success), default=None)
            when = f" {age(good, self.now)}" if good else ""
            mark = "" if note else "⚠ "
            sources = "" if short else f" source{'s' if len(stale) > 1 else ''}"
            note += f" · {mark}{len(stale)} stale{sources}{when}"
        if never:
            mark = "" if note else "⚠ "
            if short:
                note += f" · {mark}{never} failing, none yet"
            else:
                them = "them" if never > 1 else "it"  # the header's words
                note += f" · {mark}{counted(never, 'source')} failing, no data from {them} yet"
        if unknown:
            mark = "" if note else "⚠ "
            known = "not known" if short else "last good not known"
            note += f" · {mark}{unknown} failing, {known}"
        return note + self.newest_note(short=short)

    def held_sources(self) -> frozenset[str]:
        """The sources the shown snapshot holds data of, read once a snapshot."""
        from tui.core.kept import HeldSources

        held = self.__dict__.get("_held")
        if held is None:
            held = self.__dict__["_held"] = HeldSources()
        return held.of(self.snapshot) if self.snapshot is not None else frozenset()

    def newest_note(self, *, short: bool = False) -> str:
        """ " · newest 7mo old" when every price series this panel shows is stale by its
        cadence (``tui.core.freshness``), with the age of the newest of them: a border saying
        "fetched just now" above prices months old read as fresh data; "" otherwise."""
        from tui.core.freshness import newest_when_all_stale
        from tui.core.models import PriceSeries

        shown = (s for s in self.row_objects.values() if isinstance(s, PriceSeries))
        newest = newest_when_all_stale(shown, self.now)
        return f" · newest {newest} old" if newest else ""
