"""``snapshot --json`` and ``watch --once`` on each fault of the cache file, as separate
processes: a read-only store file, a read-only folder, a truncated store, one of garbage.

Each starts on what can be read, says the fault once (one line on stderr; ``snapshot --json``
also in ``notes``), never writes over the store's bytes, and a rule the store recorded as fired
does not fire again where the store could be read. A damaged store is kept aside byte for
byte. The rest of the faults (locks, a cache folder below a file, a full disk) are in
test_cache_faults.py and tests/unit/test_store_faults.py.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.snapshot_runs import cache_dir, store_file
from tests.e2e.test_cache_faults import clean_stderr, config, run, seed

__all__ = ["config"]  # the fixture, imported for these tests

RULE = '[[alerts]]\nname = "Copper above 13k"\nwhen = "price"\nmetal = "copper"\nabove = 13000\n'


def damage(store: Path, how: str) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    if how == "truncated":  # cut in half, as a copy or a disk that stopped mid-write
        os.truncate(store, store.stat().st_size // 2)
    else:
        store.write_bytes(os.urandom(65536))


@pytest.mark.parametrize("command", [["snapshot", "--json"], ["watch", "--once", "--json"]])
@pytest.mark.parametrize("fault", ["file", "folder"])
def test_a_read_only_cache(
    command: list[str],
    fault: str,
    config: Path,
    capsys: pytest.CaptureFixture[str],
    make_unwritable: Callable[[Path], None],
) -> None:
    config.write_text(config.read_text() + RULE)
    online = seed(config, capsys)
    assert [a["rule"] for a in online["alerts"]] == ["Copper above 13k"]
    store = store_file()
    before = store.read_bytes()
    make_unwritable(store if fault == "file" else cache_dir())
    done = run(*command, "--config", str(config))
    assert done.returncode == 0, done.stderr
    clean_stderr(done.stderr, mentions="cache is read-only")
    assert store.read_bytes() == before, "the read-only store was written"
    if command[0] == "snapshot":
        doc = json.loads(done.stdout)
        assert [h["title"] for h in doc["headlines"]] == [h["title"] for h in online["headlines"]]
        assert doc["alerts"] == [], "fired again what the store recorded"
        assert sum("read-only" in n for n in doc["notes"]) == 1, doc["notes"]
    else:
        assert done.stdout == "", "fired again what the store recorded"


@pytest.mark.parametrize("command", [["snapshot", "--json"], ["watch", "--once"]])
@pytest.mark.parametrize("how", ["truncated", "garbage"])
def test_a_damaged_cache(
    command: list[str],
    how: str,
    config: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed(config, capsys)
    store = store_file()
    damage(store, how)
    damaged = store.read_bytes()
    done = run(*command, "--config", str(config))
    assert done.returncode == 0, done.stderr
    clean_stderr(done.stderr, mentions="moved aside")
    (aside,) = [p for p in cache_dir().iterdir() if ".corrupt-" in p.name]
    assert str(aside) in done.stderr
    assert aside.read_bytes() == damaged, "the damaged store was not kept as it was"
    if command[0] == "snapshot":
        doc = json.loads(done.stdout)
        assert doc["headlines"] and all(s["ok"] for s in doc["sources"])
        assert sum("moved aside" in n for n in doc["notes"]) == 1, doc["notes"]
    again = run("snapshot", "--offline", "--json", "--config", str(config))
    assert again.returncode == 0 and again.stderr == "", again.stderr
    assert json.loads(again.stdout)["headlines"], "this run's fetch was not saved"


def test_a_cut_store_keeps_the_rules_state_so_nothing_fires_again(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cut short past its first pages (the rules' state, the read marks, the settings): what
    can be read is saved into the new store, a rule the damaged one recorded as fired does not
    fire again, and ``notes`` says what was saved and what was lost."""
    config.write_text(config.read_text() + RULE)
    online = seed(config, capsys)
    assert [a["rule"] for a in online["alerts"]] == ["Copper above 13k"]
    store = store_file()
    for suffix in ("-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    pages = store.stat().st_size // 4096
    assert pages > 24, pages
    os.truncate(store, 23 * 4096 + 100)  # the small tables' first pages kept, the rest cut
    done = run("snapshot", "--json", "--config", str(config))
    assert done.returncode == 0, done.stderr
    clean_stderr(done.stderr, mentions="moved aside")
    doc = json.loads(done.stdout)
    assert doc["alerts"] == [], "fired again what the damaged store recorded"
    (note,) = [n for n in doc["notes"] if "moved aside" in n]
    assert "saved from it: 1 alert rule's state" in note and "; lost: " in note, note
