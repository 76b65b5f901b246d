"""A cache file that is a symbolic link into a folder that does not exist (the cache linked to a
drive not mounted, a folder removed): SQLite says only "unable to open database file", which
the snapshot printed as it was, with nothing for the user to do. The folder is named, with the
link, and what to do; the run goes on in memory and the link is left as it is (no folder made
where the link points, on whatever disk holds that path now).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from snapshot_cli_helpers import check_schema, run_cli

from tui.core.paths import store_path

GUARDIAN = Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "guardian_us.rss.xml"


def test_link_into_a_missing_folder_is_named_with_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "guardian.xml"
    shutil.copy(GUARDIAN, feed)
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        f'[[sources]]\nname = "Guardian"\nkind = "rss"\nurl = "{feed}"\n',
        encoding="utf-8",
    )
    link = store_path()
    link.parent.mkdir(parents=True, exist_ok=True)
    gone = tmp_path / "unmounted" / "drive"
    link.symlink_to(gone / "store.sqlite3")

    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0, err
    doc = json.loads(out)
    check_schema(doc)
    said = (
        f"cache cannot be used: nothing stored can be shown, new data is not saved; the folder "
        f"{gone} does not exist (the cache file {link} is a link into it): fix that and restart"
        " to save again"
    )
    assert said in doc["notes"], doc["notes"]
    assert f"metalwatch: {said}" in err, err
    assert "unable to open database file" not in out + "".join(err)
    (source,) = doc["sources"]
    assert source["ok"] and "fetched but not saved" in source["warning"], source
    assert doc["headlines"], "this run's fetch is shown"
    assert link.is_symlink() and not (tmp_path / "unmounted").exists()
