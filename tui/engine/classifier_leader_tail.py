"""A leader telling, after a headline, what the country will do: "US will double tariffs on
aluminium imports, Trump says", "Indonesia will ban tin ore exports, president said", "Zimbabwe
will halt lithium ore exports - mines minister", or before it and a colon ("Trump: 'We will
put a 200% tariff on Chinese antimony'", :func:`leader_head_will`). The headline's words before the tail are the
leader's, so its "will <act>" is a plan (as "Trump says he will ..." reads), not the
government's decided act; a body's own statement ("..., Commerce Department says", "...,
ministry said") is its decision, a measure kept ("will maintain its ban") stays in force, and
a date decides either (read by the caller). Used by
:func:`tui.engine.classifier_status.proposed_marker`.

Who is a leader (:func:`is_leader`): a title ("President", "PM", "Indonesian president"), a
role ("junta leader"), a known leader's bare name, or a country's possessive before one name
("Chile's Boric"), so that a leader missing from the list of names still reads as one; a body
opening the title before "says it will" decides (:func:`body_tells_will`)."""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R

#: Leaders named without their title ("..., Trump says").
_LEADER_NAMES = frozenset(
    {"trump", "biden", "xi", "putin", "modi", "lula", "prabowo", "carney", "milei",
     "tshisekedi", "ramaphosa", "sheinbaum", "erdogan", "starmer", "albanese", "jokowi",
     "widodo", "hichilema", "mnangagwa", "macron", "merz", "trudeau"}
)  # fmt: skip
#: Words naming a leader by role, beside the titles ("junta leader Doumbouya").
_ROLE_WORDS = frozenset({"leader", "strongman"})
#: A country's possessive before one name: "Chile's Boric", not "China's MOFCOM".
_POSSESSIVE_NAME_RE = lazy(r"[A-Z][\w-]+['’]s\s+[A-Z][a-z][\w-]*")
#: The same over three words: a country's name of two words, or a leader's of two.
_POSSESSIVE_LONG_RE = lazy(
    r"(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+['’]s\s+[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?"
)
#: Words naming a firm's trade in its name ("Tata Steel", "Zijin Mining"): no leader's.
_FIRM_WORDS = frozenset(
    {"steel", "metals", "metal", "mining", "minerals", "copper", "aluminium", "aluminum", "zinc",
     "nickel", "gold", "resources", "group", "holdings", "corp", "energy", "smelting"}
)  # fmt: skip


def is_leader(who: str) -> bool:
    """Whether the words ``who`` name a head of government or a minister, not a body: a title
    ("President", "PM", "Indonesian president"), a role ("junta leader"), a known leader's bare
    name ("Trump"), or a country's possessive before one name ("Chile's Boric")."""
    raw = who.split()
    words = {w.lower().strip(".’'\"") for w in raw}
    if not words.isdisjoint(R.BODY_WORDS):
        return False
    if not words.isdisjoint(R.PERSON_TITLES | _LEADER_NAMES | _ROLE_WORDS):
        return True
    if len(raw) == 2:
        return _POSSESSIVE_NAME_RE.fullmatch(who.strip()) is not None
    # "Mexico's Lopez Obrador", "South Africa's Ramaphosa": a name of two words, or a country's
    # of two, not a firm's ("India's Tata Steel")
    return (
        len(raw) == 3
        and _POSSESSIVE_LONG_RE.fullmatch(who.strip()) is not None
        and words.isdisjoint(_FIRM_WORDS)
    )


#: The tail: after the last comma or dash, a few words, then a verb of telling or nothing.
_TAIL_RE = lazy(
    r"(?P<sep>,|\s[-–—]|-)\s*(?P<who>(?:[\w.’'-]+\s+){0,3}?[\w.’'-]+)"
    r"(?P<verb>\s+(?:says|said|tells|told)(?:\s+[\w\s]{1,30}?)?)?\s*$",
    re.IGNORECASE,
)

#: Headlinese for "will": "Zimbabwe to ban lithium exports, mines minister says".
_TO_ACT_RE = lazy(r"\b([\w’'-]+)\s+to\s+(" + R.PLAN_VERBS_PATTERN + r")\b", re.IGNORECASE)
#: Words before "to" that tell a decision, not a plan ("agrees to cut tariffs").
_DECIDED_TO = frozenset(
    {"agree", "agrees", "agreed", "decide", "decides", "decided", "vote", "votes", "voted",
     "resolves", "resolved", "begins", "began", "starts", "started"}
)  # fmt: skip


def _headline_to(text: str, end: int) -> re.Match[str] | None:
    """The first "X to <act>" before ``end`` whose word before "to" decides nothing; its
    group 2 is the act's verb (group 1 as the caller reads it, see below)."""
    for m in _TO_ACT_RE.finditer(text, 0, end):
        if m.group(1).lower() not in _DECIDED_TO:
            return _ACT_ONLY_RE.search(text, m.start(2), m.end(2))
    return None


