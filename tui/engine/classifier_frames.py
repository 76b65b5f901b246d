"""Framing around a measure: a question asked of it, market news told around it (a price
move before or after the policy clause), read by :func:`tui.engine.classifier_vetoes.find_veto`."""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_dated_shipments import dated_shipments
from tui.engine.classifier_measure_phrase import phrase_end
from tui.engine.classifier_text import Finding, Text, base_word, flow_of, measure_of

#: Words opening a lead clause that states a fact before a question ("As ..., what next?").
_LEAD_CLAUSE = frozenset({"as", "after", "with", "now", "since", "once"})
_EFFECT_AFTER_RE = lazy(
    r"\s+(?:takes?|took|taking|comes?|came|coming)\s+(?:into\s+)?effect\b", re.I
)
_EFFECT_RE = lazy(r"\b(?:takes?|took|taking|comes?|came|coming)\s+(?:into\s+)?effect\b", re.I)


def question(t: Text, best: Finding) -> bool:
    """The clause of the deciding word asks ("Has Jakarta really lifted ...?", "Is Congo about
    to ban ...?"), rather than a question standing in another clause ("..: what next?")."""
    text = t.text
    at = t.toks[best.index].end
    q = text.find("?", at)
    if q < 0:
        return False  # no "?" after the deciding word: "What next? China bans ..." reports
    between = text[at:q]
    if _SENTENCE_END_RE.search(between) is not None:
        return False  # "Turkey raises steel duty to 30%. Will prices follow?": told, then asked
    start = max((k + 1 for k in range(best.index) if t.toks[k].low in (":", "|")), default=0)
    if t.word(start) in _LEAD_CLAUSE and "," in between:
        return False  # "As Pakistan hikes copper duty, who pays?": the lead clause states it
    return R.CLAUSE_SEP_RE.search(between) is None


#: A publisher named after a dash at a title's end ("... ? - CBC.ca", "– by A Writer (Outlet)").
_PUBLISHER_TAIL_RE = lazy(r"(?<=\?)\s+[-–—|]\s+[^?:]{2,80}$")
#: A sentence's end inside a title: a full stop after a word or a figure, then a capital.
_SENTENCE_END_RE = lazy(r"(?<=[a-z0-9%)])\.\s+(?=[A-Z])")
_SAID_TAIL_RE = lazy(r",\s*(?:[\w.&'’-]+\s+){1,3}(?:says|said)\s*$", re.IGNORECASE)
#: "...: Glencore CEO", "...: JSW chief": a company's head speaking after a colon.
_HEAD_TAIL_RE = lazy(
    r":\s*(?:[\w.&'’-]+\s+){1,3}(?:ceo|chief|chairman|chairperson|head|md|president|boss|"
    r"executive|analysts?|economists?|director|founder)\s*$",
    re.IGNORECASE,
)
_MODAL_RE = lazy(r"\b(?:may|might|could)\b", re.IGNORECASE)
#: Speakers whose word reports a government's plan ("..., sources say", "officials said").
_REPORTING = frozenset({"sources", "source", "officials", "official", "people", "insiders"})
#: Government words that speak for a government ("trade" alone qualifies a lawyer or a body).
_GOVERNMENT = R.GOVERNMENT_WORDS - {"trade"}


def forecast_said(t: Text, best: Finding) -> bool:
    """ "Aluminium wire may face new duties, consultancy says": a measure that may come,
    told by a speaker after the comma who names no place, government or sources (a firm, an
    adviser): a forecast, not a government's plan ("..., Ghana minister says" plans). The
    same told after a colon by a company's head ("US duties could make India a dumping ground
    for steel: JSW chief")."""
    m = _SAID_TAIL_RE.search(t.text) or _HEAD_TAIL_RE.search(t.text)
    if m is None or m.start() < t.toks[best.index].end:
        return False
    modal = _MODAL_RE.search(t.text, 0, m.start())
    if modal is None:
        return False
    k = next((k for k, tk in enumerate(t.toks) if tk.end > modal.start()), 0) - 1
    pi = t.place_at[k] if k >= 0 else None
    if pi is not None and not t.gaz.is_demonym(t.places[pi][3]):
        return False  # "Indonesia may halt tin exports, Widodo says": a government's own plan
    return not any(
        t.place_at[k] is not None or tk.low in _GOVERNMENT or tk.low in _REPORTING
        for k, tk in enumerate(t.toks)
        if tk.start > m.start()
    )


