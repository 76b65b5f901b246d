"""The feed parser boundary: bytes in, a feedparser-shaped document out (``get``-able feed,
entries, bozo). ``tui.sources.feeds`` reads everything it needs from this document.

feedparser-rs (``feedparser_rs.parse``) answers ~30x faster but differs from feedparser on the
test corpus (Google redirect links, 12-hour clocks, charsets from response headers, ill-formed
XML reported healthy), so it is not used; ``benchmarks/bench_feedparser_rs.py`` swaps it in
here to measure both, and benchmarks/README.md says what differs.
"""

from __future__ import annotations

import io
from typing import Any


def parse(data: bytes, response_headers: dict[str, str]) -> Any:
    """feedparser's result for ``data``, with the response headers it may use."""
    import feedparser  # lazy: ~90 ms to import

    return feedparser.parse(io.BytesIO(data), response_headers=response_headers)
