"""Government news near a metal that is no measure on its trade (session 30).

Governments act on metals in ways whose words the rules read as a measure's; each check says
why the headline is no trade measure after all (README, "Trade-policy statuses": an industry's
petition, sanctions on people, rules on a metal that are not on its trade):

- **a request for a measure received** ("Gecex receives request for anti-dumping duties on
  Chinese steel", "authority accepts application for duties", "receives petition to extend
  duties to ..."): a body that is asked for a measure has taken none; a request granted ("grants request for duties") is left to the
  rules;
- **a ban on people** ("visa bans on Zimbabwean officials over gold smuggling", "travel ban on
  junta leaders"): who may enter a country, not goods;
- **a rule on domestic prices** ("to require miners to sell nickel ore at benchmark price"):
  what a sale at home may fetch, when nothing in the sentence crosses a border;
- **an investor barred from buying into a firm** ("bars Chinese investor from buying stake in
  Swedish graphite miner"): a share of a firm, not goods;
- **a crime over a measure's papers** ("jails former officials over nickel ore export permit
  fraud"): the case is the news.

And for :func:`tui.engine.classifier_vetoes.find_veto`: a word of the mining trade that only
names a government's instrument ("new mining law bans ...", "mining code amendment bans ...",
"Under new mining decree, ...") is no company acting (:func:`instrument_modifier`).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_price_rules import PRICE_WORDS
from tui.engine.classifier_text import Finding, Text, base_word

#: Nouns of asking for a measure.
_REQUESTS = frozenset(
    {"request", "requests", "petition", "petitions", "application", "applications",
     "complaint", "complaints"}
)  # fmt: skip
#: Verbs that answer a request with the measure: the rules read what follows.
_GRANTS = frozenset(
    {"grants", "granted", "approves", "approved", "heeds", "heeded", "answers", "answered",
     "upholds", "upheld"}
)  # fmt: skip
#: Verbs by which a request is received or filed: "receives petition to extend duties".
_TAKEN_IN = R.RECEIVE_VERBS | frozenset(
    {"accepts", "accepted", "files", "filed", "submits", "submitted", "lodges", "lodged"}
)
#: What a ban on people keeps out: "visa ban", "travel bans", "entry ban".
_PEOPLE_BANS = frozenset({"visa", "visas", "travel", "entry", "immigration"})
_BAN_NOUNS = frozenset({"ban", "bans", "restriction", "restrictions", "curbs", "sanctions"})
#: A price a sale at home is held to: "benchmark price", "reference price", "price floor".
_PRICE_RULES = frozenset(
    {"benchmark", "reference", "floor", "ceiling", "minimum", "maximum", "fixed", "official",
     "regulated", "government-set", "state-set"}
)  # fmt: skip
_SALES = R.forms("sell|s|ing", "sold", "sale|s")
#: Words of goods crossing a border, with which a price rule may be a trade measure
#: ("export benchmark price").
_BORDER = frozenset({"shipment", "shipments", "customs", "overseas", "border", "cargo", "cargoes"})
#: A government's instrument named after a word of the mining trade ("mining law").
_INSTRUMENTS = frozenset(
    {"law", "laws", "code", "codes", "decree", "decrees", "regulation", "regulations", "act",
     "bill", "legislation", "ordinance", "rules", "amendment", "amendments", "directive"}
)  # fmt: skip

#: Buying a share of a firm, not goods: "from buying stake in ...", "acquiring control of".
_BUYING = frozenset(
    {"buy", "buying", "acquire", "acquiring", "purchase", "purchasing", "take", "taking",
     "hold", "holding"}
)  # fmt: skip
_HOLDINGS = frozenset(
    {"stake", "stakes", "shares", "share", "control", "holding", "holdings", "equity"}
)  # fmt: skip

#: A crime committed over a measure's papers: "export permit fraud", "quota graft case".
_CRIMES = frozenset(
    {"fraud", "frauds", "graft", "corruption", "bribery", "bribes", "forgery", "forgeries",
     "scam", "scams", "scandal", "racket", "embezzlement"}
)  # fmt: skip

#: The words without one of which no check of :func:`policy_news_veto` vetoes.
POLICY_NEWS_CUES = _REQUESTS | _PEOPLE_BANS | PRICE_WORDS | _HOLDINGS | _CRIMES


def policy_news_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline is government news of the module's kinds, else None."""
    lows = t.lows
    if POLICY_NEWS_CUES.isdisjoint(lows):
        return None
    if _request_received(t, best):
        return "company", "a request for a measure received: asked for, not taken"
    if _people_banned(t, best):
        return "company", "a ban on people's travel or visas, not on goods"
    if _domestic_price_rule(lows):
        return "speculation", "a rule on the price of sales at home, not on trade"
    if _stake_barred(t, best):
        return "company", "an investor barred from buying into a firm: no trade measure"
    if _crime_over(t, best):
        return "speculation", "a crime over a measure's papers (fraud, graft): a case, no measure"
    return None


