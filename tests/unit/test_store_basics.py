"""tui.store, the basics: a new store is WAL, versioned and clean, a store in memory works, data
survives a reopen.
"""

from __future__ import annotations

from pathlib import Path

from store_content import SEEN, fred_copper, guardian_headlines

from tui.store import SCHEMA_VERSION, Store


def test_new_store_is_wal_versioned_and_clean(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "metalwatch.db"
    with Store(path) as s:
        assert path.is_file(), "parent directories are created"
        assert s.pragma("journal_mode") == "wal"
        assert s.pragma("synchronous") == 1  # NORMAL
        assert s.pragma("user_version") == SCHEMA_VERSION
        assert s.recovered is None
        assert s.load_headlines() == [] and s.load_series() == []


def test_memory_store_works() -> None:
    with Store.memory() as s:
        assert s.path is None
        s.set_meta("theme", "gruvbox")
        assert s.get_meta("theme") == "gruvbox"


def test_data_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Store(path) as s:
        s.save_headlines("guardian", guardian_headlines(), seen_at=SEEN)
        s.save_series(fred_copper())
    with Store(path) as again:
        assert again.recovered is None
        assert len(again.load_headlines()) == 55
        assert len(again.load_series()[0].points) == 413
