"""Word tables of plans told in a lede, of what keeps a measure on the table or only reported,
and of the dates that decide it (data, not logic), re-exported by
:mod:`tui.engine.classifier_rules`."""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.core.months import MONTH_NAMES as _MONTH_NAMES
from tui.core.months import MONTH_STEM_PATTERN as _MONTH_STEM

#: A lede planning to sign or issue the instrument that makes the measure ("plans to sign an
#: executive order doubling tariffs on steel", "intends to issue a decree imposing a tax on
#: nickel exports", "plans to sign a regulation introducing a levy"): the measure is a plan,
#: as when the lede plans the measure's own verb (``LEDE_PLAN_RE``).
INSTRUMENT_PLAN_RE = lazy(
    r"\b(?:plans?|planning|intends?|intention|notice\s+of\s+intent|prepares?|preparing)\s+to\s+"
    r"(?:sign|issue|publish|adopt|enact|approve)\s+(?:an?|the|new)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:orders?|decrees?|regulations?|proclamations?|laws?|bills?|notifications?|rules?|"
    r"directives?|ordinances?|resolutions?)\s+(?:that\s+would\s+\w+|to\s+\w+|\w+ing)\b",
    re.IGNORECASE,
    fold=True,
)

# fmt: off
#: Double negation: refusing to rule a measure out keeps it on the table (proposed).
NOT_RULED_OUT_RE = lazy(
    r"\b(?:refus(?:e|es|ed|ing)\s+to|(?:does|do|did|will|would|could)\s*n[o']?t|won['’]?t|"
    r"not)\s+rul(?:e|es|ed|ing)\s+out\b",
    re.IGNORECASE, fold=True,
)
#: A summary's first sentence saying the measure is only reported or being prepared.
SOURCED_RE = lazy(
    r"\b(?:(?:sources?|insiders?)\s+(?:say|says|said|tell|tells|told)|(?:people|persons?)\s+(?:familiar|with\s+"
    r"knowledge|briefed)|according\s+to\s+(?:[\w-]+\s+){0,3}?(?:sources|people|insiders)|prepar(?:es|ing)\s+(?:to|(?:new\s+|further\s+)?(?:measures|rules|regulations))|"
    r"in\s+preparation\s+for|prepared\s+for|"
    r"(?:is|are)\s+(?:considering|weighing|planning)|calling\s+on|"
    # a body that "proposed some adjustments to the safeguard" has not decided them ("the
    # proposed tariffs", an adjective, say nothing of who decides)
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)proposed\s+(?:(?:some|the|a|"
    r"new|further)\s+)?(?:[\w-]+\s+){0,2}?(?:changes?|adjustments?|amendments?|cuts?|measures?)\b|"
    # "will increase planned steel tariffs": the lede calls the measure planned
    r"planned\s+(?:[\w-]+\s+){0,4}?(?:tariffs?|dut(?:y|ies)|bans?|quotas?|curbs?|levy|levies))\b",
    re.IGNORECASE, fold=True,
)
#: Verbs of a measure in a plan ("plans to implement", "notice of intent to charge", "will
#: remove"): what a government would do.
PLAN_VERBS_PATTERN = (
    r"(?:implement|introduce|impose|reimpose|ban|bar|prohibit|restrict|limit|curb|control|cap|"
    r"halt|suspend|stop|lift|ease|relax|remove|scrap|abolish|exempt|waive|cut|lower|reduce|"
    r"raise|increase|hike|double|levy|charge|apply|extend|allow|resume|permit|tighten|replace|"
    r"slap|phase\s+out|add|trim|slash|drop|end|prolong|renew|restore|reinstate|join|"
    r"set(?!\s+(?:up|out|off|aside)\b)|put(?!\s+(?:up|out|off|aside|forward|back|down)\b)|"
    r"adopt)"
)
#: A lede announcing a plan, not a decision ("plans to implement a policy that will exempt",
#: "issued a notice of intent to charge surtaxes", "intends to ban").
LEDE_PLAN_RE = lazy(
    r"\b(?:plans?|planning|intends?|intention|notice\s+of\s+intent)\s+to\s+"
    r"(?:\w+\s+)?" + PLAN_VERBS_PATTERN + r"\b",
    re.IGNORECASE, fold=True,
)
#: A month the measure starts, ends or is due by ("from June", "by early March").
MONTH_DATE_RE = lazy(
    r"\b(?:from|by|starting|until|till|before|through)\s+(?:early\s+|mid-?|late\s+)?"
    r"(?:" + "|".join(_MONTH_NAMES) + r")\b",
    re.IGNORECASE, fold=True,
)
#: A date the measure starts or is due by ("by January 2027", "from 2026"): decided, scheduled.
BY_DATE_RE = lazy(
    r"\b(?:by|from|in)\s+(?:" + _MONTH_STEM + r"[a-z]*\.?\s+)?"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
