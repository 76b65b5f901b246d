"""A bloc's members listed in a lede's aside are no importer (the twenty-first blind set's even
rows, session 41).

"The Eurasian Economic Commission (EEC), the executive body of the Eurasian Economic Union (EEU)
which includes Belarus, Kazakhstan, Russia and Armenia, has decided to extend the antidumping
duty on ... from China": the list tells who the union is; the duty is the union's, not its first
member's. The aside ("which includes", "which comprises", "consisting of", "made up of" and a
list of names ending in "and ...") is left out of the lede before the importer is looked for in
it; a lede whose member acts alone ("Russia, a member of the Eurasian Economic Union, extended
...") keeps its words.

Asked by :func:`tui.engine.classifier_corridor` where the lede names the importer.
"""

from __future__ import annotations

from tui.core.lazy_re import lazy

#: One name of the list: "Belarus", "Saudi Arabia", "the UAE".
_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
#: The aside: its verb, then two names or more, the last after "and".
_MEMBERS_RE = lazy(
    r",?\s*(?:(?:which|that)\s+(?:includes?|comprises?|consists\s+of|is\s+made\s+up\s+of)|"
    r"comprising|consisting\s+of|made\s+up\s+of)\s+"
    rf"{_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME}"
)


def members_dropped(sent: str) -> str:
    """``sent`` without an aside listing a bloc's members (see the module docstring)."""
    if " of " not in sent and "which" not in sent and "that" not in sent and "compris" not in sent:
        return sent
    return _MEMBERS_RE.sub("", sent)
