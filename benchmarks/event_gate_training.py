"""Training the learned event gate (``tui/engine/event_gate.py``): the rows, the fit, the
leave-one-set-out cross-validation and the threshold. Deterministic; the fit's arithmetic runs in
NumPy (a test extra), in the order of plain loops, so the weights do not depend on it.

Used by ``benchmarks/train_event_gate.py`` (writes ``tui/engine/event_gate.json``),
``benchmarks/loso_event_gate.py`` (prints the cross-validated figures),
``tests/unit/test_event_gate.py`` (the shipped weights are what training gives) and
``tests/unit/test_event_gate_sets.py`` (no scored-only set is trained on).

The rows are the labelled sets of real published headlines but a set still scored only
(``SCORED_ONLY``: the twelfth, eighteenth, nineteenth, twentieth, twenty-second and twenty-third
blind sets, ``real_headlines_blind12``, ``real_headlines_blind18``, ``real_headlines_blind19``,
``real_headlines_blind20``, ``real_headlines_blind22`` and ``real_headlines_blind23``, the wild
audit ``real_headlines_wild`` (session 43), and the
third, fourth, seventh and eighth wires of real events, ``real_wire3``, ``real_wire4``,
``real_wire7`` and ``real_wire8``, but the released odd halves of the twentieth and the third,
fourth and seventh wires; the nineteenth's, twenty-second's and twenty-third's odd halves are
studied, not trained on), a set studied whole that the gate is not trained on (``NOT_TRAINED``:
the twenty-first blind set and the fifth and sixth wires, studied whole from session 41) and
a set studied whole that it is trained on only on its odd half (``HALF_TRAINED``: the thirteenth
blind set and the first wire, ``real_wire``, studied whole from session 41); the third to
eleventh blind sets, scored only until sessions 6, 7, 8, 9, 10, 11 and 12, the fourteenth,
scored only until session 17, and the fifteenth and the second wire (``real_wire2``), scored
only until session 21, are tuned on since and trained on. They include the gate's own six
training sets: ``real_headlines_gate`` (session 6) and ``real_headlines_gate2`` (session 7), real
headlines picked with the engine because the rules find a measure word in them, most of them news that is
not a measure, and ``real_headlines_gate3`` (session 13), ``real_headlines_gate4`` (session
14), ``real_headlines_gate5`` (session 15) and ``real_headlines_gate6`` (session 16), real
headlines taken from public datasets of published headlines (the thirteenth blind set's; for the
fourth to sixth, datasets not used before, and for the fourth and fifth a few stored pages),
mostly tariff and metals chatter
that is not a new measure, labelled blind and not picked with the engine; each is one more fold of the
leave-one-set-out, so its held-out reading is a reading of hard cases, not an estimate on unseen
news. A row is trained on
when the rules found a measure word in it (their trace names a rule, whether or not they then
vetoed it): those are
the headlines the gate can ever be asked about, and its negatives are the news that names a
measure without reporting one. The label is the set's: a trade measure or not.

Since session 8 the rows also hold the made-up cases of the classifier's kinds tests
(``tests/unit/test_classifier_kinds*.py``) as one more set, ``kinds``: phrasings of the kinds
the rules were written for, which the shipped gate must not veto (each a test); held out in
turn like every set, they also say how often the gate vetoes a made-up measure it never saw.
"""

from __future__ import annotations

import dataclasses
import importlib
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for _p in (str(ROOT), str(ROOT / "tests" / "unit")):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from classifier_scoring import Reading, expected_from_label, reading_of  # noqa: E402
from real_headlines_set import (  # noqa: E402
    ALL_SETS,
    DATA_BLIND12,
    DATA_BLIND13,
    DATA_BLIND18,
    DATA_BLIND19,
    DATA_BLIND20,
    DATA_BLIND21,
    DATA_BLIND22,
    DATA_BLIND23,
    DATA_WILD,
    DATA_WIRE,
    DATA_WIRE3,
    DATA_WIRE4,
    DATA_WIRE5,
    DATA_WIRE6,
    DATA_WIRE7,
    DATA_WIRE8,
    id_half,
    load_items,
    watch_list,
)

from tui.core.gazetteer import Gazetteer  # noqa: E402
from tui.core.models import Metal  # noqa: E402
from tui.engine.classifier import rules_reading  # noqa: E402
from tui.engine.classifier_spans import sentences  # noqa: E402
from tui.engine.classifier_text import Text  # noqa: E402
from tui.engine.event_gate import GateModel, features  # noqa: E402
from tui.engine.tagging import matcher_for  # noqa: E402

