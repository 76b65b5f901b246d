"""The title a feed entry is shown and read by: its own when it says something, else a stand-in.

Feeds publish entries whose "title" says nothing: punctuation only ("...", "- - -"), a link or a
bare domain, the outlet's own name ("Reuters", "Mining.com"), or nothing at all. Taken as a
headline, such a title made odd stories (unrelated entries titled "Reuters" grouped as one
story with two outlets) and policy rows whose evidence read "...". Such a title counts as no
title: the entry is shown by the first words of its summary, else by the words of its link's
slug, else by its link; an entry with none of these is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from tui.core.text import TITLE_MAX, clean_text, clean_title, name_key, outlet_key

_LINK = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)\S*$", re.I)
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}/?$", re.I)
_SUMMARY_CHARS = 200  # a summary standing in for a title: its first characters
# An HTML element's tag: what a title read as plain text may still hold without its close
# (feedparser's test for HTML wants a close tag), dropped; any other ``<word>`` is text
_HTML_TAG = re.compile(
    r"</?(?:a|abbr|b|big|br|cite|code|del|div|em|font|h[1-6]|hr|i|img|ins|li|mark|ol|p|q|s"
    r"|small|span|strike|strong|sub|sup|u|ul)\b[^<>]*>",
    re.I,
)

# A CDATA section written as text (its text), a comment, a declaration: never a title's words
_NOT_WORDS = re.compile(r"<!\[CDATA\[(.*?)(?:\]\]>|$)|<!--.*?(?:-->|$)|<[!?][^<>]*>", re.S)


def entry_title(value: object, detail: object) -> str:
    """An entry's title as text. One feedparser read as plain text (``detail``'s type
    ``text/plain``: escaped or CDATA angle brackets, no HTML element among them) keeps its
    ``<tariff>``: the XML says it is text. One read as HTML is stripped of its tags."""
    if value is None or not isinstance(detail, Mapping) or detail.get("type") != "text/plain":
        return clean_title(value)
    text = _NOT_WORDS.sub(lambda m: m.group(1) or " ", str(value))
    return clean_text(_HTML_TAG.sub(" ", text), TITLE_MAX, html_input=False)


def says_something(title: str, outlets: Iterable[str | None] = ()) -> bool:
    """Whether ``title`` is a headline: it holds a letter or a digit, it is not a link or a
    bare domain, and it is not only the name of one of ``outlets`` (its publisher, the feed,
    the link's host)."""
    text = title.strip()
    if not any(ch.isalnum() for ch in text):
        return False
    if _LINK.match(text) or _DOMAIN.match(text):
        return False
    key = outlet_key(text)
    return not any(name and name_key(name) == key for name in outlets)


def shown_title(
    title: str, summary: str, url: str | None, outlets: Iterable[str | None] = ()
) -> str:
    """``title`` when it says something (:func:`says_something`), else the first words of
    ``summary`` when they do, else the words of the link's slug, else the link; "" when the
    entry has none of these."""
    names = tuple(outlets)
    if says_something(title, names):
        return title
    lead = clean_title(summary[:_SUMMARY_CHARS])
    if lead and says_something(lead, names):
        return lead
    own = title.strip()
    return title_from_url(url or (own if _LINK.match(own) and "://" in own else None))


def title_from_url(url: str | None) -> str:
    """A stand-in title for an untitled entry: the words of the link's slug (less a date or
    an id at its end), else the link."""
    if not url:
        return ""
    path = urlsplit(url).path
    for segment in reversed([p for p in path.split("/") if p]):
        slug = re.sub(r"\.(?:s?html?|php|aspx?)$", "", segment, flags=re.I)
        words = [w for w in re.split(r"[-_+]+", slug) if w]
        while len(words) > 3 and any(ch.isdigit() for ch in words[-1]):
            words.pop()  # a date or an id after the words ("...-exports-2026-12-03")
        if len(words) >= 3 and any(ch.isalpha() for ch in slug):
            text = clean_title(" ".join(words))
            return text[:1].upper() + text[1:]
    return url
