"""A mint or a company halting its own sales of a metal (the twenty-third blind set's odd rows,
session 41).

"South Korea's Mint Company Announces Temporary Halt in Gold Bar Sales", "Japan's Tanaka
Kikinzoku announces temporary halt in platinum bar sales": a firm stops selling its own goods,
its business and no trade measure (the labelled sets: "a state mint halting domestic sales of
gold bars" is no event). A halt whose object is sales, no export or import word between, and
whose subject names no government (a country's possessive on the firm's name, or its adjective
before a company's word, "Swiss refiner", allowed) is vetoed.
A country halting a flow ("Indonesia halts nickel ore exports", "China halts rare earth sales to
the US": a country as the subject) stays a suspension.

:func:`tui.engine.classifier_vetoes.find_veto` asks :func:`firm_halts_sales` beside
:func:`tui.engine.classifier_firm_permit.firm_permit`.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_phrases import clause_start
from tui.engine.classifier_text import Finding, Text, base_word

#: The goods' sale as the halted thing.
_SALES = frozenset({"sales", "sale", "selling"})
#: Words of a cross-border flow: a halt on them is a trade's.
_FLOWS = frozenset(
    {
        "export",
        "exports",
        "exporting",
        "import",
        "imports",
        "importing",
        "shipments",
        "shipment",
        "shipping",
        "to",
        "abroad",
        "overseas",
        "foreign",
    }
)


def firm_halts_sales(t: Text, best: Finding) -> bool:
    """The suspension ``best`` found halts one firm's own sales of its goods."""
    if best.status != "suspended":
        return False
    k = best.index
    end = min(len(t.toks), k + 7)
    sale = next((j for j in range(k + 1, end) if t.word(j) in _SALES), None)
    if sale is None or any(t.word(j) in _FLOWS for j in range(k + 1, sale + 3)):
        return False
    start = clause_start(t, k)
    subject = range(start, k)
    if not subject or any(base_word(t.word(j)) in R.GOVERNMENT_WORDS for j in subject):
        return False
    place_at = t.place_at
    named = False
    for j in subject:
        if place_at[j] is not None:
            last = j + 1 >= len(place_at) or place_at[j + 1] != place_at[j]
            if last and not _possessive(t, j) and base_word(t.word(j + 1)) not in R.COMPANY_WORDS:
                return False  # a country as the subject: "China halts ... sales"
            continue
        if t.toks[j].text[:1].isupper() or base_word(t.word(j)) in R.COMPANY_WORDS:
            named = True
    return named


def _possessive(t: Text, j: int) -> bool:
    """Token ``j`` (a place's last) is a possessive: "Japan's", "South Korea's"."""
    return t.toks[j].text.endswith(("'s", "’s")) or t.word(j + 1) in ("'s", "’s", "s")
