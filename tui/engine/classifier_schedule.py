"""A measure reported with a start date: "said it would ban nickel ore exports from June 1".

A reported "would" reads as a plan (``PROPOSED_RE`` in :mod:`tui.engine.classifier_rules`), but
a measure told with the date it takes effect is decided (README.md "Trade-policy statuses"; the
labelled sets read "said it would require export licences ... from January 1" so). A "would"
under a condition ("would ban exports if talks fail") stays a plan, as do the plan words
themselves ("plans to", "could", "mulls", "threatens", "proposes"), dated or not.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: A condition on the reported act: "if talks fail", "unless", "in case", "should talks fail".
_CONDITION_RE = lazy(r"\b(?:if|unless|in\s+case|provided)\b", re.IGNORECASE)


def scheduled_would(word: str, texts: tuple[str, ...], dated: bool) -> bool:
    """The plan word ``word`` is a reported "would" whose measure the title or lede (``texts``)
    gives a start date (``dated``, read by the caller), with no condition on it."""
    if word.lower() != "would" or not dated:
        return False
    return not any(_CONDITION_RE.search(x) for x in texts if x)