_CAP_TO_RE = lazy(
    r"\b(?:limit(?:s|ed|ing)?|restrict(?:s|ed|ing)?|cap(?:s|ped|ping)?)\b[^.;:]{0,60}?\bto\s+"
    r"(?:about\s+|around\s+|just\s+)?\d[\d,.]*\s*(?:%|per\s*cent|percent|(?:million\s+)?"
    r"(?:tonnes?|tons?|kg|grams?)\b)",
    re.IGNORECASE,
)


def capped_to_amount(t: Text, best: Finding) -> bool:
    """ "restricts cathode exports to 30% of output", "restrictions ..., limiting the volumes
    ... to 25% of production": a restriction that sets an amount is a quota."""
    return _CAP_TO_RE.search(t.text, max(0, t.toks[best.index].start - 40)) is not None


def instrument_status(t: Text, best: Finding) -> str | None:
    """ "moves to curb steel imports with TRQs", "restricts imports with licences": a generic
    restriction whose instrument, after "with", is a measure noun takes that noun's status."""
    if best.status != "licensing" or not best.verb:
        return None
    # "to curb nickel ore exports to China with quotas": the goods and their market between
    for k in range(best.index + 1, min(len(t.toks), best.index + 9)):
        if t.word(k) in R.CLAUSE_BREAK:
            return None
        if t.word(k) == "with":
            for j in range(k + 1, min(len(t.toks), k + 4)):
                found = measure_of(t.word(j))
                if found is not None:
                    return found[0]
            return None
    return None


def _modifier(t: Text, k: int) -> bool:
    """A word that may stand inside a measure's phrase: a metal, goods, another measure."""
    w = t.word(k)
    return t.is_metal[k] or w in R.GOODS_WORDS or measure_of(w) is not None or w in ("new", "the")


def deal_on_measure(t: Text, best: Finding) -> bool:
    """ "U.S., EU come to new agreement on steel tariffs", "S232 aluminium deal with
    Argentina": two parties' deal on a duty eases it (a quota agreed stays a quota)."""
    if best.status != "tariff" or best.verb or not t.lows or R.AGREEMENT_WORDS.isdisjoint(t.lows):
        return False
    k = best.index - 1
    while k > 0 and _modifier(t, k):
        k -= 1
    if t.word(k) in ("on", "over") and t.word(k - 1) in R.AGREEMENT_WORDS:
        return len({t.place_at[j] for j in range(k - 1) if t.place_at[j] is not None}) >= 2
    k = best.index + 1
    while k < len(t.toks) and _modifier(t, k):
        k += 1
    return (
        t.word(k) in R.AGREEMENT_WORDS
        and t.word(k + 1) == "with"
        and k + 2 < len(t.toks)
        and t.place_at[k + 2] is not None
    )


def topic_question(t: Text, best: Finding) -> bool:
    """A measure named only as a noun, then, past a separator, a question about it ("The
    Cobalt Export Ban: Bold Policy or Costly Mistake?", "Ore export ban - boon or bane?"): a
    debate or an explainer, not news of the measure."""
    if best.verb:
        return False
    # "...: Prelude to a Trade War? - Law Firm LLP": a publisher's tail after the question
    text = _PUBLISHER_TAIL_RE.sub("", t.text.rstrip())
    if not text.endswith("?"):
        return False
    return R.CLAUSE_SEP_RE.search(text, t.toks[best.index].end) is not None


def measure_in_market_frame(t: Text, best: Finding, market_end: int) -> bool:
    """A measure told inside market framing: a government (a place) acts by a verb in the
    clause after the move, in effect (not threatened or weighed) and on the metal, not on
    broad goods ("Nickel jumps after Indonesia bans ore exports")."""
    clause = t.text[market_end:]
    # a noun measure taking effect ("as new steel quotas take effect") states the measure as
    # much as a verb does
    if not (best.verb or _EFFECT_RE.search(clause)):
        return False
    if not best.verb and any(
        t.word(j) in R.SPECULATION_WORDS for j in range(max(0, best.index - 2), best.index + 3)
    ):
        return False  # "fall on United States import tariff hazard": a fear, not a measure
    if R.PROPOSED_RE.search(clause) or R.MAY_RE.search(clause):
        return False
    after = [j for j, tk in enumerate(t.toks) if tk.start >= market_end]
    if any(t.toks[j].low in R.BROAD_GOODS for j in after):
        return False
    return any(t.place_at[j] is not None for j in after if j < best.index)


