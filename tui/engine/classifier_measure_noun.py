"""Whether a measure word, read as a noun, names a trade measure here, and on which flow.

A measure word ("ban", "quota", "levy", "duties") is a trade measure only in its place:
:func:`measure_noun` reads the words around token ``i`` of a
:class:`~tui.engine.classifier_text.Text` and answers the measure's status and the flow it
bears on, or None when the word is a verb ("China curbs exports"), modifies another noun
("tariff decision", "export ban talks"), names an operation ("mining licence", "moratorium on
deep-sea mining") or, for a weak noun ("levy", "tax", "limits"), has no trade flow near it.
:func:`operation_object` (an object that is an operation, not goods) and :func:`verb_reading`
(an ambiguous noun/verb word read as a verb) are asked by the rules too. The word-level
lookups (:func:`~tui.engine.classifier_text.measure_of`, ``flow_of``) are in
:mod:`tui.engine.classifier_text`.
"""

from __future__ import annotations

from itertools import pairwise

from tui.engine import classifier_rules as R
from tui.engine.classifier_case import looks_named
from tui.engine.classifier_charge_rate import past_rate
from tui.engine.classifier_charges import struck_with
from tui.engine.classifier_place_levies import place_levies
from tui.engine.classifier_text import Text, base_word, flow_of, measure_of

#: Verbs by which a charge names the goods it falls on ("the levy applies to", "covers").
_COVERS = frozenset({"applies", "apply", "covers", "cover"})


def _heads_an_order(t: Text, i: int, k: int) -> bool:
    """Coordinated measure words head a list that names more than cases ("Antidumping or
    Countervailing Duty Investigations, Orders, or Reviews"): the orders are measures."""
    if not any(t.word(j) in R.AND_WORDS for j in range(i + 1, k)):
        return False
    seps = R.AND_WORDS | {","}
    heads, j = [], k + 1
    while t.word(j) in seps:
        while t.word(j) in seps:
            j += 1
        heads.append(t.word(j))
        j += 1
    # the list names an order or a measure ("..., Orders, or Reviews"), not only steps of
    # the case ("Investigations and Scheduling of Preliminary Phase Investigations")
    return any(w in R.ORDER_NOUNS or measure_of(w) is not None for w in heads)


def _amends_duties(t: Text, i: int, k: int) -> bool:
    """An amended determination ("Amended Final Antidumping Duty Determination") sets the
    duties' rates anew, with the orders: a measure, where a first finding is a step."""
    return t.word(k) in R.DETERMINATION_NOUNS and any(
        t.word(j) in R.AMENDED_WORDS for j in range(max(0, i - 3), i)
    )


