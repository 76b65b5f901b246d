"""The chart's marker lines: markers that would share a column (or touch each other's labels)
are one line labelled with all their numbers; apart, each has its own."""

from __future__ import annotations

from datetime import date, timedelta

from tui.ui.chart_marks import MarkGroup, column, fit_head, group_marks, label_span

FIRST = date(2025, 1, 1)
LAST = FIRST + timedelta(days=99)  # 100 days on 100 columns: one day per column


def labels(days: list[date], columns: int = 100) -> list[tuple[date, str]]:
    return [(g.day, g.label) for g in group_marks(days, FIRST, LAST, columns)]


def test_two_markers_on_one_day_are_one_line_with_both_numbers() -> None:
    day = FIRST + timedelta(days=40)
    assert labels([FIRST, day, day]) == [(FIRST, "1"), (day, "2,3")]


def test_three_or_more_on_one_day_say_the_range() -> None:
    day = FIRST + timedelta(days=10)
    assert labels([day] * 4) == [(day, "1-4")]


def test_markers_apart_keep_their_own_lines() -> None:
    days = [FIRST + timedelta(days=n) for n in (0, 10, 50)]
    assert labels(days) == [(d, str(n)) for n, d in enumerate(days, 1)]


def test_labels_never_touch() -> None:
    # "1" at column 0 and a marker at column 1: the labels would read "12" (twelve)
    assert labels([FIRST, FIRST + timedelta(days=1)]) == [(FIRST, "1,2")]
    # column 2 leaves one blank column after "1"
    two = FIRST + timedelta(days=2)
    assert labels([FIRST, two]) == [(FIRST, "1"), (two, "2")]
    # a grown label is wider: "9,10" at column 80 covers 80-83, so 84 joins it and 85 not
    nine = [FIRST + timedelta(days=n) for n in range(0, 90, 10)]
    at = FIRST + timedelta(days=80)
    for col, expected in ((84, ["9-11"]), (85, ["9,10", "11"])):
        days = [*nine, FIRST + timedelta(days=81), FIRST + timedelta(days=col)]
        assert [label for _, label in labels(days)][8:] == expected
        assert labels(days)[8][0] == at


def test_a_narrow_plot_folds_close_days_together() -> None:
    # ten years on 50 columns: two events a month apart share a column
    first, last = date(2016, 1, 1), date(2026, 1, 1)
    days = [date(2025, 6, 1), date(2025, 7, 1)]
    assert [g.label for g in group_marks(days, first, last, 50)] == ["1,2"]
    assert [g.label for g in group_marks(days, first, last, 2000)] == ["1", "2"]


def test_column_and_label_edges() -> None:
    assert column(FIRST, FIRST, FIRST, 80) == 0  # a one-day frame
    assert column(LAST, FIRST, LAST, 100) == 99
    assert MarkGroup(FIRST, 7, 7).label == "7"
    assert MarkGroup(FIRST, 7, 9).label == "7-9"


def test_a_label_at_the_right_edge_ends_at_its_line_and_never_reaches_back() -> None:
    # on the last column a label runs leftwards from its line
    assert label_span(MarkGroup(LAST, 2, 4), FIRST, LAST, 100) == (97, 99)
    assert label_span(MarkGroup(FIRST, 2, 4), FIRST, LAST, 100) == (0, 2)
    # "1" at column 96, then three events on the last day: "2-4" would cover 97-99, touching
    # "1": they become one label
    near = FIRST + timedelta(days=96)
    assert labels([near, LAST, LAST, LAST]) == [(near, "1-4")]
    # with room between them, two labels
    far = FIRST + timedelta(days=90)
    assert labels([far, LAST, LAST, LAST]) == [(far, "1"), (LAST, "2-4")]


def test_the_plot_title_fits_or_drops_the_legend_first() -> None:
    main = "last 13,484  min 12,529  max 13,484  USD/t"
    gap = "┊ no data since 2026-05-01"
    wide = fit_head(main, gap, True, 200)
    assert wide == f"{main}  ·  │n: event n below  ·  {gap}"
    narrow = fit_head(main, gap, True, 76)
    assert len(narrow) <= 76 and narrow.startswith(main) and gap in narrow
    assert fit_head(main, gap, True, len(main) + 2) == main
    assert fit_head(main, "", False, 200) == main


def test_the_head_room_is_the_canvas_plotext_centres_the_head_on() -> None:
    from tui.ui.chart_marks import head_room

    # no y axis labels: about the widget's width (the head centred on it)
    assert 74 <= head_room(76, 0) <= 76
    # six columns of labels ("16,003") move the centre right: a 70-cell head was left out at 76
    assert head_room(76, 6) < 70
    assert head_room(76, 6) >= len("last 13,990  min 9,732  max 14,660  USD/t")
    # wider labels, less room; never negative
    assert head_room(76, 9) < head_room(76, 6)
    assert head_room(4, 9) == 0


def test_label_headroom_keeps_the_top_row_for_the_labels() -> None:
    from tui.ui.chart_marks import label_headroom

    for rows in (3, 7, 19, 50):
        lo, top = label_headroom(100.0, 200.0, rows)
        assert lo == 100.0
        # the highest price falls at least a whole row of text below the top row
        row = (top - lo) / (rows - 1)
        assert top - 200.0 >= row - 1e-9, rows
        assert top - 200.0 <= 3 * row, rows  # and not far above: the line keeps its room
    lo, top = label_headroom(5.0, 5.0, 7)  # a flat series
    assert lo < 5.0 < top


def test_y_ticks_read_as_the_prices_panel_writes_prices() -> None:
    """Found in session 18: the chart's y axis said "16003.4", "13913.0", "9732.3" beside a
    title and a prices panel that say "13,990"."""
    from tui.ui.chart_marks import y_ticks

    ticks, labels = y_ticks(9732.3, 16003.4, 7, 0)
    assert labels[0] == "9,732" and labels[-1] == "16,003" and len(ticks) == 7, labels
    assert y_ticks(55.1, 60.27, 20, 2)[1][-1] == "60.27"
    assert len(y_ticks(100.0, 200.0, 3, 0)[0]) == 3  # one a row at most
    # two ticks that would read the same get the decimals that tell them apart
    labels = y_ticks(13990.0, 13993.0, 7, 0)[1]
    assert len(set(labels)) == 7 and labels[1] == "13,990.5", labels
    assert y_ticks(5.0, 5.0, 7, 4) == ([5.0], ["5.0000"])
    # a plot of one row (or none) has no ticks: its one tick read as the price
    assert y_ticks(9547.0, 14660.0, 1, 0) == ([], []) == y_ticks(9547.0, 14660.0, 0, 0)


def test_the_heading_keeps_the_last_price_and_its_age_longest() -> None:
    from tui.ui.chart_marks import head_forms

    forms = head_forms("13,990", "(24d, stale)", "9,732", "14,660", "USD/t")
    assert forms[0] == "last 13,990 (24d, stale)  min 9,732  max 14,660  USD/t"
    assert fit_head(forms, "", False, 200) == forms[0]
    single = "last 13,990 (24d, stale) min 9,732 max 14,660 USD/t"
    assert fit_head(forms, "", False, len(single)) == single  # min and max before the age go
    assert fit_head(forms, "", False, 31) == "last 13,990 (24d, stale)  USD/t"
    assert fit_head(forms, "", False, 30) == "last 13,990 (24d, stale)"
    assert fit_head(forms, "", False, 12) == "last 13,990"
