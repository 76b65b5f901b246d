"""The trade-policy panel: one row per metal and corridor, colour-coded status."""

from __future__ import annotations

from datetime import date, datetime

from rich.cells import cell_len
from rich.text import Text

from tui.core.failing import failing_registers, registers_failing
from tui.core.fmt import age, status_label
from tui.core.models import PolicyStatus, Snapshot
from tui.flow.demo_fallback import board_is_demo, board_now
from tui.ui.flag_fit import fit_flags
from tui.ui.laid_width import laid_width
from tui.ui.place_filter import place_code
from tui.ui.shown import shown
from tui.ui.widgets.lazy_cells import LazyCells, made_with, ordered
from tui.ui.widgets.panel import Panel
from tui.ui.widgets.panel_rows import PanelRows
from tui.ui.widgets.policy_flags import flag_list, side_forms

#: the columns in ``cells``' order, and where the flags do not fit at their narrowest (below 80
#: columns): after the status and its age, the evidence count behind them. At 60 columns the
#: flags were off the right edge and a measure that had ended read as one in force
WIDE_ORDER = (0, 1, 2, 3, 4, 5)
NARROW_ORDER = (0, 1, 2, 3, 5, 4)
FLAGS_CELL = 5
COLUMNS = (("Metal", "metal"), ("Corridor", "corridor"), ("Status", "status"), ("Since", "since"))
#: Below 80 columns the Since column says the status's age in short ("3mo", "1y", "today",
#: "11mo~"), where the day (11 cells) and the corridor's header word (8 cells for "CN→US") left
#: no room for it: at 60 columns the day went off the right edge with nothing in its place. The
#: corridor is then headed "Route" and the metal's column is as wide as the names it shows.
NARROW_SINCE = 5
NARROW_CORRIDOR = ("Route", 5)


