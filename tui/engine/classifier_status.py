"""Whether a finding is only proposed: a plan, a threat, a report or a leader's "will" in its
clause or its lede, unless a date or a decision says the measure is set. The tariff rate a text
states is read by :mod:`~tui.engine.classifier_event_rate`."""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_adopted import adopted_plan
from tui.engine.classifier_case import looks_named
from tui.engine.classifier_comments import effect_modal
from tui.engine.classifier_contingency import before_acting, contingency_marker
from tui.engine.classifier_effect_told import effect_told
from tui.engine.classifier_event_rate import main_clause, next_act
from tui.engine.classifier_leader_tail import (
    body_tells_will,
    leader_head_will,
    leader_opening_will,
    leader_tail_will,
    leader_will_face,
)
from tui.engine.classifier_market_clause import market_clause
from tui.engine.classifier_market_ledes import moved_start, threat_named
from tui.engine.classifier_schedule import scheduled_would
from tui.engine.classifier_talks import talked_change
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of
from tui.engine.classifier_warned import warned_decided
from tui.engine.classifier_words import LOWER_WORD_RE

_PLAN_VERB_RE = lazy(R.PLAN_VERBS_PATTERN, re.IGNORECASE)
#: "EU moves to restrict scrap exports": a first step, a plan when the lede says so.
_MOVES_TO_RE = lazy(r"\bmov(?:es|e|ing)\s+to\b", re.IGNORECASE)
#: A lede that tells a plan, not an act ("The EU plans to limit ... by 2026").
_LEDE_PLAN_RE = lazy(
    r"\b(?:plans?\s+to|planning\s+to|propos(?:es|ed|al)|intends?\s+to|draft)\b", re.IGNORECASE
)
#: A pledge kept ("keeps tariff pledge", "delivers on surtax promise"): the measure taken.
_KEPT_RE = lazy(r"\b(?:keep|kept|fulfil|fulfill|deliver|honou?r|made\s+good|make\s+good)", re.I)


