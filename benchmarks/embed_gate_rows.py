"""The rows of ``embed_gate_experiment.py``: the training rows of ``event_gate_training`` with
their texts and kinds (measure, market, general; ``made-up`` for the kinds tests' cases), then
the seventh blind set, held out only."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from classifier_scoring import expected_from_label
from event_gate_training import (
    KINDS,
    KINDS_MODULES,
    TRAINING_SETS,
    Row,
    _row,
    kinds_rows,
    load_rows,
    set_name,
)
from real_headlines_set import DATA_BLIND7, kind, load_items, watch_list

HELD_ONLY = set_name(DATA_BLIND7)  # held out only, never trained on
NEVER = "real_headlines_blind8"  # being collected: never read
SEED = 0


@dataclass(frozen=True)
class Item:
    """One row with its text and its kind (measure, market, general; ``made-up`` for kinds)."""

    row: Row
    title: str
    summary: str
    kind: str

    @property
    def text(self) -> str:
        return f"{self.title}. {self.summary}" if self.summary else self.title


def load() -> list[Item]:
    """The training rows of ``event_gate_training`` with their texts, then the seventh blind set."""
    rows = load_rows()
    texts: list[tuple[str, str, str]] = []
    for path in TRAINING_SETS:
        if NEVER in str(path):
            raise SystemExit(f"{NEVER} is never read here")
        texts += [(i["title"], i["summary"], kind(i)) for i in load_items(path)]
    for name in KINDS_MODULES:
        for case in importlib.import_module(name).CASES:
            if not getattr(case, "marks", ()):
                title, summary, _want = getattr(case, "values", case)
                texts.append((title, summary, "made-up"))
    assert len(texts) == len(rows) == len(texts[: len(rows)])
    assert sum(r.set_name == KINDS for r in rows) == len(kinds_rows())
    items = [
        Item(r, " ".join(t.split()), " ".join(s.split()), k)
        for r, (t, s, k) in zip(rows, texts, strict=True)
    ]
    metals = watch_list()
    for i in load_items(DATA_BLIND7):
        row = _row(HELD_ONLY, i["title"], i["summary"], expected_from_label(i["label"]), metals)
        items.append(
            Item(row, " ".join(i["title"].split()), " ".join(i["summary"].split()), kind(i))
        )
    return items
