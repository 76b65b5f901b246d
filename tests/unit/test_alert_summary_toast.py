"""The app's one toast for the alerts past the first two names each rule once, with its count.

Found in tmux at 120x40: five headline alerts of one rule, "headline: ban, exports, demand",
fired at a start and their summary toast read "headline: ban, exports, demand, headline: ban,
exports, demand, headline: ban, exports, demand ... (a shows them)".
"""

from __future__ import annotations

from tui.ui.alerting import rules_said


def test_one_rule_many_times_is_said_once_with_its_count() -> None:
    rule = "headline: ban, exports, demand"
    assert rules_said([rule] * 5) == "headline: ban, exports, demand (5)"


def test_rules_in_the_order_they_fired_each_once() -> None:
    titles = ["copper above 10k", "Tariffs", "copper above 10k", "nickel moves 3%", "Tariffs"]
    assert rules_said(titles) == "copper above 10k (2); Tariffs (2); nickel moves 3%"


def test_more_than_three_rules_end_with_an_ellipsis() -> None:
    titles = ["gold above 4k", "silver above 60", "tin moves 5%", "zinc below 2k", "gold above 4k"]
    assert rules_said(titles) == "gold above 4k (2); silver above 60; tin moves 5%; ..."
    assert rules_said(["a", "b", "c"]) == "a; b; c"
