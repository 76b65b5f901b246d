"""``FetchError`` and the short sentences it carries to the user.

Every way a request can fail ends as one ``FetchError`` whose ``str`` is shown as it is on the
source's health line: "HTTP 404 Not Found", "connection refused (example.org:443)", "no answer
within 20 s", "the answer was cut off after 5,120 bytes". Never a Python class name.
"""

from __future__ import annotations

import math
import re
import socket
import ssl
from collections.abc import Mapping
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from urllib.parse import SplitResult, urlsplit

import httpx

from tui.core.text import clean_text

CONNECTION_RESET = "the connection was reset by the server"


class FetchError(Exception):
    """A request that gave no usable response. ``str(err)`` is shown to the user as it is."""

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.retry_after = retry_after

    def __str__(self) -> str:
        return self.message


def status_error(response: httpx.Response) -> FetchError:
    """The error for an HTTP status >= 400, with the server's ``Retry-After`` when it sent one."""
    status = response.status_code
    # The standard phrase where there is one: servers send "NOT FOUND", "Not found" or
    # nothing (HTTP/2); their own words only for codes outside the standard.
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = clean_text(response.reason_phrase or "", 60, html_input=False)
    message = f"HTTP {status} {reason}".rstrip()
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    if retry_after:  # said, so that "server asked to wait" is only said when it did
        message += f" (asks to wait {wait_text(retry_after)})"
    return FetchError(message, status=status, retry_after=retry_after)


_RANGE = re.compile(r"bytes\s+(\d+-\d+)/(\d+|\*)", re.I)


def whole_range(headers: Mapping[str, str]) -> int | None:
    """The document's size when a ``206 Partial Content`` answer's Content-Range is the whole
    of it (``bytes 0-1720/1721``: a server or CDN that answers every request with a range,
    asked or not); None for any other part, or none named."""
    found = _RANGE.fullmatch(headers.get("content-range", "").strip())
    if found is None or found[2] == "*":
        return None
    first, last = (int(n) for n in found[1].split("-"))
    total = int(found[2])
    return total if first == 0 and last == total - 1 and total > 0 else None


def partial_content(headers: Mapping[str, str]) -> FetchError:
    """The error for ``206 Partial Content`` to a request that asked for no range (a proxy or
    CDN handing on the piece it holds): a part read as the whole would lose the newest rows
    without a word. Says which part came (its Content-Range, else its size)."""
    found = _RANGE.fullmatch(headers.get("content-range", "").strip())
    declared = headers.get("content-length", "").strip()
    if found:
        part = f" (bytes {found[1]}" + (f" of {found[2]})" if found[2] != "*" else ")")
    elif declared.isdigit():
        part = f" ({size_text(int(declared))})"
    else:
        part = ""
    return FetchError(
        "HTTP 206 Partial Content to a request for the whole document: only part of it came"
        f"{part}, not read as the whole",
        status=206,
    )


def not_followed(status: int, location: str | None) -> FetchError:
    """The error for a redirect status that was not followed (``302`` with no Location or an
    empty one, ``300 Multiple Choices``): its body is the redirect's own page, not the
    document. A redirect without a place to go is said as such: an empty Location, which the
    HTTP client would follow to the same address until its limit, is no "redirect loop"."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    head = f"HTTP {status} {phrase}".rstrip()
    where = clean_text(location or "", 80, html_input=False)
    if where:
        said = f" (to {where}), not followed"
    else:
        header = "no Location header" if location is None else "an empty Location header"
        said = f": the server redirected without saying where ({header})"
    return FetchError(f"{head}{said}: its body is not the document", status=status)


def wait_text(seconds: float) -> str:
    """ "30 s", "2 min", "1 h", "more than a day": a Retry-After's wait, rounded."""
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    if seconds < 36 * 3600:
        return f"{round(seconds / 3600)} h"
    return "more than a day"


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or an HTTP date), or None."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        # a negative delay is none (RFC 9110: digits only): the usual backoff, not "asked to wait"
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    current = now or datetime.now(timezone.utc)
    return max(0.0, (when - current).total_seconds())


