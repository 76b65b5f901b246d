"""Status, proposed and rate read by kind (session 20, issue #16), in made-up phrasings.

The wire of real events' unseen half showed its wrong fields among events read in status,
proposed and rate. The kinds below were found by writing made-up phrasings of the
distinctions the issue lists (a tariff-rate quota or prolonged safeguard is ``quota``; state
trading, approved lists, permits and registration are ``licensing``; an export duty or levy is
a ``tariff`` with its rate; a ban, halt or suspension of exports is ``suspended``; a release
is ``resuming``; proposed in its many forms against decided; the rate of the measure and no
other figure) and by the tuned sets' misses; the phrasings that read wrong fell in these kinds:

1. A measure told only as a contingency ("Buyers prepare in case China bans gallium
   exports", "Indonesia getting ready in case nickel export ban comes early") gave no event:
   a metal named only after "if"/"in case" was taken for a condition's, not the goods. When
   the clause before the condition names no measure and no market move, the condition holds
   the measure, proposed (``tui/engine/classifier_contingency.py``; the goods rule in
   ``tui/engine/classifier_summary.py``).
2. A legal instrument followed by "to <verb>" ("drafting rules to ban bauxite exports",
   "prepares rules to halt ...") read the instrument (``licensing``) and the verb as its
   purpose; the verb is the instrument's content, as "drafts rules banning ..." already read
   (``leads_on`` in ``tui/engine/classifier_vehicles.py``).
3. A sanctions package that names its instrument ("New US sanctions on Russia include 200%
   tariff on aluminium", "Turkey sanctions to include 50 percent tariffs", the tenth blind
   set's rhn-214) read the package (``suspended``, no rate); the instrument it includes is the
   measure, and the package still frames its sides (``package_content``, ``held_by_package``
   in ``tui/engine/classifier_vehicles.py``, ``sanctions`` in
   ``tui/engine/classifier_other_side.py``).
4. Registration "made mandatory" or "compulsory" after the word ("makes registration
   mandatory for steel imports") was no event; "mandatory registration" already read
   ``licensing`` (``MULTI_WORDS`` and ``MEASURE_NOUNS`` in ``tui/engine/classifier_rules.py``).
5. A duty-free flow ("mulls duty-free exports of iron ore", "duty free export of ...") read
   ``open``; on a flow the duty is lifted from it, ``resuming`` with that flow, as the twelfth
   set's rhk-110 is labelled (``tui/engine/classifier_free.py``). "Tariff-free access" stays
   ``open``, "duty-free quotas" a ``quota``.
6. A plan verb opening a second clause after "and"/"but" or a comma ("unveils 50% tariff on
   copper and threatens 100% duties on cars", the ninth set's rhd-149; "..., warns of 60%
   duties on dairy") made the first measure proposed and its rate none; the second clause is
   another act (``_next_act`` in ``tui/engine/classifier_status.py``). Three strict ``xfail``
   of earlier kinds files read right now and lost their marks (``_7.py``: two second clauses;
   ``_11.py``: a duty-free flow weighed; ``_14.py``: "New sanctions on Iran to include 30%
   duties on copper").
7. A wire's trailing attribution without a verb ("... export duty on copper - sources") was
   not read as reported; "- sources say" was (``STRONG_PROPOSED_RE``).
8. Rates: hyphenated per-cent words ("25-per-cent", "25-percent") gave none (``RATE_RE``); a
   rate in a background clause after the measure ("after EU's 25% tariff", "amid US 50%
   duty") was taken for the measure's (a leading "After ..., " already was not); a quota's
   change "by 47%" was taken for a rate (``event_rate`` in ``tui/engine/classifier_status.py``);
   a range written with the first rate's sign ("4.6%-21.3%") gave its first rate
   (``RANGE_BEFORE_RE``); a share ("40% market share", "covering 60% of imports", "share hits
   30%") was taken for the rate (``stated_rates`` in ``tui/engine/classifier_rates.py``).

First time, on the engine before the change (main at ``7d3bbb6``): 102 of the 130 cases read
right (labels written before the engine read them, in four batches: 41 of 46, 37 of 42, 11
of 28, 13 of 14). The 28 misses: 5 contingencies, 2 instruments' content, 2 packages, 2
registrations, 2 duty-free flows, 1 second clause, 1 attribution, 10 rates (6 hyphenated, 3
background, 1 quota change), 1 origin (below), and 2 labels of mine that disagreed with the
engine's convention for a bare "X to <act>" title with no lede and no date ("EU to trim
duty-free steel quotas by 30%", "EU sanctions on Belarus to include ban on steel imports": I
wrote proposed; the labelled sets decide such titles by their ledes, and the engine reads a
bare one as decided, as it reads "EU to ban Russian nickel imports"; relabelled here, not
changed in the engine). Two misses were left, strict ``xfail``, and are read right since
``test_classifier_kinds_41.py``: "Iran sanctions to include ..." (the target named before the
package with no imposer) and "Ukraine replaces steel scrap export duty with outright ban" (the
exporter was taken for the importer).

9. A measure told as in force and put off ("postpones collection of existing steel duties on
   Mexico", "shelves gold export levy in force since January", "defers ... levy already in
   force") was vetoed as a start postponed; a measure in force delayed is suspended
   (``resuming``); a start put off ("delays start of gallium export controls") is still no
   event (``deferred`` in ``tui/engine/classifier_effects.py``). A seventh batch, labels first:
   4 of 7 right before (the three in force), 7 of 7 after.

Then a fifth and a sixth batch, labels again written first, on the engine before the change:
29 of 33 and 4 of 7 right (so 135 of 170 in all; 139 of 177 with the seventh). Their misses: a hyphenated rate (kind 8,
already mended), a range with the first rate's sign, three shares (kind 8), a bare
"Commission" naming no importer (strict ``xfail``, a destination kind; read right since
``test_classifier_kinds_41.py``), and one label of mine
that disagreed with a real one: "Turkey raises steel import duty by 5 percentage points" I
labelled with no rate, and the eleventh set's rhc-021 labels "raising tariffs by 35 percentage
points" 35; relabelled 5. "India imposes steel import duty as Chinese share hits 30%" now reads
no rate but takes China for the origin (strict ``xfail``, an origin kind).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of fields.
"""

