"""benchmarks/gen_store.py: whose code writes an A/B benchmark's store (``--store-by``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from gen_store import add_store_option, store_writer  # noqa: E402


def parse(*argv: str) -> argparse.Namespace:
    p = argparse.ArgumentParser()
    p.add_argument("--baseline", type=Path)
    add_store_option(p)
    return p.parse_args(list(argv))


def test_the_baseline_s_code_writes_the_store_by_default() -> None:
    assert store_writer(parse("--baseline", "../base")) == Path("../base")


def test_this_tree_writes_it_when_asked_or_without_a_baseline() -> None:
    assert store_writer(parse("--baseline", "../base", "--store-by", "this")) is None
    assert store_writer(parse()) is None
    assert store_writer(parse("--store-by", "baseline")) is None
    assert store_writer(argparse.Namespace()) is None  # a script without the options