def measure_moves_to_rate(t: Text, f: Finding, market: re.Match[str]) -> bool:
    """ "Indian steel import duty rises to 20%", "Section 232 steel tariffs rise to 50%": the
    move word's subject is the measure and it moves to a rate; the measure's new level, not a
    price."""
    if R.RATE_TO_RE.match(t.text, market.end()) is None:
        return False
    between = [k for k in range(f.index + 1, len(t.toks)) if t.toks[k].end <= market.start()]
    return all(
        t.is_metal[k] or measure_of(t.toks[k].low) is not None or flow_of(t.toks[k].low)
        for k in between
    ) and (not between or measure_of(t.toks[between[-1]].low) is not None)


def attached_before(t: Text, f: Finding, market_at: int, in_main: list[bool]) -> bool:
    """A measure stated before the market words and tied to a metal ("Trump tariffs on
    Canadian aluminum force price hikes"): the price move is its consequence."""
    if not in_main[f.index] or t.toks[f.index].end > market_at:
        return False
    toks = t.toks
    k = f.index - 1  # past a flow or goods word: "lithium export ban", "nickel ore export ban"
    while k > 0 and f.index - k <= 2 and (flow_of(t.word(k)) or t.word(k) in R.GOODS_WORDS):
        k -= 1
    if 0 <= k < f.index and t.is_metal[k]:
        return True  # "copper tariffs", "lithium export ban"
    if t.word(phrase_end(t, f.index) + 1) in R.CAUSE_VERBS and any(
        t.place_at[j] is not None for j in range(0, f.index)
    ):
        return True  # "China's export controls trigger a surge in gallium prices"
    if t.word(f.index + 1) in ("on", "against", "for"):
        for j in range(f.index + 2, min(len(toks), f.index + 6)):
            if toks[j].end > market_at:
                break
            if t.is_metal[j]:
                return True
    return False


def told_after_market(t: Text, best: Finding, market: re.Match[str]) -> bool:
    """The measure is told in a clause after the market words ("Tin soars as Myanmar halts
    ore shipments") and stated there (:func:`measure_in_market_frame`)."""
    toks = t.toks
    if market.end() > toks[best.index].start:
        return False
    between = [tk.low for tk in toks[: best.index] if tk.end > market.start()][1:]
    return any(w in R.MARKET_CLAUSE for w in between) and (
        measure_in_market_frame(t, best, market.end()) or _threat_on_metal(t, best, market.end())
    )


def _threat_on_metal(t: Text, best: Finding, market_end: int) -> bool:
    """ "Stocks to watch as copper comes in Trump's tariff crosshairs", "USD slips after Trump
    threatens steel and aluminum tariffs": a government's threat or plan told after the market
    words, on a metal named there: the proposed measure, not a mood ("Gold soars as Trump
    threatens fresh tariffs" names the metal only for its price)."""
    clause = t.text[market_end:]
    if R.PROPOSED_RE.search(clause) is None:
        return False
    # the clause of the threat: after the last "as"/"after" that joins it to the market words
    lead = max(
        (j for j, tk in enumerate(t.toks[: best.index]) if tk.low in R.MARKET_CLAUSE),
        default=-1,
    )
    after = [j for j, tk in enumerate(t.toks) if tk.start >= market_end and j > lead]
    if lead < 0 or any(t.toks[j].low in R.BROAD_GOODS for j in after):
        return False
    return any(t.place_at[j] is not None for j in after if j <= best.index) and any(
        t.is_metal[j] for j in after
    )


def takes_effect(t: Text, best: Finding) -> bool:
    """The measure noun is said to take effect right after it ("new EU steel safeguards coming
    into effect on April 1"): the measure is stated, whatever reaction frames it."""
    return _EFFECT_AFTER_RE.match(t.text, t.toks[best.index].end) is not None


