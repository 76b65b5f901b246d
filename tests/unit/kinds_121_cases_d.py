"""Near misses of ``test_classifier_kinds_121.py``: news in the words of the three groups'
measures (rates, corridors, products, "silver lining", "iron out", "lead times", "Tin Can
Island") that is no measure: market and company news, trade figures, talks, a petition.
Labelled before the engine read them; the first-time counts are in that module's docstring.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): no event.
NEAR_MISSES: list[Any] = [
    ("Silver lining for steelmakers as demand recovers", "", None),
    ("Brazil and US iron out differences in talks over steel tariffs", "", None),
    ("Lead times for aluminium cans lengthen as demand soars", "", None),
    ("Tin Can Island port congestion delays copper shipments", "", None),
    ("Golden age for copper miners as prices hit record", "", None),
    ("Indonesia's nickel exports rise 15% despite ore export ban", "", None),
    ("China's steel exports to Japan and South Korea rise 10%", "", None),
    ("Lithium hydroxide prices fall 5% on weak demand", "", None),
    ("Steel pipe maker says US tariffs cost it $100 million", "", None),
    ("Chile's copper cathode output hits record", "", None),
    ("Rare-earth magnet maker to build plant in Texas", "", None),
    ("Zinc concentrate treatment charges rise to $80 per tonne", "", None),
    ("Ferronickel output at Philippine smelter halted by typhoon", "", None),
    ("EU steel industry asks Brussels for 50% tariff on Chinese imports", "", None),
    ("Gold refiners ship record volumes to Switzerland ahead of possible US duties", "", None),
]
