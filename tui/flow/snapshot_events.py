"""The policy events of a snapshot's stories (:func:`tui.flow.snapshot.build_snapshot`): each
story classified (the words read in an earlier build of this process taken as they were), a
dropped or put-off plan as evidence that withdraws it, and what each event tells the board.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from tui.core.models import Evidence, Headline, Metal, PolicyEvent, Snapshot, Story

if TYPE_CHECKING:
    from datetime import datetime

    from tui.core.config_types import Config
    from tui.core.gazetteer import Gazetteer

# (title, summary) -> event, kept across this process's builds; reset when the watch list or
# the gazetteer changes
_CLASSIFIED: dict[object, Any] = {}


def _evidence(story: Story, event: PolicyEvent) -> Evidence:
    return Evidence(
        kind="document" if story.official else "inferred",
        title=story.title,
        url=story.url,
        source=story.source,
        published=story.published,
        confidence=event.confidence,
        words=event.words,
        status=event.status,
        rate_pct=event.rate_pct,
        proposed=event.proposed,
        date_estimated=story.date_estimated and story.published is not None,
        effective=event.effective,
        until=event.until,
        side=event.side,
    )


def classify_stories(
    config: Config,
    stories: list[Story],
    metals: list[Metal],
    read: dict[Said, PolicyEvent | None] | None = None,
) -> tuple[list[Story], list[tuple[PolicyEvent, Evidence]]]:
    """Each story with its policy event (if the classifier reads one) and its relevance; the
    events with their evidence, in the stories' order. ``read``: the events of stories already
    built from the same words (``read_events``), taken as they are for the classifier's reading
    and what follows from it; the rest (a dropped plan's evidence) is read as for any story."""
    from tui.engine.classifier import classify
    from tui.engine.classifier_rates import event_metal_rates
    from tui.engine.effective_dates import effective_date
    from tui.engine.end_dates import end_date
    from tui.engine.listed_places import also_corridors
    from tui.engine.relevance import with_relevance

    gazetteer = gazetteer_of(config)
    classified: list[Story] = []
    events: list[tuple[PolicyEvent, Evidence]] = []
    memo_key = (tuple(metals), tuple(sorted(config.gazetteer.items())))
    if _CLASSIFIED.get("key") != memo_key or len(_CLASSIFIED) > 4 * config.app.max_stories:
        _CLASSIFIED.clear()
        _CLASSIFIED["key"] = memo_key
    read = read or {}
    for story in stories:
        when = story.published
        said = (story.title, story.summary, story.official, when, when and when.tzinfo)
        text = (story.title, story.summary)
        taken = said in read  # the event the lines below give for the same words, day, kind
        if taken:
            event = read[said]
        elif text in _CLASSIFIED:  # classified in an earlier build: the same words, same event
            event = _CLASSIFIED[text]
        else:
            event = classify(story.title, story.summary, metals, gazetteer=gazetteer)
            _CLASSIFIED[text] = event
        if (
            not taken
            and event is not None
            and story.official
            and event.destination == "*"
            and event.origin != "US"
        ):
            # Federal Register documents are US measures: an unnamed importer is the US
            event = dataclasses.replace(event, destination="US")
        if event is None and (dropped := dropped_plan(story, metals, gazetteer)) is not None:
            events.append(dropped)  # "scraps plan to ban ...": evidence that withdraws the plan
        if event is not None:
            # the day the text says it takes effect ("from June 4"): the board keeps a measure
            # announced for a later day off the current status until then
            effective = None if taken else effective_date(story.title, story.summary, when)
            if effective is not None:
                event = dataclasses.replace(event, effective=effective)
            if not taken and (until := end_date(story.title, story.summary, when)) is not None:
                event = dataclasses.replace(event, until=until)  # "until June 30, 2026"
            if not taken and len(event.metals) > 1 and event.status in ("tariff", "quota"):
                # "25% on steel, 10% on aluminium": each metal's row takes its own rate
                rates = event_metal_rates(story.title, story.summary, event.metals, metals)
                event = dataclasses.replace(event, metal_rates=rates) if rates else event
            if not taken and (also := also_corridors(story.title, event, gazetteer)):
                event = dataclasses.replace(event, also=also)  # "on Canada, Mexico and EU"
            story = dataclasses.replace(story, policy_event=event)
            events.append(board_event(story, event, metals, gazetteer))
        classified.append(with_relevance(story))
    return classified, events


def gazetteer_of(config: Config) -> Gazetteer:
    from tui.core.gazetteer import Gazetteer

    return Gazetteer.default().extend(config.gazetteer) if config.gazetteer else Gazetteer.default()


def dropped_plan(
    story: Story, metals: list[Metal], gazetteer: Gazetteer
) -> tuple[PolicyEvent, Evidence] | None:
    """A story with no event that drops or puts off a plan, as evidence that withdraws it
    (``tui.engine.withdrawals``), read once per title and summary in this process."""
    from tui.engine.withdrawals import may_withdraw, put_off_to, withdrawal

    if not may_withdraw(story.title):
        return None
    key = ("withdraws", story.title, story.summary)
    if key not in _CLASSIFIED:
        _CLASSIFIED[key] = withdrawal(
            story.title, story.summary, metals, gazetteer=gazetteer, read_as_none=True
        )
    dropped = _CLASSIFIED[key]
    if dropped is None:
        return None
    new_day = put_off_to(story.title, story.summary, story.published)
    if new_day is not None:  # put off to a day it names: coming then, the earlier day replaced
        moved = dataclasses.replace(dropped, effective=new_day)
        return moved, _evidence(story, moved)
    return dropped, dataclasses.replace(_evidence(story, dropped), withdraws=True)


def board_event(
    story: Story, event: PolicyEvent, metals: list[Metal], gazetteer: Gazetteer
) -> tuple[PolicyEvent, Evidence]:
    """What a story's event tells the board: the event, except a lift of a measure's newest
    step ("suspends expanded rare earth export controls"), which withdraws that step if it is
    still coming or proposed and leaves the measure it adds to in force
    (``tui.engine.withdrawals.paused_step``); the story keeps its event."""
    if event.status not in ("open", "resuming"):
        return event, _evidence(story, event)
    from tui.engine.withdrawals import paused_step

    key = ("step", story.title, story.summary)
    if key not in _CLASSIFIED:
        _CLASSIFIED[key] = paused_step(story.title, story.summary, metals, gazetteer=gazetteer)
    step = _CLASSIFIED[key]
    if step is None:
        return event, _evidence(story, event)
    return step, dataclasses.replace(_evidence(story, step), withdraws=True)


#: What a story's event is read from: title, summary, official, published (and its zone).
Said = tuple[str, str, bool, "datetime | None", object]


def read_events(
    headlines: list[Headline], metals: list[Metal], reuse: Snapshot | None
) -> dict[Said, PolicyEvent | None]:
    """The events of the stories of ``reuse`` built from these headlines, by what each was
    read from. ``classify_stories`` reads a story's event from its title, summary, publication time
    and whether it is official, under the watch list and gazetteer, and nothing else; ``reuse``
    was built under the same (the checks and reasons of ``tui.flow.snapshot._same_stories``), so a story of the
    same words, time and kind has that very event. A story whose first entry is not among
    ``headlines`` (the bundled demo's, merged in for display) is left out. The first build
    after a start (``reuse`` is the cached snapshot) classifies only what is new or changed."""
    if reuse is None or not headlines or reuse.metals != metals:
        return {}
    loaded = {id(h) for h in headlines}
    out: dict[Said, PolicyEvent | None] = {}
    for s in reuse.stories:
        if s.entries and id(s.entries[0]) in loaded:
            when = s.published
            out[(s.title, s.summary, s.official, when, when and when.tzinfo)] = s.policy_event
    return out
