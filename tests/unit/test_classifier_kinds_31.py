"""Two kinds of misreading (session 18), in made-up phrasings.

1. A measure reported decided with a stated start date ("said it would ban nickel ore exports
   from June 1", "said it would impose duties ..." whose lede says they "will take effect on
   July 1") was read ``proposed`` from its "would". The labelling rules (README.md
   "Trade-policy statuses", the blind sets' PROVENANCE.md) say a measure announced with a date
   it takes effect is not proposed, and the studied sets label it so: of their 276 rows whose
   title or lede states a start date ("from June 1", "starting", "effective", "take effect",
   "come into force"), the 154 events are 141 decided and 13 proposed, each of the 13 hedged by
   a plan word ("plans", "may", "considers", "proposal", "eyes", "likely"); of the 8 with
   "would" and a date, the 5 events are all decided. A "would" under a condition ("if talks
   fail") or without a date, and "plans to", "could", "mulls", "threatens", "proposes" with a
   date, stay proposed.
2. A title whose measure word is generic ("unveils new trade curbs", "new restrictions",
   "new measures") read the generic word's ``licensing`` even when its lede names the
   instrument ("will impose 25% tariffs on ...", "a ban on exports of ...", "import quotas").
   The studied sets label such a headline by the lede's instrument (a package of "measures"
   whose lede cuts an import quota is a ``quota``, "trade defence measures" whose lede says 25%
   tariffs a ``tariff``, "new measures" whose lede imposes a 25% surtax a ``tariff``). Beside
   them the generic word stays ``licensing`` when the lede names licences or no instrument, or
   names one only in a background clause ("after the US imposed tariffs"); "lifts curbs" whose
   lede names tariffs stays a release (``resuming``).

First time, on the engine before the change: 10 of the 17 cases read right (the seven misses
are the four dated "would" measures and three of the four generic titles whose lede names
another instrument).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' status and plan reading, not the
gate's veto.
"""

from __future__ import annotations

from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on (``benchmarks/event_gate_training.py`` reads every
#: kinds module's ``CASES``): none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, a stated start date.
DATED: list[tuple[str, str, Want]] = [
    (
        "Philippines said it would ban nickel ore exports from June 1",
        "The government said the ban would apply to all unprocessed ore.",
        ("suspended", "PH", "*", False),
    ),
    (
        "Zambia said it would ban copper concentrate exports",
        "The ban will take effect on July 1, the mines minister said.",
        ("suspended", "ZM", "*", False),
    ),
    (
        "Indonesia would ban bauxite exports from June, president says",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "Mexico said it would impose 30% duties on Chinese steel starting March 12",
        "",
        ("tariff", "CN", "MX", False),
    ),
    # the other side: a condition, no date, or a plan word beside the date
    (
        "Philippines said it would ban nickel ore exports if talks fail",
        "The ban would start on June 1, the minister said.",
        ("suspended", "PH", "*", True),
    ),
    ("Chile said it would ban lithium exports", "", ("suspended", "CL", "*", True)),
    ("Brazil plans to ban nickel ore exports from June 1", "", ("suspended", "BR", "*", True)),
    ("Peru could ban copper concentrate exports from January", "", ("suspended", "PE", "*", True)),
    ("Trump threatens 50% tariffs on copper from August 1", "", ("tariff", "*", "US", True)),
]

#: (title, summary, want): kind 2, a generic measure word whose lede names the instrument.
NAMED: list[tuple[str, str, Want]] = [
    (
        "Canada unveils new trade curbs on Chinese steel",
        "Ottawa will impose 25% tariffs on imports of steel from China, the finance minister said.",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Thailand announces new restrictions on tin ore",
        "The government imposed a ban on exports of tin ore to support local smelters.",
        ("suspended", "TH", "*", False),
    ),
    (
        "South Africa adopts new measures on aluminium imports",
        "The trade ministry set a 15% duty on primary aluminium imports from Monday.",
        ("tariff", "*", "ZA", False),
    ),
    (
        "Colombia unveils new trade restrictions on Chinese steel",
        "The government will cut import quotas for steel from China by a third.",
        ("quota", "CN", "CO", False),
    ),
    # the other side: licences named, no instrument named, a background instrument, a release
    (
        "Canada unveils new trade curbs on Chinese steel",
        "Canada will require import licences for steel from China, the minister said.",
        ("licensing", "CN", "CA", False),
    ),
    (
        "Canada unveils new trade curbs on Chinese steel",
        "The move aims to protect domestic mills from a flood of cheap metal.",
        ("licensing", "CN", "CA", False),
    ),
    (
        "Canada unveils new trade curbs on Chinese steel",
        "Ottawa acted after the United States imposed 50% tariffs on foreign steel.",
        ("licensing", "CN", "CA", False),
    ),
    (
        "India lifts curbs on copper imports",
        "The government removed the 10% duty on refined copper imports.",
        ("resuming", "*", "IN", False),
    ),
]


@headline_cases(DATED)
def test_a_stated_start_date_is_decided(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(NAMED)
def test_the_lede_names_the_instrument(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
