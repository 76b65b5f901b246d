"""A measure's form once it is found: which status its words give in the end.

A safeguard is a duty or, on steel, a tariff-rate quota (:func:`measure_form`); a provisional
safeguard is a duty; exports allowed only to holders of a waiver or permit are ``licensing``,
not a restart, and so is a flow barred "without a licence" (or the state's approval). The words are in :mod:`tui.engine.classifier_rules`.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_channels import channelled
from tui.engine.classifier_context import background_mask, own_quota
from tui.engine.classifier_effects import concessional_quota

# the instrument a lede names for a generic measure word, read before the rate (classifier.py)
from tui.engine.classifier_instrument import named_instrument as named_instrument
from tui.engine.classifier_lede_quotas import lede_quotas
from tui.engine.classifier_safeguard_prolonged import quota_unsaid, rated_duty
from tui.engine.classifier_text import Finding, Text, base_word
from tui.engine.classifier_words import LOWER_WORD_RE

#: A flow barred without the state's leave ("bans gold exports without a licence", "outlaws
#: lithium exports without state approval", "bars entry of steel without standards
#: certificate"): a licence lets it go, so it is ``licensing``.
_WITHOUT_LEAVE_RE = lazy(
    r"[^.;:]*?\bwithout\s+(?:an?\s+|the\s+|prior\s+|(?:state|government|official|export|"
    r"import|special|ministry|standards?|quality)\s+){0,3}(?:licen[cs]es?|permits?|approvals?|"
    r"authori[sz]ations?|permission|clearance|consent|certificates?|certification)\b",
    re.IGNORECASE,
)

#: Importers whose steel safeguard is a tariff-rate quota whatever a headline names (the EU's
#: and the UK's: "Revised EU steel import safeguard measures confirmed" is their quota); another
#: government's steel safeguard imposed with no quota named is the duty it puts on imports
#: ("South Africa imposes safeguard measures on flat hot-rolled steel products").
_QUOTA_SAFEGUARDS = frozenset({"EU", "GB"})


def measure_form(
    f: Finding, metal_ids: tuple[str, ...], source: Text, lede: str, importer: str = "*"
) -> str:
    """The finding's status with its form: exports allowed to permit holders are licensing;
    a safeguard whose lede names its surtax or duty and no quota is a ``tariff`` ("final
    safeguard surtaxes on heavy plate"), as is a provisional safeguard and, but for the EU's and
    the UK's (``importer``), a steel safeguard imposed with no quota named or prolonged; on
    steel otherwise (named in the lede), or a steel duty set beside quotas, it is a tariff-rate
    ``quota``."""
    if (f.rule == "restart" and _to_permit_holders(source, f)) or channelled(source, f):
        return "licensing"  # "only by approved exporters", "to state trading enterprises"
    if f.status == "suspended" and _WITHOUT_LEAVE_RE.search(source.text, source.toks[f.index].end):
        return "licensing"  # "bans gold exports without a licence": the licence lets them go
    if lede and lede_quotas(f, lede):
        return "quota"  # "imposed provisional duties" whose lede says "subject to tariff quotas"
    if f.status in ("tariff", "resuming") and concessional_quota(source.text):
        return "quota"  # "to import 140 tonnes of gold at lower duty": a tariff-rate quota
    if f.status == "resuming" and _duty_suspension_ended(source):
        return "tariff"  # "lift anti-dumping suspension": the duty applies again
    safeguard = any(w.lower() in R.SAFEGUARD_WORDS for w in f.words)
    if safeguard and f.status == "tariff" and _provisional_safeguard(source):
        return "tariff"  # "provisional safeguard measures": a provisional duty, no quota
    if (
        safeguard
        and f.status in ("tariff", "quota")
        and R.SAFEGUARD_DUTY_RE.search(lede) is not None
        and R.QUOTA_WORDS.isdisjoint(LOWER_WORD_RE.findall(lede.lower()))
    ):
        return "tariff"
    if (
        f.status in ("tariff", "quota")
        and "steel" in metal_ids
        and importer not in _QUOTA_SAFEGUARDS
        and quota_unsaid(source, f.index, lede)
    ):
        return "tariff"  # "imposes safeguard measures on ... steel", no quota named: a duty
    if (
        safeguard
        and f.status in ("tariff", "quota")
        and importer not in _QUOTA_SAFEGUARDS
        and rated_duty(source, lede)
    ):
        return "tariff"  # "Mexico's 15% steel safeguard duty renewed": the rated duty kept
    if (
        f.status == "tariff"
        and "steel" in metal_ids
        and (safeguard or (f.rule != "replace" and own_quota(source, f, background_mask(source))))
    ):
        return "quota"
    return f.status


def _provisional_safeguard(source: Text) -> bool:
    """ "imposes provisional safeguard measures": a provisional safeguard is a duty."""
    return any(
        tk.low == "provisional" and base_word(source.word(k + 1)) in R.SAFEGUARD_WORDS
        for k, tk in enumerate(source.toks)
    )


def _to_permit_holders(source: Text, f: Finding) -> bool:
    """ "allows copper exports for miners with waivers": exports allowed only to holders of a
    waiver or permit, a licence to export."""
    return R.PERMIT_HOLDERS_RE.match(source.text, source.toks[f.index].end) is not None


def _duty_suspension_ended(source: Text) -> bool:
    """ "EU ends suspension of anti-dumping duties", "lift anti-dumping suspension": a duty's
    suspension released puts the duty back."""
    for k, tk in enumerate(source.toks):
        if tk.low not in ("suspension", "suspensions"):
            continue
        if not any(source.word(j) in R.RELEASE_VERBS for j in range(max(0, k - 4), k)):
            continue
        near = (source.word(k - 1), *(source.word(j) for j in range(k + 2, k + 6)))
        duty = any(w in R.TRADE_REMEDY_WORDS or R.TARIFF_WORD_RE.fullmatch(w) for w in near)
        if duty and (source.word(k + 1) == "of" or source.word(k - 1) in R.TRADE_REMEDY_WORDS):
            return True
    return False
