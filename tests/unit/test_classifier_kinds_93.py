"""Kinds of the misses of two studied halves (session 31), in made-up phrasings labelled before
the engine read them; kinds 5 to 8 are in ``test_classifier_kinds_94.py``.

The odd rows of the nineteenth blind set and of the third wire of real events were released for
study (``benchmarks/score_real_headlines.py --set blind19|wire3 --half odd --misses``); their even
rows stay unseen. Each kind below is one the engine read wrong in those rows by the README's
vocabulary ("Trade-policy statuses"), written in other words, countries, metals and outlets'
styles, with near misses that must not change.

1. **An importer acting on an exporter's quota, the exporter by its possessive** ("Washington
   trims Argentina's aluminium quota", "U.S. slashes Brazil's semi-finished steel quota"): a
   country's goods by its possessive, the acting government the importer
   (``tui/engine/classifier_owners.py``).
2. **A plan floated or mooted** ("floats 15% levy on metal exports to cool prices"): a measure
   planned, ``proposed``; a purpose clause naming prices does not make it market news
   ("float" and "moot" among the verbs that act on a measure).
3. **Exports let run on to a date** ("lets copper concentrate exports run to May 2024"): a ban
   relaxed for a while, ``resuming`` ("let" a restart verb; "keep exporting" keeps no measure).
4. **Duty-free trade rolled over** ("rolls over tariff-free trade with Ukraine for another
   year"): duty-free access renewed or extended is ``resuming``, on the partner's goods into the
   government that renews it (``tui/engine/classifier_free.py``).

The odd rows' other misses are labels the sets disagree on, left as they are: five Federal
Register notices of an administrative review's final results in the nineteenth set, labelled no
event where README.md reads them a ``tariff``; a plan told by "to impose" or "will impose" with
no start, labelled decided; an outlet's report ("- FT", "- NYT") labelled ``proposed``; a
generic "export curbs" whose lede names no instrument for the metal, labelled ``suspended``.

First time, labels written before the engine read them, on the engine of the session's start:
kind 1, 5 of 10 right (three possessives right before the metal, and both near misses); kind 2,
8 of 10 (the plans with no "prices" in a purpose, and the near misses); kind 3, 2 of 8 (the near
misses only); kind 4, 4 of 7 ("extends" and "renews" already, and the near misses). After the
changes all 35 read right.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_cases import Want, check_kind, headline_cases

CASES: list[Any] = []

#: (title, summary, want): kind 1, an importer acting on an exporter's quota.
POSSESSIVE_QUOTAS: list[Any] = [
    ("Washington trims Argentina's aluminium quota for 2021", "", ("quota", "AR", "US", False)),
    (
        "U.S. cuts Korea's semi-finished steel quota for rest of year",
        "",
        ("quota", "KR", "US", False),
    ),
    ("EU slashes Turkey's hot-rolled steel quota", "", ("quota", "TR", "EU", False)),
    ("Brussels raises Ukraine's steel import quota for 2024", "", ("quota", "UA", "EU", False)),
    ("Ottawa cuts China's steel wire quota by a third", "", ("quota", "CN", "CA", False)),
    ("UPDATE 2-U.S. boosts Mexico's finished steel quota", "", ("quota", "MX", "US", False)),
    (
        "Britain lowers India's steel quota after safeguard review",
        "LONDON (Reuters) - Britain cut the quota for Indian steel under its safeguard.",
        ("quota", "IN", "GB", False),
    ),
    ("Tokyo halves Australia's zinc import quota", "", ("quota", "AU", "JP", False)),
    # near misses: the quota named after the exporter already, and quota news that is no act
    ("U.S. cuts steel import quota for Brazil", "", ("quota", "BR", "US", False)),
    ("Argentina's steel mills cut output as demand slows", "", None),
]

#: (title, summary, want): kind 2, a plan floated or mooted.
FLOATED_PLANS: list[Any] = [
    (
        "Kazakhstan floats export duty on copper to tame domestic prices",
        "",
        ("tariff", "KZ", "*", True),
    ),
    (
        "Ukraine floats 10% levy on steel scrap exports to ease prices",
        "",
        ("tariff", "UA", "*", True),
    ),
    (
        "Indonesia floats tax on nickel pig iron exports to curb prices",
        "",
        ("tariff", "ID", "*", True),
    ),
    ("India moots 15% export duty on steel to cool prices", "", ("tariff", "IN", "*", True)),
    (
        "Philippines floated a ban on nickel ore exports to lift prices",
        "",
        ("suspended", "PH", "*", True),
    ),
    (
        "Moscow floats levy on metal exports as domestic prices soar",
        "MOSCOW (Interfax) - The economy ministry proposed duties of 15% on steel and aluminium.",
        ("tariff", "RU", "*", True),
    ),
    (
        "Vietnam mooted tariff on Chinese steel imports to shore up prices",
        "",
        ("tariff", "CN", "VN", True),
    ),
    # near misses: a market floating, and a levy imposed for prices
    ("Copper floats near record as tariff fears ease", "", None),
    ("Steel prices float higher after US tariff decision", "", None),
    (
        "Russia imposes 10% levy on metal exports to cool prices",
        "The government set duties of 10% on steel and nickel exports.",
        ("tariff", "RU", "*", False),
    ),
]

#: (title, summary, want): kind 3, exports let run on to a date.
EXPORTS_LET_RUN: list[Any] = [
    (
        "Jakarta lets nickel ore exports run to June 2024 for smelter builders",
        "",
        ("resuming", "ID", "*", False),
    ),
    (
        "Indonesia lets miners keep exporting copper concentrate until 2024",
        "",
        ("resuming", "ID", "*", False),
    ),
    ("Manila lets nickel ore shipments run on to December", "", ("resuming", "PH", "*", False)),
    (
        "Zambia lets copper concentrate exports continue to end-March",
        "",
        ("resuming", "ZM", "*", False),
    ),
    (
        "Indonesia lets Freeport export copper concentrate until mid-2024",
        "",
        ("resuming", "ID", "*", False),
    ),
    (
        "Malaysia lets bauxite exports run past moratorium date",
        "KUALA LUMPUR (Bernama) - Miners may ship aluminium ore until stockpiles clear.",
        ("resuming", "MY", "*", False),
    ),
    # near misses: exports running as market news, and a ban taking effect
    ("Indonesia's copper concentrate exports run at record pace", "", None),
    (
        "Indonesia bans copper concentrate exports from June 2024",
        "",
        ("suspended", "ID", "*", False),
    ),
]

#: (title, summary, want): kind 4, duty-free trade rolled over.
DUTY_FREE_ROLLED_OVER: list[Any] = [
    (
        "EU rolls over duty-free trade with Moldova for another year, steel included",
        "",
        ("resuming", "MD", "EU", False),
    ),
    (
        "Brussels rolls over tariff-free access for Ukrainian steel",
        "",
        ("resuming", "UA", "EU", False),
    ),
    (
        "UK rolls over tariff-free trade with Ukraine on steel and iron",
        "",
        ("resuming", "UA", "GB", False),
    ),
    (
        "EU extends duty-free treatment of Ukrainian steel to 2025",
        "",
        ("resuming", "UA", "EU", False),
    ),
    (
        "Britain renews tariff-free trade with Ukraine, covering steel",
        "",
        ("resuming", "UA", "GB", False),
    ),
    # near misses: access only granted is open; a trade deal rolled over with no duty named
    ("EU grants tariff-free access to Ukrainian steel", "", ("open", "UA", "EU", False)),
    ("Steel traders roll over Ukraine contracts for another year", "", None),
]


@headline_cases(POSSESSIVE_QUOTAS)
def test_an_importer_acting_on_an_exporters_quota(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(FLOATED_PLANS)
def test_a_plan_floated_or_mooted(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(EXPORTS_LET_RUN)
def test_exports_let_run_on_to_a_date(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(DUTY_FREE_ROLLED_OVER)
def test_duty_free_trade_rolled_over(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
