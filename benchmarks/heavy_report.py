"""The printed report of ``bench_heavy.py``: per tree and terminal size, the figures of every
round (medians), the targets they are held to, and the baseline beside this tree."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

RSS_TARGET_MB = 150.0
BLOCK_TARGET_MS = 100.0


def ms(v: float) -> str:
    return f"{v * 1000:.0f} ms"


def report(res: dict[str, dict[str, Any]], trees: list[tuple[str, Path]], sizes: list[Any]) -> None:
    for label, _tree in trees:
        r = res[label]
        e = r["expect"]
        print(f"== {label}")
        warm = ", ".join(f"{w}x{h} {statistics.median(v):.2f} s" for (w, h), v in r["warm"].items())
        print(
            f"  start-up in tmux to the first headline: cold {statistics.median(r['cold']):.2f} s "
            f"({sizes[0][0]}x{sizes[0][1]}, no snapshot cache nor memo); warm {warm} "
            f"(medians of {len(r['cold'])}; cold runs: "
            + ", ".join(f"{v:.2f}" for v in r["cold"])
            + ")"
        )
        for (w, h), wrong in r["screens"].items():
            print(
                f"  screen {w}x{h}: "
                + ("every panel shows the data" if not wrong else "; ".join(wrong))
            )
        print(
            f"  snapshot: text {statistics.median(r['text_s']):.2f} s, --json "
            f"{statistics.median(r['json_s']):.2f} s; {e['stories']:,} stories, {e['prices']} "
            f"prices, {e['policy']} policy rows, {e['sources_ok']} of {e['sources']} sources ok"
        )
        for size, k in r["keys"].items():
            # per key the median of its presses: (to settled, longest block, CPU) in ms
            med = {
                name: tuple(statistics.median(x[i] for x in v) for i in range(3))
                for name, v in k["keys"].items()
            }
            worst = sorted(((b, name) for name, (_, b, _) in med.items()), reverse=True)[:3]
            tag = "ok" if worst[0][0] <= BLOCK_TARGET_MS else "MISSED"
            print(
                f"  keys {size}: longest block (median of a key's presses) {worst[0][0]:.0f} ms "
                f"({worst[0][1]}) (target <= {BLOCK_TARGET_MS:.0f} ms) {tag}; next "
                f"{worst[1][0]:.0f} ms ({worst[1][1]}), {worst[2][0]:.0f} ms ({worst[2][1]})"
            )
            for group, test in (
                ("charts", lambda n: n.startswith("chart")),
                ("other keys", lambda n: not n.startswith("chart")),
            ):
                print(
                    f"    {group} (settled / block / CPU ms): "
                    + ", ".join(
                        f"{n.removeprefix('chart ')} {t:.0f}/{b:.0f}/{c:.0f}"
                        for n, (t, b, c) in med.items()
                        if test(n)
                    )
                )
            for which in ("first", "next"):
                f = k.get(f"refresh_{which}")
                if f:
                    print(
                        f"    refresh all ({which} after the start): {f['wall_s']:.2f} s wall, "
                        f"{f['cpu_s']:.2f} s CPU, longest block {f['block_ms']:.0f} ms; "
                        f"{f['stories']:,} stories; failed sources: {len(f['failed'])}"
                    )
            tag = "ok" if k["rss_mb"] <= RSS_TARGET_MB else "MISSED"
            print(
                f"    peak RSS {k['rss_mb']:.0f} MB (after the keys {k['rss_keys_mb']:.0f} MB) "
                f"(target <= {RSS_TARGET_MB:.0f} MB) {tag}; first paint under run_test "
                f"{k['first_paint_s']:.2f} s"
            )
