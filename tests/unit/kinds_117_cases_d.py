"""Measures of ``test_classifier_kinds_117.py``: two paraphrases each of 20 studied measure rows the
engine reads right on every field, in other outlets' styles. Labelled (each the row's own label)
before the engine read them; the first-time counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
The comment before each pair names the studied row it paraphrases.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): measures, each want the row's own label.
MEASURES: list[Any] = [
    # rhb-128
    (
        "China approves general export licences for some rare earth exporters",
        "",
        ("resuming", "CN", "*", False, "rare-earths", None),
    ),
    (
        "MOFCOM grants general rare earth export licences after months of tight controls",
        "",
        ("resuming", "CN", "*", False, "rare-earths", None),
    ),
    # rhf-045
    (
        "Venezuela's state gold miner Minerven blacklisted by US",
        "",
        ("suspended", "VE", "US", False, "gold", None),
    ),
    (
        "Treasury sanctions Minerven, Venezuela's state-owned gold mining company",
        "",
        ("suspended", "VE", "US", False, "gold", None),
    ),
    # rh4-028
    (
        "Egypt starts collecting temporary protection fees on steel rebar and iron billets",
        "",
        ("tariff", "*", "EG", False, "steel", None),
    ),
    (
        "Steel rebar, iron billets hit by Egyptian temporary protection fees",
        "",
        ("tariff", "*", "EG", False, "steel", None),
    ),
    # rh-165
    (
        "Indonesia keeps nickel ore export ban in place",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Ban on nickel ore exports stays, Indonesian official says",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    # rh2-072
    (
        "Britain plans to ban imports of Russian copper, aluminium and nickel",
        "",
        ("suspended", "RU", "GB", True, "copper aluminium nickel", None),
    ),
    (
        "UK to bar Russian copper, aluminium, nickel imports in new sanctions",
        "",
        ("suspended", "RU", "GB", True, "copper aluminium nickel", None),
    ),
    # rw2-066
    (
        "Japanese stainless steel billets, hot-rolled plates face Chinese anti-dumping duties",
        "",
        ("tariff", "JP", "CN", False, "steel", None),
    ),
    (
        "Beijing imposes AD duties on stainless steel from Japan",
        "",
        ("tariff", "JP", "CN", False, "steel", None),
    ),
    # rw-075
    (
        "EU Commission proposes cutting steel import quotas by almost half, 50% out-of-quota tariff",
        "",
        ("quota", "*", "EU", True, "steel", 50),
    ),
    (
        "Steel quotas to be halved under Commission proposal, with 50% tariff above them",
        "",
        ("quota", "*", "EU", True, "steel", 50),
    ),
    # rhk-163
    (
        "China issues small batch of copper, aluminium scrap import quotas",
        "",
        ("quota", "*", "CN", False, "copper aluminium", None),
    ),
    (
        "Minimal scrap import quotas for copper and aluminium released by China",
        "",
        ("quota", "*", "CN", False, "copper aluminium", None),
    ),
    # rhb-144
    (
        "Section 232 steel, aluminium tariffs extended to 407 more products",
        "",
        ("tariff", "*", "US", False, "steel aluminium", None),
    ),
    (
        "Commerce adds 407 product categories to steel and aluminum tariffs",
        "",
        ("tariff", "*", "US", False, "steel aluminium", None),
    ),
    # rw2-112
    (
        "Trump says he will put 50% tariff on imported copper; Comex hits record",
        "",
        ("tariff", "*", "US", True, "copper", 50),
    ),
    (
        "Copper futures at record as Trump plans 50% import tariff",
        "",
        ("tariff", "*", "US", True, "copper", 50),
    ),
    # rhn-163
    (
        "EU prior surveillance of aluminium and steel imports to end",
        "",
        ("resuming", "*", "EU", False, "aluminium steel", None),
    ),
    (
        "Prior surveillance on steel, aluminium imports expires on Friday, Commission says",
        "",
        ("resuming", "*", "EU", False, "aluminium steel", None),
    ),
    # rhj-099
    (
        "China to control exports of gallium and germanium from August 1",
        "",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    (
        "Gallium, germanium exports made subject to Chinese controls",
        "",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    # rh2-070
    (
        "Freeport, Amman to get Indonesian copper concentrate export permits",
        "",
        ("resuming", "ID", "*", False, "copper", None),
    ),
    (
        "Indonesia will grant copper export permits to Freeport Indonesia and Amman Mineral",
        "",
        ("resuming", "ID", "*", False, "copper", None),
    ),
    # rw2-139
    (
        "US starts aluminium import licensing",
        "",
        ("licensing", "*", "US", False, "aluminium", None),
    ),
    (
        "Commerce Department rolls out aluminum import licence requirement",
        "",
        ("licensing", "*", "US", False, "aluminium", None),
    ),
    # rhu-040
    (
        "Trade Remedies Authority proposes two-year extension of UK steel safeguard",
        "",
        ("quota", "*", "GB", True, "steel", None),
    ),
    (
        "UK steel safeguard should run to 2026, TRA recommends",
        "",
        ("quota", "*", "GB", True, "steel", None),
    ),
    # rhj-143
    (
        "US reimposes 10% tariff on Canadian aluminium from Aug. 16",
        "",
        ("tariff", "CA", "US", False, "aluminium", 10),
    ),
    (
        "Canadian aluminum hit again by 10% Section 232 tariff",
        "",
        ("tariff", "CA", "US", False, "aluminium", 10),
    ),
    # rhe-152
    (
        "Record US copper prices as Trump proposes 50% tariff on imports",
        "",
        ("tariff", "*", "US", True, "copper", 50),
    ),
    (
        "Trump's proposed 50% copper import tariff sends Comex to a record",
        "",
        ("tariff", "*", "US", True, "copper", 50),
    ),
    # rw2-129
    (
        "US set to bring back aluminium tariffs on Canada, sources say",
        "",
        ("tariff", "CA", "US", True, "aluminium", None),
    ),
    (
        "Sources: Washington to reimpose tariffs on Canadian aluminum",
        "",
        ("tariff", "CA", "US", True, "aluminium", None),
    ),
    # rhf-118
    (
        "Iran caps long steel exports at 25% of production",
        "",
        ("quota", "IR", "*", False, "steel", None),
    ),
    (
        "New Iranian restriction limits volumes of long steel that may be exported",
        "",
        ("quota", "IR", "*", False, "steel", None),
    ),
    # rhb-094
    (
        "Trump says US will restore steel, aluminium tariffs on Brazil and Argentina",
        "",
        ("tariff", "BR", "US", True, "steel aluminium", None),
    ),
    (
        "Brazil, Argentina steel and aluminum to face restored US tariffs, Trump announces",
        "",
        ("tariff", "BR", "US", True, "steel aluminium", None),
    ),
]
