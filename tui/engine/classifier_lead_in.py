"""A title's lead-in set aside, so that its main clause is read as the news.

Two lead-ins stand before a measure without being part of it:

- a **fronted clause** before the first comma ("Fearing shortages, Indonesia bans nickel ore
  exports"; "Citing national security, US doubles steel tariffs"; "In a bid to protect
  smelters, Zambia suspends copper concentrate exports"): a participle, a purpose clause or a
  clause of time or cause tells why or when; its words (shortages, smelters, "seeking") are no
  subject, strike or plan of the measure;
- a **feature tag** before a colon ("Tariff update:", "Trade watch:", "Metals brief:"): an
  outlet's running heading, whose measure word ("Tariff") is no measure of its own;
- a **topic kicker** before a colon, one or two words naming the story's topic ("Tariffs:",
  "Steel tariffs:", "Export curbs:", "Levies:"): its measure word was read as the finding, so
  the measure's importer after the colon was lost; it is set aside only before a place that
  opens a headline of its own ("Tariffs: Brazil raises steel import duties").

A fronted clause naming a disruption (floods, a strike, shortages) is set aside only when it
tells the actor's motive ("Fearing shortages, ..."): after any other ("After floods, Peru halts
copper exports") the stoppage may be the disruption's, and the whole title is read.

Either is set aside only when what follows reads as a headline of its own: a place opens the
main clause after a fronted clause ("..., India imposes"), at least three words follow, and
no watched metal or place is lost (a metal or a place named only in the lead-in keeps the
whole title: "India trade update: Government restricts silver imports"). A main
clause that is no measure ("Fearing a ban, traders rush to ship nickel ore") stays none: the
lead-in is set aside only before a place, and what is left is read by every rule as before.

The fronted clause's span, opener and words are read by
:func:`~tui.engine.classifier_fronted.fronted_clause`, the reading
:func:`~tui.engine.classifier_caused.fronted_clause_end` shares.
"""

from __future__ import annotations

import re

from tui.core.gazetteer import Gazetteer
from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_fronted import fronted_clause
from tui.engine.classifier_sanctioned_passive import active_sanctioned
from tui.engine.classifier_second_act import second_act
from tui.engine.classifier_surface import plain_surface
from tui.engine.classifier_words import has_trigger
from tui.engine.metal_matcher import MetalMatcher

# The last word of an outlet's running heading before a colon ("Tariff update:", "Trade
# watch:", "Metals brief:"); not an explainer's or a view's ("Analysis:", "Explainer:"), which
# the rules read as a study of the measure.
_FEATURE_WORDS = frozenset(
    {
        "update",
        "updates",
        "watch",
        "brief",
        "briefs",
        "briefing",
        "wrap",
        "roundup",
        "round-up",
        "digest",
        "alert",
        "alerts",
        "bulletin",
        "tracker",
        "monitor",
        "snapshot",
        "news",
        "latest",
        "spotlight",
        "dispatch",
        "recap",
        "pulse",
        "desk",
    }
)
# The words of a topic kicker ("Tariffs:", "Export curbs:", "Trade war:"): measures and trade
# (a watched metal may stand with them: "Steel tariffs:").
_TOPIC_WORDS = frozenset(
    {
        "tariff",
        "tariffs",
        "duty",
        "duties",
        "levy",
        "levies",
        "tax",
        "taxes",
        "quota",
        "quotas",
        "curbs",
        "ban",
        "bans",
        "sanctions",
        "embargo",
        "embargoes",
        "restrictions",
        "controls",
        "safeguards",
        "anti-dumping",
        "antidumping",
        "dumping",
        "protectionism",
        "trade",
        "war",
        "export",
        "exports",
        "import",
        "imports",
        "customs",
        # a retaliation's kicker ("Countermeasures:", "Tit-for-tat tariffs:", "Reprisals:")
        "countermeasures",
        "counter-measures",
        "counter-tariffs",
        "retaliation",
        "retaliatory",
        "reprisals",
        "tit-for-tat",
    }
)
_TAG_RE = lazy(r"^([A-Za-z][A-Za-z&'-]*(?:\s+[A-Za-z&'-]+){0,2})\s*:\s+(?=\S)")
_THE_RE = lazy(r"^the\s+", re.IGNORECASE)


def _keeps_names(head: str, rest: str, matcher: MetalMatcher, gaz: Gazetteer) -> bool:
    """Is no watched metal and no place named in ``head`` alone ("India trade update:
    Government restricts ..." keeps its importer)?"""
    metals_kept = bool(matcher.spans(rest)) or not matcher.spans(head)
    return metals_kept and (bool(gaz.find(rest)) or not gaz.find(head))


def _after_fronted(title: str, matcher: MetalMatcher, gaz: Gazetteer) -> str | None:
    """The main clause after a fronted clause, when a place opens it; else None."""
    fc = fronted_clause(title)
    if fc is None or fc.opener is None or len(title[: fc.rest].split()) < 2:
        return None  # "Beijing, Washington agree ...": a list of places, no clause
    if gaz.find(title.split(None, 1)[0]):
        return None
    head, rest = title[: fc.rest], title[fc.rest :]
    if not fc.motive and any(w in R.DISRUPTION_WORDS for w in fc.words):
        return None  # "After floods, Peru halts ...": the cause of the stoppage, read whole
    bare = _THE_RE.sub("", rest)
    places = gaz.find(bare)
    if not places or places[0][1] != 0 or len(rest.split()) < 3:
        return None
    return rest if _keeps_names(head, rest, matcher, gaz) else None


def _topic_kicker(head: str, rest: str, matcher: MetalMatcher, gaz: Gazetteer) -> bool:
    """Is ``head`` a topic kicker of one or two words (measures, trade, a watched metal)
    before a headline that opens on a place ("Tariffs: Brazil raises ...")?"""
    words = head.split()
    if len(words) > 2 or not all(w.lower() in _TOPIC_WORDS or matcher.spans(w) for w in words):
        return False
    places = gaz.find(_THE_RE.sub("", rest))
    return bool(places) and places[0][1] == 0


def _after_tag(title: str, matcher: MetalMatcher, gaz: Gazetteer) -> str | None:
    """The headline after an outlet's running heading or a topic kicker before a colon; else
    None."""
    m = _TAG_RE.match(title)
    if m is None:
        return None
    rest = title[m.end() :]
    feature = m.group(1).split()[-1].lower() in _FEATURE_WORDS
    if not feature and not _topic_kicker(m.group(1), rest, matcher, gaz):
        return None
    if len(rest.split()) < 3 or not _keeps_names(m.group(1), rest, matcher, gaz):
        return None
    return rest


def main_clause(title: str, matcher: MetalMatcher, gaz: Gazetteer) -> str:
    """``title`` without a feature tag before a colon and a fronted clause before a comma
    (see the module's docstring)."""
    if ":" in title:
        title = _after_tag(title, matcher, gaz) or title
    if "," in title:
        title = _after_fronted(title, matcher, gaz) or title
    return title


def read_surface(
    title: str | None, summary: str | None, matcher: MetalMatcher, gaz: Gazetteer
) -> tuple[str, str]:
    """The title and summary as the rules read them: the plain surface
    (:func:`~tui.engine.classifier_surface.plain_surface`), then the title's main clause."""
    title, summary = plain_surface(title, summary, lambda x: matcher.may_name(x) or has_trigger(x))
    title = active_sanctioned(title, matcher, gaz)  # "<goods> sanctioned by <place>": the active
    title = second_act(title, matcher, gaz)  # "bans gasoline exports, keeps duty on nickel"
    return main_clause(title, matcher, gaz), summary
