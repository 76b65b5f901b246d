"""Fast paths of session 25 (issue #16's 2 s benchmark): the same answers, less work. Each test
gives cases the fast path must NOT reject (written several ways) beside those it may.

- ``is_granted`` (``classifier_text``): the one check of a granted noun (licences, permits,
  approvals), its possessive too, that five modules wrote out on their own.
- ``lede_notice`` (``classifier_notices``): the court-order pattern is searched only in a lede
  holding "court" in lower case, which every match holds.
- ``named_for_effects`` (``classifier_effect_nouns``) and ``title_reacts``'s reaction verbs
  (``classifier_reactions``): a set test on the tokens' lower forms before the tokens are cut.
- ``plain_words`` (``classifier_surface``): the rate pattern runs only on a text holding
  "cent" or "pct" (it ran on every text holding "per": "paper", "operations", "property").
- ``_rule_words`` (``classifier_read``): a text with an apostrophe folds each token to its base
  word once, for the trigger set and for the tokens.
- the learned gate's lede (``classifier._analyse``): read only for an event.
"""

from __future__ import annotations

from tui.core.gazetteer import Gazetteer
from tui.core.models import Metal
from tui.engine.classifier import _analyse, classify, explain
from tui.engine.classifier_effect_nouns import named_for_effects
from tui.engine.classifier_notices import lede_notice
from tui.engine.classifier_read import _rule_words
from tui.engine.classifier_surface import plain_words
from tui.engine.classifier_text import Text, is_granted
from tui.engine.classifier_title_reacts import title_reacts

WATCH = (
    Metal("copper", "Copper"),
    Metal("aluminium", "Aluminium", ("aluminium", "aluminum")),
    Metal("steel", "Steel"),
    Metal("ni", "Nickel"),
    Metal("cobalt", "Cobalt"),
)


def _text(text: str) -> Text:
    from tui.engine.tagging import matcher_for

    return Text(text, matcher_for(WATCH), Gazetteer.default())


def test_granted_nouns_read_with_their_possessives() -> None:
    for low in ("licence", "licenses", "permits", "permit's", "approval's", "authorisations"):
        assert is_granted(low), low
    for low in ("permitted", "licensing", "ban", "tariff's", "approve", "permission's-"):
        assert not is_granted(low), low


def test_court_order_lede_still_read_in_any_case() -> None:
    title = _text("What happens next for Zambian cobalt traders")
    for lede in (
        "A court ordered the government to lift the ban on cobalt exports.",
        "The High COURT ORDERED ministers on Friday to end the cobalt export levy.",
        "Zambia's Supreme Court's ruling told the ministry to scrap the nickel export quota.",
    ):
        assert lede_notice(title, None, lede) is not None, lede
    for lede in (
        "Traders said the government would lift the ban on cobalt exports.",  # no court
        "The courtyard of the ministry was closed to lift the mood.",  # "court", no order
    ):
        assert lede_notice(title, None, lede) is None, lede


def test_effect_nouns_found_however_written() -> None:
    for title in (
        "Tariff impact weighs on copper fabricators",
        "Steel duty effects spread to Asian mills",
        "The export ban fallout for nickel refiners",
        "Aluminium levy toll mounts",
    ):
        assert named_for_effects(_text(title), None), title
    for title in (
        "Copper tariff takes effect on Monday",  # "effect" after a verb, not the noun's
        "Nickel export ban to stay, minister says",
    ):
        assert not named_for_effects(_text(title), None), title
    unread = _text("Indonesia extends nickel ore export ban to 2027")
    assert not named_for_effects(unread, None)
    assert "toks" not in unread.__dict__  # decided on the lower forms alone


def test_reaction_verbs_found_however_written() -> None:
    lede = "The government banned exports of nickel ore from January."
    for title in (
        "Miners welcome Jakarta's decision",
        "Steel groups HAIL the deal with Japan",
        "Copper smelters cheering as Chile moves",
        "Analysts estimated the cost for aluminium buyers",
    ):
        why = title_reacts(_text(title), None, lede)
        assert why == "the title reacts to what its lede tells: no measure", title
    assert title_reacts(_text("Nickel ore shipments slow in January"), None, lede) is None


def test_rate_words_written_as_a_sign() -> None:
    for text, want in (
        ("Steel duty raised to 25 per cent", "Steel duty raised to 25%"),
        ("Steel duty raised to 25 Percent", "Steel duty raised to 25%"),
        ("Steel duty raised to 25 PCT on imports", "Steel duty raised to 25% on imports"),
        ("Levy of 12.5 per\tcent on copper", "Levy of 12.5% on copper"),
        ("Levy at 10 per cent – ministry", "Levy at 10% – ministry"),  # not ASCII: always read
    ):
        assert plain_words(text) == want, text
    for text in (
        "Paper mills' operations per property",  # "per" without a rate word
        "Copper centre opens per plan",  # "cent" without a number before it
        "Anti dumping duty on steel at 5 percentage points",
    ):
        assert "%" not in plain_words(text), text


def test_trigger_words_found_behind_an_apostrophe() -> None:
    for title, word in (
        ("Indonesia's nickel ban's reach widens", "ban's"),
        ("Congo's cobalt quota's first month ends", "quota's"),
        ("Chile's copper tariff's first day", "tariff's"),
    ):
        t = _text(title)
        picked = [t.lows[i] for i in _rule_words(t)]
        assert word.lower() in picked, (title, picked)
    t = _text("Zambia's copper belt floods after rains")
    assert _rule_words(t) == [i for i, w in enumerate(t.lows) if "-" in w]  # no trigger word


def test_gate_reads_the_lede_of_an_event_only() -> None:
    title = "Indonesia bans nickel ore exports from January"
    lede = "The ban on exports of nickel ore starts next year. Miners objected."
    kept: list[Text] = []
    event, _trace = _analyse(title, lede, WATCH, None, None, kept)
    assert event is not None and event.status == "suspended"
    assert [k.text for k in kept] == [title, "The ban on exports of nickel ore starts next year."]
    assert classify(title, lede, WATCH) is not None
    assert explain(title, lede, WATCH)[-1].startswith("result: suspended")
    kept = []
    event, _trace = _analyse("Nickel output rises in Sulawesi", lede, WATCH, None, None, kept)
    assert event is None and kept == []
