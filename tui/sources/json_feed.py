"""JSON Feed (https://jsonfeed.org, versions 1 and 1.1), read into the shape feedparser gives
an RSS or Atom document, so that :mod:`tui.sources.feeds` makes headlines of its items the same
way (titles and summaries cleaned, links checked, dates kept or estimated).

feedparser 6.0 does not read JSON Feed: a blog or news site publishing only ``feed.json`` was
refused as "expected a feed, got JSON". Any other JSON still is.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from tui.sources.base import SourceError
from tui.sources.json_errors import json_problem
from tui.sources.json_errors import loads as json_loads
from tui.sources.json_text import json_text

VERSION_PREFIX = "https://jsonfeed.org/version/"


class LooseJson(Exception):
    """What was wrong with a JSON Feed read all the same (its text, as feedparser's notes)."""


def document(data: bytes) -> dict[str, Any] | None:
    """A feedparser-shaped document (``feed``, ``entries``, ``version``, ``bozo``) for a JSON
    Feed, else None (not JSON, or JSON of another kind)."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{"):
        return None
    loose = None
    text, read_as = json_text(data)  # UTF-8, or a single-byte charset's text (said)
    text = text.removeprefix("\ufeff")
    # JSON nested past reading raises RecursionError: "the document is nested too deeply to
    # read" (it was "expected a feed, got JSON", of a JSON Feed whose items held it)
    try:
        doc = json_loads(text)
    except ValueError:
        try:  # raw control characters in its strings (a newline, a CMS's stray NUL in a title)
            doc = json_loads(text, strict=False)
        except ValueError as exc:
            _refuse_broken(data, exc)
            return None
        loose = LooseJson("control characters inside its strings (not allowed in JSON)")
    if not isinstance(doc, dict):
        return None
    version = doc.get("version")
    if not isinstance(version, str) or not version.startswith(VERSION_PREFIX):
        return None
    items = doc.get("items", [])
    if not isinstance(items, list):
        raise SourceError(f"JSON Feed whose items are not a list ({type(items).__name__})")
    entries, odd = [], []
    for item in items:
        title, why = _title(item.get("title") if isinstance(item, dict) else None)
        if why is not None:
            odd.append(why)
            continue
        entries.append(_entry(item if isinstance(item, dict) else {}, title))  # counted
    feed = {"title": _text(doc.get("title")), "link": _text(doc.get("home_page_url"))}
    return {
        "version": "json" + version[len(VERSION_PREFIX) :],
        "bozo": loose is not None,
        "bozo_exception": loose,
        "feed": feed,
        "entries": entries,
        "note": _odd_note(odd),
        "read_as": read_as,
    }


def _refuse_broken(data: bytes, exc: ValueError) -> None:
    """Raise :class:`SourceError` for a JSON Feed (it names its version near its start) that
    does not parse, cut off or malformed: said as such, not as "JSON, not a feed"."""
    if VERSION_PREFIX.encode() not in data[:4096] or not isinstance(exc, json.JSONDecodeError):
        return
    text = data.decode("utf-8", errors="replace")
    raise SourceError(f"JSON Feed: {json_problem(exc, text)}") from None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _title(value: object) -> tuple[str | None, str | None]:
    """An item's ``title`` as text, and why the item is left out (else None).

    Feeds written by hand or by a converter give a number (``2026``, ``3.5``) or a list of
    strings (``["Copper tariff", "raised"]``, an XML-to-JSON tool's one-element list) where
    JSON Feed has a string: a number is read as it is written, a list's words joined by
    spaces. Before, either was "no title" and the item was shown by its link's words. A title
    that is an object, true or false, or a list holding anything but words and numbers says
    nothing a headline can show: the item is left out, and counted."""
    if value is None or isinstance(value, str):
        return _text(value), None
    if isinstance(value, bool):
        return None, "true or false"
    if isinstance(value, (int, float)):
        return json.dumps(value), None
    if isinstance(value, list):
        if all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value):
            words = (v if isinstance(v, str) else json.dumps(v) for v in value)
            return _text(" ".join(w.strip() for w in words if w.strip())), None
        return None, "a list of other things than words"
    return None, "an object" if isinstance(value, dict) else type(value).__name__


def _odd_note(odd: list[str]) -> str | None:
    """What the source's line says of the items left out for their titles (None: none)."""
    if not odd:
        return None
    items = "item" if len(odd) == 1 else "items"
    kinds = ", ".join(dict.fromkeys(odd))
    return f"{len(odd)} {items} whose title is not text ({kinds}) left out"


def _entry(item: dict[str, Any], title: str | None) -> dict[str, Any]:
    """One item as a feedparser entry: ``title`` (read by :func:`_title`), ``link`` (``url``,
    else ``external_url``), ``id``, ``summary`` (``summary``, else the HTML or text content)
    and the dates, parsed."""
    entry: dict[str, Any] = {
        "title": title,
        "link": _link(item.get("url")) or _link(item.get("external_url")),
        "id": _text(item.get("id"))
        or (str(item["id"]) if isinstance(item.get("id"), int) else None),
        "summary": _text(item.get("summary"))
        or _text(item.get("content_html"))
        or _text(item.get("content_text")),
    }
    for key, field in (("published", "date_published"), ("updated", "date_modified")):
        raw = _epoch(item.get(field)) or _text(item.get(field))
        if raw is not None:
            entry[key] = raw
            entry[f"{key}_parsed"] = _utc_tuple(raw)
    return entry


def _link(value: object) -> str | None:
    """A link, or the first of a list of links (a converter's one-element list)."""
    if isinstance(value, list):
        value = next((v for v in value if _text(v)), None)
    return _text(value)


def _epoch(value: object) -> str | None:
    """A date written as Unix time (``1546300800``, in milliseconds ``1546300800000``, a number
    or a string of digits, as scripts that write JSON by hand do) as RFC 3339; None for
    anything else. Before, such an item had no date and was dated when first seen: a story of
    2019 passed for one of today."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        return None
    seconds = value if value < 1e11 else value / 1000 if value < 1e14 else None
    if seconds is None:
        return None
    return datetime.fromtimestamp(seconds, timezone.utc).isoformat()


def _utc_tuple(raw: str) -> tuple[int, ...] | None:
    """An RFC 3339 date as feedparser's UTC time tuple; None when it is not one (the entry's
    date is then estimated, as for any feed)."""
    try:
        when = datetime.fromisoformat(raw.strip())
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return tuple(when.astimezone(timezone.utc).timetuple())
