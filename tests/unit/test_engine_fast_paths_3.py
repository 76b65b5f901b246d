"""Fast paths of session 24's rules: the same answers, without reading what they need not.

``adjusts_imports`` (``tui/engine/classifier_noun_phrases.py``) is asked at every measure noun of
every title by ``rule_noun``; it reads the title's metals (``Text.is_metal``, which finds the
metal spans) only for "adjust" or "adjusting", the only words that can begin the act.
"""

from __future__ import annotations

from tui.core.gazetteer import Gazetteer
from tui.core.models import Metal
from tui.engine.classifier_noun_phrases import adjusts_imports
from tui.engine.classifier_text import Text
from tui.engine.tagging import matcher_for

WATCH = (
    Metal("copper", "Copper"),
    Metal("aluminium", "Aluminium", ("aluminium", "aluminum")),
    Metal("steel", "Steel"),
    Metal("ni", "Nickel"),
)
#: Titles with measure nouns and metals but no word of adjusting.
PLAIN = [
    "US doubles steel tariffs to 50% on imports from Canada",
    "Indonesia bans nickel ore exports again",
    "Chile weighs copper export duty as prices climb",
    "EU extends aluminium safeguard quotas for two years",
]
#: The act named, at the token given.
ACTS = [
    ("Adjusting Imports of Aluminum into the United States", 0),
    ("Proclamation Adjusting Copper Imports", 1),
    ("Strengthening Actions Taken to Adjust Imports of Steel", 4),
    ("Actions to adjust the imports of nickel", 2),
]
#: "adjust" with no act: a buyer adjusts, talks to adjust.
NOT_ACTS = [
    ("Mills adjust steel imports as prices fall", 1),
    ("Talks to adjust copper imports stall", 2),
    ("Adjusting to tariffs, smelters cut aluminium output", 0),
]


def _text(title: str) -> Text:
    return Text(title, matcher_for(WATCH), Gazetteer.default())


def test_no_other_word_reads_the_titles_metals() -> None:
    for title in PLAIN:
        t = _text(title)
        assert not any(adjusts_imports(t, i) for i in range(len(t.toks) + 1)), title
        assert "is_metal" not in t.__dict__, title  # the metals were never read


def test_the_act_is_still_read_where_it_begins() -> None:
    for title, at in ACTS:
        t = _text(title)
        assert [i for i in range(len(t.toks)) if adjusts_imports(t, i)] == [at], title
    for title, at in NOT_ACTS:
        assert not adjusts_imports(_text(title), at), title
