"""Exports (or imports) phased out are a ban brought in by steps (the first wire's even rows,
session 41).

"Philippine Senate approves bill phasing out raw nickel ore exports", "Zimbabwe phases out raw
lithium ore exports", "Indonesia to phase out bauxite exports by 2027": the flow is to end, and
is written so ("... banning raw nickel ore exports") before the rules read the title. A measure
phased out ("to phase out nickel ore export ban") ends a curb, not the flow: it is written as
lifted ("to lift nickel ore export ban"), and a measure's word among the goods before the flow
("phases out duties on copper exports") leaves the title as it is.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: the measures whose phasing out ends a curb, not the flow
_MEASURES = (
    r"bans?|embargo(?:es)?|dut(?:y|ies)|tax(?:es)?|tariffs?|levy|levies|curbs?|"
    r"restrictions?|quotas?|limits?|controls?|licen[cs]es?|permits?|rules?|rebates?"
)
#: "phasing out raw nickel ore exports": the verb, then up to six goods' words, then the flow
_PHASE_RE = lazy(
    r"\bphas(?P<form>e|es|ed|ing)\s+out(?=(?:\s+(?!(?:" + _MEASURES + r")\b)[\w'’,-]+){1,6}?"
    r"\s+(?:exports|imports|shipments)\b)",
    re.IGNORECASE,
)
_BAN = {"e": "ban", "es": "bans", "ed": "banned", "ing": "banning"}
#: "to phase out nickel ore export ban": the verb, up to four goods' words, then a ban or a duty
_LIFT_RE = lazy(
    r"\bphas(?P<form>e|es|ed|ing)\s+out(?=(?:\s+(?!(?:" + _MEASURES + r")\b)[\w'’,-]+){1,4}?"
    r"\s+(?:export|import)\s+(?:bans?|embargo(?:es)?|dut(?:y|ies)|tax(?:es)?|tariffs?)\b)",
    re.IGNORECASE,
)
_LIFT = {"e": "lift", "es": "lifts", "ed": "lifted", "ing": "lifting"}


def _ban(m: re.Match[str]) -> str:
    return _BAN[m.group("form").lower()]


def _lift(m: re.Match[str]) -> str:
    return _LIFT[m.group("form").lower()]


def phased_out(title: str) -> str:
    """``title`` with exports or imports phased out written as banned, and an export or import
    ban or duty phased out as lifted."""
    if "has" not in title and "HAS" not in title:
        return title
    return _LIFT_RE.sub(_lift, _PHASE_RE.sub(_ban, title))
