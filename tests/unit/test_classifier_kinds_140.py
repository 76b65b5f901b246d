"""Kinds the wild audit's studied rows showed (``tests/data/real_headlines_wild/``, its odd rows;
session 43): everyday news in general feeds read as trade measures. Made-up headlines per kind,
in several wordings, with near misses that must stay as they are, each checked on every field the
exact score counts (``tests/unit/kinds_exact.py``). Labels were written and committed before the
engine read them.

1. A title naming neither a metal nor a measure, decided by its summary's lede: the lede's
   sentence must itself tell a measure on a trade flow or on goods and name the metal, as a noun
   measure must (``classifier_lede_decides``). A cap lifted, a player's suspension ended, a permit
   revoked for a mine, "stop the industry suffering like steel" told in a lede are no measure on
   trade; the lede's metal word in another sentence, or as a medal or a name, does not make one.
   A lede telling a ban on imports of a metal, export licences on metals, a tariff on a metal
   still decides (near misses).
2. Sanctions on people and their assets (an oligarch, a banker, frozen assets) with a metal named
   only as a person's business ("a former aluminium magnate") are no measure on a metal's trade.
   Sanctions that ban a metal's imports or name a metals firm's exports stay events.
3. A person banned or suspended (an athlete, a player, a politician barred from briefings) is no
   measure, whatever medal or name the story holds.

First reading, on the engine before any change but the capitals of "REE" (main's at 2bfe70c9;
labels committed before the run, 3762afca): **13 of 17**. Kind 1, 3 of 5 (the Minnesota mine's
permit and the pension cap read as a suspension and a release), its near misses 3 of 3; kind 2,
2 of 3 (the oligarchs "under sanctions" read suspended), near misses 2 of 2; kind 3, 2 of 3 (the
"silver-winning" rower read a suspension, silver), near miss 1 of 1.

Changed: ``classifier_lede_decides`` (a title naming neither a measure nor a metal is decided by
a lede verb only when its sentence names a metal and a trade flow, a sanction, a trade remedy,
a duty, a levy, an embargo or a quota: ``on_trade``); ``classifier_sanctioned_parties`` (who is
"under" the sanctions, back to the clause's start, people or their assets: no measure on goods;
"banker", "assets" among the parties); the figurative words of ``test_tagging_figurative_3.py``
(a medal "-winning"). And ``classifier_gate_spared.act_spared``: the retrained gate (its rows read
anew by these rules) moved kinds 92's bulleted measure (a government's act told by the lede of
market news) from 10.06% to 9.93% against its 10% threshold; such an act is no longer put to the
gate, which moved no labelled row. After: **17 of 17**; ``benchmarks/row_changes.py``: +26 -0,
every gain in the wild audit (its odd rows 77.4% -> 92.9%).

Fresh batch (``FRESH``, 5: 2 measures, 3 non-measures), written after the changes and committed
before the engine read them: first reading **5 of 5**.
"""

from __future__ import annotations

from typing import Any

from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

#: Kind 1: a vague title, a lede that tells no measure on trade.
LEDE_NOT_ON_TRADE: list[Any] = [
    (
        "Minister defends the university plan",
        "The government lifted the cap on student numbers, a silver lining for campuses.",
        None,
    ),
    (
        "Star forward to return next month",
        "The league said the end of his ten-game suspension nears; the gold medallist trained "
        "on Monday.",
        None,
    ),
    (
        "Regulators deal a blow to a Minnesota project",
        "State regulators revoked a water permit for the planned copper and nickel mine.",
        None,
    ),
    (
        "Carmakers need help now, the union says",
        "Action is needed to stop the car industry suffering like steel and aluminium did.",
        None,
    ),
    (
        "Pension reform: the winners and the losers",
        "Savers cheered the pensions gold rush. The chancellor removes the limit on tax-free "
        "savings from April.",
        None,
    ),
]

