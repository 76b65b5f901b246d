"""Theme files: every shipped theme loads; a bad file is reported and skipped, never fatal; the
app's cache of their TOML gives the same themes and follows every change of a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core import paths
from tui.ui import themes as themes_module
from tui.ui.themes import STATUS_VARIABLES, load_themes

SHIPPED = {"metalwatch-dark", "metalwatch-light", "metalwatch-high-contrast", "metalwatch-amber"}


def test_shipped_themes_load_with_status_colours() -> None:
    themes, problems = load_themes([paths.bundled_themes_dir()])
    assert problems == []
    assert {t.name for t in themes} == SHIPPED
    for theme in themes:
        assert set(STATUS_VARIABLES) <= set(theme.variables)
    light = next(t for t in themes if t.name == "metalwatch-light")
    assert light.dark is False


def test_bad_theme_files_are_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "good.toml").write_text('name = "mine"\nprimary = "#112233"\n', encoding="utf-8")
    (tmp_path / "badcolour.toml").write_text(
        'name = "x"\nprimary = "not-a-colour"\n', encoding="utf-8"
    )
    (tmp_path / "noname.toml").write_text('primary = "#112233"\n', encoding="utf-8")
    (tmp_path / "broken.toml").write_text("name = \n", encoding="utf-8")
    (tmp_path / "unknown.toml").write_text(
        'name = "y"\nprimary = "#fff"\nsparkle = 1\n', encoding="utf-8"
    )
    (tmp_path / "badvar.toml").write_text(
        'name = "z"\nprimary = "#fff"\n[variables]\nstatus-open = "blurple"\n', encoding="utf-8"
    )
    (tmp_path / "brackets.toml").write_text(
        'name = "Dark [/] mine"\nprimary = "#fff"\n', encoding="utf-8"
    )
    themes, problems = load_themes([tmp_path])
    assert [t.name for t in themes] == ["mine"]
    text = "\n".join(problems)
    # the theme picker reads names as markup: this one ended the app when t opened it
    assert "brackets.toml: name 'Dark [/] mine': no brackets or control characters" in text
    assert "badcolour.toml: primary: 'not-a-colour' is not a colour; skipped" in text
    assert "noname.toml: missing 'name'" in text
    assert "broken.toml: invalid TOML" in text
    assert "unknown.toml: unknown keys: sparkle" in text
    assert "badvar.toml: variables.status-open: 'blurple' is not a colour" in text
    assert len(problems) == 6


def test_user_themes_override_and_extend(tmp_path: Path) -> None:
    (tmp_path / "dark.toml").write_text(
        'name = "metalwatch-dark"\nprimary = "#FF0000"\n', encoding="utf-8"
    )
    themes, problems = load_themes([paths.bundled_themes_dir(), tmp_path])
    assert problems == []
    dark = next(t for t in themes if t.name == "metalwatch-dark")
    assert dark.primary == "#FF0000"


def _no_toml(path: Path) -> dict[str, object]:
    raise AssertionError(f"read {path} although the cache holds it")


def test_the_cache_keeps_the_files_toml_until_a_folder_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine, cache = tmp_path / "mine", tmp_path / "cache" / "themes.json"
    mine.mkdir()
    (mine / "a.toml").write_text('name = "a"\nprimary = "#112233"\n', encoding="utf-8")
    (mine / "bad.toml").write_text("name = \n", encoding="utf-8")
    (mine / "notes.txt").write_text("not a theme", encoding="utf-8")
    dirs = [paths.bundled_themes_dir(), mine, tmp_path / "missing"]
    first = load_themes(dirs, cache=cache)
    assert first == load_themes(dirs)  # the same themes and problems as without a cache
    assert {t.name for t in first[0]} == SHIPPED | {"a"}
    assert len(first[1]) == 1 and "bad.toml: invalid TOML" in first[1][0]

    with monkeypatch.context() as m:  # unchanged folders: nothing is read but the cache
        m.setattr(themes_module, "read_theme_file", _no_toml)
        assert load_themes(dirs, cache=cache) == first

    # a file that changed, one added, one removed: read again, and the cache follows
    (mine / "a.toml").write_text('name = "a2"\nprimary = "#112233"\n', encoding="utf-8")
    (mine / "b.toml").write_text('name = "b"\nprimary = "#445566"\n', encoding="utf-8")
    (mine / "bad.toml").unlink()
    second = load_themes(dirs, cache=cache)
    assert {t.name for t in second[0]} == SHIPPED | {"a2", "b"} and second[1] == []
    with monkeypatch.context() as m:
        m.setattr(themes_module, "read_theme_file", _no_toml)
        assert load_themes(dirs, cache=cache) == second


def test_a_damaged_or_foreign_cache_is_read_past(tmp_path: Path) -> None:
    cache = tmp_path / "themes.json"
    dirs = [paths.bundled_themes_dir()]
    for text in ("{not json", '{"format": "other", "folders": [], "files": []}', "[1, 2]"):
        cache.write_text(text, encoding="utf-8")
        themes, problems = load_themes(dirs, cache=cache)
        assert {t.name for t in themes} == SHIPPED and problems == []
    assert load_themes(dirs, cache=cache) == load_themes(dirs)  # rewritten whole


def test_a_variable_no_one_reads_is_reported_not_ignored(tmp_path: Path) -> None:
    """Found in the session-16 audit: ``status-tarif = "#ff00ff"`` (one f) loaded without a word,
    and tariffs kept the default colour. A variable that is neither metalwatch's nor Textual's
    is a problem of the file, with the name it most likely meant; Textual's own still work."""
    (tmp_path / "typo.toml").write_text(
        'name = "typo"\nprimary = "#112233"\n[variables]\nstatus-tarif = "#ff00ff"\n',
        encoding="utf-8",
    )
    (tmp_path / "textual.toml").write_text(
        'name = "keys"\nprimary = "#112233"\n[variables]\nfooter-key-foreground = "#ffcc00"\n'
        'status-tariff = "#ff00ff"\n',
        encoding="utf-8",
    )
    themes, problems = load_themes([tmp_path])
    assert [t.name for t in themes] == ["keys"]
    assert themes[0].variables["footer-key-foreground"] == "#ffcc00"
    assert len(problems) == 1
    assert "variables.status-tarif: no such variable (did you mean 'status-tariff'?)" in problems[0]


