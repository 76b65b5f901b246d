"""``metalwatch check`` on a damaged or locked cache, whatever sources the config names: the
cache is looked into (read-only) and what stops it being read is a note on stderr, exit 0, as
the next start would say it. Only the tail about local price files not judged against the
stored prices is said where there are local price files.

Measured before: with only network sources the cache was never looked into, so ``check`` said
nothing of a store that is no database at all; the next start then moved it aside.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_configs import check_config

from tui.cli import main
from tui.core import paths


def _not_a_database() -> Path:
    path = paths.store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is no SQLite file, only text the disk kept\n" * 200)
    return path


@pytest.mark.parametrize("local", [False, True], ids=["network-sources", "a-local-file"])
def test_check_notes_a_cache_that_is_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], local: bool
) -> None:
    store = _not_a_database()
    before = store.read_bytes()
    code = main(["check", "--config", str(check_config(tmp_path, local=local))])
    err = capsys.readouterr().err
    assert code == 0, err
    notes = [line for line in err.splitlines() if f"note: cache ({store}) not read:" in line]
    assert len(notes) == 1, err
    assert "the next run that opens it" in notes[0], notes
    judged = "local price files were not judged against the stored prices"
    assert (judged in notes[0]) is local, notes
    assert store.read_bytes() == before, "check only looks: the file is left as it was"


def test_check_says_nothing_of_a_sound_cache_or_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = check_config(tmp_path, local=False)
    assert main(["check", "--config", str(cfg)]) == 0
    assert "cache" not in capsys.readouterr().err  # no cache yet: nothing to say
    assert not paths.store_path().exists(), "check makes no cache"


def test_check_says_nothing_of_a_sound_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.store import Store

    path = paths.store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with Store(path):
        pass
    assert main(["check", "--config", str(check_config(tmp_path, local=False))]) == 0
    assert "note: cache" not in capsys.readouterr().err
