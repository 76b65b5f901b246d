"""A blog engine's line after an entry's text, a photo's caption before it: not the story's words.

WordPress feeds end every entry's summary with "The post <title> appeared first on <site>."
(some themes: "The post <title> first appeared on <site>."), its title and the site's name
again. Kept, it showed in the story's details as if the outlet had written it, and it put the
title's words a second time into the lede the classifier reads. It is dropped from the summary
(the title and the site stay where they are: the headline and its outlet).

Feeds that give the article's HTML open it on its picture: a ``<figure>`` with its
``<figcaption>`` ("Steel coils at a port in Tianjin, China. REUTERS/Stringer"), or, as text, a
wire's caption ("FILE PHOTO: ... REUTERS/Name/File Photo"). Its words are the picture's, not the
story's, yet they became the lede's first sentence: its place and its goods were read as the
news's. The figure and a caption credited to a wire are dropped from the summary.

Some feeds open the description on the headline itself, then the lede ("Chile raises copper
royalty. SANTIAGO, March 3 - Chile's senate ..."): the title read a second time as the lede's
first sentence. A summary that opens on its title word for word (letters and digits compared)
and goes on is kept from where the title ends (:func:`drop_title_echo`).
"""

from __future__ import annotations

import re

_LINE_RE = re.compile(
    r"\s*\bThe post\s.{1,400}?\s(?:appeared first|first appeared)\s+on\s+[^\n]{1,120}?\.?\s*(?:…)?$",
    re.DOTALL,
)


# a figure with its caption, or a caption alone, in an entry's HTML
_FIGURE_RE = re.compile(
    r"<figure\b[^>]*>.*?</figure\s*>|<figcaption\b[^>]*>.*?</figcaption\s*>",
    re.IGNORECASE | re.DOTALL,
)
# a wire's caption as text, at the start: "FILE PHOTO: ... REUTERS/Name/File Photo"
_CAPTION_RE = re.compile(
    r"^\s*(?:FILE\s+PHOTO|PHOTO|File\s+photo|Photo)\s*:\s.{0,600}?"
    r"\b(?:REUTERS|Reuters|AFP|AP)/(?:[^\s/]+(?:\s[^\s/]+){0,3}?/File\s+Photo|[^\s/]+)(?=\s|$)\s*",
    re.DOTALL,
)


def drop_figures(html: str) -> str:
    """An entry's HTML without its figures and their captions."""
    if "fig" not in html:
        return html
    return _FIGURE_RE.sub(" ", html)


def drop_caption(summary: str) -> str:
    """``summary`` without a wire's photo caption at its start ("FILE PHOTO: ... REUTERS/...")."""
    if "/" not in summary or ":" not in summary[:40]:
        return summary
    m = _CAPTION_RE.match(summary)
    return summary[m.end() :] if m is not None else summary


def drop_post_line(summary: str) -> str:
    """``summary`` without a blog engine's closing "The post ... appeared first on ..."."""
    if "appeared" not in summary:
        return summary
    m = _LINE_RE.search(summary)
    return summary[: m.start()].rstrip() if m is not None else summary


def drop_title_echo(summary: str, title: str) -> str:
    """``summary`` without its title at its start, when it opens on the title word for word
    (letters and digits, any case) and goes on; else as it is."""
    key = "".join(ch for ch in title.casefold() if ch.isalnum())
    if len(key) < 12 or not summary:
        return summary
    seen = 0
    for at, ch in enumerate(summary):
        if not ch.isalnum():
            continue
        if seen == len(key):
            rest = summary[at:]
            # the title ended mid-word ("... exports" in "... exportsban"): no echo
            return rest if not summary[at - 1].isalnum() else summary
        if ch.casefold() != key[seen]:
            return summary
        seen += 1
    return summary  # the summary is the title alone (or shorter): the caller's rule
