"""Headline -> trade-policy event, by transparent rules.

The classifier reads a headline's title (and, where the title is not enough, its summary)
and answers either "no policy event" or a :class:`~tui.core.models.PolicyEvent`: which metals,
which corridor (origin = exporter, destination = importer), which status, the tariff rate
when stated, whether the measure is only proposed, a confidence, and the words that decided.

How it reads a title, in order. The words and tables live in
:mod:`tui.engine.classifier_rules` (imported as ``R``); the logic is split by step:
:mod:`~tui.engine.classifier_words` (cutting tokens, the trigger-word pre-check),
:mod:`~tui.engine.classifier_text` (tokens, metal and place hits;
:mod:`~tui.engine.classifier_measure_noun`: a measure noun in its place),
:mod:`~tui.engine.classifier_summary` (the metals a summary names;
:mod:`~tui.engine.classifier_event_metals`: the event's metals),
:mod:`~tui.engine.classifier_phrases`, :mod:`~tui.engine.classifier_findings` and
:mod:`~tui.engine.classifier_nouns` (the rules that fire on a word),
:mod:`~tui.engine.classifier_read` (background clauses, the strongest finding, vetoes),
:mod:`~tui.engine.classifier_title_no_event` (a title naming a measure that reports none),
:mod:`~tui.engine.classifier_lede_decides` (a vague title decided by its lede),
:mod:`~tui.engine.classifier_roles` (places' roles),
:mod:`~tui.engine.classifier_direction` (the corridor; :mod:`~tui.engine.classifier_corridor`
fills its blanks from the other text),
:mod:`~tui.engine.classifier_status` (proposed; :mod:`~tui.engine.classifier_event_proposed`
asks its steps in turn), :mod:`~tui.engine.classifier_event_rate` (rate); this module ties them
together.

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
   measure (``explain`` says so), but a leader's warning of a measure with its start and a
   government's act told by the lede of market news (:mod:`tui.engine.classifier_gate_spared`);
   :func:`rules_reading` is the rules alone.

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
from tui.engine.classifier_corridor import event_corridor
from tui.engine.classifier_duty_abbrevs import spelled_duties
from tui.engine.classifier_event_metals import event_metals
from tui.engine.classifier_event_proposed import proposal_word
from tui.engine.classifier_event_rate import event_rate
from tui.engine.classifier_everyday_senses import everyday_senses
from tui.engine.classifier_first_rate import stated_first
from tui.engine.classifier_form import measure_form, named_instrument
from tui.engine.classifier_gate_spared import act_spared, gate_spared
from tui.engine.classifier_lead_in import read_surface
from tui.engine.classifier_lede_decides import lede_decides
from tui.engine.classifier_lede_turn import paused_or_put_off, question_answered
from tui.engine.classifier_market_acts import framed_title
from tui.engine.classifier_market_shut import names_shut_market
from tui.engine.classifier_market_talk import act_ledes
from tui.engine.classifier_owned import owned_cause
from tui.engine.classifier_plain_chars import plain_chars
from tui.engine.classifier_question_kicker import lead_in_statement, question_leads_in
from tui.engine.classifier_read import read_text
from tui.engine.classifier_review_lede import review_outcome
from tui.engine.classifier_spans import sentences
from tui.engine.classifier_spared_moves import spared_corridor
from tui.engine.classifier_summary import metals_in
from tui.engine.classifier_text import Reading, Text
from tui.engine.classifier_title_no_event import title_no_event
from tui.engine.classifier_wire_slug import drop_slug
from tui.engine.classifier_words import has_trigger
from tui.engine.event_gate import vetoes
from tui.engine.metal_matcher import MetalMatcher
from tui.engine.tagging import matcher_for


def _analyse(
    title: str,
    summary: str,
    metals: Sequence[Metal],
    gazetteer: Gazetteer | None,
    matcher: MetalMatcher | None = None,
    kept: list[Text] | None = None,
) -> tuple[PolicyEvent | None, list[str]]:
    matcher = matcher or matcher_for(metals)  # a matcher is never false
    gaz = gazetteer or Gazetteer.default()
    trace: list[str] = []
    title, summary = read_surface(title, summary, matcher, gaz)  # the main clause, plain
    sents = sentences(summary)  # split once, read as often as the steps below need
    t = Text(title, matcher, gaz)  # cut once: for the pre-check and every rule
    title_trigger = t.words.has_trigger(title)
    if (
        not title_trigger
        and not any(has_trigger(x) for x in sents[:2])
        and not any(names_shut_market(x) for x in (title, *sents[:2]))
    ):
        trace.append("no trade-measure words")
        return None, trace
    read: dict[str, Text] = {}  # a summary sentence is tokenised once however often it is read

    def text_of(sent: str) -> Text:
        st = read.get(sent)
        if st is None:
            st = read[sent] = Text(sent, matcher, gaz)
        return st

    opening = sents[:3]  # the lede's opening as written: where a measure's rate counts
    gate_reads = (t, sents[:1])  # the title and lede as read, for the learned gate (an event's)
    sents = act_ledes(t, sents)  # a market story's lede past its market talk (not the gate's)
    reading = framed_title(t, read_text(t, trace=trace), sents, trace, text_of)
    kicker, mark, rest = title.partition("?")
    if question_leads_in(reading.vetoed, kicker, rest) and mark and len(rest.split()) >= 4:
        # "Tariff troubles ahead? India proposes ...": a question leads in to the news
        t2 = Text(lead_in_statement(reading.vetoed, kicker, rest.strip(), matcher), matcher, gaz)
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
    if (reviewed := review_outcome(reading, sents, text_of, trace)) is not None:
        (reading, source), conf_scale = reviewed, 0.75  # "EU revisits its steel safeguard"
    if why := title_no_event(t, title, reading, sents):  # an investigation, no news, a view
        trace.append(why)
        return None, trace
    if reading.vetoed is None and summary and (reading.finding is None or not t.metal_spans):
        # no measure or metal in the title, or market news on an act: the lede naming both decides
        decided = lede_decides(t, title, reading, sents, text_of, title_trigger, trace)
        if isinstance(decided, str):
            trace.append(decided)
            return None, trace
        if decided is not None:
            (reading, source), conf_scale = decided, 0.75
    if reading.finding is None and (owned := owned_cause(t, reading, sents, text_of, trace)):
        (reading, source), conf_scale = owned, 0.75  # "... as Trump's new tariffs": the lede's
    f = named_instrument(reading.finding, source, sents[0] if sents else "", trace)
    if f is None:
        return None, trace

    metal_ids, scale = event_metals(t, f, source, title, summary, sents, matcher, trace)
    conf_scale *= scale
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

    proposed_word = proposal_word(
        t, source, f, title, summary, sents, metal_ids, matcher, names_metal
    )
    if proposed_word:
        words.append(proposed_word)
        trace.append(f"proposed ({proposed_word!r})")
    rated = f.status in ("tariff", "quota")  # a tariff's rate, a tariff-rate quota's
    r = event_rate(source, f, c.retaliation, sents, names_metal) if rated else None
    r = stated_first(r, t.text, opening)  # a later sentence's rate is background
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


def _as_read(title: str, summary: str) -> tuple[str, str]:
    """The title and summary as :func:`classify` and :func:`explain` read them: other hyphens
    and full-width forms plain ("rare‑earth", "15％"), duties' abbreviations written out ("BCD",
    "cess"), measure words of everyday life written plain ("off duty", "driving licence"), a
    wire's slug off the title ("UPDATE 2-", "EXCLUSIVE-", "(LEAD)")."""
    title = everyday_senses(spelled_duties(plain_chars(title)))
    summary = everyday_senses(spelled_duties(plain_chars(summary)))
    return drop_slug(title), summary


