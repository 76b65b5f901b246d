"""A US Federal Register duty-order notice read from its heading alone (the twenty-first blind
set's even rows, session 41).

"Certain Steel Nails From the Republic of Korea, Malaysia, ...: Continuation of Antidumping and
Countervailing Duty Orders", "Corrosion-Resistant Steel From Vietnam: Antidumping Duty Order":
the form (goods "From" the exporters, a colon, the order or its continuation) is the US
Commerce Department's; with no lede to name the importer, the heading is written "... Duty
Orders in the US" so the rules read the US as it. Results of a review (": Final Results
of ...") and a heading whose lede is given keep their words.

Run on the title by :func:`tui.engine.classifier_surface.plain_surface`.
"""

from __future__ import annotations

from tui.core.lazy_re import lazy

#: "<goods> From <exporters>: [Continuation of | Issuance of | Amended Final] Antidumping [and
#: Countervailing] Duty Order(s)" to the heading's end.
_NOTICE_RE = lazy(
    r"\bFrom\s+[^:]{2,200}:\s+(?:(?:Continuation|Issuance)\s+of\s+(?:the\s+)?|Amended\s+Final\s+)?"
    r"(?=(?:Antidumping|Countervailing)(?:\s+and\s+Countervailing)?\s+Duty\s+Orders?\s*$)",
)


def us_order_notice(title: str, summary: str) -> str:
    """``title`` with " in the US" after the order when it is a duty-order notice's heading with
    no lede (see the module docstring); else unchanged."""
    if summary or "Duty Order" not in title:
        return title
    if _NOTICE_RE.search(title) is None:
        return title
    return f"{title.rstrip()} in the US"
