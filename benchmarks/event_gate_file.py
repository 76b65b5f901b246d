"""The learned event gate's weights file (``tui/engine/event_gate.json``) and the digest it
records: split from ``benchmarks/event_gate_training.py`` (the rows, the fit and the threshold),
which re-exports these names."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from classifier_scoring import Reading
    from event_gate_training import Row

    from tui.engine.event_gate import GateModel

ROOT = Path(__file__).resolve().parents[1]

# what, besides the rows, decides the weights file: the training module (the fit, the sets,
# the threshold), this one (the digest) and the gate's ``probability`` (the held-out readings
# the threshold is chosen from)
TRAINER = (
    ROOT / "benchmarks" / "event_gate_training.py",
    Path(__file__).resolve(),
    ROOT / "tui" / "engine" / "event_gate.py",
)


def fingerprint(rows: Sequence[Row], model: str) -> str:
    """The digest the weights file records (``trained_from``): every training row in order (its
    set, features, label and the rules' reading), the trainer's code (``TRAINER``) and the
    file's model as written (``model``: threshold, bias, weights). The fit is deterministic, so
    the same digest means the same weights: ``tests/unit/test_event_gate.py`` reads the rows
    and checks the digest instead of fitting again (``train_event_gate.py --check`` fits)."""
    digest = hashlib.sha256()
    for path in TRAINER:
        digest.update(path.read_bytes())
    for row in rows:
        plain = [row.set_name, row.feats, row.measure, row.candidate]
        plain += [_plain(row.want), _plain(row.rules)]
        digest.update(json.dumps(plain).encode("utf-8") + b"\n")
    digest.update(model.encode("utf-8"))
    return digest.hexdigest()


def _plain(reading: Reading | None) -> list[object] | None:
    if reading is None:
        return None
    status, origin, destination, metals, proposed, rate = reading
    return [status, origin, destination, sorted(metals), proposed, rate]


def to_json(gate: GateModel, rows: Sequence[Row]) -> str:
    """The weights file of ``gate``, trained on ``rows`` (their :func:`fingerprint` in it)."""
    data: dict[str, object] = {
        "about": "learned event gate of tui/engine/event_gate.py; written by "
        "benchmarks/train_event_gate.py, do not edit",
        "threshold": gate.threshold,
        "bias": gate.bias,
        "weights": dict(sorted(gate.weights.items())),
    }
    model = json.dumps(data, indent=0, sort_keys=False) + "\n"
    data = {"about": data.pop("about"), "trained_from": fingerprint(rows, model), **data}
    return json.dumps(data, indent=0, sort_keys=False) + "\n"
