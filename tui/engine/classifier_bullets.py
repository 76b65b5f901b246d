"""A wire's "Key points:" bullets scraped with no stop between them ("Key points:Trump raises
tariffs on steel and aluminium importsEgypt, Jordan bonds fall on Gaza uncertainty ..."): the
summary's first sentence runs the bullets together, so a country in a later bullet about
something else would be read as a side of the measure the first bullet tells. The corridor of
a finding read in such a sentence is read on the sentence cut at the end of the finding's own
bullet. The sentences themselves are left whole: which lede tells an act, and the learned
gate's reading of it, stay as they were.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_text import Finding, Text

#: The list's heading opening a summary.
_KEY_POINTS_RE = lazy(r"\s*key\s+points\s*:", re.IGNORECASE)
#: A bullet's end glued to the next one's capital: a word of three small letters or more, or a
#: figure's "%", then a capitalised word ("importsEgypt", "0.4%Hungary"; not "McDonald").
_BULLET_RE = lazy(r"(?:(?<=[a-z]{3})|(?<=\d%))(?=[A-Z][a-z])")


def bullet_source(source: Text, f: Finding, summary: str) -> Text:
    """``source`` (read from ``summary``) cut at the end of the bullet holding the finding's
    words, when ``summary`` opens a key-points list; ``source`` itself otherwise. The tokens
    before the cut keep their indexes (the finding's stay valid)."""
    text = source.text
    if not _KEY_POINTS_RE.match(summary):
        return source
    last = max(f.index, f.measure_at)
    if last >= len(source.toks):
        return source
    cut = _BULLET_RE.search(text, source.toks[last].start)
    if cut is None:
        return source
    return Text(text[: cut.start()], source.matcher, source.gaz)
