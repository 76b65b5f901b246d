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

from tui.engine import classifier_rules as R
from tui.engine.classifier_phrases import bare_subject
from tui.engine.classifier_text import Finding, Text, base_word

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


#: Words that tell what a package of measures holds ("sanctions include 50% tariffs").
_HOLDS = frozenset({"include", "includes", "included", "including", "comprise", "comprises"})
#: Packages of measures.
_PACKAGES = R.SANCTION_WORDS | {"package", "packages"}


def package_content(t: Text, found: list[Finding], best: Finding) -> Finding:
    """ "New US sanctions on Russia include 200% tariff on aluminium", "Turkey sanctions to
    include 50 percent tariffs", "sanctions package including a ban on ...", "Russia sanctions
    package to ban aluminium imports": the package's named instrument is the measure, not the
    package's default reading."""
    if best.verb or base_word(t.word(best.index)) not in _PACKAGES:
        return best
    return next(
        (
            f
            for f in found
            if f.index > best.index
            and (
                (not f.verb and (at := _package_at(t, f.index)) is not None and at >= best.index)
                or _package_does(t, f, best)
            )
        ),
        best,
    )


def _package_does(t: Text, f: Finding, best: Finding) -> bool:
    """Is ``f`` the verb a package's "to" leads to, right after the package ("sanctions
    package to ban ...", "sanctions to halt ...")?"""
    return (
        f.verb
        and f.index == best.index + 2 + (t.word(best.index + 1) in _PACKAGES)
        and t.word(f.index - 1) == "to"
    )


def _package_at(t: Text, index: int) -> int | None:
    """The token index of a sanctions package (or a package) whose "include(s)" comes within
    six tokens before ``index``, itself at most seven tokens before its "include"."""
    hold = next((k for k in range(index - 1, max(-1, index - 7), -1) if t.word(k) in _HOLDS), None)
    if hold is None:
        return None
    return next(
        (k for k in range(hold - 1, max(-1, hold - 8), -1) if base_word(t.word(k)) in _PACKAGES),
        None,
    )


def held_by_package(t: Text, f: Finding) -> bool:
    """Is the finding the instrument a sanctions package names (:func:`package_content`)? The
    package frames it: the side it names is the target."""
    return not f.verb and _package_at(t, f.index) is not None
