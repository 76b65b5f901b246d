"""The invariance audit: is a headline read the same whatever its surface form?

    python benchmarks/invariance.py [--show TRANSFORM ...] [--show-all]

Takes every measure row and a fixed third of the other rows of the studied labelled sets (never
the twelfth or thirteenth blind sets or the wire's even rows: tests/unit/invariance_cases.py),
rewrites each in ways that keep its meaning (Title Case, ALL CAPS, sentence case, an
aggregator's suffix, curly or straight quotes and dashes, a country's other names, its
government, its demonym, the metal's other wording, "per cent", "antidumping", "ban on
exports", the title without its summary, one metal swapped for a like one) and reads every
rewriting with the product's ``classify`` call. Prints, per transform, how many rewritings
keep the reading the same run gives the untransformed row (with the swapped metal, for "other
metal"), and how the others change: an event lost, an event made from news that is none, or
a field changed. ``--show`` lists a transform's changed rewritings (studied
rows only, so they may be read).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "unit"))

from classifier_scoring import Reading, reading_of, wrong_fields  # noqa: E402
from invariance_cases import TRANSFORMS, expected, rows, variants  # noqa: E402
from real_headlines_set import watch_list  # noqa: E402

from tui.core.gazetteer import Gazetteer  # noqa: E402
from tui.engine.classifier import classify  # noqa: E402


def change(base: Reading | None, got: Reading | None) -> str:
    """ "kept", "lost" (an event read as none), "false" (none read as an event) or the
    fields changed."""
    if base == got:
        return "kept"
    if got is None:
        return "lost"
    if base is None:
        return "false"
    return "+".join(wrong_fields(base, got))


def audit() -> list[tuple[str, dict[str, Any], str, str, Reading | None, Reading | None]]:
    """(transform, row, title, summary, untransformed reading, rewriting's reading)."""
    metals, gazetteer = watch_list(), Gazetteer.default()

    def read(title: str, summary: str) -> Reading | None:
        return reading_of(classify(title, summary, metals, gazetteer=gazetteer))

    base = {item["id"]: read(item["title"], item["summary"]) for item in rows()}
    return [
        (name, item, title, summary, expected(name, item, base[item["id"]]), read(title, summary))
        for name, item, title, summary in variants()
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", nargs="*", default=[], choices=list(TRANSFORMS))
    parser.add_argument("--show-all", action="store_true")
    args = parser.parse_args(argv)
    results = audit()
    measures = sum(i["label"]["event"] is not None for i in rows())
    print(f"invariance audit: {len(rows())} rows ({measures} measures), {len(results)} rewritings")
    print(f"  {'transform':24} {'kept':>13}  lost false fields")
    total = kept_all = 0
    for name in TRANSFORMS:
        mine = [r for r in results if r[0] == name]
        counts = Counter(change(r[4], r[5]) for r in mine)
        kept = counts.pop("kept", 0)
        lost, false = counts.pop("lost", 0), counts.pop("false", 0)
        rate = kept / len(mine) if mine else 1.0
        print(
            f"  {name:24} {kept:5}/{len(mine):<5}{rate:6.1%} {lost:4} {false:5} {sum(counts.values()):6}"
        )
        total += len(mine)
        kept_all += kept
        if args.show_all or name in args.show:
            for _n, item, title, _summary, base, got in mine:
                if base != got:
                    print(f"    {item['id']} [{change(base, got)}] {title!r}")
                    print(f"      was {base}\n      now {got}")
    print(f"  {'all':24} {kept_all:5}/{total:<5}{kept_all / max(total, 1):6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
