"""Near misses of ``test_classifier_kinds_118.py``: non-measures in the words of the
paraphrased measures (a plan dropped, shelved, denied or ruled out, a question, a threat or a
measure told as commentary or opinion, an industry's request, talks). Labelled no event before
the engine read them; the first-time counts are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` ``None`` (no event).
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): non-measures.
NEAR_MISSES: list[Any] = [
    ("Government drops plan to ban lithium concentrate exports by 2027", "", None),
    ("Will India tighten import restrictions on Thai silver jewellery?", "", None),
    ("Kyrgyzstan scraps idea of banning gold ore exports", "", None),
    ("Should the Philippines tax nickel ore exports? Analysts are split", "", None),
    ("Russia rules out abolishing gold export duty", "", None),
    ("Could Biden really triple tariffs on Chinese steel? Economists doubt it", "", None),
    ("Columnist: Trump's tariff threat against Brazilian steel is mostly bluster", "", None),
    ("Is China about to halt rare earth exports?", "", None),
    ("Indonesia denies plan to ban tin exports", "", None),
    ("Congo cobalt miners ask government to lift export ban", "", None),
    ("Egypt shelves plan for duties on iron billets and steel rebar", "", None),
    ("Australia won't ban Russian gold imports yet, PM says", "", None),
    ("Japan drops proposal to ban steel exports to Russia", "", None),
    ("Philippines backs away from nickel ore export ban plan", "", None),
    ("What a US tariff on gold bars would mean for Swiss refiners", "", None),
    ("Thailand's anti-dumping duties on Vietnamese steel: will they be extended?", "", None),
    ("Brussels denies it will tighten steel import quotas", "", None),
    ("Steel importers urge India to scrap online registration plan", "", None),
    ("Opinion: tariffs on Chinese aluminium would hurt American manufacturers", "", None),
    ("Canada says no decision yet on surtax for Chinese steel", "", None),
    ("Is the EU about to cut steel safeguard quotas?", "", None),
    ("Indonesia says it has no plans to restrict copper concentrate exports", "", None),
    ("Mexico will not reimpose retaliatory tariffs on U.S. steel, minister says", "", None),
    ("Beijing shelves plan to tighten graphite export permits", "", None),
    ("South Africa's Itac denies a revamp of steel tariffs is on the cards", "", None),
    ("Will Washington lift metal tariffs on Canada and Mexico? Talks drag on", "", None),
    ("Congo regulator holds talks with miners over cobalt quota system", "", None),
    ("UK has no plans to bar Russian steel imports, minister says", "", None),
    ("Analysts doubt Trump will follow through on gold bar tariff threat", "", None),
    ("Trump's tariff threats against Brazil are a negotiating tactic, advisers say", "", None),
]
