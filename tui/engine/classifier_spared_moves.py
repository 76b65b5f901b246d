"""A market move on an exemption for a named country ("BlueScope gains on potential tariff
exemption for Australia", "Posco rises on possible US tariff exemption for South Korea"): the
country spared is the news, a release of the measure on its goods (README "Trade-policy
statuses": a country spared from another's measure), not a move with a measure's noun as its
cause. Hopes of an exemption stay a market moved by hopes (:mod:`tui.engine.classifier_vetoes`
asks the hope check first), and an exemption with no country named stays market news.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text


def spared_move(t: Text, best: Finding) -> bool:
    """Whether the finding is an exemption "for" a place, the cause of a market move."""
    if not best.rule.startswith("release"):
        return False
    for at in (best.index, best.at):
        if at is not None and t.word(at) in R.EXEMPTION_NOUNS and t.word(at + 1) == "for":
            return at + 2 < len(t.toks) and t.place_at[at + 2] is not None
    return False


def spared_corridor(
    t: Text, source: Text, lede: Text | None, origin: str, destination: str
) -> tuple[str, str]:
    """(origin, destination) of a release whose title names an exemption "for" a place: that
    place's goods are spared, so it is the origin, and the measure is another place's, the
    first other place the title, the text read or the lede names ("Seoul said Washington is considering
    exempting South Korea ...": the US); the corridor read, otherwise."""
    spared = next(
        (
            t.places[pi][0]
            for k, tk in enumerate(t.toks)
            if tk.low in R.EXEMPTION_NOUNS
            and t.word(k + 1) == "for"
            and (pi := t.place_at[k + 2] if k + 2 < len(t.toks) else None) is not None
        ),
        None,
    )
    if spared is None or (origin == spared and destination not in ("*", spared)):
        return origin, destination
    if destination in ("*", spared):
        destination = next(
            (p[0] for x in (t, source, lede) if x is not None for p in x.places if p[0] != spared),
            destination,
        )
    return spared, destination
