"""``metalwatch check`` on a cache whose write-ahead log was damaged (left by a session that
ended without closing the store): it says what the next start would say, the writes SQLite
would drop though they were committed, as a note on stderr (``check`` only looks into the
cache: it keeps no copy, and exits 0 as for a damaged store, which it notes too); the copy's
place is the one the next start keeps it at, or the copy a start already kept.

Measured before: ``check`` said nothing of the log (no note, exit 0), with or without local
sources; the next start then said "its last write is lost".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_configs import check_config
from wal_faults import batches, commits, crashed, damage_frame

from tui.cli import main
from tui.core import paths
from tui.store import Store


def _check(cfg: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["check", "--config", str(cfg)])
    return code, capsys.readouterr().err


def _damaged_store() -> tuple[Path, bytes]:
    """The user's store, its session ended without closing it, the last save's first frame
    damaged; the log's bytes."""
    path = paths.store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    wal = crashed(path)
    return path, damage_frame(wal, commits(wal)[-2] + 1)


@pytest.mark.parametrize("local", [False, True], ids=["network-sources", "a-local-file"])
def test_check_notes_the_writes_a_damaged_log_loses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], local: bool
) -> None:
    path, damaged = _damaged_store()
    code, err = _check(check_config(tmp_path, local=local), capsys)
    assert code == 0, err  # a note, as for a damaged store: the next start keeps what it can
    wal = f"{path}-wal"
    said = (
        "metalwatch: note: cache's write-ahead log was damaged: its last write is lost (the "
        f"next run that opens the cache keeps a copy of the log at {wal}.corrupt-<UTC time>)"
    )
    assert said in err.splitlines(), err
    # only looked: the log is as it was, no copy kept, and the start then says it and keeps it
    assert Path(wal).read_bytes() == damaged
    assert not list(path.parent.glob("*.corrupt-*"))
    with Store(path) as store:
        assert "its last write is lost (a copy of the log is kept at " in (store.recovered or "")
        assert batches(store) == {"old", "new"}


def test_check_names_the_copy_a_start_kept_of_a_log_left_in_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A start that could not empty the log (another connection was reading it) kept a copy:
    ``check`` names it, and says the rest as the start said it."""
    path, damaged = _damaged_store()
    with Store(path) as store:
        assert store.recovery is not None
        kept = store.recovery.aside
    Path(f"{path}-wal").write_bytes(damaged)  # still there, as that start found it
    code, err = _check(check_config(tmp_path), capsys)
    assert code == 0, err
    said = (
        "metalwatch: note: cache's write-ahead log was damaged: its last write is lost "
        f"(a copy of the log is kept at {kept})"
    )
    assert said in err.splitlines(), err


def test_check_says_nothing_of_a_sound_log_or_a_tail_a_crash_cut(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = paths.store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    wal = crashed(path)
    code, err = _check(check_config(tmp_path), capsys)
    assert code == 0 and "write-ahead log" not in err, err
    data = wal.read_bytes()
    wal.write_bytes(data[: len(data) - 3000])  # the last frame half written
    code, err = _check(check_config(tmp_path), capsys)
    assert code == 0 and "write-ahead log" not in err, err
    assert not list(path.parent.glob("*.corrupt-*"))
