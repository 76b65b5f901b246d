"""US Federal Register API v1: rules, proposed rules, notices and presidential documents.

``documents.json`` search pages (``results[]``; no ``results`` at all when ``count`` is 0),
single-document bodies (``documents/<number>.json``) and the ``documents.rss`` feed are all
read. Every entry is official, from the outlet "Federal Register".
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime, timezone
from typing import Any
from urllib.parse import urlencode

from tui.core.config_types import SourceConfig
from tui.core.models import Headline, usable_date
from tui.core.text import canonical_url, clean_summary, clean_text, clean_title, safe_url
from tui.sources.base import SourceError
from tui.sources.binary import refuse_binary
from tui.sources.feeds import ParseResult, collect, with_ahead
from tui.sources.json_errors import json_problem
from tui.sources.json_errors import loads as json_loads
from tui.sources.json_text import json_text

UTC = timezone.utc
API = "https://www.federalregister.gov/api/v1/documents.json"
OUTLET = "Federal Register"
DEFAULT_PER_PAGE = 20
DOC_TYPES = ("RULE", "PRORULE", "NOTICE", "PRESDOCU")
_TYPE_ALIASES = {
    "rule": "RULE",
    "final rule": "RULE",
    "prorule": "PRORULE",
    "proposed rule": "PRORULE",
    "proposed": "PRORULE",
    "notice": "NOTICE",
    "presdocu": "PRESDOCU",
    "presidential document": "PRESDOCU",
    "presidential": "PRESDOCU",
}

_HTML_PAGE = re.compile(r"(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


def build_url(src: SourceConfig) -> str:
    if src.url:
        return src.url
    params: list[tuple[str, str]] = []
    term = src.opt("term")
    if term is not None and str(term).strip():
        params.append(("conditions[term]", str(term).strip()))
    for agency in _as_list(src.opt("agencies")):
        params.append(("conditions[agencies][]", agency))
    for doc_type in _as_list(src.opt("type")):
        params.append(("conditions[type][]", doc_type_code(doc_type)))
    params.append(("order", "newest"))
    params.append(("per_page", str(int(src.opt("per_page", DEFAULT_PER_PAGE)))))
    return f"{API}?{urlencode(params)}"


def doc_type_code(value: str) -> str:
    """``"Proposed Rule"`` / ``"prorule"`` -> ``"PRORULE"``; unknown values pass upper-cased."""
    key = " ".join(str(value).replace("_", " ").split()).lower()
    return _TYPE_ALIASES.get(key, key.upper().replace(" ", ""))


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [str(value)]


def parse(
    data: bytes,
    src: SourceConfig,
    *,
    fetched_at: datetime,
    headers: Mapping[str, str] | None = None,
) -> ParseResult:
    """Headlines from a documents.json page, a single document, or documents.rss."""
    fetched_at = fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=UTC)
    refuse_binary(data, headers, "a Federal Register answer")
    text, read_as = json_text(data, headers)
    text = text.lstrip("\ufeff").strip()
    if not text:
        raise SourceError("empty response")
    if _HTML_PAGE.match(text):  # not "expected a feed": the API answers JSON (or its RSS)
        raise SourceError(
            "expected the Federal Register's JSON (or its RSS), got an HTML page "
            "(an error or maintenance page?)"
        )
    if text[0] == "<":
        return _parse_feed(data, src, fetched_at, headers)
    try:
        doc: Any = json_loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(json_problem(exc, text)) from None
    if not isinstance(doc, dict):
        raise SourceError("unexpected Federal Register response (not a JSON object)")

    results = doc.get("results")
    if results is None:
        if "document_number" in doc and "title" in doc:
            results = [doc]  # a single-document body
        elif _is_error(doc):
            raise SourceError(_error_message(doc))
        elif doc.get("count") == 0:
            return ParseResult([])
        else:
            raise SourceError("unexpected Federal Register response (no results)")
    if not isinstance(results, list):
        raise SourceError("unexpected Federal Register response (results is not a list)")

    result = collect(
        results, lambda item: _headline(item, src, fetched_at), "documents", "Federal Register"
    )
    if read_as is not None:
        result = ParseResult(result.headlines, "; ".join(filter(None, (read_as, result.warning))))
    return with_ahead(
        result,
        results,
        lambda item: _pub_date(item.get("publication_date")),
        fetched_at,
        ("document", "documents"),
        lambda item: item.get("publication_date"),
    )


def _is_error(doc: dict[str, Any]) -> bool:
    status = doc.get("status")
    return (
        "errors" in doc
        or (isinstance(status, int) and status >= 400)
        or (("message" in doc or bool(_gateway_error(doc))) and "count" not in doc)
    )


def _gateway_error(doc: dict[str, Any]) -> str:
    """The words of an API gateway's error object (api.data.gov's ``{"error": {"code":
    "OVER_RATE_LIMIT", "message": "..."}}``, or ``"error": "..."``), sent with a 200 by a
    proxy or a cache: it was "unexpected Federal Register response (no results)"."""
    error = doc.get("error")
    if isinstance(error, dict):
        said = [error.get("code"), error.get("message")]
        return ": ".join(str(v) for v in said if isinstance(v, str) and v.strip())
    return error if isinstance(error, str) else ""


def _error_message(doc: dict[str, Any]) -> str:
    parts: list[str] = []
    message = doc.get("message")
    if message:
        parts.append(str(message))
    if gateway := _gateway_error(doc):
        parts.append(gateway)
    errors = doc.get("errors")
    if isinstance(errors, dict):
        for key, value in errors.items():
            detail = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
            parts.append(f"{key}: {detail}")
    elif isinstance(errors, list):
        parts.extend(map(str, errors))
    status = doc.get("status")
    body = clean_text(" - ".join(parts) or "error", 150, html_input=False)
    return f"Federal Register {status}: {body}" if status else f"Federal Register: {body}"


def _headline(item: dict[str, Any], src: SourceConfig, fetched_at: datetime) -> Headline | None:
    title = clean_title(item.get("title"))
    url = safe_url(item.get("html_url")) or safe_url(item.get("pdf_url"))
    if not title and url is None:
        return None
    published = usable_date(_pub_date(item.get("publication_date")), fetched_at)
    agencies = tuple(
        name
        for name in (
            clean_text(a.get("name") or a.get("raw_name"), 120)
            for a in _listed(item.get("agencies"))
            if isinstance(a, dict)
        )
        if name
    )
    number = clean_text(item.get("document_number"), 40, html_input=False) or None
    return Headline(
        title=title or (number or url or ""),
        url=url,
        source=src.name,
        published=published or fetched_at,
        summary=clean_summary(item.get("abstract")),
        outlet=OUTLET,
        official=True,
        doc_type=clean_text(item.get("type"), 60) or None,
        agencies=tuple(dict.fromkeys(agencies)),
        date_estimated=published is None,
        guid=number,
        canonical_url=canonical_url(url),
    )


def _listed(value: object) -> list[Any]:
    """A list the API should have sent; anything else (a number, a bare name) is none."""
    return value if isinstance(value, list) else []


def _pub_date(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        day = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _parse_feed(
    data: bytes,
    src: SourceConfig,
    fetched_at: datetime,
    headers: Mapping[str, str] | None,
) -> ParseResult:
    """documents.rss: an ordinary feed, marked official."""
    from tui.sources import feeds

    result = feeds.parse(data, src, fetched_at=fetched_at, headers=headers)
    marked = [replace(h, official=True, outlet=OUTLET) for h in result.headlines]
    return ParseResult(marked, result.warning)
