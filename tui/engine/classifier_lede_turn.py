"""A summary's lede that turns the status its title suggests (issue #16, reading real
headlines as outlets publish them: a title written in headlinese, its summary telling what was
done).

- **A question answered**: a question title ("Will Indonesia ban nickel ore exports?", "Will
  Brazil raise aluminium tariffs?", "Why is Malaysia banning rare earth exports?", a verbless
  "Higher tariffs on Korean steel?"; not "what" or "how") whose lede tells the act the question asks about, of the
  same status, by a verb, on no other metal ("Indonesia banned nickel ore exports from January
  1") is that act; a lede that denies it or says nothing of it leaves the question no event.
- **A measure suspended or put off**: a title naming a measure ("Trump's tariffs on Canadian
  steel", "Vietnam's steel duties", "Turkey raises steel tariffs") whose lede suspends, pauses
  or freezes that measure ("suspended the 25% tariffs ... for 30 days") is the release
  (``resuming``), as the title "suspends tariffs" would read; a lede that puts the measure's
  start off ("delayed the tariffs by a month", "postponed the planned rise in ... duties") is
  no event, as the title "delays tariffs" is (README "Trade-policy statuses").
- **A measure only proposed**: a title that imposes ("EU imposes duties on Chinese
  aluminium") whose lede says the measure is only proposed ("has proposed provisional
  duties", "were proposed by the finance department", "not yet in force", "still needs
  approval") is ``proposed``, unless the lede also dates it or reports it decided.
- **A measure running for years**: under a title with no measure word, a lede telling a
  measure in the perfect as running since an earlier year ("Zimbabwe has banned raw lithium
  ore exports since 2022, pushing firms to build local plants") recalls it as background: no
  event, the house's convention for a measure of years ago recalled.
- **A government's act told only by the lede**: a title with no measure word and no metal
  ("Lima changes course on mining policy") whose lede tells a government's act in the past
  tense ("Peru imposed a 10% export tax on copper concentrate") is read by that lede, as a
  title that speaks of measures already is (:mod:`tui.engine.classifier`).

A lede naming a metal the title does not name (when the title names one) is about other goods
and turns nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_read import read_text
from tui.engine.classifier_text import Finding, Reading, Text, base_word, measure_of
from tui.engine.classifier_words import LOWER_WORD_RE

#: The releases that stop a measure for a time without ending it: the lede's verb.
_PAUSE_RE = lazy(r"^(?:suspend|paus|freez|froze|halt|put\b|hold|shelv)", re.IGNORECASE)
#: A measure paused in the passive, its noun first ("the duties have been put on hold", "the
#: tariffs were suspended"), also after a telling ("the ministry said the duties ..."): group 1
#: the noun, group 2 the pausing words.
_PASSIVE_PAUSE_RE = lazy(
    r"(?:^|\b(?:said|says|announced)\s+(?:that\s+)?)(?:the|its|their|these|those|all)\s+(?:\S+\s+){0,3}?(\w+)\s*(?:,[^,]*,\s*)?"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+(?:now\s+)?"
    r"(suspended|paused|frozen|shelved|put\s+on\s+hold)\b",
    re.IGNORECASE,
)
#: A lede telling the measure only proposed, or not yet decided.
_PROPOSED_RE = lazy(
    r"\b(?:(?:was|were|is|are|been|being)\s+(?:only\s+)?proposed\b|proposed\s+by\b|"
    r"(?:has|have|had)\s+(?:only\s+)?proposed\b|not\s+yet\s+(?:in\s+force|in\s+effect|"
    r"approved|adopted|final)|yet\s+to\s+be\s+(?:approved|adopted|signed|published|ratified)|"
    r"needs?\s+(?:\w+\s+){0,2}approval)",
    re.IGNORECASE,
)
#: A government's act told in the past tense ("Peru imposed ...", "Chile introduced ...",
#: "Australia has adjusted its duties", "India's government has proposed a duty", "Brazil has
#: set the volumes of its quotas").
_ACTED_RE = lazy(
    r"\b(?:imposed|introduced|slapped|levied|placed|raised|hiked|doubled|enacted|adjusted|"
    r"extended|proposed|renewed|issued|(?<=has\s)set|(?<=have\s)set)\b",
    re.IGNORECASE,
)

#: A question as the whole title that asks whether or why an act is done: a yes-no question
#: ("Will Indonesia ban ...?", "Is Peru banning ...?"), a "why" question ("Why is Malaysia
#: banning ...?") or a verbless one ("Higher tariffs on Korean steel?", "Ban on Russian
#: aluminium next?"); not a question after a topic ("The Export Ban on Lithium: ... or ...?")
#: nor one asking what, how, who or which ("What does the copper tariff mean ...?").
_YES_NO_RE = lazy(
    r"^\s*(?:(?:will|would|is|are|does|do|did|has|have|can|could|should|why)\s"
    r"|(?!(?:what|how|who|whom|whose|which|when|where|why|will|would|is|are|does|do|did|has|"
    r"have|can|could|should|may|might|must|shall)\b)[^\s:;?]+\s(?![^:;?]*\b(?:will|would|"
    r"is|are|does|do|did|has|have|can|could|should|may|might)\b))[^:;?]*\?\s*$",
    re.IGNORECASE,
)

#: A lede's act dated to an earlier year ("banned bauxite exports in 2023", "last year"): a
#: measure recalled, not the answer to the question or the news of the day.
_RECALLED_RE = lazy(
    r"\b(?:in|since|during|back\s+in)\s+(?:19|20)\d\d\b|\blast\s+year\b|\byears?\s+ago\b|"
    r"\b(?:previously|earlier\s+this\s+year)\b",
    re.IGNORECASE,
)

TextOf = Callable[[str], Text]


def _other_metals(t: Text, st: Text) -> bool:
    """The lede names a metal the title does not, when the title names one."""
    named = {mid for mid, _s, _e in t.metal_spans}
    return bool(named) and bool({mid for mid, _s, _e in st.metal_spans} - named)


def question_answered(
    t: Text, reading: Reading, sents: list[str], text_of: TextOf, trace: list[str]
) -> tuple[Reading, Text] | None:
    """The lede's reading when it tells the act a question title asks about (see the module)."""
    if reading.vetoed != "speculation" or not sents or _YES_NO_RE.match(t.text) is None:
        return None
    if _RECALLED_RE.search(sents[0]) is not None:
        return None
    if R.MARKET_RE.search(t.text) is not None:
        return None  # "Will tariff outbursts keep spooking investors?": it asks about a market
    st = text_of(sents[0])
    if _other_metals(t, st) or (not st.metal_spans and not t.metal_spans):
        return None
    sub = read_text(st, trace=[])
    g = sub.finding
    if g is None or sub.vetoed is not None or not g.verb:
        return None
    if not any(s < st.toks[g.index].start for _c, s, _e, _m in st.places):
        return None  # no government acts before the verb ("Dealers lobby to increase ...")
    if g.index > 0 and st.toks[g.index - 1].low == "to":
        return None  # an aim or a plan, not the act
    asked = {base_word(w)[:4] for w in t.lows if len(w) > 2}  # "ban" / "banned", "raise(d)"
    same = any(base_word(w.lower())[:4] in asked for w in g.words)
    if not same and not (g.measure and _names_measure(t.text, g.measure)):
        return None  # the lede tells another act than the one asked about
    trace.append("the question's lede tells the act it asks about")
    return sub, st


