"""Near misses of ``test_classifier_kinds_114.py``: non-measures near the paraphrased
measures (talks, a plan dropped or ruled out, a measure on goods that are no watched metal, a
market move, trade figures, a petition or a probe). Labelled no event before the engine read
them; the first-time counts are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` ``None`` (no event).
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): non-measures.
NEAR_MISSES: list[Any] = [
    ("US and Brazil hold talks on steel quota", "", None),
    ("Japanese and US officials to discuss steel tariffs next week", "", None),
    ("EU, Ukraine open talks on extending trade pact", "", None),
    ("Indonesia drops plan for nickel export tax", "", None),
    ("Zimbabwe shelves plan to ban lithium concentrate exports", "", None),
    ("Philippines rules out nickel ore export ban", "", None),
    ("India imposes anti-dumping duty on Chinese solar glass", "", None),
    ("EU extends anti-dumping duties on Chinese bicycles", "", None),
    ("Mexico raises tariffs on imported textiles and footwear", "", None),
    ("China restricts exports of drone parts", "", None),
    ("Canada imposes surtax on Chinese electric vehicles", "", None),
    ("Argentina cuts export taxes on soybeans", "", None),
    ("Switzerland adopts EU price cap on Russian oil", "", None),
    ("Aluminium hits two-year high on supply worries", "", None),
    ("Copper slips as dollar firms", "", None),
    ("Gold rises as investors weigh rate cuts", "", None),
    ("Nickel falls on Indonesian supply surge", "", None),
    ("Rupee firms as oil prices ease", "", None),
    ("Steel imports into EU rise 10% in first quarter", "", None),
    ("China's rare earth exports jump 20% in October", "", None),
    ("Turkey's gold imports fall in August", "", None),
    ("Chile's copper output rises 5% in September", "", None),
    ("Gallium prices soar outside China", "", None),
    ("India's IREL to boost rare earth output", "", None),
    ("US steel shares fall as Nucor misses earnings forecast", "", None),
    ("Korean steelmakers petition for anti-dumping probe into Chinese plate", "", None),
    ("South Africa's ITAC opens investigation into steel imports", "", None),
    ("Aluminium foil maker expands capacity in Vietnam", "", None),
    ("Congo cobalt miners meet regulator over export rules", "", None),
    ("Mexico renews tariffs on imported footwear", "", None),
]
