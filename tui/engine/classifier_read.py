"""Reading one text: the findings of every word, the background clauses, the strongest
finding, and the denials; the vetoes of the strongest finding (market moves, questions,
analysts, companies, disruptions) are :mod:`tui.engine.classifier_vetoes`'."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_clause_reader import install
from tui.engine.classifier_comments import effect_of, later_denial
from tui.engine.classifier_context import background_mask
from tui.engine.classifier_effects import measure_beside_wait
from tui.engine.classifier_findings import rule_at
from tui.engine.classifier_frames import (
    capped_to_amount,
    deal_on_measure,
    instrument_status,
    not_allowed,
)
from tui.engine.classifier_lapse_denied import not_prolonged
from tui.engine.classifier_market_shut import shut_market
from tui.engine.classifier_not_applied import not_applied
from tui.engine.classifier_people_banned import bans_people
from tui.engine.classifier_pledged import pledged_none
from tui.engine.classifier_policy_news import lapse_beside_act
from tui.engine.classifier_recast import recast
from tui.engine.classifier_relief_ended import denied_relief
from tui.engine.classifier_replacing import replacing_measure
from tui.engine.classifier_set_apart import stop_before_exception
from tui.engine.classifier_text import SKIP, Finding, Reading, Text, base_word
from tui.engine.classifier_vehicles import leads_on, package_content
from tui.engine.classifier_vetoes import find_veto

#: The nouns a shut market is told by (:mod:`tui.engine.classifier_market_shut`).
_SHUT_WORDS = frozenset({"market", "markets", "door", "doors"})
_RULE_ORDER = {rule: rank for rank, rules in enumerate(R.RULE_ORDER) for rule in rules}


def _rule_words(t: Text) -> list[int]:
    """The tokens a rule may fire on: trigger words and hyphenated compounds (most words of
    most texts are neither; the trigger words present are found in one set operation)."""
    lows = t.lows
    # a token ends in "'s" only if the text has an apostrophe: else each is its own base word
    plain = "'" not in t.text and "’" not in t.text
    bases = lows if plain else list(map(base_word, lows))  # each base word once
    present = R.TRIGGER_WORDS.intersection(bases)
    if not present and "-" not in t.text:  # a hyphenated token needs a hyphen in the text
        return []
    return [i for i, low in enumerate(lows) if "-" in low or bases[i] in present]


def read_text(t: Text, *, trace: list[str]) -> Reading:
    reading = Reading(trace=trace)
    lows = t.lows  # the tokens themselves are made when a rule first needs them
    if not lows:
        return reading
    denial = None
    # the denial words hold "no" and "not", which a pledge of no measure needs too
    denial_words = not R.DENIAL_CHECK_WORDS.isdisjoint(lows)
    if denial_words:
        denial = R.DENIAL_RE.search(t.text)
        if denial is not None and denied_relief(t, denial.start()):
            denial = None  # "Canberra denied exemption from ... tariffs": the measure stands
    if (banned := not_allowed(t)) is not None:
        trace.append(f"rule stop: {' + '.join(banned.words)} -> suspended (a flow not allowed)")
        reading.finding, reading.background = banned, background_mask(t)
        return reading
    if not _SHUT_WORDS.isdisjoint(lows) and (shut := shut_market(t)) is not None:
        trace.append(f"rule stop: {' + '.join(shut.words)} -> suspended (a market shut to it)")
        reading.finding, reading.background = shut, background_mask(t)
        return reading
    if denial is not None and (lapsed := not_prolonged(t, denial)) is not None:
        trace.append(f"rule lapse: {' + '.join(lapsed.words)} -> resuming (not extended)")
        reading.finding, reading.background = lapsed, background_mask(t)
        return reading
    if denial_words and (pledged := pledged_none(t)) is not None:
        trace.append(f"rule pledge: {' + '.join(pledged.words)} -> open (no measure pledged)")
        reading.finding, reading.background = pledged, background_mask(t)
        return reading
    if denial is not None and (spared := not_applied(t, denial)) is not None:
        trace.append(f"rule release: {' + '.join(spared.words)} -> resuming (not applied)")
        reading.finding, reading.background = spared, background_mask(t)
        return reading
    if denial is not None and not later_denial(t, denial, _rule_words(t)):
        reading.vetoed = "denial"
        trace.append(f"veto: denial or abandoned plan ({denial.group(0)!r})")
        return reading
    findings: list[Finding] = []
    for i in _rule_words(t):
        found = rule_at(t, i)
        if found is not None and found is not SKIP:
            findings.append(found)
    if not findings:
        trace.append("no trade-measure words")
        return reading
    first_finding = min(findings, key=lambda f: f.index)
    if bans_people(t, first_finding.index):
        reading.vetoed = "operations"
        trace.append(f"veto: people banned, not goods ({t.toks[first_finding.index].text})")
        return reading
    if first_finding.rule == "operations":
        reading.vetoed = "operations"
        trace.append(f"veto: operations news ({' '.join(first_finding.words)})")
        return reading
    findings = [f for f in findings if f.rule != "operations"]
    findings = [f for f in findings if not effect_of(t, f, findings)] or findings
    bg = background_mask(t)
    for f in findings:  # "raises duty to 12.5% to curb imports": a purpose (not "ban to give way")
        if (
            t.word(f.index - 1) == "to"
            and t.word(f.index) not in R.EXPIRE_VERBS  # "allows the duty to lapse": no purpose
            and any(g.index < f.index - 1 for g in findings)
        ):
            bg[f.index] = not any(g.index == f.index - 2 and leads_on(t, g) for g in findings)
    in_main = [not b for b in bg]
    main = lapse_beside_act(t, [f for f in findings if in_main[f.index]] or findings)
    main.sort(key=lambda f: (_RULE_ORDER[f.rule], f.index))
    best = stop_before_exception(t, main, main[0])  # "bans ... but allows ...": the ban
    if best.rule in ("release", "passive-release", "release-noun"):
        new = replacing_measure(t, main, best)  # "lifts cobalt export ban, imposes quotas"
        if new is not None:
            new.rule = "replace"
            best = new
    if best.rule == "noun" and best.words[0][-1:].isdigit():
        # "Section 232 Agreement for Steel Tariff-Rate Quota": the law is the basis, the
        # measure named after it is the measure
        best = next(
            (
                f
                for f in main
                if f.rule == "noun" and f.index > best.index and not f.words[0][-1:].isdigit()
            ),
            best,
        )
    best = measure_beside_wait(t, main, _strictest_of_two(main, best))
    best = recast(t, _retaliation_measure(t, main, package_content(t, findings, best)))
    if best.status == "licensing" and capped_to_amount(t, best):
        best.status = "quota"  # "restricts exports to 30% of output": an amount
    best.status = instrument_status(t, best) or best.status  # "curbs imports with TRQs"
    if deal_on_measure(t, best):
        best.status = "resuming"  # "U.S., EU come to new agreement on steel tariffs"
    if not in_main[best.index]:
        best.confidence *= 0.85
    trace.append(f"rule {best.rule}: {' + '.join(best.words)} -> {best.status}")
    veto = find_veto(t, best, in_main)
    if veto is not None:
        reading.vetoed = veto[0]
        trace.append(f"veto: {veto[1]}")
        return reading
    reading.finding = best
    reading.background = bg
    return reading


def _strictest_of_two(found: list[Finding], best: Finding) -> Finding:
    """ "Vietnam restricts refined rare earth exports, reaffirms ban on ore trade": two
    measures in force in one main clause; the ban, the strictest, sets the corridor."""
    if best.rule != "stop" or best.status not in ("licensing", "quota"):
        return best
    ban = next(
        (
            f
            for f in found
            if f.index > best.index
            and f.verb
            and f.status == "suspended"
            and f.rule in ("stop", "noun")
            and R.PROPOSED_RE.search(f.words[0]) is None  # "..., threatens ban": not in force
        ),
        None,
    )
    return ban if ban is not None else best


def _retaliation_measure(t: Text, found: list[Finding], best: Finding) -> Finding:
    """ "Canada retaliates against US tariffs with a ban on ..." : the measure after "with"
    is the new one; the one retaliated against is background."""
    r = next((k for k, tk in enumerate(t.toks) if tk.low in R.RETALIATION_VERBS), None)
    if r is None:
        return best
    w = next((k for k in range(r + 1, len(t.toks)) if t.toks[k].low == "with"), None)
    if w is None:
        return best
    after = [f for f in found if f.index > w]
    return after[0] if after and best.index < w else best


install(read_text)  # for the readers of a clause on its own (classifier_market_ledes)
