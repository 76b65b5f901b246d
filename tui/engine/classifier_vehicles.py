"""What a "to <verb>" after a measure word is: a purpose, or what comes next of a subject.

:func:`tui.engine.classifier_read.read_text` reads "raises duty to 12.5% to curb imports" with
the second verb as the measure's purpose (background). Two nouns before "to" are not measures
with a purpose:

- a measure noun that is the bare subject ("Congo's cobalt export ban to give way to quotas":
  :func:`tui.engine.classifier_phrases.bare_subject`);
- a legal instrument that carries the measure, whose "to <verb>" is its content, not its aim:
  "Indonesia drafting rules to ban bauxite exports", "decree to halt tin exports", "bill to
  impose an export levy". Such a noun alone reads ``licensing`` ("Peru sets new export rules
  for copper"); with its content told, the content is the measure, as "drafts rules banning
  ..." already reads.
"""

from __future__ import annotations

from tui.engine.classifier_phrases import bare_subject
from tui.engine.classifier_text import Finding, Text

#: Legal instruments that carry a measure named after them.
_VEHICLES = frozenset(
    {
        "rule",
        "rules",
        "regulation",
        "regulations",
        "decree",
        "decrees",
        "law",
        "laws",
        "bill",
        "legislation",
    }
)


def leads_on(t: Text, g: Finding) -> bool:
    """Is the measure word ``g``, right before "to <verb>", the subject of the verb or the
    instrument carrying it (so the verb is no purpose)?"""
    return bare_subject(t, g) or (not g.verb and t.word(g.index) in _VEHICLES)
