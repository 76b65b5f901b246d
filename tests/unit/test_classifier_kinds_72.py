"""Fields of measures written the way wires and official notices write them (session 28), part 2.

Three more kinds of field, in made-up phrasings labelled before the engine read them:

4. Proposed or in force by the wires' words: a start told ("will take effect on", "take effect
   from", "comes into force", "kick in", "starts Monday"), "set to" (decided, as the labelled
   sets read "set to replace ban with quotas"), preliminary and final duties (decided, as the
   labelled sets read "sets preliminary anti-dumping duties"), "signs order" and "announces"
   (decided) against plans, weighing, threats, "to be gazetted" and sources (``proposed``)
   (``tui/engine/classifier_status.py``, ``classifier_rules_plans.py``).
5. Status by the measure's form: licensing regimes and permits, quotas (tariff-rate quotas,
   safeguard quotas, export and import quotas), a safeguard duty, suspensions and their
   extensions, a suspension lifted or a ban's suspension extended (``resuming``), exemptions
   and exclusions, retaliation on the other side's goods (``tui/engine/classifier_form.py``,
   ``classifier_nouns.py``, ``classifier_reactions.py``).
6. Metals named by their products: alloys, semi-finished goods, compounds and derivatives
   ("steel wire rod", "aluminium foil", "copper cathode", "NdFeB magnets", "tungsten APT",
   "antimony trioxide", "gallium arsenide"), a metal named as a coating or in a mill product's
   name ("zinc-coated steel", "tin mill steel") that is not the goods, and "critical minerals"
   whose metals the summary names (``tui/engine/classifier_summary.py``, ``classifier_text.py``).

First time, on the engine before the change. The first batch (70 cases of these three kinds,
labelled before the engine read them): 64 right (proposed or in force 22 of 24, forms 22 of
24, metals 20 of 22). Two of the six misses were my labels, not the engine: "EU set to impose
duties" was labelled decided, against the house's reading of an undated "set to" as a plan
(``test_classifier_kinds_4.py``), and relabelled; "NdFeB magnets" names no metal of the
tests' watch list (metals are read by names and aliases only), so "NdFeB" was added to the
shipped rare-earth aliases and the case is read with the shipped config (``SHIPPED_GOODS``).
A second batch for the kinds read wrong (22 cases, labelled before the engine read them,
still on the unchanged engine): 12 right (a leader's or minister's "will" with a relative
start 2 of 6, exclusions 6 of 10, a metal naming a mill 4 of 6). A third batch of wider
phrasings (23 cases) was written after the first engine change; one of its labels (comments
sought on proposed duties) was mine against the consultation convention and was relabelled.
On the final labels the engine before the change reads 99 of the 116 cases (planned 33 of
38, forms 35 of 42, metals 31 of 36), after it 114 (two strict ``xfail``, ``_NEXT_YEAR``).
Fixed: a start "from next week", "from next month", "from Monday" dates a leader's or a
minister's "will" (``DATED_RE`` in ``classifier_rules_proposed.py``); "excludes" and "carves
out" release (``RELEASE_VERBS``); a quota released on steel is an import safeguard's
(``classifier_direction.py``); "safeguard tariff-rate quotas" are quotas
(``classifier_nouns.py``); a metal naming a mill ("tin mill steel") is not the goods
(``COATING_RE``).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of fields.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from kinds_72_cases_a import FORMS, GOODS_1, PLANNED
from kinds_72_cases_b import GOODS_2, SHIPPED_GOODS
from kinds_cases import Want, case_ids, check_kind, headline_cases
from test_classifier import METALS

from tui.core.config import load_config
from tui.core.models import Metal
from tui.core.paths import default_config_file
from tui.engine.classifier import classify, explain

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []


GOODS: list[tuple[str, str, Want, frozenset[str]]] = [*GOODS_1, *GOODS_2]


def check_goods(
    title: str, summary: str, want: Want, metals: frozenset[str], watched: Sequence[Metal] = METALS
) -> None:
    """The classifier reads ``want`` and the measure's ``metals`` from the headline."""
    event = classify(title, summary, watched)
    got = None if event is None else (event.status, event.origin, event.destination, event.proposed)
    got_metals = None if event is None else frozenset(event.metals)
    assert (got, got_metals) == (want, metals), "\n".join(explain(title, summary, watched))


@headline_cases(PLANNED)
def test_proposed_or_in_force_by_the_wires_words(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(FORMS)
def test_status_by_the_measures_form(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want", "metals"), GOODS, ids=case_ids(GOODS))
def test_metals_named_by_their_products(
    title: str, summary: str, want: Want, metals: frozenset[str]
) -> None:
    check_goods(title, summary, want, metals)


@pytest.mark.parametrize(
    ("title", "summary", "want", "metals"), SHIPPED_GOODS, ids=case_ids(SHIPPED_GOODS)
)
def test_a_product_the_shipped_aliases_name(
    title: str, summary: str, want: Want, metals: frozenset[str]
) -> None:
    shipped = tuple(load_config(default_config_file()).metals)
    check_goods(title, summary, want, metals, shipped)
