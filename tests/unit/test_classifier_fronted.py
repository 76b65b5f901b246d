"""The one reading of a fronted clause (``tui/engine/classifier_fronted.py``) that the title's
lead-in (``classifier_lead_in``) and the fronted cause (``classifier_caused``) both call: where
the clause ends, where the main clause starts, and what it holds."""

from __future__ import annotations

import pytest

from tui.core.gazetteer import Gazetteer
from tui.core.models import Metal
from tui.engine.classifier_caused import fronted_clause_end
from tui.engine.classifier_fronted import fronted_clause
from tui.engine.classifier_text import Text
from tui.engine.tagging import matcher_for

METALS = (
    Metal("nickel", "Nickel", ("nickel",)),
    Metal("copper", "Copper", ("copper",)),
    Metal("steel", "Steel", ("steel",)),
    Metal("aluminium", "Aluminium", ("aluminium", "aluminum")),
)


@pytest.mark.parametrize(
    ("text", "opener", "motive"),
    [
        ("Fearing shortages, Indonesia bans nickel ore exports", "Fearing", True),
        ("In a bid to protect smelters, Zambia halts copper exports", "In a bid to", True),
        ("To shield its mills, Vietnam raises steel duties", "To shield", True),
        ("Hit by US duties, Brazil curbs aluminium imports", "Hit by", False),
        ("After floods, Peru halts copper exports", "After", False),
        ("AHEAD OF THE VOTE, CHILE WEIGHS COPPER ROYALTY", "AHEAD OF", False),
        # a noun phrase, no participle's clause
        ("Mining stocks, Chile's copper output slide", None, False),
        # no opener of a clause of why or when
        ("With US tariffs looming, Mexico raises steel duties", None, False),
        ("Beijing, Washington agree to ease copper curbs", None, False),
        # a mark inside the clause, or a clause too long to be a lead-in
        ("After talks: Beijing, Jakarta agree nickel quota", None, False),
        ("Following " + "very " * 15 + "long talks, Chile sets copper quota", None, False),
        # no space after the comma: a number, no clause
        ("Amid 1,000 tonnes of imports Mexico sets steel quota", None, False),
    ],
)
def test_the_opener_and_motive(text: str, opener: str | None, motive: bool) -> None:
    fc = fronted_clause(text)
    assert fc is not None
    assert fc.comma == text.index(",")
    assert fc.opener == opener
    assert fc.motive is motive


def test_the_span_and_words() -> None:
    text = "Fearing a flood after US duties,  Brazil restricts copper imports"
    fc = fronted_clause(text)
    assert fc is not None
    assert text[fc.rest :] == "Brazil restricts copper imports"
    assert fc.words == ("fearing", "a", "flood", "after", "us", "duties")
    assert fronted_clause("Indonesia bans nickel ore exports") is None
    nogap = fronted_clause("Tariffs on 1,000 products")
    assert nogap is not None and nogap.rest == 0 and nogap.opener is None


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("Fearing a flood after US duties, Brazil restricts copper imports", "Brazil"),
        ("With US tariffs looming, Mexico raises steel duties", "Mexico"),
        ("Amid EU safeguard quotas, Turkey curbs aluminium imports", "Turkey"),
    ],
)
def test_the_tokens_see_the_same_comma(text: str, main: str) -> None:
    """The fronted cause reads the clause's comma at the token the shared reading names."""
    t = Text(text, matcher_for(METALS), Gazetteer.default())
    end = fronted_clause_end(t)
    fc = fronted_clause(text)
    assert fc is not None and end > 0
    assert t.toks[end].start == fc.comma
    assert t.toks[end + 1].text == main


def test_a_clause_without_a_measure_is_no_fronted_cause() -> None:
    t = Text("After floods, Peru halts copper exports", matcher_for(METALS), Gazetteer.default())
    assert fronted_clause_end(t) == 0
