"""Two kinds of misplaced owner (session 25), in made-up phrasings.

1. Another country's measure taken because of US tariffs, which a clause names as its cause
   ("Canada to curb steel imports as Trump tariffs divert shipments", "Fearing a flood after
   US duties, Brazil restricts copper imports"): the US tariff in the cause was read as the
   news, the US as the origin and the status as a tariff. The measure is the subject's own, on
   its imports from anywhere; the US only its cause. A US measure that is the news ("US
   tariffs on Canadian steel take effect as Ottawa weighs response") stays the US's.
2. An agency's acronym that two countries' agencies share, read as one country's whatever the
   text says: "BIS" (the US Bureau of Industry and Security, India's Bureau of Indian
   Standards) read as the US's in "BIS quality control order for steel imports". Its context
   decides: standards, quality control, certification or India's possessive make it India's;
   export controls, the entity list or Commerce the US's; a country's possessive before any
   agency acronym ("Japan's MITI") names its owner.

The modules: ``tui/engine/classifier_caused.py`` (a planned cut of imports for a measure's
sake, a fronted or purpose clause against a measure as the cause; called from
``classifier_findings``, ``classifier_context``, ``classifier_direction``, ``classifier_stances``
and ``classifier_read``) and ``tui/engine/acronym_owners.py`` (read on each text's places in
``classifier_text``); "certification" joins the licensing nouns in ``classifier_rules_words``.

First time, on the engine before the change: 13 of the first 21 cases read right (the misses:
the import cut of Mexico and Turkey read as the cause's tariff, the fronted "Fearing a flood"
vetoed as a disruption, "Trump tariffs hit Canadian aluminium" vetoed as an effect, and four of
India's BIS: one read as the US's, three with no measure word). Ten more were added after that
first run, each labelled before it was run: 3 of them read right on the engine before the
change (misses: the present-tense cut "China cuts ...", the fronted "With Trump tariffs
diverting supply", "to offset US tariffs" vetoed as a stance, "To counter Trump tariffs" taking
the US as the importer, the goods after the flow "cut imports of copper", and two of India's
BIS read as the US's). After: 28 of 31; the three left are marked ``xfail`` with why.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of owners.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, a country's measure with US tariffs as its cause.
CAUSED: list[tuple[str, str, Want]] = [
    (
        "Canada to curb steel imports as Trump tariffs divert shipments",
        "",
        ("licensing", "*", "CA", False),
    ),
    (
        "EU sets safeguard quotas on aluminium to stem flood after US duties",
        "",
        ("quota", "*", "EU", False),
    ),
    ("Mexico to cut steel imports as US tariffs reroute supply", "", ("quota", "*", "MX", False)),
    # added after the invariance audit's rewriting "cut imports of steel": the goods after
    # the flow
    (
        "Chile to cut imports of copper as Trump tariffs reroute supply",
        "",
        ("quota", "*", "CL", False),
    ),
    (
        "Vietnam limits aluminium imports after Trump tariffs spark diversion fears",
        "",
        ("quota", "*", "VN", False),
    ),
    (
        "Fearing a flood after US duties, Brazil restricts copper imports",
        "",
        ("licensing", "*", "BR", False),
    ),
    (
        "UK tightens steel import quotas in response to Trump tariffs",
        "",
        ("quota", "*", "GB", False),
    ),
    ("South Korea caps zinc imports amid US tariffs", "", ("quota", "*", "KR", False)),
    (
        "Turkey to reduce aluminium imports as American duties redirect trade",
        "",
        ("quota", "*", "TR", False),
    ),
    # added after the first run, labelled before running: a fall in imports told in the
    # present is trade data, not a measure
    pytest.param(
        "China cuts copper imports as US tariffs weigh on demand",
        "",
        None,
        marks=pytest.mark.xfail(
            reason="a title whose own clause names no measure is read by the measure of its"
            " cause (README: 'unless the main clause names no measure of its own'); a trade"
            " figure's cause is left to that rule",
            strict=True,
        ),
    ),
    # added after the first run, labelled before running: another fronted cause, and a
    # fronted clause with no measure, whose flood stops the flow
    (
        "With Trump tariffs diverting supply, Canada caps aluminium imports",
        "",
        ("quota", "*", "CA", False),
    ),
    ("After floods, Peru halts copper exports", "", None),
    # added after the first run, labelled before running: the cause named by a purpose
    # ("to counter Trump tariffs"), beside the measure taken on a third country's goods
    (
        "Japan weighs aluminium deals to offset US tariffs, plans anti-dumping duties on Chinese foil",
        "",
        ("tariff", "CN", "JP", True),
    ),
    (
        "To counter Trump tariffs, Brazil raises import duties on Chinese steel",
        "",
        ("tariff", "CN", "BR", False),
    ),
    (
        "Canada imposes counter-tariffs on US steel to counter Trump tariffs",
        "",
        ("tariff", "US", "CA", False),
    ),
    # near misses: the US measure is the news, or another country acts on US goods
    (
        "US tariffs on Canadian steel take effect as Ottawa weighs response",
        "",
        ("tariff", "CA", "US", False),
    ),
    pytest.param(
        "Trump tariffs hit Canadian aluminium",
        "",
        ("tariff", "CA", "US", False),
        marks=pytest.mark.xfail(
            reason="a measure that 'hits' goods with no owner but a bare 'Trump' is read as its"
            " effect (analysis): another kind, left",
            strict=True,
        ),
    ),
    (
        "US slaps duties on Vietnamese steel after EU quotas divert shipments",
        "",
        ("tariff", "VN", "US", False),
    ),
    (
        "In retaliation for US steel tariffs, Turkey raises duties on American aluminium",
        "",
        ("tariff", "US", "TR", False),
    ),
]

#: (title, summary, want): kind 2, an agency acronym two countries share, read by its context.
ACRONYMS: list[tuple[str, str, Want]] = [
    (
        "BIS makes quality certification mandatory for aluminium imports",
        "",
        ("licensing", "*", "IN", False),
    ),
    (
        "BIS quality control order for steel imports takes effect",
        "",
        ("licensing", "*", "IN", False),
    ),
    ("India's BIS tightens standards for nickel imports", "", ("licensing", "*", "IN", False)),
    ("Zinc imports need BIS certification from April", "", ("licensing", "*", "IN", False)),
    pytest.param(
        "Aluminium importers must register with BIS under new standards",
        "",
        ("licensing", "*", "IN", False),
        marks=pytest.mark.xfail(
            reason="'must register' is no measure word the engine knows (a registration"
            " requirement as a verb): a vocabulary gap, left",
            strict=True,
        ),
    ),
    ("Japan's MITI restricts aluminium exports", "", ("licensing", "JP", "*", False)),
    # added after the first run, labelled before running: more of India's BIS with a
    # measure word the engine knows
    (
        "BIS tightens quality control rules on copper imports",
        "",
        ("licensing", "*", "IN", False),
    ),
    (
        "BIS extends quality control order to nickel imports",
        "",
        ("licensing", "*", "IN", False),
    ),
    # near misses: the US's BIS, Malaysia's MITI
    (
        "Commerce's BIS tightens export controls on gallium",
        "",
        ("licensing", "US", "*", False),
    ),
    ("BIS tightens export controls on gallium", "", ("licensing", "US", "*", False)),
    ("BIS curbs germanium exports to India", "", ("licensing", "US", "IN", False)),
    ("Malaysia's MITI restricts tin exports", "", ("licensing", "MY", "*", False)),
]


@headline_cases(CAUSED)
def test_us_tariffs_as_the_cause_of_anothers_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ACRONYMS)
def test_a_shared_acronym_is_read_by_its_context(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
