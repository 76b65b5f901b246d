"""Generate a benchmark home: a config file and a warm store of N stories and M price series.

    python benchmarks/gen_store.py OUT [--stories 20000] [--series 30] [--years 10] [--due]

writes ``OUT/config/config.toml`` and ``OUT/cache/store.sqlite3`` (through
:class:`tui.store.Store`), so ``METALWATCH_CONFIG_DIR=OUT/config METALWATCH_CACHE_DIR=OUT/cache
metalwatch`` opens it. Every source in the config points at a loopback port nothing listens on
(``127.0.0.1:9``): a refresh can never touch the network and fails at once.

The store holds:

- ``--stories`` distinct synthetic headlines (seeded, so every run builds the same store) spread
  over the 365 days before the store's clock (``--now``, else the time it runs; ``--fixed``:
  :data:`FIXED_NOW`) across six news sources; about a third carry a summary paragraph and
  about one in twenty is a trade-policy headline the classifier turns into an event;
- ``--series`` daily price series of ``--years`` years (every calendar day, a random walk), one
  per metal, with the config watching that many metals (the default 22 plus made-up ones), so
  the prices panel draws one sparkline per series;
- the default config's seven declared policy entries;
- source health for every source: fresh (fetched at the store's clock, next attempt after its
  cadence, so the start-up refresh finds nothing due) unless ``--due``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the code that writes the store: this tree's, or another's (``generate(..., tree=...)`` runs this
# file under that tree, so a baseline older than the store's schema can read what it writes)
TREE_ENV = "METALWATCH_BENCH_TREE"
sys.path.insert(0, os.environ.get(TREE_ENV) or str(ROOT))

from gen_text import METALS, headline_texts  # noqa: E402

from tui.core.models import Headline, PriceSeries, SourceHealth  # noqa: E402
from tui.store import Store  # noqa: E402

#: A fixed clock for a store that must read the same on every run (``bench_startup_ir.py``):
#: generated at this moment, and started with :func:`clock_env`, whose variable the children of
#: ``startup_children.py`` read as their ``datetime.now``. Generated at the time it runs (the
#: default), the store's first screen (which stories are newest, their ages, the board's rows)
#: differs from one generated store to the next, and so does the count of its start.
FIXED_NOW = datetime(2026, 6, 15, 9, 30, tzinfo=timezone.utc)
NOW_ENV = "METALWATCH_BENCH_NOW"
UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens, connections are refused
NEWS_SOURCES = (
    "Wire A",
    "Wire B",
    "Mining desk",
    "Trade journal",
    "Policy watch",
    "Metals daily",
)
NEWS_REFRESH_S = 900
PRICE_REFRESH_S = 3600

POLICY_TOML = """
[[policy]]
metal = "gallium"
origin = "CN"
destination = "*"
status = "licensing"
since = 2023-08-01

[[policy]]
metal = "germanium"
origin = "CN"
destination = "*"
status = "licensing"
since = 2023-08-01

[[policy]]
metal = "graphite"
origin = "CN"
destination = "*"
status = "licensing"
since = 2023-12-01

[[policy]]
metal = "rare-earths"
origin = "CN"
destination = "*"
status = "licensing"
since = 2025-04-04

[[policy]]
metal = "nickel"
origin = "ID"
destination = "*"
status = "suspended"
since = 2020-01-01

[[policy]]
metal = "aluminium"
origin = "*"
destination = "US"
status = "tariff"
rate_pct = 50
since = 2025-06-04

[[policy]]
metal = "copper"
origin = "*"
destination = "US"
status = "tariff"
rate_pct = 50
since = 2025-08-01
"""

# ---- config ----------------------------------------------------------------------------


def price_source_name(metal_id: str) -> str:
    return f"{metal_id} price"


def metal_list(n_series: int) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The watched metals: at least the default 22, more when more series are asked for."""
    n = max(22, n_series)
    if n > len(METALS):
        raise SystemExit(f"gen_store: at most {len(METALS)} series (one per metal)")
    return METALS[:n]


