"""Column widths and cell fitting of the headline list (pure functions)."""

from __future__ import annotations

import pytest

from tui.ui.widgets import headline_layout as hl


def test_fit_pads_or_cuts_with_an_ellipsis() -> None:
    assert hl.fit("copper", 8) == "copper  "
    assert hl.fit("copper", 6) == "copper"
    assert hl.fit("aluminium", 6) == "alumi…"
    assert hl.fit("東京の銅価格", 7) == "東京の…"  # wide characters count as two cells
    assert hl.fit("x", 0) == ""


@pytest.mark.parametrize("width", [77, 100, 117, 149, 150, 198, 300])
def test_columns_add_up_to_the_width(width: int) -> None:
    cols = hl.layout(width, metals_needed=20, source_needed=16)
    used = cols.mark + 1 + (cols.date + 1 if cols.date else 0) + cols.age + 1 + cols.title
    used += (cols.source + 1 if cols.source else 0) + (cols.metals + 1 if cols.metals else 0)
    assert used == width


def test_narrow_folds_the_metals_into_the_title_and_keeps_40_for_it() -> None:
    cols = hl.layout(77, metals_needed=30, source_needed=20)
    assert cols.folded and cols.title >= 40 and not cols.date
    assert cols.title - cols.tags - 2 >= 40  # the chips' column after the titles' 40
    assert hl.tag_room(cols.title, metals_needed=8) == 8  # room for every chip: all of them
    assert hl.tag_room(cols.title, metals_needed=12) == cols.title - 2 - 40  # else the title's 40


def test_metals_and_source_shrink_to_what_rows_need() -> None:
    cols = hl.layout(140, metals_needed=8, source_needed=7)
    assert cols.metals == 8 and cols.source == 7
    wide = hl.layout(198, metals_needed=60, source_needed=40)
    assert wide.date == hl.DATE and wide.source == 32 and wide.metals == 48
    none = hl.layout(140, metals_needed=0, source_needed=7)
    assert none.folded  # no row names a metal: no empty column


def test_chips_width() -> None:
    assert hl.chips_width(()) == 0
    assert hl.chips_width(("cu",)) == 4
    assert hl.chips_width(("cu", "zinc")) == 4 + 1 + 6


@pytest.mark.parametrize(
    ("width", "metals", "source", "title", "first"),
    [(117, 34, 17, 80, 8), (117, 20, 7, 95, 6), (130, 28, 12, 104, 11), (140, 24, 10, 60, 6)],
)
def test_the_title_takes_the_room_the_chips_leave(
    width: int, metals: int, source: int, title: int, first: int
) -> None:
    """The widest title is cut only once the Metals column keeps no more than its first chip and
    " …"; a title that fits leaves the column as the rows need it."""
    cols = hl.layout(width, metals, source, title_needed=title, first_chip=first)
    plain = hl.layout(width, metals, source)
    assert cols.source == plain.source and not cols.folded
    used = cols.mark + 1 + cols.age + 1 + cols.title + cols.source + 1 + cols.metals + 1
    assert used == width
    if plain.title >= title:
        assert cols == plain
    else:
        assert cols.title == title or cols.metals == first + 2, cols
        assert cols.metals >= first + 2 and cols.title > plain.title


def test_a_120_column_terminal_gets_the_wider_outlet_column() -> None:
    # 117 cells inside the panel's border and scrollbar: "Founding scenario" (17) whole
    assert hl.layout(117, metals_needed=20, source_needed=17).source == 17
    # below it the column grows from 14 cells at 70 columns (66 inside) to 19 at 80 (77)
    assert hl.layout(110, metals_needed=20, source_needed=17).source == 17
    assert hl.layout(66, metals_needed=20, source_needed=17).source == 14


def test_the_folded_tags_keep_room_with_the_first_chip_not_known() -> None:
    """Laid out without the rows' first chip (0: not known), a long title does not squeeze the
    tags' column to nothing: it keeps the chips while the title keeps its 40 cells."""
    cols = hl.layout(97, metals_needed=12, source_needed=10, title_needed=120)
    assert cols.folded and cols.tags == 12, cols
