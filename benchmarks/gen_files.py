"""Generate the product owner's scale home: local source files, and a store filled from them.

    python benchmarks/gen_files.py OUT [--stories 20000] [--series 30] [--years 10]

Writes, under ``OUT``:

- ``files/news.xml``: one RSS 2.0 feed of ``--stories`` items (``gen_store.headline_texts``:
  the same synthetic headlines as the store generator, a third with a summary), dated over the
  last 365 days;
- ``files/<metal>.csv``: ``--series`` daily price files (``Date,Close``) of ``--years`` years;
- ``config/config.toml``: those files as the configured sources (one ``rss``, ``--series``
  ``csv``, all local paths), the watched metals and declared policy of ``gen_store``;
- ``cache/store.sqlite3``: filled by one real refresh of every source (``Refresher.run``:
  read, parse, save, health), as the app fills it on its first run.

Unlike ``gen_store.py`` (which writes the store directly and points every source at a port
nothing listens on), a refresh in this home reads and parses the files again: what the owner
measures when a refresh re-reads a 20,000-item feed. ``fill=False`` leaves the store empty;
``fill_store(home, tree)`` fills it later with another checkout's code, ``copy_home`` copies a
home with its config naming the copy's files, and ``next_feed`` / ``next_prices`` give the files'
next versions (new items on top of the feed, a day appended to a price file).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import sys
import time
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from gen_store import (  # noqa: E402
    POLICY_TOML,
    _series_points,
    env_for,
    headline_texts,
    metal_list,
    price_source_name,
)

FEED_NAME = "Wire feed"
__all__ = [
    "FilesHome",
    "copy_home",
    "env_for",
    "fill_store",
    "generate",
    "next_feed",
    "next_prices",
    "write_feed",
]


@dataclass
class FilesHome:
    home: Path
    config: Path
    store: Path
    feed: Path
    feed_bytes: int
    items: int
    series: int
    points: int
    fill_seconds: float


def write_feed(path: Path, stories: int, *, now: datetime, seed: int = 11) -> int:
    """An RSS 2.0 file of ``stories`` items, newest first; returns its size in bytes."""
    rnd = random.Random(seed)
    items = []
    for i, (title, summary) in enumerate(headline_texts(stories, seed)):
        published = now - timedelta(seconds=rnd.uniform(0, 364 * 86400))
        items.append((published, _item(i, title, summary, published)))
    items.sort(key=lambda p: p[0], reverse=True)
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        "<title>Wire feed</title><link>https://news.example.org/</link>"
        "<description>synthetic metals news</description>\n"
        + "\n".join(text for _, text in items)
        + "\n</channel></rss>\n"
    )
    data = body.encode("utf-8")
    path.write_bytes(data)
    return len(data)


def _item(i: int, title: str, summary: str, published: datetime) -> str:
    """One feed item on one line (``write_feed`` joins them with newlines)."""
    slug = f"{i:06d}-{zlib.crc32(title.encode()):08x}"
    return (
        f"<item><title>{escape(title)}</title>"
        f"<link>https://news.example.org/wire/{slug}</link>"
        f'<guid isPermaLink="false">wire-{slug}</guid>'
        f"<pubDate>{format_datetime(published)}</pubDate>"
        + (f"<description>{escape(summary)}</description>" if summary else "")
        + "</item>"
    )


def next_feed(data: bytes, stories: int, new: int, *, now: datetime, seed: int = 11) -> bytes:
    """The feed of :func:`write_feed` (``data``, of ``stories`` items) as its publisher would
    write it next: ``new`` items on top, published in the minutes before ``now`` (newer than
    every item already there), and as many of the oldest dropped off the end; every other
    item's bytes unchanged. The new titles are the next ones ``headline_texts`` gives after the
    first ``stories`` for the same seed, so none repeats a title already in the feed."""
    lines = data.split(b"\n")
    first = next(i for i, line in enumerate(lines) if line.startswith(b"<item>"))
    last = max(i for i, line in enumerate(lines) if line.startswith(b"<item>"))
    texts = headline_texts(stories + new, seed)[stories:]
    fresh = [
        _item(stories + k, title, summary, now - timedelta(minutes=2 * k + 1)).encode("utf-8")
        for k, (title, summary) in enumerate(texts)
    ]
    kept = lines[first : last + 1 - new] if new else lines[first : last + 1]
    return b"\n".join([*lines[:first], *fresh, *kept, *lines[last + 1 :]])


def next_prices(data: bytes) -> bytes:
    """A ``Date,Close`` file of :func:`write_prices` with the next day appended, its close
    0.2 % above the last (the day after today at most: the app accepts a point a day ahead)."""
    last_date, last_value = data.rstrip(b"\n").rsplit(b"\n", 1)[-1].decode().split(",")
    day = date.fromisoformat(last_date) + timedelta(days=1)
    return data + f"{day.isoformat()},{round(float(last_value) * 1.002, 2)}\n".encode()


def write_prices(path: Path, points: tuple[tuple[date, float], ...]) -> None:
    path.write_text(
        "Date,Close\n" + "".join(f"{d.isoformat()},{v}\n" for d, v in points), encoding="utf-8"
    )


def config_text(feed: Path, prices: dict[str, Path]) -> str:
    parts = ['[app]\ntheme = "metalwatch-dark"\nrefresh = "10m"\n']
    for mid, name, aliases in metal_list(len(prices)):
        alias = f"\naliases = [{', '.join(repr(a) for a in aliases)}]" if aliases else ""
        parts.append(f'[[metals]]\nid = "{mid}"\nname = "{name}"{alias}\nunit = "USD/t"\n')
    parts.append(f'[[sources]]\nname = "{FEED_NAME}"\nkind = "rss"\nurl = "{feed}"\n')
    for mid, path in prices.items():
        parts.append(
            f'[[sources]]\nname = "{price_source_name(mid)}"\nkind = "csv"\nurl = "{path}"\n'
            f'metal = "{mid}"\nunit = "USD/t"\nsymbol = "{mid.upper()}"\n'
        )
    parts.append(POLICY_TOML)
    return "\n".join(parts)


def generate(
    home: Path,
    *,
    stories: int = 20000,
    series: int = 30,
    years: int = 10,
    seed: int = 11,
    fill: bool = True,
) -> FilesHome:
    """Write the files, the config and (``fill``) a store filled by one refresh of them."""
    now = datetime.now(timezone.utc)
    files = home / "files"
    files.mkdir(parents=True, exist_ok=True)
    feed = files / "news.xml"
    size = write_feed(feed, stories, now=now, seed=seed)
    rnd = random.Random(seed)
    days = round(years * 365.25)
    prices: dict[str, Path] = {}
    for mid, _, _ in metal_list(series)[:series]:
        prices[mid] = files / f"{mid}.csv"
        write_prices(prices[mid], _series_points(rnd, now.date(), days))
    config = home / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(config_text(feed, prices), encoding="utf-8")
    store_path = home / "cache" / "store.sqlite3"
    store_path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store_path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    if fill:
        _fill(config, store_path)
    return FilesHome(
        home=home,
        config=config,
        store=store_path,
        feed=feed,
        feed_bytes=size,
        items=stories,
        series=series,
        points=series * days,
        fill_seconds=time.perf_counter() - started,
    )


def fill_store(home: Path, tree: Path = ROOT) -> float:
    """Fill ``home``'s store (written with ``fill=False``) by one refresh of its sources, run by
    ``tree``'s code (another checkout, an A/B's baseline); the seconds it took. The store then
    holds what that tree's refresher remembers of the content it parsed
    (``tui.flow.unchanged``, keyed by its own code): a tree whose refresh should skip unchanged
    files must have filled the store itself."""
    started = time.perf_counter()
    _fill(home / "config" / "config.toml", home / "cache" / "store.sqlite3", tree)
    return time.perf_counter() - started


def copy_home(home: Path, dest: Path) -> Path:
    """A copy of a home written by :func:`generate` at ``dest``, its config naming the copy's
    own files (a refresh in one home, or a file rewritten there, leaves the other alone)."""
    shutil.copytree(home, dest)
    config = dest / "config" / "config.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(f'"{home / "files"}', f'"{dest / "files"}'), encoding="utf-8")
    return dest


def _fill(config_path: Path, store_path: Path, tree: Path = ROOT) -> None:
    """One refresh of every source, in a child process: the parse of a 20,000-item feed takes
    ~100 MB, and a process started later by the caller would inherit that peak in its
    ``ru_maxrss`` (Linux keeps the parent's high-water mark across fork and exec). The child
    imports ``tui`` from ``tree`` before this module (which puts this tree first on the path)."""
    import subprocess

    tree = tree.resolve()
    code = (
        f"import sys; sys.path[:0] = [{str(tree)!r}]; import tui; "
        f"assert tui.__file__.startswith({str(tree)!r}), tui.__file__; "
        f"sys.path[:0] = [{str(BENCH)!r}]; import gen_files; "
        f"gen_files._fill_here(__import__('pathlib').Path({str(config_path)!r}), "
        f"__import__('pathlib').Path({str(store_path)!r}))"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(tree))


def _fill_here(config_path: Path, store_path: Path) -> None:
    from tui.core.config import load_config
    from tui.flow.refresh import Refresher
    from tui.store import Store

    config = load_config(config_path)
    with Store(store_path) as store:
        refresher = Refresher(config, store, jitter=0)
        try:
            outcomes = asyncio.run(_run(refresher))
        finally:
            asyncio.run(refresher.aclose())
    failed = [f"{o.source.name}: {o.error}" for o in outcomes if not o.ok]
    if failed:
        raise SystemExit("gen_files: the fill failed: " + "; ".join(failed[:3]))


async def _run(refresher: object) -> list:  # type: ignore[type-arg]
    return await refresher.run(list(refresher.config.sources))  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("home", type=Path)
    p.add_argument("--stories", type=int, default=20000)
    p.add_argument("--series", type=int, default=30)
    p.add_argument("--years", type=int, default=10)
    args = p.parse_args(argv)
    g = generate(args.home, stories=args.stories, series=args.series, years=args.years)
    print(
        f"wrote {g.feed} ({g.feed_bytes / 1e6:.1f} MB, {g.items} items), {g.series} price files "
        f"({g.points} points); store filled in {g.fill_seconds:.1f} s"
    )
    print(" ".join(f"{k}={v}" for k, v in env_for(args.home).items()) + " metalwatch")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
