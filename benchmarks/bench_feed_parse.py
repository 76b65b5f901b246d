"""The parse of one big RSS and one big Atom feed, 2,000 and 20,000 items, against a baseline.

    python benchmarks/bench_feed_parse.py [--items 2000,20000] [--kinds rss,atom] [--runs 1]
                                          [--baseline main] [--keep 2000] [--where]

The RSS feed is ``bench_big_feed.big_feed`` (``tests/fixtures/feeds/reuters_via_googlenews_direct
.rss.xml``'s 500 items repeated, each copy with its own title, link, guid and an older date);
the Atom feed is ``tests/fixtures/feeds/heise_developer.atom.xml``'s 15 entries repeated the same
way (each copy with its own title, id and link, an hour older: a real Atom feed's shape, an HTML
summary and the article as HTML content). For each feed and each tree (this one, and
``--baseline``: a git revision checked out in a temporary worktree, or another checkout), in a
fresh process on that tree's ``tui``, alternating: the least CPU time (``process_time``) of
``--runs`` cold parses (nothing remembered of an earlier one) of

- ``feedparser``: ``feed_document.parse`` alone;
- ``parse``: the whole of ``tui.sources.feeds.parse`` (ours = parse - feedparser);
- ``kept N``: with ``--keep N``, ``feeds.parse`` of the feed when the store keeps ``N`` stories
  (``[app] max_stories``); a tree whose parse takes no ``keep`` reads every item as it did.

Then whether both trees gave the same headlines (title, summary, link, date, outlet, guid) and
warning. ``--where`` adds, for each tree, where the parse's time goes on each feed (cProfile's
cumulative time of feedparser, of its HTML sanitizer, its relative-URI pass and its date
parsing, and of the rest of ``feeds.parse``, ours: the document's checks and our
post-processing of its entries), as shares of the profiled parse (the profiler's cost per call
inflates its seconds several times over). Prints the figures; exits 0.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
TREE_ENV = "METALWATCH_BENCH_TREE"
sys.path.insert(0, os.environ.get(TREE_ENV) or str(ROOT))

from bench_big_feed import big_feed  # noqa: E402
from bench_trees import baseline_tree  # noqa: E402

ATOM = ROOT / "tests" / "fixtures" / "feeds" / "heise_developer.atom.xml"
_ENTRY = re.compile(rb"<entry>.*?</entry>", re.S)
_ATOM_TITLE = re.compile(rb"(<title[^>]*>)(.*?)(</title>)", re.S)
_ATOM_ID = re.compile(rb"(heise\.de/-\d+)")
_ATOM_PAGE = re.compile(rb"(\.html\?)")
_ATOM_DATE = re.compile(rb"(<(?:updated|published)>)(.*?)(</)")
NOW = datetime(2026, 8, 23, tzinfo=timezone.utc)


def big_atom(n: int, fixture: Path = ATOM) -> bytes:
    """The Atom fixture with its entries repeated to ``n``: copy k of an entry gets " (k)" after
    its title, "-k" after its id and page, and its dates k hours earlier."""
    data = fixture.read_bytes()
    entries = _ENTRY.findall(data)
    head = data[: data.index(entries[0])]
    tail = data[data.rindex(entries[-1]) + len(entries[-1]) :]
    out = []
    for i in range(n):
        entry, k = entries[i % len(entries)], i // len(entries)
        if k:
            entry = _ATOM_TITLE.sub(lambda m, k=k: m[1] + m[2] + b" (%d)" % k + m[3], entry, 1)
            entry = _ATOM_ID.sub(lambda m, k=k: m[1] + b"-%d" % k, entry)
            entry = _ATOM_PAGE.sub(lambda m, k=k: b"-%d" % k + m[1], entry)
            entry = _ATOM_DATE.sub(lambda m, k=k: m[1] + _hours_before(m[2], k) + m[3], entry)
        out.append(entry)
    return head + b"\n    ".join(out) + tail


def _hours_before(value: bytes, k: int) -> bytes:
    return (datetime.fromisoformat(value.decode()) - timedelta(hours=k)).isoformat().encode()


def feed_bytes(kind: str, n: int) -> bytes:
    return big_feed(n) if kind == "rss" else big_atom(n)


def _best(fn: Any, runs: int) -> tuple[float, Any]:
    """The least CPU time of ``runs`` cold calls (nothing remembered of an earlier parse)."""
    from tui.sources.feed_subset import forget_all

    best, result = float("inf"), None
    for _ in range(runs):
        forget_all()
        t0 = time.process_time()
        result = fn()
        best = min(best, time.process_time() - t0)
    return best, result


def child(path: Path, runs: int, keep: int, profiled: bool = False) -> dict[str, Any]:
    """The figures for the feed at ``path`` on the ``tui`` this process imports."""
    import inspect

    from tui.core.config_types import SourceConfig
    from tui.sources import feed_document, feeds

    data = path.read_bytes()
    src = SourceConfig(name="Big feed", kind="rss", url="https://example.com/feed.xml")
    feed_document.parse(data[:4096], {})  # feedparser imported before the clock starts
    out: dict[str, Any] = {}
    out["feedparser"], _ = _best(lambda: feed_document.parse(data, {}), runs)
    out["parse"], result = _best(lambda: feeds.parse(data, src, fetched_at=NOW), runs)
    rows = [
        (h.title, h.summary, h.url, str(h.published), h.outlet, h.guid) for h in result.headlines
    ]
    said = json.dumps([rows, result.warning]).encode()
    out["headlines"], out["digest"] = len(rows), hashlib.blake2b(said, digest_size=8).hexdigest()
    if keep:
        takes = "keep" in inspect.signature(feeds.parse).parameters
        extra = {"keep": keep} if takes else {}
        out["kept"], kept = _best(lambda: feeds.parse(data, src, fetched_at=NOW, **extra), runs)
        out["kept_headlines"], out["kept_takes"] = len(kept.headlines), takes
    if profiled:
        out["where"] = where(path)
    return out


def where(path: Path) -> dict[str, float]:
    """cProfile's cumulative seconds of feedparser's passes and our post-processing."""
    import cProfile
    import pstats

    from tui.core.config_types import SourceConfig
    from tui.sources import feeds
    from tui.sources.feed_subset import forget_all

    data = path.read_bytes()
    src = SourceConfig(name="Big feed", kind="rss", url="https://example.com/feed.xml")
    for warm in (big_feed(50), big_atom(15)):  # imports, regexes compiled
        feeds.parse(warm, src, fetched_at=NOW)
    forget_all()
    prof = cProfile.Profile()
    prof.runcall(feeds.parse, data, src, fetched_at=NOW)
    stats: Any = pstats.Stats(prof).stats
    parts = {
        "feedparser": ("feedparser/api.py", "parse"),
        "sanitize": ("feedparser/sanitizer.py", "_sanitize_html"),
        "uris": ("feedparser/urls.py", "resolve_relative_uris"),
        "dates": ("feedparser/datetimes/__init__.py", "_parse_date"),
        "total": ("tui/sources/feeds.py", "parse"),
    }
    out = {}
    for name, (file, func) in parts.items():
        out[name] = sum(v[3] for k, v in stats.items() if k[0].endswith(file) and k[2] == func)
    out["ours"] = out["total"] - out["feedparser"]  # a big feed's batches parse inside ours
    return out


def _run_child(tree: Path, path: Path, args: argparse.Namespace) -> dict[str, Any]:
    env = {**os.environ, TREE_ENV: str(tree), "PYTHONPATH": str(tree)}
    argv = [sys.executable, str(Path(__file__).resolve()), "--child", str(path)]
    argv += ["--runs", str(args.runs), "--keep", str(args.keep)] + ["--where"] * args.where
    out = subprocess.run(argv, env=env, capture_output=True, text=True, check=True, cwd=tree)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _line(name: str, got: dict[str, Any], keep: int) -> str:
    ours = got["parse"] - got["feedparser"]
    line = (
        f"  {name}: parse {got['parse']:.2f} s (feedparser {got['feedparser']:.2f} s, "
        f"ours {ours:.2f} s); {got['headlines']} headlines"
    )
    if keep:
        how = "" if got["kept_takes"] else ", every item read"
        line += f"; kept {keep}: {got['kept']:.2f} s, {got['kept_headlines']} headlines{how}"
    if "where" in got:  # shares: cProfile's own cost per call inflates the seconds
        total = got["where"]["total"] or 1.0
        line += "\n    where (share of the profiled parse): " + ", ".join(
            f"{k} {100 * v / total:.0f}%" for k, v in got["where"].items() if k != "total"
        )
    return line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="a big RSS and Atom feed parsed, against a baseline")
    ap.add_argument("--items", default="2000,20000")
    ap.add_argument("--kinds", default="rss,atom")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--keep", type=int, default=0, help="also parse as if max_stories were N")
    ap.add_argument("--baseline", help="a git revision or another checkout, run side by side")
    ap.add_argument("--where", action="store_true", help="where this tree's time goes")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.runs, args.keep, args.where)))
        return 0
    with tempfile.TemporaryDirectory() as tmp, baseline_tree(args.baseline, Path(tmp)) as base:
        trees = [("this tree", ROOT)] + ([(str(args.baseline), base)] if base else [])
        for kind in args.kinds.split(","):
            for n in (int(x) for x in args.items.split(",")):
                path = Path(tmp) / f"{kind}{n}.xml"
                path.write_bytes(feed_bytes(kind, n))
                size = path.stat().st_size / 1e6
                print(f"{kind.upper()}, {n} items, {size:.1f} MB:")
                got = {name: _run_child(tree, path, args) for name, tree in trees}
                for name, _tree in trees:
                    print(_line(name, got[name], args.keep))
                if base:
                    mine, theirs = got["this tree"], got[str(args.baseline)]
                    same = "yes" if mine["digest"] == theirs["digest"] else "NO"
                    ratio = mine["parse"] / theirs["parse"]
                    print(
                        f"  this tree / {args.baseline}: parse {ratio:.2f}x; same headlines: {same}"
                    )
                path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
