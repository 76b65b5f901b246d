"""Another measure named as context: what a background clause does not give the main measure.

"In retaliation against EU steel quotas, India raises tariffs on ...", "Like Canada's steel
quota system, Mexico imposes ...", "... on Chinese steel, which already faces EU quotas": the
clause names another measure as the story's context. Besides the openings and clauses that
:func:`tui.engine.classifier_read.background_mask` knows ("after", "amid", "in response to"),
this module reads the phrases that open such a clause (:func:`context_at`), and what such a
clause may not give the main measure: its quota words (:func:`own_quota`, read by
``measure_form``) nor its metals (:func:`context_metals`). Either counts when the main clause
has no measure of its own (the finding itself stands in the background).
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_after_date import date_at
from tui.engine.classifier_caused import countered_end, fronted_clause_end
from tui.engine.classifier_effects import kept_metals
from tui.engine.classifier_outlooks import PREMISE_OPENERS, premise_at
from tui.engine.classifier_set_apart import set_apart_metals
from tui.engine.classifier_sidelines import other_goods_named
from tui.engine.classifier_span_place import duration_at
from tui.engine.classifier_spans import first_overlaps
from tui.engine.classifier_text import Finding, Text, base_word, measure_of

#: Phrases that open a clause of context at the start of a text ("Like Canada's quotas, ...",
#: "Hit by US tariffs, ...", "On top of existing quotas, ...").
_OPENING = (
    ("like",),
    ("unlike",),
    ("hit", "by"),
    ("stung", "by"),
    ("reeling", "from"),
    ("on", "top", "of"),
    ("already", "reeling", "from"),
)
#: Phrases that open a clause of context inside a text ("... on top of existing quotas",
#: "..., which already faces EU quotas", "..., already reeling from US tariffs, ...").
_INSIDE = (
    ("on", "top", "of"),
    ("which", "already"),
    ("already", "reeling", "from"),
    ("reeling", "from"),
    ("already", "hit", "by"),
)


#: A lede sentence that names an earlier measure as the move's background ("The move follows
#: US quotas on Canadian steel and aluminium", "It comes after Beijing's export ban").
_BACKGROUND_SENTENCE_RE = lazy(
    r"^\s*(?:the|this|that|it)\s+(?:\w+\s+)?(?:follows|followed|comes?\s+(?:after|amid)"
    r"|came\s+(?:after|amid))\b",
    re.IGNORECASE,
)


def background_sentence(sent: str) -> bool:
    """A lede sentence about the measure's background: its metals are not the measure's."""
    return _BACKGROUND_SENTENCE_RE.match(sent) is not None


def _at(t: Text, i: int, phrase: tuple[str, ...]) -> bool:
    return all(t.word(i + k) == w for k, w in enumerate(phrase))


#: The first words of those phrases: most tokens open none, and are passed over at once.
_FIRST = frozenset(p[0] for p in (*_OPENING, *_INSIDE))


def context_at(t: Text, i: int) -> bool:
    """Token ``i`` opens a clause of context: at the start, one of :data:`_OPENING` closed by
    a comma; inside, one of :data:`_INSIDE` followed by a measure word."""
    if i >= len(t.lows) or t.lows[i] not in _FIRST:
        return False
    if i == 0:
        return any(_at(t, 0, p) for p in _OPENING) and "," in t.lows
    if t.word(i - 1) in ("already",) or not any(_at(t, i, p) for p in _INSIDE):
        return False
    return any(measure_of(w) for w in t.lows[i : i + 8])


def context_end(t: Text, i: int) -> int:
    """Where a clause of context opened inside a text at ``i`` ends: its comma, or the end."""
    return next((j for j in range(i + 1, len(t.toks)) if t.lows[j] in (",", ";", "|")), len(t.toks))


def background_mask(t: Text) -> list[bool]:
    """Per token: inside a background clause ("after ...", "in response to ..."). Found once
    per text (a text's tokens never change) and handed out as a new list each time: a reader
    may change its copy (``read_text`` marks purpose clauses in its own)."""
    mask = t.memo.get("background")
    if mask is None:
        mask = t.memo["background"] = _background_mask(t)
    return list(mask)


def _background_mask(t: Text) -> list[bool]:
    toks = t.toks
    n = len(toks)
    mask = [False] * n
    if fronted := fronted_clause_end(t):  # "Fearing a flood after US duties, Brazil ..."
        mask[: fronted + 1] = [True] * (fronted + 1)
    for i, tok in enumerate(toks):
        if i <= fronted and fronted:
            continue
        response = tok.low in ("in", "as") and t.word(i + 1) in R.RESPONSE_WORDS
        if i == 0 and (tok.low in R.BACKGROUND_MARKERS or response or context_at(t, 0)):
            # "After talks with Beijing, Jakarta ...", "In retaliation for US tariffs, Turkey
            # raises ...": the opening clause ends at the comma
            end = next((j for j in range(1, n) if toks[j].low == ","), 0)
            if end:
                mask[: end + 1] = [True] * (end + 1)
                continue
        # each reader below answers nothing at a word it does not start at: asked only there
        low = tok.low
        if (
            i
            and (low in PREMISE_OPENERS or low == "to")
            and (end := premise_at(t, i) or countered_end(t, i))
        ):  # "..., to lift them once US drops its duties"
            mask[i:end] = [True] * (end - i)
            continue
        if low in ("after", "following") and duration_at(t, i):
            continue  # "ends after five years in Indonesia": how long it ran, no clause
        if low == "after" and i and date_at(t, i):
            continue  # "... not be allowed after June 1, Guinea says": when it starts
        if (
            (low in R.BACKGROUND_MARKERS and i > 0)
            or response
            or (low in _FIRST and context_at(t, i))
        ):
            end = next((j for j in range(i, n) if toks[j].low in (";", "|")), n)
            end = context_end(t, i) if i and context_at(t, i) else end
            mask[i:end] = [True] * (end - i)
    return mask


def _main(source: Text, f: Finding, bg: list[bool] | None) -> list[bool]:
    """Per token: in the main clause (everywhere when the finding stands in the background)."""
    if not bg or len(bg) != len(source.toks) or bg[f.index]:
        return [True] * len(source.toks)
    return [not b for b in bg]


def quota_near(t: Text, i: int) -> bool:
    """A quota word within six words of the tariff noun at ``i`` ("steel quotas and tariffs",
    "out-of-quota tariff": a tariff-rate quota), not in a background clause the noun is not in
    ("In retaliation against EU steel quotas, India raises tariffs")."""
    near = [
        j
        for j in range(max(0, i - 6), min(len(t.toks), i + 7))
        if base_word(t.lows[j]) in R.QUOTA_WORDS
        or t.lows[j].endswith("-quota")
        or (t.lows[j].startswith("quota-") and t.lows[j] != "quota-free")  # "quota-based"
    ]
    if not near:
        return False
    bg = background_mask(t)
    return any(bg[j] == bg[i] for j in near)


def own_quota(source: Text, f: Finding, bg: list[bool] | None) -> bool:
    """The measure's own clause names a quota: quota words in a background clause about
    another measure ("In retaliation against EU steel quotas, India raises tariffs") do not."""
    main = _main(source, f, bg)
    return any(main[k] and w in R.QUOTA_WORDS for k, w in enumerate(source.lows))


def context_metals(t: Text, f: Finding, source: Text) -> set[str]:
    """The title's metals named only in a background clause about another measure, when the
    main clause names metals of its own ("After EU quotas on steel, Turkey imposes tariff on
    aluminium imports": aluminium only) or other goods of its own (all of them); empty when the
    title is not the text read."""
    if source is not t:
        return set()
    main = _main(t, f, background_mask(t))
    inside: set[str] = set()
    outside: set[str] = set()
    for ti, si in first_overlaps(t.toks, t.metal_spans):
        (outside if main[ti] else inside).add(t.metal_spans[si][0])
    if outside:
        return inside - outside
    # "imposes tariffs on $20 billion of US goods in retaliation for steel duties": goods of
    # its own, no metal, in the main clause
    return inside if other_goods_named(t, f, main) else set()


def metals_not_its(t: Text, f: Finding, source: Text) -> set[str]:
    """The title's metals that are not the measure's goods: those named only in a clause that
    keeps another measure (:func:`~tui.engine.classifier_effects.kept_metals`) or in a
    background clause about another measure (:func:`context_metals`), or in a clause that
    sets them apart from it (:func:`~tui.engine.classifier_set_apart.set_apart_metals`)."""
    return kept_metals(t, f, source) | context_metals(t, f, source) | set_apart_metals(t, f, source)


def without_background(source: Text, f: Finding) -> str:
    """The text with its background clauses blanked out, their rates another measure's
    ("After US' 50% tariff blow, ...", "..., which already faces a 25% US tariff"); the whole
    text when the finding itself stands in one."""
    bg = background_mask(source)
    if bg[f.index]:
        return source.text
    chars = list(source.text)
    for k, tk in enumerate(source.toks):
        if bg[k]:
            chars[tk.start : tk.end] = " " * (tk.end - tk.start)
    return "".join(chars)


#: A clause of context inside a lede sentence ("..., reeling from America's 50% tariff, ...",
#: "..., which already faces a 25% duty", "on top of an existing 15% levy").
_CONTEXT_CLAUSE_RE = lazy(
    r"(?:\balready\s+)?\b(?:reeling\s+from|which\s+already|on\s+top\s+of)\b[^,;]*",
    re.IGNORECASE,
)


def without_context(sent: str) -> str:
    """A lede sentence with its clauses of context blanked out."""
    return _CONTEXT_CLAUSE_RE.sub(lambda m: " " * len(m.group(0)), sent)
