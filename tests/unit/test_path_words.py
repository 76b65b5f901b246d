"""Paths in messages (``tui.core.path_words``): home as ``~``, a path too long for its line cut
in its middle, never wrapped mid-path. Several paths and widths, some of which read wrong
before (the toast broke ``/root/.cache/metalwatch/store.sqlite3`` at its line's end)."""

from __future__ import annotations

import pytest

from tui.core.path_words import elide_middle, fit_paths, home_short, homes_short


@pytest.mark.parametrize(
    ("path", "home", "want"),
    [
        ("/root/.cache/metalwatch", "/root", "~/.cache/metalwatch"),
        ("/home/ana/.cache/metalwatch/store.sqlite3", "/home/ana/", "~/.cache/metalwatch/store.sqlite3"),
        ("/home/ana", "/home/ana", "~"),
        ("/home/anabel/.cache", "/home/ana", "/home/anabel/.cache"),  # another user's home
        ("/var/cache/metalwatch", "/root", "/var/cache/metalwatch"),
        ("/root/x", "/", "/root/x"),  # a home of "/" is no shortening
    ],
)  # fmt: skip
def test_home_is_a_tilde(path: str, home: str, want: str) -> None:
    assert home_short(path, home) == want


def test_homes_in_a_sentence() -> None:
    said = "the file /home/ana/.cache/m/s.db-shm is not writable; /home/anabel/x and /home/ana."
    want = "the file ~/.cache/m/s.db-shm is not writable; /home/anabel/x and ~."
    assert homes_short(said, "/home/ana") == want


@pytest.mark.parametrize(
    ("path", "width", "want"),
    [
        ("~/.cache/metalwatch/store.sqlite3", 40, "~/.cache/metalwatch/store.sqlite3"),
        ("~/.cache/metalwatch/store.sqlite3", 30, "~/.cache/…/store.sqlite3"),
        ("/tmp/pytest-of-root/pytest-7/test_x0/cache/store.sqlite3", 40, "/tmp/pytest-of-root/…/store.sqlite3"),
        ("/var/lib/metalwatch/demo-2026.sqlite3", 22, "/…/demo-2026.sqlite3"),
        ("/var/lib/metalwatch/demo-2026.sqlite3", 16, "demo-20….sqlite3"),
    ],
)  # fmt: skip
def test_a_long_path_loses_its_middle(path: str, width: int, want: str) -> None:
    got = elide_middle(path, width)
    assert got == want and len(got) <= width
    assert got.endswith(path[-3:]), "the file's end stays"


@pytest.mark.parametrize("width", [8, 12, 16, 21, 26, 36, 56])
def test_every_width_is_kept(width: int) -> None:
    for path in ("~/.cache/metalwatch/store.sqlite3", "/srv/a/b/c/d/e/f/g/metals.sqlite3"):
        got = elide_middle(path, width)
        assert len(got) <= width and ("…" in got) == (len(path) > width), (width, got)


@pytest.mark.parametrize("width", [26, 36, 56])
def test_a_sentence_keeps_its_words_and_brackets(width: int) -> None:
    said = (
        "cache is read-only (Operation not permitted): showing stored data; to save again, "
        "make the folder writable and restart (/tmp/pytest-of-root/pytest-12/test_a_read_only0/cache)"
    )
    got = fit_paths(said, width)
    assert got.startswith(said[: said.index("(/tmp")]) and got.endswith(")")
    path_word = got[got.rindex("(") :]
    assert len(path_word) <= width, path_word  # "(" path ")" on one line of the toast
    assert "))" not in got and got.count("(") == got.count(")")
    assert fit_paths("a short one (~/.cache/mw)", width) == "a short one (~/.cache/mw)"


def test_a_path_before_a_colon_or_semicolon_keeps_it() -> None:
    said = "locked: /srv/metalwatch/cache/folder/deep/store.sqlite3; trying again"
    got = fit_paths(said, 24)
    assert got.startswith("locked: ") and got.endswith("; trying again")
    word = got.split()[1]
    assert word.endswith(";") and len(word) <= 24 and "…" in word
