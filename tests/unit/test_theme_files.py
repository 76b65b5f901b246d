"""Theme files: every shipped theme loads; a bad file is reported and skipped, never fatal."""

from __future__ import annotations

from pathlib import Path

from tui.core import paths
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
    themes, problems = load_themes([tmp_path])
    assert [t.name for t in themes] == ["mine"]
    text = "\n".join(problems)
    assert "badcolour.toml: primary: 'not-a-colour' is not a colour; skipped" in text
    assert "noname.toml: missing 'name'" in text
    assert "broken.toml: invalid TOML" in text
    assert "unknown.toml: unknown keys: sparkle" in text
    assert "badvar.toml: variables.status-open: 'blurple' is not a colour" in text
    assert len(problems) == 5


def test_user_themes_override_and_extend(tmp_path: Path) -> None:
    (tmp_path / "dark.toml").write_text(
        'name = "metalwatch-dark"\nprimary = "#FF0000"\n', encoding="utf-8"
    )
    themes, problems = load_themes([paths.bundled_themes_dir(), tmp_path])
    assert problems == []
    dark = next(t for t in themes if t.name == "metalwatch-dark")
    assert dark.primary == "#FF0000"
