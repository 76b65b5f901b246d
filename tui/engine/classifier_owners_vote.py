"""A firm's owners approving its sale, merger or takeover: a company's deal, no measure.

"U.S. Steel shareholders back Nippon Steel's offer" whose lede says the shareholders "voted to
approve the company's sale to Nippon Steel": the restart rule reads "approve ... sale" as a
flow let go again ("approves copper concentrate sales"), but the approvers are the firm's
owners (shareholders, stockholders, investors, unitholders, holders), and what they approve is
the firm changing hands. Read by :func:`tui.engine.classifier_near_news.near_news_veto` for a
restart finding; a government, a cabinet or a ministry approving keeps its reading.
"""

from __future__ import annotations

from tui.engine.classifier_text import Finding, Text

#: A firm's owners, as a wire names them.
_OWNERS = frozenset(
    {"shareholders", "shareholder", "stockholders", "stockholder", "investors", "holders",
     "unitholders", "bondholders"}
)  # fmt: skip
#: Words between the owners and the approving verb: "voted (overwhelmingly) to", "have".
_BETWEEN = frozenset(
    {"voted", "vote", "votes", "overwhelmingly", "unanimously", "narrowly", "to", "have",
     "had", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday", "also", "formally", "finally", "duly"}
)  # fmt: skip


def owners_approve(t: Text, best: Finding) -> bool:
    """The restart finding's verb has a firm's owners for its subject ("shareholders voted
    to approve the company's sale")."""
    lows = t.lows
    if _OWNERS.isdisjoint(lows):
        return False
    k = best.index - 1
    while k >= 0 and lows[k] in _BETWEEN:
        k -= 1
    return k >= 0 and lows[k] in _OWNERS
