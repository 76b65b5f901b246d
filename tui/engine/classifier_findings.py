"""The rules that fire on a word: replace, passive participles, restart and grant, stop, and
(from :mod:`~tui.engine.classifier_releases`) release and expiry, (from
:mod:`~tui.engine.classifier_release_nouns` and :mod:`~tui.engine.classifier_nouns`) release
nouns and measure nouns (strongest first in ``R.RULE_ORDER``). Each returns a
:class:`Finding`, :data:`SKIP` or None."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_caused import caused_cut
from tui.engine.classifier_courts import court_rules
from tui.engine.classifier_ends import END_FORMS, rule_ends
from tui.engine.classifier_issuance import grant_read, passive_grant
from tui.engine.classifier_licensed_firms import handed_quotas, licensed_firms
from tui.engine.classifier_measure_noun import measure_noun, verb_reading
from tui.engine.classifier_noun_verbs import noun_reading, object_less_stop
from tui.engine.classifier_nouns import rule_noun
from tui.engine.classifier_paused import measure_paused
from tui.engine.classifier_phrases import (
    dates_its_effect,
    not_a_trade_stop,
    rule_flow_to_stop,
    rule_target,
    scan_object,
    subject_head,
)
from tui.engine.classifier_release_nouns import rule_release_noun
from tui.engine.classifier_releases import rule_expire, rule_release
from tui.engine.classifier_relief_ended import exemption_ended, no_longer_faced
from tui.engine.classifier_spares import SPARES, spares_from_measure
from tui.engine.classifier_text import (
    SKIP,
    Finding,
    Text,
    base_word,
    flow_of,
    is_granted,
    measure_of,
)


def _rule_replace(t: Text, i: int) -> Finding | None:
    """ "replace X with Y", "swap X for Y" -> Y (its flow, else the flow X implied)."""
    toks = t.toks
    n = len(toks)
    for j in range(i + 1, min(n, i + 10)):
        if toks[j].low in ("with", "by", "for", "into", "to"):
            for k in range(j + 1, min(n, j + 5)):
                m = measure_of(toks[k].low)
                if m is None:
                    continue
                flow = m[1]
                replaced = [measure_of(toks[x].low) for x in range(i + 1, j)]
                if flow is None and any(
                    flow_of(toks[x].low) == R.EXPORT or (r is not None and r[1] == R.EXPORT)
                    for x, r in zip(range(i + 1, j), replaced, strict=True)
                ):
                    flow = R.EXPORT  # "replaces nickel export duty with ban": the exporter's
                elif flow is None and (
                    any(r is not None and r[0] == "tariff" for r in replaced)
                    or t.word(k - 1).startswith("tariff")
                ):
                    flow = R.IMPORT  # tariffs, tariff-rate quotas are on imports
                words = [toks[i].text, toks[j].text, toks[k].text]
                return Finding(
                    "replace", m[0], i, words, flow=flow, verb=True, confidence=0.9, at=k
                )
            return SKIP
    return SKIP


def _shift_after_release(t: Text, i: int) -> bool:
    """ "ends cobalt export ban, moves to quota system": a shift to a measure after a release
    in the same text replaces the released measure ("moves to ban exports" alone is a plan).
    The shift verb is no trigger word (market news "moves" often): the measure after it is."""
    return t.word(i + 1) == "to" and any(
        t.word(k) in R.RELEASE_VERBS for k in range(max(0, i - 8), i)
    )


def _rule_passive(t: Text, i: int, stop_verb: bool) -> Finding | None:
    """A participle after its subject: "ban lifted", "exports to US halted", "barred from"."""
    low = t.toks[i].low
    if not (low.endswith(("ed", "en")) or low in R.PARTICIPLES):
        return None
    nxt = t.word(i + 1)
    if (
        nxt
        and nxt not in R.PASSIVE_NEXT
        and nxt != "to"
        and not nxt.endswith("ly")
        and not dates_its_effect(t, i + 1)
    ):
        # an object follows: active voice ("Zimbabwe banned exports of ..."); or a noun: an
        # adjective ("prices have limited upside")
        return None
    k = i + 2
    while t.word(k) in ("a", "an", "the"):
        k += 1
    # the agent, or the noun after its adjective ("by illegal miners", "by armed gangs")
    agents = {base_word(t.word(k)), base_word(t.word(k + 1))} if nxt == "by" else set()
    if agents & (R.COMPANY_WORDS | R.PLURAL_SUBJECTS | R.DISRUPTION_WORDS):
        return SKIP  # "market activity limited by buyers", "exports halted by a strike"
    if base_word(t.word(i - 1)) in R.SITE_WORDS:
        return SKIP  # "four illegal gold mines suspended": a site stops, not trade
    if t.word(i - 1) in ("which", "that") and t.word(i - 2) in ("those", "ones"):
        return SKIP  # "quotas that replace those which ended": the earlier measures ended
    head = subject_head(t, i)
    if head is None:
        return None
    kind, j = head
    base = base_word(low)
    word = t.toks[j].text
    if kind == "measure" and low in R.RELEASE_VERBS:
        if measure_noun(t, j) is None and base_word(t.word(j - 1)) in R.OPERATION_WORDS:
            return SKIP  # "mining licence revoked": a mine's permit, not trade
        if low in R.REVOKE_VERBS and is_granted(t.toks[j].low):
            # "export licences revoked": trade loses its permission, as the active form
            word = t.toks[j].text
            return Finding("stop", "suspended", i, [word, t.toks[i].text], verb=True, at=j)
        if (relief := exemption_ended(t, i, j)) is not None:
            return relief  # "export tax rebates ... cancelled": the tax comes back
        m = measure_noun(t, j) or measure_of(t.toks[j].low)
        flow, measure = (m[1], m[0]) if m else (None, None)
        return Finding(
            "passive-release",
            "resuming",
            i,
            [word, t.toks[i].text],
            flow=flow,
            verb=True,
            measure=measure,
            at=j,
        )
    if (
        kind == "goods"
        and stop_verb
        and nxt not in ("from", "to", "in", "by")
        and all(t.place_at[k] is None for k in range(i))
    ):
        # "Nickel halted after 250% surge": no government and no flow named; an exchange
        # halting trading, not a measure ("Russian aluminium barred from US" names places)
        return SKIP
    if kind in ("flow", "goods") and stop_verb:
        flow = flow_of(t.toks[j].low) if kind == "flow" else None
        conf = 0.8 if kind == "flow" else 0.75
        return Finding(
            "stop",
            R.STOP_VERBS[base],
            i,
            [word, t.toks[i].text],
            flow=flow,
            verb=True,
            confidence=conf,
        )
    return None


def _rule_restart(t: Text, i: int) -> Finding | None:
    """Restart + flow ("resumes exports", "allows shipments"); licences granted."""
    toks = t.toks
    n = len(toks)
    low = toks[i].low
    if low in R.GRANT_VERBS and (handed := handed_quotas(t, i)) is not None:
        return handed  # "grants banks new gold import quotas": the quotas' holders
    obj = scan_object(t, i)
    if obj is not None and obj[0] == "op":
        return Finding("operations", "none", i, [toks[i].text, toks[obj[1]].text])
    if low in R.CLEAR_VERBS and not (
        obj is not None
        and flow_of(toks[obj[1]].low) in (R.EXPORT, R.IMPORT)
        and i > 0
        and t.place_at[i - 1] is not None
    ):
        return SKIP  # "copper clears $10,000": a price; a country clears exports, a restart
    if low in R.APPROVED_ADJECTIVES and obj is not None and obj[0] == "flow":
        j = obj[1]
        if toks[j].low in R.TRADER_NOUNS and all(
            t.is_metal[k] or toks[k].low in R.GOODS_WORDS for k in range(i + 1, j)
        ):
            # "approved rare earth exporters": a list of who may trade, i.e. licensing
            words = [toks[i].text, toks[j].text]
            return Finding("noun", "licensing", i, words, flow=flow_of(toks[j].low), at=j)
    if t.word(i - 1) in R.OBLIGED_WORDS:
        return SKIP  # "importers must get approval": a requirement, not a licence granted
    if (low in R.GRANT_VERBS or low in R.RECEIVE_VERBS) and obj is not None and obj[0] == "measure":
        if (
            is_granted(toks[obj[1]].low)  # "issues controls" imposes them
            and measure_noun(t, obj[1]) is not None  # not "permit for a lithium project"
        ):
            return grant_read(t, i, obj[1])  # "stops issuing permits" suspends the flow
    if low in R.GRANT_VERBS and (passive := passive_grant(t, i)) is not None:
        return passive  # "export licences granted by Beijing"
    flow_j = next((j for j in range(max(0, i - 6), min(n, i + 9)) if flow_of(toks[j].low)), None)
    if flow_j is None and low.endswith("ed") and (head := subject_head(t, i)) and head[0] == "flow":
        flow_j = head[1]  # "imports of recycled steel into China permitted again": passive
    if low not in R.RESTART_VERBS or flow_j is None:
        return SKIP
    if flow_j > i and measure_of(t.word(flow_j + 1)) is not None:
        return SKIP  # "approved export duties": the measure noun decides
    # "approves bill to ban nickel exports": the flow belongs to another verb
    if any(
        (base_word(toks[k].low) in R.STOP_VERBS and not _adjective(t, k))
        or measure_of(toks[k].low)
        or toks[k].low in R.FISCAL_NOUNS  # "approved a royalty on copper sales"
        for k in range(i + 1, flow_j)
    ):
        return SKIP
    if flow_j < i and any(
        base_word(toks[k].low) in R.STOP_VERBS and not _adjective(t, k)
        for k in range(flow_j + 1, i)
    ):
        return SKIP  # "gold imports banned as EU approves sanctions": the flow's own verb
    if flow_j < i and _measure_on_flow(t, flow_j):
        return SKIP  # "Extension of safeguard duty on steel imports approved": the measure's
    if (kept := licensed_firms(t, i, flow_j)) is not None:
        return kept  # "lets licensed firms import gold bars": who may trade
    words = [toks[i].text, toks[flow_j].text]
    flow = flow_of(toks[flow_j].low)
    return Finding("restart", "resuming", i, words, flow=flow, verb=True, confidence=0.85)


def _measure_on_flow(t: Text, j: int) -> bool:
    """The flow at token ``j`` is what a measure noun before it falls "on" ("duty on steel
    imports"): a verb after them acts on the measure, not the flow."""
    for k in range(j - 1, max(-1, j - 5), -1):
        if t.word(k) == "on":
            return measure_noun(t, k - 1) is not None
        if not (t.is_metal[k] or t.word(k) in R.GOODS_WORDS):
            return False
    return False


def _adjective(t: Text, k: int) -> bool:
    """A participle before the goods it qualifies ("clears limited rare earth exports"),
    not a verb of its own."""
    return t.toks[k].low.endswith("ed") and (t.is_metal[k + 1] if k + 1 < len(t.toks) else False)


def _rule_stop(t: Text, i: int) -> Finding | None:
    """Stop verb + flow or goods ("bans nickel ore exports", "restricts exports")."""
    toks = t.toks
    tok = toks[i]
    status = R.STOP_VERBS[base_word(tok.low)]
    obj = scan_object(t, i)
    if obj is None:
        return SKIP
    kind, j = obj
    words = [tok.text, toks[j].text]
    if kind == "op":
        return Finding("operations", "none", i, words)
    if kind in ("flow", "goods"):
        flow = flow_of(toks[j].low) if kind == "flow" else None
        conf = 0.85 if kind == "flow" else 0.75
        if status in ("suspended", "quota") and _spares_holders(t, j):
            status = "licensing"  # "bans exports except by licensed traders": who may trade
        return Finding("stop", status, i, words, flow=flow, verb=True, confidence=conf)
    if kind == "measure" and status == "licensing":
        m = measure_of(toks[j].low)
        if m and m[0] == "licensing":  # "requires export permits", "tightens controls"
            flow = m[1] or flow_of(t.word(j - 1))
            return Finding("stop", "licensing", i, words, flow=flow, verb=True, confidence=0.85)
    return SKIP


def _spares_holders(t: Text, j: int) -> bool:
    """A ban's object is followed by an exception for licence holders ("prohibits exports for
    all but concession companies", "except by approved aggregators"): an approved-trader rule."""
    toks = t.toks
    for k in range(j + 1, min(j + 16, len(toks))):
        if toks[k].low in R.EXCEPT_WORDS and any(
            toks[m].low in R.HOLDER_WORDS for m in range(k + 1, min(k + 5, len(toks)))
        ):
            return True
        if toks[k].low in (";", ":", ".") or measure_noun(t, k) is not None:
            return False
    return False


def rule_at(t: Text, i: int) -> Finding | None:
    """The finding the word at token i decides, if any (the rules, strongest first)."""
    low = t.toks[i].low
    base = base_word(low)
    if low in R.EXPIRE_VERBS:
        return rule_expire(t, i)
    if low in END_FORMS and (ended := rule_ends(t, i)) is not None:
        return ended  # "export tax on nickel ore ends in Indonesia": the measure's subject
    if low in R.REPLACE_VERBS:
        return _rule_replace(t, i)
    if low in R.NOUN_VERBS and noun_reading(t, i):
        return None  # "aluminium scrap", "copper scrap imports"
    stop_verb = base in R.STOP_VERBS and (measure_of(low) is None or verb_reading(t, i))
    if stop_verb and (noun := measure_of(low)) is not None and object_less_stop(t, i):
        return Finding("noun", noun[0], i, [t.toks[i].text], flow=noun[1])  # "faces EU ban"
    if stop_verb and not_a_trade_stop(t, i):
        return None
    if low in R.SPARED_FROM and (t.word(i + 1) in R.SPARED_PREPS or low in R.ESCAPE_VERBS):
        if t.word(i - 1) in ("not", "never"):
            return SKIP  # "Mexico not spared from US tariffs": the measure names itself
        if (got := rule_release(t, i, False)) is not None:
            return got  # "Australia spared from US steel tariffs": its goods released
    if low == "left" and t.word(i + 1) == "out" and t.word(i + 2) in ("of", "from"):
        if t.word(i - 1) not in ("not", "never") and (got := rule_release(t, i, False)):
            return got  # "Copper and gold left out of new U.S. reciprocal tariffs": spared
    if low in SPARES and not spares_from_measure(t, i):
        return None  # "Spares Copper Market From Worst With 50% Duty": what the duty does
    if stop_verb or low in R.RELEASE_VERBS:
        found = _rule_passive(t, i, stop_verb)
        if found is None and stop_verb:
            found = rule_flow_to_stop(t, i)
        if found is not None:
            return found
    if low in R.RELEASE_VERBS and (base not in R.STOP_VERBS or stop_verb):
        return rule_release(t, i, stop_verb)
    if low in R.RESTART_VERBS or low in R.GRANT_VERBS or base in ("resumption", "reopening"):
        return _rule_restart(t, i)
    if low in R.RECEIVE_VERBS and base_word(t.word(i + 1)) in R.PERMISSION_NOUNS | {"a", "an"}:
        return _rule_restart(t, i)  # "gets permit to export raw lithium": trade may go on
    if stop_verb:
        return _rule_stop(t, i)
    if low in R.TARGET_VERBS:
        return rule_target(t, i)
    shift = next((k for k in (i - 2, i - 3) if k >= 0 and t.word(k) in R.SHIFT_VERBS), None)
    if shift is not None and measure_of(low) and _shift_after_release(t, shift):
        return _rule_replace(t, shift)  # "..., moves to quota system": read from the measure
    if court_rules(t, i):
        return None  # "Court rules against aluminium import duties": the court's verb
    if (lifted := no_longer_faced(t, i)) is not None:
        return lifted  # "Canadian aluminum no longer faces 10 percent U.S. tariff"
    return rule_release_noun(t, i) or measure_paused(t, i) or rule_noun(t, i) or caused_cut(t, i)
