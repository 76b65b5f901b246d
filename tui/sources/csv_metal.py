"""Which metal a price CSV's rows are of: a long/tidy file's rows kept for the source's metal
(``metal_column`` + ``metal_value``, or a column headed ``metal`` / ``commodity`` holding
several; ``aluminium`` and ``aluminum`` are the same metal), a file whose every row is of
another metal refused, and a file whose name names another metal said. Read by
``tui.sources.csv_prices``."""

from __future__ import annotations

import os
import re
from urllib.parse import unquote, urlsplit

from tui.core.config_types import SourceConfig
from tui.sources.base import SourceError
from tui.sources.csv_columns import resolve_column
from tui.sources.csv_layout import auto_metal_column, long_file_metal, other_metal

__all__ = ["file_stem", "keep_metal", "named_other"]


def norm_metal(text: str) -> str:
    key = re.sub(r"[\W_]+", "", text.casefold())
    return {"aluminium": "aluminum"}.get(key, key)


def file_stem(url: str | None) -> str:
    if not url:
        return ""
    path = unquote(urlsplit(url).path) if "://" in url else url
    return os.path.splitext(os.path.basename(path))[0]


def keep_metal(
    src: SourceConfig, names: list[str], head: list[str] | None, body: list[list[str]]
) -> tuple[int | None, list[list[str]]]:
    """The metal's column (None without one) and the rows kept: those of the wanted metal in a
    long/tidy file, else all. Raises ``SourceError`` when no row is of it, when the column is
    set with no metal to keep, or when a column of one metal says every row is another's."""
    metal_col: int | None = None
    if src.opt("metal_column") is not None:
        metal_col = resolve_column(src.opt("metal_column"), names, "metal_column")
    elif src.opt("metal_value") or src.metal:
        metal_col = auto_metal_column(head, body)
    if metal_col is not None:
        wanted = src.opt("metal_value") or src.metal
        if not wanted:
            raise SourceError("metal_column is set but there is no metal_value to keep")
        metal_key = norm_metal(str(wanted))
        kept = [r for r in body if metal_col < len(r) and norm_metal(r[metal_col]) == metal_key]
        if not kept:
            seen = sorted({r[metal_col] for r in body if metal_col < len(r)})[:12]
            raise SourceError(
                f"no rows with {names[metal_col]!r} = {wanted!r}; values are: " + ", ".join(seen)
            )
        body = kept
    elif not src.opt("metal_value") and (one := long_file_metal(names, body)) is not None:
        other = other_metal({r[one] for r in body if one < len(r)}, src.metal)
        if other is not None:
            raise SourceError(
                f"every row of column {names[one]!r} is of {other}, not {src.metal}: "
                "another metal's file? (set metal_value to read it anyway)"
            )

    return metal_col, body


def named_other(src: SourceConfig) -> str | None:
    """A file whose name names another metal than the source's and not its own ("gold.csv" for
    copper), when nothing inside it does: said, as a file named so is most likely that metal's."""
    stem = file_stem(src.url)
    other = other_metal([stem.replace("_", " ")], src.metal)
    return f"the file's name ({stem!r}) names {other}, not {src.metal}" if other else None
