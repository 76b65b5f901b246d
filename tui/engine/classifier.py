"""Headline -> trade-policy event, by transparent rules.

The classifier reads a headline's title (and, where the title is not enough, its summary)
and answers either "no policy event" or a :class:`~tui.core.models.PolicyEvent`: which metals,
which corridor (origin = exporter, destination = importer), which status, the tariff rate
when stated, whether the measure is only proposed, a confidence, and the words that decided.

How it reads a title, in order. The words and tables live in
:mod:`tui.engine.classifier_rules` (imported as ``R``); the logic is split by step:
:mod:`~tui.engine.classifier_words` (cutting tokens, the trigger-word pre-check),
:mod:`~tui.engine.classifier_text` (tokens, metal and place hits),
:mod:`~tui.engine.classifier_summary` (the metals a summary names),
:mod:`~tui.engine.classifier_phrases`, :mod:`~tui.engine.classifier_findings` and
:mod:`~tui.engine.classifier_nouns` (the rules that fire on a word),
:mod:`~tui.engine.classifier_read` (background clauses, the strongest finding, vetoes),
:mod:`~tui.engine.classifier_roles` (places' roles),
:mod:`~tui.engine.classifier_direction` (the corridor; :mod:`~tui.engine.classifier_corridor`
fills its blanks from the other text),
:mod:`~tui.engine.classifier_status` (proposed), :mod:`~tui.engine.classifier_event_rate`
(rate); this module ties them together.

1. **Words** are tagged from tables: flows (``exports``/``imports``/``shipments``), measures
   (``ban``, ``export controls``, ``quota``, ``tariff``, ``duty``, ``surtax`` ...), verbs that
   impose (``bans``, ``restricts``, ``outlaws``, ``caps``), verbs that release (``lifts``,
   ``eases``, ``scraps``, ``waives``), verbs that cut both ways (``suspends``, ``halts``,
   ``pauses``: a flow object means the flow stops, a measure object means the measure
   stops), verbs that restart (``resumes``, ``allows``).
2. **The rule that fires** (strongest first, ``R.RULE_ORDER``): "replace X with Y" -> Y;
   release + measure ("lifts ban", "exemption from US tariffs") -> ``resuming``, unless a new
   measure is imposed after it ("lifts ban, imposes quotas" -> ``quota``); a participle after
   its subject ("ban on gallium exports suspended" -> ``resuming``, "exports to US halted",
   "Russian aluminium barred from US" -> ``suspended``); restart + flow -> ``resuming``;
   restricting verb + flow or metal -> that verb's status; finally a measure noun ("export
   ban", "anti-dumping duties") -> that noun's status. Background clauses ("after ...",
   "amid ...", "in response to ...", "in exchange for ...") and purpose clauses ("... to
   curb imports") are read only when the main clause says nothing.
3. **Vetoes**: a denial or an abandoned plan ("denies", "no plans to", "will not"); a market
   move whose policy word is only a noun ("on tariff fears") or stands in a clause after the
   move ("Gold jumps as Trump threatens tariffs"); a question or an analyst's view ("Goldman
   says tariffs may ..."); a company, an industry asking for a measure, a strike, protest or
   accident as the subject ("Glencore halts ...", "Strike at port halts shipments"); a
   measure that only modifies another noun ("tariff decision").
4. **Direction**: places come from :class:`~tui.core.gazetteer.Gazetteer`; each gets a
   role from its neighbours: subject, possessive or a place followed by a verb (the actor),
   "to X", "from X", "into X" / "barred from X", "on/against X" (the target), "Russian
   aluminium" / "Canadian, Mexican steel" (where the goods come from); the place right before
   a measure ("US steel tariffs") imposes it. Places in a background clause take no part.
   The flow is exports or imports (from the words, else a default per measure: tariffs,
   duties, tariff-rate quotas are on imports, export controls and quotas on exports, a ban on
   a foreign country's goods is on imports). Exports: origin = actor, destination = "to" or
   target; imports: destination = actor, origin = "from", goods or target.
5. **Proposed** when the clause says considers / plans / threatens / weighs / may / proposes /
   under review / probe / bill ...; **rate** from "50%", "25 percent", preferring "to N%".
6. **The learned gate** (:mod:`tui.engine.event_gate`) vetoes an event it is confident is no
   measure (``explain`` says so); :func:`rules_reading` is the rules alone.

Metals: those named in the title; if the title names none, those in the first summary
sentence that speaks of trade (else the whole summary). A headline that names no configured
metal ("China bans metal exports") gives **no event**: the board is per metal, and a row
for an unknown metal could not be shown or checked.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.gazetteer import Gazetteer
from tui.core.models import Metal, PolicyEvent
from tui.engine import classifier_rules as R
from tui.engine.classifier_bullets import bullet_source
from tui.engine.classifier_causes_only import not_news
from tui.engine.classifier_context import metals_not_its
from tui.engine.classifier_corridor import event_corridor
from tui.engine.classifier_event_rate import event_rate
from tui.engine.classifier_form import measure_form, named_instrument
from tui.engine.classifier_lead_in import read_surface
from tui.engine.classifier_lede_turn import (
    acted_lede,
    investigation_closed,
    lede_proposal,
    paused_or_put_off,
    question_answered,
    running_since,
)
from tui.engine.classifier_market_acts import framed_title
from tui.engine.classifier_market_clause import market_only
from tui.engine.classifier_market_goods import lede_goods
from tui.engine.classifier_market_ledes import lede_reading
from tui.engine.classifier_market_talk import act_ledes
from tui.engine.classifier_mulled import market_mulls
from tui.engine.classifier_nonmeasures import sanctioned_name
from tui.engine.classifier_owned import owned_cause
from tui.engine.classifier_read import read_text
from tui.engine.classifier_spans import sentences
from tui.engine.classifier_spared_moves import spared_corridor
from tui.engine.classifier_status import (
    lede_marker,
    proposed_marker,
    tells_act,
    title_plan,
)
from tui.engine.classifier_stories import other_stories
from tui.engine.classifier_summary import (
    examples_of,
    goods_metals,
    listed_with,
    metals_in,
    summary_metals,
)
from tui.engine.classifier_sunset import revocation_supposed
from tui.engine.classifier_text import Reading, Text, flow_of
from tui.engine.classifier_title_reacts import title_reacts
from tui.engine.classifier_words import has_trigger
from tui.engine.event_gate import vetoes
from tui.engine.tagging import MetalMatcher, matcher_for


def _analyse(
    title: str,
    summary: str,
    metals: Sequence[Metal],
    gazetteer: Gazetteer | None,
    matcher: MetalMatcher | None = None,
    kept: list[Text] | None = None,
) -> tuple[PolicyEvent | None, list[str]]:
    matcher = matcher or matcher_for(metals)  # a matcher is never false
    metals = matcher.metals  # the same metals, as a tuple
    gaz = gazetteer or Gazetteer.default()
    trace: list[str] = []
    title, summary = read_surface(title, summary, matcher, gaz)  # the main clause, plain
    sents = sentences(summary)  # split once, read as often as the steps below need
    t = Text(title, matcher, gaz)  # cut once: for the pre-check and every rule
    title_trigger = t.words.has_trigger(title)
    if not title_trigger and not any(has_trigger(x) for x in sents[:2]):
        trace.append("no trade-measure words")
        return None, trace
    read: dict[str, Text] = {}  # a summary sentence is tokenised once however often it is read

    def text_of(sent: str) -> Text:
        st = read.get(sent)
        if st is None:
            st = read[sent] = Text(sent, matcher, gaz)
        return st

    gate_reads = (t, sents[:1])  # the title and lede as read, for the learned gate (an event's)
    sents = act_ledes(t, sents)  # a market story's lede past its market talk (not the gate's)
    reading = framed_title(t, read_text(t, trace=trace), sents, trace, text_of)
    kicker, mark, rest = title.partition("?")
    if reading.vetoed == "speculation" and mark and len(rest.split()) >= 4:
        # "Tariff troubles ahead? India proposes ...": a question leads in to the news
        t2 = Text(rest.strip(), matcher, gaz)
        r2 = read_text(t2, trace=trace)
        if r2.finding is not None and r2.vetoed is None:
            t, reading = t2, r2
            trace.append(f"the question {kicker.strip()!r}? only leads in")
    source = t
    conf_scale = 1.0
    # a question the lede answers, a measure the lede pauses or puts off (classifier_lede_turn)
    turn: tuple[Reading, Text] | str | None = question_answered(t, reading, sents, text_of, trace)
    turn = turn or paused_or_put_off(t, reading, sents, text_of, trace)
    if isinstance(turn, str):
        return None, trace
    if turn is not None:
        (reading, source), conf_scale = turn, 0.75
    vague = reading.finding is None or not t.metal_spans
    if (
        reading.finding is None
        and not R.INVESTIGATION_WORDS.isdisjoint(t.lows)
        and not R.TRADE_REMEDY_WORDS.isdisjoint(t.lows)
        and not investigation_closed(t)  # "concludes probe" whose lede tells its duties
    ):
        # "launches anti-dumping investigation into Chinese aluminium" whose lede says a
        # provisional duty "could" apply: the case is the news, the duty a possible outcome
        trace.append("the title is about an investigation: no measure yet")
        return None, trace
    if why := not_news(t, title, reading):  # a guide to shares, a measure only as a cause
        trace.append(why)
        return None, trace
    at = None if reading.finding is None else reading.finding.index
    if reading.vetoed is None and market_mulls(t, at):  # "participants mull the impact of ..."
        trace.append("the market's people weigh the effects of something: a view, no act")
        return None, trace
    if sents and reading.vetoed is None and (why := title_reacts(t, reading.finding, sents[0])):
        trace.append(why)
        return None, trace
    if vague and reading.vetoed is None and summary:
        # no measure or metal in the title, or market news on an act: the lede naming both decides
        for sent in sents[:2]:
            st = text_of(sent)
            if reading.finding is not None and not st.metal_spans:
                continue
            sub = read_text(st, trace=trace)
            if sub.vetoed == "denial" and not t.metal_spans and st.metal_spans:
                # "Sanctions on Russia lack measures on imports", the lede naming the metal: no
                trace.append("the lede naming the metals denies the measure")
                return None, trace
            if reading.finding is None:  # a price move's cause only, vetoed "market"
                sub = lede_reading(t, st, sub, trace)
            if reading.finding is None and sub.finding and revocation_supposed(sent):
                # "USITC Makes Determination In Five-Year (Sunset) Review ...": a step
                trace.append("the lede supposes a revocation: a sunset review's determination")
                return None, trace
            if sub.finding is not None and not title_trigger and running_since(sent):
                trace.append("the lede recalls a measure running for years: no news of one")
                return None, trace
            if sub.vetoed:
                if (
                    sub.vetoed == "company"
                    and reading.finding
                    and sanctioned_name(t, reading.finding)
                ):
                    trace.append("the lede tells the title's sanctioned name is a party's")
                    return None, trace
                break
            same = reading.finding is None or (
                sub.finding is not None and sub.finding.status == reading.finding.status
            )
            # a noun measure on a flow ("a ban on imports of Russian aluminium") counts when the
            # title speaks of measures without naming one ("New steps to curb Moscow's ...")
            noun_ok = (
                sub.finding is not None
                and reading.finding is None
                and not t.metal_spans
                and bool(st.metal_spans)
                and (title_trigger or acted_lede(st, sent))  # or "Peru imposed ..."
                and any(  # a trade remedy's duty is on imports
                    flow_of(w) in (R.EXPORT, R.IMPORT)
                    or w in R.SANCTION_WORDS
                    or w in R.TRADE_REMEDY_WORDS
                    for w in st.lows
                )
            )
            if (
                same
                and reading.finding is not None
                and sub.finding is not None
                and reading.finding.flow in (R.EXPORT, R.IMPORT)
                and sub.finding.flow not in (R.EXPORT, R.IMPORT)
            ):
                # "The UK has banned the import of metals from Russia" whose lede lists the
                # metals: the title's flow and places decide, the lede only names the metals
                break
            if (
                sub.finding is not None
                and (sub.finding.verb or noun_ok)
                and same
                and (R.STUDY_RE.match(title) or R.EXPLAINER_TAG_RE.match(title)) is not None
            ):
                trace.append("the title is a study: the lede's measure is its topic")
                return None, trace
            if sub.finding is not None and (sub.finding.verb or noun_ok) and same:
                reading, source, conf_scale = sub, st, 0.75
                trace.append("decided by the summary's lede")
                break
    if reading.finding is None and (owned := owned_cause(t, reading, sents, text_of, trace)):
        (reading, source), conf_scale = owned, 0.75  # "... as Trump's new tariffs": the lede's
    f = named_instrument(reading.finding, source, sents[0] if sents else "", trace)
    if f is None:
        return None, trace

    others = metals_not_its(t, f, source) | market_only(t, f, source)  # not the measure's goods
    others |= other_stories(t, f, source)  # a digest's market lines ("Copper slips; ...")
    found, by_lede = lede_goods(t, goods_metals(t.text, t.metal_spans) - others, sents, matcher)
    metal_ids = tuple(m.id for m in metals if m.id in found)
    if metal_ids and summary:
        # "US to lift steel tariffs" whose lede says "steel and aluminum tariffs": both share it
        more = () if by_lede else listed_with(summary, metal_ids, matcher)  # not the moved metals
        if more:
            metal_ids = tuple(m.id for m in metals if m.id in set(more) | set(metal_ids))
            trace.append("metals listed with the title's in the summary: " + ", ".join(more))
    if metal_ids and summary and R.GENERIC_GOODS_RE.search(title):
        more = examples_of(summary, matcher)  # "steel, steelmaking raw materials" + "such as"
        metal_ids = tuple(m.id for m in metals if m.id in set(more) | set(metal_ids))
    if not metal_ids and summary:
        metal_ids = summary_metals(summary, matcher)
        if metal_ids:
            trace.append("metals from the summary: " + ", ".join(metal_ids))
            conf_scale *= 0.9
    if not metal_ids:
        trace.append("no watched metal named: no event")
        return None, trace

    if source is not t:  # "Key points:Trump raises tariffs ... importsEgypt, Jordan bonds ..."
        source = bullet_source(source, f, summary)
    c = event_corridor(t, source, f, reading.background, sents, summary, text_of, trace)
    f, origin, destination, flow, place_words = c.finding, c.origin, c.destination, c.flow, c.words
    if f.status == "resuming":  # "... gains on potential tariff exemption for Australia"
        lede = text_of(sents[0]) if sents else None
        origin, destination = spared_corridor(t, source, lede, origin, destination)
    conf_scale *= c.scale

    words = list(f.words) + place_words

    def names_metal(x: str) -> bool:
        return not set(metal_ids).isdisjoint(metals_in(x, matcher))

    proposed_word = proposed_marker(source, f, sents[0] if sents else "")
    if proposed_word is None and source is not t:
        proposed_word = title_plan(t, sents[0])  # "EU to ban ..." whose lede says "will ban"
    if proposed_word is None and summary:
        # "US to impose 200% tariff ..." whose lede says "is preparing to ..., people familiar
        # with the situation said": reported, not yet decided
        proposed_word = lede_marker(sents[0], title, names_metal, told=tells_act(source, f))
    if proposed_word is None and sents and source is t:  # "imposes", its lede: "proposed"
        proposed_word = lede_proposal(f, sents[0], metal_ids, set(metals_in(sents[0], matcher)))
    if proposed_word:
        words.append(proposed_word)
        trace.append(f"proposed ({proposed_word!r})")
    rated = f.status in ("tariff", "quota")  # a tariff's rate, a tariff-rate quota's
    r = event_rate(source, f, c.retaliation, sents, names_metal) if rated else None
    rate = None if r is None else r[0]
    words += [] if r is None else [r[1]]

    confidence = f.confidence
    if origin == "*" and destination == "*":
        confidence -= 0.2
    confidence = max(0.05, min(1.0, confidence * conf_scale))
    status = measure_form(f, metal_ids, source, sents[0] if sents else "", destination)
    event = PolicyEvent(
        metals=metal_ids,
        origin=origin,
        destination=destination,
        status=status,
        rate_pct=rate,
        proposed=proposed_word is not None,
        confidence=round(confidence, 3),
        words=tuple(dict.fromkeys(w for w in words if w)),
        side={R.EXPORT: "exporter", R.IMPORT: "importer"}.get(flow or ""),
    )
    if kept is not None:
        kept += [gate_reads[0], *map(text_of, gate_reads[1])]
    return event, trace


def rules_reading(
    title: str,
    summary: str,
    metals: Sequence[Metal],
    *,
    gazetteer: Gazetteer | None = None,
) -> tuple[PolicyEvent | None, list[str]]:
    """The rules' answer with its steps, before the learned gate (:mod:`tui.engine.event_gate`)."""
    matcher = matcher_for(metals)
    if not matcher.may_name(title or "") and not matcher.may_name(summary or ""):
        return None, ["no watched metal named: no event"]
    return _analyse(title, summary, metals, gazetteer, matcher)


