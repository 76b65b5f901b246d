"""A folder in the place of the cache file's ``-wal``, ``-shm`` or ``-journal`` (a backup tool
or a script that made it, a sync client's conflict copy), through the real ``metalwatch snapshot
--json`` (``tui.cli.main``) on a real store and a real FRED file (``tests/fixtures/prices``,
provenance in its ``PROVENANCE.md``).

SQLite says only "unable to open database file" or "disk I/O error", and the notice read "the
disk refused a write (disk I/O error)": a user would look for a failing disk. Now the folder is
named, as for a folder in the place of the file itself; unlike that case, the stored data is
read and shown, and the folder is left as it is.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tui.cli import main

FRED = Path(__file__).resolve().parent.parent / "fixtures" / "prices" / "fred_PCOPPUSDM_2026-05.csv"


def _run(config: Path, capsys: pytest.CaptureFixture[str], *more: str) -> dict[str, Any]:
    main(["snapshot", "--config", str(config), "--json", *more])
    return dict(json.loads(capsys.readouterr().out))


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_folder_in_the_place_of_a_companion_is_named_and_the_stored_data_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\nunit = "USD/t"\n'
        f'[[sources]]\nname = "F"\nkind = "fred"\nmetal = "copper"\nurl = "{FRED}"\n',
        encoding="utf-8",
    )
    first = _run(config, capsys)
    assert first["sources"][0]["ok"] and first["notes"] == []
    store = Path(os.environ["METALWATCH_CACHE_DIR"]) / "store.sqlite3"
    companion = Path(f"{store}{suffix}")
    if companion.exists():
        companion.unlink()
    companion.mkdir()

    offline = _run(config, capsys, "--offline")
    assert offline["notes"][1:] == [
        "cache is read-only: showing stored data, new data is not saved; a folder is in the "
        f"place of the file {companion}: fix that and restart to save again"
    ]
    (price,) = offline["prices"]
    assert price["as_of"] == "2026-05-01" and price["last"] == first["prices"][0]["last"]
    assert companion.is_dir()
