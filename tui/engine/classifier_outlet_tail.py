"""An outlet's name after a title, and an outlet's tag in brackets at its end: not the news.

Aggregators end a title with its outlet (" - Mining Weekly", " | Mining Technology", " - The
Times of India"), and outlets tag a title at its end ("(Reuters)", "(Updated)", "[Video]").
:func:`~tui.engine.classifier_surface.drop_outlet` drops a tail written as a name that holds
none of the rules' words; an outlet named with one ("Steel", "Mining", "Metal", "News",
"Review") or with a country ("of India") stayed, and was read as news: "Steel Times
International" named steel in every headline it followed, "Mining Weekly" made an import quota
a quota on mining, "The Times of India" made India a side.

:func:`~tui.core.outlet_tails.outlet_named` tells such a name by the words outlets are named with ("Times", "News",
"Weekly", "Journal", "Miner", "Technology", "International", "Africa" ...; not "Report" or
"Review", which name documents too: "- Report of the Appellate Body"): a tail of
at most six words, each capitalised, a digit or a joining word, one of them such a word, no
verb's form among them ("Mining", "Morning", "United" are names' words) and no measure's word
(the caller checks: "Canada Imposes Steel Quotas", "Trade Policy Watch" stay news).
:func:`drop_tag` drops a bracketed tag at the end that is an agency's name or a tag of the
story's form or edition. :func:`section_named` tells a site's section after a pipe ("... |
Steel", "... | Mining"): one or two capitalised words ending on a section's name, dropped too.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.core.outlet_tails import outlet_named, section_named
from tui.engine.classifier_words import has_trigger

#: A tail after a spaced dash or a pipe at a title's end: an outlet's name, a column, a section
#: or the news's last clause (the caller tells which).
OUTLET_TAIL_RE = lazy(r"\s+[-–—|]\s+([^-–—|:?!;,\"“”]{2,48})$")
# a bracketed tag at a title's end: an agency or the story's form or edition
_TAG_RE = lazy(
    r"\s*[(\[](?:Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo|Yonhap|Updated?|Video|Videos|Photos?|"
    r"Pictures|Gallery|Audio|Podcast|Listen|Watch|Corrected|Correction|Exclusive|Live|Opinion|"
    r"Analysis|Graphics?|Interactive|Sponsored|Paid|Premium|Paywall|Subscribers?(?: only)?)"
    r"[)\]]\s*$",
    re.IGNORECASE,
)


def cut_at(title: str, start: int) -> str:
    """``title`` up to ``start`` (a tail's start), when at least three words stand before it:
    a shorter head is no headline without its tail ("Tariffs - Mining Weekly")."""
    head = title[:start].rstrip()
    return head if len(head.split()) >= 3 else title


def drop_tag(title: str) -> str:
    """``title`` without an agency's or a form's tag in brackets at its end ("(Reuters)")."""
    if not title.endswith((")", "]")):
        return title
    m = _TAG_RE.search(title)
    return title if m is None else cut_at(title, m.start())


def names_outlet(title: str, m: re.Match[str]) -> bool:
    """Is the tail ``m`` found in ``title`` an outlet's name (no measure's word in it) or a site's
    section after a pipe?"""
    tail = m.group(1)
    return (outlet_named(tail) and not has_trigger(tail)) or section_named(
        tail, title[m.start() : m.start(1)].strip()
    )


def without_outlet(title: str) -> str:
    """``title`` without an outlet's name or a site's section after it (two tails at most), as
    the metals' tagging and the stories' comparison read it: "... - Steel Times International"
    names no steel."""
    if "-" not in title and "–" not in title and "—" not in title and "|" not in title:
        return title
    for _ in range(2):
        m = OUTLET_TAIL_RE.search(title)
        if m is None or not names_outlet(title, m):
            break
        head = cut_at(title, m.start())
        if head is title:
            break
        title = head
    return title
