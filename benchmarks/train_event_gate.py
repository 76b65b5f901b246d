"""Train the learned event gate and write its weights (``tui/engine/event_gate.json``).

    python benchmarks/train_event_gate.py [--check]

Deterministic (NumPy, from the test extra, does the fit's arithmetic in the order of plain
loops): the same labelled sets give the same file, byte for
byte (``tests/unit/test_event_gate.py`` checks that the shipped file is what this writes).
``--check`` writes nothing and exits 1 when the shipped file differs. A set still scored only
(``SCORED_ONLY`` of ``event_gate_training.py``, none today since session 11) is never read. See
``benchmarks/event_gate_training.py`` for the method.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_gate_training import load_rows, to_json, train

from tui.engine.event_gate import WEIGHTS_PATH


def trained_json() -> str:
    """The weights file as training on the labelled sets writes it."""
    gate, _held = train(load_rows())
    return to_json(gate)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
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
