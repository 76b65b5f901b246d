"""A panel's width before the first layout: the one the dashboard's grid is about to give it.

A panel's first rows are made as the first snapshot comes, before the screen is laid out, when
its width is still 0: the prices panel made its columns for no room at all ("As of" before "1Y
chg", a trend of 8 cells) and made them anew for its real width as the layout's resize came,
about 0.15 s after the first paint ("As of" moved across the panel). The grid's rule
(``MetalwatchApp._layout``: one column, or two beside each other from 140 columns, with one
cell between them, the right-hand one given the odd cell) gives the width it will have.
"""

from __future__ import annotations

from typing import Any

#: The cells between two panels beside each other (``grid-gutter`` in app.tcss).
GUTTER = 1


def laid_width(panel: Any) -> int:
    """``panel``'s content width: its own once laid out, else the one the grid will give it
    (the app's width, or half of it less the gutter beside another panel), less its border."""
    if panel.size.width:
        return int(panel.size.width)
    app = panel.app
    width = int(app.size.width)
    laid = getattr(app, "_laid_out", None)  # (wide, panels, rows) of the grid set last
    if laid is not None and laid[0] and panel.styles.column_span != 2:
        # two by two: the grid gives the right-hand column the odd cell (69 and 70 at 140)
        left = (width - GUTTER) // 2
        width = width - GUTTER - left if _column(panel) else left
    return max(0, width - panel.styles.gutter.width)


def _column(panel: Any) -> int:
    """The grid column ``panel`` stands in (0 or 1) in the two-column layout: the panels fill
    it in order, a panel spanning both taking a row of its own."""
    column = 0
    for other in getattr(panel.app, "panels", ()):
        if other.styles.column_span == 2:
            column = 0
            continue
        if other is panel:
            return column
        column = 1 - column
    return 0
