"""Measures of ``test_classifier_kinds_114.py`` (the first 30 rows): two paraphrases each of
studied measure rows the engine reads right, told in other outlets' styles. Labelled before the
engine read them; the first-time counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
The comment before each pair names the studied row it paraphrases.
"""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): measures, each want the row's own label.
MEASURES: list[Any] = [
    # rhb-094
    (
        "Trump vows to bring back steel and aluminum tariffs on Brazil and Argentina",
        "",
        ("tariff", "BR", "US", True, "steel aluminium", None),
    ),
    (
        "Washington's latest salvo at South American exporters",
        "U.S. President Donald Trump said on Monday he plans to restore tariffs on steel and aluminium from Brazil and Argentina, citing a devaluation of their currencies.",
        ("tariff", "BR", "US", True, "steel aluminium", None),
    ),
    # rh-155
    (
        "Beijing suspends some rare earth export curbs for a year",
        "",
        ("resuming", "CN", "*", False, "rare-earths", None),
    ),
    (
        "Rare earth export restrictions put on hold for one year by China",
        "",
        ("resuming", "CN", "*", False, "rare-earths", None),
    ),
    # rhf-037
    (
        "Mexico's 15% steel safeguard duty renewed for imports from non-FTA countries",
        "",
        ("tariff", "*", "MX", False, "steel", 15),
    ),
    (
        "Mexico City keeps fifteen percent safeguard tariff on imported steel",
        "",
        ("tariff", "*", "MX", False, "steel", 15),
    ),
    # rhx-115
    (
        "Steel safeguard quotas adjusted by Brussels after import bans",
        "",
        ("quota", "*", "EU", False, "steel", None),
    ),
    (
        "EU revisits its steel safeguard",
        "The European Commission has adjusted the import quotas of the steel safeguard following the recent import bans.",
        ("quota", "*", "EU", False, "steel", None),
    ),
    # rhl-031
    (
        "Anti-dumping duties on some steel products extended to Dec 15 by India",
        "",
        ("tariff", "*", "IN", False, "steel", None),
    ),
    (
        "New Delhi keeps anti-dumping duties on certain steel products until December 15",
        "",
        ("tariff", "*", "IN", False, "steel", None),
    ),
    # rw2-113
    (
        "Canada bars imports of Russian gold in sanctions amendment",
        "",
        ("suspended", "RU", "CA", False, "gold", None),
    ),
    (
        "Russian gold barred from Canadian market under amended sanctions",
        "",
        ("suspended", "RU", "CA", False, "gold", None),
    ),
    # rhj-111
    (
        "Brazilian slab exporters hit as U.S. tightens steel quota",
        "",
        ("quota", "BR", "US", False, "steel", None),
    ),
    ("U.S. cuts Brazil's steel slab quota", "", ("quota", "BR", "US", False, "steel", None)),
    # twe-011
    (
        "Trump says he will impose tariffs on steel and aluminium from Argentina and Brazil",
        "",
        ("tariff", "AR", "US", True, "steel aluminium", None),
    ),
    (
        "US steelmakers' shares rise as Trump vows tariffs on Argentine, Brazilian metals",
        "President Donald Trump said on Monday he would impose tariffs on steel and aluminium from Argentina and Brazil.",
        ("tariff", "AR", "US", True, "steel aluminium", None),
    ),
    # rh-101
    (
        "China scraps export tax rebates on aluminium and copper from December 1",
        "",
        ("tariff", "CN", "*", False, "aluminium copper", None),
    ),
    (
        "Beijing's finance ministry abolishes export tax rebates for aluminium and copper products",
        "",
        ("tariff", "CN", "*", False, "aluminium copper", None),
    ),
    # rhx-057
    (
        "White House urges USTR to raise Section 301 tariffs on Chinese steel and aluminium to 25%",
        "",
        ("tariff", "CN", "US", True, "steel aluminium", 25),
    ),
    (
        "Biden targets China's metals",
        "President Biden called on the U.S. Trade Representative to triple the Section 301 tariff on Chinese steel and aluminum products to 25%.",
        ("tariff", "CN", "US", True, "steel aluminium", 25),
    ),
    # rhu-102
    (
        "Anti-dumping duty on Chinese aluminium foil in rolls continued",
        "",
        ("tariff", "CN", "*", False, "aluminium", None),
    ),
    (
        "Aluminium foil from China to keep facing anti-dumping duty",
        "",
        ("tariff", "CN", "*", False, "aluminium", None),
    ),
    # rh-102
    (
        "Harare to ban lithium concentrate exports from January 2027",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Lithium concentrate exports to be banned by Zimbabwe from 2027",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    # rw-123
    (
        "Steel safeguard quotas extended by EU for two years to June 2026",
        "",
        ("quota", "*", "EU", False, "steel", None),
    ),
    (
        "Brussels keeps steel safeguard quotas in place until 2026",
        "",
        ("quota", "*", "EU", False, "steel", None),
    ),
    # rhx-007
    (
        "Argentina imposes provisional anti-dumping duties on Chinese aluminium tubes",
        "",
        ("tariff", "CN", "AR", False, "aluminium", None),
    ),
    (
        "Chinese aluminium tube exporters hit by Argentine provisional anti-dumping measures",
        "",
        ("tariff", "CN", "AR", False, "aluminium", None),
    ),
    # rhb-095
    (
        "Trump restores steel and aluminium tariffs on Brazil and Argentina with immediate effect",
        "",
        ("tariff", "BR", "US", False, "steel aluminium", None),
    ),
    (
        "Steel and aluminium from Brazil, Argentina hit with restored US tariffs",
        "",
        ("tariff", "BR", "US", False, "steel aluminium", None),
    ),
    # rh2-120
    (
        "India proposes retaliatory duties on US goods at WTO over steel and aluminium tariffs",
        "",
        ("tariff", "US", "IN", True, "steel aluminium", None),
    ),
    (
        "New Delhi proposes retaliatory tariffs on U.S. imports over steel, aluminium duties",
        "",
        ("tariff", "US", "IN", True, "steel aluminium", None),
    ),
    # rh-152
    (
        "Nickel export tax under consideration in Indonesia",
        "",
        ("tariff", "ID", "*", True, "nickel", None),
    ),
    (
        "Jakarta weighs levy on nickel exports this year",
        "",
        ("tariff", "ID", "*", True, "nickel", None),
    ),
    # rhf-046
    (
        "Canada confirms May 19 repeal of surtaxes on U.S. steel and aluminum",
        "",
        ("resuming", "US", "CA", False, "steel aluminium", None),
    ),
    (
        "U.S. steel and aluminium freed from Canadian surtaxes as of May 19",
        "",
        ("resuming", "US", "CA", False, "steel aluminium", None),
    ),
    # rw2-080
    (
        "India extends customs duty exemption on steel scrap by a year",
        "",
        ("resuming", "*", "IN", False, "steel", None),
    ),
    (
        "Steel scrap to stay duty-free in India for another year, Sitharaman says",
        "",
        ("resuming", "*", "IN", False, "steel", None),
    ),
    # rhu-033
    (
        "MOFCOM adjusts temporary export controls on graphite items",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "China revises its temporary graphite export control measures",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    # rhu-010
    ("Mexico slaps 25% import tariff on steel", "", ("tariff", "*", "MX", False, "steel", 25)),
    (
        "Steel imports into Mexico to face twenty-five percent tariff",
        "",
        ("tariff", "*", "MX", False, "steel", 25),
    ),
    # rhb-081
    (
        "Switzerland bans Russian gold imports in step with EU sanctions",
        "",
        ("suspended", "RU", "CH", False, "gold", None),
    ),
    (
        "Bern adopts EU sanctions, banning gold imports from Russia",
        "",
        ("suspended", "RU", "CH", False, "gold", None),
    ),
    # rw3-029
    (
        "EU extends tariff-free trade with Ukraine for another year, including steel",
        "",
        ("resuming", "UA", "EU", False, "steel", None),
    ),
    (
        "Ukrainian steel keeps duty-free access to EU for another year",
        "",
        ("resuming", "UA", "EU", False, "steel", None),
    ),
    # rh3-026
    (
        "EU to further cut steel safeguard quotas from April",
        "",
        ("quota", "*", "EU", False, "steel", None),
    ),
    (
        "Brussels tightens steel import quotas again as US tariffs divert supply",
        "",
        ("quota", "*", "EU", False, "steel", None),
    ),
    # rh2-068
    (
        "South Korea imposes anti-dumping duties of up to 34.1% on Chinese hot-rolled steel",
        "",
        ("tariff", "CN", "KR", False, "steel", 34.1),
    ),
    (
        "Seoul slaps up to 34.1% antidumping duties on hot-rolled steel from China",
        "",
        ("tariff", "CN", "KR", False, "steel", 34.1),
    ),
    # rhm-153
    (
        "Ministry launches monitoring system for steel imports",
        "",
        ("licensing", "*", "*", False, "steel", None),
    ),
    (
        "New steel import monitoring system goes live",
        "",
        ("licensing", "*", "*", False, "steel", None),
    ),
    # rh-112
    (
        "US imposes 50% tariff on semi-finished copper products",
        "",
        ("tariff", "*", "US", False, "copper", 50),
    ),
    (
        "Semi-finished copper imports hit with fifty percent U.S. tariff",
        "",
        ("tariff", "*", "US", False, "copper", 50),
    ),
    # rhd-120
    pytest.param(
        "India asks IREL to halt rare earth exports to Japan, report says",
        "",
        ("suspended", "IN", "JP", True, "rare-earths", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'asks' is read as lobbying (a request verb); a government asking its state-run firm to halt exports is an order, which only the asker being a government and the asked a firm tells",
        ),
    ),
    pytest.param(
        "New Delhi moves to suspend rare earth shipments to Japan: report",
        "",
        ("suspended", "IN", "JP", True, "rare-earths", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'moves to' is a plan only when the lede says so (STATUSES.md); with no lede the act reads decided. The label (proposed, as its row's) may be the one at odds",
        ),
    ),
    # rhc-061
    (
        "US expands Nicaragua sanctions to target gold sector",
        "",
        ("suspended", "NI", "US", False, "gold", None),
    ),
    (
        "Nicaragua's gold sector hit by new U.S. sanctions",
        "",
        ("suspended", "NI", "US", False, "gold", None),
    ),
    # rhx-055
    (
        "Aluminium prices jump as China scraps export tax rebates for aluminium and copper",
        "",
        ("tariff", "CN", "*", False, "aluminium copper", None),
    ),
    (
        "China's finance ministry to end export tax rebates on aluminium, copper from December 1",
        "",
        ("tariff", "CN", "*", False, "aluminium copper", None),
    ),
]