def cut_off(received: int, declared: int | None = None, why: str = "") -> str:
    """An answer that ended before it was complete: never parsed."""
    of = f" of {declared:,} announced" if declared is not None and declared > received else ""
    return f"the answer was cut off after {received:,} bytes{of}" + (f" ({why})" if why else "")


def too_slow(received: int, declared: int | None, seconds: str) -> str:
    """A body still arriving at the deadline: the server answered (not "no answer", which
    the header counts as offline), too slowly."""
    of = f" of {declared:,} announced" if declared is not None and declared > received else ""
    return f"the answer came too slowly: {received:,} bytes{of} in {seconds}"


def stalled(received: int, declared: int | None, seconds: str) -> str:
    """A body that stopped arriving: the server answered, then fell silent."""
    of = f" of {declared:,} announced" if declared is not None and declared > received else ""
    return f"the answer stopped after {received:,} bytes{of}: nothing more for {seconds}"


# OpenSSL's reasons for a reply that is no TLS record: a plain HTTP server's answer ("HTTP/1.1
# 400"), read as a record header (1.1 and 3.0 say its version is wrong, 3.2 and later its length).
_PLAIN_REPLY = frozenset({"WRONG_VERSION_NUMBER", "PACKET_LENGTH_TOO_LONG", "RECORD_LAYER_FAILURE"})
_HTTP_HINT = " (an http:// address?)"


def connect_message(exc: BaseException, parts: object, *, redirected: bool = False) -> str:
    """Why a connection to ``parts`` (the address connected to: after a redirect, where the
    configured server sent the request, ``redirected``) could not be made."""
    after = ", after a redirect" if redirected else ""
    hostport = hostport_of(parts) + after
    host = (getattr(parts, "hostname", None) or "?") + after
    for cause in causes(exc):
        if isinstance(cause, socket.gaierror):
            return f"cannot resolve host ({host})"
        if isinstance(cause, ConnectionRefusedError):
            return f"connection refused ({hostport})"
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"TLS certificate not accepted ({host})"
        if isinstance(cause, ssl.SSLError):
            if getattr(cause, "reason", None) in _PLAIN_REPLY:
                return f"TLS handshake failed ({host}): the server answered without TLS{_HTTP_HINT}"
            return f"TLS handshake failed ({host})"
        if isinstance(cause, (ConnectionResetError, ConnectionAbortedError)):
            return f"connection reset ({hostport})"
        if isinstance(cause, OSError) and cause.errno in (101, 113):  # unreachable
            return f"network unreachable ({hostport})"
    text = str(exc)
    lowered = text.lower()
    if "name or service not known" in lowered or "nodename nor servname" in lowered:
        return f"cannot resolve host ({host})"
    if "temporary failure in name resolution" in lowered or "getaddrinfo" in lowered:
        return f"cannot resolve host ({host})"
    if "refused" in lowered:
        return f"connection refused ({hostport})"
    return f"cannot connect to {hostport}: {short(text)}"


def connected_to(exc: BaseException, parts: SplitResult) -> tuple[SplitResult, bool]:
    """The address a failed request went to (its URL after any redirect), and whether a
    redirect took it there (compared as the client wrote both: "no such.org" is sent as
    "no%20such.org", an upper-case host in lower case, a default port left out)."""
    try:
        sent = exc.request.url  # type: ignore[attr-defined]
        asked = httpx.URL(parts.geturl())
    except (AttributeError, RuntimeError, httpx.InvalidURL):  # no request attached
        return parts, False
    if (sent.scheme, sent.host, sent.port) == (asked.scheme, asked.host, asked.port):
        return parts, False
    return urlsplit(str(sent)), True


