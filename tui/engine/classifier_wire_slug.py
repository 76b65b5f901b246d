"""A wire service's slug at a title's head, read as the rules read the title without it.

Wire feeds and their archives put a slug before the headline proper. It says which edition of
the story this is ("UPDATE 2-", "RPT-", "REFILE-", "CORRECTED-", "WRAPUP 1-", Yonhap's "(LEAD)"
and "(2nd LD)"), tags it ("EXCLUSIVE-", "BREAKING:", "URGENT:") or names the desk's market report
("METALS-", "PRECIOUS-", "BASE METALS-", "GLOBAL MARKETS-"). None of it is the news, and the
rules, many of which read a title from its first word ("Gold, steel and aluminium prices ..."
names its metals from the head), read a slugged title apart from the same title unslugged. So
the slug goes (several in a row too: "RPT-UPDATE 1-").

A slug that says what kind of story follows ("ANALYSIS-", "FACTBOX-", "EXPLAINER-",
"COLUMN-", "INSIGHT-", "FEATURE-", "INTERVIEW-", "BREAKINGVIEWS-", Yonhap's "(News Focus)" or
"(EDITORIAL from ...)") is news about the story: it is written as the outlets that spell it out
write it ("Analysis: ", "Factbox: ", "Editorial: "), which the rules read already.

Only slugs as wires write them are read: the hyphen form in capitals with no space before the
headline's first letter ("UPDATE 2-China ..."; "US-China talks" is no slug: "US" is none of the
words), the colon form in any case ("Breaking: ", "Exclusive: ") and Yonhap's brackets. A desk
slug that names a metal ("GOLD-", "IRON ORE-") stays: the metal is part of what the title says.
"""

from __future__ import annotations

import re

# editions and tags: dropped ("UPDATE 2", "RPT", "EXCLUSIVE")
_DROPPED = (
    r"(?:UPDATE|UPDATED|RPT|REPEAT|REFILE|CORRECTED|CORRECTION|CORRECTING|WRAPUP|WRAP|"
    r"RECAST|RECASTS|URGENT|FLASH|BREAKING|EXCLUSIVE|HIGHLIGHTS|TOP NEWS|SNAP|BRIEF|"
    r"METALS|PRECIOUS|BASE METALS|GLOBAL MARKETS|EMERGING MARKETS)"
    r"(?: ?\d{1,2})?"
)
# story kinds: written out as a kicker ("ANALYSIS-" -> "Analysis: ")
_KINDS = {
    "ANALYSIS": "Analysis",
    "INSIGHT": "Insight",
    "FACTBOX": "Factbox",
    "EXPLAINER": "Explainer",
    "COLUMN": "Column",
    "BREAKINGVIEWS": "Breakingviews",
    "FEATURE": "Feature",
    "INTERVIEW": "Interview",
    "SPECIAL REPORT": "Special report",
    "COMMENTARY": "Commentary",
    "OPINION": "Opinion",
}
_KIND = "(?P<kind>" + "|".join(sorted(_KINDS, key=len, reverse=True)) + ")"
# the hyphen form: capitals, a hyphen (or a spaced dash), the headline's first letter, digit or quote
_HYPHEN_RE = re.compile(rf"^\s*(?:{_DROPPED}|{_KIND})(?:-|\s+[-–—]\s+)(?=[\w\"'‘“$(])")
# the colon form, in any case: "Breaking: ", "UPDATE 1: ", "Exclusive: "
_COLON_RE = re.compile(rf"^\s*{_DROPPED}\s*:\s+(?=\S)", re.IGNORECASE)
# Yonhap's brackets: editions dropped, kinds written out
_BRACKET_RE = re.compile(
    r"^\s*\((?:(?P<drop>LEAD|\d+(?:st|nd|rd|th) LD|URGENT|CORRECTED|REPEATED)"
    r"|(?P<feature>News Focus|Yonhap Feature|Yonhap Interview)"
    r"|(?P<editorial>EDITORIAL|Editorial)(?: from [^)]{1,40})?)\)\s+(?=\S)"
)


#: The words a slug opens on (upper case): a title opening on none of them has no slug.
_FIRST_WORDS = frozenset(
    """UPDATE UPDATED RPT REPEAT REFILE CORRECTED CORRECTION CORRECTING WRAPUP WRAP RECAST
    RECASTS URGENT FLASH BREAKING EXCLUSIVE HIGHLIGHTS TOP SNAP BRIEF METALS PRECIOUS BASE
    GLOBAL EMERGING ANALYSIS INSIGHT FACTBOX EXPLAINER COLUMN BREAKINGVIEWS FEATURE INTERVIEW
    SPECIAL COMMENTARY OPINION""".split()
)
_FIRST_RE = re.compile(r"\s*([A-Za-z]+)")


def drop_slug(title: str) -> str:
    """The title without the wire's slugs at its head, a story kind's slug written out as a
    kicker ("ANALYSIS-China's ..." -> "Analysis: China's ...")."""
    head = title.lstrip()[:1]
    if head != "(":
        if not head.isupper():
            return title  # a slug is written in capitals (the colon form's first letter too)
        first = _FIRST_RE.match(title)
        if first is None or first.group(1).upper() not in _FIRST_WORDS:
            return title  # a slug opens on one of its words, or on a bracket
    for _ in range(3):  # "RPT-UPDATE 1-", "(LEAD) UPDATE 2-"
        m = _HYPHEN_RE.match(title) or _COLON_RE.match(title) or _BRACKET_RE.match(title)
        if m is None:
            break
        rest = title[m.end() :]
        kind = m.groupdict().get("kind")
        if kind:
            return f"{_KINDS[kind]}: {rest}"
        if m.groupdict().get("feature"):
            return ("Interview: " if "Interview" in m.group("feature") else "Feature: ") + rest
        if m.groupdict().get("editorial"):
            return "Editorial: " + rest
        title = rest
    return title
