"""The cache's notices as the toast draws them, at 60 and 80 columns: a read-only cache (an
immutable folder, a read-only mount) and a locked one. Found driving the app in tmux (session
27): the toast broke the cache's path at its line's end, mid-path, and the read-only notice
read "(Operation not permitted)):". The path now comes last, cut in its middle ("…") to the
toast's line, and no bracket stands in another."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets._toast import Toast

from tests.app.cache_faults import config, seed
from tests.app.settling import settle
from tui.ui.app import MetalwatchApp
from tui.ui.toast_fit import toast_text_width
from tui.ui.widgets.headlines import HeadlinesPanel


def deep(tmp_path: Path) -> Path:
    """A cache folder with a path longer than a toast's line at these widths."""
    folder = tmp_path / "a-rather-long-folder-name" / "metalwatch-cache"
    folder.mkdir(parents=True)
    return folder


def toast_lines(app: MetalwatchApp) -> list[list[str]]:
    """Each toast's lines of text, as drawn (padding and edge stripped)."""
    out = []
    for toast in app.screen.query(Toast):
        lines = [toast.render_line(y).text.strip(" ▌▐▎┃│") for y in range(toast.size.height)]
        out.append([ln.strip() for ln in lines if ln.strip()])
    return out


def check_path_whole(lines: list[str], width: int) -> str:
    """The toast's last word is the bracketed path, whole on its line; returns the text."""
    text = " ".join(lines)
    last = lines[-1].split()[-1]
    assert last.startswith("(") and last.endswith(")"), lines  # not broken across lines
    assert len(last) <= toast_text_width(width), (last, width)
    assert "))" not in text and "((" not in text, text
    return text


@pytest.mark.parametrize("width", [60, 80])
async def test_a_read_only_cache_notice_fits_its_toast(
    tmp_path: Path,
    make_unwritable: Callable[[Path], None],
    width: int,
) -> None:
    folder = deep(tmp_path)
    seed(folder / "store.sqlite3")
    make_unwritable(folder)
    app = MetalwatchApp(config(), store_path=folder / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(width, 30), notifications=True) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        app.mark_read([next(iter(panel.row_objects.values())).id])  # a write opens the store
        await settle(app, pilot)
        toasts = [t for t in toast_lines(app) if t and t[0].startswith("cache is")]
        assert len(toasts) == 1, toast_lines(app)
        text = check_path_whole(toasts[0], width)
        assert text.startswith("cache is read-only (")
        assert "showing stored data, new data is not saved" in text
        assert "make the folder writable and restart" in text
        assert "…" in text.split()[-1]  # its middle elided: longer than the line


@pytest.mark.parametrize("width", [60, 80])
async def test_a_locked_cache_notice_fits_its_toast(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    hold_lock: Callable[[Path], Any],
    width: int,
) -> None:
    monkeypatch.setenv("METALWATCH_BUSY_TIMEOUT", "0.3")
    path = deep(tmp_path) / "store.sqlite3"
    seed(path)
    with hold_lock(path):
        app = MetalwatchApp(config(), store_path=path, refresh_on_start=False)
        async with app.run_test(size=(width, 30), notifications=True) as pilot:
            await settle(app, pilot)
            toasts = [t for t in toast_lines(app) if t and "locked by another" in " ".join(t)]
            assert toasts, toast_lines(app)
            for lines in toasts:
                text = " ".join(lines)
                assert text.startswith("cache is locked by another program"), text
                assert "))" not in text and "((" not in text, text
                words = text.split()
                path_word = next(w for w in words if w.startswith("(") and "/" in w)
                assert path_word.rstrip(";").endswith(")") and "…" in path_word, text
                assert any(path_word in ln for ln in lines), lines  # on one line
