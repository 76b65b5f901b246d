"""The cache file removed, or another file or a folder put in its place, while a session has
it open (a user clearing the cache, a sync tool restoring an older copy). Before, the session
went on writing into the file it had open, which no name reaches any more: everything it
stored from then on was lost at its end, and nothing said so (the store said it saved). Now
the first write after it finds the path no longer names its file: the session goes on in
memory, says why (``the file ... was removed while in use``), and tries the cache again as it
does after a full disk; once a file can be made there, what the session stored since is merged
into it (nothing of the removed file brought back).

Real SQLite files, removed and replaced on disk.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tui.core.models import Headline
from tui.flow.reopen import try_store
from tui.flow.store_open import cache_notice
from tui.store import Store

SEEN = datetime(2026, 3, 1, tzinfo=timezone.utc)


def _story(name: str, hours: int = 0) -> list[Headline]:
    return [Headline(f"Copper {name}", f"https://example.org/{name}", "news", SEEN)]


def _save(store: Store, name: str, hours: int) -> None:
    store.save_headlines("news", _story(name), seen_at=SEEN + timedelta(hours=hours))


def _titles(path: Path) -> set[str]:
    with Store(path) as s:
        return {h.title for h in s.load_headlines()}


def _remove(path: Path) -> None:
    for f in path.parent.glob(f"{path.name}*"):
        if f.is_dir():
            shutil.rmtree(f)
        else:
            f.unlink()


@pytest.mark.parametrize("by", ["removed", "a folder", "another file"])
def test_a_cache_replaced_while_in_use_is_said_and_saved_to_again(tmp_path: Path, by: str) -> None:
    path = tmp_path / "store.sqlite3"
    store = Store(path)
    try:
        _save(store, "before", 0)
        _remove(path)
        if by == "a folder":
            path.mkdir()
        elif by == "another file":
            with Store(path) as other:
                _save(other, "theirs", 0)
        _save(store, "during", 1)
        assert not store.saves, "not written into a file no name reaches"
        said = cache_notice(store) or ""
        words = "removed" if by == "removed" else f"replaced by {by}"
        assert f"{path.name} was {words} while in use" in said, said
        assert {h.title for h in store.load_headlines()} == {"Copper before", "Copper during"}
        if by == "a folder":
            assert not try_store(store, path).back, "the folder still there"
            path.rmdir()
        assert try_store(store, path).back
        assert store.saves
        _save(store, "after", 2)
    finally:
        store.close()
    kept = {"Copper during", "Copper after"} | (
        {"Copper theirs"} if by == "another file" else set()
    )
    assert _titles(path) == kept, "this session's data saved; the removed file's not brought back"
