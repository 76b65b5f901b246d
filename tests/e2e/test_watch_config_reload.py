"""``metalwatch watch`` left running while its config file is edited: a good edit is read at
once (a source added is fetched), a broken one is said and the last good config keeps running,
and the next good edit is read again. A real ``watch`` process, its config file edited."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
WAIT = 30.0  # seconds at most for a step (the watch looks at its config every 2 s)


def config_text(*names: str) -> str:
    text = '[app]\ntimeout = "5s"\n\n[[metals]]\nid = "copper"\nname = "Copper"\n'
    for name in names:
        text += (
            f'\n[[sources]]\nname = "{name}"\nkind = "rss"\nurl = "{name}.xml"\nrefresh = "1h"\n'
        )
    return text


def healthy(store: Path) -> set[str]:
    """The sources the store says delivered (read beside the running watch)."""
    if not store.exists():
        return set()
    try:
        with sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True) as conn:
            return {name for name, ok in conn.execute("SELECT name, ok FROM health") if ok}
    except sqlite3.Error:
        return set()


def until(done: Callable[[], bool], what: str, lines: list[str]) -> None:
    deadline = time.monotonic() + WAIT
    while not done():
        assert time.monotonic() < deadline, f"{what}; stderr: {lines}"
        time.sleep(0.1)


def test_watch_reads_its_config_again_when_the_file_changes(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("SIGTERM is POSIX")
    shutil.copy(
        FIXTURES / "feeds" / "reuters_via_googlenews_direct.rss.xml", tmp_path / "reuters.xml"
    )
    shutil.copy(FIXTURES / "refresh" / "guardian_us.rss.xml", tmp_path / "guardian.xml")
    shutil.copy(FIXTURES / "refresh" / "nbc_newyork.rss.xml", tmp_path / "nbc.xml")
    config = tmp_path / "config.toml"
    config.write_text(config_text("reuters"), encoding="utf-8")
    store = Path(os.environ["METALWATCH_CACHE_DIR"]) / "store.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "watch", "--config", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    lines: list[str] = []
    assert proc.stderr is not None
    reader = threading.Thread(target=lambda: lines.extend(proc.stderr or ()), daemon=True)
    reader.start()
    try:
        until(lambda: healthy(store) == {"reuters"}, "the first round", lines)

        config.write_text(config_text("reuters", "guardian"), encoding="utf-8")
        until(lambda: "guardian" in healthy(store), "the source added fetched", lines)
        assert any("config reloaded: 2 sources, 0 alert rules" in ln for ln in lines), lines

        config.write_text(config_text("reuters", "guardian") + "[[sources]\n", encoding="utf-8")
        until(lambda: any("cannot be used" in ln for ln in lines), "the broken edit said", lines)
        said = "".join(lines)
        assert "the last good one keeps running" in said and "invalid TOML" in said, said
        assert proc.poll() is None, "the watch goes on"

        config.write_text(config_text("reuters", "guardian", "nbc"), encoding="utf-8")
        until(lambda: "nbc" in healthy(store), "the next good edit read", lines)
        assert any("config reloaded: 3 sources" in ln for ln in lines), lines
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    reader.join(timeout=5)
    assert not any("Traceback" in ln for ln in lines), lines
