"""Effects told as acts, calls for cuts, a tariff "lifted" to a higher rate, and removals, in
made-up phrasings (session 17), aimed at the kind, never at a headline's words.

- **A measure's effect told as a subject acting** is no event: a measure named as a bare noun
  that cuts, slashes, halves or reduces a flow ("duties slash aluminium shipments to US"); a
  flow cut by an amount before a clause whose measure is only its cause ("mills cut steel
  exports by 25% amid tariffs"); a flow that recovers or dwindles before such a clause; a harm
  or an outlook faced because of a measure ("faces grim outlook after proposed export tax",
  "minimal impact from US tariffs"). A government that cuts imports itself, or through quotas,
  acts (``quota``, by the labelled sets' convention), and a measure faced as such stays one.
- **A cut, a lower rate or a removal only sought** ("seek cut in duty", "plead for lower tax",
  "seek to scrap levy") is no event, as every real set labels such a call, by an industry or a
  government asking another; a government that seeks to cut its own duty plans it
  (``resuming``, proposed), and a cut won is a release.
- **"Lifts" a tariff to a higher rate** ("lifts import tariff on steel to 25% from 10.8%") raises
  it: a ``tariff`` at the new rate, as "raises" or "hikes" read; lifted with no rate, or to a
  lower one, it is still released.
- **Eliminating a tariff** is a removal (``resuming``), as the real sets label removals, and
  eliminating or abolishing a *plan* drops the plan (no event).

First time, on the engine before the change (``33027d9``): the kinds 0 of 29 (the 15 effects
read as tariffs, bans or licences, the 4 calls as releases, the 4 raises as releases, the 4
removals as tariffs, the 2 dropped plans as measures); the 16 beside them 16 of 16; now 45 of
45.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, case_ids, check_kind, headline_cases
from test_classifier import METALS

from tui.engine.classifier import classify
from tui.engine.classifier_cuts import raised_rate

#: A measure's effect on a flow or an output, or a harm it brings, told as the news: no event.
EFFECTS: list[tuple[str, str, Want]] = [
    ("Tariffs cut steel imports by 20%", "", None),
    ("Duties slash aluminium shipments to US", "", None),
    ("Anti-dumping duties halve Chinese aluminium foil exports to India", "", None),
    ("US tariffs reduce Canadian aluminium shipments by a third", "", None),
    ("Export levy cuts Philippine nickel ore shipments by half", "", None),
    ("Safeguard duties on steel trim Turkish imports by 15%", "", None),
    ("Levies slash US imports of Chinese aluminium", "", None),
    ("Korean mills cut steel exports to US by 25% amid tariffs", "", None),
    ("Vietnam cuts aluminium exports by 30% after US duties", "", None),
    ("China's germanium exports recover after curbs", "", None),
    ("Japan's aluminium imports recover after tariffs imposed", "", None),
    ("Indian copper imports dwindle as safeguard duty bites", "", None),
    ("Zambia faces grim outlook for copper sector after proposed export tax", "", None),
    ("Nickel industry braces for losses after proposed ore export ban", "", None),
    ("Korea faces minimal impact from US steel tariffs", "", None),
]

#: A cut, a lower rate or a removal only sought or called for: no event.
CALLS: list[tuple[str, str, Want]] = [
    ("Jewellers seek cut in gold import duty to 4%", "", None),
    ("Bullion dealers plead for lower gold import tax", "", None),
    ("Aluminium users demand cut in import tariff on primary metal", "", None),
    ("Japan seeks cut in US steel tariffs", "", None),
]

#: A tariff "lifted" to a higher rate: a raise, a ``tariff`` at the new rate (the fourth field).
RAISES: list[tuple[str, str, Want, float | None]] = [
    (
        "India lifts import tariff on steel to 25% from 10.8%",
        "",
        ("tariff", "*", "IN", False),
        25.0,
    ),
    (
        "Turkey lifts tariff on US aluminium from 10% to 20%",
        "",
        ("tariff", "US", "TR", False),
        20.0,
    ),
    (
        "Brazil lifted import duties on steel products to 25%, from 10.8%",
        "",
        ("tariff", "*", "BR", False),
        25.0,
    ),
    (
        "Argentina lifts export tax on copper concentrate from 5% to 8%",
        "",
        ("tariff", "AR", "*", False),
        8.0,
    ),
]

#: A tariff eliminated is released; a plan eliminated or abolished is dropped (no event).
REMOVALS: list[tuple[str, str, Want]] = [
    ("US eliminates aluminum import tariffs", "", ("resuming", "*", "US", False)),
    ("Canada to eliminate surtax on US steel", "", ("resuming", "US", "CA", False)),
    ("India eliminates export duty on iron ore pellets", "", ("resuming", "IN", "*", False)),
    ("Tariffs on Canadian aluminium eliminated", "", ("resuming", "CA", "*", False)),
    ("US eliminates plan to impose copper tariffs", "", None),
    ("Ottawa abolishes plan for surtax on Chinese steel", "", None),
]

#: Beside them, as before: a government's own cut of imports, a measure faced as such, a cut
#: won or planned by the government itself, a raise told by its own verb, a lift with no rate
#: or to a lower rate, an abolition, a plan scrapped.
BESIDE: list[tuple[str, str, Want]] = [
    ("EU cuts steel imports via quotas", "", ("quota", "*", "EU", False)),
    ("Quotas to cut steel imports into EU by 15%", "", ("quota", "*", "EU", False)),
    # (expected * -> EU when written, kept as read; since session 20 a quota on imports "for"
    # a country is that exporter's share, test_classifier_kinds_38.py: TR -> EU)
    ("EU halves steel import quotas for Turkey", "", ("quota", "TR", "EU", False)),
    ("US tariff cut on Canadian steel", "", ("resuming", "CA", "US", False)),
    ("Copper smelter cuts output by 8% as export duty bites", "", None),
    ("India faces EU heat on steel quotas", "", ("quota", "IN", "EU", False)),
    ("Korean steel to face China's anti-dumping duties", "", ("tariff", "KR", "CN", False)),
    ("India seeks to cut gold import duty", "", ("resuming", "*", "IN", True)),
    ("Jewellers win cut in gold import duty to 6%", "", ("resuming", "*", "*", False)),
    ("Industry body pushes for lower export duty on iron ore pellets", "", None),
    (
        "Vietnam raises import duty on Chinese steel to 15% from 5%",
        "",
        ("tariff", "CN", "VN", False),
    ),
    ("Mexico increases steel tariffs from 15% to 35%", "", ("tariff", "*", "MX", False)),
    ("India lifts import duty on gold from 15% to 6%", "", ("resuming", "*", "IN", False)),
    ("Canada lifts surtax on US steel", "", ("resuming", "US", "CA", False)),
    ("Chile abolishes copper export levy", "", ("resuming", "CL", "*", False)),
    ("Indonesia scraps plan to tax nickel pig iron exports", "", None),
]

#: Every case as (title, summary, want), as the other kinds modules give them (the learned
#: gate's training reads ``CASES``: ``benchmarks/event_gate_training.py``).
CASES: list[object] = [
    *EFFECTS,
    *CALLS,
    *((t, s, w) for t, s, w, _ in RAISES),
    *REMOVALS,
    *BESIDE,
]


@headline_cases(EFFECTS)
def test_an_effect_of_a_measure_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(CALLS)
def test_a_cut_sought_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want", "rate"), RAISES, ids=case_ids(RAISES))
def test_lifted_to_a_higher_rate_is_a_tariff(
    title: str, summary: str, want: Want, rate: float | None
) -> None:
    check_kind(title, summary, want)
    event = classify(title, summary, METALS)
    assert event is not None and event.rate_pct == rate, event


@headline_cases(REMOVALS)
def test_an_elimination_is_a_removal(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(BESIDE)
def test_beside_them(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("to 25% from 10.8%", True),
        ("from 10% to 20%", True),
        ("from 15% to 6%", False),
        ("to 0% from 25%", False),
        ("to 25%", False),
        ("duties ranging from 10% to 40%", False),
    ],
)
def test_raised_rate(text: str, raised: bool) -> None:
    """A change of rate is a raise when the new rate is the higher; a range is no change."""
    assert raised_rate(text) is raised
