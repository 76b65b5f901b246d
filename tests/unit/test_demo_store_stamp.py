"""The demo's store is named by a stamp of the bundled demo files: what an older bundle put in
a store (a capture the current bundle dropped) never shows beside the current captures, and the
older stores are removed when the demo next opens its store."""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.cli import main
from tui.core import paths
from tui.core.code_stamp import demo_stamp, stamp_of
from tui.core.models import Headline
from tui.flow.store_open import forget_old_demo_stores
from tui.store import Store

OLD_TITLE = "Copper smelters halt exports after an older bundle's made-up ban"


def _old_demo_store(path: Path) -> None:
    """A store as an older bundled demo left it: its source's name is the current bundle's, its
    story is one the current bundle does not carry."""
    when = datetime(2026, 8, 20, 9, tzinfo=timezone.utc)
    old = Headline(
        title=OLD_TITLE,
        url="https://example.org/old-demo-capture",
        source="Reuters (demo capture)",
        published=when,
        outlet="example.org",
    )
    with Store(path) as store:
        store.save_headlines("Reuters (demo capture)", [old], seen_at=when)
    path.with_name(path.name + ".snapshot.json").write_text("{}", encoding="utf-8")


def test_the_demo_store_is_named_by_the_bundle_and_the_users_is_not() -> None:
    demo = paths.store_path(demo=True)
    assert demo.name == f"demo-{demo_stamp()}.sqlite3"
    assert paths.store_path(demo=False).name == "store.sqlite3"
    assert demo.parent == paths.cache_dir()


def test_the_stamp_changes_with_any_bundled_file(tmp_path: Path) -> None:
    shutil.copytree(paths.demo_dir(), tmp_path / "demo")
    before = stamp_of(tmp_path, ("demo",), None)
    assert before == stamp_of(tmp_path, ("demo",), None)
    feed = tmp_path / "demo" / "headlines.rss.xml"
    feed.write_bytes(feed.read_bytes() + b"\n")  # a capture replaced (here: one byte longer)
    assert stamp_of(tmp_path, ("demo",), None) != before
    (tmp_path / "demo" / "extra.csv").write_text("Date,Close\n", encoding="utf-8")
    assert stamp_of(tmp_path, ("demo",), None) != before


def test_an_older_bundles_story_never_shows_and_its_store_goes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    cache = paths.cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    legacy = cache / "demo.sqlite3"  # the unstamped name of earlier versions
    older = cache / "demo-0123abcd.sqlite3"  # an older bundle's stamp
    _old_demo_store(legacy)
    _old_demo_store(older)
    user = cache / "store.sqlite3"
    _old_demo_store(user)  # the user's own store is never touched
    keep = [cache / "demo-config.pickle", cache / "config.pickle"]
    for path in keep:
        path.write_bytes(b"x")

    code = main(["snapshot", "--demo", "--json", "--all"])
    out, err = capsys.readouterr()
    assert code == 0, err
    titles = [h["title"] for h in json.loads(out)["headlines"]]
    assert titles and OLD_TITLE not in titles
    left = sorted(p.name for p in cache.iterdir())
    assert not [n for n in left if n.startswith(("demo.sqlite3", "demo-0123abcd"))], left
    assert paths.store_path(demo=True).is_file()
    assert user.is_file() and all(p.is_file() for p in keep)
    with Store(user) as store:
        assert [h.title for h in store.load_headlines()] == [OLD_TITLE]


def test_forgetting_spares_other_files_and_survives_an_unremovable_one(tmp_path: Path) -> None:
    current = tmp_path / "demo-feed.sqlite3"
    names = [
        "demo-feed.sqlite3",
        "demo-feed.sqlite3-wal",
        "demo-feed.sqlite3.snapshot.json",
        "demo.sqlite3",
        "demo.sqlite3-wal",
        "demo.sqlite3.corrupt-20260101T000000Z",
        "demo-0ld.sqlite3.snapshot.head.json",
        "demo-config.pickle",
        "store.sqlite3",
        "demonstration.sqlite3",
    ]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "demo-aa.sqlite3").mkdir()  # not a file: left as it is
    assert [p.name for p in paths.old_demo_stores(current)] == [
        "demo.sqlite3",
        "demo.sqlite3-wal",
        "demo.sqlite3.corrupt-20260101T000000Z",
    ]
    forget_old_demo_stores(current)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted(
        [
            "demo-feed.sqlite3",
            "demo-feed.sqlite3-wal",
            "demo-feed.sqlite3.snapshot.json",
            "demo-0ld.sqlite3.snapshot.head.json",
            "demo-config.pickle",
            "store.sqlite3",
            "demonstration.sqlite3",
            "demo-aa.sqlite3",
        ]
    )
    assert paths.old_demo_stores(tmp_path / "missing" / "demo-x.sqlite3") == []
    if os.geteuid() != 0:  # root removes files from a read-only folder
        (tmp_path / "demo.sqlite3").write_bytes(b"x")
        tmp_path.chmod(0o500)
        try:
            forget_old_demo_stores(current)  # no error: the file stays, and is never read
        finally:
            tmp_path.chmod(0o700)
        assert (tmp_path / "demo.sqlite3").exists()


def test_the_app_forgets_an_older_bundles_store_when_it_opens_the_demos() -> None:
    from tui.core.config import load_config
    from tui.ui.app import MetalwatchApp

    cache = paths.cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    _old_demo_store(cache / "demo.sqlite3")
    app = MetalwatchApp(load_config(demo=True), refresh_on_start=False)
    assert app.store_path == paths.store_path(demo=True)
    try:
        assert app.store.load_headlines() == []  # the current bundle's store: nothing yet
    finally:
        app.store.close()
    assert not (cache / "demo.sqlite3").exists()
