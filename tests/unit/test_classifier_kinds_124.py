"""Six kinds of headline the classifier was known to misread, read on every field by
:func:`kinds_exact.check_exact` (cases in ``kinds_124_cases.py``, made up from the kinds, not
from any labelled set's rows):

1. "sanctioned" in the passive ("<goods> sanctioned by <place>"), read as the active
   "<place> sanctions <goods>" is;
2. relief refused ("refused relief from", "fails to win exemption from", "denied an exclusion
   from" a measure): the measure stands on the one that asked;
3. a measure "under" a proposal, a draft or proposed rules: proposed;
4. a government telling a state firm known by its name alone to stop or restart a flow;
5. a bare "Treasury" whose country the title or the lede names, and "Xi" alone for China;
6. two acts in one title, the first on goods that are no metal, the second on a watched one.

Labels were written and committed before the engine read them.

First reading, on the engine before the change: 25 of 49. Passive "sanctioned" 1 of 6 (no
measure word, or the agent read as the exporter, "North Korean gold ... sanctioned by Japan" JP
-> *), near misses 3 of 3; relief refused 1 of 6 ("refused relief" and "refused an exclusion"
vetoed as a denial, "fails to win/secure exemption" read as the exemption won), near misses 3 of
3; under a proposal 4 of 6 (proposed already read; the importer lost under "EU draft plan" and
"Commission regulation", "Indian budget proposal" read as the goods' origin), near misses 1 of 2
(the same lost importer); a named state firm 3 of 6 ("asks NMDC to stop", "asks Codelco to halt"
read as appeals; one read proposed), near misses 2 of 2; "Xi" 0 of 3 (no place; the two bare
"Treasury" cases already read), near misses 3 of 3; two acts 0 of 5 (vetoed as the first act on
other goods; one read as the ban, not the quota), near misses 2 of 2.

Changed, by kind (``tui/engine/``, ``tui/core``): ``classifier_sanctioned_passive`` (new: goods
naming a watched metal "sanctioned by" a place are written in the active, "<place> sanctions
<goods>"); ``classifier_relief_refused`` (new: "refused"/"denied" before an exemption, exclusion
or relief, or "fails to win/secure/get" one, leaves the measure on the subject, read by
``classifier_release_nouns`` and the denial veto's ``classifier_relief_ended.denied_relief``;
``classifier_rates`` keeps the rate after "fails to win exemption from"); ``classifier_under_owner``
(new: the place or bare "Commission" owning the plan, draft, rules or regulation a measure comes
"under" is the importer); ``classifier_state_firm`` (a firm told by its bare name, one to three
capitalised words that are no place and no metal, is told as a state firm is);
``gazetteer_words`` ("Xi" alone, capitalised, is China's, as "Trump" and "Putin" are);
``classifier_second_act`` (new: a place's first act on goods that are no metal, naming no watched
one, and a second opening with an act's verb on one: the subject and the second act are read;
first written for any first act naming no metal, it turned "Japan expands Russia sanctions, bans
aluminium exports" (kinds 45) to JP -> *, and was narrowed to a first act on other goods). After: 46 of 49; three left
strict ``xfail``, each label at odds with a documented convention (the EU's steel safeguard is a
quota; a lede told by "people familiar" makes the measure proposed; a tax with no flow named is
on imports: "Indonesia ... raises tax on nickel ore" read * -> ID, its second act read). Earlier
strict xfails now read: "refused relief from" and "fails to win exemption" (kinds 120), "Xi warns
US ..." (kinds 119), "under Commission proposal" (kinds 117), "under Biden plan" (kinds 118),
"bans rice exports, raises gold import duty" (kinds 37) and "extends ban on gasoline, keeps duty
on nickel exports" (kinds 121).

A fresh batch of 30 (``kinds_124_cases_fresh.py``: the six kinds in new countries, metals and
words, 19 measures and 11 near misses), written after those changes and labelled and committed
before the engine read them: 28 of 30 the first time. Wrong: "Treasury blocks Russian nickel
imports as Britain widens sanctions", its importer lost (the title names the Treasury's country
in a clause of its own; fixed by kind, ``classifier_bare_treasury``, new: the one place, not the
origin, that opens a clause of the title with its verb is the bare "Treasury"'s country); and the
near miss "India curbs rice exports, steel output rises", read as curbs on steel (fixed by kind in
``classifier_other_goods``: after a comma, a metal's output or market clause is no item of the
measure's goods, so the measure on rice is vetoed). After: 30 of 30.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_124_cases import (
    BODY_AND_LEADER,
    BODY_NEAR_MISSES,
    RELIEF_NEAR_MISSES,
    RELIEF_REFUSED,
    SANCTIONED_NEAR_MISSES,
    SANCTIONED_PASSIVE,
    STATE_FIRM_NAMED,
    STATE_FIRM_NEAR_MISSES,
    TWO_ACTS,
    TWO_ACTS_NEAR_MISSES,
    UNDER_NEAR_MISSES,
    UNDER_PROPOSAL,
)
from kinds_124_cases_fresh import FRESH
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

_GROUPS = {
    "sanctioned": SANCTIONED_PASSIVE + SANCTIONED_NEAR_MISSES,
    "relief": RELIEF_REFUSED + RELIEF_NEAR_MISSES,
    "under": UNDER_PROPOSAL + UNDER_NEAR_MISSES,
    "state_firm": STATE_FIRM_NAMED + STATE_FIRM_NEAR_MISSES,
    "body_leader": BODY_AND_LEADER + BODY_NEAR_MISSES,
    "two_acts": TWO_ACTS + TWO_ACTS_NEAR_MISSES,
}


@headline_cases(_GROUPS["sanctioned"])
def test_sanctioned_in_the_passive(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(_GROUPS["relief"])
def test_relief_refused_leaves_the_measure(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(_GROUPS["under"])
def test_a_measure_under_a_proposal_is_proposed(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(_GROUPS["state_firm"])
def test_a_named_state_firm_told_to_act(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(_GROUPS["body_leader"])
def test_a_bare_treasury_or_xi_is_its_country(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(_GROUPS["two_acts"])
def test_the_act_on_the_metal_of_two(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_a_fresh_case_is_read_on_every_field(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
