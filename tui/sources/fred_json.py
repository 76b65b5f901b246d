"""FRED's API answer (``api.stlouisfed.org/fred/series/observations?series_id=...&api_key=...
&file_type=json``): ``{"units": "lin", ..., "observations": [{"date": "2026-05-01", "value":
"13483.75"}, ...]}``, newest first or last (``sort_order``); ``"."`` marks a missing value.

A configured API URL was refused as "FRED did not send fredgraph CSV". Only levels are prices:
an answer in other ``units`` (``pch``, percent change; ``log``...) is refused, never drawn as
a price. FRED's error answer (``{"error_code": 400, "error_message": "..."}``) is said in its
words; its XML answer (the API's default ``file_type``) is refused with the option that gives
JSON.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from tui.core.fmt import counted
from tui.core.text import clean_text
from tui.sources.base import SourceError
from tui.sources.json_errors import json_problem
from tui.sources.json_errors import loads as json_loads
from tui.sources.prices_common import parse_number

_XML = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?<observations\b")
_UNITS = {"chg": "change", "ch1": "change from a year ago", "pch": "percent change"}
_UNITS |= {"pc1": "percent change from a year ago", "pca": "compounded annual rate of change"}
_UNITS |= {"cch": "continuously compounded rate of change", "log": "natural log"}
_UNITS |= {"cca": "continuously compounded annual rate of change"}


def is_api_answer(text: str) -> bool:
    """Whether ``text`` is an answer of FRED's API (JSON or XML), not a fredgraph download."""
    head = text.lstrip()[:1]
    return head == "{" or (head == "<" and _XML.match(text[:2000]) is not None)


def observations(text: str) -> tuple[list[tuple[date, float]], str | None]:
    """The (date, value) points of an API answer and what to say of the rows left out; raises
    :class:`SourceError` for an error, an XML or another unit's answer."""
    if text.lstrip()[:1] == "<":
        raise SourceError(
            "FRED sent its API's XML answer: add &file_type=json to the URL (or use the "
            "fredgraph.csv download)"
        )
    try:
        doc: Any = json_loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(f"FRED: {json_problem(exc, text)}") from None
    if not isinstance(doc, dict):
        raise SourceError("FRED sent unexpected JSON (not an object)")
    if "error_message" in doc or "error_code" in doc:
        why = clean_text(doc.get("error_message") or doc.get("error_code"), 150, html_input=False)
        raise SourceError(f"FRED: {why or 'error'}")
    rows = doc.get("observations")
    if not isinstance(rows, list):
        raise SourceError("FRED sent unexpected JSON (no observations)")
    units = doc.get("units")
    if isinstance(units, str) and units.strip() and units.strip() != "lin":
        name = _UNITS.get(units.strip(), clean_text(units, 20, html_input=False))
        raise SourceError(
            f"FRED's answer is in units {name!r}, not levels: no prices (drop units= from the URL)"
        )
    points: list[tuple[date, float]] = []
    unread: list[object] = []
    for row in rows:
        when = _day(row.get("date")) if isinstance(row, dict) else None
        raw = row.get("value") if isinstance(row, dict) else row
        if isinstance(raw, str) and raw.strip() in (".", ""):
            continue  # FRED's mark of a missing observation
        value = parse_number(raw) if isinstance(raw, str) else None
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            value = float(raw)
        if when is None or value is None:
            unread.append(raw)
            continue
        points.append((when, value))
    said: str | None = None
    if unread:
        example = clean_text(json.dumps(unread[0], default=str), 24, html_input=False)
        said = f"{counted(len(unread), 'observation')} not read (e.g. {example})"
    return points, said


def _day(raw: object) -> date | None:
    if not isinstance(raw, str):
        return None
    try:
        return date.fromisoformat(raw.strip()[:10])
    except ValueError:
        return None