def measure_noun(t: Text, i: int) -> tuple[str, str | None] | None:
    """A measure at token i, read as a noun, with any compound flow."""
    m = measure_of(t.toks[i].low)
    if m is None:
        return None
    low = base_word(t.toks[i].low)
    status, flow = m
    prev = t.word(i - 1)
    if prev in R.ABSENT_WORDS:
        return None  # "closes probe without duties", "no duties imposed": none laid
    nxt = t.word(i + 1)
    # an ambiguous word read as a verb ("China curbs exports") is not a noun here
    if low in R.STOP_VERBS and verb_reading(t, i):
        return None
    k = i + 1
    while k < i + 5 and (
        measure_of(t.word(k)) is not None
        or t.word(k) in R.AND_WORDS
        or t.word(k) in R.SUNSET_WORDS  # "AD & CVD sunset review"
        or t.word(k) in R.CHANGED_CIRCUMSTANCES  # "Duty Changed Circumstances Review"
        or t.word(k) in R.REMEDY_ABBREVIATIONS  # "anti-dumping (AD) sunset review"
        or t.word(k) in R.STEP_NOUNS  # "safeguard extension recommendation"
    ):
        k += 1  # "antidumping and countervailing duty petitions": the phrase's head
    if (
        t.word(k) in R.NON_MEASURE_HEADS
        and not _heads_an_order(t, i, k)
        and not _amends_duties(t, i, k)
        # "tariff-rate quota deal": the deal is the quota's arrangement, as "quota
        # arrangement" reads ("quota deal talks" stay talks)
        and not (
            status == "quota"
            and t.word(k) in ("deal", "deals")
            and t.word(k + 1) not in R.NON_MEASURE_HEADS
        )
    ):
        return None  # "tariff decision", "export ban talks", "countervailing duty probe"
    # "mining licence", "production quota", "mining ban": operations, not trade
    if base_word(prev) in R.OPERATION_WORDS or (
        (t.is_metal[i - 1] if i > 0 else False) and base_word(t.word(i - 2)) in R.OPERATION_WORDS
    ):
        return None
    if nxt in ("on", "of", "for") and operation_object(t, i + 2):
        return None  # "moratorium on deep-sea mining", "permit for a lithium project"
    if prev in ("export", "import") or (
        flow_of(prev) in (R.EXPORT, R.IMPORT) and prev.endswith("-")
    ):
        flow = R.FLOW_WORDS[prev] if prev in R.FLOW_WORDS else flow
    if flow is None and prev in R.FLOW_WORDS and R.FLOW_WORDS[prev] != R.NEUTRAL:
        flow = R.FLOW_WORDS[prev]
    if flow is None and prev in R.REMEDY_KINDS:
        flow = R.IMPORT  # "dumping measures", "anti-subsidy measures": duties on imports
    prev_m = measure_of(prev) or (("tariff", None) if prev == "tariff-rate" else None)
    if flow is None and prev_m is not None and prev_m[0] == "tariff" and status != "tariff":
        flow = R.IMPORT  # "safeguard quotas", "tariff-rate quota" are on imports
    if low in R.WEAK_NOUNS and flow is None:
        # "levy on exports", "tax on imports", "limits on shipments"
        # "tax on nickel pig iron exports": the goods after "on" may run longer
        # "levy applies to lithium and gold exports": goods after a verb of cover run as long
        end = i + (8 if t.word(i + 1) in ("on", "of") or t.word(i + 1) in _COVERS else 5)
        window = []
        for j in range(i + 1, min(end, len(t.toks))):
            if t.word(j) in R.CLAUSE_BREAK and j >= i + 5:
                break
            window.append(t.word(j))
        # goods sent on to a market after the charge: "taxes bauxite destined for Chinese
        # refineries" (not "is going to levy a tax" before it: the verb's, no goods')
        sent = any(a in R.SENT_TO and b in ("to", "for") for a, b in pairwise(window))
        lo = max(0, i - 3)  # "imports of steel; limit": a flow before its "of <goods>"
        lo -= 1 if lo > 0 and "of" in t.lows[lo:i] else 0
        window += [t.word(j) for j in range(lo, i)]
        flows = [R.FLOW_WORDS[w] for w in window if w in R.FLOW_WORDS]
        if sent:
            flows.append(R.EXPORT)
        if (
            not flows
            and low in R.CHARGE_NOUNS
            and (
                prev in R.PROTECTION_WORDS
                or _on_foreign_goods(t, past_rate(t, i) + 1)  # "levies of 38% on ..."
                or _imposed_on_goods(t, i)
                or struck_with(t, i)
            )
        ):
            # "slaps levy on Canadian aluminum", "temporary protection fees", "imposes fees
            # on steel rebar", "hits Chinese foil with new levy": a duty on imports
            flows = [R.IMPORT]
        if not flows and low in R.CHARGE_NOUNS:
            flows = _flow_facing(t, i)  # "exports to face new levy"
        if not flows and low == "sanction" and i > 0 and t.place_at[i - 1] is not None:
            flows = [R.IMPORT]  # "US and UK sanction Russian nickel": the verb of plurals
        if not flows and place_levies(t, i):
            return status, None  # "Indonesia's new nickel ore levies kick in": the corridor's
        if not flows:
            # "export controls" is strong; bare "control" / "tax" is not trade policy
            return None
        flow = next((f for f in flows if f != R.NEUTRAL), flows[0])
    tariff_rate = nxt in ("rate", "rates") and t.word(i + 2) in ("quota", "quotas")
    if tariff_rate and low in ("tariff", "quota"):
        return "quota", flow or R.IMPORT  # a tariff-rate quota is on imports
    return status, flow


