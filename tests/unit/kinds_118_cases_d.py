"""A fresh batch of ``test_classifier_kinds_118.py``: one paraphrase each of 20 more studied
measure rows (the next 20 of the same seeded draw, none paraphrased before), written after the
round's changes, some in the forms the round fixed (a measure weighed in the passive, goods that
"no longer face" a measure, an outlet's shorthand for a government). Labelled and committed
before the engine read them; the first reading is in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
The comment before each case names the studied row it paraphrases.
"""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): measures, each want the row's own label.
FRESH_MEASURES: list[Any] = [
    # rhd-098
    (
        "Commerce issues AD and CVD orders on Chinese aluminum wire and cable",
        "",
        ("tariff", "CN", "US", False, "aluminium", None),
    ),
    # rw-087
    (
        "Washington swaps tariffs on EU steel and aluminium for tariff-rate quota from January 1",
        "",
        ("quota", "EU", "US", False, "steel aluminium", None),
    ),
    # rh2-101
    (
        "Canberra denied exemption from 25 per cent U.S. steel and aluminium tariffs",
        "",
        ("tariff", "AU", "US", False, "steel aluminium", 25),
    ),
    # rhk-120
    (
        "Anti-dumping duty payable from January 1 on aluminium-zinc coated steel imported from Korea",
        "",
        ("tariff", "KR", "*", False, "steel", None),
    ),
    # rhk-119
    (
        "Restrictions imposed on imports of gold and silver, government says",
        "",
        ("licensing", "*", "*", False, "gold silver", None),
    ),
    # rh2-140
    (
        "Cairo imposes temporary fees on iron billets and steel rebar imports for 180 days",
        "",
        ("tariff", "*", "EG", False, "steel", None),
    ),
    # rhb-047
    (
        "Export licences for gallium and germanium granted to some Chinese firms, commerce ministry says",
        "",
        ("resuming", "CN", "*", False, "gallium germanium", None),
    ),
    # rhf-097
    (
        "Pakistan's FBR extends regulatory duty on flat steel products to March 31",
        "",
        ("tariff", "*", "PK", False, "steel", None),
    ),
    # rhd-128
    pytest.param(
        "Overhaul of steel tariffs is being considered by South Africa's Itac",
        "",
        ("tariff", "*", "ZA", True, "steel", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the passive's agent ('by South Africa's Itac') is not read as the importer",
        ),
    ),
    # rh-167
    (
        "New Delhi weighs export ban on lithium, beryllium, niobium and tantalum",
        "",
        ("suspended", "IN", "*", True, "lithium", None),
    ),
    # rhl-077
    (
        "Quality control orders on aluminium, copper and nickel sales take effect in India from December",
        "",
        ("licensing", "*", "IN", False, "aluminium copper nickel", None),
    ),
    # rw3-057
    (
        "WASHINGTON - Commerce sets preliminary anti-dumping deposits on aluminum extrusions from 14 countries",
        "",
        ("tariff", "*", "US", False, "aluminium", None),
    ),
    # rhd-046
    (
        "Copper imports into the US now face a 50 per cent tariff, Trump says",
        "",
        ("tariff", "*", "US", False, "copper", 50),
    ),
    # rho-096
    (
        "Antidumping duty order on Japanese nickel-plated steel continued by U.S.",
        "",
        ("tariff", "JP", "US", False, "steel", None),
    ),
    # rw2-099
    (
        "Russian iron and steel imports barred by London under new sanctions rules",
        "",
        ("suspended", "RU", "GB", False, "steel", None),
    ),
    # rhd-132
    (
        "Export duty of up to 15% on gold officially imposed by finance minister Purbaya",
        "",
        ("tariff", "*", "*", False, "gold", 15),
    ),
    # rhb-074
    (
        "Tokyo bans Russian gold imports in new sanctions",
        "",
        ("suspended", "RU", "JP", False, "gold", None),
    ),
    # rw-083
    pytest.param(
        "Beijing hits back at U.S. tariff hike, adds seven rare earths to export control list",
        "",
        ("licensing", "CN", "*", False, "rare-earths", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the measure answered ('hits back at U.S. tariff hike') is read, not the act after the comma",
        ),
    ),
    # rhb-054
    (
        "Britain bans Russian gold imports alongside US, Canada and Japan at G7",
        "",
        ("suspended", "RU", "GB", False, "gold", None),
    ),
    # rh-131
    (
        "Steel and aluminum from Canada, Mexico no longer face U.S. tariffs under deal",
        "",
        ("resuming", "CA", "US", False, "steel aluminium", None),
    ),
]
