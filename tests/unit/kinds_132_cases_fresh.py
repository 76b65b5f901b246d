"""A fresh batch of ``test_classifier_kinds_132.py``'s kinds, written after the engine's changes
for them: other countries, metals and wordings, and near misses the changes could take wrongly
(a firm let keep exporting duty-free, the importer's own possessive after "applies to", a
storm's "after", a restart "after" a date). Labelled and committed before the engine read them;
the first reading is in that module's docstring. Labels follow the tests' watch list
(``test_classifier.METALS``) and docs/STATUSES.md.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

FRESH: list[Any] = [
    (
        "UK lets Norway keep exporting aluminium tariff-free",
        "",
        ("resuming", "NO", "GB", False, "aluminium", None),
    ),
    (
        "Mexico allows Brazil to continue shipping steel free of duty",
        "",
        ("resuming", "BR", "MX", False, "steel", None),
    ),
    ("Indonesia lets Antam keep exporting nickel ore duty-free", "", None),
    (
        "Thailand raises import duty on tin",
        "The duty applies to Myanmar's tin ore.",
        ("tariff", "MM", "TH", False, "tin", None),
    ),
    (
        "Vietnam cuts import tariff on copper",
        "The cut applies to Vietnam's copper cathode imports.",
        ("resuming", "*", "VN", False, "copper", None),
    ),
    (
        "Lithium ore shipments will not be allowed after December, Namibia says",
        "",
        ("suspended", "NA", "*", False, "lithium", None),
    ),
    ("Nickel shipments will not be allowed after Monday's storm, port says", "", None),
    (
        "Tin exports to resume after June 1, Indonesia says",
        "",
        ("resuming", "ID", "*", False, "tin", None),
    ),
    (
        "Ghana keeps gold export levy unchanged at 3%",
        "",
        ("tariff", "GH", "*", False, "gold", 3),
    ),
]