# the scored-only sets, nobody's to learn from: the honest yardsticks (the third to tenth
# blind sets were scored only until sessions 6, 7, 8, 9, 10 and 11 and are trained on since;
# the twelfth, eighteenth, nineteenth, twentieth, twenty-second and twenty-third are scored
# only, and so are the third, fourth, seventh and eighth wires of real events;
# the fourteenth, scored only at its first reading, is trained on from session 17, the fifteenth
# and the second wire from session 21, the seventeenth from session 23, the sixteenth from
# session 24; the thirteenth was scored only until session 41, when it was studied whole)
SCORED_ONLY: frozenset[Path] = frozenset(
    {
        DATA_BLIND12,
        DATA_BLIND18,
        DATA_BLIND19,
        DATA_BLIND20,
        DATA_BLIND22,
        DATA_BLIND23,
        DATA_WILD,
        DATA_WIRE3,
        DATA_WIRE4,
        DATA_WIRE7,
        DATA_WIRE8,
    }
)
# sets studied whole that the gate is not trained on (each trial lost a row or moved a made-up
# case across the threshold, below): the twenty-first blind set and the fifth and sixth wires,
# all three scored only until session 41. Their rows are studied, so unlike ``SCORED_ONLY``
# nothing refuses them; they are only left out of ``TRAINING_SETS``
NOT_TRAINED: frozenset[Path] = frozenset({DATA_BLIND21, DATA_WIRE5, DATA_WIRE6})
# sets studied whole but trained on their studied odd half alone (``STUDIED_HALVES``): the
# thirteenth blind set, studied whole from session 41 (its odd rows from session 13; trained on
# whole, it moved the threshold, 0.100 -> 0.110, and lost a studied row, rho-076, the
# seventeenth's), and the first wire, studied whole from session 41 (its odd rows from session
# 12; trained on whole, it moved the threshold and four made-up cases across it)
HALF_TRAINED: frozenset[Path] = frozenset({DATA_BLIND13, DATA_WIRE})
# every set but the scored-only ones (the gate never sees an honest yardstick) and the studied
# ones it is not trained on, or only on their odd half
TRAINING_SETS = tuple(
    p for p in ALL_SETS if p not in SCORED_ONLY and p not in NOT_TRAINED and p not in HALF_TRAINED
)
# the halves of scored-only sets released for study (their odd rows, session 12 for the wire
# set, session 13 for the thirteenth blind set, session 31 for the nineteenth and the third
# wire, session 32 for the twentieth and the fourth wire), trained on as sets of their own ("wire-odd" and "blind13-odd" from session 13,
# "wire3-odd" from 31, "blind20-odd" and "wire4-odd" from 32) but the nineteenth's: its labels
# call an administrative review's final results no event where README.md reads them a tariff,
# and trained on they vetoed three such notices of the kinds tests; nor the twenty-first's (studied
# from session 33): it calls the US ITC's sunset votes and a trade commission's proposal no
# event, and trained on, the gate vetoed a review's final results (kinds 56) and let through a
# hearing on proposed duties (kinds 68); nor the fifth wire's (studied from session 38): trained on,
# it moved three made-up cases that sit on the threshold across it (kinds 79's and 106's near
# misses let through at 10.0%, kinds 92's bulleted measure vetoed), where its rows gained nothing
# the rules did not; nor the twenty-second's (studied from session 38): 19 rows, too few for a
# fold of their own; nor the sixth wire's (studied from session 39): trained on, it moved two of
# the same made-up cases across the threshold (kinds 79's near miss let through, kinds 92's
# bulleted measure vetoed) and lost a studied row (rho-076, the seventeenth's), where its rows
# gained nothing the rules did not (nor, from session 41, the whole of it, its even rows studied
# too: trained on the whole set or on its even half alone, the gate lost a studied row of the
# seventeenth blind set, bias -2.154 -> -2.1707 for the whole, where its rows gained nothing the
# rules did not; it is in ``NOT_TRAINED`` above, studied whole but never trained on;
# nor the fifth wire's even rows, studied from session 41 with its odd rows: trained on the whole
# set (bias -2.1516 -> -2.1625) or on its even half alone (-> -2.1617), the gate lost the same row
# of the seventeenth blind set (rho-076), threshold 0.100 unmoved; it too is in
# ``NOT_TRAINED`` above, studied whole but never trained on; nor the first wire's even rows,
# studied from session 41 with its odd rows: trained on the whole set, the gate moved its
# threshold (0.100 -> 0.096, bias -2.1516 -> -2.1543) and four made-up cases across it (kinds
# 58's suggested duty, kinds 79's third batch, two of kinds 106's non-measures), where its rows
# gained nothing the rules did not: its odd half alone is trained on, as before, ``HALF_TRAINED``);
# the seventh wire's (studied from session 39) is: trained on,
# it moved no made-up case and lost no row (bias -2.1593 -> -2.1551, threshold 0.100 unmoved).
# The twenty-first, studied whole from session 41, is still not trained on: trained on whole, it
# moved three made-up cases across the threshold (kinds 106's two near misses let through, kinds
# 92's bulleted measure vetoed) and lost two rows (a studied one of the seventeenth's and a
# paraphrase); trained on its even half alone, it moved two of them and lost the seventeenth's
# row, where its rows gained nothing the rules did not. Nor the twenty-third's odd half (studied
# from session 41; 25 rows): trained on, it moved a made-up case across the threshold (kinds 92's
# bulleted measure vetoed; bias -2.1516 -> -2.1481, threshold 0.100 unmoved) and gained no row.
# Their even rows stay unseen, never read here (but the thirteenth's and the first wire's,
# studied from session 41 and not trained on: ``HALF_TRAINED``)
_HALVED = (DATA_WIRE, DATA_BLIND13, DATA_WIRE3, DATA_BLIND20, DATA_WIRE4, DATA_WIRE7)
STUDIED_HALVES: dict[Path, str] = dict.fromkeys(_HALVED, "odd")
ITERATIONS = 800
LEARNING_RATE = 1.0
# 0.0005 until session 7 (words alone); 0.004 since session 8 (with the reading features: about
# scikit-learn's C = 0.3 on these rows, where 0.002 ranked the held-out events alike). Session 23,
# leave-one-set-out over 4,677 rows, 0.001 / 0.0015 / 0.002 / 0.003 / 0.004 / 0.008 / 0.016
# let through 54 / 56 / 55 / 54 / 56 / 59 / 72 false events (missed 49 / 48 / 48 / 49 / 49 /
# 49 / 45) at the three-per-measure threshold: 0.002 read better held out, but the gate it
# trains, shipped at its lower threshold (0.072), let through false events that 0.004's vetoes
# (eight labelled rows lost, ``benchmarks/row_changes.py``): kept at 0.004
L2 = 0.004
# the weight of a row that is no measure against a measure's 1 (session 18; 1 before), the
# weights scaled to a mean of 1 so L2 keeps its strength: leave-one-set-out it let through 82
# false events where 1 let 83 (84 before the session's other rounds), no more measures missed
# (``benchmarks/gate_features_experiment.py``)
NEGATIVE_WEIGHT = 2.0
MIN_SETS = 2  # a feature counts only when it occurs in at least two sets: no one case's words
# The threshold: among the held-out rules events of the leave-one-set-out run, the one that
# vetoes the most false events net of MEASURE_COST per measure vetoed (the lowest such); without a
# gain, under every held-out measure (sessions 6-7 used that alone, and vetoed nothing). The cost
# was three until session 23, two until session 28, when at two the best cut (0.116) led the next
# (0.097) by one row: dropping any one of five held-out false events between them (a rule fixing
# one the gate vetoed already) moved it to 0.097 and let four more held-out false events through.
# At 0.75 (issue #16 weighs a false event above a missed one) the same 0.116 is chosen, one row
# moves it 0.006 at most, the nested total lets 46 false events through, not 53, missed 57 as
# before, and every cost from 0.5 to 1.25 chooses the same (``benchmarks/loso_event_gate.py``
# prints the largest one-row move). Session 6 had tried a 0.5% share of the measures: it vetoed a
# made-up measure of the kinds tests, trained on and held out as a set of their own since session
# 8 (``KINDS``).
MEASURE_COST = 0.75
DECIMALS = 4


