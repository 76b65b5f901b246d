"""What the tests of a user's slips in the config share: a config of one source at a given
``url``, and the one located problem ``load_config`` says of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.config import ConfigError, load_config

METAL = '[[metals]]\nid = "copper"\nname = "Copper"\n'


def _config(tmp_path: Path, url: str, kind: str = "rss") -> Path:
    extra = 'metal = "copper"\n' if kind == "csv" else ""
    path = tmp_path / "config.toml"
    text = f'{METAL}[[sources]]\nname = "s"\nkind = "{kind}"\nurl = \'{url}\'\n{extra}'
    path.write_text(text, encoding="utf-8")
    return path


def _problem(path: Path, *, strict: bool) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path, strict=strict)
    (line,) = str(info.value).splitlines()
    return line.removeprefix(f"{path}:")
