"""A price CSV holding several tables, one after another: ``Copper`` then ``Date,Price`` and its
rows, then ``Zinc`` and its own header and rows (a workbook's sheets saved into one file, two
quotes of one metal: ``Cash`` and ``3-month``, a header row repeated with another column set).

Read as one series, the last table's newest price became the metal's latest (zinc's 2,950 as
copper's), and two tables of one metal passed without a word. A table starts at a header row
after rows of data (with the title lines right above it), at a header row whose date column is
named as the first table's, at a header row inside the data that stands as the first table's
header does (as many cells, a word where the rows under it have a date or a number: ``Fecha,Zinc``
under ``Datum,Kupfer``'s rows, no title, no date word), or (in a file of titled tables with no
header) at a title line naming a metal.
The table read is the one the ``table`` option names (its number from 1, or words of its title
or header), else the only one whose ``value_column`` header is there, else the only one whose
own title or header names the source's metal, else (no table naming the metal) all of them as
one when they are one series saved in parts (the same header, no title naming a metal, no date in
two tables: a sheet a month); when none can be chosen so the source fails,
naming the tables found, never a guessed price. A header repeated mid-file over the same
columns (a paginated export's) with no title above it is the same table, unless the rows under
it give other prices for dates already read (two tables that only look alike).
Read by ``tui.sources.csv_prices``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tui.core.config_types import SourceConfig
from tui.core.text import clean_text
from tui.sources.base import SourceError
from tui.sources.csv_columns import DATE_WORDS
from tui.sources.csv_layout import metal_columns, metals_named
from tui.sources.prices_common import parse_number

__all__ = ["Table", "choose_table", "split_tables", "table_rows"]

IsDate = Callable[[str], bool]


@dataclass(frozen=True)
class Table:
    """One table of a file: its ``rows`` (title lines, header rows and data, as in the file),
    its own ``titles`` and ``headers``, and whether it is the file's ``last``."""

    rows: list[list[str]]
    titles: list[str]
    headers: list[list[str]]
    last: bool

    def name(self, number: int) -> str:
        if self.titles:
            words = " ".join(self.titles)
        else:
            words = ", ".join(c for row in self.headers[-1:] for c in row if c.strip())
        return f"{number} {clean_text(words, 40, html_input=False)!r}" if words else str(number)


def _cells(row: Sequence[str]) -> list[str]:
    return [c.strip() for c in row if c.strip()]


def _number(cell: str) -> bool:
    return parse_number(cell) is not None or parse_number(cell, ",") is not None


def _data(row: Sequence[str], is_date: IsDate) -> bool:
    return len(_cells(row)) >= 2 and any(is_date(c) for c in row)


def _header(row: Sequence[str], is_date: IsDate) -> bool:
    """Two or more cells, words all, none a date or a number: ``Date,Price``."""
    cells = _cells(row)
    return (
        len(cells) >= 2
        and not any(is_date(c) or _number(c) for c in cells)
        and any(ch.isalpha() for c in cells for ch in c)
    )


def _title(row: Sequence[str], is_date: IsDate) -> bool:
    cells = _cells(row)
    return len(cells) == 1 and not is_date(cells[0]) and not _number(cells[0])


def _date_names(row: Sequence[str]) -> bool:
    return any(word in c.casefold() for c in row for word in DATE_WORDS)


def _start_in(
    run: list[list[str]],
    is_date: IsDate,
    first_head: list[str] | None,
    data: Sequence[str],
    titled: bool,
    dates_again: bool = True,
) -> int | None:
    """Where a new table starts in ``run`` (the rows between two rows of data), else None: the
    title lines and header rows that end it, when they hold a header row that a title line
    stands above, or that names its date column as the first table's or by a date word, or that
    is one as the first table's header whatever its words (:func:`_as_first_head`) while the
    rows under it go back to dates the table above holds (``dates_again``: a note row in a
    series, ``Christmas,closed``, is followed by the series' next days), and
    names as many columns as the row of data under it fills; or
    title lines only, one naming a metal, in a file whose first table has a title and no header
    (``titled``): a note naming the metal among a headed table's rows starts none."""
    k = len(run)
    while k > 0 and (_header(run[k - 1], is_date) or _title(run[k - 1], is_date)):
        k -= 1
    tail = run[k:]
    if not tail:
        return None
    heads = [r for r in tail if _header(r, is_date)]
    titles = [" ".join(_cells(r)) for r in tail if _title(r, is_date)]
    if not heads:
        return k if titled and any(metals_named(t) for t in titles) else None
    head = heads[-1]
    if len(_cells(head)) < len(_cells(data)):  # a note of two cells over rows of three: none
        return None
    at = next((j for j, c in enumerate(data) if is_date(c)), 0)
    same_date = (
        first_head is not None
        and at < len(head)
        and at < len(first_head)
        and head[at].strip().casefold() == first_head[at].strip().casefold()
    )
    if (titles and _title(tail[0], is_date)) or same_date or _date_names(head):
        return k
    return k if dates_again and _as_first_head(head, first_head, data, is_date) else None


