"""Where things are in a price CSV whose layout was not configured: title lines above the
header, header rows (names, units, codes: the World Bank Pink Sheet has three), the column of
the source's metal in a wide file, the column naming the metal in a long (tidy) file, the
price column in localized exports, and a unit written in a header or a title line."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from tui.core.units import header_unit, normalize_unit
from tui.sources.base import SourceError
from tui.sources.csv_skipped import damaged_date
from tui.sources.json_errors import loads as json_loads
from tui.sources.prices_common import parse_number, snippet

# Exact header names of the price column, in order of preference (English, then the
# localized investing.com / broker exports: de, es/pt/it, fr, pl, tr).
VALUE_NAMES = (
    "close",
    "adj close",
    "adj. close",
    "close/last",
    "closing price",
    "close price",
    "price",
    "value",
    "obs_value",
    "settle",
    "settlement",
    "settlement price",
    "last",
    "last price",
    "zuletzt",
    "schluss",
    "schlusskurs",
    "último",
    "ultimo",
    "cierre",
    "fechamento",
    "chiusura",
    "dernier",
    "clôture",
    "cloture",
    "zamknięcie",
    "zamkniecie",
    "kapanış",
    "şimdi",
)
# Words that, inside a longer header, mark the price column ("Cash Seller & Settlement").
_VALUE_WORDS = frozenset({"settlement", "settle", "close", "closing", "last", "price"})
# Columns that are never the price: open/high/low, volume, change, interest (several languages).
_NOT_PRICE_WORDS = frozenset(
    {
        "open",
        "high",
        "low",
        "vol",
        "volume",
        "change",
        "chg",
        "interest",
        "count",
        "dividend",
        "dividends",
        "split",
        "splits",
        "eröffn",
        "eröffnung",
        "hoch",
        "tief",
        "apertura",
        "máximo",
        "mínimo",
        "máx",
        "mín",
        "ouverture",
        "haut",
        "bas",
        "otwarcie",
        "najwyższy",
        "najniższy",
        "açılış",
        "yüksek",
        "düşük",
        "hacim",
        "fark",
    }
)
# Header names of the column that says which metal a row of a long file is about.
METAL_COLUMN_NAMES = ("metal", "commodity", "commodity_name", "product", "material")
_UNIT = re.compile(
    r"(?<![\w$])(?:US\$|US¢|USc|GBp|(?i:US\s+cents?|cents?)|[A-Z]{3}|\$|€|£|¥|¢|c)"
    r"\s*(?:/|\b(?i:per)\b)\s*"
    r"(?i:(?:metric\s+|troy\s+|short\s+|dry\s+metric\s+)?[a-z]+)"
)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.casefold())


def norm_metal(text: str) -> str:
    key = re.sub(r"[\W_]+", "", text.casefold())
    return {"aluminium": "aluminum"}.get(key, key)


# Metals a price column's name or a long file's metal cell may name, by word, and the IMF
# series FRED serves (PALUMUSDM): a file of another metal than its source's is refused.
_METAL_WORDS = {
    **{m: m for m in ("copper", "nickel", "zinc", "tin", "lead", "gold", "silver", "platinum")},
    **{m: m for m in ("palladium", "cobalt", "lithium", "molybdenum", "gallium", "germanium")},
    **{m: m for m in ("antimony", "graphite", "steel")},
    "aluminium": "aluminium",
    "aluminum": "aluminium",
    "iron": "iron ore",
}
_IMF_SERIES = re.compile(r"P(COPP|ALUM|NICK|ZINC|TIN|LEAD|IORECR)USDM", re.I)
_IMF_METALS = {"COPP": "copper", "ALUM": "aluminium", "NICK": "nickel", "ZINC": "zinc"}
_IMF_METALS |= {"TIN": "tin", "LEAD": "lead", "IORECR": "iron ore"}


def metals_named(text: str) -> set[str]:
    """The known metals ``text`` names: "Aluminium (USD/t)", "PALUMUSDM" -> {"aluminium"}."""
    imf = _IMF_SERIES.fullmatch(text.strip())
    if imf:
        return {_IMF_METALS[imf[1].upper()]}
    return {_METAL_WORDS[w] for w in _words(text) if w in _METAL_WORDS}


def other_metal(cells: Iterable[str], metal: str | None) -> str | None:
    """The metal ``cells`` name when it is another than ``metal`` (a source's metal id that
    names a known metal), else None: the mark of another metal's file."""
    mine = metals_named((metal or "").replace("-", " "))
    named = set().union(*(metals_named(c) for c in cells))
    if not mine or not named or named & mine:
        return None
    return sorted(named)[0]