#: Kind 1's near misses: the lede tells a measure on a metal's trade.
LEDE_ON_TRADE: list[Any] = [
    (
        "New steps to curb Moscow's earnings",
        "The EU banned imports of Russian aluminium on Monday.",
        ("suspended", "RU", "EU", False, "aluminium", None),
    ),
    (
        "Beijing moves on strategic minerals",
        "China imposed export licences on gallium and germanium on Monday.",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    (
        "Washington acts against cheap imports",
        "The United States imposed a 25% tariff on steel imports from Vietnam on Friday.",
        ("tariff", "VN", "US", False, "steel", 25),
    ),
]

#: Kind 2: sanctions on people and their assets.
SANCTIONED_PEOPLE: list[Any] = [
    (
        "Sanctioned tycoon sells stake in fintech firm",
        "A Russian billionaire under UK sanctions, a former aluminium magnate, sold shares in "
        "a payments start-up.",
        None,
    ),
    (
        "UK freezes £20bn of Russian-owned assets under sanctions",
        "Sanctions now cover 1,500 people, among them a nickel tycoon and a football club owner.",
        None,
    ),
    (
        "Oligarchs under sanctions attend climate summit",
        "Among them is a former aluminium magnate under US sanctions.",
        None,
    ),
]

#: Kind 2's near misses: sanctions on a metal's trade.
SANCTIONED_TRADE: list[Any] = [
    (
        "US bans imports of Russian aluminium in new sanctions",
        "",
        ("suspended", "RU", "US", False, "aluminium", None),
    ),
    (
        "UK sanctions ban imports of Russian copper and nickel",
        "",
        ("suspended", "RU", "GB", False, "copper nickel", None),
    ),
]

#: Kind 3: a person banned or suspended.
PERSON_BANNED: list[Any] = [
    (
        "Olympic sprinter banned for three years over doping test",
        "The gold medallist from the United States was banned by the tribunal on Monday.",
        None,
    ),
    (
        "Senator moves to ban colleague from classified briefings",
        "The senator, found with gold bars at home, faces trial next year.",
        None,
    ),
    (
        "Former champion suspended from the sport until 2026",
        "The silver-winning rower from Canada was suspended for missed tests.",
        None,
    ),
]

#: Kind 3's near misses: a ban on a metal's trade.
BANNED_TRADE: list[Any] = [
    (
        "Zimbabwe bans exports of raw lithium ore",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
]

#: A fresh batch written after the changes, committed before the engine read it.
FRESH: list[Any] = [
    (
        "Council leader under fire over housing",
        "The council lifted a cap on rents last week, while a copper theft ring was jailed.",
        None,
    ),
    (
        "Tycoon under EU sanctions wins court appeal",
        "The former nickel magnate had challenged the freeze of his assets.",
        None,
    ),
    (
        "Swimmer suspended for missed drug tests",
        "The silver medallist from Australia was suspended by the federation on Friday.",
        None,
    ),
    (
        "A new front in the trade war",
        "Beijing banned exports of antimony to the United States on Tuesday.",
        ("suspended", "CN", "US", False, "antimony", None),
    ),
    (
        "Prices jump as Jakarta acts",
        "Indonesia banned exports of nickel ore from January, the ministry said.",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
]

#: Not trained on by the learned gate (``benchmarks/event_gate_training.py``): these cases test
#: the rules' reading.
CASES: list[Any] = []


@headline_cases(LEDE_NOT_ON_TRADE)
def test_a_lede_that_tells_no_measure_on_trade_decides_nothing(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(LEDE_ON_TRADE)
def test_a_lede_that_tells_a_measure_on_a_metals_trade_still_decides(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(SANCTIONED_PEOPLE)
def test_sanctions_on_people_are_no_measure_on_a_metal(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(SANCTIONED_TRADE)
def test_sanctions_on_a_metals_trade_stay_events(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(PERSON_BANNED)
def test_a_person_banned_is_no_measure(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_fresh_batch_of_the_same_kinds(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(BANNED_TRADE)
def test_a_ban_on_a_metals_trade_stays(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