def _crime_over(t: Text, best: Finding) -> bool:
    """ "jails former officials over nickel ore export permit fraud", "quota graft case": the
    measure, named by its noun, is the object of a crime named within two words after it."""
    if best.verb:
        return False
    k = best.measure_at
    return any(t.word(m) in _CRIMES for m in (k + 1, k + 2))


def _stake_barred(t: Text, best: Finding) -> bool:
    """ "bars Chinese investor from buying stake in Swedish graphite miner": the deciding stop
    verb's object is a verb of buying whose object, within two words, is a share of a firm."""
    if not best.verb or best.rule != "stop":
        return False
    for k in range(best.index + 1, min(best.index + 8, len(t.toks))):
        if t.toks[k].low in _BUYING:
            return any(t.word(m) in _HOLDINGS for m in (k + 1, k + 2))
    return False


def _request_received(t: Text, best: Finding) -> bool:
    """ "receives request for anti-dumping duties on ...", "petition for duties filed": a
    request noun, "for" right after it and the measure within four words, in one clause, and
    no verb before the request that grants it."""
    k = best.measure_at
    for j in range(k - 1, max(-1, k - 6), -1):
        low = t.toks[j].low
        if low in R.CLAUSE_BREAK or low in (",", ";", ":", "|"):
            return False
        if low in _REQUESTS:
            if t.word(j + 1) == "to":
                # "receives petition to extend duties to ...", "files request to impose ...":
                # asked for by a request received or filed
                return any(t.word(m) in _TAKEN_IN for m in range(max(0, j - 3), j))
            if t.word(j + 1) != "for":  # "Application Requirements for ... Exports": a rule
                return False
            return not any(t.word(m) in _GRANTS for m in range(max(0, j - 3), j))
    return False


def _people_banned(t: Text, best: Finding) -> bool:
    """ "imposes visa bans on officials", "travel ban on junta leaders": the measure noun is
    a ban whose adjective is who may enter."""
    k = best.measure_at
    return t.toks[k].low in _BAN_NOUNS and t.word(k - 1) in _PEOPLE_BANS


def _domestic_price_rule(lows: list[str]) -> bool:
    """ "to require miners to sell nickel ore at benchmark price": a verb or noun of selling,
    a price with a word of its rule beside it, and no word of goods crossing a border."""
    if _SALES.isdisjoint(lows) or PRICE_WORDS.isdisjoint(lows):
        return False
    if any(
        w in _BORDER or w.startswith(("export", "import")) or w.endswith("-export") for w in lows
    ):
        return False
    return any(
        low in PRICE_WORDS
        and (
            not _PRICE_RULES.isdisjoint(lows[max(0, k - 2) : k])
            or (k + 1 < len(lows) and lows[k + 1] in _PRICE_RULES)
        )
        for k, low in enumerate(lows)
    )


def instrument_modifier(t: Text, j: int) -> bool:
    """Whether the word at ``j`` ("mining" in "new mining law", "mining code amendment") only
    names a government's instrument: a law, code or decree within the next two words."""
    return any(base_word(t.word(m)) in _INSTRUMENTS for m in (j + 1, j + 2))


def lapse_beside_act(t: Text, main: list[Finding]) -> list[Finding]:
    """``main`` without a lapse told in an "as" clause after an act of the main clause
    ("raises export tax on copper concentrate as windfall levy ends": the raise is the news,
    the other charge's end its backdrop)."""
    if len(main) < 2 or "as" not in t.lows:
        return main
    acts = [f for f in main if f.verb and f.rule != "passive-release"]
    kept = [f for f in main if not (f.rule == "passive-release" and _as_after(t, acts, f))]
    return kept or main


def _as_after(t: Text, acts: list[Finding], lapse: Finding) -> bool:
    """An "as" between an act and the lapse's noun, with no clause break after it."""
    for k in range(lapse.measure_at - 1, -1, -1):
        low = t.toks[k].low
        if low == "as":
            return any(f.index < k for f in acts)
        if low in R.CLAUSE_BREAK or low in (",", ";", ":", "|"):
            return False
    return False
