"""Train the learned event gate and write its weights (``tui/engine/event_gate.json``).

    python benchmarks/train_event_gate.py [--check | --digest]

Deterministic (NumPy, from the test extra, does the fit's arithmetic in the order of plain
loops): the same labelled sets give the same file, byte for
byte. ``--check`` writes nothing and exits 1 when the shipped file differs. The file records a digest
of the rows it was trained from, the trainer's code and its own model (``trained_from``):
``--digest`` (the test's check, without the fit's minute) exits 1 when the rows or the code read
now give another digest, that is, when training could give another file. A set still scored only
(``SCORED_ONLY`` of ``event_gate_training.py``) is never read but for a released odd half, nor is
a studied set the gate is not trained on (``NOT_TRAINED``); a set of ``HALF_TRAINED`` is read on
its odd half alone. See
``benchmarks/event_gate_training.py`` for the method.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_gate_training import Row, load_rows, to_json, train

from tui.engine.event_gate import WEIGHTS_PATH, load


def trained_json(rows: list[Row] | None = None) -> str:
    """The weights file as training on the labelled sets (``rows``, else read) writes it."""
    rows = load_rows() if rows is None else rows
    gate, _held = train(rows)
    return to_json(gate, rows)


def digest_current(rows: list[Row] | None = None) -> bool:
    """Whether the shipped file is what the trainer wrote from these rows (``rows``, else
    read): its model rewritten with their digest gives the file byte for byte."""
    rows = load_rows() if rows is None else rows
    shipped = WEIGHTS_PATH.read_text(encoding="utf-8") if WEIGHTS_PATH.exists() else ""
    gate = load(WEIGHTS_PATH)
    return gate is not None and to_json(gate, rows) == shipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument(
        "--digest", action="store_true", help="compare the recorded digest only, do not fit"
    )
    args = parser.parse_args(argv)
    if args.digest:
        same = digest_current()
        print("event_gate.json is " + ("current" if same else "STALE: run without --digest"))
        return 0 if same else 1
    text = trained_json()
    if args.check:
        same = WEIGHTS_PATH.exists() and WEIGHTS_PATH.read_text(encoding="utf-8") == text
        print("event_gate.json is " + ("current" if same else "STALE: run without --check"))
        return 0 if same else 1
    WEIGHTS_PATH.write_text(text, encoding="utf-8")
    print("wrote tui/engine/event_gate.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
