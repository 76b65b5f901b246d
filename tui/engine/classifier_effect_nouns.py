"""A measure named for its effects: "Tau worried about US tariff impact on South African
products", "Miners assess copper export duty fallout".

A measure noun written as the modifier of a noun of its effects ("tariff impact", "duty
fallout", "ban toll") names the measure as the topic of its consequences: the title is about
what the measure does (worries, assessments, counts), and a lede telling the measure tells its
background, not news of it. A title whose own verb acts ("Seoul imposes duties ... to curb
dumping impact") or whose measure stands apart from the effect word ("Tariff hit: US raises
duties ...") is read as before. "blow", "shock" and "hit" are left out: "US tariff blow" and
"tariffs hit Chinese steel" are written of new measures too.
"""

from __future__ import annotations

from tui.engine.classifier_text import Finding, Text, measure_of

#: Nouns of a measure's effects, right after its noun.
_EFFECT_NOUNS = frozenset({"impact", "impacts", "effect", "effects", "fallout", "toll", "woes"})


def named_for_effects(t: Text, best: Finding | None) -> bool:
    """Whether the title ``t`` names a measure only as the modifier of its effects' noun, with
    no verb of its own acting (``best`` None or that bare noun)."""
    if best is not None and best.verb:
        return False
    if _EFFECT_NOUNS.isdisjoint(t.lows):  # each token's lower form: no effect noun, no tokens cut
        return False
    return any(
        measure_of(tk.low) and t.word(k + 1) in _EFFECT_NOUNS for k, tk in enumerate(t.toks[:-1])
    )