def _as_first_head(
    head: Sequence[str], first_head: Sequence[str] | None, data: Sequence[str], is_date: IsDate
) -> bool:
    """Whether ``head`` (a header row: words only) is one as the first table's, whatever its
    words (``Fecha,Zinc`` under ``Datum,Kupfer``'s rows): as many cells as that one names, and a
    word in each column where the row of data under it has its date or a number."""
    if first_head is None or len(_cells(head)) != len(_cells(first_head)):
        return False
    filled = [j for j, c in enumerate(data) if is_date(c) or _number(c)]
    return all(j < len(head) and head[j].strip() for j in filled)


_AGAIN = 5  # rows of data under a header-like row looked at for a date the table above holds


def _day(row: Sequence[str], is_date: IsDate) -> str:
    """The row's date as written (its first cell that is a date)."""
    return next((c.strip() for c in row if is_date(c)), "")


def split_tables(rows: list[list[str]], is_date: IsDate) -> list[Table]:
    """The tables of ``rows`` (blank lines left out), in file order; one for a file of one."""
    first = next((i for i, r in enumerate(rows) if _data(r, is_date)), None)
    if first is None:
        return [Table(rows, [], [], True)]
    above = rows[:first]
    first_head = next((r for r in reversed(above) if _header(r, is_date)), None)
    titled = first_head is None and any(_title(r, is_date) for r in above)
    starts = [0]
    days: set[str] = set()  # the dates of the rows of data of the table read so far
    i = first
    while i < len(rows):
        if _data(rows[i], is_date):
            days.add(_day(rows[i], is_date))
            i += 1
            continue
        j = i
        while j < len(rows) and not _data(rows[j], is_date):
            j += 1
        if j < len(rows):  # rows of data follow the run
            after = [_day(r, is_date) for r in rows[j : j + _AGAIN] if _data(r, is_date)]
            again = bool(days.intersection(after))
            k = _start_in(rows[i:j], is_date, first_head, rows[j], titled, again)
            if k is not None:
                starts.append(i + k)
                days = set()
        i = j
    ends = [*starts[1:], len(rows)]
    tables = []
    for n, (a, b) in enumerate(zip(starts, ends, strict=True)):
        part = rows[a:b]
        lead = next((j for j, r in enumerate(part) if _data(r, is_date)), len(part))
        titles = [" ".join(_cells(r)) for r in part[:lead] if _title(r, is_date)]
        headers = [r for r in part[:lead] if not _title(r, is_date)]
        tables.append(Table(part, titles, headers, n == len(starts) - 1))
    return _joined(tables, is_date)


def _dated(table: Table, is_date: IsDate) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for row in table.rows:
        day = next((c.strip() for c in row if is_date(c)), None)
        if day is not None and len(_cells(row)) >= 2:
            out.setdefault(day, tuple(c.strip() for c in row))
    return out


def _joined(tables: list[Table], is_date: IsDate) -> list[Table]:
    """Tables under a header repeated as the one above's, with no title, taken back into it
    (a paginated export), unless they give other prices for dates it already has."""
    out = tables[:1]
    for table in tables[1:]:
        prev = out[-1]
        fold = [[c.strip().casefold() for c in r] for r in table.headers]
        same = fold == [[c.strip().casefold() for c in r] for r in prev.headers[-len(fold) :]]
        if not table.titles and fold and same:
            seen, new = _dated(prev, is_date), _dated(table, is_date)
            if all(seen[d] == row for d, row in new.items() if d in seen):
                out[-1] = Table(prev.rows + table.rows, prev.titles, prev.headers, table.last)
                continue
        out.append(table)
    return out


def _periods(tables: list[Table], own: list[list[str]], is_date: IsDate) -> Table | None:
    """The tables as one, when they are one series saved in parts: every table under the same
    header row, no title naming a metal, and no date in two tables (two quotes of one metal,
    ``Cash`` and ``3-month``, share their dates); else None."""
    heads = [[c.strip().casefold() for c in t.headers[-1]] if t.headers else None for t in tables]
    if heads[0] is None or any(h != heads[0] for h in heads[1:]):
        return None
    if any(metals_named(title) for titles in own for title in titles):
        return None
    days: set[str] = set()
    for table in tables:
        dated = set(_dated(table, is_date))
        if dated & days:
            return None
        days |= dated
    first = tables[0]
    rows = list(first.rows)
    for table in tables[1:]:
        lead = next((j for j, r in enumerate(table.rows) if _data(r, is_date)), len(table.rows))
        rows += [r for j, r in enumerate(table.rows) if j >= lead or not _title(r, is_date)]
    return Table(rows, first.titles, first.headers, tables[-1].last)