def long_file_metal(names: Sequence[str], body: Sequence[Sequence[str]]) -> int | None:
    """The column headed like a metal column (``Commodity``) of a long file whose rows all name
    one metal (so not picked as the metal column), else None."""
    for i, name in enumerate(names):
        if name.strip().casefold() in METAL_COLUMN_NAMES:
            return i
    return None


@dataclass(frozen=True)
class Layout:
    """Rows of the table: ``header`` (the row right above the data, or None), ``extra_headers``
    (wide rows above it: names, units), ``titles`` (lines above those) and ``body``."""

    header: list[str] | None
    body: list[list[str]]
    extra_headers: list[list[str]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)


def _cells(row: Sequence[str]) -> int:
    return sum(1 for c in row if c.strip())


def _no_words(row: Sequence[str]) -> bool:
    """A row of two or more cells none of which holds a letter (``0000-00-00,10400``,
    ``00/01/1900,10400``): data whose date does not read, never a header row."""
    return _cells(row) >= 2 and not any(ch.isalpha() for c in row for ch in c)


def _number(cell: str) -> bool:
    return parse_number(cell) is not None or parse_number(cell, ",") is not None


def _damaged_like(row: Sequence[str], data: Sequence[str], is_date: Callable[[str], bool]) -> bool:
    """Whether ``row``, right above ``data``, is a data row like it (``data`` the first
    whose date reads) with its date cell damaged (``X026-12-01``, ``"Mxr 31, 2020"``): as many
    cells, a number wherever ``data`` has one, and a date of ``data``'s with a character or
    two damaged where ``data`` has its date."""
    if len(row) != len(data):
        return False
    numbers = [j for j, c in enumerate(data) if _number(c) and not is_date(c)]
    dates = [j for j, c in enumerate(data) if is_date(c)]
    return (
        bool(numbers and dates)
        and all(_number(row[j]) for j in numbers)
        and damaged_date(row[dates[0]], data[dates[0]])
    )


def find_layout(rows: list[list[str]], is_date: Callable[[str], bool]) -> Layout:
    """Split ``rows`` at the first data row (two or more cells, one of them a date), rows
    right above it that hold no word (data whose date is a spreadsheet's zero or impossible)
    counted with the data: taken as header rows, their price became the series' name
    (``10400``) and the row was never said to be left out. So is a row right above it that is
    a data row with a damaged date (:func:`_damaged_like`), under a header or as the first."""
    first = next(
        (i for i, r in enumerate(rows) if _cells(r) >= 2 and any(is_date(c) for c in r)), None
    )
    while first and _no_words(rows[first - 1]):
        first -= 1
    if first and _damaged_like(rows[first - 1], rows[first], is_date):
        first -= 1
    if not first:  # data from the first row (no header), or no data at all
        return Layout(None if first == 0 else rows[0], rows if first == 0 else rows[1:])
    start = first
    while start > 0 and _cells(rows[start - 1]) >= 2:
        start -= 1
    if start == first:  # only title lines above the data
        titles = [" ".join(c for c in r if c.strip()) for r in rows[:first]]
        return Layout(None, rows[first:], titles=titles)
    titles = [" ".join(c for c in r if c.strip()) for r in rows[:start]]
    return Layout(rows[first - 1], rows[first:], rows[start : first - 1], titles)


def metal_columns(headers: Sequence[Sequence[str]], metal: str | None) -> list[int]:
    """Columns whose header (any header row) names the metal as a word: "Copper",
    "COPPER", "LME Copper Cash", "Aluminium (USD/t)" for the metal "aluminum"."""
    if not metal:
        return []
    wanted = [norm_metal(w) for w in re.split(r"[\W_]+", metal) if w]
    if not wanted:
        return []
    found: list[int] = []
    for row in headers:
        for i, cell in enumerate(row):
            words = [norm_metal(w) for w in _words(cell)]
            hit = any(words[j : j + len(wanted)] == wanted for j in range(len(words)))
            if hit and i not in found:
                found.append(i)
    return found


