"""The server's own short reason for an HTTP error, from the first bytes of its body.

A 404 from Yahoo's chart API says ``{"chart": {"error": {"description": "No data found, symbol
may be delisted"}}}``, the Federal Register's 400 ``{"errors": {"conditions": [...]}}``, GDELT a
line of text: "HTTP 404 Not Found" alone hides what the server said. At most
:data:`MAX_BODY` decoded bytes are read, for at most a couple of seconds, and what is said is
cleaned like all outside text (``tui.core.text.clean_text``: no controls, no escape sequences,
no HTML) and cut to :data:`MAX_SAID` characters. An HTML page (a proxy's, a server's stock error
page) says nothing worth passing on: its status says it.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx

from tui.core.text import clean_text
from tui.flow.http.decode import BodyDecoder

MAX_BODY = 8 * 1024  # decoded bytes of an error body looked at
MAX_SAID = 160  # characters of the reason passed on
MAX_WAIT = 2.0  # seconds an error body may take to arrive

# keys whose text value is a reason, most telling first
_TEXT_KEYS = (
    "description",
    "message",
    "error_message",  # FRED's API
    "error_description",
    "detail",
    "error",
    "title",
    "msg",
)
# keys whose value holds the reasons further down
_NESTED_KEYS = ("error", "errors", "chart", "finance", "fault")


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value
    return None


def _from_json(doc: Any, depth: int = 0) -> str | None:
    """The first reason a JSON error document gives (Yahoo's ``chart.error.description``, a
    ``message``, the Federal Register's ``errors`` by field)."""
    if depth > 4:
        return None
    if isinstance(doc, list):
        found = (_from_json(item, depth + 1) or _text(item) for item in doc[:5])
        return next((f for f in found if f), None)
    if not isinstance(doc, dict):
        return None
    for key in _TEXT_KEYS:
        if said := _text(doc.get(key)):
            return said
    for key in _NESTED_KEYS:
        if (inner := doc.get(key)) is not None and (said := _from_json(inner, depth + 1)):
            return said
    errors = doc.get("errors")
    if isinstance(errors, dict):  # {"errors": {"conditions": {"term": ["is too short"]}}}
        return _by_field(errors)
    return None


def _by_field(errors: dict[str, Any], prefix: str = "") -> str | None:
    for key, value in list(errors.items())[:5]:
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            if said := _by_field(value, f"{name}."):
                return said
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return f"{name}: {'; '.join(value)}"
        elif said := _text(value):
            return f"{name}: {said}"
    return None


def reason_of(body: bytes, phrase: str = "") -> str | None:
    """The short reason an error body gives, cleaned and cut; None for an empty body, an HTML
    page, a JSON document naming none, or one that only repeats the status ``phrase``."""
    text = body.decode("utf-8", errors="replace").lstrip("\ufeff").strip()
    if not text or text.startswith("<"):
        return None
    said: str | None
    if text[0] in "{[":
        try:
            said = _from_json(json.loads(text))
        except (json.JSONDecodeError, RecursionError):
            said = None  # cut by the read limit or broken: no half a document passed on
    else:
        said = text.splitlines()[0]
    cleaned = clean_text(said, MAX_SAID, html_input=True) if said else ""
    if not cleaned or cleaned.casefold().strip(" .") == phrase.casefold():
        return None
    return cleaned


async def read_reason(response: httpx.Response, phrase: str, seconds: float) -> str | None:
    """:func:`reason_of` the first :data:`MAX_BODY` bytes of ``response``'s body, read for at
    most ``seconds`` (and :data:`MAX_WAIT`); None when nothing came in time or it failed."""
    decoder = BodyDecoder(response.headers.get("content-encoding", ""))
    buf = bytearray()

    async def gather() -> None:
        async for raw in response.aiter_raw():
            for piece in decoder.decode(raw):
                buf.extend(piece[: MAX_BODY - len(buf)])
                if len(buf) >= MAX_BODY:
                    return

    try:
        await asyncio.wait_for(gather(), max(0.001, min(seconds, MAX_WAIT)))
    except Exception:  # a slow, broken or undecodable error body: the status says enough
        pass
    return reason_of(bytes(buf), phrase) if buf else None
