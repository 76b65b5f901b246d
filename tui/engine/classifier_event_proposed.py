"""Whether an event is only proposed, asked in turn of the text that decided it and its lede.

The marker is the first of: a plan, threat or report in the deciding clause or the lede
(:func:`~tui.engine.classifier_status.proposed_marker`); the title's own plan when the lede
decided ("EU to ban ..." whose lede says "will ban"); a lede that reports the act as not yet
decided ("is preparing to ..., people familiar with the situation said"); a lede that calls the
title's act proposed ("imposes ...", its lede: "proposed"); a bill's or a legislature's planned
act (:mod:`tui.engine.classifier_bill_plan`). Called by
:mod:`tui.engine.classifier`.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.engine.classifier_bill_plan import bill_plan
from tui.engine.classifier_coarse_start import coarse_start_plan
from tui.engine.classifier_headline_will import title_will
from tui.engine.classifier_lede_turn import lede_proposal
from tui.engine.classifier_proposal_forms import proposal_form
from tui.engine.classifier_status import lede_marker, proposed_marker, tells_act, title_plan
from tui.engine.classifier_summary import metals_in
from tui.engine.classifier_text import Finding, Text
from tui.engine.metal_matcher import MetalMatcher


def proposal_word(
    t: Text,
    source: Text,
    f: Finding,
    title: str,
    summary: str,
    sents: list[str],
    metal_ids: tuple[str, ...],
    matcher: MetalMatcher,
    names_metal: Callable[[str], bool],
) -> str | None:
    """The word that makes the event proposed, or None when it is decided (see the module);
    ``t`` is the title, ``source`` the text that decided, ``names_metal`` whether a text names
    one of the event's metals."""
    word = proposed_marker(source, f, sents[0] if sents else "")
    if word is None and source is t:
        word = title_will(t, f, sents[0] if sents else "")  # "Russia will levy duty on nickel"
    if word is None and source is not t:
        word = title_plan(t, sents[0])  # "EU to ban ..." whose lede says "will ban"
    if word is None and summary:
        # "US to impose 200% tariff ..." whose lede says "is preparing to ..., people familiar
        # with the situation said": reported, not yet decided
        word = lede_marker(sents[0], title, names_metal, told=tells_act(source, f))
    if word is None and sents:  # "to tax ... from third quarter", its lede: "plans to enact"
        told = tells_act(source, f)
        word = coarse_start_plan(title, sents[0], told=told, names_metal=names_metal)
    if word is None and sents and source is t:  # "imposes", its lede: "proposed"
        word = lede_proposal(f, sents[0], metal_ids, set(metals_in(sents[0], matcher)))
    if word is None and f.status != "resuming":
        word = proposal_form(source.text)  # "is being considered by", "..., X proposes"
    if word is None:
        word = bill_plan(t.text, sents[0] if sents else "")  # "lawmakers to ban ... from 2030"
    return word