def _own_titles(tables: list[Table]) -> list[list[str]]:
    """Each table's own title lines: the first table's lines beyond those the others have are
    the file's title (``LME Copper prices`` above ``Cash`` and ``3-month``), naming none."""
    extra = len(tables[0].titles) - max(len(t.titles) for t in tables[1:])
    return [tables[0].titles[max(extra, 0) :], *(t.titles for t in tables[1:])]


def _listed(tables: list[Table], most: int = 8) -> str:
    """The tables named for a message: ``1 'Copper', 2 'Zinc'``, the first ``most`` of many."""
    shown = ", ".join(t.name(n) for n, t in enumerate(tables[:most], 1))
    return shown + (f" (+{len(tables) - most} more)" if len(tables) > most else "")


def _by_option(tables: list[Table], wanted: object) -> int:
    listed = _listed(tables)
    if isinstance(wanted, int) and not isinstance(wanted, bool):
        if 1 <= wanted <= len(tables):
            return wanted - 1
        raise SourceError(f"table = {wanted} but the file holds {len(tables)} tables: {listed}")
    key = str(wanted).strip().casefold()
    if key.isdigit() and 1 <= int(key) <= len(tables):
        return int(key) - 1

    def words(t: Table) -> list[str]:
        return [*t.titles, *(c for r in t.headers for c in r)]

    exact = [n for n, t in enumerate(tables) if any(w.strip().casefold() == key for w in words(t))]
    found = exact or [n for n, t in enumerate(tables) if any(key in w.casefold() for w in words(t))]
    if len(found) == 1:
        return found[0]
    how = "several" if found else "none"
    raise SourceError(f"table = {str(wanted)!r} names {how} of the file's tables: {listed}")


def choose_table(
    rows: list[list[str]],
    is_date: IsDate,
    metal: str | None,
    table: object = None,
    value_column: object = None,
) -> tuple[Table, str | None]:
    """The table to read and the words saying which was read among how many (None for a file
    of one table). Raises ``SourceError`` naming the tables when none can be chosen."""
    tables = split_tables(rows, is_date)
    if len(tables) == 1:
        if table is not None and str(table).strip() not in ("1", ""):
            raise SourceError(f"table = {table!r} but the file holds one table")
        return tables[0], None
    listed = _listed(tables)
    why = ""
    if table is not None:
        at, why = _by_option(tables, table), "the table option"
    else:
        at = -1
        if isinstance(value_column, str):
            key = value_column.strip().casefold()
            having = [
                n
                for n, t in enumerate(tables)
                if any(c.strip().casefold() == key for r in t.headers for c in r)
            ]
            if len(having) == 1:
                at, why = having[0], f"its column {value_column!r}"
        if at < 0:
            own = _own_titles(tables)
            naming = [
                n
                for n, t in enumerate(tables)
                if metal and metal_columns([own[n], *t.headers], metal)
            ]
            if len(naming) == 1:
                at, why = naming[0], f"it names {metal}"
            elif not naming and (whole := _periods(tables, own, is_date)) is not None:
                # a series saved a sheet a period ("January", "February"): one table, no day twice
                return whole, (
                    f"{len(tables)} tables in the file ({listed}) over the same columns, "
                    "no date in two: read as one"
                )
            else:
                how = (
                    f"{len(naming)} name {metal}" if naming else f"none names {metal or 'a metal'}"
                )
                raise SourceError(
                    f"{len(tables)} tables in the file ({listed}) and {how}: set table "
                    "(its number or title) to read one"
                )
    chosen = tables[at]
    return chosen, f"{len(tables)} tables in the file ({listed}): table {at + 1} read ({why})"


def table_rows(
    rows: list[list[str]], text: str, src: SourceConfig, is_date: IsDate
) -> tuple[list[list[str]], str, str | None]:
    """The rows of the table to read, the text to judge its end by, and the words saying which
    table was read (None for a file of one table). The text of a table with another below it
    ends with a line break: its last row is whole, whatever the file's last line is."""
    table, said = choose_table(rows, is_date, src.metal, src.opt("table"), src.opt("value_column"))
    if said is None:
        return rows, text, None
    kept = table.rows
    if isinstance(src.opt("header"), bool) or src.opt("skip_rows") is not None:
        kept = kept[len(table.titles) :]  # no title lines where the options set the header
    return kept, text if table.last else text.rstrip() + "\n", said
