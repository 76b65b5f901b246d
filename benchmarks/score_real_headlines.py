"""Score the classifier on the real published headlines (tests/data/real_headlines/).

    python benchmarks/score_real_headlines.py [--misses]

Prints exact accuracy (status, origin, destination, metals, proposed and rate all right),
status-only accuracy, false events on news that is not a measure, missed events, which fields
are wrong, the score per kind of headline, and relevance when the snapshot reports it. The
reading is the product's: the same ``classify`` call as ``build_snapshot`` and, for relevance,
a real snapshot built from a real store (see tests/unit/real_headlines_set.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "unit"))

from classifier_scoring import score  # noqa: E402
from real_headlines_set import classify_cases, kind, load_items, relevance, watch_list  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every headline read wrong")
    args = parser.parse_args(argv)

    items = load_items()
    cases = classify_cases(items, watch_list())
    result = score(cases)
    print(result.line(f"real published headlines ({len(items)})"))
    errors = ", ".join(f"{k} {v}" for k, v in sorted(result.field_errors().items()))
    print(f"  wrong fields among events read: {errors or 'none'}")
    for name in ("measure", "market", "general"):
        part = score(c for c, i in zip(cases, items, strict=True) if kind(i) == name)
        print(f"  {name:8} {part.exact_rate:6.1%} ({part.exact}/{part.total})")

    with tempfile.TemporaryDirectory() as tmp:
        got = relevance(items, Path(tmp) / "real.db")
    if got is None:
        print("  relevance: not reported by the snapshot (no headlines[].relevant)")
    else:
        right = sum(got[i["id"]] == i["label"]["relevant"] for i in items)
        print(f"  relevance: {right / len(items):.1%} ({right}/{len(items)})")

    if args.misses:
        print(result.explain_misses())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
