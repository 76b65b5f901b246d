"""Fields of measures written the way wires and official notices write them (session 28), part 1.

The product owner's held-out wire is read wrong mostly in a field of a measure the engine did
detect (origin, destination, status, proposed, rate, metals). Three kinds of such fields, in
made-up phrasings labelled before the engine read them:

1. Several countries in one headline: who imposes, on whose goods, who is spared or only
   reacts ("EU and UK impose ...", "from China, Vietnam and South Korea", "all countries
   except ...", "exempts Norway and Iceland"). The goods' origin is the first country named
   after the measure, an importer list's first member the destination, a measure on all
   countries but some has no origin, and a country spared is the spared side of a release
   (``tui/engine/classifier_direction.py``, ``classifier_corridor.py``).
2. The actor named by a ministry, an agency or a capital (MOFCOM, METI, CBSA, the
   Commission, Ottawa, Kinshasa, Hanoi, Santiago ...), and goods named by their origin before
   the measure ("Indonesian nickel pig iron hit with EU anti-dumping duties")
   (``tui/engine/classifier_roles.py``, ``acronym_owners.py``, the gazetteer).
3. Rates as wires state them: "to 50% from 25%", "per cent" and "percent", a combined rate,
   "by an additional 10 percentage points" (a rate of 10, as the labelled sets read "by 5
   percentage points"), a range (no rate), a per-tonne duty (no per-cent rate), a priced cut
   (``resuming`` with no rate, docs/ACCURACY.md session 17) and a rate stated in the summary's
   first sentence of a measure headline (``tui/engine/classifier_event_rate.py``,
   ``classifier_rates.py``).

First time, on the engine before the change. The first batch (68 cases of these three kinds,
labelled before the engine read them): 65 right (several countries 20 of 22, agencies and
capitals 24 of 24, rates 21 of 22). A second batch for the kinds the first read wrong (16
cases, labelled before the engine read them, still on the unchanged engine): 10 right (a
measure on all countries but some 5 of 9, a rise in percentage points 5 of 7). A third batch
of wider phrasings (22 cases) and a fourth of priced cuts (5) were written after the first
engine change. On the final labels the engine before the change reads 98 of the 111 cases
(several 30 of 37, agencies 32 of 32, rates 36 of 42), after it 109 (two strict ``xfail``,
``_REACH``; both read since session 28, ``cut_over_rate`` in ``classifier_cuts.py``, kind 1 of
``test_classifier_kinds_77.py``). Fixed: places after "all countries except", "other than", "with the exception
of", "everywhere but" are left out, not the origin (``tui/engine/classifier_excepted.py``,
read by ``classifier_roles.py``); "adds 10 percentage points to tariffs" is a rate of 10, not
a market's gain (``classifier_rates.py``); "lifts ... tax by 3 points to 8%" raises the tax
(``classifier_phrases.py``); "increases 25% surtax on ... to 50%" is 50
(``classifier_rates.py``); a measure "before imposing" is proposed
(``classifier_contingency.py``, kind 1's consultation case).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of fields.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_71_cases_a import ACTORS, RATES_1, SEVERAL
from kinds_71_cases_b import RATES_2
from kinds_cases import Want, case_ids, check_kind, headline_cases
from test_classifier import METALS

from tui.engine.classifier import classify, explain

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []


#: Why a cut whose old rate stands between the verb and the noun was left (sessions 27-28): letting
#: a rate's sign lengthen the reach for any verb read it, but the gate retrained then chose a
#: lower threshold (0.097); read since by a cut verb alone whose object opens on the rate
#: (``cut_over_rate``), the gate's threshold unmoved. Kept for the docstring's history.
_REACH = "not fixed: the verb stands beyond the reach before the noun, see kind 3"

RATES: list[Any] = [*RATES_1, *RATES_2]


def check_rate(title: str, summary: str, want: Want, rate: float | None) -> None:
    """The classifier reads ``want`` and the measure's own per-cent ``rate`` from the headline."""
    event = classify(title, summary, METALS)
    got = None if event is None else (event.status, event.origin, event.destination, event.proposed)
    got_rate = None if event is None else event.rate_pct
    assert (got, got_rate) == (want, rate), "\n".join(explain(title, summary, METALS))


@headline_cases(SEVERAL)
def test_several_countries_in_one_headline(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ACTORS)
def test_an_agency_or_capital_acts_goods_named_by_origin(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want", "rate"), RATES, ids=case_ids(RATES))
def test_rates_as_wires_state_them(
    title: str, summary: str, want: Want, rate: float | None
) -> None:
    check_rate(title, summary, want, rate)