#: Words of an obligation: a tail that has one states a measure's terms ("exporters must
#: obtain licences", "importers required to register"), not who speaks.
_OBLIGED = frozenset({"must", "shall", "required", "need", "needs", "obliged"})


def industry_tail(t: Text, best: Finding) -> bool:
    """ "Export duty on nickel to hurt smelters: producers' association": a short tail after
    the last colon names who speaks, and it is an industry (not sources, not a minister)."""
    cut = t.text.rfind(":")
    if cut < 0 or cut < t.toks[best.index].end:
        return False
    tail = [tk.low for tk in t.toks if tk.start > cut]
    if not 0 < len(tail) <= 4 or "sources" in tail or "source" in tail:
        return False
    if any(w in _OBLIGED or (w in ("have", "has") and "to" in tail) for w in tail):
        return False  # "...: exporters must obtain licences": the measure's terms, no speaker
    return any(
        w in R.INDUSTRY_SPEAKERS or w in R.INDUSTRY_BODY_WORDS or base_word(w) in R.COMPANY_WORDS
        for w in tail
    )


_NOT_ALLOWED_RE = lazy(
    r"\b(?:(?:will|shall|would)\s+)?(?:not|no\s+longer)\s+(?:be\s+)?(?:allowed|permitted)\b",
    re.IGNORECASE,
)


def not_allowed(t: Text) -> Finding | None:
    """ "Export of raw rare earth will not be allowed", "ore exports no longer permitted": a
    trade flow the text says may not go is banned, not a denial of a measure."""
    lows = t.lows
    if "allowed" not in lows and "permitted" not in lows:
        return None
    m = _NOT_ALLOWED_RE.search(t.text)
    if m is None:
        return None
    flows = [k for k, tk in enumerate(t.toks) if tk.end <= m.start() and flow_of(tk.low)]
    if not flows:
        return None
    flow = flow_of(t.toks[flows[-1]].low)
    if flow == R.NEUTRAL and dated_shipments(t, flows[-1], m.end()):
        flow = R.EXPORT  # "Bauxite shipments will not be allowed after June 1, Guinea says"
    if flow not in (R.EXPORT, R.IMPORT):
        return None
    k = next(k for k, tk in enumerate(t.toks) if tk.start >= m.start())
    words = [t.toks[flows[-1]].text, m.group(0)]
    return Finding("stop", "suspended", k, words, flow=flow, verb=True)


#: Verbs by which a measure raises a mood ("ban raises fears", "curbs stoke worries").
_MOOD_RAISERS = frozenset(
    {"raise", "raises", "raised", "raising", "stoke", "stokes", "stoked", "stoking", "spark",
     "sparks", "sparked", "fuel", "fuels", "fuelled", "fueled", "revive", "revives", "revived"}
)  # fmt: skip


def speculation_end(t: Text, best: Finding) -> int:
    """Where words of speculation around a measure noun stop counting: right after it when its
    own verb raises the mood ("lithium export ban raises fears": the fear is the measure's
    effect, as in "ban on lithium exports raises fears"), else two words on ("tariff fears")."""
    return best.index + 1 if t.word(best.index + 1) in _MOOD_RAISERS else best.index + 3


#: A spaced dash that ends a title's news and starts a reaction to it.
_DASH_RE = lazy(r"\s[-–—]\s")


def reaction_tail(t: Text, best: Finding, at: int) -> bool:
    """Whether the analyst at token ``at`` stands after a dash that follows the measure ("Trump
    to announce 25% steel and aluminum tariffs — Economist warns ..."): a commentator's
    reaction to the news before the dash, not the speaker of the measure. The analyst heads the
    tail ("— Economist warns", "- an analyst says"); a tail telling what analysts think ("—
    here's what analysts think happens next") is an explainer, left to the veto."""
    if at <= best.index:
        return False
    start = t.toks[best.index].end
    dash = _DASH_RE.search(t.text, start, t.toks[at].start)
    if dash is None:
        return False
    return sum(dash.end() <= tk.start < t.toks[at].start for tk in t.toks) <= 1
