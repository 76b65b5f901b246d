"""The event's corridor: who exports and who imports, read on the finding's own text and then
filled from the other text (the title or the summary's lede).

:func:`event_corridor` is the direction step of :func:`~tui.engine.classifier.classify` (step
4 of its docstring): the corridor of the finding's text without its asides
(:func:`~tui.engine.classifier_direction.corridor`), a retaliation's sides, a sanction's named
side, then the blanks filled: the importer a lede names, the origin a lede or the title names
(a region's goods too), and, when the title names no side, the corridor of a summary sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tui.engine import classifier_rules as R
from tui.engine.classifier_as_importer import as_clause_importer
from tui.engine.classifier_backdrop_origin import backdrop_origin, lede_origin
from tui.engine.classifier_bare_treasury import treasury_country
from tui.engine.classifier_bloc_members import members_dropped
from tui.engine.classifier_champions import champion_side
from tui.engine.classifier_direction import corridor, lede_flow, without_kicker
from tui.engine.classifier_ended_spares import spare_ended_for
from tui.engine.classifier_export_target import export_target_sides
from tui.engine.classifier_extended_to import extended_to
from tui.engine.classifier_import_side import (
    body_importer,
    handed_to_others,
    on_imports,
    reallocated,
)
from tui.engine.classifier_lede_flow import summary_flow
from tui.engine.classifier_lede_sides import counted_origin, lede_export_destination
from tui.engine.classifier_market_talk import past_frame
from tui.engine.classifier_other_side import retaliation_corridor, title_fills
from tui.engine.classifier_pairs import other_side
from tui.engine.classifier_passive_by import passive_corridor
from tui.engine.classifier_phrases import aside_clauses
from tui.engine.classifier_retaliation_after import retaliated_market
from tui.engine.classifier_role_places import exporter_to, importer_named
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of
from tui.engine.classifier_trader_side import trader_sides
from tui.engine.classifier_under_owner import under_owner
from tui.engine.classifier_warned_market import warned_market


@dataclass(slots=True)
class Corridor:
    """An event's corridor as :func:`event_corridor` reads it."""

    finding: Finding  # the finding, with the flow a lede gives it (``lede_flow``)
    origin: str
    destination: str
    flow: str | None
    words: list[str]  # the words that named the places
    retaliation: bool  # the subject's measure on the other side's goods
    scale: float  # the confidence's factor: 0.9 when a summary sentence gave the corridor


