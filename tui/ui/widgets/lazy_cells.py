"""A table row's cells made when first read: the board makes every row's cells at a show, and
a first screen draws fewer than half of them (51 rows, under 20 on screen: ~3 M instructions
of the start for rows no one saw). ``PanelRows`` reads a row's cells only to draw it, to hand
it out (``get_row``, ``get_cell``) or to compare it with the row it replaces (``patch``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, overload

from rich.text import Text


class LazyCells(Sequence[Text]):
    """The cells ``make`` returns, made at the first read and kept. Two with the same ``sign``
    (not None) hold the same cells: the table keeps the one it has without making either."""

    __slots__ = ("_cells", "_make", "sign")

    def __init__(self, make: Callable[[], list[Text]], sign: object = None) -> None:
        self._make: Callable[[], list[Text]] | None = make
        self._cells: list[Text] | None = None
        self.sign = sign

    @property
    def cells(self) -> list[Text]:
        if self._cells is None:
            assert self._make is not None
            self._cells, self._make = self._make(), None
        return self._cells

    @property
    def made(self) -> bool:
        return self._cells is not None

    def __len__(self) -> int:
        return len(self.cells)

    @overload
    def __getitem__(self, index: int) -> Text: ...

    @overload
    def __getitem__(self, index: slice) -> list[Text]: ...

    def __getitem__(self, index: int | slice) -> Text | list[Text]:
        return self.cells[index]


def made_with(
    obj: object, names: tuple[str, ...], make: Callable[..., list[Text]], *args: Any
) -> LazyCells:
    """``make(*args)`` made when first read, with ``obj``'s attributes ``names`` as they are
    now (the widths and styles a row was filled with), then as they are then again."""
    values = tuple(getattr(obj, name) for name in names)

    def run() -> list[Text]:
        now = tuple(getattr(obj, name) for name in names)
        for name, value in zip(names, values, strict=True):
            setattr(obj, name, value)
        try:
            return make(*args)
        finally:
            for name, value in zip(names, now, strict=True):
                setattr(obj, name, value)

    return LazyCells(run)


def ordered(cells: LazyCells, order: tuple[int, ...]) -> LazyCells:
    """``cells`` in the columns' ``order``, made when first read (the same cells in the same
    order: the same sign)."""
    if order == tuple(range(len(order))):
        return cells
    return LazyCells(lambda: [cells[i] for i in order], sign=(cells, order))


def same_cells(a: Sequence[Text], b: Sequence[Text]) -> bool:
    """``a`` and ``b`` are known to hold the same cells without making them."""
    if a is b:
        return True
    return (
        isinstance(a, LazyCells)
        and isinstance(b, LazyCells)
        and a.sign is not None
        and (a.sign == b.sign)
    )