#: The verb alone, so that group 1 is the act as in ``WILL_ACT_RE``.
_ACT_ONLY_RE = lazy(r"(" + R.PLAN_VERBS_PATTERN + r")", re.IGNORECASE)


def leader_tail_will(text: str) -> re.Match[str] | None:
    """The "will <act>" (group 1 its verb) of ``text`` before a tail naming a leader as who
    tells it (see the module's docstring), else None."""
    tail = _TAIL_RE.search(text)
    if tail is None or (tail.group("verb") is None and tail.group("sep") == ","):
        return None  # "..., give Ukraine more aid": another act, no one telling
    if not is_leader(tail.group("who")):
        return None
    will = R.WILL_ACT_RE.search(text, 0, tail.start())
    if will is None and (tail.group("verb") is not None or tail.group("sep") != "-"):
        will = _headline_to(text, tail.start())  # not "... ahead of Xi-Trump meet"
    if will is not None and R.KEEP_WILL_RE.match(text, will.start()):
        return None  # "will maintain its ban, minister says": the measure stays in force
    return will


#: Goods that "will face" a measure, group 1 the verb ("Canada's steel will face 50% tariffs").
_WILL_FACE_RE = lazy(r"\bwill\s+(?:now\s+|also\s+)?(face)\b", re.IGNORECASE)
#: A leader opening the title as who tells it ("Trump says ...", "President Lula warns ...").
_OPENING_RE = lazy(
    r"^(?P<who>(?:[\w.’'-]+\s+){0,3}?[\w.’'-]+)\s+(?:says|said|warns|warned|tells|told)\b",
    re.IGNORECASE,
)


def leader_will_face(text: str) -> re.Match[str] | None:
    """The "will face" of goods a leader says will face a measure, before or after the
    headline ("Trump says Canada's steel will face 50% tariffs", "Mexico's steel will face new
    tariffs, Trump says"): the leader's threat, a plan; a body's word is its decision."""
    will = _WILL_FACE_RE.search(text)
    if will is None:
        return None
    tail = _TAIL_RE.search(text)
    for who in (_OPENING_RE.match(text), tail if tail and tail.group("verb") else None):
        if who is None:
            continue
        if is_leader(who.group("who")):
            return will
    return None


#: A leader named before a colon that opens the title ("Trump:", "President Prabowo:").
_HEAD_RE = lazy(r"^\s*(?P<who>(?:[\w.’'-]+\s+){0,2}?[\w.’'-]+)\s*:\s")


def leader_head_will(text: str) -> re.Match[str] | None:
    """The "will <act>" (group 1 its verb) after a leader named before a colon opening
    ``text`` ("Trump: 'We will put ...'"), else None; a body ("Ministry:", "USTR:") decides."""
    return _leader_will(text, _HEAD_RE.match(text))


def leader_opening_will(text: str) -> re.Match[str] | None:
    """The "will <act>" (group 1 its verb) after a leader opening ``text`` as who tells it
    ("Trump says US will hike copper tariffs", "Prabowo says Indonesia will ban bauxite
    exports"): read as the tail form ("US will hike copper tariffs, Trump says") is, a plan;
    a body ("Commerce ministry says India will ...") decides, and so does a measure kept."""
    return _leader_will(text, _OPENING_RE.match(text))


def _leader_will(text: str, who: re.Match[str] | None) -> re.Match[str] | None:
    """The "will <act>" after ``who`` (its group "who" a leader, not a body), unless the act
    keeps a measure; else None."""
    if who is None:
        return None
    if not is_leader(who.group("who")):
        return None
    will = R.WILL_ACT_RE.search(text, who.end())
    if will is not None and R.KEEP_WILL_RE.match(text, will.start()):
        return None
    return will


#: A title opening on who tells its "will" ("Zimbabwe's mines ministry says it will ...").
_TELLER_RE = lazy(r"^(?P<who>(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+)\s+(?:says|said)\b", re.IGNORECASE)


def body_tells_will(text: str) -> bool:
    """Whether a body opening ``text`` tells its own act ("Zimbabwe's mines ministry says it
    will ban lithium ore exports", "Commerce Department says it will impose duties"): its
    decision, not a plan, as a body's tail is; no leader among its words."""
    who = _TELLER_RE.match(text)
    if who is None:
        return False
    words = {w.lower().strip(".’'\"") for w in who.group("who").split()}
    if words.isdisjoint(R.BODY_WORDS) or not words.isdisjoint(R.PERSON_TITLES | _ROLE_WORDS):
        return False
    will = R.WILL_ACT_RE.search(text, who.end())
    return will is not None and R.KEEP_WILL_RE.match(text, will.start()) is None
