"""The learned event gate, leave-one-set-out over the sixteen labelled sets of real headlines
it is trained on (the fourteen tuned sets and the gate's own two training sets of hard cases) and
the made-up cases of the classifier's kinds tests (one more set, shown apart, not in the total).

    python benchmarks/loso_event_gate.py

For each set: train on the other fifteen (``benchmarks/event_gate_training.py``), read the set
with the rules alone and with the rules behind that gate (threshold: the shipped one, chosen by
this same cross-validation), and print exact %, false events on news that is not a measure and
missed events, without and with the gate, per set and in total, and the total again with each
set read at a threshold chosen on the other sets alone ("nested", session 18). Then the gate on
its own, on the held-out headlines where the rules found a measure word: precision and recall
of "a measure" and of "not a measure" at the shipped threshold and at 0.1, 0.3 and 0.5; and what
it changes:
of the held-out events the rules read, how many false ones and how many measures it vetoes (the
"not a measure" recall counts headlines the rules themselves already read no event in).

The rules were tuned on the fourteen tuned sets (the seventh and eighth blind sets since
session 10), so the rules alone read them almost perfectly and this shows mostly what the gate
costs; the gate's training sets were picked for the rules' hard cases, and the gate's own
figures show what it can tell apart. A set still scored only is never read here.

Last, the second learned decision tried by the same method and not shipped: ``proposed``. On the
measures the rules read as events, a model of the same features trained on the other sets says
whether each held-out measure is proposed; the lines say how many of the rules' ``proposed``
flags it would turn right and wrong if it overrode them when confident (probability under
``lo`` or over ``hi``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_gate_training import KINDS, HeldOut, Row, choose_threshold, load_rows, loso


def _line(name: str, held: list[HeldOut], threshold: float) -> str:
    def figures(gated: bool) -> tuple[int, int, int]:
        exact = false = missed = 0
        for h in held:
            got = h.row.rules
            if gated and got is not None and h.p < threshold:
                got = None
            exact += got == h.row.want
            false += h.row.want is None and got is not None
            missed += h.row.want is not None and got is None
        return exact, false, missed

    n = len(held)
    (e0, f0, m0), (e1, f1, m1) = figures(False), figures(True)
    return (
        f"{name:10} {n:4}  rules {e0 / n:6.1%} false {f0:2} missed {m0:2}"
        f"  | with gate {e1 / n:6.1%} false {f1:2} missed {m1:2}"
    )


def _nested(held: list[HeldOut]) -> str:
    """The total with each set read at a threshold chosen on the other sets' held-out readings
    (session 18): the shipped threshold is chosen on every held-out set, the one read too."""
    names = dict.fromkeys(h.row.set_name for h in held)
    thresholds = {n: choose_threshold([h for h in held if h.row.set_name != n]) for n in names}
    exact = false = missed = 0
    real = [h for h in held if h.row.set_name != KINDS]
    for h in real:
        got = h.row.rules
        if got is not None and h.p < thresholds[h.row.set_name]:
            got = None
        exact += got == h.row.want
        false += h.row.want is None and got is not None
        missed += h.row.want is not None and got is None
    return (
        f"{'nested':10} {len(real):4}  each set at a threshold chosen on the others"
        f"      | with gate {exact / len(real):6.1%} false {false:2} missed {missed:2}"
    )


def _standalone(held: list[HeldOut], threshold: float) -> str:
    cand = [h for h in held if h.row.candidate]
    tp = sum(h.row.measure and h.p >= threshold for h in cand)
    fp = sum(not h.row.measure and h.p >= threshold for h in cand)
    fn = sum(h.row.measure and h.p < threshold for h in cand)
    tn = sum(not h.row.measure and h.p < threshold for h in cand)

    def ratio(a: int, b: int) -> str:
        return f"{a / b:6.1%} ({a}/{b})" if b else "   n/a"

    return (
        f"  at {threshold:g}: measure P {ratio(tp, tp + fp)} R {ratio(tp, tp + fn)};"
        f" not a measure P {ratio(tn, tn + fn)} R {ratio(tn, tn + fp)}"
    )


def _vetoes(held: list[HeldOut], threshold: float) -> str:
    events = [h for h in held if h.row.rules is not None]
    false = [h for h in events if h.row.want is None]
    measures = [h for h in events if h.row.want is not None]
    return (
        f"  at {threshold:g}: false events vetoed {sum(h.p < threshold for h in false)}"
        f" of {len(false)}, measures vetoed {sum(h.p < threshold for h in measures)}"
        f" of {len(measures)}"
    )


def main() -> int:
    rows = load_rows()
    held = loso(rows)
    threshold = choose_threshold(held)
    real = [h for h in held if h.row.set_name != KINDS]
    print(f"learned event gate, leave-one-set-out (veto under {threshold:g})")
    for name in dict.fromkeys(h.row.set_name for h in real):
        print(_line(name, [h for h in real if h.row.set_name == name], threshold))
    print(_line("total", real, threshold))
    print(_nested(held))
    kinds = [h for h in held if h.row.set_name == KINDS]
    print(_line(KINDS, kinds, threshold) + "  (made up, not in the total)")
    cand = [h for h in real if h.row.candidate]
    print(
        f"the gate alone, on the {len(cand)} held-out real headlines where the rules found a"
        f" measure word ({sum(h.row.measure for h in cand)} measures):"
    )
    thresholds = (threshold, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5)
    for t in thresholds:
        print(_standalone(real, t))
    print("what the gate changes, on the held-out real rules events (a false event vetoed is a")
    print("gain, a measure vetoed a loss), and on the held-out made-up kinds cases:")
    kind_events = [h for h in kinds if h.row.rules is not None and h.row.want is not None]
    for t in thresholds:
        print(
            _vetoes(real, t) + f"; kinds measures vetoed"
            f" {sum(h.p < t for h in kind_events)} of {len(kind_events)}"
        )
    _proposed([r for r in rows if r.set_name != KINDS])
    return 0


def _proposed(rows: list[Row]) -> None:
    measures = [r for r in rows if r.rules is not None and r.want is not None]
    # the same rows, labelled "proposed" (every one a candidate: the model reads them all)
    relabelled = [Row(r.set_name, r.feats, r.want[4], True, r.want, r.rules) for r in measures]
    held = loso(relabelled)
    alone = sum((h.p >= 0.5) == h.row.measure for h in held)
    rules = sum(h.row.rules is not None and h.row.rules[4] == h.row.measure for h in held)
    print(
        f"proposed, leave-one-set-out on {len(held)} measures read as events: the model alone"
        f" {alone}/{len(held)} right at 0.5, the rules {rules}/{len(held)}"
    )
    for lo, hi in ((0.02, 0.98), (0.05, 0.95), (0.1, 0.9), (0.2, 0.8)):
        right = wrong = 0
        for h in held:
            flag = h.row.rules[4] if h.row.rules is not None else False
            new = (flag and h.p >= lo) or (not flag and h.p > hi)
            if new != flag:
                right += new == h.row.measure
                wrong += new != h.row.measure
        print(f"  override under {lo:.2f} / over {hi:.2f}: {right} turned right, {wrong} wrong")


if __name__ == "__main__":
    raise SystemExit(main())
