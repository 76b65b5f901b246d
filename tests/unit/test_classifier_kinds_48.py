"""Kinds of measure read with a wrong field (session 22), in made-up phrasings.

Grouped from the wrong fields of the studied sets (the fifteenth blind set, the second wire, the
first wire's odd rows, ``--misses`` and the gate's training sets of the leave-one-set-out run):

1. A market's or a company's move given in percent ("Dow down near 0.8% as ... imposes
   copper tariffs", "..., Nucor jumps more than 12%", "leads steel rally with 15% gain") read as the
   measure's rate. A percent after a move word with "near", "more than" or "as much as"
   (``DATA_MOVE_BEFORE_RE``), or before a move noun ("15% gain", not "a 10% rise in duties";
   ``_MOVE_NOUN_AFTER_RE`` in ``tui/engine/classifier_rates.py``) is the market's, not the duty's.
2. A measure still to be announced ("Seoul to announce safeguard quotas on steel imports",
   "India will announce export duty on iron ore") read as decided: the announcement is to come, so the measure is planned
   (``PROPOSED_RE``), as "to unveil" already read; "..., to announce details later" names no
   measure and stays decided.
3. A measure named after the country it falls on ("Korea steel TRQ", "China Surtax Order") while
   another government acts on it ("... under Biden proclamation", "... published in Canada
   Gazette", "... extended by Trump proclamation") read the named country as the imposer: it is the target,
   the other the imposer (``tui/engine/classifier_named_targets.py``, through
   ``other_side``); a possessive ("Canada's surtax on US steel") or goods named after the
   measure ("China tariffs on US aluminium") keep the named country the imposer.
4. The metals (and once the status) of a measure: a portfolio written short ("Steel Min",
   "Steel Secretary") named steel as goods (``tui/engine/classifier_spans.py``); a metal's own
   move heading a title in words the market patterns leave out ("Aluminium eases on ...",
   "Copper declines as ...") counted the metal among the measure's goods, and "eases" took the
   measure after its cause as a release (``tui/engine/classifier_metal_moves.py``).
5. A planned measure's comparative verdict attributed to an industry ("proposed steel import
   tariff smaller than hoped, steelmakers say", "... better than nothing, producers say") read
   as the measure: like "too lax, smelters say" it is a reaction (``VERDICT_RE``; the
   attribution is the title's last part, ``attributed_verdict`` in
   ``tui/engine/classifier_comments.py``). Not a field: the gate retrained on kinds 1-4's
   readings let one such studied row through at its threshold (a false event), and the rules now
   read the kind, whatever the gate's margin.

First time, on the engine before the change: 22 of the first 34 cases read right (kind 1: 8
of 9, kind 2: 3 of 9, kind 3: 5 of 9, kind 4: 6 of 7; the rest are kept readings). Two first
cases were mine wrong, not the engine's: "Korea TRQ takes effect ..." named no watched metal
(rewritten "Korea steel TRQ ...", it read right at once) and a bauxite ban was labelled
aluminium (bauxite is a watched metal of its own; relabelled, it read right). Later batches,
each written after a run and before running it: kind 1's second 2 of 5, kind 4's second 2 of
5 and third 1 of 4; kind 5, written after kinds 1-4 were done, 1 of 6 (the kept reading). Three stay ``xfail(strict=True)``: "Nickel slips as Indonesia to announce
ore export ban" is now planned and so vetoed as market news, as "Nickel slips as Indonesia plans
ore export ban" already is (before, it read as a decided ban); "Steel Secretary backs export
duty ..." reads its metal now but "backs" is no plan word (the labelled sets read a ministry's
backing as no event or decided); "Nickel rises on supply worries, export ban on ..." is vetoed
as market news (a missed event, not a field).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of fields.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, case_ids, check_kind, headline_cases
from test_classifier import METALS

from tui.engine.classifier import classify, explain

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want, rate): kind 1, a market's move in percent is not the rate.
MOVES: list[tuple[str, str, Want, float | None]] = [
    (
        "Copper futures slip 0.6% as Trump imposes tariffs on copper imports",
        "",
        ("tariff", "*", "US", False),
        None,
    ),
    (
        "Alcoa shares jump 7% after Canada slaps surtax on Chinese aluminium",
        "",
        ("tariff", "CN", "CA", False),
        None,
    ),
    (
        "Nucor leads steel rally with 15% gain as Trump doubles tariffs on steel imports",
        "",
        ("tariff", "*", "US", False),
        None,
    ),
    (
        "Mining stocks fell 3.2% as Indonesia imposes export tax on nickel ore",
        "",
        ("tariff", "ID", "*", False),
        None,
    ),
    (
        "Steelmakers rally after EU tightens steel safeguard quotas",
        "Shares of Salzgitter rose as much as 6% on Tuesday.",
        ("quota", "*", "EU", False),
        None,
    ),
    (
        "Nikkei drops 1.4% as Trump imposes tariffs on aluminium imports",
        "",
        ("tariff", "*", "US", False),
        None,
    ),
    # a second batch, written after the first run and before running it
    ("Dow Down Near 0.8% As Trump Imposes Copper Tariffs", "", ("tariff", "*", "US", False), None),
    (
        "Steel stocks soar after Trump hikes tariffs on steel, Nucor jumps more than 12%",
        "",
        ("tariff", "*", "US", False),
        None,
    ),
    (
        "Aluminium stocks rise as Canada imposes surtax on Chinese aluminium, Alcoa up 9%",
        "",
        ("tariff", "CN", "CA", False),
        None,
    ),
    (
        "Sims shares gain on potential US tariffs on steel imports",
        "The stock rose as much as 5% by midday.",
        ("tariff", "*", "US", True),
        None,
    ),
    (
        "Ternium climbs with 8% gain after Mexico raises steel import tariffs",
        "",
        ("tariff", "*", "MX", False),
        None,
    ),
    # kept: the measure's own rate beside a market's move
    (
        "Trump raises copper import tariffs to 50%, Freeport shares rise 4%",
        "",
        ("tariff", "*", "US", False),
        50.0,
    ),
    (
        "Steel stocks climb 5% as India imposes 12% safeguard duty on steel",
        "",
        ("tariff", "*", "IN", False),
        12.0,
    ),
    ("Canada imposes 25% surtax on Chinese steel", "", ("tariff", "CN", "CA", False), 25.0),
]

#: (title, summary, want): kind 2, a measure still to be announced.
ANNOUNCE: list[object] = [
    ("Ottawa to announce surtax on Chinese aluminium", "", ("tariff", "CN", "CA", True)),
    ("Beijing to announce export controls on antimony", "", ("licensing", "CN", "*", True)),
    pytest.param(
        "Nickel slips as Indonesia to announce ore export ban",
        "",
        ("suspended", "ID", "*", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a metal's move on a planned measure is vetoed as market news, as 'plans' is",
        ),
    ),
    ("Stocks drop as Trump to announce tariffs on steel imports", "", ("tariff", "*", "US", True)),
    (
        "Seoul to announce safeguard quotas on steel imports, minister says",
        "",
        ("quota", "*", "KR", True),
    ),
    ("India will announce export duty on iron ore next week", "", ("tariff", "IN", "*", True)),
    # kept: the announcement made, and an announcement to come after a measure taken
    ("Ottawa announces surtax on Chinese aluminium", "", ("tariff", "CN", "CA", False)),
    ("Beijing announced export controls on gallium", "", ("licensing", "CN", "*", False)),
    (
        "Indonesia bans nickel ore exports, to announce details later",
        "",
        ("suspended", "ID", "*", False),
    ),
]

#: (title, summary, want): kind 3, a measure named after the country it falls on.
NAMED: list[tuple[str, str, Want]] = [
    ("Korea steel TRQ takes effect under Biden proclamation", "", ("quota", "KR", "US", False)),
    ("Brazil steel quota extended by Trump proclamation", "", ("quota", "BR", "US", False)),
    (
        "China Surtax Order on steel published in Canada Gazette",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Repeal of the Mexico Surtax Order (Aluminium) confirmed by Canada",
        "",
        ("resuming", "MX", "CA", False),
    ),
    ("USTR raises China tariffs on aluminium products", "", ("tariff", "CN", "US", False)),
    ("Washington extends Russia tariffs on aluminium", "", ("tariff", "RU", "US", False)),
    # kept: the country before the measure imposes it when it names another's goods or acts
    ("China tariffs on US aluminium take effect", "", ("tariff", "US", "CN", False)),
    ("Japan sets TRQ for steel imports", "", ("quota", "*", "JP", False)),
    ("Canada's surtax on US steel takes effect", "", ("tariff", "US", "CA", False)),
]

#: (title, summary, want, metals): kind 4, the measure's metals.
METAL_CASES: list[object] = [
    (
        "Steel Ministry weighs export duty on iron ore",
        "",
        ("tariff", "*", "*", True),
        frozenset({"iron-ore"}),
    ),
    (
        "Ministry of Steel proposes ban on iron ore exports",
        "",
        ("suspended", "*", "*", True),
        frozenset({"iron-ore"}),
    ),
    (
        "Iron ore slips on US duties on Chinese steel",
        "",
        ("tariff", "CN", "US", False),
        frozenset({"steel"}),
    ),
    (
        "Nickel falls after Indonesia bans bauxite exports",
        "",
        ("suspended", "ID", "*", False),
        frozenset({"bauxite"}),
    ),
    (
        "Copper edges up as China imposes export controls on graphite",
        "",
        ("licensing", "CN", "*", False),
        frozenset({"graphite"}),
    ),
    # a second batch, written after the first run and before running it: a ministry's short
    # name, a secretary, and a market's metal moving on a list of causes
    (
        "Steel Min proposes ban on iron ore exports",
        "",
        ("suspended", "*", "*", True),
        frozenset({"iron-ore"}),
    ),
    pytest.param(
        "Steel Secretary backs export duty on iron ore fines",
        "",
        ("tariff", "*", "*", True),
        frozenset({"iron-ore"}),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "a secretary's backing is no plan word here (the labelled sets read such backing as no event or decided)"
            ),
        ),
    ),
    (
        "Copper climbs on weaker dollar, US tariffs on Chinese aluminium",
        "",
        ("tariff", "CN", "US", False),
        frozenset({"aluminium"}),
    ),
    pytest.param(
        "Nickel rises on supply worries, export ban on Indonesian bauxite",
        "",
        ("suspended", "ID", "*", False),
        frozenset({"bauxite"}),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "vetoed as market news: a missed event, not a field (left to the missed-measures round)"
            ),
        ),
    ),
    (
        "Zinc dips on firm dollar and duties on Chinese steel",
        "",
        ("tariff", "CN", "*", False),
        frozenset({"steel"}),
    ),
    # a third batch, written after the second run and before running it: moves the market
    # words leave out ("declines", "eases", "weakens")
    (
        "Aluminium eases on profit-taking, duties on Chinese steel",
        "",
        ("tariff", "CN", "*", False),
        frozenset({"steel"}),
    ),
    (
        "Copper declines as Chile levies tax on lithium exports",
        "",
        ("tariff", "CL", "*", False),
        frozenset({"lithium"}),
    ),
    (
        "Nickel weakens on firm dollar, US tariffs on Canadian aluminium",
        "",
        ("tariff", "CA", "US", False),
        frozenset({"aluminium"}),
    ),
    (
        "Copper declines as US tariffs on copper take effect",
        "",
        ("tariff", "*", "US", False),
        frozenset({"copper"}),
    ),
    # kept: the market's metal is the measure's
    (
        "Copper slumps as Trump slaps tariffs on copper imports",
        "",
        ("tariff", "*", "US", False),
        frozenset({"copper"}),
    ),
    (
        "Lithium rallies after Zimbabwe bans lithium ore exports",
        "",
        ("suspended", "ZW", "*", False),
        frozenset({"lithium"}),
    ),
]


#: (title, summary, want): kind 5, a planned measure's comparative verdict attributed to an
#: industry (a false event the gate's retraining on kinds 1-4 let through at its threshold).
VERDICTS: list[tuple[str, str, Want]] = [
    ("Brazil's proposed steel import tariff smaller than hoped, steelmakers say", "", None),
    ("EU's planned aluminium duty better than nothing, producers say", "", None),
    ("Planned nickel export levy lower than expected, miners say", "", None),
    ("Proposed zinc import quota tighter than feared, smelters complain", "", None),
    (
        "Mexico's planned copper tariff weaker than sought, but 'a start', mills say",
        "",
        None,
    ),
    # kept: a measure imposed by a verb, whatever the industry says of it
    (
        "Chile imposes copper export tax higher than expected, miners say",
        "",
        ("tariff", "CL", "*", False),
    ),
]


def _check_with(title: str, summary: str, want: Want, field: str, value: object) -> None:
    check_kind(title, summary, want)
    event = classify(title, summary, METALS)
    assert event is not None
    got = event.rate_pct if field == "rate" else frozenset(event.metals)
    assert got == value, "\n".join(explain(title, summary, METALS))


@pytest.mark.parametrize(("title", "summary", "want", "rate"), MOVES, ids=case_ids(MOVES))
def test_a_markets_move_is_no_rate(title: str, summary: str, want: Want, rate: float) -> None:
    _check_with(title, summary, want, "rate", rate)


@headline_cases(ANNOUNCE)
def test_a_measure_still_to_be_announced(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(NAMED)
def test_a_measure_named_after_its_target(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want", "metals"), METAL_CASES, ids=case_ids(METAL_CASES)
)
def test_the_measures_own_metals(
    title: str, summary: str, want: Want, metals: frozenset[str]
) -> None:
    _check_with(title, summary, want, "metals", metals)


@headline_cases(VERDICTS)
def test_a_comparative_verdict_attributed_to_an_industry(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)