def config_text(n_series: int) -> str:
    """A config watching ``max(22, n_series)`` metals; every source on an unreachable port."""
    parts = ['[app]\ntheme = "metalwatch-dark"\nrefresh = "10m"\n']
    for mid, name, aliases in metal_list(n_series):
        alias = f"\naliases = [{', '.join(repr(a) for a in aliases)}]" if aliases else ""
        parts.append(f'[[metals]]\nid = "{mid}"\nname = "{name}"{alias}\nunit = "USD/t"\n')
    for i, name in enumerate(NEWS_SOURCES):
        parts.append(
            f'[[sources]]\nname = "{name}"\nkind = "rss"\nurl = "{UNREACHABLE}/feed-{i}.xml"\n'
            f'refresh = "{NEWS_REFRESH_S}s"\n'
        )
    for mid, _, _ in metal_list(n_series)[:n_series]:
        parts.append(
            f'[[sources]]\nname = "{price_source_name(mid)}"\nkind = "csv"\n'
            f'url = "{UNREACHABLE}/{mid}.csv"\nmetal = "{mid}"\nunit = "USD/t"\n'
            f'symbol = "{mid.upper()}"\nrefresh = "{PRICE_REFRESH_S}s"\n'
        )
    parts.append(POLICY_TOML)
    return "\n".join(parts)


# ---- store -----------------------------------------------------------------------------


@dataclass
class Generated:
    home: Path
    config: Path
    store: Path
    headlines: int
    series: int
    points: int
    seconds: float


def _series_points(rnd: random.Random, end: date, days: int) -> tuple[tuple[date, float], ...]:
    value = rnd.uniform(500, 30000)
    start = end - timedelta(days=days - 1)
    points = []
    for i in range(days):
        value *= math.exp(rnd.gauss(0.0001, 0.012))
        points.append((start + timedelta(days=i), round(value, 2)))
    return tuple(points)


