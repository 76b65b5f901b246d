"""Generate a heavy user's home: a big config served from loopback, and a store grown for years.

    python benchmarks/gen_heavy.py OUT [--stories 30000] [--feeds 60] [--price-files 20]
                                       [--years 30] [--policy 300]

Writes, under ``OUT`` (``serve/`` is what a loopback HTTP server answers from):

- 40 watched metals (the ``gen_store`` list, then eight more), most with aliases;
- ``--feeds`` RSS/Atom/RDF sources on ``http://127.0.0.1:PORT/feed-N.xml``: the real captures of
  ``tests/fixtures/feeds`` in turn (BBC, Guardian, NBC, Reuters via Google News, Google Alerts
  Atom, heise Atom, Debian RDF), and every tenth a synthetic feed of 1,000-2,000 items
  (``gen_files.write_feed``, its own seed);
- ``--price-files`` daily ``Date,Close`` CSV files of ``--years`` years, as local paths, and five
  Yahoo v8 chart JSON answers of the same length on ``/v8/finance/chart/<symbol>``;
- a ``policy-file`` of ``--policy`` declared entries (TOML, local) beside the config's own;
- ``cache/store.sqlite3``: ``--stories`` synthetic headlines written straight to the store under
  the feed sources' names over the last two years (``gen_store.headline_texts``), then one real
  refresh of every source through the server (``Refresher.run``), as the app fills it.

:func:`serve` starts the server (a ``python -m http.server`` child on a free port) that the
config's URLs name; the port is chosen before the config is written.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import socket
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from gen_files import _fill, write_feed, write_prices  # noqa: E402
from gen_store import METALS, env_for, headline_texts  # noqa: E402

from tui.core.models import Headline  # noqa: E402
from tui.store import Store  # noqa: E402

EXTRA_METALS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("cadmium", "Cadmium", ("cadmium",)),
    ("selenium", "Selenium", ("selenium",)),
    ("tellurium", "Tellurium", ("tellurium",)),
    ("hafnium", "Hafnium", ("hafnium",)),
    ("zirconium", "Zirconium", ("zirconium", "zircon")),
    ("scandium", "Scandium", ("scandium",)),
    ("cerium", "Cerium", ("cerium",)),
    ("lanthanum", "Lanthanum", ("lanthanum",)),
)
HEAVY_METALS = METALS + EXTRA_METALS  # 40
FEED_FIXTURES = (
    "bbc_news.rss.xml",
    "guardian_us.rss.xml",
    "nbc_newyork.rss.xml",
    "reuters_via_googlenews_direct.rss.xml",
    "google_alerts.atom.xml",
    "heise_developer.atom.xml",
    "debian_security.rdf.xml",
)
YAHOO_SYMBOLS = (
    ("copper", "HG=F"),
    ("gold", "GC=F"),
    ("silver", "SI=F"),
    ("platinum", "PL=F"),
    ("palladium", "PA=F"),
)
STATUSES = ("tariff", "licensing", "quota", "suspended", "open", "resuming")
ORIGINS = ("CN", "ID", "CD", "CL", "PE", "AU", "RU", "ZA", "BR", "IN", "*")
DESTS = ("US", "EU", "JP", "GB", "CA", "IN", "KR", "*")

__all__ = ["HeavyHome", "feed_name", "free_port", "generate", "serve"]


@dataclass
class HeavyHome:
    home: Path
    config: Path
    store: Path
    port: int
    feeds: int
    big_feeds: int
    feed_items: int
    price_files: int
    yahoo: int
    points: int
    policy: int
    stories: int
    fill_seconds: float


def feed_name(i: int) -> str:
    return f"Feed {i:02d}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(root: Path, port: int) -> subprocess.Popen[bytes]:
    """A ``python -m http.server`` child answering from ``root`` on ``port`` (wait until up)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "-d", str(root), str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return proc
        time.sleep(0.05)
    proc.kill()
    raise RuntimeError("the loopback server did not start")


def _points(rnd: random.Random, end: date, days: int) -> list[tuple[date, float]]:
    value = rnd.uniform(500, 30000)
    out = []
    for i in range(days):
        value *= math.exp(rnd.gauss(0.0001, 0.012))
        out.append((end - timedelta(days=days - 1 - i), round(value, 2)))
    return out