from __future__ import annotations

import pytest
from kinds_35_cases_a import (
    CONTINGENCY,
    IN_FORCE,
    PACKAGES,
    RATED_1,
    REGISTRATION,
    SECOND_ACT,
    VEHICLES,
)
from kinds_35_cases_b import KEPT, RATED_2
from kinds_cases import Want, case_ids, check_kind, headline_cases
from test_classifier import METALS

from tui.engine.classifier import classify, explain

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []


#: (title, summary, want): kind 5, a flow made duty-free.
DUTY_FREE: list[tuple[str, str, Want]] = [
    ("India mulls duty-free exports of iron ore", "", ("resuming", "IN", "*", True)),
    ("Zambia allows duty-free copper exports", "", ("resuming", "ZM", "*", False)),
    ("Indonesia permits duty-free nickel exports to Japan", "", ("resuming", "ID", "JP", False)),
]


#: (title, summary, want): kind 7, a wire's trailing attribution ("- sources").
ATTRIBUTION: list[tuple[str, str, Want]] = [
    ("Chile levies 3% export duty on copper - sources", "", ("tariff", "CL", "*", True)),
    ("Russia to cap palladium exports - sources say", "", ("quota", "RU", "*", True)),
    ("Guinea plans bauxite export duty - sources say", "", ("tariff", "GN", "*", True)),
    ("Peru to impose copper export tax, sources say", "", ("tariff", "PE", "*", True)),
]


RATED: list[tuple[str, str, Want, float | None]] = [*RATED_1, *RATED_2]


ALL_KINDS = (
    CONTINGENCY
    + VEHICLES
    + PACKAGES
    + REGISTRATION
    + DUTY_FREE
    + SECOND_ACT
    + ATTRIBUTION
    + IN_FORCE
    + KEPT
)


@headline_cases(ALL_KINDS)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want", "rate"), RATED, ids=case_ids(RATED))
def test_rate(title: str, summary: str, want: Want, rate: float | None) -> None:
    check_kind(title, summary, want)
    event = classify(title, summary, METALS)
    assert event is not None and event.rate_pct == rate, "\n".join(explain(title, summary, METALS))