def event_corridor(
    t: Text,
    source: Text,
    f: Finding,
    background: list[bool] | None,
    sents: list[str],
    summary: str,
    text_of: Callable[[str], Text],
    trace: list[str],
) -> Corridor:
    """The corridor of finding ``f`` read on ``source`` (the title ``t`` or a summary
    sentence), ``background`` the reading's background clauses, ``sents`` the summary's
    sentences (``text_of`` cuts each once); each step taken is told in ``trace``."""
    scale = 1.0
    if background is not None and len(background) != len(source.toks):
        background = None  # the clauses of another text than ``source`` (a lede read in turn)
    if source is t and sents:  # "releases scrap quotas" whose lede names importers
        f = lede_flow(t, f, text_of(sents[0]))
    bg, hi = aside_clauses(source, f, without_kicker(source, f, background))
    origin, destination, flow, place_words = corridor(source, f, 0, hi, bg)
    if (passive := passive_corridor(source, f)) is not None:
        origin, destination, flow, place_words = passive  # "trader blacklisted by UK"
    lede = source if source is not t else (text_of(sents[0]) if sents else None)
    kind = f.measure if f.status == "resuming" and f.measure else f.status
    others = False  # a share handed "to other countries": no one exporter's
    if (
        flow == R.EXPORT
        and origin != "*"
        and R.EXPORT not in {flow_of(w) for w in (*t.lows, *source.lows)}
        and on_imports(t, lede, kind)
    ):
        # "Indonesia imposes quality control measures on steel sales", "Turkey reallocates
        # Iran's steel safeguard quotas to other countries": the government acting imports
        others = handed_to_others(t)
        keep = destination != "*" and not others
        origin, destination, flow = destination if keep else "*", origin, R.IMPORT
        trace.append("a measure on imports: the government acting is the importer")
    elif (
        flow == R.IMPORT
        and source is t
        and kind == "quota"
        and "safeguard" in t.lows
        and destination != "*"
        and t.places
        and t.places[0][0] == origin
        and t.places[0][1] <= 4
        and t.text[t.places[0][2] : t.places[0][2] + 2] not in ("'s", "’s")
        and R.EXPORT not in {flow_of(w) for w in t.lows}
    ):
        # "Turkey reallocates Iran's steel safeguard quotas": the subject imports, the
        # possessive's share is an exporter's (handed "to other countries": no one's)
        others = handed_to_others(t)
        origin, destination = "*" if others else destination, origin
        trace.append("a safeguard quota's subject is the importer")
    if kind == "quota" and flow == R.IMPORT and origin != "*" and source is t and reallocated(t):
        origin = "*"  # "reassigns quotas held by Russian steel": handed to the others
        trace.append("a quota's share reallocated: no one exporter's")
    if f.status == "tariff" and (third := extended_to(source)) is not None:
        # "extends duties on Chinese foil to imports from Thailand": the third country's goods
        if flow == R.EXPORT and origin == third[0]:
            destination = "*"  # "extends ... to Malaysian exporters" read as an export to them
        if flow == R.EXPORT and origin not in ("*", third[0]):
            destination = origin  # the actor read as an exporter imposes the duty
        origin, flow = third[0], R.IMPORT
        place_words.append(third[1])
        trace.append("a duty extended to a third country's goods: their origin")
    counter = retaliation_corridor(source, f, flow)
    if counter is not None:
        origin, destination, place_words = counter
        trace.append("retaliation: the subject's measure on the other side's goods")
    elif flow == R.EXPORT and destination == "*" and origin != "*":
        if (aimed := retaliated_market(source, f, origin)) is not None:
            destination = aimed[0]  # "bans nickel exports in retaliation against EU sanctions"
            place_words.append(aimed[1])
            trace.append("an export measure in retaliation: its target is the market")
    beside = t if source is not t else (text_of(sents[0]) if sents else None)
    if (sides := other_side(source, f, beside, origin, destination)) is not None:
        origin, destination, actor_word = sides  # the sanction's named side is its target
        place_words.append(actor_word)
    if source is not t and (origin == "*" or destination == "*"):
        origin, destination, filled = title_fills(t, flow, origin, destination)
        place_words += filled
    if flow == R.IMPORT and destination == "*" and source is t and (owner := under_owner(t)):
        # "... duty under Commission regulation", "under Indian budget proposal": its owner
        origin, destination = "*" if origin == owner[0] else origin, owner[0]
        place_words.append(owner[1])
        trace.append("importer: the owner of the instrument the measure comes under")
    if flow == R.IMPORT and destination == "*" and source is t:
        if (home := treasury_country(t, origin)) is not None:  # "Treasury ... as UK widens ..."
            destination = home[0]
            place_words.append(home[1])
            trace.append("importer: the country of the bare 'Treasury' another clause names")
    if flow == R.IMPORT and destination == "*" and source is t:
        # "Commission imposes anti-dumping duties on Chinese ... imports" whose lede says "the
        # European Commission imposed ...": the lede names who imports
        for sent in sents[:1]:
            actor = importer_named(text_of(members_dropped(sent)))  # not a bloc's members
            if actor is not None and actor[0] != origin:
                destination = actor[0]
                place_words.append(actor[1])
                trace.append("importer named in the summary")
    if flow == R.IMPORT and destination == "*":
        # "...; CBSA publishes guidance", "(SOR/2025-148)", a lede "Itac moves to shield ..."
        if (body := body_importer(t, lede, origin)) is not None:
            destination = body[0]
            place_words.append(body[1])
            trace.append("importer named by its trade body or its instrument")
    if flow == R.IMPORT and destination == "*" and source is t:
        # "25% tariff to apply to Chinese-made steel ... as Canada publishes final list"
        if (setter := as_clause_importer(t, f.measure_at, origin)) is not None:
            destination = setter[0]
            place_words.append(setter[1])
            trace.append("importer: the government that sets the measure out in an 'as' clause")
    regional = source is t and any(
        tk.low in R.REGION_ADJECTIVES and (t.is_metal[k + 1] or t.word(k + 1) in ("and", ",", "or"))
        for k, tk in enumerate(t.toks[:-1])
    )
    if flow == R.IMPORT and destination != "*" and (origin == "*" or regional) and not others:
        # "Mexico renewed tariff over steel imports" whose lede says "imports from China", or a
        # region ("on Asian and Russian steel", "from China, Russia, India"): the other names it
        # (not as a flood's source: "from a surge of imports from China", ``lede_origin``)
        other = [text_of(x) for x in sents[:2]] if source is t else [past_frame(t)]
        for ot in other:
            lede_roles = ("from", "including", "counterpart", "goods")
            roles = lede_roles if source is t else ("from", "target", "goods")
            # "ending agreements with the EU, ..." of exporters the title names as well (a
            # lede alone listing them under a tariff on all imports names no one origin)
            named = spare_ended_for(ot, destination)
            if named is not None and not any(c == named[0] for c, _s, _e, _m in t.places):
                named = None
            if named is None:
                named = lede_origin(ot, destination, roles, t.text, [x.text for x in other])
            if named is None and source is t:
                named = exporter_to(ot, destination)  # "Switzerland shipped gold to the US"
            if named is not None:
                origin = named[0]
                place_words.append(named[1])
                trace.append("origin named in the " + ("summary" if source is t else "title"))
                break
        if origin == "*" and source is t and not regional:
            # "... Duties on Hot-Rolled Steel from Six Countries": the lede's first country
            if (counted := counted_origin(t.text, other, destination)) is not None:
                origin = counted[0]
                place_words.append(counted[1])
                trace.append("origin: the first of the countries the title counts")
    if flow == R.EXPORT and origin != "*" and destination == "*" and source is t and sents:
        # "China suspends gallium ... export restrictions" whose lede says "to the United States"
        if (market := lede_export_destination(text_of(sents[0]), origin)) is not None:
            destination = market[0]
            place_words.append(market[1])
            trace.append("the market the lede's exports go to")
    if origin == "*" and destination == "*" and summary and source is t:
        for sent in sents[:3]:
            st = text_of(sent)
            if not st.places:
                continue
            anchor = next(
                (i for i, tk in enumerate(st.toks) if flow_of(tk.low) or measure_of(tk.low)), None
            )
            if anchor is None:
                continue
            own = summary_flow(t, f, flow)  # None: the sentence tells it ("banned imports of")
            sf = Finding(f.rule, f.status, anchor, [], own, f.verb)
            origin, destination, sent_flow, place_words = corridor(st, sf, 0, len(st.toks))
            flow = flow if own is not None else sent_flow
            origin = backdrop_origin(st, origin, t.text)  # not "from a flood of Chinese imports"
            trace.append("corridor from the summary")
            scale *= 0.9
            break
    if source is t and (sides := champion_side(t.text, flow, origin, destination)) is not None:
        origin, destination, firm = sides  # "Tata Steel, JSW shares rise on safeguard duty"
        place_words.append(firm)
        trace.append(f"a side named by its national champion {firm!r}")
    if source is t and (traders := trader_sides(t, f, origin, destination, flow)) is not None:
        # "Chinese foil exporters hit with Mexican duties", "importers in India face ..."
        origin, destination, flow, trader = traders
        place_words.append(trader)
        trace.append("the sides of the traders the title names")
    if source is t and (warned := warned_market(t, flow, origin)) is not None:
        origin, destination = warned[:2]  # "Putin warns EU that palladium exports are banned"
        place_words.append(warned[2])
        trace.append("an export measure a warning tells: the warned place is its market")
    if source is t and (aimed_at := export_target_sides(t, f, origin, flow)) is not None:
        origin, destination, actor_word = aimed_at  # "Japan hit with Chinese export curbs"
        place_words.append(actor_word)
        trace.append("an export measure aimed at the market the title's subject names")
    trace.append(f"flow {flow}: {origin} -> {destination}")
    return Corridor(f, origin, destination, flow, place_words, counter is not None, scale)
