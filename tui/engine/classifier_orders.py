"""US duty-order notices whose heading names the orders or their relief in shorthand.

Two forms of a Federal Register heading the rules read wrongly:

- "...: Final Results of Sunset Reviews and Revocation of Orders": the heading's bare
  "Order(s)" after a step on them (revocation, continuation, issuance) are the duty orders its
  lede names ("the antidumping duty (AD) and countervailing duty (CVD) orders on ..."). Written
  "Duty Order(s)" before any rule runs (:func:`named_orders`), the heading reads as the same
  step on named duty orders does: revoked orders are released (``resuming``), continued ones
  stay (``tariff``). A heading with no lede naming a duty keeps its words.
- "Termination of the Suspension Agreement and Issuance of Antidumping Duty Order": a
  suspension agreement suspends a duty case, so ending it brings the duty, as ending an
  exemption does (:func:`relief_at`); "suspension" there names the agreement, not a release.

A review's results that revoke orders are no review of orders that stay
(:func:`revoked_on_review`).
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: A step on bare orders in a heading: "Revocation of Orders", "Continuation of the Order",
#: "Revocation, in Part, of the Orders", "Issuance of Order".
_BARE_ORDERS_RE = lazy(
    r"\b((?:revocation|continuation|issuance)(?:,\s+in\s+part,)?\s+of\s+(?:the\s+)?)"
    r"(orders?)\b(?!\s+(?:on|of|to|for)\b)",
    re.IGNORECASE,
)
#: A lede naming duty orders: "antidumping duty (AD) and countervailing duty (CVD) orders".
_DUTY_ORDERS_RE = lazy(
    r"\b(?:anti-?dumping|countervailing)\s+(?:and\s+countervailing\s+)?dut(?:y|ies)\b"
    r"[^.;]{0,60}?\borders?\b",
    re.IGNORECASE,
)
#: Agreements that suspend a duty case ("suspension agreement"): a relief, like an exemption.
_AGREEMENTS = frozenset({"agreement", "agreements"})


def named_orders(title: str, summary: str) -> str:
    """``title`` with a heading's bare "Order(s)" written "Duty Order(s)" when its lede names
    antidumping or countervailing duty orders (see the module docstring); else unchanged."""
    if "rder" not in title or not summary or _DUTY_ORDERS_RE.search(summary) is None:
        return title
    return _BARE_ORDERS_RE.sub(lambda m: f"{m.group(1)}Duty {m.group(2)}", title)


def relief_at(t: Text, j: int) -> int | None:
    """The index of a relief noun right after the measure noun at ``j`` ("tariff exemptions",
    "Suspension Agreement"), whose end brings the measure back; else None."""
    if t.word(j + 1) in R.EXEMPTION_NOUNS or names_agreement(t, j):
        return j + 1
    return None


def names_agreement(t: Text, j: int) -> bool:
    """Whether "suspension" at ``j`` names an agreement ("Suspension Agreement"): ending it
    brings back the duty it suspended, a ``tariff``."""
    return t.word(j) == "suspension" and t.word(j + 1) in _AGREEMENTS


#: A review's outcome named in a heading ("Final Results of Sunset Reviews and Revocation ...").
_RESULT_WORDS = frozenset({"results", "result", "outcome"})


def revoked_on_review(t: Text, best: Finding) -> bool:
    """ "...: Final Results of Sunset Reviews and Revocation of Orders": the review's results
    end the orders (an ending noun after "results"), not a review of measures that stay."""
    return (
        best.status == "resuming"
        and t.word(best.index) in R.END_NOUNS
        and any(t.word(k) in _RESULT_WORDS for k in range(best.index))
    )