@dataclass(frozen=True)
class Row:
    """One headline: its set, features, label and what the rules read."""

    set_name: str
    feats: tuple[str, ...]
    measure: bool  # labelled a trade measure
    candidate: bool  # the rules found a measure word (trained on)
    want: Reading | None
    rules: Reading | None  # the rules' reading, before the gate
    ident: str = ""  # the row's id in its set (a kinds case: "<module>:<index>")
    title: str = ""


# the made-up cases of tests/unit/test_classifier_kinds*.py (their ``CASES``, but those marked
# xfail), one more set: phrasings of the kinds the rules were written for, nearly all measures
KINDS = "kinds"
KINDS_MODULES = tuple(
    sorted(
        (f.stem for f in (ROOT / "tests" / "unit").glob("test_classifier_kinds*.py")),
        key=lambda name: (len(name), name),
    )
)
_NAMES = {"": "first", "2": "second", "3": "third", "4": "fourth", "heldout": "held-out"}


def set_name(path: Path) -> str:
    """The set's name as ``benchmarks/score_real_headlines.py --set`` spells it."""
    name = path.parent.name.removeprefix("real_headlines").lstrip("_")
    return _NAMES.get(name, name)


def load_rows(
    paths: Sequence[Path] = TRAINING_SETS, kinds: bool = True, halves: bool = True
) -> list[Row]:
    """The training rows: the labelled sets at ``paths``, the studied halves of scored-only
    sets (``halves``), then (``kinds``) the kinds cases."""
    if SCORED_ONLY.intersection(paths):
        raise ValueError("a scored-only set is never trained on")
    metals = watch_list()
    rows = []
    for path in paths:
        for item in load_items(path):
            want = expected_from_label(item["label"])
            row = _row(set_name(path), item["title"], item["summary"], want, metals)
            rows.append(dataclasses.replace(row, ident=str(item["id"])))
    for path, half in STUDIED_HALVES.items() if halves else ():
        for item in load_items(path):
            if id_half(str(item["id"])) == half:
                want = expected_from_label(item["label"])
                name = f"{set_name(path)}-{half}"
                row = _row(name, item["title"], item["summary"], want, metals)
                rows.append(dataclasses.replace(row, ident=str(item["id"])))
    return rows + (kinds_rows() if kinds else [])