def choose_value_column(
    headers: Sequence[Sequence[str]],
    names: Sequence[str],
    numeric: Callable[[int], bool],
    exclude: set[int],
    metal: str | None,
) -> int:
    """The price column of a file whose ``value_column`` is not set.

    In order: a column named like a price (``Close``, ``Price``, ``Zuletzt``, ``Cierre``...),
    the one column named after the metal, a column whose name has a price word
    (``Cash Seller & Settlement``), the only numeric column that is not open/high/low, volume
    or change. Several candidates and nothing to choose by is an error, never a guess.
    """
    width = len(names)
    usable = [i for i in range(width) if i not in exclude]
    lowered = [[c.strip().casefold() for c in row] + [""] * width for row in headers]
    for wanted in VALUE_NAMES:
        for row in lowered:
            for i in usable:
                if row[i] == wanted:
                    return i
    named = [i for i in metal_columns(headers, metal) if i in usable and numeric(i)]
    if len(named) == 1:
        return named[0]
    pool = named or usable
    worded = [
        i for i in pool if any(_VALUE_WORDS & set(_words(row[i])) for row in lowered) and numeric(i)
    ]
    if worded:
        return worded[0]
    if named:  # several columns name the metal, none a price: "Copper Cash", "Copper 3-Month"
        shown = ", ".join(names[i] for i in named[:8])
        raise SourceError(
            f"{len(named)} columns name {metal} ({shown}) and none says it is the price: "
            "set value_column"
        )
    candidates = [
        i
        for i in usable
        if not any(_NOT_PRICE_WORDS & set(_words(row[i])) or "%" in row[i] for row in lowered)
        and numeric(i)
    ]
    if len(candidates) == 1:
        return candidates[0]
    shown = ", ".join(names[i] for i in candidates)
    if not candidates:
        listed = ", ".join(names[:15]) + (f" (+{len(names) - 15} more)" if len(names) > 15 else "")
        raise SourceError(f"no column of prices found; set value_column (columns are: {listed})")
    if len(candidates) > 8:
        shown = ", ".join(names[i] for i in candidates[:8]) + f" (+{len(candidates) - 8} more)"
    raise SourceError(
        f"{len(candidates)} columns could be the price ({shown}) and none is named after "
        f"{metal or 'the metal'}: set value_column"
    )


def auto_metal_column(header: Sequence[str] | None, body: Sequence[Sequence[str]]) -> int | None:
    """The column of a long (tidy) file that names the metal of each row, when its header
    says so (``metal``, ``commodity``...) and it holds more than one value."""
    if header is None:
        return None
    lowered = [h.strip().casefold() for h in header]
    for wanted in METAL_COLUMN_NAMES:
        if wanted in lowered:
            i = lowered.index(wanted)
            if len({r[i].strip().casefold() for r in body if i < len(r)}) > 1:
                return i
    return None


def find_unit(texts: Sequence[str]) -> str | None:
    """A unit written in headers or title lines ("Copper (USD/t)", "($/mt)", "US$ per tonne"),
    canonical ("USD/t"); None when there is none or they disagree."""
    found: set[str] = set()
    for text in texts:
        if whole := header_unit(text):  # "($/dmtu)": the cell is the unit, whatever its quantity
            found.add(whole)
            continue
        for match in _UNIT.finditer(text):
            unit = normalize_unit(match.group(0))
            if unit:
                found.add(unit)
    return found.pop() if len(found) == 1 else None


_EXCEL_TEXT = re.compile(r'^="(.*)"$', re.S)
_TAG_START = re.compile(r"^\s*<[A-Za-z!?/]")


def unwrap_cell(cell: str) -> str:
    """A cell stripped, and Excel's text guard removed (``="2026-11-27"`` -> ``2026-11-27``)."""
    text = cell.strip()
    m = _EXCEL_TEXT.match(text)
    return m.group(1).strip() if m else text


def refuse_non_table(text: str) -> None:
    """Raise for a JSON answer or an HTML/XML fragment served where a CSV was expected."""
    head = text.lstrip()
    if head[:1] in ("{", "["):
        try:
            json_loads(text)
        except (ValueError, RecursionError):  # not JSON, or nested past reading: no table either
            pass
        else:
            raise SourceError(f"got JSON instead of CSV: {snippet(text)!r}")
    if _TAG_START.match(head) and ">" in head[:400]:
        raise SourceError(f"got HTML or XML instead of CSV: {snippet(text)!r}")