def network_message(exc: httpx.HTTPError) -> str:
    """A transport failure after the connection was made, in the user's words."""
    if isinstance(exc, httpx.ReadError) or any(
        isinstance(c, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError))
        for c in causes(exc)
    ):
        return CONNECTION_RESET
    if isinstance(exc, httpx.RemoteProtocolError):
        text = str(exc).lower()
        if "without sending" in text or "disconnected" in text or "closed" in text:
            return "the server closed the connection without a complete answer"
        if "buffer too long" in text:  # h11's limit on a head that never ends
            return "the server sent a broken response (its headers run on past the limit)"
        return "the server sent a broken response"
    if isinstance(exc, httpx.WriteError):
        return "the connection failed while sending the request"
    detail = short(str(exc))
    return f"network error: {detail}" if detail else "network error"


def causes(exc: BaseException) -> list[BaseException]:
    """``exc`` and everything it was raised from, including members of exception groups."""
    seen: list[BaseException] = []
    stack = [exc]
    while stack and len(seen) < 50:
        current = stack.pop()
        if any(current is s for s in seen):
            continue
        seen.append(current)
        grouped = getattr(current, "exceptions", None)
        if isinstance(grouped, (list, tuple)):
            stack.extend(e for e in grouped if isinstance(e, BaseException))
        for nxt in (current.__cause__, current.__context__):
            if nxt is not None:
                stack.append(nxt)
    return seen


def hostport_of(parts: object) -> str:
    host = getattr(parts, "hostname", None) or "?"
    scheme = str(getattr(parts, "scheme", "")).lower()
    try:
        port = getattr(parts, "port", None)
    except ValueError:
        port = None
    if port is None:
        port = 443 if scheme == "https" else 80
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{port}"


def plain_note(named: str | None) -> str | None:
    """What to say of a body labelled with an encoding it was not in (read as it is)."""
    if named is None:
        return None
    said = clean_text(named, 20, html_input=False) or "?"
    return f"the server said Content-Encoding: {said} but the body is not {said}"


def gzip_note(named: str | None) -> str | None:
    """What to say of a gzip body labelled with another encoding (read as the gzip it is)."""
    if named is None:
        return None
    said = clean_text(named, 20, html_input=False) or "?"
    return f"the server said Content-Encoding: {said} but the body is gzip"


def too_large(max_bytes: int) -> str:
    return f"response larger than {size_text(max_bytes)} (max_body_mb): cut off"


def gzip_too_large(limit: int, taken: int, verb: str = "received") -> str:
    """A gzip file (served as it is, or a local ``.gz``) that inflates past the cap: a
    compression bomb, or a file larger than ``max_body_mb`` allows."""
    return (
        f"gzip file larger than {size_text(limit)} once decompressed ({size_text(taken)} "
        f"{verb}; a compression bomb, or raise max_body_mb): cut off"
    )


def size_text(n: int) -> str:
    if n >= 1024 * 1024:
        mb = n / (1024 * 1024)
        return f"{mb:.0f} MB" if mb == int(mb) else f"{mb:.1f} MB"
    if n >= 1024:
        return f"{n // 1024} KB"
    return f"{n} bytes"


def seconds_text(value: float) -> str:
    return f"{value:g} s"


def short(text: str, limit: int = 120) -> str:
    return clean_text(text, limit, html_input=False)


def moved_to(asked: str, served: str) -> str | None:
    """Where a redirect took the request, when it left the configured host (``redirected to
    login.example.com/signin``): an error page or a login wall another host served is said as
    that host's, not taken for the configured source's. None for no redirect, or one within the
    host (``http`` to ``https``, a trailing slash)."""
    there, here = urlsplit(served), urlsplit(asked)
    if served == asked or (there.hostname or "") == (here.hostname or ""):
        return None
    where = clean_text(f"{there.netloc}{there.path}", 60, html_input=False)
    return f"redirected to {where}"