def test_textual_variable_names_kept_in_the_cache_for_the_textual_that_made_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checking a file's ``[variables]`` against Textual's names made Textual's whole colour
    system at every start (the bundled light theme sets ``footer-key-foreground``): the names
    are kept in the cache, and made again when Textual's design module is not the same file."""
    (tmp_path / "keys.toml").write_text(
        'name = "keys"\nprimary = "#112233"\n[variables]\nfooter-key-foreground = "#ffcc00"\n',
        encoding="utf-8",
    )
    (tmp_path / "typo.toml").write_text(
        'name = "typo"\nprimary = "#112233"\n[variables]\nfooter-key-foregrund = "#ffcc00"\n',
        encoding="utf-8",
    )
    cache, dirs = tmp_path / "cache" / "themes.json", [tmp_path]
    first = load_themes(dirs, cache=cache)
    assert [t.name for t in first[0]] == ["keys"] and "footer-key-foreground" in first[1][0]

    def never() -> frozenset[str]:
        raise AssertionError("Textual's variables made again although the cache keeps them")

    with monkeypatch.context() as m:
        m.setattr(themes_module, "_textual_variables", never)
        assert load_themes(dirs, cache=cache) == first

    made: list[int] = []

    def counted() -> frozenset[str]:
        made.append(1)
        return frozenset({"footer-key-foreground"})

    with monkeypatch.context() as m:  # another Textual: the names are made again
        m.setattr(themes_module, "_textual_stamp", lambda: [1, 2])
        m.setattr(themes_module, "_textual_variables", counted)
        assert load_themes(dirs, cache=cache) == first
        assert made