def classify(
    title: str,
    summary: str,
    metals: Sequence[Metal],
    *,
    gazetteer: Gazetteer | None = None,
) -> PolicyEvent | None:
    """The trade-policy event a headline reports, or None (see the module docstring)."""
    title, summary = _as_read(title, summary)
    matcher = matcher_for(metals)
    if not matcher.may_name(title or "") and not matcher.may_name(summary or ""):
        return None  # no watched metal named: never an event (``explain`` says so in steps)
    kept: list[Text] = []
    event, trace = _analyse(title, summary, metals, gazetteer, matcher, kept)
    if event is not None and (gate_spared(title, event) or act_spared(trace)):
        return event  # a leader's warning with its start, a lede's act: not the gate's
    return None if event is not None and vetoes(kept, trace) else event


def explain(
    title: str,
    summary: str,
    metals: Sequence[Metal],
    *,
    gazetteer: Gazetteer | None = None,
) -> list[str]:
    """The steps that led to :func:`classify`'s answer, one plain sentence each."""
    title, summary = _as_read(title, summary)
    kept: list[Text] = []
    event, trace = _analyse(title, summary, metals, gazetteer, None, kept)
    if event is not None and act_spared(trace):
        trace.append("a government's act told by the lede of market news: not put to the gate")
    elif event is not None and gate_spared(title, event):
        trace.append("a leader's warning of a measure with its start: not put to the gate")
    else:
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
