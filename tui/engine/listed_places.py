"""The other countries a title lists beside its measure's exporter or importer.

"US slaps steel, aluminum tariffs on Canada, Mexico and EU" is one measure on three exporters;
the classifier reads one corridor (the first named, as the labelled sets do: CA -> US). The
board needs all three: :func:`also_corridors` reads the places named in one list with the
event's side ("Canada, Mexico and EU": separated by commas or "and" alone, nothing else
between), from the title only, and gives the corridors they add. The headline's own event is
unchanged; the board gives each added corridor the same evidence.
"""

from __future__ import annotations

import re

from tui.core.gazetteer import Gazetteer
from tui.core.lazy_re import lazy
from tui.core.models import PolicyEvent

#: What may stand between two places of one list: a comma, "and", "&", or both.
_BETWEEN = lazy(r"\s*(?:,\s*(?:and\s+|&\s*)?|\s(?:and|&)\s)\s*$|^\s*(?:,|and|&)\s*$", re.I)


def also_corridors(
    title: str, event: PolicyEvent, gazetteer: Gazetteer
) -> tuple[tuple[str, str], ...]:
    """The (origin, destination) corridors the title's lists add to ``event``'s, or ()."""
    hits = gazetteer.find(title) if title else []
    origins = _listed(title, hits, event.origin, gazetteer) if event.origin != "*" else []
    destinations = (
        _listed(title, hits, event.destination, gazetteer) if event.destination != "*" else []
    )
    if event.destination in origins or event.origin in destinations:
        return ()  # both sides in one list ("US, Canada and Mexico reach deal"): the parties
    out = [(c, event.destination) for c in origins] + [(event.origin, c) for c in destinations]
    return tuple(dict.fromkeys(out))


def _listed(
    title: str, hits: list[tuple[str, int, int, str]], code: str, gazetteer: Gazetteer
) -> list[str]:
    """The other places of the list ``code``'s first mention stands in."""
    at = next((k for k, h in enumerate(hits) if h[0] == code), None)
    if at is None:
        return []
    run = [at]
    for step in (-1, 1):  # the list around it, both ways
        k = at
        while 0 <= k + step < len(hits):
            a, b = (hits[k + step], hits[k]) if step < 0 else (hits[k], hits[k + step])
            if not _BETWEEN.match(title[a[2] : b[1]]):
                break
            if gazetteer.is_demonym(hits[k + step][3]):
                break  # "Canadian, Mexican steel": adjectives, read by the classifier itself
            k += step
            run.append(k)
    return [c for c in dict.fromkeys(hits[k][0] for k in sorted(run)) if c not in (code, "*")]