def paused_or_put_off(
    t: Text, reading: Reading, sents: list[str], text_of: TextOf, trace: list[str]
) -> tuple[Reading, Text] | str | None:
    """The lede's release when it pauses the title's measure; "put off" when it puts the
    measure's start off (no event); else None (see the module)."""
    f = reading.finding
    if f is None or reading.vetoed is not None or not sents or f.status in ("resuming", "open"):
        return None
    if f.rule in ("release", "release-noun"):
        return None
    st = text_of(sents[0])
    if _other_metals(t, st) or _RECALLED_RE.search(sents[0]) is not None:
        return None
    sub = read_text(st, trace=[])
    if sub.vetoed == "deferred" and _names_measure(sents[0], f.status):
        trace.append("the lede puts the measure's start off: nothing changes")
        return "put off"
    g = sub.finding
    passive = _PASSIVE_PAUSE_RE.search(sents[0])
    if passive is not None and sub.vetoed is None and _names_measure(passive.group(1), f.status):
        # "The duties have been put on hold pending talks": the title's measure, paused
        trace.append(f"the lede pauses the measure the title names ({passive.group(2)!r})")
        paused = Finding(
            "release", "resuming", f.index, [*f.words, passive.group(2)], f.flow, True,
            f.confidence, f.status, f.measure_at,
        )  # fmt: skip
        return Reading(paused, None, reading.trace, reading.background), t
    if g is None or g.rule != "release" or (g.measure or "") != f.status:
        return None
    if sub.vetoed is None and g.words and _PAUSE_RE.match(g.words[0]):
        trace.append("the lede suspends the measure the title names")
        return sub, st
    return None