def kinds_rows() -> list[Row]:
    """The kinds tests' cases as rows, read with their watch list; a case's label is its
    ``want`` (the rules' full reading when they read it, the tests pass on nothing less)."""
    from test_classifier import METALS

    rows = []
    for name in KINDS_MODULES:
        for number, case in enumerate(importlib.import_module(name).CASES):
            if getattr(case, "marks", ()):
                continue  # xfail: a kind the rules do not read yet
            title, summary, want = getattr(case, "values", case)
            row = _row(KINDS, title, summary, None, METALS)
            got = row.rules and (row.rules[0], row.rules[1], row.rules[2], row.rules[4])
            label = row.rules if got == want else _unread(want)
            ident = f"{name.removeprefix('test_classifier_')}:{number}"
            rows.append(dataclasses.replace(row, measure=want is not None, want=label, ident=ident))
    return rows


def _unread(want: tuple[str, str, str, bool] | None) -> Reading | None:
    return None if want is None else (want[0], want[1], want[2], frozenset(), want[3], None)


def _row(name: str, title: str, summary: str, want: Reading | None, metals: Sequence[Metal]) -> Row:
    gaz = Gazetteer.default()
    matcher = matcher_for(metals)
    title = " ".join(title.split())
    summary = " ".join(summary.split())
    event, trace = rules_reading(title, summary, metals, gazetteer=gaz)
    lede = next(iter(sentences(summary)), "")
    feats = features(Text(title, matcher, gaz), Text(lede, matcher, gaz) if lede else None, trace)
    return Row(
        name,
        tuple(feats),
        want is not None,
        any(line.startswith("rule ") for line in trace),
        want,
        reading_of(event),
        title=title,
    )


def vocabulary(rows: Sequence[Row]) -> list[str]:
    """The features that occur in at least ``MIN_SETS`` sets among ``rows``, sorted."""
    sets: dict[str, set[str]] = {}
    for row in rows:
        for f in row.feats:
            sets.setdefault(f, set()).add(row.set_name)
    return sorted(f for f, s in sets.items() if len(s) >= MIN_SETS)


