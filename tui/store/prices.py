"""Price series: each series' description and its points by date (history is kept)."""

from __future__ import annotations

from datetime import date

from tui.core.models import PriceSeries
from tui.store import damage, price_check
from tui.store.access import reads, writes
from tui.store.base import StoreBase

# the points of one source's series only (``load_series(source=)``)
_ONE_SOURCE = " AND series_id IN (SELECT id FROM series WHERE source = ?)"


#: A point read from a file without check values (``price_check.has_column``).
_NO_CRC = object()


def _point(series_id: object, day: object, value: object, crc: object) -> dict[str, object]:
    """A price point's row as read: where it is, for ``remove_left_out`` (its check value
    when the file has them: ``_NO_CRC`` stands for none)."""
    where = {"series_id": series_id, "date": day, "value": value}
    if crc is not _NO_CRC:
        where["crc"] = crc
    return where


class PricesStore(StoreBase):
    """Price series and their points."""

    @writes
    def save_series(self, series: PriceSeries) -> None:
        """Store the series' description and upsert its points by date (history already
        stored and no longer in the source's window is kept). Non-finite values are skipped, and
        those under ``damage.PRICE_FLOOR`` (a price of nothing: read back, one is damage)."""
        with self._tx() as conn:
            (series_id,) = conn.execute(
                "INSERT INTO series (source, symbol, unit, metal, frequency, kind, source_kind,"
                " currency, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (source, symbol) DO UPDATE SET unit = excluded.unit,"
                " metal = excluded.metal, frequency = excluded.frequency, kind = excluded.kind,"
                " source_kind = excluded.source_kind, currency = excluded.currency,"
                " note = excluded.note"
                " RETURNING id",
                (
                    series.source,
                    series.symbol,
                    series.unit,
                    series.metal,
                    series.frequency,
                    series.kind,
                    series.source_kind,
                    series.currency,
                    series.note,
                ),
            ).fetchone()
            conn.executemany(
                "INSERT INTO price_points (series_id, date, value, crc) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (series_id, date) DO UPDATE SET value = excluded.value,"
                " crc = excluded.crc",
                (
                    (series_id, day, float(v), price_check.check(day, float(v)))
                    for d, v in series.points
                    if damage.is_price(v)
                    for day in (d.isoformat(),)
                ),
            )

    @reads
    def load_series(
        self,
        *,
        recent_days: int | None = None,
        until: date | None = None,
        source: str | None = None,
    ) -> list[PriceSeries]:
        """Every stored series (in the order first saved), points ascending by date.

        ``recent_days``: only the points of the last ``recent_days`` before each series' newest
        (at least two), as ``tui.flow.price_history.recent`` cuts them, read as such (decades
        of daily points are never all in memory at once for a panel that draws a year).
        ``until``: points dated after it are not read, nor any dated before 1800 (a placeholder
        date): a version before these were refused when fetched stored them, and one would pass
        for the newest price, "as of" a day to come. ``source``: only
        that source's series (a chart's: not the whole store's decades of points to pick one)."""
        bounds = ("1800-01-01", until.isoformat() if until is not None else "9999-12-31")
        only, named = ("", ()) if source is None else (_ONE_SOURCE, (source,))
        crc = self._crc()
        points: dict[int, list[tuple[date, float]]] = {}
        # series share most dates: parse each once (with its check value's start)
        dates: dict[str, tuple[date, int]] = {}
        crc32, double = price_check.crc32, price_check.double  # inlined: ~40k points a read
        current_id: int | None = None
        floor, left_out = damage.PRICE_FLOOR, self.left_out
        current: list[tuple[date, float]] = []
        if recent_days is None:
            sql = (
                f"SELECT series_id, date, value, {crc} FROM price_points WHERE date BETWEEN ? AND ?"
                f"{only} ORDER BY series_id, date"
            )
            params: tuple[str, ...] = (*bounds, *named)
        else:
            # per series: from its newest day minus the window, or from its second newest
            sql = (
                "WITH m AS (SELECT series_id, date(MAX(date), ?) AS cut FROM price_points"
                f" WHERE date BETWEEN ? AND ?{only} GROUP BY series_id),"
                " c AS (SELECT series_id, MIN(cut, COALESCE((SELECT date"
                " FROM price_points q WHERE q.series_id = m.series_id"
                " AND q.date BETWEEN ? AND ? ORDER BY date DESC"
                " LIMIT 1 OFFSET 1), cut)) AS cut FROM m)"
                f" SELECT p.series_id, p.date, p.value, {crc} FROM c JOIN price_points p"
                " ON p.series_id = c.series_id AND p.date >= c.cut AND p.date <= ?"
                " ORDER BY p.series_id, p.date"
            )
            params = (f"-{max(0, int(recent_days))} days", *bounds, *named, *bounds, bounds[1])
        for series_id, day, value, check in self._conn.execute(sql, params):
            if series_id != current_id:
                current = points.setdefault(series_id, [])
                current_id = series_id
            known = dates.get(day)
            if known is None:
                parsed = damage.day(day)
                if parsed is None:  # a row zeroed in place (``tui.store.damage``): left out
                    left_out.add(
                        "price_points", (series_id, day), self._where(series_id, day, value, check)
                    )
                    continue
                known = dates[day] = (parsed, price_check.of_day(day))
            try:  # one comparison a point (read at every rebuild), and its check value
                # not 0, nor its exponent zeroed (zeros make no NaN); nor its mantissa
                if value >= floor and (check is None or check == crc32(double(value), known[1])):
                    current.append((known[0], value))
                    continue
            except TypeError:  # NULL: its type zeroed
                pass
            left_out.add(
                "price_points", (series_id, day), self._where(series_id, day, value, check)
            )
        result: list[PriceSeries] = []
        for row in self._conn.execute(
            "SELECT id, source, symbol, unit, metal, frequency, kind, source_kind, currency, note"
            f" FROM series{' WHERE source = ?' if source is not None else ''} ORDER BY id",
            named,
        ):
            series_id, src, sym, unit, metal, frequency, kind, source_kind, currency, note = row
            if src is None or sym is None or damage.holds_nul(*row[1:]):  # zeroed in place
                # its key zeroed: no save finds it again (its points go with it); else the
                # next save of its source mends it, its history kept
                keyless = src is None or sym is None or damage.holds_nul(src, sym)
                where = {"id": series_id, "source": src, "symbol": sym} if keyless else None
                self.left_out.add("series", series_id, where)
                continue
            result.append(
                PriceSeries(
                    source=src,
                    symbol=sym,
                    unit=unit,
                    points=tuple(points.get(series_id, ())),
                    metal=metal,
                    frequency=frequency,
                    kind=kind,
                    source_kind=source_kind,
                    currency=currency,
                    note=note,
                )
            )
        return result

    @reads
    def has_price_points(self, source: str) -> bool:
        """Whether any point of ``source``'s series is stored."""
        row = self._conn.execute(
            f"SELECT 1 FROM price_points WHERE 1{_ONE_SOURCE} LIMIT 1", (source,)
        )
        return row.fetchone() is not None

    @reads
    def series_points(self, source: str, symbol: str) -> list[tuple[date, float]]:
        """One stored series' points, ascending by date (empty when none is stored)."""
        rows = self._conn.execute(
            f"SELECT p.series_id, p.date, p.value, {self._crc()} FROM price_points p"
            " JOIN series s ON s.id = p.series_id"
            " WHERE s.source = ? AND s.symbol = ? ORDER BY p.date",
            (source, symbol),
        )
        points = []
        for series_id, day, value, check in rows:
            parsed = damage.day(day)
            if (
                parsed is None
                or not damage.is_price(value)
                or not price_check.holds(price_check.of_day(day), value, check)
            ):  # a row zeroed in place, or its price's bytes changed
                where = self._where(series_id, day, value, check)
                self.left_out.add("price_points", (series_id, day), where)
                continue
            points.append((parsed, value))
        return points

    def _crc(self) -> str:
        """The column of the points' check values, as selected: ``crc``, or NULL on a look
        into an earlier version's file (``price_check``; a look never migrates)."""
        if self._peek and not price_check.has_column(self._conn):
            return "NULL"
        return "crc"

    def _where(
        self, series_id: object, day: object, value: object, check: object
    ) -> dict[str, object]:
        """A point left out, as read (``_point``): its check value named when the file has
        them."""
        has = not self._peek or price_check.has_column(self._conn)
        return _point(series_id, day, value, check if has else _NO_CRC)

    @reads
    def series_unit(self, source: str, symbol: str) -> str | None:
        """The unit one stored series was last saved in (None when none is stored)."""
        row = self._conn.execute(
            "SELECT unit FROM series WHERE source = ? AND symbol = ?", (source, symbol)
        ).fetchone()
        return None if row is None else str(row[0] or "")
