"""A fresh batch of ``test_classifier_kinds_122.py``'s three kinds, written after the engine's
changes for them: other firms, countries and metals, other verbs and word orders, and near
misses the changes could take wrongly (a metal spared beside a "metals" measure, a firm
shutting the door on a deal). Labelled and committed before the engine read them; the first
reading is in that module's docstring. Labels follow the tests' watch list
(``test_classifier.METALS``).

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): owners' votes, "metals" measures, markets shut, near misses.
FRESH: list[Any] = [
    (
        "Korea Zinc investors vote to approve sale of Australian nickel unit",
        "SEOUL, Sept 2 (Yonhap) - Korea Zinc shareholders on Tuesday voted to approve the sale of its Australian nickel subsidiary to a U.S. fund.",
        None,
    ),
    (
        "Teck holders approve coal unit sale to Glencore",
        "VANCOUVER, Sept 26 (Reuters) - Teck Resources shareholders approved the sale of its steelmaking coal business to Glencore, leaving the miner focused on copper and zinc.",
        None,
    ),
    (
        "Arconic stockholders approve $5.2 billion buyout by Apollo",
        "PITTSBURGH, May 25 (Reuters) - Arconic stockholders voted to approve the aluminum products maker's sale to Apollo Global Management.",
        None,
    ),
    (
        "China's cabinet approves resumption of gallium exports to U.S.",
        "BEIJING, Nov 9 (Xinhua) - China's State Council approved the resumption of gallium and germanium exports to the United States, suspending a ban imposed last year.",
        ("resuming", "CN", "US", False, "gallium germanium", None),
    ),
    (
        "Shareholders fret as Jakarta approves nickel ore export ban",
        "JAKARTA, Aug 30 (Reuters) - Indonesia's government approved a ban on nickel ore exports from January, sending miners' shares lower.",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    pytest.param(
        "Brazil lifts metals import tariffs, raises steel rate to 25%",
        "BRASILIA, May 21 (Reuters) - Brazil raised import tariffs on steel to 25% and set a 25% tariff on copper products, the trade chamber Gecex said.",
        ("tariff", "*", "BR", False, "copper steel", 25),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'lifts ... tariffs' first in the title reads as a release (its usual sense); "
            "only the second clause and the lede say raised (metals read right: copper, steel)",
        ),
    ),
    (
        "UK imposes metals sanctions, bans Russian copper imports",
        "LONDON, Feb 15 (PA) - Britain banned imports of Russian copper, aluminium and nickel, the government said.",
        ("suspended", "RU", "GB", False, "copper aluminium nickel", None),
    ),
    (
        "Malaysia bans metals ore exports, starting with tin",
        "KUALA LUMPUR, Jan 10 (Bernama) - Malaysia will ban exports of raw tin ore from next month and extend the ban to iron ore in July, the government said.",
        ("suspended", "MY", "*", False, "tin iron-ore", None),
    ),
    (
        "India lifts aluminium duty to 10%; metals stocks rise",
        "NEW DELHI, Feb 1 (PTI) - India raised the import duty on aluminium to 10%, sending shares of copper and zinc miners higher.",
        ("tariff", "*", "IN", False, "aluminium", 10),
    ),
    (
        "US widens metals tariffs to copper at 50%",
        "WASHINGTON, July 30 (AP) - The United States set a 50% tariff on semi-finished copper products from Aug. 1, exempting nickel and cobalt.",
        ("tariff", "*", "US", False, "copper", 50),
    ),
    (
        "Norway closes its market to Russian aluminium",
        "OSLO, April 5 (Reuters) - Norway said it would ban imports of Russian aluminium in line with EU sanctions.",
        ("suspended", "RU", "NO", False, "aluminium", None),
    ),
    (
        "New Zealand shuts door on Russian gold imports",
        "",
        ("suspended", "RU", "NZ", False, "gold", None),
    ),
    (
        "Switzerland closes markets to Russian gold, steel",
        "",
        ("suspended", "RU", "CH", False, "gold steel", None),
    ),
    (
        "Washington shuts U.S. market to Venezuelan gold",
        "",
        ("suspended", "VE", "US", False, "gold", None),
    ),
    (
        "Canada slams door on Russian steel, aluminium",
        "",
        ("suspended", "RU", "CA", False, "aluminium steel", None),
    ),
    (
        "Nickel market shut to new buyers after LME halt",
        "",
        None,
    ),
    (
        "Chinese steelmakers close the door on price cuts",
        "",
        None,
    ),
    (
        "Gold market closes at record high as dollar slides",
        "",
        None,
    ),
    (
        "Glencore shuts door on sale of Kazakh zinc unit",
        "",
        None,
    ),
]
