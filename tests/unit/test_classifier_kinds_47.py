"""Kinds of false event (session 22): news that talks about a measure without reporting one.

Grouped from the false events of the studied sets (the leave-one-set-out run's 62, the second
wire's, the fifteenth blind set's, ``--misses``):

1. What a measure does to a party, foretold or told as a plight: a measure, a noun, is the
   subject of a harm to a sector, an industry, its firms or a metal's trade ("tariffs to smack
   iron ore", "export curbs put magnet makers in a deepening predicament") (``harm_to_party``
   in ``tui/engine/classifier_outlooks.py``). A government that hits someone with a measure,
   and an act with its effect after a comma, stay events.
2. A measure only in a clause of condition or time ("once", "if", "should", "when") after a
   forecast about others ("miners to face headwinds once China restricts imports"): the
   measure is a premise, not news (``conditional_premise``). A government's own measure on a
   condition ("Chile to impose an export tax if prices keep rising") stays its plan.
3. A measure coming, as the backdrop of a market's or an industry's mood ("exporters on edge as
   US levies loom", "demand under pressure with tariffs on the horizon"): the measure is what
   the mood is about (``looming_backdrop``). A measure that looms in the main clause ("X's ore
   export ban looms") stays a plan, and a measure in force "as a trade war looms" an event.
4. A measure denied by "no" before its noun, with up to two words between ("no new export curbs
   on copper", "no export tax planned", "no restrictions on gallium shipments"): the denial
   ("no tariffs on", ``DENIAL_RE`` in ``tui/engine/classifier_rules_context.py``) allows one word
   and fewer nouns. NOT FIXED: a wider denial (two words, "tax", "restrictions", "controls",
   "limits", and "planned", "applied", "imposed" after) read the kind and gained a labelled row
   with no loss under the shipped gate, but the gate it made stale, retrained, lost one labelled
   row; it was taken back and its three cases are ``xfail(strict=True)``. "No exemption from
   tariffs" keeps the measure. Session 27 widened the denial another way (up to three words,
   "tax", and a time after the noun: "this year", "in 2026", "before", "until"; see
   ``test_classifier_kinds_68.py``), losing no labelled row with its gate retrained: "no new
   export curbs on copper this year" reads right. A measure noun right after "no" is none laid
   (``ABSENT_WORDS``, ``test_classifier_kinds_70.py``, also session 27), so "no restrictions on
   gallium shipments" reads right (the gate retrained, no labelled row lost).

First time, on the engine before the change: 18 of the 28 first cases read right (kind 1: 10 of
12, kind 2: 3 of 9, kind 3: 5 of 7). Three of kind 1's and kind 3's right readings said "levies",
which the rules read as a verb, not a measure noun: they tested nothing. Second batches, written
after the first run and before running them, with other nouns: kind 1's 3 of 5 (the two misses a
harm the rules did not know, "punish", "cripple"), kind 3's 3 of 3. One more look-alike of kind 1
("... export ban will squeeze nickel", an event) was written after the first fix lost a labelled
row of that form, and read right. Four look-alikes stay ``xfail(strict=True)``: they stay events
but with a field wrong that is not this round's kind (a government's "to impose" / "will ban"
read decided though a condition follows, an export read from "hitting exporters", a later
clause's "looms" read as the main measure's plan). Kind 4, written after the first three were
fixed and before running it: 5 of 8 right (the three misses: two words before the noun, "tax",
"restrictions").

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' vetoes.

Since kinds 129 (``classifier_headline_will``: a title's undated "will" is proposed) "Indonesia
will ban nickel matte exports once smelters are ready" reads; its strict ``xfail`` is gone.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: Why a government's own measure on a condition is read decided: the house reads "X to impose",
#: "X will ban" as decided (the wires' labels), and a condition after it does not make it a plan.
_TO_ACT = "a field: a government's 'to impose' / 'will ban' is read decided, condition or not"

#: (title, summary, want): kind 1, a measure's harm to a party.
HARMS: list = [
    ("Tariffs put copper and zinc smelters in a difficult predicament", "", None),
    ("Export curbs leave Japanese magnet makers in a deepening predicament", "", None),
    ("New nickel duties put Indonesian refiners under mounting pressure", "", None),
    ("US aluminium tariffs to batter Canadian smelters", "", None),
    ("Chinese gallium curbs will hurt European chipmakers", "", None),
    ("EU steel quotas to squeeze Turkish mills", "", None),
    ("Trump's copper levies to smack Chilean miners", "", None),
    ("Cobalt export ban set to hit Congo's budget", "", None),
    ("Washington's platinum duties to pummel South African producers", "", None),
    # stay events: a government hits someone with a measure; an act, then its effect
    ("US hits Chinese aluminium with new tariffs", "", ("tariff", "CN", "US", False)),
    (
        "India imposes anti-dumping duty on Chinese steel to protect local mills",
        "",
        ("tariff", "CN", "IN", False),
    ),
    pytest.param(
        "Canada slaps surtax on Chinese steel, hitting exporters",
        "",
        ("tariff", "CN", "CA", False),
        marks=pytest.mark.xfail(
            strict=True, reason="a field: 'exporters' after the comma reads an export (CA -> *)"
        ),
    ),
]

#: (title, summary, want): kind 1, a second batch (other measure nouns than "levies", which
#: the rules read as a verb).
HARMS_MORE: list[tuple[str, str, Want]] = [
    ("Peru's copper export duties to punish Chinese smelters", "", None),
    ("India's new steel safeguard duties will squeeze Korean exporters", "", None),
    ("Beijing's tungsten export curbs set to cripple Western drill makers", "", None),
    ("Russian nickel sanctions leave battery makers in a bind", "", None),
    # stay events: a government hits goods with a measure; a ban told by its squeeze on its
    # own goods (written after the first run lost such a labelled row)
    ("Mexico hits Chinese steel with 30% tariffs", "", ("tariff", "CN", "MX", False)),
    ("Philippine nickel ore export ban will squeeze nickel", "", ("suspended", "PH", "*", False)),
]

#: (title, summary, want): kind 2, a measure only in a clause of condition or time.
PREMISES: list = [
    ("Australian miners to face headwinds once China restricts lithium imports", "", None),
    ("Copper smelters could lose billions if Chile imposes an export tax", "", None),
    ("Steel demand seen weakening if Washington doubles tariffs", "", None),
    ("Korean battery makers to gain once US bans Chinese graphite", "", None),
    ("Platinum refiners brace for losses should the US raise duties", "", None),
    ("Zinc prices may jump when Peru restricts ore exports", "", None),
    # stay events: the government's own measure, on a condition
    pytest.param(
        "Chile to impose copper export tax if prices keep rising",
        "",
        ("tariff", "CL", "*", True),
        marks=pytest.mark.xfail(strict=True, reason=_TO_ACT),
    ),
    (
        "Indonesia will ban nickel matte exports once smelters are ready",
        "",
        ("suspended", "ID", "*", True),
    ),
    (
        "Mexico raises steel tariffs, to lift them once US drops its duties",
        "",
        ("tariff", "*", "MX", False),
    ),
]

#: (title, summary, want): kind 3, a measure coming as the backdrop of a mood.
LOOMING: list = [
    ("Aluminium demand under pressure with tariffs on the horizon", "", None),
    ("Chilean copper exporters on edge as US levies loom", "", None),
    ("Nickel traders cautious with Indonesian export ban on the horizon", "", None),
    ("Korean steelmakers brace for losses as quotas loom", "", None),
    ("Tin buyers nervous as Myanmar export curbs loom", "", None),
    # stay events: the measure looms in the main clause; a measure in force as a war looms
    (
        "Zimbabwe's lithium ore export ban looms over Chinese refiners",
        "",
        ("suspended", "ZW", "*", True),
    ),
    pytest.param(
        "Trump's copper tariffs take effect as trade war looms",
        "",
        ("tariff", "*", "US", False),
        marks=pytest.mark.xfail(
            strict=True, reason="a field: 'looms' in the later clause reads the tariffs planned"
        ),
    ),
]

#: (title, summary, want): kind 3, a second batch (other measure nouns than "levies").
LOOMING_MORE: list[tuple[str, str, Want]] = [
    ("Chilean copper exporters on edge as US duties loom", "", None),
    ("Platinum refiners wary as EU sanctions loom", "", None),
    ("Lithium buyers hold back with Zimbabwe export curbs looming", "", None),
]


#: Kind 4's fix, tried and taken back: see the module's docstring.
_NOT_FIXED = pytest.mark.xfail(
    strict=True, reason="the wider denial was tried: its gate retrain lost a labelled row"
)

#: (title, summary, want): kind 4, a measure denied by "no" before its noun.
DENIED: list = [
    ("White House: no tariffs on refined platinum imports", "", None),
    # read since session 27: "no", up to three words, the measure and a time ("this year")
    ("Indonesia says no new export curbs on copper this year", "", None),
    ("Minister confirms there will be no ban on nickel ore exports", "", None),
    ("No quotas on Ukrainian steel, EU confirms", "", None),
    pytest.param(
        "Ottawa clarifies: no export tax planned for aluminium", "", None, marks=_NOT_FIXED
    ),
    # read right from session 27: a measure noun right after "no" is none laid (ABSENT_WORDS,
    # test_classifier_kinds_70.py)
    ("Beijing: no restrictions on gallium shipments to Japan", "", None),
    # stay events: "no" before an exemption from the measure, not before the measure
    ("Japan gets no exemption from US steel tariffs", "", ("tariff", "JP", "US", False)),
    ("Trump imposes copper tariffs, says no exemptions", "", ("tariff", "*", "US", False)),
]


@headline_cases(DENIED)
def test_a_measure_denied_by_no(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(HARMS + HARMS_MORE)
def test_a_measures_harm_to_a_party(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(PREMISES)
def test_a_measure_only_in_a_clause_of_condition(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(LOOMING + LOOMING_MORE)
def test_a_measure_looming_behind_a_mood(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
