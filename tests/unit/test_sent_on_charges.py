"""A charge on goods sent on to a market is an export charge ("taxes bauxite destined for
Chinese refineries"), read from the participle after the charge's noun
(``tui/engine/classifier_text.py``). The same words before it are a verb's ("is going to levy a
tax on aluminium imports", "heading for a duty on ..."): the charge stays on the imports the
headline names. Labelled before the engine read them."""

from __future__ import annotations

import pytest
from kinds_exact import ExactWant, check_exact

CASES: list[tuple[str, str, ExactWant]] = [
    # the participle after the charge: exports to that market
    ("Guinea taxes bauxite destined for Chinese refineries", "", ("tariff", "GN", "CN", False, "bauxite", None)),
    ("Indonesia slaps levy on nickel pig iron shipped to China", "", ("tariff", "ID", "CN", False, "nickel", None)),
    # "going to", "heading for" before the charge: a plan's verb, the imports' charge
    ("India is going to levy a tax on aluminium imports", "", ("tariff", "*", "IN", True, "aluminium", None)),
    ("India is going to levy a duty on copper imports", "", ("tariff", "*", "IN", True, "copper", None)),
]  # fmt: skip


@pytest.mark.parametrize(("title", "summary", "want"), CASES, ids=[c[0] for c in CASES])
def test_a_charge_on_goods_sent_on_and_a_verb_going_to_levy_one(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