def lede_proposal(
    f: Finding, lede: str, metal_ids: tuple[str, ...], lede_metals: set[str]
) -> str | None:
    """The lede's word saying the title's imposed measure is only proposed (see the module)."""
    if f.status in ("resuming", "open") or not lede or lede_metals - set(metal_ids):
        return None
    m = _PROPOSED_RE.search(lede)
    if m is None:
        return None
    rest = _PROPOSED_RE.sub(" ", lede)
    if R.DECIDED_RE.search(rest) or R.DATED_RE.search(rest):
        return None
    if not _names_measure(lede, f.status):
        return None  # the proposal is of another thing
    return m.group(0)


def _names_measure(text: str, status: str) -> bool:
    """``text`` names a measure of ``status`` ("the tariffs", "duties")."""
    said = (measure_of(w) for w in LOWER_WORD_RE.findall(text.lower()))
    return any(x is not None and x[0] == status for x in said)


def acted_lede(st: Text, sent: str) -> bool:
    """The lede tells an act in the past tense with a place as its subject ("Peru imposed")."""
    m = _ACTED_RE.search(sent)
    if m is None or re.search(r"[,;:]", sent[: m.start()]) is not None:
        return False  # "After ..., Peru imposed": the subject is read where it stands
    return any(s < m.start() for _code, s, _e, _m in st.places)


#: A measure told in the perfect as running since an earlier year ("has banned raw lithium ore
#: exports since 2022", "have been capped since 2019"): a state of things, not the day's act.
_RUNNING_SINCE_RE = lazy(
    r"\b(?:has|have|had)\s+(?:\S+\s+){1,8}?since\s+(?:(?:19|20)\d\d|last\s+year)\b",
    re.IGNORECASE,
)


def running_since(sent: str) -> bool:
    """A lede that tells a measure running since an earlier year (see :data:`_RUNNING_SINCE_RE`):
    under a title with no measure word of its own, it is background, no event."""
    return _RUNNING_SINCE_RE.search(sent) is not None


#: An investigation brought to its end in the title ("Mexico concludes anti-dumping probe",
#: "commission completes inquiry"): its outcome is the news, and the lede may tell it.
_CLOSED_WORDS = frozenset(
    {"concludes", "concluded", "completes", "completed", "finalises", "finalizes",
     "finalised", "finalized", "wraps"}
)  # fmt: skip


def investigation_closed(t: Text) -> bool:
    """The title tells an investigation concluded or completed (:data:`_CLOSED_WORDS`): not a
    case still open, so a lede telling the measure it led to decides."""
    return not _CLOSED_WORDS.isdisjoint(t.lows)
