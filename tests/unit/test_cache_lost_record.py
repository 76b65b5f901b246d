"""A damaged cache whose stories survive and whose record of the sources' fetches does not
(the ``health`` table's page zeroed on disk): the snapshot shows the stories saved from it, and
says so, never "no data cached yet" or "never worked" beside them.

In-process through ``tui.cli.main`` on a real store file, damaged in place between two runs; the
conftest points the cache folder at a fresh temporary one.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from snapshot_cli_helpers import check_schema, run_cli

from tui.core.paths import store_path

GUARDIAN = Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "guardian_us.rss.xml"
KEPT = "showing the data kept in the cache; when it was fetched is not known"


def _config(tmp_path: Path, feed: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        f'[[sources]]\nname = "Guardian"\nkind = "rss"\nurl = "{feed}"\n',
        encoding="utf-8",
    )
    return path


def _zero_health_table(store: Path) -> None:
    with sqlite3.connect(store) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'health'"
        ).fetchone()
        (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    for extra in ("-wal", "-shm"):
        Path(f"{store}{extra}").unlink(missing_ok=True)
    with store.open("r+b") as f:
        f.seek((root - 1) * size)
        f.write(bytes(size))


@pytest.mark.parametrize("offline", [False, True])
def test_stories_saved_from_a_damaged_cache_are_not_said_to_be_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], offline: bool
) -> None:
    feed = tmp_path / "guardian.xml"
    shutil.copy(GUARDIAN, feed)
    config = _config(tmp_path, feed)
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0, err
    first = json.loads(out)
    assert first["sources"][0]["ok"] and first["headlines"]

    _zero_health_table(store_path())
    feed.unlink()  # the source fails from now on
    args = ("snapshot", "--config", str(config), *(["--offline"] if offline else []))
    code, out, err, _ = run_cli(capsys, *args, "--json")
    assert code in (0, 3), err
    doc = json.loads(out)
    check_schema(doc)
    assert any("moved aside" in n and "sources' health" in n for n in doc["notes"]), doc["notes"]
    assert doc["headlines"], "the stories saved from the damaged file are shown"
    assert doc["data_as_of"] is None
    said = " | ".join(doc["notes"])
    assert KEPT in said, said
    assert "no data cached yet" not in said and "none stored" not in said, said

    code, out, err, _ = run_cli(capsys, *args)
    (line,) = [x for x in out.splitlines() if x.strip().startswith("Guardian [rss]")]
    assert "never" not in line, line
    said = "not known when fetched" if offline else "error, 0 items (last good not known)"
    assert said in line, line
