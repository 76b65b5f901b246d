"""Forms of a proposal the plan words of :mod:`tui.engine.classifier_status` miss, read over
the whole text that decided the event (called last by
:mod:`tui.engine.classifier_event_proposed`):

- the measure weighed in the passive, past the four words read after its noun ("A 10% tax on
  nickel ore exports is being considered by the Philippines", "... under consideration by");
- a proposing body as the title's last speaker ("Anti-dumping duties on ... could be extended
  five years, Thai authority proposes");
- a leader who will ask an agency to act ("Biden will ask USTR to triple tariffs ...");
- a change that "could" come "under" someone's plan or proposal ("Tariffs on Chinese steel could
  triple under Biden plan").
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

_PROPOSAL_FORMS_RE = lazy(
    # weighed in the passive
    r"\b(?:is|are|was|were)\s+being\s+(?:considered|weighed|mulled|studied|discussed)\b"
    r"|\bunder\s+consideration\b"
    # a proposing speaker ends the title
    r"|,\s+(?:[\w.'’-]+\s+){0,3}?(?:proposes|recommends|suggests)\s*$"
    # a leader or government that will ask an agency to act
    r"|\b(?:will|to|would|plans\s+to)\s+ask\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,3}?to\s+\w+"
    # a possible change under a plan or proposal
    r"|\b(?:could|may|might|would)\s+(?:[\w'’-]+\s+){1,3}?under\s+(?:[\w'’.-]+\s+){0,2}?"
    r"(?:plans?|proposals?)\b",
    re.IGNORECASE,
)


def proposal_form(text: str) -> str | None:
    """The words of one of the module's proposal forms in ``text``, or None."""
    m = _PROPOSAL_FORMS_RE.search(text)
    return None if m is None else m.group(0).strip(", ")
