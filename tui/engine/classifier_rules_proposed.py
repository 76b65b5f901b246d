"""The classifier's word table: the proposed-markers (a measure planned, weighed, threatened
or not yet in effect; markers that make a whole headline proposed; what dates a plan).

Data only; ``tui.engine.classifier_rules`` re-exports every part: the logic imports from there.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.core.months import MONTH_STEM_PATTERN as _MONTH_STEM
from tui.engine.classifier_rules_plans import PLAN_VERBS_PATTERN

# fmt: off
#: Proposed / not in effect.
PROPOSED_RE = lazy(
    r"\b(?=[\w'’])(?:consider(?:s|ing|ed|ation)?|plans?|planned|planning|mull(?:s|ing|ed)?|weigh(?:s|ing)?(?!\s+(?:in\s+)?on\b)|"
    r"ey(?:e|es|ed|eing|ing)|threat(?:en(?:s|ed|ing)?|s)?|crosshairs?|firing\s+line|"
    # "he's going to double tariffs": a plan told in the future
    r"(?:is|are|am|was|were|'s|’s|'re|’re)\s+going\s+to|warn(?:s|ed)?|might|could|would|should|"
    r"propos(?:e|es|ed|al|als|ing)|draft|moot(?:s|ed)?|float(?:s|ed)|under\s+review|"
    r"review(?:s|ing)?|seek(?:s|ing)?|calls?\s+for|urg(?:e|es|ed)|push(?:es)?\s+for|"
    # "hints at tariffs", "looks at duties on ...": a measure weighed, not taken
    r"hint(?:s|ed|ing)?\s+at|look(?:s|ed|ing)?\s+at|"
    # "looks to ban ore exports", "looks to impose tariffs": a measure sought, not taken
    r"look(?:s|ing)?\s+to(?=\s+(?:further\s+|also\s+)?" + PLAN_VERBS_PATTERN + r"\b)|"
    # a government pushing a measure has not yet imposed it ("as Trump pushes 50% tariff")
    r"push(?:es|ing)?(?=\s+(?:an?\s+|new\s+|\S*%\s+)*(?:\w+\s+)?(?:tariffs?|dut(?:y|ies)|bans?|"
    r"quotas?|curbs?|levy|levies|taxe?s?)\b)|"
    # envoys agree a measure that ministers have yet to adopt ("EU envoys reach consensus")
    r"(?:envoys?|ambassadors?)\s+(?:reach|agree|back|approve|endorse)\w*|"
    # a measure wanted ("ministry wants 15% levy", "wants USTR to triple duties"): sought
    r"wants?(?=\s+(?:[\w%-]+\s+){0,3}?(?:[\w-]*tariffs?|dut(?:y|ies)|bans?|quotas?|curbs?|"
    r"lev(?:y|ies)|tax(?:es)?|surtax(?:es)?)\b)|"
    r"call(?:s|ed)?\s+on|calling\s+on|wants?\s+to|aim(?:s|ing)?\s+to\s+(?:tax|ban|impose|introduce|levy|scrap|lift)\b|explor(?:e|es|ing)|stud(?:y|ies|ying)|possib(?:le|ility)|potential|looming|probes?|suggest(?:s|ed|ions?)?|look(?:s|ing)?\s+into|"
    # a petition granted is answered ("grants petition, imposes duties"): no plan
    r"investigat(?:e|es|ion|ions|ing)|(?=petition)(?<!grants\s)(?<!granted\s)(?<!approves\s)"
    r"(?<!approved\s)(?<!upholds\s)(?<!heeds\s)petitions?|intends?\s+to|"
    # "recommends duties"; not "imposes duties recommended by DGTR": the advice taken
    r"recommend(?:s|ation)?|recommended(?!\s+by\b)|"
    # an offer to cut or lift a measure is not yet a cut ("offers to halve duties")
    r"offer(?:s|ed|ing)?\s+to|"
    r"(?:notice\s+of\s+)?intent(?:ion)?\s+to|"
    # a measure pledged as the verb's object ("pledges more tariffs", "vows export ban"); not
    # "as promised" (done), nor a pledge of none ("pledge no export duties"), nor one "to" act
    r"(?<!as\s)(?:pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing))(?=\s+(?!no\b|not\b|to\b)"
    r"(?:[\w%-]+\s+){0,3}?(?:[\w-]*tariffs?|dut(?:y|ies)|bans?|quotas?|curbs?|lev(?:y|ies)|"
    r"tax(?:es)?|surtax(?:es)?|restrictions?|controls?|sanctions?)\b)|"
    # a measure still to be made public ("Brussels to unveil export curbs"), or announced
    # ("Ottawa to announce a surtax on ..."; not "..., to announce details later"): planned
    r"(?:to|will)\s+unveil|(?:to|will)\s+announce(?=\s+(?:[\w%-]+\s+){0,4}?(?:[\w-]*tariffs?|"
    r"dut(?:y|ies)|bans?|quotas?|curbs?|lev(?:y|ies)|tax(?:es)?|surtax(?:es)?|restrictions?|"
    r"controls?|sanctions?|trqs?)\b)|"
    # a measure's pledge, promise or vow ("Trump's new tariffs pledge"): its plan, like a threat
    r"(?:tariffs?|dut(?:y|ies)|bans?|quotas?|curbs?|lev(?:y|ies)|tax(?:es)?|surtax(?:es)?|"
    r"restrictions?|controls?|sanctions?)\s+(?:pledges?|promises?|vows?)|"
    # a measure still to be acted on ("quotas to be cut by half"; "Australia to be spared" is
    # headlinese for the act; with its start date it is decided, ``classifier_status``)
    r"(?:tariffs?|dut(?:y|ies)|quotas?|lev(?:y|ies)|bans?|curbs?|tax(?:es)?|surtax(?:es)?|"
    r"trqs?)\s+to\s+be\s+(?:\w+ed|cut|set|hit|put|shut)\b|"
    r"expected\s+to|likely|poised\s+to|mulling|contemplat(?:e|es|ing)|ponder(?:s|ing)?|"
    r"draft(?:s|ed|ing)?|prepar(?:e|es|ing)|prepared\s+for|read(?:y|ies|ying)|in\s+case|"
    r"on\s+the\s+table|on\s+the\s+cards|near(?:s|ing)?\s+(?:an?\s+)?(?:deal|pact|agreement|accord)|in\s+(?:advanced\s+|final\s+)?talks|"
    r"(?:pledg(?:es|ed|ing)|vow(?:s|ed|ing)?|promis(?:es|ed|ing))\s+to"
    r"(?!\s+(?:maintain|keep|retain|continue|uphold|stick|stand))|"
    r"support(?:s|ed|ing)?|brac(?:e|es|ing)\s+for|expect(?:s|ing)?|develop(?:s|ing)?\s+(?:a\s+|new\s+)?(?:policy|policies|rules?|"
    r"regulations?|laws?|framework|legislation))\b",
    re.IGNORECASE, fold=True,
)
#: A purpose right before a plan word ("In order to support the industry"): the measure's aim.
PURPOSE_RE = lazy(r"\b(?:in\s+order|so\s+as)\s+to\s+$", re.IGNORECASE)
#: A plan word's judgement of need ("considers it necessary to regulate"): the rule's reason.
NEEDED_RE = lazy(r"\s+it\s+(?:necessary|needed|essential)\b", re.IGNORECASE)
#: A leader saying what he will do is a plan, unless the text dates it ("Effective June 4:
#: Trump says will double tariffs" is decided).
SAYS_WILL_RE = lazy(r"\bsays?\s+(?:(?:he|she|it|they|we)\s+)?will\b", re.IGNORECASE)
DATED_RE = lazy(
    r"\b(?:effective|starting|with\s+effect|from\s+" + _MONTH_STEM + r"[a-z]*\.?\s+\d|"
    r"from\s+(?:next\s+(?:week|month)|tomorrow|(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day)\b|takes?\s+effect|in\s+force|dated\s+[a-z]+\.?\s+\d|"
    r"(?:until|till|through)\s+(?:" + _MONTH_STEM + r"[a-z]*\.?\s+\d|(?:19|20)\d\d))",
    re.IGNORECASE, fold=True,
)
#: "may" is proposed unless it is the month ("from May", "May 1").
MAY_RE = lazy(r"\bmay\b(?!\s+\d)", re.IGNORECASE)
MONTH_PREP = frozenset({"from", "in", "since", "until", "by", "on", "of", "mid", "early",
                        "late", "end", "through", "before", "after", "till", "to", "last",
                        "next", "this", "mid-may"})
#: Markers that mark the whole headline as proposed wherever they stand ("..., bill says").
STRONG_PROPOSED_RE = lazy(
    r"\b(?=\w)(?:bill|draft|proposal|proposals|proposed|consultation|under\s+review|in\s+case|"
    r"on\s+the\s+way|looms|looming|in\s+the\s+(?:works|pipeline)|(?<!as\s)(?<!than\s)(?<!previously\s)expected(?!\s+to\b)|"
    r"(?:sources?|insiders?|officials?)\s+(?:say|says|said|tell|told)|(?:people|persons?)\s+"
    r"(?:familiar|with\s+knowledge|briefed)|according\s+to\s+(?:[\w-]+\s+){0,3}?(?:sources|people|insiders)"
    # a wire's trailing attribution with no verb ("... export duty on copper - sources")
    r"|(?<=[-–—:,]\s)(?:sources|insiders)(?=\s*$)"
    # the same attribution as a heading ("Sources: Washington to reimpose tariffs on ...")
    r"|^\s*(?:sources|insiders)(?=\s*:))\b",
    re.IGNORECASE, fold=True,
)
