"""Rebuild the bundled demo snapshot in tui/demo/ from ../shared/fixtures/real/ and the seed.

Run from the repository root: ``python docs/build_demo.py [SHARED_DIR]``. The output is
committed; this script documents exactly how it was made (see tui/demo/PROVENANCE.md). Then
run ``python docs/build_demo_snapshot.py``: the demo's snapshot is shipped built too.
"""

from __future__ import annotations

import csv
import re
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import feedparser

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
OUT = Path("tui/demo")
REAL = SHARED / "fixtures" / "real"
SINCE = "2016-01-01"

METALS = re.compile(
    r"copper|alumin|nickel|zinc|\btin\b|rare earth|gallium|germanium|antimony|graphite|lithium|"
    r"cobalt|\bgold\b|silver|metal|tariff|minerals?\b|\bLME\b|platinum|palladium|mine\b",
    re.I,
)


def trim_csv(src: Path, dst: Path, since: str = SINCE) -> None:
    with src.open(newline="") as f:
        rows = list(csv.reader(f))
    keep = [rows[0]] + [r for r in rows[1:] if r and r[0] >= since]
    with dst.open("w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(keep)


def tidy_subset(src: Path, dst: Path, metals: set[str], since: str = "2000-01-01") -> None:
    with src.open(newline="") as f:
        rows = list(csv.reader(f))
    keep = [rows[0]] + [r for r in rows[1:] if r[1] in metals and r[0] >= since]
    with dst.open("w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(keep)


def item(
    title: str,
    link: str | None,
    published: datetime,
    source: str | None,
    summary: str = "",
    source_url: str = "https://www.reuters.com",
) -> str:
    desc = f"<description>{escape(summary)}</description>" if summary else ""
    link_el = f"<link>{escape(link)}</link>" if link else ""
    source_el = f'<source url="{source_url}">{escape(source)}</source>' if source else ""
    return (
        f"<item><title>{escape(title)}</title>{link_el}"
        f"<pubDate>{format_datetime(published)}</pubDate>{source_el}{desc}</item>"
    )


def channel(title: str, link: str | None, description: str, items: list[str]) -> str:
    link_el = f"<link>{escape(link)}</link>" if link else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title>{link_el}"
        f"<description>{escape(description)}</description>\n"
        + "\n".join(items)
        + "\n</channel></rss>\n"
    )


def news_feed() -> None:
    """Reuters headlines (real titles, links and dates) attributed to Reuters."""
    feed = feedparser.parse((REAL / "feeds" / "reuters_via_googlenews_direct.rss.xml").read_bytes())
    items = []
    for e in feed.entries:
        if not METALS.search(e.title):
            continue
        pub = datetime(*e.published_parsed[:6], tzinfo=timezone.utc)
        items.append(item(e.title, e.link, pub, "Reuters"))
    rss = channel(
        "metalwatch demo: Reuters metals and trade headlines",
        "https://www.reuters.com",
        "Titles and links of Reuters headlines (via Google News, captured 2026-08-22) that "
        "mention metals, mining or tariffs.",
        items,
    )
    (OUT / "headlines.rss.xml").write_text(rss, encoding="utf-8")


def founding_scenario() -> None:
    """The founding story as what it is: a scenario, its own source, no outlet and no link."""
    seed = sorted((SHARED / "seed").glob("*.txt"))[0].read_text(encoding="utf-8")
    lines = [ln.strip() for ln in seed.splitlines() if ln.strip()]
    title, lede = lines[0], lines[1]
    body = " ".join(ln for ln in lines[2:] if ln != title)
    # The seed carries no date: the demo places it on Tuesday 2026-06-23, the day COMEX copper
    # (HG=F, real data) fell 3.4%, so the event marker lands on a real price move.
    seed_item = item(
        title, None, datetime(2026, 6, 23, 6, 30, tzinfo=timezone.utc), None, f"{lede} {body}"
    )
    rss = channel(
        "Founding scenario",
        None,
        "The story metalwatch was founded on: a scenario, not a news report. No outlet "
        "published it; the demo dates it 2026-06-23 (see tui/demo/PROVENANCE.md).",
        [seed_item],
    )
    (OUT / "founding_scenario.rss.xml").write_text(rss, encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    prices = REAL / "prices"
    for sid in ("PCOPPUSDM", "PALUMUSDM", "PNICKUSDM", "PZINCUSDM", "PTINUSDM", "PLEADUSDM"):
        trim_csv(prices / f"fred_{sid}_2026-05.csv", OUT / f"fred_{sid}.csv", "2000-01-01")
    trim_csv(prices / "yahoo_v8_to_csv_HG=F_2000-08-30_2026-07-30.csv", OUT / "HG=F_daily.csv")
    trim_csv(prices / "yfinance_SI=F_2000-08-30_2026-07-13.csv", OUT / "SI=F_daily.csv")
    tidy_subset(
        prices / "worldbank_pinksheet_metals_tidy_1960-01_2025-10.csv",
        OUT / "worldbank_precious_monthly.csv",
        {"gold", "platinum"},
    )
    news_feed()
    founding_scenario()
    print("now rebuild the demo's shipped snapshot: python docs/build_demo_snapshot.py")


if __name__ == "__main__":
    main()
