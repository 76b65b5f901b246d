"""feedparser-rs behind metalwatch's feed parser boundary, against feedparser, on the corpus.

``tui.sources.feeds.parse`` asks ``tui.sources.feed_document.parse`` for a feedparser-shaped
result. This script swaps in ``feedparser_rs.parse`` at that seam and, for every feed file of the corpus (the test
fixtures, plus any folder given with ``--corpus``), compares what metalwatch makes of each
(headline count, titles, links, published dates, summaries, outlets, the warning or the error)
and times both. Then it runs the feed tests with the seam swapped and counts what fails.

    python benchmarks/bench_feedparser_rs.py [--corpus DIR ...] [--tests tests/unit/test_feeds.py ...]

Exit status 0 always (a measurement, not a check); "ADOPTABLE" only when every file agrees and
every test passes.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable
from contextlib import redirect_stdout
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tui.core.config_types import SourceConfig  # noqa: E402
from tui.sources import feed_document, feeds  # noqa: E402
from tui.sources.base import SourceError  # noqa: E402

FETCHED = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
DEFAULT_TESTS = [
    "tests/unit/test_feeds.py",
    "tests/unit/test_refresh_faults.py",
    "tests/unit/test_refresh_backoff.py",
    "tests/unit/test_refresh_bounds.py",
    "tests/unit/test_refresh_http_cache.py",
]
FIELDS = ("title", "url", "published", "summary", "outlet")


def rs_document(data: bytes, response_headers: dict[str, str]) -> Any:
    """feedparser-rs's answer as the plain dicts and lists feedparser gives (its entries are
    objects with ``get``/``items`` but not ``dict``s)."""
    import feedparser_rs

    parsed = feedparser_rs.parse(data)
    return {
        "entries": [_plain(e) for e in parsed.entries],
        "feed": _plain(parsed.feed),
        "bozo": parsed.bozo,
        "bozo_exception": parsed.bozo_exception,
        "version": parsed.version,
    }


def _plain(value: Any) -> Any:
    import feedparser

    if isinstance(value, (str, bytes, int, float, bool, time.struct_time)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    items = getattr(value, "items", None)
    if callable(items):
        return feedparser.FeedParserDict({k: _plain(v) for k, v in items()})
    return value


def corpus(extra: list[Path]) -> list[Path]:
    files = sorted((REPO / "tests" / "fixtures").rglob("*.xml"))
    for folder in extra:
        files += sorted(p for p in folder.iterdir() if p.is_file() and p.suffix == ".xml")
    return files


def outcome(data: bytes) -> tuple[str, list[tuple[Any, ...]], float]:
    src = SourceConfig(name="bench", kind="rss", url="http://127.0.0.1/feed.xml")
    started = time.perf_counter()
    try:
        result = feeds.parse(data, src, fetched_at=FETCHED)
    except SourceError as exc:
        return f"error: {exc}", [], time.perf_counter() - started
    took = time.perf_counter() - started
    rows = [tuple(getattr(h, f) for f in FIELDS) for h in result.headlines]
    return f"warning: {result.warning}", rows, took


def with_document(document: Callable[[bytes, dict[str, str]], Any], data: bytes) -> Any:
    saved = feed_document.parse
    feed_document.parse = document
    try:
        return outcome(data)
    finally:
        feed_document.parse = saved


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, action="append", default=[], help="more feed files")
    ap.add_argument("--tests", action="append", default=None, help="test files to run swapped")
    args = ap.parse_args(argv)
    try:
        import feedparser_rs
    except ImportError:
        print("feedparser-rs: not installed (pip install feedparser-rs); nothing measured")
        return 0
    files = corpus(args.corpus)
    outcome(files[0].read_bytes())  # imports and warm-up
    with_document(rs_document, files[0].read_bytes())
    import feedparser
    import feedparser_rs

    raw_fp = raw_rs = 0.0
    t_fp = t_rs = 0.0
    agree = 0
    diffs: dict[str, int] = {}
    for path in files:
        data = path.read_bytes()
        started = time.perf_counter()
        feedparser.parse(io.BytesIO(data))
        raw_fp += time.perf_counter() - started
        started = time.perf_counter()
        feedparser_rs.parse(data)
        raw_rs += time.perf_counter() - started
        a_note, a_rows, a_t = outcome(data)
        b_note, b_rows, b_t = with_document(rs_document, data)
        t_fp += a_t
        t_rs += b_t
        problems = []
        if a_note != b_note:
            problems.append("warning/error")
        if len(a_rows) != len(b_rows):
            problems.append("headline count")
        for i, field in enumerate(FIELDS):
            if sum(1 for x, y in zip(a_rows, b_rows, strict=False) if x[i] != y[i]):
                problems.append(field)
        for p in problems:
            diffs[p] = diffs.get(p, 0) + 1
        if not problems:
            agree += 1
        else:
            rel = path.relative_to(REPO) if path.is_relative_to(REPO) else path.name
            detail = f"{len(a_rows)} vs {len(b_rows)} headlines"
            if a_note != b_note:
                detail += f"; feedparser {a_note!r}, feedparser-rs {b_note!r}"
            print(f"  differs: {rel}: {', '.join(problems)} ({detail})")
    summary = ", ".join(f"{k} {v}" for k, v in sorted(diffs.items())) or "none"
    print(
        f"feedparser-rs corpus: {agree} of {len(files)} feed files give the same headlines;"
        f" files differing by field: {summary}"
    )
    print(
        f"feedparser-rs speed: whole corpus through feeds.parse {t_rs * 1000:.0f} ms against"
        f" feedparser {t_fp * 1000:.0f} ms ({t_fp / max(t_rs, 1e-9):.1f}x); the parsers alone"
        f" {raw_rs * 1000:.0f} ms against {raw_fp * 1000:.0f} ms ({raw_fp / max(raw_rs, 1e-9):.0f}x)"
    )

    import pytest

    feed_document.parse = rs_document
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        code = pytest.main(["-q", "-p", "no:cacheprovider", "-rf", *(args.tests or DEFAULT_TESTS)])
    lines = buffer.getvalue().splitlines()
    failed = [ln for ln in lines if ln.startswith("FAILED")]
    tail = lines[-1] if lines else ""
    print(f"feedparser-rs tests (seam swapped): {tail}")
    for ln in failed:
        print(f"  {ln[:160]}")
    adoptable = agree == len(files) and code == 0
    print("feedparser-rs verdict: " + ("ADOPTABLE" if adoptable else "not adopted (differs)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