#: Right before a "review": "in" and up to three words ("in its steel safeguard review"), the
#: review in which a measure is acted on, not a review still to decide it.
_IN_REVIEW_RE = lazy(r"\sin\s+(?:(?:a|the|its|their)\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def proposed_marker(t: Text, f: Finding, lede: str = "") -> str | None:
    """The proposed-marker for the finding, or None.

    Read before the deciding word (within its clause) and up to four words after it, so
    "considers ban" and "ban under review" count but "..., threatening supply chains" not;
    a background clause after the word ("takes effect despite threat to output") is not read.
    ``lede`` (the summary's first sentence) may date a plan ("set to ..., starting October").
    """
    if R.FINAL_RE.search(t.text):
        return None  # "Final Results of Antidumping Duty Administrative Review": in force
    if (contingent := contingency_marker(t, f)) is not None:
        return contingent  # "Buyers prepare in case China bans ...": only possible
    if (ahead := before_acting(t, f)) is not None:
        return ahead  # "consults Norway before imposing quotas": a step towards the measure
    start = 0
    for tok in t.toks[: f.index]:
        if tok.low in (";", "|", "—", "–", ":"):
            start = tok.end
    if (k := market_clause(t, f) or moved_start(t, f)) is not None:  # a market's move's words
        start = max(start, t.toks[k].start)
    after = t.toks[f.index + 1 : f.index + 5]
    end = t.toks[f.index].end
    nxt = next_act(t, f)  # "unveils 50% tariff on copper and threatens duties on cars"
    for tok in after:
        if tok.low in (",", ";", "|", "—", "–", ":") or tok.low in R.BACKGROUND_MARKERS:
            break
        if nxt is not None and tok.start >= nxt.start():
            break  # another act's clause
        end = tok.end
    if f.status == "resuming" and f.rule in ("release", "release-noun"):
        # "suspends planned export curbs": the adjective is the released measure's, the
        # release itself is in effect; read only up to the verb
        end = t.toks[f.index].end
    clause = t.text[start:end]
    m = _plan_in(t, f, clause, start) or R.NOT_RULED_OUT_RE.search(t.text)
    if m is not None and m.re is not R.NOT_RULED_OUT_RE and adopted_plan(t.text, start + m.start()):
        m = None  # "member states approve plan to cut quotas": the plan decided
    if m is not None and f.verb and _IN_REVIEW_RE.search(t.text[: start + m.start()]):
        m = None  # "adopts country-specific quotas in steel safeguard review": its occasion
    if m is not None and effect_modal(t, f, m, lede, start):
        m = None  # "ban could squeeze supply" whose lede says the ban took effect
    if m is not None and scheduled_would(m.group(0), (t.text, lede), plan_dated(t.text, lede)):
        m = None  # "said it would ban exports from June 1": decided, with its start date
    if m is not None and " to be " in m.group(0).lower() and plan_dated(t.text, lede):
        m = None  # "exports to be banned from June 2023": decided, with its start date
    if m is not None and warned_decided(m.group(0), t.text, plan_dated(t.text)):
        m = None  # "Trump warns Canada's aluminium will face 25% tariffs from Monday": decided
    heading = R.HEADING_ACT_RE.match(t.text) is not None  # "Seeks to impose ADD on ...": done
    if m and not R.HEREBY_RE.search(lede) and not heading:  # or a lede that "hereby imposes"
        return m.group(0)
    for m in R.STRONG_PROPOSED_RE.finditer(t.text):
        if f.status == "resuming" and t.toks[f.index].start < m.start() < _object_end(t, f):
            continue  # "scraps proposed ban": the measure's adjective
        if adopted_plan(t.text, m.start()):
            continue  # "quota proposal adopted by EU governments": decided
        if R.OFFICIAL_SAID_RE.match(m.group(0)) and _perfect_act(t, f):
            continue  # "has imposed a duty ..., an official said": the act is done
        return m.group(0)
    if heading:
        return None  # the heading's "to impose" is the notification's act
    set_to = _government_set_to(t, clause, start)
    if set_to is not None and not plan_dated(t.text, lede):
        return set_to
    # a lede that says nothing of trade or of the measure's rate leaves a bare wire title
    speaks = bool(lede) and (
        any(measure_of(w) or flow_of(w) for w in LOWER_WORD_RE.findall(lede.lower()))
        or R.RATE_RE.search(lede) is not None
    )
    headline_to = _headline_to(t, start, f.index) if speaks else None
    if headline_to is not None and not plan_dated(t.text, lede) and not decided(lede):
        return headline_to
    said = R.SAYS_WILL_RE.search(clause)
    if said and body_tells_will(t.text):
        said = None  # "mines ministry says it will ban ...": the body's own decision
    if said and not R.DATED_RE.search(t.text):
        return said.group(0)
    leader = _leader_will(clause)  # "President says Indonesia will ban ...": a leader's plan
    leader = leader or leader_tail_will(t.text)  # "US will hike tariffs ..., Trump says"
    leader = leader or leader_head_will(t.text)  # "Trump: 'We will put a 200% tariff ...'"
    leader = leader or leader_opening_will(t.text)  # "Trump says US will hike ..."
    leader = leader or leader_will_face(t.text)  # "Trump says Canada's steel will face ..."
    if leader is not None and not plan_dated(t.text):
        return "will " + leader.group(1)
    for m2 in R.MAY_RE.finditer(clause):
        before = clause[: m2.start()].split()
        if before and before[-1].lower().strip(",") in R.MONTH_PREP:
            continue
        if m2.group(0) == "May" and not before:
            continue
        if any(w.lower() == "only" for w in before):
            continue  # "only licensed dealers may import": a permission, not a possibility
        if effect_modal(t, f, m2, lede, start):
            continue
        return m2.group(0)
    moves = _MOVES_TO_RE.search(clause)
    if moves is not None and _LEDE_PLAN_RE.search(lede) and not decided(lede):
        return moves.group(0)  # "moves to restrict ...", its lede: "plans to limit ..."
    return talked_change(t, f)  # "US, Mexico discuss deal to cut steel tariffs": discussed


def _aim_after(t: Text, f: Finding, clause: str, start: int, m: re.Match[str]) -> bool:
    """ "to support" after a measure a verb decided: the measure's aim, not a plan."""
    return (
        f.verb
        and m.group(0).lower().startswith("support")
        and clause[: m.start()].rstrip().lower().endswith(" to")
        and start + m.start() > t.toks[f.index].end
    )


def _plan_in(t: Text, f: Finding, clause: str, start: int) -> re.Match[str] | None:
    """The first plan word of the clause; "tariff blow threatens smelters": a measure noun
    that threatens something is in force, the verb says what it does."""
    for m in R.PROPOSED_RE.finditer(clause):
        if R.PURPOSE_RE.search(clause, 0, m.start()) or R.NEEDED_RE.match(clause, m.end()):
            continue  # "In order to support ...", "considers it necessary to": the aim
        after_noun = not f.verb and start + m.start() > t.toks[f.index].end
        if after_noun and m.group(0).lower().startswith("threaten"):
            continue
        if _aim_after(t, f, clause, start, m):
            continue  # "raises copper import duty to support smelters": the decided duty's aim
        if m.group(0).lower().rstrip("s").endswith(
            ("pledge", "promise", "vow")
        ) and _KEPT_RE.search(clause):
            continue  # "keeps tariff pledge with 25% duties": the pledge kept, the measure taken
        return m
    return R.LEGISLATURE_VOTE_RE.search(clause)


def _government_set_to(t: Text, clause: str, start: int) -> str | None:
    """ "Tanzania set to allow exports", "Govt set to impose duty": a government about to act
    by a measure's verb ("Tariffs set to rise", "ban set to end" are schedules, not plans)."""
    m = R.SET_TO_RE.search(clause)
    if m is None or not _PLAN_VERB_RE.fullmatch(m.group(1)):
        return None
    at = start + m.start()
    before = [k for k, tk in enumerate(t.toks) if start <= tk.start < at]
    if any(t.place_at[k] is not None or t.toks[k].low in R.GOVERNMENT_WORDS for k in before):
        return m.group(0).strip()
    return None


def title_plan(t: Text, lede: str) -> str | None:
    """The title's "X to <act>" (see :func:`_headline_to`) or its threat noun read as a plan
    when its lede decided the event."""
    marker = _headline_to(t, 0, len(t.toks) - 1) or threat_named(t)  # "on tariff threats"
    if marker is None or plan_dated(t.text, lede) or decided(lede):
        return None
    return marker


def decided(lede: str) -> bool:
    """The lede reports the measure decided: done, agreed, joined, its decisive step taken,
    or announced by the government itself ("said on Monday it will impose", "announced the US
    will lift"; "said the rate will be 8%" describes the measure, it decides nothing)."""
    if R.DECIDED_RE.search(lede) or effect_told(lede):  # "... took effect on Saturday"
        return True
    for m in R.SAID_WILL_RE.finditer(lede):
        if _speaker_is_person(lede, m.start(1), m.end()):
            continue  # "President X announced that the US will ...": a leader's plan
        words = m.group(1).split()
        if not words or any(
            w.lower() in R.ACTING_PRONOUNS
            or w.lower() in R.GOVERNMENT_WORDS
            or (w[:1].isupper() and w.lower() != "the")
            for w in words
        ):
            return True
    return False


def _headline_to(t: Text, start: int, at: int) -> str | None:
    """ "EU to ban Russian steel", "President Trump to 'restore' tariffs": headlinese for what
    a government will do. With a lede that neither dates it nor reports it decided ("has
    decided", "joins", "said on Monday it will"), it is a plan; a bare wire title is the wire's
    form for an announced decision (the callers read it only with a lede). The subject before
    "to" is only names (places, governments, capitalised words), no verb of its own."""
    first = next((k for k, tk in enumerate(t.toks) if tk.start >= start), 0)
    for k in range(first + 1, min(at + 1, len(t.toks))):
        if t.toks[k].low != "to":
            continue
        verb = t.word(k + 1).strip("'‘’\"“”")
        if not _PLAN_VERB_RE.fullmatch(verb):
            return None
        subject = t.toks[first:k]
        if (
            len(subject) <= 4
            and all(tk.low not in R.ACTOR_NEXT and tk.low not in R.IMPOSE_VERBS for tk in subject)
            and all(
                t.place_at[first + j] is not None
                or tk.low in R.GOVERNMENT_WORDS
                or looks_named(t.text, tk.text)
                for j, tk in enumerate(subject)
            )
        ):
            return f"to {verb}"
        return None
    return None


def tells_act(t: Text, f: Finding) -> bool:
    """The text reports the act by a finite verb ("Restores Steel Tariffs", "bans exports"),
    not a noun ("Export Ban") or a future ("will ban", "to ban")."""
    if not f.verb:
        return False
    k = next((i for i, tk in enumerate(t.toks) if tk.text == f.words[0]), f.index)
    return t.word(k - 1) not in R.MODALS


def _perfect_act(t: Text, f: Finding) -> bool:
    """The text tells the act by a perfect ("has imposed", "have raised"): done."""
    if not f.verb:
        return False
    k = next((i for i, tk in enumerate(t.toks) if tk.text == f.words[0]), f.index)
    return t.word(k - 1) in ("has", "have")


def lede_marker(
    lede: str, title: str, names_metal: Callable[[str], bool], *, told: bool = False
) -> str | None:
    """The summary's first sentence saying the title's measure is not yet decided: reported by
    sources, being prepared, or planned without a date ("plans to implement a policy that will
    exempt gold bars", "notice of intent to charge surtaxes on steel"; "plans to ban exports
    starting in 2027" is scheduled). A plan counts when what follows it names one of the
    event's metals (``names_metal``): "plans to restrict germanium next" is another measure.
    A leader's "will" counts only when the title does not report the act itself (``told``:
    "Restores Steel Tariffs" whose lede says the president "will reinstate" them is done)."""
    m = R.SOURCED_RE.search(lede)
    if m is not None and told and m.group(0).lower().startswith("planned"):
        m = None  # "Zambia bans ..." whose lede "brought forward a planned ban": acted on
    if m is not None and R.PAST_PERFECT_RE.search(lede, m.end()) is None:
        # "Earlier, sources told Reuters the government had curbed imports": the earlier curbs
        return m.group(0)
    m = R.LEDE_PLAN_RE.search(lede) or R.INSTRUMENT_PLAN_RE.search(lede)
    if m is not None and names_metal(lede[m.start() :]) and not plan_dated(title, lede):
        return m.group(0)
    will = None if told else _leader_will(lede)
    if will is not None and R.KEEP_WILL_RE.match(will.group(0)):
        will = None  # "will maintain its ban on exports": the measure stays, no plan
    if will is not None and names_metal(lede[will.start() :]) and not plan_dated(title, lede):
        return "will " + will.group(1)
    return None


def _leader_will(lede: str) -> re.Match[str] | None:
    """ "President X confirmed that he will implement a ban", "Y will prohibit imports, the
    Prime Minister said": a leader telling what the country will do, without a date, is a
    plan; a ministry's or a government's own statement is its decision (:func:`decided`)."""
    for m in R.WILL_ACT_RE.finditer(lede):
        if _speaker_is_person(lede, m.start(), m.end()):
            return m
    return None


def _speaker_is_person(sent: str, start: int, end: int) -> bool:
    """Who tells the future act at [start, end) of ``sent`` is a person (a president, a
    minister, a prime minister) and not a body (a ministry, a department, a government): the
    words before the nearest "said" (or the like) before ``start``, else after ``end``."""
    before = [m for m in R.SAY_VERB_RE.finditer(sent, 0, start)]
    if before:
        words = sent[: before[-1].start()].split()[-6:]
    else:
        after = R.SAY_VERB_RE.search(sent, end)
        if after is None:
            return False
        words = sent[end : after.start()].split(",")[-1].split()[-6:]
    lows = {w.lower().strip(",.'’\"") for w in words}
    return not lows.isdisjoint(R.PERSON_TITLES) and lows.isdisjoint(R.BODY_WORDS)


def plan_dated(*texts: str) -> bool:
    """A text gives the plan a start or a deadline ("starting October 16", "by January
    2027"); a date in a background clause ("following the ban in 2017") is another event's."""
    return any(
        R.DATED_RE.search(x)
        or _scheduled_year(main_clause(x))
        or R.MONTH_DATE_RE.search(main_clause(x))
        for x in texts
        if x
    )


def _scheduled_year(clause: str) -> bool:
    """A year the measure starts or is due by ("by 2027", "from 2026", "exports in 2027"):
    "in <year>" dates the measure only after the measure's words; before them it dates the
    telling ("released a statement in August 2019", "Trump in 2018 imposed ...")."""
    for m in R.BY_DATE_RE.finditer(clause):
        if m.group(0)[:2].lower() != "in":
            return True
        if R.TRADE_SENTENCE_RE.search(clause, 0, m.start()) and not _past_act(clause[: m.start()]):
            return True
    return False


def _past_act(before: str) -> bool:
    """The verb nearest before a date tells a past act ("Manila imposed the ban in 2024"), not
    a schedule ("will be lifted in 2026", "to ban exports in 2027")."""
    words = re.findall(r"[a-z]+", before.lower())
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if measure_of(w) is not None:
            continue  # "the ban": a noun, whatever verb it shares a form with
        if _PLAN_VERB_RE.fullmatch(w) or w in ("will", "to"):
            return False
        if w.endswith("ed") and (w in R.IMPOSE_VERBS or w in R.STOP_VERBS):
            return k == 0 or words[k - 1] not in ("be", "been", "being", "is", "are")
    return False


def _object_end(t: Text, f: Finding) -> int:
    """Where the measure a release finding names ends (its verb, when it names none)."""
    at = f.at if f.at is not None and f.at > f.index else f.index
    return t.toks[at].end
