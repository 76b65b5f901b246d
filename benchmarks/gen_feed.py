"""A large synthetic RSS feed: ``n`` items with varied or near-identical titles.

    python benchmarks/gen_feed.py OUT.xml [--items 20000] [--titles varied|near|mixed] [--seed 7]

``varied``: ``gen_store.headline_texts`` (seeded market and trade-policy headlines), most their
own story. ``near``: a few dozen base headlines, each item one of them with a small change (a
word swapped for a near synonym, a dropped filler word, an "update N" or outlet suffix, a
different case or punctuation), so thousands of titles in the same days say almost the same
thing: the clustering's worst case. ``mixed``: half of each. Items are spread over ``--days``
(default 2) before a fixed date, newest first, each with its own link and guid.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

END = datetime(2026, 8, 23, 12, tzinfo=timezone.utc)

BASES = (
    "Copper prices rise as China demand improves",
    "Gold steady as traders await Fed rate decision",
    "US imposes tariffs on aluminium imports from Canada",
    "China restricts exports of gallium and germanium",
    "Nickel falls on rising Indonesian supply",
    "Silver hits one-month high on weaker dollar",
    "EU weighs duties on Chinese steel imports",
    "Lithium price slump deepens as inventories build",
    "Zinc climbs after smelter outage in Peru",
    "Platinum deficit to widen this year, council says",
    "Indonesia bans nickel ore exports from January",
    "Tin rallies as Myanmar mine shutdown drags on",
    "Palladium slides on weak auto demand in Europe",
    "Cobalt prices jump after Congo export suspension",
    "Aluminium premiums surge in Japan on tight supply",
    "India raises import duty on gold and silver",
    "Iron ore extends gains on Chinese stimulus hopes",
    "Uranium rises as Kazakhstan cuts output forecast",
    "Rare earths: China tightens export licences",
    "Lead edges lower as LME stocks rise",
    "US Commerce opens probe into tungsten imports",
    "Mexico suspends silver mine permits amid review",
    "Australia lithium miners cut jobs as prices fall",
    "Chile copper output drops at Escondida mine",
    "Gold price record as central banks keep buying",
    "Canada retaliates with steel and aluminum tariffs",
    "Russia nickel exports face new UK sanctions",
    "Antimony shortage deepens after China ban",
    "Vietnam probes dumping of Chinese aluminium",
    "Copper slips as US inventories climb",
    "Brazil lifts export tax on niobium",
    "Zinc smelters cut output as treatment charges fall",
)
SWAPS = {
    "rise": ("rises", "gain", "climb"),
    "rises": ("gains", "climbs", "edges up"),
    "falls": ("drops", "slips", "eases"),
    "steady": ("flat", "holds steady", "little changed"),
    "prices": ("price", "futures"),
    "imposes": ("slaps", "announces"),
    "tariffs": ("duties", "levies"),
    "restricts": ("curbs", "limits"),
    "exports": ("shipments", "export"),
    "climbs": ("rises", "advances"),
    "jump": ("surge", "spike"),
    "cut": ("slash", "trim"),
    "weighs": ("considers", "mulls"),
}
SUFFIXES = ("", "", "", " - Reuters", " - Bloomberg", " (update {k})", " - update {k}", ": report")


def near_title(rnd: random.Random) -> str:
    base = rnd.choice(BASES)
    words = base.split()
    for i, w in enumerate(words):
        if w in SWAPS and rnd.random() < 0.4:
            words[i] = rnd.choice(SWAPS[w])
    if len(words) > 6 and rnd.random() < 0.2:  # a filler word dropped
        for filler in ("as", "on", "the", "in"):
            if filler in words:
                words.remove(filler)
                break
    title = " ".join(words)
    if rnd.random() < 0.15:
        title = title.upper() if rnd.random() < 0.3 else title.lower()
    if rnd.random() < 0.2:
        title = title.replace(" as ", ", ", 1)
    return title + rnd.choice(SUFFIXES).format(k=rnd.randint(1, 9))


def items(n: int, titles: str = "near", seed: int = 7, days: float = 2.0) -> list[tuple[str, str]]:
    """``n`` (title, summary) pairs."""
    rnd = random.Random(seed)
    varied: list[tuple[str, str]] = []
    if titles in ("varied", "mixed"):
        from gen_store import headline_texts

        varied = [(t, s or "") for t, s in headline_texts(n, seed)]
    out = []
    for i in range(n):
        if titles == "varied" or (titles == "mixed" and i % 2):
            out.append(varied[i])
        else:
            out.append((near_title(rnd), ""))
    return out


def feed(n: int, titles: str = "near", seed: int = 7, days: float = 2.0) -> bytes:
    """The RSS 2.0 document of :func:`items`, newest first."""
    rnd = random.Random(seed + 1)
    step = days * 86400 / max(n, 1)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        "<title>Big synthetic feed</title><link>https://big.example.org/</link>"
        "<description>generated</description>"
    ]
    for i, (title, summary) in enumerate(items(n, titles, seed, days)):
        when = END - timedelta(seconds=i * step + rnd.uniform(0, step))
        link = f"https://big.example.org/news/{i:06d}-{rnd.randrange(16**6):06x}"
        parts.append(
            f"<item><title>{escape(title)}</title><link>{link}</link>"
            f'<guid isPermaLink="false">big-{i}</guid>'
            f"<pubDate>{format_datetime(when, usegmt=True)}</pubDate>"
            + (f"<description>{escape(summary)}</description>" if summary else "")
            + "</item>"
        )
    parts.append("</channel></rss>\n")
    return "\n".join(parts).encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--items", type=int, default=20000)
    ap.add_argument("--titles", choices=("varied", "near", "mixed"), default="near")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--days", type=float, default=2.0)
    args = ap.parse_args(argv)
    args.out.write_bytes(feed(args.items, args.titles, args.seed, args.days))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
