"""Three kinds (session 29), in made-up phrasings labelled before the engine read them.

1. **A company whose name holds a place or a metal acting on its own sales or output**
   ("Guinea Alumina halts bauxite exports", "Vale Indonesia suspends nickel matte shipments",
   "Chile's Codelco halts ..."): a firm's own act, no event (README "Trade-policy statuses": "a
   company named after a place or a metal stopping its own sales"). A government acting on the
   same flow ("Guinea halts bauxite exports") stays ``suspended``.
2. **A company granted, renewed or extended a permit** ("Miner wins export permit for copper
   concentrate", "Freeport gets export licence extension"): a firm's own news, no event. A
   government requiring permits stays ``licensing``, one that stops issuing them ``suspended``,
   one that renews a firm's permit ``resuming`` (``test_classifier_kinds_8.py``).
3. **A measure ending, expiring or lapsing with the measure as subject** ("Export tax on nickel
   ore ends in Indonesia", "EU's aluminium anti-dumping duties lapse"): the measure released,
   ``resuming`` on its corridor. A call to end a measure stays no event.

First time, on the engine before the change (labels written before it ran): kind 1, 20 of
the 25 first cases right (the seven near misses and eleven companies; "Guinea Alumina", "Zambia
Copper Investments", "Indonesia Asahan Aluminium", "Bolivia Tin Smelting" and "Kazakhmys" read as
the government's or an unknown exporter's stop); kind 2, 13 of 16 right (the four near misses);
kind 3, 12 of 17 right ("ends" and "comes to an end" read as the measure in force; "expires",
"lapse" and "ended" already released it). No label was changed after the first run. A second
batch of 11 (5 permits, 6 endings), written after the changes: 10 right, one left a strict
``xfail`` (a place after "after five years", read right since session 30's
``tui/engine/classifier_span_place.py``). After the changes: 68 of 69. Event gate retrained after each change: threshold
0.116 unmoved, ``row_changes.py main`` 0 rows lost.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_cases import Want, check_kind, headline_cases

CASES: list[Any] = []

#: (title, summary, want): kind 1, a company named after a place or a metal on its own sales.
COMPANIES: list[Any] = [
    ("Guinea Alumina halts bauxite exports", "", None),
    ("Vale Indonesia suspends nickel matte shipments", "", None),
    ("Zambia Copper Investments stops copper cathode sales", "", None),
    ("Chile's Codelco halts copper exports to China", "", None),
    ("Emirates Global Aluminium suspends aluminium shipments to US", "", None),
    ("Alumina Ltd halts bauxite exports from Western Australia", "", None),
    ("Norsk Hydro halts aluminium exports to Russia", "", None),
    ("Kazakhmys suspends copper exports", "", None),
    ("Indonesia Asahan Aluminium stops aluminium ingot exports", "", None),
    ("Peru Copper Mining halts copper concentrate exports", "", None),
    ("Philippine Nickel Corp suspends nickel ore shipments to China", "", None),
    ("Congo Cobalt Resources halts cobalt hydroxide exports", "", None),
    ("Mongolia Copper Holdings stops copper concentrate shipments", "", None),
    ("India Steel Group halts steel exports to Europe", "", None),
    (
        "Guinea Alumina Corp halts bauxite exports",
        "The company cited a dispute with its port operator.",
        None,
    ),
    ("Zimbabwe Lithium Minerals suspends lithium concentrate shipments", "", None),
    ("Bolivia Tin Smelting halts tin exports after furnace fault", "", None),
    ("Indonesia's Vale Indonesia halts nickel matte exports", "", None),
    # near misses: a government acting on the same flow
    ("Guinea halts bauxite exports", "", ("suspended", "GN", "*", False)),
    ("Indonesia suspends nickel ore shipments", "", ("suspended", "ID", "*", False)),
    ("Zambia stops copper exports to South Africa", "", ("suspended", "ZM", "ZA", False)),
    ("Philippines halts nickel ore shipments to China", "", ("suspended", "PH", "CN", False)),
    ("Congo suspends cobalt exports for four months", "", ("suspended", "CD", "*", False)),
    ("Indonesian government suspends nickel matte exports", "", ("suspended", "ID", "*", False)),
    ("Zimbabwe halts lithium concentrate exports", "", ("suspended", "ZW", "*", False)),
]

#: (title, summary, want): kind 2, a company granted, renewed or extended a permit.
PERMITS: list[Any] = [
    ("Miner wins export permit for copper concentrate", "", None),
    ("Freeport gets copper export licence extension", "", None),
    ("Amman Mineral secures permit to ship copper concentrate", "", None),
    ("Freeport Indonesia granted copper concentrate export permit extension", "", None),
    ("Vale receives licence to export nickel matte", "", None),
    ("Amman Mineral's copper export permit renewed until June", "", None),
    ("Nickel smelter obtains export licence for ferronickel", "", None),
    ("Copper miner awarded extended export permit", "", None),
    ("Gold refiner wins import licence after months of delay", "", None),
    (
        "Freeport wins extension of copper concentrate export permit",
        "The miner can ship 1.7 million tonnes until the end of the year.",
        None,
    ),
    ("Bauxite miner gets its export quota permit renewed", "", None),
    ("Tin smelter secures export licence renewal", "", None),
    # second batch, written after the change: other verbs and owners, a firm's permit revoked
    # (README: "the permit of a mine or a miner revoked" is no event), a government's grant
    ("Indonesian miner wins copper concentrate export permit", "", None),
    ("Refiner's cobalt import licence extended", "", None),
    ("Aluminium producer lands import licence for bauxite", "", None),
    ("Smelter's nickel export licence revoked by ministry", "", None),
    ("Zambia grants miner copper export licence", "", ("resuming", "ZM", "*", False)),
    # near misses: a government's rule on permits
    (
        "Indonesia requires export permits for copper concentrate",
        "",
        ("licensing", "ID", "*", False),
    ),
    (
        "Indonesia stops issuing copper concentrate export permits",
        "",
        ("suspended", "ID", "*", False),
    ),
    ("China requires export licences for gallium", "", ("licensing", "CN", "*", False)),
    (
        "Philippines renews Nickel Asia's ore export permit",
        "",
        ("resuming", "PH", "*", False),
    ),
]

#: (title, summary, want): kind 3, a measure ending, expiring or lapsing as subject.
ENDINGS: list[Any] = [
    ("Export tax on nickel ore ends in Indonesia", "", ("resuming", "ID", "*", False)),
    ("Steel safeguard duty expires", "", ("resuming", "*", "*", False)),
    ("EU's aluminium anti-dumping duties lapse", "", ("resuming", "*", "EU", False)),
    (
        "EU quota on Ukrainian steel comes to an end",
        "",
        ("resuming", "UA", "EU", False),
    ),
    ("India's export duty on iron ore expires", "", ("resuming", "IN", "*", False)),
    ("US tariffs on Canadian aluminium end", "", ("resuming", "CA", "US", False)),
    ("Philippine nickel ore export ban ends", "", ("resuming", "PH", "*", False)),
    ("China's gallium export controls expire", "", ("resuming", "CN", "*", False)),
    ("Zimbabwe's lithium export ban comes to an end", "", ("resuming", "ZW", "*", False)),
    (
        "Anti-dumping duties on Chinese aluminium foil lapse in Australia",
        "",
        ("resuming", "CN", "AU", False),
    ),
    ("Turkey's steel safeguard quota expires", "", ("resuming", "*", "TR", False)),
    (
        "Indonesian copper concentrate export levy ended on Sunday",
        "",
        ("resuming", "ID", "*", False),
    ),
    (
        "Copper export tax expires in Zambia",
        "Miners may now ship concentrate without the 10% levy.",
        ("resuming", "ZM", "*", False),
    ),
    ("Russia's nickel export duty expired on Jan. 1", "", ("resuming", "RU", "*", False)),
    # near misses: calls to end a measure, other things ending
    ("Miners call to end export tax on nickel ore", "", None),
    ("Calls grow to end US steel tariffs", "", None),
    ("Steel tariff talks end without deal", "", None),
    # second batch, written after the change: a suspension ending, a date, other subjects
    ("Suspension of steel duties ends", "", ("tariff", "*", "*", False)),
    (
        "Indonesia's nickel ore export tax to end next month",
        "",
        ("resuming", "ID", "*", False),
    ),
    ("EU steel safeguard ends on June 30", "", ("resuming", "*", "EU", False)),
    ("Copper rally ends as US tariffs bite", "", None),
    ("Steel tariff row ends at WTO", "", None),
    # an xfail until session 30 (a place after a span opened by "after" was read as another
    # clause's), read right since (``tui/engine/classifier_span_place.py``)
    (
        "Export ban on raw nickel ends after five years in Indonesia",
        "",
        ("resuming", "ID", "*", False),
    ),
]


@headline_cases(COMPANIES)
def test_a_company_named_after_a_place_or_a_metal_on_its_own_sales(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)


@headline_cases(PERMITS)
def test_a_company_granted_a_permit(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ENDINGS)
def test_a_measure_ending_as_subject(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
