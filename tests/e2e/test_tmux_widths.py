"""Headlines holding characters a terminal draws at another width than Rich counts them, in a
real terminal: every row's columns and right border stay where the header's are.

tmux runs `python -m tui --config ...` on a local feed (no network) whose titles and channel name
hold a Hangul filler (U+3164: two cells in tmux, none to Rich), a variation selector ("❤️": one
cell drawn, two counted) and a skin-tone modifier ("👍🏻": four drawn, two counted). Before, such a
row was drawn one or two cells long or short: its Source column moved and the box's right border
was doubled or pushed off the line.
"""

from __future__ import annotations

import shutil
import sys
import unicodedata
import uuid
from pathlib import Path

import pytest

from tests.app.test_terminal_widths import TITLES, feed
from tests.tmux_session import TmuxSession

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(
        shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)"
    ),
]


def cells(line: str) -> list[int]:
    """The terminal column each character of a captured line starts at (tmux writes a wide
    character once; east-asian wide and full-width take two columns, combining marks none)."""
    out, col = [], 0
    for ch in line:
        out.append(col)
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        col += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return out


def test_rows_with_odd_width_characters_keep_their_columns(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(feed(TITLES), encoding="utf-8")
    (tmp_path / "config.toml").write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "Wire"\nkind = "rss"\nurl = "feed.xml"\n',
        encoding="utf-8",
    )
    env = {
        "METALWATCH_CACHE_DIR": str(tmp_path / "cache"),
        "METALWATCH_CONFIG_DIR": str(tmp_path / "nowhere"),
        "COLORTERM": "truecolor",
        "TERM": "xterm-256color",
    }
    tmux = TmuxSession("metalwatch-widths", socket=f"mw-widths-{uuid.uuid4().hex[:8]}", env=env)
    tmux.launch(f"{sys.executable} -m tui --config {tmp_path / 'config.toml'}", (120, 30))
    try:
        _, screen = tmux.until(
            lambda shown: sum("Copper" in line for line in shown.splitlines()) >= len(TITLES),
            timeout=30,
            every=0.2,
        )
        lines = screen.splitlines()
        head = next(line for line in lines if "Headline" in line and "Source" in line)
        edges = ("│", "┃")  # a panel's side; heavy where the panel has the focus
        rows = [line for line in lines if "Copper" in line and line.startswith(edges)]
        assert len(rows) == len(TITLES), screen
        source_at = cells(head)[head.index("Source")]
        for row in rows:
            at = cells(row)
            edge = row[0]
            assert row.rstrip().endswith(edge) and not row.rstrip().endswith(edge * 2), screen
            assert at[len(row.rstrip()) - 1] == 119, f"the right border moved:\n{screen}"
            assert at[row.index("Wire")] == source_at, f"the Source column moved:\n{screen}"
    finally:
        tmux.close()
