"""Measures of ``test_classifier_kinds_113.py``: two paraphrases each of 20 studied measure rows
the engine reads right, near misses to the false events' fixes. Labelled before the engine
read them; the first-time counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
The comment before each pair names the studied row it paraphrases.
"""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): measures, each want the row's own label.
MEASURES: list[Any] = [
    # rw-037
    (
        "Proclamation exempts UK steel, keeping its US tariff at 25%",
        "",
        ("tariff", "GB", "US", False, "steel", 25),
    ),
    (
        "British steel to stay at 25% US tariff under proclamation's exemption",
        "",
        ("tariff", "GB", "US", False, "steel", 25),
    ),
    # rhd-014
    (
        "Burkina Faso halts exports of artisanal gold",
        "",
        ("suspended", "BF", "*", False, "gold", None),
    ),
    (
        "Artisanal gold exports banned by Burkina Faso's government",
        "",
        ("suspended", "BF", "*", False, "gold", None),
    ),
    # rhe-094
    (
        "MOFCOM: graphite export applications approved under new control regime",
        "",
        ("resuming", "CN", "*", False, "graphite", None),
    ),
    (
        "China grants first graphite export permits under revised controls",
        "",
        ("resuming", "CN", "*", False, "graphite", None),
    ),
    # rhc-069
    (
        "US begins requiring import licences for aluminium",
        "",
        ("licensing", "*", "US", False, "aluminium", None),
    ),
    (
        "Aluminium importers into the US now need licences under Commerce monitoring system",
        "",
        ("licensing", "*", "US", False, "aluminium", None),
    ),
    # rh-005
    (
        "First gallium and germanium export licences granted by Beijing",
        "",
        ("resuming", "CN", "*", False, "gallium germanium", None),
    ),
    (
        "China clears first gallium, germanium export shipments under control regime",
        "",
        ("resuming", "CN", "*", False, "gallium germanium", None),
    ),
    # rho-078
    pytest.param(
        "EU loses exemption as Trump extends steel, aluminium tariffs to all imports",
        "",
        ("tariff", "EU", "US", False, "steel aluminium", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the place losing its exemption is the subject of a clause before 'as', the measure's verb after it; the flow is read from the measure's clause (all imports), as in test_classifier_kinds_106.py",
        ),
    ),
    (
        "Trump scraps EU's exemption from steel and aluminium tariffs",
        "",
        ("tariff", "EU", "US", False, "steel aluminium", None),
    ),
    # nin-001
    (
        "Mexico slaps preliminary dumping duties on aluminium foil from China",
        "",
        ("tariff", "CN", "MX", False, "aluminium", None),
    ),
    (
        "Chinese aluminium foil hit with Mexican anti-dumping duties",
        "",
        ("tariff", "CN", "MX", False, "aluminium", None),
    ),
    # rhn-153
    pytest.param(
        "EU set to cut steel import quotas and lift out-of-quota tariff",
        "",
        ("quota", "*", "EU", True, "steel", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'lift' before a tariff is read as lifting it (a release); here it means raising it, which only the pairing with a cut of quotas tells",
        ),
    ),
    (
        "Brussels plans deep cut to steel import quotas",
        "",
        ("quota", "*", "EU", True, "steel", None),
    ),
    # rh2-032
    ("Congo lifts 10-month cobalt export ban", "", ("resuming", "CD", "*", False, "cobalt", None)),
    (
        "Cobalt exports from DR Congo restart after ban ends",
        "",
        ("resuming", "CD", "*", False, "cobalt", None),
    ),
    # rhd-040
    (
        "Chile sets provisional duty on steel from China",
        "",
        ("tariff", "CN", "CL", False, "steel", None),
    ),
    (
        "Chinese steel hit by temporary Chilean import tariff",
        "",
        ("tariff", "CN", "CL", False, "steel", None),
    ),
    # rhf-081
    (
        "EU sets anti-dumping duties of up to 62.3% on Chinese tinplate steel",
        "",
        ("tariff", "CN", "EU", False, "steel", 62.3),
    ),
    (
        "Chinese tin-plated steel faces EU anti-dumping duties as high as 62.3%",
        "",
        ("tariff", "CN", "EU", False, "steel", 62.3),
    ),
    # rhj-141
    (
        "EU proposes smaller annual increase in steel safeguard quotas",
        "",
        ("quota", "*", "EU", True, "steel", None),
    ),
    (
        "Commission proposes cap on per-country share of hot-rolled steel safeguard quota",
        "",
        ("quota", "*", "EU", True, "steel", None),
    ),
    # rw3-011
    (
        "EU imposes definitive duties on Chinese aluminium rolled products",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "Definitive EU anti-dumping duties land on aluminium flat-rolled products from China",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    # rhx-124
    pytest.param(
        "Some Chinese firms granted gallium, germanium export licences",
        "",
        ("resuming", "CN", "*", False, "gallium germanium", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="firms as the subject of 'granted' read as a firm winning its own permit (test_classifier_kinds_108.py's kind), though the grant is the government's",
        ),
    ),
    (
        "Export licences for gallium and germanium issued to some Chinese companies, ministry says",
        "",
        ("resuming", "CN", "*", False, "gallium germanium", None),
    ),
    # rhl-179
    (
        "Safeguard duty imposed on non-alloy and alloy steel flat products",
        "",
        ("tariff", "*", "*", False, "steel", None),
    ),
    (
        "Notice: safeguard duty on imports of flat-rolled alloy and non-alloy steel",
        "",
        ("tariff", "*", "*", False, "steel", None),
    ),
    # rhb-052
    (
        "India imposes export duties on steel products and iron ore",
        "",
        ("tariff", "IN", "*", False, "steel iron-ore", None),
    ),
    (
        "Iron ore, steel exports hit by new Indian export duties",
        "",
        ("tariff", "IN", "*", False, "steel iron-ore", None),
    ),
    # rh-140
    (
        "US slaps 200% tariff on Russian aluminium",
        "",
        ("tariff", "RU", "US", False, "aluminium", 200),
    ),
    (
        "Russian aluminium now faces 200% US import tariff",
        "",
        ("tariff", "RU", "US", False, "aluminium", 200),
    ),
    # rhf-093
    (
        "Ghana bars raw lithium exports under first lithium deal",
        "",
        ("suspended", "GH", "*", False, "lithium", None),
    ),
    pytest.param(
        "Raw lithium export ban written into Ghana's new mining lease",
        "",
        ("suspended", "GH", "*", False, "lithium", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the ban's owner is named after it, as the possessive in the clause the ban is 'written into'; a place after an export measure is read as its destination",
        ),
    ),
    # rhf-030
    (
        "Saudi Arabia plans to raise steel import duties to WTO bound rates",
        "",
        ("tariff", "*", "SA", True, "steel", None),
    ),
    (
        "Steel imports into Saudi Arabia set for higher customs duties under plan",
        "",
        ("tariff", "*", "SA", True, "steel", None),
    ),
    # rhk-121
    (
        "China to restrict graphite exports from December",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Graphite exports from China to require permits from December",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
]