def generate(
    home: Path,
    *,
    stories: int = 20000,
    series: int = 30,
    years: int = 10,
    due: bool = False,
    seed: int = 11,
    now: datetime | None = None,
    tree: Path | None = None,
) -> Generated:
    """Write ``home/config/config.toml`` and a fresh ``home/cache/store.sqlite3``; with ``tree``
    (another checkout, an A/B's baseline), the store is written by that tree's code: a tree
    refuses a store of a newer schema than its own, and a newer tree migrates an older one."""
    started = time.perf_counter()
    now = now or datetime.now(timezone.utc)
    if tree is not None and tree.resolve() != ROOT:
        args = [
            str(home),
            "--stories",
            str(stories),
            "--series",
            str(series),
            "--years",
            str(years),
        ]
        args += ["--seed", str(seed), "--now", now.isoformat(), "--json"] + (
            ["--due"] if due else []
        )
        env = {**os.environ, TREE_ENV: str(tree.resolve())}
        done = subprocess.run(
            [sys.executable, __file__, *args], env=env, check=True, capture_output=True, text=True
        )
        fields = json.loads(done.stdout.strip().splitlines()[-1])
        return Generated(
            **{k: Path(v) if k in ("home", "config", "store") else v for k, v in fields.items()}
        )
    rnd = random.Random(seed)
    config = home / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(config_text(series), encoding="utf-8")
    store_path = home / "cache" / "store.sqlite3"
    store_path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store_path}{suffix}").unlink(missing_ok=True)

    texts = headline_texts(stories, seed)
    by_source: dict[str, list[Headline]] = {name: [] for name in NEWS_SOURCES}
    for i, (title, summary) in enumerate(texts):
        source = NEWS_SOURCES[i % len(NEWS_SOURCES)]
        published = now - timedelta(seconds=rnd.uniform(0, 364 * 86400))
        slug = f"{i:06d}-{zlib.crc32(title.encode()):08x}"
        by_source[source].append(
            Headline(
                title=title,
                url=f"https://news.example.org/{source.replace(' ', '-').lower()}/{slug}",
                source=source,
                published=published,
                summary=summary,
                outlet=source,
            )
        )
    points = 0
    with Store(store_path) as store:
        for source, items in by_source.items():
            store.save_headlines(source, items, seen_at=now)
        end = now.date()
        days = round(years * 365.25)
        for mid, _, _ in metal_list(series)[:series]:
            s = PriceSeries(
                source=price_source_name(mid),
                symbol=mid.upper(),
                unit="USD/t",
                points=_series_points(rnd, end, days),
                metal=mid,
                frequency="daily",
                kind="spot",
                source_kind="csv",
                currency="USD",
            )
            points += len(s.points)
            store.save_series(s)
        names = [(n, "rss", NEWS_REFRESH_S, stories // len(NEWS_SOURCES)) for n in NEWS_SOURCES]
        names += [
            (price_source_name(mid), "csv", PRICE_REFRESH_S, days)
            for mid, _, _ in metal_list(series)[:series]
        ]
        for name, kind, cadence, count in names:
            store.save_health(
                SourceHealth(
                    name=name,
                    kind=kind,
                    ok=True,
                    fetched_at=now,
                    last_success=now,
                    next_attempt=None if due else now + timedelta(seconds=cadence),
                    items=count,
                )
            )
    return Generated(
        home=home,
        config=config,
        store=store_path,
        headlines=len(texts),
        series=series,
        points=points,
        seconds=time.perf_counter() - started,
    )


def add_store_option(parser: argparse.ArgumentParser) -> None:
    """``--store-by``, for a benchmark that takes ``--baseline DIR``: whose code writes the
    store both trees start from (see :func:`store_writer`)."""
    parser.add_argument(
        "--store-by",
        choices=("baseline", "this"),
        default="baseline",
        help="with --baseline: the code that writes the generated store: the baseline's (the "
        "default: an older tree cannot read a newer schema's store, and this tree migrates "
        "its copy as a user's would be) or this tree's",
    )


def store_writer(args: argparse.Namespace) -> Path | None:
    """The ``tree=`` to give :func:`generate` for a benchmark's parsed ``args`` (its
    ``--baseline`` and ``--store-by``): the baseline's checkout, or None for this tree."""
    baseline = getattr(args, "baseline", None)
    if baseline is None or getattr(args, "store_by", "baseline") != "baseline":
        return None
    return Path(baseline)


def env_for(home: Path) -> dict[str, str]:
    """The environment variables that point metalwatch at ``home``."""
    return {
        "METALWATCH_CONFIG_DIR": str(home / "config"),
        "METALWATCH_CACHE_DIR": str(home / "cache"),
        "XDG_CONFIG_HOME": str(home / "xdg-config"),
        "XDG_CACHE_HOME": str(home / "xdg-cache"),
    }


def clock_env(now: datetime) -> dict[str, str]:
    """The environment variable that makes a benchmark's child (``startup_children.py``) see
    ``now`` as its ``datetime.now``: the clock a store generated with ``now=`` was written at."""
    return {NOW_ENV: now.isoformat()}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("home", type=Path, help="folder to write config/ and cache/ into")
    p.add_argument("--stories", type=int, default=20000)
    p.add_argument("--series", type=int, default=30)
    p.add_argument("--years", type=int, default=10)
    p.add_argument("--due", action="store_true", help="make every source due for a refresh")
    p.add_argument("--seed", type=int, default=11)
    p.add_argument("--now", type=datetime.fromisoformat, default=None, help="ISO time (UTC)")
    p.add_argument("--fixed", action="store_true", help=f"the fixed clock, {FIXED_NOW}")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    args = p.parse_args(argv)
    g = generate(
        args.home,
        stories=args.stories,
        series=args.series,
        years=args.years,
        due=args.due,
        seed=args.seed,
        now=FIXED_NOW if args.fixed else args.now,
    )
    if args.json:
        print(json.dumps({k: str(v) if isinstance(v, Path) else v for k, v in vars(g).items()}))
        return 0
    size = g.store.stat().st_size / 1e6
    print(
        f"wrote {g.config} and {g.store} ({size:.1f} MB): {g.headlines} headlines, "
        f"{g.series} series, {g.points} price points in {g.seconds:.1f} s"
    )
    print(" ".join(f"{k}={v}" for k, v in env_for(args.home).items()) + " metalwatch")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