def _yahoo(symbol: str, points: list[tuple[date, float]]) -> str:
    stamps = [
        int(datetime(d.year, d.month, d.day, 14, tzinfo=timezone.utc).timestamp())
        for d, _ in points
    ]
    closes = [v for _, v in points]
    meta = {
        "currency": "USD",
        "symbol": symbol,
        "instrumentType": "FUTURE",
        "gmtoffset": -18000,
        "exchangeTimezoneName": "America/New_York",
        "dataGranularity": "1d",
    }
    quote = {"close": closes, "open": closes, "high": closes, "low": closes}
    result = {"meta": meta, "timestamp": stamps, "indicators": {"quote": [quote]}}
    return json.dumps({"chart": {"result": [result], "error": None}})


def _policy_toml(n: int, rnd: random.Random, metals: list[str]) -> str:
    rows = []
    for i in range(n):
        since = date(2015, 1, 1) + timedelta(days=rnd.randrange(0, 4000))
        status = STATUSES[i % len(STATUSES)]
        origin, dest = rnd.choice(ORIGINS), rnd.choice(DESTS)
        if origin == dest:
            dest = "*" if origin != "*" else "US"
        rate = f"rate_pct = {rnd.choice((5, 10, 15, 25, 50))}\n" if status == "tariff" else ""
        rows.append(
            f'[[policy]]\nmetal = "{metals[i % len(metals)]}"\norigin = "{origin}"\n'
            f'destination = "{dest}"\nstatus = "{status}"\nsince = {since.isoformat()}\n{rate}'
            f'url = "https://trade.example.org/notice/{i}"\nnote = "Notice {i}: declared {status}"\n'
        )
    return "\n".join(rows)


