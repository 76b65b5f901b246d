"""Two acts in one title, the first on goods that are no metal, the second on a watched one:
"Russia extends ban on gasoline, keeps duty on nickel exports", "India scraps duty on wheat,
raises import tariff on gold to 15%". The rules read one main act, the first, and veto it as a
measure on other goods; the board is per metal, so the act on the metal is the news. When the
clause before the first comma (or semicolon) is a place's act (its subject a place, its verb an
act's, lower case, or capitalised in a Title Case title:
"Russia Extends Ban On Gasoline, Keeps Duty On Nickel Exports") on goods that are no metal (``classifier_other_goods.OTHER_GOODS``: "palm
oil", "wheat", "fuel") naming no watched metal, and the clause after it opens
with an act's verb and names a watched metal, the title is read as the subject with the second
clause ("Russia keeps duty on nickel exports"), before the rules read it
(:func:`~tui.engine.classifier_lead_in.read_surface`). A second clause that is no act ("...,
nickel prices steady", "...; steelmakers warn of losses") keeps the title as it is.
"""

from __future__ import annotations

from tui.core.gazetteer import Gazetteer
from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_other_goods import OTHER_GOODS
from tui.engine.classifier_words import has_trigger
from tui.engine.metal_matcher import MetalMatcher

#: The first comma or semicolon that ends a clause.
_BREAK_RE = lazy(r"[,;]\s+")
#: A word of a clause, for the goods it names.
_WORD_RE = lazy(r"[a-z][a-z-]*")
#: The most capitalised words a subject runs to before its verb ("South Korea", "US").
_SUBJECT_WORDS = 4


def _subject(head: str) -> tuple[str, str] | None:
    """The capitalised subject and the verb that opens ``head``, else None: a lower-case verb,
    or in a Title Case head the first capitalised act's verb after the subject's first word
    ("Russia Extends Ban On Gasoline"), given lower case."""
    words = head.split()
    titled = _title_case(words)
    k = 0
    while k < min(len(words), _SUBJECT_WORDS + 1) and words[k][:1].isupper():
        if titled and k and words[k].lower() in R.ACT_VERBS:
            break
        k += 1
    if not 1 <= k <= _SUBJECT_WORDS or k >= len(words):
        return None
    return " ".join(words[:k]), words[k].lower() if titled else words[k]


def _title_case(words: list[str]) -> bool:
    """Every word of ``words`` that starts with a letter is capitalised (a Title Case head)."""
    lettered = [w for w in words if w[:1].isalpha()]
    return len(lettered) >= 3 and all(w[:1].isupper() for w in lettered)


def second_act(title: str, matcher: MetalMatcher, gaz: Gazetteer) -> str:
    """``title`` read as its subject and its second act when its first act names no watched
    metal and the second does (module docstring); else ``title`` unchanged."""
    if "," not in title and ";" not in title:
        return title
    m = _BREAK_RE.search(title)
    if m is None:
        return title
    head, rest = title[: m.start()], title[m.end() :]
    if matcher.spans(head) or not matcher.spans(rest) or not has_trigger(head):
        return title
    if OTHER_GOODS.isdisjoint(_WORD_RE.findall(head.lower())):
        return title  # "Japan expands Russia sanctions, bans ...": no other goods' act first
    opened = _subject(head)
    verb2 = rest.split()[0] if rest.split() else ""
    if _title_case(head.split()):
        verb2 = verb2.lower()  # "..., Keeps Duty On Nickel Exports"
    if opened is None or verb2 not in R.ACT_VERBS or opened[1] not in R.ACT_VERBS:
        return title
    subject = opened[0]
    if not gaz.find(subject):
        return title  # no place acts ("Glencore halts ..., cuts ...")
    return f"{subject} {rest}"
