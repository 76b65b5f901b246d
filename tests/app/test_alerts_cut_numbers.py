"""The alerts log never cuts a cell inside a number (``tui.ui.number_cut``).

Found driving a config with two price rules at 120x40: the Rule column (19 cells) read
"aluminium below 50…" for the rule "aluminium below 5000", a threshold of 50 as it reads. A
cut now falls before a word holding a digit: "aluminium below…" (the line under the table
says the alert whole).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.test_alerts_columns_fit import alerts_shown
from tui.ui.number_cut import cut_whole

ENTRIES = [
    {
        "fired_at": "2026-12-07T10:58:00Z",
        "severity": "warning",
        "rule": rule,
        "metal": metal,
        "message": message,
        "delivery": "",
    }
    for rule, metal, message in (
        (
            "aluminium below 5000",
            "aluminium",
            "Aluminium at 3,654 USD/t on 2026-05-01, below 5,000 (FRED aluminium) [stale: no"
            " price since 2026-05-01]",
        ),
        (
            "copper above 10000",
            "copper",
            "Copper at 12,891 USD/t on 2026-04-01, above 10,000 (FRED copper) [stale: no price"
            " since 2026-04-01]",
        ),
    )
]


def cells(header: str, row: str, name: str, after: str | None) -> str:
    start = header.index(name)
    end = header.index(after) if after else len(row)
    return row[start:end].strip()


def whole_words(said: str, whole: str) -> bool:
    """``said`` is ``whole``, or its start cut with an ellipsis where no word holding a digit
    is split."""
    if said == whole:
        return True
    if not said.endswith("…") or not whole.startswith(said[:-1]):
        return False
    kept = said[:-1]
    rest = whole[len(kept) :]
    if kept.endswith(" ") or rest.startswith(" "):
        return True
    split = kept.split(" ")[-1] + rest.split(" ")[0]
    return not any(ch.isdigit() for ch in split)


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 60)])
async def test_no_rule_or_message_is_cut_inside_a_number(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    shown = await alerts_shown(tmp_path, size, ENTRIES)
    header = next(line for line in shown if line.lstrip().startswith("When"))
    for entry in ENTRIES:
        row = next(line for line in shown if f" {entry['metal']} " in line)
        rule = cells(header, row, "Rule", "Metal")
        message = cells(header, row, "Message", None)
        assert whole_words(rule, str(entry["rule"])), (size, row)
        assert whole_words(message, str(entry["message"])), (size, row)
    said = "\n".join(shown)
    assert "below 50…" not in said and "above 10…" not in said, said


def test_the_cut_steps_back_before_a_number_only() -> None:
    assert cut_whole("aluminium below 5000", 19) == "aluminium below…"
    assert cut_whole("Copper at 13,990 USD/t", 14) == "Copper at…"
    assert cut_whole("Copper at 13,990 USD/t", 17) == "Copper at 13,990…"
    assert cut_whole("Copper at 13,990 USD/t", 20) == "Copper at 13,990 US…"  # no digit
    assert cut_whole("headline: resume (copper)", 16) == "headline: resum…"  # no digit
    assert cut_whole("12345678", 5) == "1234…"  # a number alone: cut as it must
    assert cut_whole("copper above 10000", 18) == "copper above 10000"
