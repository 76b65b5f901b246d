"""Target A of ``embed_gate_experiment.py``: ROC AUC per held-out set and pooled, the share of
news that is not a measure rejected at the thresholds where 99% and 98% of the measures pass,
and the AUC differences between pairs of models, with bootstrap intervals."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from embed_gate_rows import HELD_ONLY, SEED, Item
from event_gate_training import KINDS
from sklearn.metrics import roc_auc_score


def recall_threshold(p: np.ndarray, y: np.ndarray, recall: float) -> float:
    """The highest threshold that keeps at least ``recall`` of the measures (p >= t passes)."""
    ps = np.sort(p[y])
    return float(ps[int(np.floor((1.0 - recall) * len(ps) + 1e-9))])


def rejected(p: np.ndarray, kinds: np.ndarray, t: float, which: str) -> str:
    mask = kinds == which
    n = int(mask.sum())
    r = int((p[mask] < t).sum())
    return f"{r:3}/{n:<3} {r / n:6.1%}" if n else "     n/a      "


def target_a(items: Sequence[Item], probs: dict[str, np.ndarray], sets: list[str]) -> None:
    real = np.array([it.row.set_name != KINDS for it in items])
    y = np.array([it.row.measure for it in items])
    kinds = np.array([it.kind for it in items])
    names = np.array([it.row.set_name for it in items])
    print("\n== Target A: a measure or not, leave one set out ==")
    for label, pool in (
        ("every held-out real set", real),
        (
            "the fourteen sets the rules were tuned on or the gate trained on",
            real & (names != HELD_ONLY),
        ),
        (HELD_ONLY + " alone (never tuned on)", names == HELD_ONLY),
    ):
        print(
            f"pooled over {label} ({int(pool.sum())} rows, {int(y[pool].sum())} measures,"
            f" {int((kinds[pool] == 'market').sum())} market, {int((kinds[pool] == 'general').sum())}"
            " general); thresholds from this pool:"
        )
        print(
            f"  {'model':12} {'AUC':>6}  {'t@99%':>7} {'market rej.':>16} {'general rej.':>16}"
            f"  {'t@98%':>7} {'market rej.':>16} {'general rej.':>16}"
        )
        for name, p in probs.items():
            pr, yr, kr = p[pool], y[pool], kinds[pool]
            t99, t98 = recall_threshold(pr, yr, 0.99), recall_threshold(pr, yr, 0.98)
            print(
                f"  {name:12} {roc_auc_score(yr, pr):6.4f}  {t99:7.4f} {rejected(pr, kr, t99, 'market'):>16}"
                f" {rejected(pr, kr, t99, 'general'):>16}  {t98:7.4f} {rejected(pr, kr, t98, 'market'):>16}"
                f" {rejected(pr, kr, t98, 'general'):>16}"
            )
    thresholds = {n: recall_threshold(p[real], y[real], 0.99) for n, p in probs.items()}
    print("per held-out set: ROC AUC")
    print(f"{'set':10} {'n':>4} {'meas':>4} " + " ".join(f"{m:>11}" for m in probs))
    for s in sets:
        mask = names == s
        aucs = [roc_auc_score(y[mask], p[mask]) for p in probs.values()]
        print(
            f"{s:10} {int(mask.sum()):4} {int(y[mask].sum()):4} "
            + " ".join(f"{a:11.3f}" for a in aucs)
        )
    print(
        "per held-out set, at the threshold keeping 99% of all held-out measures: non-measures"
        " rejected / non-measures, measures lost"
    )
    print(f"{'set':10} " + " ".join(f"{m:>13}" for m in probs))
    for s in sets:
        mask = names == s
        cells = []
        for name, p in probs.items():
            t = thresholds[name]
            neg, pos = mask & ~y, mask & y
            cells.append(f"{int((p[neg] < t).sum())}/{int(neg.sum())} -{int((p[pos] < t).sum())}")
        print(f"{s:10} " + " ".join(f"{c:>13}" for c in cells))


PAIRS = (
    ("emb-t+s", "tfidf-t+s"),
    ("emb-t+s", "gate-words"),
    ("emb+tfidf", "tfidf-t+s"),
    ("emb+gwords", "gate-words"),
    ("emb+gate", "gate-feats"),
)


def auc_differences(items: Sequence[Item], probs: dict[str, np.ndarray], draws: int = 1000) -> None:
    """Paired bootstrap of AUC differences: over sets (the real sets drawn with replacement,
    the spread that matters for a set not yet seen) and over the scored-only set's rows."""
    rng = np.random.default_rng(SEED)
    y = np.array([it.row.measure for it in items])
    names = np.array([it.row.set_name for it in items])
    sets = [s for s in dict.fromkeys(names.tolist()) if s != KINDS]
    by_set = [np.flatnonzero(names == s) for s in sets]
    blind = np.flatnonzero(names == HELD_ONLY)
    print(
        "\nAUC differences, paired bootstrap (95% interval): over whole sets drawn with"
        f" replacement (every held-out set) | over the rows of {HELD_ONLY}"
    )
    for a, b in PAIRS:
        pa, pb = probs[a], probs[b]
        cells = []
        for draw_rows in (
            lambda: np.concatenate([by_set[j] for j in rng.integers(0, len(sets), len(sets))]),
            lambda: rng.choice(blind, len(blind)),
        ):
            diffs = []
            for _ in range(draws):
                idx = draw_rows()
                if 0 < y[idx].sum() < len(idx):
                    diffs.append(roc_auc_score(y[idx], pa[idx]) - roc_auc_score(y[idx], pb[idx]))
            lo, hi = np.percentile(diffs, [2.5, 97.5])
            cells.append(f"{np.mean(diffs):+.3f} [{lo:+.3f}, {hi:+.3f}]")
        print(f"  {a:>10} - {b:<10} " + " | ".join(cells))