def classify(
    title: str,
    summary: str,
    metals: Sequence[Metal],
    *,
    gazetteer: Gazetteer | None = None,
) -> PolicyEvent | None:
    """The trade-policy event a headline reports, or None (see the module docstring)."""
    matcher = matcher_for(metals)
    if not matcher.may_name(title or "") and not matcher.may_name(summary or ""):
        return None  # no watched metal named: never an event (``explain`` says so in steps)
    kept: list[Text] = []
    event, trace = _analyse(title, summary, metals, gazetteer, matcher, kept)
    return None if event is not None and vetoes(kept, trace) else event


def explain(
    title: str,
    summary: str,
    metals: Sequence[Metal],
    *,
    gazetteer: Gazetteer | None = None,
) -> list[str]:
    """The steps that led to :func:`classify`'s answer, one plain sentence each."""
    kept: list[Text] = []
    event, trace = _analyse(title, summary, metals, gazetteer, None, kept)
    event = None if event is not None and vetoes(kept, trace) else event
    trace.append(
        "result: "
        + (
            "no policy event"
            if event is None
            else f"{event.status} {event.origin} -> {event.destination} {','.join(event.metals)}"
            + (" (proposed)" if event.proposed else "")
            + (f" {event.rate_pct:g}%" if event.rate_pct is not None else "")
        )
    )
    return trace
