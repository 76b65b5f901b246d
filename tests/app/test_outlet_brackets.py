"""An outlet's bracketed part, dropped to fit the narrow source column, leaves its words apart.

Seen driving the app with a feed whose title was "A [b]Wire[/b] with a very long outlet name":
the headline list named its outlet "AWire with a very …": the shortening drops a part in
brackets ("Reuters (demo capture)" -> "Reuters"), and a part between two words took the space
between them with it. The name reads "A Wire with a very…" now."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_headline_list import app_for, lines, load
from test_outlets_at_80 import outlet_stories

from tui.ui.outlet_names import short_outlet

OUTLETS = ("Mining[dot]com Weekly Desk", "A [b]Wire[/b] with a very long outlet name")


@pytest.mark.parametrize("size", [(60, 20), (100, 30)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_a_dropped_bracket_keeps_the_words_apart(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    stories = outlet_stories(OUTLETS)
    app = app_for(tmp_path)
    async with app.run_test(size=size) as pilot:
        panel = await load(app, pilot, stories)
        shown = "\n".join(lines(panel))
        assert "Miningcom" not in shown and "AWire" not in shown, shown
        assert "Mining com" in shown and "A Wire" in shown, shown


def test_the_shortening_keeps_a_space() -> None:
    assert short_outlet("Mining[dot]com Weekly Desk", 19) == "Mining com Weekly Desk"
    assert short_outlet("Reuters (demo capture)", 14) == "Reuters"  # at the end: nothing left