class PolicyPanel(Panel):
    kind = "policy"
    _flags_width = 16
    _status_width = 16
    _order: tuple[int, ...] = WIDE_ORDER
    _metal_width = 12
    _since = NARROW_SINCE  # the narrow Since column's width
    _aged_day: date | None = None  # the day the Since column's ages were counted to
    _muted = ""  # the small print's style (``Panel.muted``), set from the theme by ``fill``
    _memo: dict[str, tuple[tuple[object, ...], LazyCells]] = {}  # row key -> (what, cells)
    _rebuilt_for: Snapshot | None = None  # the snapshot a new day asked to build anew
    empty_text = "No trade-policy statuses: declare some with [[policy]] or add headline sources."

    def demo_word(self) -> list[str]:
        """As the other panels, but the demo standing in keeps the user's declared board: the
        board is the demo's only when they declared nothing (``tui.flow.demo_fallback``)."""
        snap = self.snapshot
        return ["demo"] if snap is not None and board_is_demo(snap) else []

    def add_columns(self, table: PanelRows) -> None:
        # the flags take what the others leave (6 columns, 2 cells of padding each), so
        # "ended 2026-11-10 — check" fits whenever the panel has the room; room left after
        # them widens the status, so "$ tariff 50% (proposed)" or "(coming)" is read whole
        self._flags_width = self.flags_width()
        self._status_width = self.status_width()
        self._order = self.order()
        self._metal_width = self.metal_width()
        self._since = self.since_width()
        widths = (self._metal_width, 8, self._status_width, 11, 3, self._flags_width)
        columns = [*COLUMNS, ("Ev", "ev"), ("Flags", "flags")]
        if self._order == NARROW_ORDER:
            label, width = NARROW_CORRIDOR
            columns[1] = (label, "corridor")
            widths = (self._metal_width, width, self._status_width, self._since, 3, widths[5])
        for i in self._order:
            label, key = columns[i]
            table.add_column(label, key=key, width=widths[i])

    def _rest(self) -> int:
        """The room left for the flags with the status at its narrowest."""
        # the width laid out, or about to be: the first paint's columns are its columns
        return laid_width(self) - 2 - (12 + 8 + 16 + 11 + 3) - 2 * 6

    def order(self) -> tuple[int, ...]:
        # 80 columns leave 14 (the flags' 16 cells then reach under the scrollbar): below that
        # the flags come after the status, in what the metal, corridor and status leave
        return WIDE_ORDER if self._rest() >= 14 else NARROW_ORDER

    def metal_width(self) -> int:
        """12 cells; below 80 columns as wide as the longest name the board shows (the
        default metals' "Aluminium" takes 9, "Rare earths" 11), at least the header's."""
        snap = self.snapshot
        if self.order() != NARROW_ORDER or snap is None:
            return 12
        names = {m.id: m.name for m in snap.metals}
        widest = max((cell_len(shown(names.get(r.metal, r.metal))) for r in snap.policy), default=0)
        return min(12, max(len("Metal"), widest))

    def since_width(self) -> int:
        """The narrow Since column: 5 cells ("today", "11mo~"), 6 where a first-seen day of
        today says "today~" (cut, it read "toda…")."""
        snap = self.snapshot
        if snap is None or self.order() != NARROW_ORDER:
            return NARROW_SINCE
        rough = any(r.since_estimated and age(r.since, self.now) == "today" for r in snap.policy)
        return NARROW_SINCE + rough

    def _status_needed(self) -> int:
        """The cells the board's statuses need ("$ tariff 50%" 12; a "(coming)" that does not
        fit goes to the flags), at least the header's: a board of 12-cell statuses gives the
        flags 2 more (at 60 columns "to 2026-11-27" beside "Rare earths" read "to 2026-11…")."""
        snap = self.snapshot
        if snap is None:
            return 14
        labels = (len(status_label(r.status, r.rate_pct, r.rate_up_to)) for r in snap.policy)
        return max([len("Status"), *labels])

    def flags_width(self) -> int:
        if self.order() == NARROW_ORDER:  # "ended — check", "to 2026-11-27" at 60 columns
            corridor, status = NARROW_CORRIDOR[1], self.status_width()
            used = self.metal_width() + corridor + status + self.since_width() + 2 * 5
            return max(8, laid_width(self) - 1 - used)  # the scrollbar's cell aside
        # all the room the others leave (a cap of 40 left 6 cells empty at 120 columns while
        # "⚠ failing: Register" beside "ended 2026-01-10 — check" was cut)
        return max(16, self._rest() - (self.status_width() - 16))

    def status_width(self) -> int:
        if self.order() == NARROW_ORDER:  # 2 cells to the flags: "$ tariff 93.5%" still whole
            return min(14, self._status_needed())
        # beyond 30 cells of flags ("from 2026-12-24: $tariff 50% "), up to 8 go to the status
        return 16 + min(8, max(0, self._rest() - 30))

    def _layout(self) -> tuple[object, ...]:
        widths = (self.flags_width(), self.status_width(), self.metal_width(), self.since_width())
        return (self.order(), *widths)

    def on_resize(self) -> None:
        if self.snapshot is not None:
            self.show()

    def show(self, snapshot: Snapshot | None = None) -> None:
        """As every panel, with the columns laid out anew when the width or (below 80
        columns) the names shown ask for other widths."""
        if snapshot is not None:
            self.take(snapshot)
        table = self.table
        if self.snapshot is not None and table.columns:
            laid = (
                self._order,
                self._flags_width,
                self._status_width,
                self._metal_width,
                self._since,
            )
            if self._layout() != laid:
                if table.cursor_row or table.scroll_y:  # the cursor keeps its row (at the
                    self._selected = self.selected_key()  # top, the first stays under it)
                table.clear(columns=True)
        super().show()

    def whole_count(self) -> int | None:
        return self.snapshot.policy_of if self.snapshot is not None else None

    def fill(self, table: PanelRows, snapshot: Snapshot) -> None:
        wanted = self.metals()
        names = {m.id: m.name for m in snapshot.metals}
        changed: set[str] = getattr(self.app, "changed_policy", set())
        theme = self.app.theme_variables
        self._muted = self.muted()
        self._aged_day = self.now.date()
        # a row whose status, names, mark, colour and flags' room are as before keeps its cells (the same
        # objects: the table sees at once that nothing changed); hundreds of rows on a board
        # cost a look-up each, not six new Texts and a comparison
        memo, self._memo = self._memo, {}
        registers = failing_registers(snapshot.sources)
        config = getattr(self.app, "config", None)
        # "China" typed as the filter: the rows of CN, as the corridors write it
        place = place_code(self.text_filter, config.gazetteer if config else None)
        for row in snapshot.policy:
            if wanted is not None and row.metal not in wanted:
                continue
            name = names.get(row.metal, row.metal)
            corridor = f"{row.origin}→{row.destination}"
            texts = (name, row.metal, corridor, row.status, row.origin, row.destination)
            if not (self.matches(*texts) or place in (row.origin, row.destination)):
                continue
            key = f"{row.metal}|{row.origin}|{row.destination}"
            colour = theme.get(f"status-{row.status}", "")
            since = self.since_text(row)
            down = registers_failing(row, registers)  # its entries are a failing file's last good
            sign = (
                row,
                down,
                name,
                corridor,
                key in changed,
                colour,
                self._flags_width,
                self._status_width,
                self._muted,
                since,
            )
            hit = memo.get(key)
            cells = hit[1] if hit is not None and hit[0] == sign else None
            if cells is None:  # made when the row is first drawn or read, as filled now
                args = (row, name, corridor, key in changed, colour, down, since)
                cells = made_with(
                    self, ("_flags_width", "_status_width", "_muted"), self.cells, *args
                )
            self._memo[key] = (sign, cells)
            self.add_row(key, row, ordered(cells, self._order))

    def cells(
        self,
        row: PolicyStatus,
        name: str,
        corridor: str,
        changed: bool,
        colour: str,
        down: tuple[str, ...] = (),
        since: str | None = None,
    ) -> list[Text]:
        label = status_label(row.status, row.rate_pct, row.rate_up_to)
        status = Text(label, style=f"bold {colour}".strip())
        coming_only = row.coming_from is not None
        # a status column too narrow for "(proposed)" (80 columns: "$ tariff 25% (p…") read as
        # a measure in force: the word goes first among the flags, whole
        said = len(label) + len(" (proposed)") + (len(" (coming)") if coming_only else 0)
        proposed_flag = row.proposed and said > self._status_width
        if row.proposed and not proposed_flag:
            status.append(" (proposed)", style="italic")
        # announced for a later day, not in force yet: said after the status where it fits,
        # else by its day's flag ("coming from 2027-01-01"): "✖ suspended (co…" was cut
        coming_flag = coming_only and len(status) + len(" (coming)") > self._status_width
        if coming_only and not coming_flag:
            status.append(" (coming)", style="italic")
        flags = fit_flags(
            self.flag_list(row, changed, down, proposed_flag, coming=coming_flag), self._flags_width
        )
        if since is None:
            since = self.since_text(row)
        return [
            Text(shown(name), style="bold"),
            Text(corridor),
            status,
            Text(since, style=self._muted),
            Text(str(len(row.evidence)), justify="right"),
            flags,
        ]

    def since_text(self, row: PolicyStatus) -> str:
        """The Since cell: the day (below 80 columns its age, "3mo"); "—" for a measure not
        in force yet, "?" when no day is known; "~" after a first-seen day, as after an age."""
        if row.since is None:
            return "—" if row.coming_from is not None else "?"
        said = age(row.since, self.now) if self._order == NARROW_ORDER else row.since.isoformat()
        return said + "~" if row.since_estimated else said

    flag_list = staticmethod(flag_list)
    side_forms = staticmethod(side_forms)

    def newest_note(self, *, short: bool = False) -> str:
        """ " · newest evidence 3mo old" when the newest evidence of every row shown (a
        headline's or a document's; a declared entry is the user's own word, never old) is
        older than measures come without a rhythm (``tui.core.freshness``): a board fed by
        sources that stopped delivering looked as current as one fed this morning."""
        from tui.core.freshness import EVIDENCE_EXPECTED_DAYS, newest_evidence, newest_when_all_old

        rows = (r for r in self.row_objects.values() if isinstance(r, PolicyStatus))
        newest = newest_when_all_old(map(newest_evidence, rows), self.now, EVIDENCE_EXPECTED_DAYS)
        if not newest:
            return ""
        return f" · evidence {newest} old" if short else f" · newest evidence {newest} old"

    @property
    def now(self) -> datetime:
        """What the ages count to; today for the user's own board under the demo's rows
        (:func:`tui.flow.demo_fallback.board_now`)."""
        snap = self.snapshot
        if snap is not None and snap.generated_at != (mine := board_now(snap)):
            return mine
        return super().now

    def re_age(self, now: datetime) -> None:
        """A day came that changes the board (a coming measure's first day, the day after an
        ``until``): the snapshot is built anew, as a refresh would. Without one (a source
        refreshed daily, a board of declared entries) the row said "(coming)" past its day."""
        super().re_age(now)
        snap = self.snapshot
        if self._order == NARROW_ORDER and now.date() != self._aged_day:
            self.show()  # a new day: the Since column's ages are a day older
        if snap is None or snap is self._rebuilt_for:
            return
        from tui.engine.board import outdated

        if outdated(snap.policy, now):
            self._rebuilt_for = snap  # once: the new snapshot comes as the load finishes
            load = getattr(self.app, "load_from_store", None)
            if load is not None:
                load()

    def open_detail(self) -> None:
        row = self.selected()
        if not isinstance(row, PolicyStatus):
            return
        from tui.ui.screens.evidence import EvidenceScreen

        self.app.push_screen(EvidenceScreen(row, self.now))

    def link(self) -> str | None:
        row = self.selected()
        if isinstance(row, PolicyStatus):
            for ev in row.evidence:
                if ev.url:
                    return ev.url
        return None

    def source_names(self) -> list[str]:
        from tui.core.config_types import NEWS_KINDS, POLICY_KINDS

        cfg = self.app.config  # type: ignore[attr-defined]
        return [s.name for s in cfg.sources if s.kind in NEWS_KINDS + POLICY_KINDS]
