"""GDELT DOC 2.0 API, ``mode=artlist&format=json``: worldwide news articles matching a query.

GDELT answers errors with plain text and HTTP 200 ("Please limit requests to one every 5
seconds..."), and writes titles with spaced punctuation ("U . S .", "Harga , naik"): both
are handled here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from tui.core.config_types import SourceConfig
from tui.core.models import NO_DATE_BEFORE, Headline, usable_date
from tui.core.text import canonical_url, clean_text, clean_title, safe_url
from tui.sources.base import SourceError
from tui.sources.binary import refuse_binary
from tui.sources.entry_title import shown_title
from tui.sources.feeds import ParseResult, collect, with_ahead
from tui.sources.json_errors import json_problem
from tui.sources.json_errors import loads as json_loads
from tui.sources.json_text import json_text

UTC = timezone.utc
API = "https://api.gdeltproject.org/api/v2/doc/doc"
#: GDELT's documented limit: one request every 5 seconds.
MIN_INTERVAL: float = 5.0
DEFAULT_MAXRECORDS = 75
DEFAULT_TIMESPAN = "3d"

# Languages whose typography puts a space before ; : ! ? (kept as written).
_SPACED_LANGUAGES = frozenset({"french"})
_TLDS = (
    "com|net|org|info|biz|gov|edu|io|co|uk|us|ca|au|in|de|fr|es|it|pl|ru|ua|by|kz|tr|br|mx|ar|"
    "cl|pe|za|ng|ke|jp|cn|kr|tw|hk|sg|my|id|ph|vn|th|ae|sa|ir|il|eg|ro|rs|ba|hr|si|sk|cz|hu|bg|"
    "gr|pt|nl|be|ch|at|se|no|dk|fi|ie|lt|lv|ee|md|ge|am|az|uz|pk|bd|lk|np|news|tv|ru"
)
_NUMBER_SEP = re.compile(r"(?<=\d) ([.,]) (?=\d)")
_ABBREV = re.compile(r"\b([A-Z]{1,3}) \. (?=[A-Z]{1,3} ?\.)")  # U . S . -> U.S .
_DOMAIN = re.compile(r"(?<=\w) \. (?=(?:" + _TLDS + r")\b(?![ .]\w))", re.I)
_CONTRACTION = re.compile(r"(?<=\w) (['’]) (?=(?:s|t|re|ll|ve|d|m)\b)", re.I)
_OPEN_BRACKET = re.compile(r"([(\[]) ")
_CLOSE_PUNCT = re.compile(r" +([,.%)\]]+)(?= |$)")
_CLOSE_PUNCT_TYPO = re.compile(r" +(?!::)([;:!?]+[,.!?]*)(?= |$)")  # " :: " is a separator


def build_url(src: SourceConfig) -> str:
    if src.url:
        return src.url
    query = src.opt("query")
    if not query or not str(query).strip():
        raise SourceError("gdelt source needs a query")
    params = {
        "query": str(query).strip(),
        "mode": "artlist",
        "format": "json",
        "maxrecords": str(int(src.opt("maxrecords", DEFAULT_MAXRECORDS))),
        "timespan": str(src.opt("timespan", DEFAULT_TIMESPAN)),
        "sort": "datedesc",
    }
    return f"{API}?{urlencode(params, quote_via=quote)}"


def parse(
    data: bytes,
    src: SourceConfig,
    *,
    fetched_at: datetime,
    headers: Mapping[str, str] | None = None,
) -> ParseResult:
    """Headlines from an artlist JSON body. Raises :class:`SourceError` on GDELT's text errors."""
    refuse_binary(data, headers, "a GDELT answer")
    doc, read_as = _load(data, headers)
    if not isinstance(doc, dict):
        raise SourceError("unexpected GDELT response (not a JSON object)")
    if "articles" not in doc:
        if not doc:
            return ParseResult([])  # GDELT's answer when nothing matched
        said = next((v for k in ("error", "message") if isinstance(v := doc.get(k), str)), "")
        if said.strip():  # an error answered as JSON: its words, cleaned like any outside text
            raise SourceError(f"GDELT: {clean_text(said, 120, html_input=True)}")
        raise SourceError("unexpected GDELT response (no articles)")
    articles = doc.get("articles")
    if articles is None:
        return ParseResult([])
    if not isinstance(articles, list):
        raise SourceError("unexpected GDELT response (articles is not a list)")

    fetched_at = fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=UTC)
    result = collect(articles, lambda art: _headline(art, src, fetched_at), "articles", "GDELT")
    if read_as is not None:
        result = ParseResult(result.headlines, "; ".join(filter(None, (read_as, result.warning))))
    return with_ahead(
        result,
        articles,
        lambda art: parse_seendate(art.get("seendate")),
        fetched_at,
        ("article", "articles"),
        lambda art: art.get("seendate"),
    )


