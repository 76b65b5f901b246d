"""Fast paths of session 27 (the classify stage of ``bench_cluster.py``): the same answers,
fewer instructions, checked against asking every check.

- ``reaction_veto`` (``classifier_reactions``, words in ``classifier_veto_cues``), ``stance_veto``
  (``classifier_stances``, its effect checks in ``classifier_forecast_effects``),
  ``nonmeasure_veto`` (``classifier_nonmeasures``), ``commentary_veto`` (``classifier_commentary``)
  and ``aside_veto`` (``classifier_asides``): the text's lower forms are intersected once per event
  with the words the gated checks need, and a check none of whose words is a token is not asked.
  What that relies on: each gated check answers False on a text holding none of its words. That is
  checked here on every finding of every labelled title and summary, the edge texts and fuzzed ones
  (each check asked directly, whatever its gate says), and the whole engine on every labelled row,
  paraphrase, invariance rewriting and edge text, read once with the gates and once with every check
  asked (``test_engine_fast_paths_all``, with the plain forms of every fast-path module put back at
  once)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from real_headlines_set import watch_list
from test_engine_fast_paths_5 import EDGE_TEXTS, _corpus_texts
from test_engine_fast_paths_7 import _fuzzed

from tui.core.gazetteer import Gazetteer
from tui.engine import classifier_asides as AS
from tui.engine import classifier_commentary as CM
from tui.engine import classifier_forecast_effects as FE
from tui.engine import classifier_nonmeasures as NM
from tui.engine import classifier_reactions as RX
from tui.engine import classifier_rules as R
from tui.engine import classifier_stances as ST
from tui.engine import classifier_veto_cues as CUES
from tui.engine.classifier_findings import rule_at
from tui.engine.classifier_read import _rule_words
from tui.engine.classifier_text import SKIP, Finding, Text
from tui.engine.tagging import matcher_for

Check = Callable[[Text, Finding], bool]

#: Each gated check with the words it is asked on, as the two vetoes gate them.
GATED: list[tuple[Check, frozenset[str]]] = [
    (RX._criticised, CUES.CRITICS),
    (RX._a_response, R.RESPONSE_NOUNS),
    (RX._lawmakers_call, R.LEGISLATORS),
    (RX._procedure_step, CUES.PROCEDURE),
    (RX._effects_of, R.EFFECT_NOUNS),
    (RX._in_condition, R.CONDITION_WORDS),
    (RX._pleaded, R.PLEA_NOUNS),
    (RX._backs_a_demand, R.DEMAND_NOUNS),
    (RX._retaliation_topic, R.RETALIATION_NOUNS),
    (RX._worries, R.WORRY_VERBS),
    (RX._welcomed, R.REACTION_VERBS),
    (RX._requested, R.REQUEST_NOUNS),
    (RX._through_a_route, R.ROUTE_WORDS),
    (FE.economic_effect, FE.EFFECT_CUES),
    (FE.flow_cut_by_measure, FE.FLOW_CUTS),
    (FE.flow_moved_after, FE.FLOW_MOVES),
    (FE.faces_fallout, FE.FACE_VERBS),
    (ST.stance_on_another, ST._STANCE_WORDS),
    (ST.reaction_before, ST._MOOD_CUES),
    (ST.trend_of_measures, ST._TREND_CUES),
    (ST.mining_right, R.PERMISSION_WORDS),
    (NM._evaded, NM._EVADED_CUES),
    (NM._ruled_on, NM._RULED_CUES),
    (NM._called_duty, NM._MODALS),
    (NM._response_promised, NM._RESPONSES),
    (NM._deal_stopped, NM._DEALS),
    (CM.fared_under, CM._FARED_VERBS),
    (CM.colon_effect, CM._EFFECT_NOUNS),
    (CM.gains_from, CM._GAIN_VERBS),
    (CM.call_by_non_state, CM._CALLS),
    (CM.relief_sought, CM._RELIEF_NOUNS),
    (CM.cut_sought, CM._CUT_ASKS),
    (CM.domestic_activity, CM._DOMESTIC_WORDS),
    (CM.vowed_counter, CM._COUNTER_VERBS),
    (AS.asks_whether, AS._DOUBT_WORDS),
    (AS.failed_to_agree, AS._FAIL_WORDS),
    (AS.open_to, AS._OPEN),
]
#: Each veto's cue words, the union of its gated checks' (by the checks' modules).
UNIONS = {
    RX.__name__: CUES.REACTION_CUES,
    ST.__name__: ST._STANCE_CUES,
    FE.__name__: ST._STANCE_CUES,  # the effect checks stance_veto gates
    NM.__name__: NM._NONMEASURE_CUES,
    CM.__name__: CM._COMMENTARY_CUES,
    AS.__name__: AS._ASIDE_CUES,
}


class _Every:
    """A stand-in for the cue words under which no gated check's words are lacking."""

    def intersection(self, _words: object) -> _Every:
        return self

    def isdisjoint(self, _words: object) -> bool:
        return False


def _findings() -> Iterator[tuple[Text, Finding]]:
    """Every finding the rules make on the corpus, the edge texts and fuzzed texts (in any
    case), with its text: each may be the one a veto is asked about."""
    matcher, gaz = matcher_for(watch_list()), Gazetteer.default()
    for text in [*_corpus_texts(), *_fuzzed(278, 3000), *(x.upper() for x in EDGE_TEXTS)]:
        t = Text(text, matcher, gaz)
        for i in _rule_words(t):
            found = rule_at(t, i)
            if found is not None and found is not SKIP:
                yield t, found


def test_gates_hold_every_word_and_the_empty_word_none() -> None:
    """The cue sets hold each gated check's words; "" (``Text.word`` past the ends) is none."""
    for check, words in GATED:
        assert words <= UNIONS[check.__module__] and "" not in words, check.__name__
    assert all(w == w.lower() for _c, words in GATED for w in words)


def test_a_gated_check_answers_false_without_its_words() -> None:
    """Each gated check, asked on every finding: True only on a text holding one of its words
    (the premise of the gate); and the gate skips most checks, and each check fires somewhere."""
    fired = dict.fromkeys((check.__name__ for check, _ in GATED), 0)
    asked = skipped = 0
    for t, found in _findings():
        assert [tk.low for tk in t.toks] == t.lows  # the checks read either
        for check, words in GATED:
            answer = check(t, found)
            asked += 1
            if words.isdisjoint(t.lows):
                skipped += 1
                assert not answer, (check.__name__, t.text, found)
            fired[check.__name__] += bool(answer)
    assert asked > 100_000 and skipped > asked // 2
    assert all(fired.values()), [name for name, n in fired.items() if not n]


def put_back_plain_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every gated check asked, whatever its words (read by the whole engine's check,
    ``test_engine_fast_paths_all``)."""
    monkeypatch.setattr(RX, "REACTION_CUES", _Every())
    monkeypatch.setattr(ST, "_STANCE_CUES", _Every())
    monkeypatch.setattr(NM, "_NONMEASURE_CUES", _Every())
    monkeypatch.setattr(CM, "_COMMENTARY_CUES", _Every())
    monkeypatch.setattr(AS, "_ASIDE_CUES", _Every())