def fit(rows: Sequence[Row]) -> GateModel:
    """Logistic regression by full-batch gradient descent with an L2 penalty, each row's error
    weighted by its class (``NEGATIVE_WEIGHT``; threshold 0.5: :func:`train` sets the shipped
    one). Candidate rows only.

    NumPy does the arithmetic of the plain loops this replaced in the same order, so the
    weights are the same to the last bit: a row's sum adds its features one by one from zero
    (a column of the padded index table at a time, never NumPy's pairwise sum), a feature's
    gradient adds its rows' errors in row order (``bincount``), the bias's gradient is a running
    sum, and the logistic takes ``math.exp`` of each row (NumPy's ``exp`` may differ in the last
    bit). Eighteen fits (seventeen held out and the shipped one) took 100 s in plain Python."""
    data = [r for r in rows if r.candidate]
    vocab = vocabulary(data)
    index = {f: i for i, f in enumerate(vocab)}
    xs = [[index[f] for f in r.feats if f in index] for r in data]
    ys = np.array([1.0 if r.measure else 0.0 for r in data])
    n, size = len(data), len(vocab)
    negatives = n - sum(r.measure for r in data)
    scale = n / (n - negatives + NEGATIVE_WEIGHT * negatives) if n else 1.0
    weight = np.where(ys > 0, scale, NEGATIVE_WEIGHT * scale)
    # the k-th feature of every row that has one, longest rows first: column k adds to the
    # first len(columns[k]) rows of that order (``longest``), whose sums ``back`` puts in row order
    longest = sorted(range(n), key=lambda r: -len(xs[r]))
    back = np.argsort(np.array(longest, dtype=np.intp))
    width = len(xs[longest[0]]) if n else 0
    columns = [
        np.array([xs[r][k] for r in longest if len(xs[r]) > k], dtype=np.intp) for k in range(width)
    ]
    flat = np.fromiter((i for x in xs for i in x), dtype=np.intp)
    flat_row = np.fromiter((r for r, x in enumerate(xs) for _ in x), dtype=np.intp)
    w = np.zeros(size)
    b = 0.0
    exp = math.exp
    for _ in range(ITERATIONS):
        s = np.zeros(n)
        for col in columns:
            s[: len(col)] += w[col]
        z = b + s[back]
        e = np.fromiter(map(exp, (-np.abs(z)).tolist()), dtype=float, count=n)
        errs = (np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e)) - ys) * weight
        gb = float(np.add.accumulate(np.concatenate(([0.0], errs)))[-1])
        grad = np.bincount(flat, weights=errs[flat_row], minlength=size)
        b -= LEARNING_RATE * gb / n
        w = w - LEARNING_RATE * (grad / n + L2 * w)
    weights = {f: round(v, DECIMALS) for f, v in zip(vocab, w.tolist(), strict=True)}
    return GateModel({f: v for f, v in weights.items() if v}, round(b, DECIMALS), 0.5)


@dataclass(frozen=True)
class HeldOut:
    """One row of a held-out set with the probability a model trained without its set gave."""

    row: Row
    p: float


def loso(rows: Sequence[Row]) -> list[HeldOut]:
    """Leave one set out: for each set, train on the others and read it."""
    out = []
    for name in dict.fromkeys(r.set_name for r in rows):
        gate = fit([r for r in rows if r.set_name != name])
        out += [HeldOut(r, gate.probability(r.feats)) for r in rows if r.set_name == name]
    return out


def choose_threshold(held: Sequence[HeldOut], cost: float = MEASURE_COST) -> float:
    """The threshold under which the gate vetoes: among the held-out rules events of real
    headlines (not the made-up kinds cases: nearly all measures, written for the rules, and
    tests of their own), the one that vetoes the most false events net of ``cost`` per
    measure (the lowest such); without a gain, the lowest held-out measure's probability (the
    gate vetoes none of them)."""
    events = sorted(
        (h.p, h.row.want is None)
        for h in held
        if h.row.rules is not None and h.row.set_name != KINDS
    )
    best, gain, net = 0, 0.0, 0.0  # vetoing events[:best] gains ``gain``
    for i, (p, false) in enumerate(events):
        net += 1 if false else -cost
        if net > gain and (i + 1 == len(events) or events[i + 1][0] > p):
            best, gain = i + 1, net
    if best == 0:
        measures = [p for p, false in events if not false]
        return _round_down(measures[0], 0.0) if measures else 0.0
    return _round_down(events[best][0] if best < len(events) else 1.0, events[best - 1][0])


def _round_down(p: float, above: float) -> float:
    """``p`` rounded down to two significant digits, or as many more as keep it over ``above``
    (not hundredths: with the second gate set, session 7, the lowest held-out measure fell
    under 0.01, and a hundredth rounded the threshold to 0, no gate)."""
    if p <= 0.0:
        return 0.0
    for digits in range(2, 8):
        scale = 10.0 ** (digits - 1 - math.floor(math.log10(p)))
        t = round(math.floor(p * scale) / scale, 8)
        if t > above:
            return t
    return p


def train(rows: Sequence[Row]) -> tuple[GateModel, list[HeldOut]]:
    """The shipped gate: fitted on every row, its threshold chosen by leave-one-set-out."""
    held = loso(rows)
    gate = fit(rows)
    return GateModel(gate.weights, gate.bias, choose_threshold(held)), held


# the weights file and its digest (kept apart; re-exported for the scripts and tests)
from event_gate_file import TRAINER, fingerprint, to_json  # noqa: E402

__all__ = ["TRAINER", "fingerprint", "to_json"]
