"""A measure's author named only after it, plans told by "to be", and flows watched (session
26), in made-up phrasings.

1. A measure told in the passive or by its noun, its author named only after it: a trade body
   after a dash or a colon, the way an outlet signs ("New levy on Brazilian steel takes
   effect - ITAC", "Safeguard duty on Vietnamese steel extended: DGTR"), was dropped as an
   outlet's name; it is written ", ITAC says" (``body_told`` in
   ``tui/engine/classifier_agency_tail.py``), so the body names its government as ", CBSA
   says" already did (the gazetteer gained KTC, the Korea Trade Commission, SECEX and the
   Anti-Dumping Commission; "ADC" is read so only as such a tail). A capital opening a clause
   after the measure that warns or vows against those who would evade it ("; Jakarta warns
   smugglers") is the measure's author (``_enforces`` in ``tui/engine/classifier_owners.py``);
   a third country's reaction ("; Japan urges calm", "; Seoul voices concern") names no side.
2. A place before goods and a draft, proposal or plan ("EC steel draft to slash quotas") is
   the draft's author, not the goods' origin (``_drafts`` in ``classifier_owners.py``); a bare
   "Commission" before its draft is the European Commission (``classifier_bodies.py``). A
   measure "to be" acted on ("quotas to be cut by half", "duty to be raised") is a plan
   (``PROPOSED_RE``), decided when its start date is given ("to be banned from June 2023",
   ``classifier_status.py``).
3. A flow watched with its goods before the flow's noun ("to monitor copper imports") read no
   event while "to monitor imports of copper" read an import monitoring system (``licensing``,
   as blind8's "New mechanism to monitor imports of aluminium, copper" is labelled): the goods
   are moved after the noun (``tui/engine/classifier_watched_flow.py``), and "monitoring" or
   "tracking" after a verb ("begins monitoring aluminum imports") joins its flow too. Watching
   another's measure ("Japan to monitor China's gallium curbs") is a stance, no event
   (``_STANCE_WORDS`` in ``classifier_stances.py``), as gate6's "Japan to Monitor China's
   Metals Curbs" is labelled.

First time, on the engine before the change (main), of the first 29 cases written (the rows
above "written after" in each list): 9 right with the labels first written. Three labels were
changed after, by the house vocabulary, not by the engine's reading: "India to monitor copper
imports" and "... imports of copper" were first labelled ``proposed``, but the studied sets
label "<country> to <act>" as decided ("China to restrict export of graphite", "Canada to
impose 25 per cent surtax"), so both are decided here (main read the second so: 10 of 29 with
the labels kept); the brief's "New levy on Brazilian pig iron takes effect - ITAC" reads no
event because pig iron is no watched metal, so its case names steel. After: 28 of 29. Of 13
cases written after (the rows below "written after"): 3 right on main, 11 after. In all 13 of
42 first time, 39 of 42 after; the three left are marked ``xfail``: two a learned-gate veto
of a measure followed by a government's clause ("; Japan urges calm", "; Manila warns
smugglers": the rules read them right), one a legal-challenge veto ("; Seoul vows WTO
challenge").

One label was changed later (session 30): "Safeguard duty on Vietnamese steel extended by two
years: DGTR", written a ``tariff``, is a ``quota``: the product owner's issue #16 states that a
prolonged safeguard on steel is a tariff-rate quota, as ``test_classifier_kinds_42.py`` already
labels "Vietnam extends safeguard duty on India steel"
(``tui/engine/classifier_safeguard_prolonged.py`` reads the passive form so).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring (seven
#: cases of a measure then a government's second clause were tried: the retrained gate read
#: them, but lost four labelled rows).
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, the author named after the measure.
AUTHORS: list[tuple[str, str, Want]] = [
    ("New levy on Brazilian steel takes effect - ITAC", "", ("tariff", "BR", "ZA", False)),
    (
        "Export ban on nickel ore takes effect; Jakarta warns smugglers",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "Anti-dumping duties imposed on Chinese aluminium extrusions - ADC",
        "",
        ("tariff", "CN", "AU", False),
    ),
    (
        "Provisional duty slapped on Chinese stainless steel - KTC",
        "",
        ("tariff", "CN", "KR", False),
    ),
    (
        "Safeguard duty on Vietnamese steel extended by two years: DGTR",
        "",
        # relabelled from a tariff (session 30): a prolonged safeguard on steel is a
        # tariff-rate quota, as the product owner's issue #16 states
        ("quota", "VN", "IN", False),
    ),
    (
        "Export controls on gallium take effect, MOFCOM says",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Duties on Chinese aluminium sheet lifted; SECEX confirms",
        "",
        ("resuming", "CN", "BR", False),
    ),
    ("Surtax on Chinese steel wire comes into force - CITT", "", ("tariff", "CN", "CA", False)),
    (
        "Ban on raw cobalt exports begins; Kinshasa vows crackdown on smugglers",
        "",
        ("suspended", "CD", "*", False),
    ),
    # written after
    ("Countervailing duty placed on Thai steel wire - CBSA", "", ("tariff", "TH", "CA", False)),
    (
        "Provisional duties on Vietnamese stainless steel take effect — DGTR",
        "",
        ("tariff", "VN", "IN", False),
    ),
    (
        "Export licence rule for graphite takes effect - MOFCOM",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Nickel ore export ban begins; Manila warns smugglers",
        "",
        ("suspended", "PH", "*", False),
    ),
]

#: (title, summary, want): kind 1's near misses, a third country's reaction.
REACTIONS: list[tuple[str, str, Want]] = [
    pytest.param(
        "Tariff imposed on Chinese steel; Japan urges calm",
        "",
        ("tariff", "CN", "*", False),
        marks=pytest.mark.xfail(reason="the rules read it; the learned gate vetoes", strict=True),
    ),
    ("Duties imposed on Russian aluminium; China protests", "", ("tariff", "RU", "*", False)),
    (
        "Anti-dumping duty slapped on Indian steel pipes; Seoul voices concern",
        "",
        ("tariff", "IN", "*", False),
    ),
    (
        "Export ban on tin ore takes effect; Tokyo urges restraint",
        "",
        ("suspended", "*", "*", False),
    ),
    # written after
    pytest.param(
        "Anti-dumping duties imposed on Korean steel; Seoul vows WTO challenge",
        "",
        ("tariff", "KR", "*", False),
        marks=pytest.mark.xfail(reason="read as a legal challenge, not a measure", strict=True),
    ),
]

#: (title, summary, want): kind 2, drafts and measures "to be" acted on.
PLANS: list[tuple[str, str, Want]] = [
    ("EC steel draft to slash quotas", "", ("quota", "*", "EU", True)),
    ("EU steel safeguard quotas to be cut by half", "", ("quota", "*", "EU", True)),
    ("Commission draft would halve aluminium import quotas", "", ("quota", "*", "EU", True)),
    ("UK steel safeguard quotas to be reduced by a third", "", ("quota", "*", "GB", True)),
    ("Copper export duty to be raised to 10%", "", ("tariff", "*", "*", True)),
    ("Indonesia nickel ore export quota to be trimmed", "", ("quota", "ID", "*", True)),
    # near misses: done already
    ("EU steel safeguard quotas cut by half", "", ("quota", "*", "EU", False)),
    ("EC slashes steel quotas", "", ("quota", "*", "EU", False)),
    # written after
    ("EU aluminium proposal would halve import quotas", "", ("quota", "*", "EU", True)),
    ("Indonesia nickel plan to ban ore exports", "", ("suspended", "ID", "*", True)),
    ("Steel import duty to be hiked to 15%", "", ("tariff", "*", "*", True)),
    ("EU steel quotas to be cut from July 1", "", ("quota", "*", "EU", False)),
]

#: (title, summary, want): kind 3, a flow watched, in either order.
WATCHED: list[tuple[str, str, Want]] = [
    ("India to monitor copper imports", "", ("licensing", "*", "IN", False)),
    ("India to monitor imports of copper", "", ("licensing", "*", "IN", False)),
    ("New system to monitor aluminium imports", "", ("licensing", "*", "*", False)),
    ("New mechanism to monitor imports of zinc", "", ("licensing", "*", "*", False)),
    ("Government launches portal to monitor steel imports", "", ("licensing", "*", "*", False)),
    ("US Commerce begins monitoring aluminum imports", "", ("licensing", "*", "US", False)),
    # near misses: watching another's measure, a market's watch
    ("Japan to monitor China's gallium curbs", "", None),
    ("Traders monitor copper imports closely", "", None),
    # written after
    ("India monitors imports of steel", "", ("licensing", "*", "IN", False)),
    ("India starts tracking steel imports", "", ("licensing", "*", "IN", False)),
    ("EU to scrutinise Indonesia's nickel ore export ban", "", None),
    ("Monitoring copper imports: a guide", "", None),
]


@headline_cases(AUTHORS)
def test_an_author_named_after_the_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(REACTIONS)
def test_a_third_countrys_reaction_names_no_side(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(PLANS)
def test_drafts_and_measures_to_be_acted_on(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(WATCHED)
def test_a_flow_watched_in_either_order(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
