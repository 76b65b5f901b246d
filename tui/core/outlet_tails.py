"""Whether a title's tail is an outlet's name, told by the words outlets are named with.

Aggregators end a title with its outlet (" - Mining Weekly", " - Steel Times International",
" - The Times of India"). A tail is written as such a name when it has at most six words, each
capitalised, a digit or a joining word ("of", "the"), one of them a word outlets are named with
("Times", "News", "Weekly", "Journal", "Miner", "Technology", "International", "Africa" ...;
not "Report" or "Review", which name documents too: "- Report of the Appellate Body"), and no
verb's form among them ("Mining", "Morning", "United" are names' words). The headline's source
(:mod:`tui.sources.feed_entries`) splits such a tail off into the outlet column when it ends on
one of those words; the classifier (:mod:`tui.engine.classifier_outlet_tail`) and the metals'
tagging leave it out when it holds no measure's word. A site's section after a pipe ("... |
Steel", "... | Base Metals") is no part of the headline either (:func:`section_named`): the
feed reader drops it from the title shown, the classifier and the tagging leave it out.
"""

from __future__ import annotations

#: Words outlets are named with (lower case): a tail written as a name holding one is an outlet.
OUTLET_WORDS = frozenset(
    {
        "times", "news", "newswire", "wire", "weekly", "daily", "journal", "post",
        "bulletin", "market", "markets", "miner", "miners", "technology", "international",
        "online", "today", "insider", "herald", "tribune", "standard", "gazette", "express",
        "magazine", "monitor", "agency", "media", "network", "observer", "chronicle",
        "telegraph", "mail", "guru", "intelligence", "insights", "alpha", "hub", "press",
        "reporter", "digest", "world", "global", "asia", "africa", "europe", "tv",
        "radio", "business", "economic", "economist", "financial", "week", "journalist",
        "centre", "center",
    }
)  # fmt: skip
#: Words of outlets' names that end as a verb's forms do ("Mining Weekly", "United News").
NAME_FORMS = frozenset({"mining", "morning", "evening", "publishing", "united", "wired", "red"})
_JOINS = frozenset({"of", "the", "and", "&", "for", "on", "in"})
_MAX_WORDS = 6


def outlet_named(tail: str) -> bool:
    """Is ``tail`` written as an outlet's name, by the words outlets are named with?"""
    words = tail.split()
    if not 1 <= len(words) <= _MAX_WORDS:
        return False
    low = [w.lower().strip(".,") for w in words]
    if OUTLET_WORDS.isdisjoint(low) or all(w in _JOINS for w in low):
        return False
    if any(w.endswith(("ed", "ing")) and w not in NAME_FORMS for w in low):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _JOINS for w in words)


def ends_as_outlet(tail: str) -> bool:
    """:func:`outlet_named`, and its last word is one outlets are named with ("Mining Weekly",
    "Steel Times International"; not "The Times of India", whose end is a place's name)."""
    words = tail.split()
    return bool(words) and words[-1].lower().strip(".,") in OUTLET_WORDS and outlet_named(tail)


#: A site's section named after a pipe ("... | Steel", "... | Mining | Mining Weekly").
SECTIONS = frozenset(
    {
        "steel", "metals", "metal", "mining", "trade", "commodities", "commodity", "markets",
        "business", "economy", "world", "energy", "politics", "news", "industry", "finance",
        "companies", "policy", "asia", "europe", "africa", "americas",
    }
)  # fmt: skip


def section_named(tail: str, mark: str) -> bool:
    """Is ``tail``, after a pipe (``mark``), a site's section: one or two capitalised words of
    :data:`SECTIONS` ("Steel", "Base Metals", "World News")?"""
    words = tail.split()
    return (
        mark == "|"
        and 1 <= len(words) <= 2
        and words[-1].lower() in SECTIONS
        and all(w[:1].isupper() for w in words)
    )
