"""False events by kind (session 24, issue #16), in made-up phrasings.

The kinds come from the studied sets' false events left after the label conventions the sets
disagree on (docs/ACCURACY.md): a measure told as the cause or background of something else.

1. A firm's, a person's or an agency's own act, with a measure only as its cause in a clause
   after it ("Pentagon Seeks Supply of Chip-Mineral Gallium After China Curbs Exports", "Elon
   Musk retweets X user post over China's silver export controls", "Congo gold miner pauses
   because of dispute on taxes"): the act (seeking supply, posting, stockpiling, pausing
   operations) is the news, and the measure is old or context. A clause before the joining
   word that names a measure, a flow or a market move keeps its reading ("Nickel prices surge
   after Indonesia bans ore exports", "China halts rare earth exports to Japan after row").
2. A measure with no owner (no country or government before it: "Aluminium tariffs", "New
   steel duties", "Trump's steel tariffs") as the subject of a verb of effect in the present,
   the past or after "are" ("drive", "spark", "trigger", "fracture", "ramp up", "enabled",
   "are saving"): the effect is the news, an analysis of a measure that is context. A
   country's own measure ("China's antimony export ban sends prices to record", "New US copper
   tariff rattles markets") is told with its effect and stays an event, as the studied sets
   label it. ("target ... but risk" is left out: "sanctions target Russian metal" tells a
   measure's scope.)
3. A report or a fear of a measure played down, brushed off or met with cold water
   ("Scott Morrison plays down report US planning tariffs on Australian aluminium"): a denial
   (``DENIAL_RE`` in ``tui/engine/classifier_rules_context.py``).
4. A quota in force used up by its traders ("Ukrainian suppliers near EU quota exhaustion",
   "exhaust EU steel quota", "quota ... nearly filled"): market data, as a share of a quota
   used already was (``QUOTA_SHARE_RE`` in ``tui/engine/classifier_rules_patterns.py``).

The module that reads kinds 1 and 2: ``tui/engine/classifier_causes_only.py``.

First time, on the engine before the change (main at e88422c for kinds 1 and 2, at c1ff46f for
the rest; ``classify`` with the learned gate, as ``check_kind`` reads): kind 1, 2 of 8 (the two
whose act is a firm's stopped operations, already an operations veto), its near misses 6 of 6;
kind 2, 4 of 7 (all four by the learned gate alone; the rules read 0 of 7), its near misses 5
of 5; kind 2's second batch (written after the first change, on the sixteenth set's rows once
it became studied) 5 of 5 with the gate (the rules 3 of 5); kind 3, 6 of 7 (five by other
vetoes, for other reasons: "report of ..." read as a step of a trade-remedy case); kind 4, 2 of
7 (the two near misses; one case, "Russian pig iron quota ...", first read right only because
pig iron is no watched metal and was rewritten with aluminium, which main read wrong). After:
all 45 cases read right (kind 2's "target ... but risk" by the learned gate alone, the rules'
reading of it unchanged by design).

These cases are kept out of ``CASES`` (which the learned event gate trains on): they test the
rules' reading.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, an actor's own act with a measure as its cause.
OWN_ACTS: list[Any] = [
    ("Pentagon seeks new tungsten supply after China curbs exports", "", None),
    ("Japanese trading houses scramble for antimony after Beijing bans exports", "", None),
    ("Tesla founder retweets post over China's graphite export controls", "", None),
    (
        "Automakers stockpile rare earths before China's export licences take effect",
        "",
        None,
    ),
    ("Zambian copper miner halts output because of row over export duty", "", None),
    ("US Army hunts for gallium sources following Chinese export restrictions", "", None),
    (
        "Korean battery makers sign lithium deals in Chile after Indonesia's ore export ban",
        "",
        None,
    ),
    (
        "Ghana gold refiner pauses operations over dispute on royalties and export levy",
        "The refiner said it would resume work once talks with the tax authority end.",
        None,
    ),
]

#: (title, summary, want): kind 1's near misses, measures that stay events.
OWN_ACTS_KEPT: list[Any] = [
    ("Nickel prices surge after Indonesia bans ore exports", "", ("suspended", "ID", "*", False)),
    (
        "Graphite producers' shares soar after China tightens export curbs",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "China halts rare earth exports to Japan after territorial row",
        "",
        ("suspended", "CN", "JP", False),
    ),
    (
        "US lifts sanctions on Venezuelan gold after election deal",
        "",
        ("resuming", "VE", "US", False),
    ),
    (
        "India seeks to cap gold imports after trade deficit widens",
        "",
        ("quota", "*", "IN", True),
    ),
    (
        "Congo extends cobalt export ban after prices slump",
        "",
        ("suspended", "CD", "*", False),
    ),
]

#: (title, summary, want): kind 2, an unowned measure as the subject of an effect.
EFFECTS: list[Any] = [
    ("Aluminium tariffs drive Midwest premium to record", "", None),
    ("New steel duties spark turmoil among US fabricators", "", None),
    ("Copper tariff surprise triggers collapse of arbitrage trade", "", None),
    ("Trump's steel tariffs ramp up trade war", "", None),
    ("Nickel export curbs fracture battery supply chain", "", None),
    ("Steel and aluminium tariffs target old problem but risk jobs", "", None),
    ("Export control law highlights rare earth supply risks", "", None),
]

#: (title, summary, want): kind 2, a second batch written after the first change, on the
#: sixteenth set's rows once it was studied (a past or progressive effect: rha-003, rha-146).
EFFECTS_PAST: list[Any] = [
    ("Tariffs enabled steelmaker to build new plant, says CEO", "", None),
    ("Duties are saving the domestic aluminium industry", "", None),
    ("Export curbs helped Western graphite miners win new contracts", "", None),
    ("Steel tariffs boosted mill profits in the first quarter", "", None),
    (
        "Mexico's new steel tariffs are hurting importers",
        "",
        ("tariff", "*", "MX", False),
    ),
]

#: (title, summary, want): kind 2's near misses, a country's measure told with its effect.
EFFECTS_KEPT: list[Any] = [
    (
        "China's antimony export ban sends prices to record",
        "",
        ("suspended", "CN", "*", False),
    ),
    (
        "Congo's cobalt export ban sends prices soaring",
        "",
        ("suspended", "CD", "*", False),
    ),
    ("New US copper tariff rattles markets", "", ("tariff", "*", "US", False)),
    (
        "Indonesia's nickel ore export ban triggers smelter rush",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "US imposes steel tariffs, sparking turmoil among fabricators",
        "",
        ("tariff", "*", "US", False),
    ),
    # written after the change, which first read test_classifier_kinds_46's "Tariff hit: US
    # raises duties ..." as an effect (that case guards the fix: an effect word with no object
    # is a kicker's noun); two more such phrasings ("Duties hit: Mexico raises ...") read the
    # kicker's noun as the finding on main too and miss the importer: marked, left
    pytest.param(
        "Duty hit: EU raises tariffs on Chinese steel to 35%",
        "",
        ("tariff", "CN", "EU", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="read tariff CN -> * on main as after the change: the kicker's noun is the"
            " finding, so the importer in the clause after it is not read; a direction, left",
        ),
    ),
]


#: (title, summary, want): kind 3, a report or fear of a measure played down (the sixteenth
#: set's rha-016, "Scott Morrison plays down report US planning tariffs ...").
PLAYED_DOWN: list[Any] = [
    ("Canberra plays down report of US tariffs on Australian aluminium", "", None),
    ("Indonesian minister downplays talk of nickel export ban", "", None),
    ("Chile brushes off report of copper export tax", "", None),
    ("Beijing brushes aside reports it will curb gallium exports", "", None),
    ("Zambia's mines minister plays down fears of copper export duty", "", None),
    ("Ottawa pours cold water on report of steel import quotas", "", None),
    (
        "Indonesia bans nickel ore exports, downplaying impact on smelters",
        "",
        ("suspended", "ID", "*", False),
    ),
]


#: (title, summary, want): kind 4, a quota in force used up by its traders (the sixteenth set's
#: rha-160, "Ukrainian suppliers near EU quota exhaustion"): market data, not a measure.
QUOTA_USE: list[Any] = [
    ("Turkish mills near EU steel quota exhaustion", "", None),
    ("Indian exporters exhaust EU hot-rolled steel quota in days", "", None),
    ("Korean steel quota for US nearly filled, data show", "", None),
    ("Russian aluminium quota to EU runs out early", "", None),
    ("Chinese mills use up duty-free aluminium quota", "", None),
    ("EU cuts steel quotas after early exhaustion", "", ("quota", "*", "EU", False)),
    ("US sets new steel import quota for Korea", "", ("quota", "KR", "US", False)),
]


@headline_cases(QUOTA_USE)
def test_a_quota_used_up_is_market_data(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(PLAYED_DOWN)
def test_a_report_played_down_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(OWN_ACTS)
def test_an_actors_own_act_is_no_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(OWN_ACTS_KEPT)
def test_a_measure_before_its_cause_stays(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(EFFECTS)
def test_an_unowned_measures_effect_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(EFFECTS_PAST)
def test_an_unowned_measures_past_effect_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(EFFECTS_KEPT)
def test_a_countrys_measure_with_its_effect_stays(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
