"""False events: paraphrases of studied headline rows that name a measure word but tell no
measure, told another way, with measures near them: do the rules read the kind or only the
row's words?

Picked with a fixed seed (``random.Random(36)``) from the studied headline sets only (every set
not scored only, and the odd rows of the wire, thirteenth, nineteenth, twentieth and
twenty-first blind sets and the third and fourth wires; no gate training set): 80 rows labelled
no event whose title names a measure word (tariff, duty, ban, quota, licence, export control,
sanction, curb, levy, embargo, restriction, anti-dumping, safeguard) and that the engine read
right, and 20 measure rows it read right on every field. Each has two paraphrases in other
outlets' styles (another word order, synonyms, the passive, a question, an attribution, a
market or analyst's framing): 160 non-measures (``kinds_113_cases_a.py``, ``_b.py``), each
labelled no event as its row, and 40 measures (``kinds_113_cases_c.py``), each labelled as its
row, checked on every field the exact score counts (``tests/unit/kinds_exact.py``). Labels were
written and committed before the engine read them.

First reading, on the engine before the change (labels committed before the run): 10 false
events of 160 non-measures (6.3%); measures 34 of 40 right on every field. No label was changed
after the run.

False events the first time, by kind: an industry telling a government ("No exemptions from
metal tariffs, US steel executives tell Trump in letter"); a deal held up over another's measure
("Canada threatens to hold up USMCA ratification over US steel, aluminium tariffs"); firms
rationing their own goods by quota ("Laminate suppliers ration copper-clad laminate with quota
system"); a figure put on a measure ("UK Steel puts numbers on likely quota volumes"); people
sanctioned, added to a list in the passive ("Steel tycoons ... added to UK sanctions list") or
named as "associates"; a change to a measure put on hold ("puts steel tariff hike on hold", read
as the tariff paused); a question about a market whose lede recalls the measure ("Will Trump's
tariff outbursts keep spooking investors?"); a measure's effect on the speaker ("US steel
tariffs paid for our new plant, Nucor chief says"); shares watched as a government mulls a
measure ("Steel and aluminium shares watched as Washington mulls tariff adjustments"). Measures
the first time: a permit granted in the passive ("licences granted by Beijing", "issued to some
Chinese companies", read as licensing) and four below.

Changed (``tui/engine/``): ``classifier_beside_acts.py`` (new: an industry's speakers telling
or writing to a leader or a government; a deal, treaty or vote held up over a measure; firms,
suppliers or an industry rationing by quota with no place in the subject; "puts numbers (a
figure, a price tag) on"); ``classifier_nonmeasures.py`` (who is added to a sanctions list in the
passive is the subject; a sanction on associates, relatives, family is on people);
``classifier_effects.held_change`` (a change noun after the measure's, "hike", "rise", "plan",
then "on hold"); ``classifier_lede_turn.question_answered`` (a question holding market words asks
about the market, its lede is not its answer); ``classifier_causes_only`` (an effect verb
"paid", "funded", "financed", and an effect whose object is the speaker's own, "our", is a view
even of a country's measure); ``MARKET_RE`` (shares or equities "watched", "eyed", "in focus");
``classifier_issuance.passive_grant`` (a permit noun, then a grant verb in the passive before
"by" or "to", no word of obligation before: the grant, ``resuming``). After: 0 false events of
160, measures 36 of 40. Still wrong (strict ``xfail``, reasons given): a place losing its
exemption before "as"; "lift" meaning raise; firms "granted" licences read as their own permit;
a ban's owner named after it ("written into Ghana's ... lease").

A fresh batch of 30 (``kinds_113_cases_d.py``: 20 non-measures and 10 measures), written after
the changes and labelled and committed before the engine read them: 18 of 20 non-measures and 9
of 10 measures right the first time (27 of 30). Wrong: "puts planned gold import duty rise on
hold" (the verb "planned" found before "puts": the change on hold now read from the words after
the measure, fixed); "Mining shares eyed as Indonesia weighs nickel export levy" (a plan on a
metal named after the market words is the proposed measure, as a studied row is labelled: left
``xfail``, the label may be the one at odds); "Mexico raises steel import tariffs over Chinese
dumping" (the cause's country read as the origin: left ``xfail``; read right since
``test_classifier_kinds_119.py``, a plain case now). After: 28 of 30.
``benchmarks/row_changes.py main``: 0 rows lost, 0 gained (the studied and unseen sets read as
before).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_113_cases_a import NON_MEASURES
from kinds_113_cases_b import MORE_NON_MEASURES
from kinds_113_cases_c import MEASURES
from kinds_113_cases_d import FRESH_MEASURES, FRESH_NON_MEASURES
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@headline_cases(NON_MEASURES)
def test_a_paraphrased_non_measure_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(MORE_NON_MEASURES)
def test_another_paraphrased_non_measure_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(MEASURES)
def test_a_paraphrased_measure_stays_an_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_NON_MEASURES)
def test_a_fixed_kind_in_fresh_words_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_MEASURES)
def test_a_measure_near_a_fixed_kind_stays_an_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