def _flow_facing(t: Text, i: int) -> list[str]:
    """ "Zinc exports to face new fee", "imports could face Indian tax": the flow that is
    the subject of a face verb a few words before the charge at i, or imports (else none)."""
    if t.word(i - 1) in R.FISCAL_NOUNS:
        return []  # "face windfall tax": a tax on profits
    k = next((k for k in range(i - 1, max(-1, i - 6), -1) if t.word(k) in R.FACE_VERBS), -1)
    j = k - 1
    while k > 0 and (t.word(j) in R.MODALS or t.word(j) in ("to", "now", "still")):
        j -= 1  # "could face", "to face", "now faces"
    for m in range(j, max(-1, j - 5), -1) if k > 0 else ():
        low = t.word(m)
        if low in R.CLAUSE_BREAK or measure_of(low) is not None:
            break
        if flow_of(low) is not None:
            return [R.FLOW_WORDS[low]]  # "exports from Egypt to face": over its places
    goods = k > 0 and (t.is_metal[j] or t.word(j) in R.GOODS_FORMS)
    named = any(t.place_at[x] is not None for x in range(k + 1, i))
    return [R.IMPORT] if goods and named else []  # "aluminium now faces 25% US levy"


def _on_foreign_goods(t: Text, k: int) -> bool:
    """ "on Canadian aluminum", "on steel from Japan": goods of a named place (token k
    onwards); "on copper miners" or "on windfall profits" are not."""
    if t.word(k) not in ("on", "against"):
        return False
    window = range(k + 1, min(k + 6, len(t.toks)))
    return any(t.is_metal[j] for j in window) and any(
        t.place_at[j] is not None and not t.is_metal[j] for j in window
    )


def _imposed_on_goods(t: Text, i: int) -> bool:
    """ "Imposes temporary fees on steel rebar": an imposing verb just before the charge at
    i and a metal after "on" that is goods, not its producers ("levy on copper miners")."""
    if not any(t.word(j) in R.IMPOSE_VERBS for j in (i - 1, i - 2)):
        return False
    if t.word(i + 1) != "on":
        return False
    for j in range(i + 2, min(i + 5, len(t.toks))):
        if t.is_metal[j]:
            nxt = base_word(t.word(j + 1))
            return not (
                nxt in R.PLURAL_SUBJECTS or nxt in R.COMPANY_WORDS or nxt in R.OPERATION_WORDS
            )
    return False


def operation_object(t: Text, k: int) -> bool:
    """An object (from token k) whose head is an operation ("deep-sea mining", "Spanish
    lithium project") and no trade flow, measure or goods word."""
    for j in range(k, min(k + 5, len(t.toks))):
        low = t.word(j)
        if (
            flow_of(low)
            or measure_of(low)
            or low in R.GOODS_WORDS
            or low in R.CLAUSE_BREAK
            or (t.is_metal[j] and base_word(t.word(j + 1)) not in R.SITE_WORDS)
        ):
            return False  # "tariffs on Canadian aluminum": the goods
        if base_word(low) in R.SITE_WORDS:
            nxt = t.word(j + 1)
            if nxt in R.PERMISSION_WORDS:
                return True  # "ban on new mining permits": a permit to mine, not to trade
            if nxt in R.SITE_HOLDERS:
                return False  # "permits for smelter builders": firms hold them, to trade
            return not (flow_of(nxt) or measure_of(nxt) or nxt in R.GOODS_WORDS)
    return False


def verb_reading(t: Text, i: int) -> bool:
    """Whether an ambiguous noun/verb word ("bans", "curbs", "halt") is a verb here."""
    prev = t.word(i - 1)
    nxt = t.word(i + 1)
    if nxt in ("on", "of", "against", "to") and prev not in R.MODALS:
        return False
    if i == 0:
        return nxt not in ("on", "of")
    if prev.endswith("'s") or prev in R.NOUN_CONTEXT or measure_of(prev) is not None:
        return False
    if t.is_metal[i - 1]:
        return False
    if prev in R.PLURAL_SUBJECTS or prev in R.INSTRUMENT_SUBJECTS:
        return True  # "rebels halt", "miners halt", "the package bans"
    if prev in R.MODALS or t.place_at[i - 1] is not None or prev == ",":
        return True
    # a capitalised subject word ("Zimbabwe", "Jakarta", "Government") before the verb
    return looks_named(t.text, t.toks[i - 1].text) or prev in R.GOVERNMENT_WORDS