def _decode(data: bytes, headers: Mapping[str, str] | None) -> tuple[str, str | None]:
    """JSON text in UTF-8 (damaged bytes replaced; a single-byte charset's read as such, said),
    or UTF-16/32 recognised by BOM or zeros."""
    encoding = json.detect_encoding(data)
    if encoding in ("utf-8", "utf-8-sig"):
        text, read_as = json_text(data, headers)
        if text[:64].count("\ufffd") > 8:  # mostly undecodable bytes: not UTF-8 at all
            raise SourceError("unexpected encoding (the answer is not UTF-8 or UTF-16 JSON)")
        return text, read_as
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError:
        raise SourceError(f"unexpected encoding (damaged {encoding.upper()} text)") from None


def _load(data: bytes, headers: Mapping[str, str] | None) -> tuple[Any, str | None]:
    """The JSON document of ``data``, and what its text was read as when not UTF-8."""
    text, read_as = _decode(data, headers)
    text = text.lstrip("\ufeff").strip()
    if not text:
        raise SourceError("empty response")
    if text[0] not in "{[":
        if text[:1] == "<":
            raise SourceError("expected JSON, got an HTML page")
        try:  # a JSON value that is no object (null, "ok", 42): not GDELT's words of an error
            return json_loads(text), read_as
        except ValueError:
            pass
        first = clean_text(text.splitlines()[0], 120, html_input=False)
        raise SourceError(f"GDELT: {first}")
    try:
        return json_loads(text, strict=False), read_as
    except json.JSONDecodeError:
        pass
    # GDELT has emitted invalid backslash escapes in titles; double the stray backslashes.
    repaired = re.sub(r'\\(?!["\\/bfnrtu])', r"\\\\", text)
    try:
        return json_loads(repaired, strict=False), read_as
    except json.JSONDecodeError as exc:
        raise SourceError(json_problem(exc, repaired)) from None


def _headline(art: dict[str, Any], src: SourceConfig, fetched_at: datetime) -> Headline | None:
    language = str(art.get("language") or "")
    title = fold_spacing(clean_title(art.get("title")), language)
    url = safe_url(art.get("url"))
    if not title and url is None:
        return None
    published = usable_date(parse_seendate(art.get("seendate")), fetched_at)
    estimated = published is None
    domain = clean_text(art.get("domain"), 100, html_input=False).lower() or None
    if domain is None and url is not None:
        domain = (urlsplit(url).hostname or "").removeprefix("www.") or None
    given = title
    title = shown_title(title, "", url, (domain,))  # "...", a link, the outlet's name: none
    if not title:
        return None
    return Headline(
        title=title,
        stand_in=title != given,
        url=url,
        source=src.name,
        published=published or fetched_at,
        outlet=domain,
        date_estimated=estimated,
        guid=url,
        canonical_url=canonical_url(url),
    )


# a calendar date and a clock time, with separators, then a zone or none
_SEPARATED = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?"
)
_UTC_WORD = re.compile(r"\s*(?:Z|UTC)$")


def parse_seendate(value: object) -> datetime | None:
    """``20230103T044500Z`` -> aware UTC datetime (None when missing or malformed). The same
    time written with separators (``2023-01-03T04:45:00Z``, ``2023-01-03 04:45:00 UTC``, an
    offset), as a mirror, a proxy or an export of GDELT's tables writes it, is read too: it
    was an unusable date, the article dated when first seen."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    raw = value.strip()
    for fmt in ("%Y%m%dT%H%M%SZ", "%Y%m%dT%H%M%S", "%Y%m%d%H%M%S"):
        try:
            when = datetime.strptime(raw, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
        return when if when >= NO_DATE_BEFORE else None  # a placeholder: no date
    if _SEPARATED.fullmatch(raw) is None:
        return None
    try:
        when = datetime.fromisoformat(_UTC_WORD.sub("+00:00", raw))
    except ValueError:
        return None
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return when if when >= NO_DATE_BEFORE else None


def fold_spacing(title: str, language: str = "") -> str:
    """Undo GDELT's spaced punctuation where the original is unambiguous.

    "U . S ." -> "U.S.", "1 , 4 Juta" -> "1,4 Juta", "word ' s" -> "word's", "90 %" -> "90%",
    "Naslovi . net" -> "Naslovi.net", "2023 : Russian" -> "2023: Russian". A spaced hyphen
    stays (it may be a dash), and French keeps its space before ; : ! ?.
    """
    if not title:
        return title
    text = _NUMBER_SEP.sub(r"\1", title)
    text = _ABBREV.sub(r"\1.", text)
    text = _ABBREV.sub(r"\1.", text)  # overlapping runs: "E . E . U . U"
    text = _DOMAIN.sub(".", text)
    text = _CONTRACTION.sub(r"\1", text)
    text = _OPEN_BRACKET.sub(r"\1", text)
    text = _CLOSE_PUNCT.sub(r"\1", text)
    if language.strip().lower() not in _SPACED_LANGUAGES:
        text = _CLOSE_PUNCT_TYPO.sub(r"\1", text)
    return re.sub(r"\s+", " ", text).strip()