def generate(
    home: Path,
    port: int,
    *,
    stories: int = 30000,
    feeds: int = 60,
    price_files: int = 20,
    years: int = 30,
    policy: int = 300,
    seed: int = 17,
    fill: bool = True,
) -> HeavyHome:
    """Write the served files, the config and a grown store; ``fill`` refreshes every source
    once through the server on ``port``, which must be up (:func:`serve`)."""
    now = datetime.now(timezone.utc).replace(microsecond=0)
    rnd = random.Random(seed)
    served, files = home / "serve", home / "files"
    (served / "v8" / "finance" / "chart").mkdir(parents=True, exist_ok=True)
    files.mkdir(parents=True, exist_ok=True)
    base = f"http://127.0.0.1:{port}"
    parts = ['[app]\ntheme = "metalwatch-dark"\nrefresh = "10m"\n']
    for mid, name, aliases in HEAVY_METALS:
        alias = f"\naliases = [{', '.join(json.dumps(a) for a in aliases)}]" if aliases else ""
        unit = (
            "USD/ozt" if mid in ("gold", "silver", "platinum", "palladium", "rhodium") else "USD/t"
        )
        parts.append(f'[[metals]]\nid = "{mid}"\nname = "{name}"{alias}\nunit = "{unit}"\n')
    items = big = 0
    for i in range(feeds):
        target = served / f"feed-{i}.xml"
        if i % 10 == 9:  # a large feed: 1,000-2,000 synthetic items
            n = 1000 + 1000 * (i // 10) // max(1, feeds // 10)
            write_feed(target, n, now=now - timedelta(minutes=i), seed=seed + i)
            items, big = items + n, big + 1
        else:
            shutil.copyfile(ROOT / "tests" / "fixtures" / "feeds" / FEED_FIXTURES[i % 7], target)
        parts.append(
            f'[[sources]]\nname = "{feed_name(i)}"\nkind = "rss"\nurl = "{base}/feed-{i}.xml"\n'
            f'refresh = "{15 + 15 * (i % 3)}m"\n'
        )
    days = round(years * 365.25)
    points = 0
    price_metals = [m for m, _, _ in HEAVY_METALS if m not in dict(YAHOO_SYMBOLS)]
    for mid, symbol in YAHOO_SYMBOLS:
        pts = _points(rnd, now.date(), days)
        (served / "v8" / "finance" / "chart" / symbol).write_text(_yahoo(symbol, pts))
        points += len(pts)
        unit = "USD/t" if mid == "copper" else "USD/ozt"
        parts.append(
            f'[[sources]]\nname = "Yahoo {symbol}"\nkind = "yahoo"\nmetal = "{mid}"\n'
            f'url = "{base}/v8/finance/chart/{symbol}"\nunit = "{unit}"\nrefresh = "1h"\n'
        )
    for mid in price_metals[:price_files]:
        pts = _points(rnd, now.date(), days)
        write_prices(files / f"{mid}.csv", tuple(pts))
        points += len(pts)
        parts.append(
            f'[[sources]]\nname = "{mid} daily"\nkind = "csv"\nurl = "{files / (mid + ".csv")}"\n'
            f'metal = "{mid}"\nunit = "USD/t"\nsymbol = "{mid.upper()}"\nrefresh = "1h"\n'
        )
    metal_ids = [m for m, _, _ in HEAVY_METALS]
    (files / "policy.toml").write_text(_policy_toml(policy, rnd, metal_ids), encoding="utf-8")
    parts.append(
        f'[[sources]]\nname = "Declared register"\nkind = "policy-file"\n'
        f'url = "{files / "policy.toml"}"\nrefresh = "6h"\n'
    )
    from gen_store import POLICY_TOML

    parts.append(POLICY_TOML)
    config = home / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("\n".join(parts), encoding="utf-8")
    store_path = home / "cache" / "store.sqlite3"
    store_path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store_path}{suffix}").unlink(missing_ok=True)
    # the store grown over two years: synthetic headlines under the feeds' own names
    by_source: dict[str, list[Headline]] = {}
    for i, (title, summary) in enumerate(headline_texts(stories, seed)):
        source = feed_name(i % feeds)
        published = now - timedelta(seconds=rnd.uniform(3600, 729 * 86400))
        slug = f"{i:06d}-{zlib.crc32(title.encode()):08x}"
        by_source.setdefault(source, []).append(
            Headline(title, f"https://old.example.org/{slug}", source, published, summary=summary)
        )
    with Store(store_path) as store:
        for source, rows in by_source.items():
            store.save_headlines(source, rows, seen_at=now - timedelta(days=1))
    started = time.perf_counter()
    if fill:
        _fill(config, store_path)
    return HeavyHome(
        home=home,
        config=config,
        store=store_path,
        port=port,
        feeds=feeds,
        big_feeds=big,
        feed_items=items,
        price_files=min(price_files, len(price_metals)),
        yahoo=len(YAHOO_SYMBOLS),
        points=points,
        policy=policy,
        stories=stories,
        fill_seconds=time.perf_counter() - started,
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("home", type=Path)
    p.add_argument("--stories", type=int, default=30000)
    p.add_argument("--feeds", type=int, default=60)
    p.add_argument("--price-files", type=int, default=20)
    p.add_argument("--years", type=int, default=30)
    p.add_argument("--policy", type=int, default=300)
    p.add_argument("--port", type=int, default=0, help="the server's port (0: a free one)")
    args = p.parse_args(argv)
    port = args.port or free_port()
    (args.home / "serve").mkdir(parents=True, exist_ok=True)
    server = serve(args.home / "serve", port)
    try:
        h = generate(
            args.home,
            port,
            stories=args.stories,
            feeds=args.feeds,
            price_files=args.price_files,
            years=args.years,
            policy=args.policy,
        )
    finally:
        server.terminate()
    print(
        f"wrote {h.config}: 40 metals, {h.feeds} feeds ({h.big_feeds} of 1,000+ items), "
        f"{h.price_files} price files and {h.yahoo} Yahoo charts of {args.years} years, "
        f"{h.policy} policy entries; store {h.store.stat().st_size / 1e6:.1f} MB filled in "
        f"{h.fill_seconds:.1f} s"
    )
    print(f"serve it: python -m http.server --bind 127.0.0.1 -d {args.home / 'serve'} {port}")
    print(" ".join(f"{k}={v}" for k, v in env_for(args.home).items()) + " metalwatch")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
