"""A local path that ``ls`` lists but that does not open as a file: a symbolic link to a file
that does not exist (a price export moved, a mount not there yet) or a link that leads back to
itself. Before, ``check`` called both "file not found" and a refresh said "cannot read ...: Too
many levels of symbolic links"; the user, seeing the name in the folder, was told the opposite
of what they saw. Now each says which link it is, and for a link to nothing, its target, in
``check``, on the source's health line and for the config file itself. A path with nothing
there is "file not found" as before.

Modules: ``tui/core/file_read.py`` (``missing``), read by ``config_sources`` (check),
``flow/http/local.py`` (a refresh) and ``read_capped`` (the config file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.config import ConfigError, load_config
from tui.flow.http.errors import FetchError
from tui.flow.http.local import read_local

METAL = '[[metals]]\nid = "copper"\nname = "Copper"\n'


def _paths(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    loop, back = tmp_path / "loop.csv", tmp_path / "back.csv"
    loop.symlink_to(back)
    back.symlink_to(loop)
    dangling = tmp_path / "prices.csv"
    target = tmp_path / "exports" / "copper.csv"
    dangling.symlink_to(target)
    feed = tmp_path / "news.xml"
    feed.symlink_to("gone/news.xml")  # a relative link, named as written
    return {
        "loop": (loop, "a symbolic link that leads back to itself (a loop)"),
        "dangling": (dangling, f"a symbolic link to a file that does not exist ({target})"),
        "relative": (feed, "a symbolic link to a file that does not exist (gone/news.xml)"),
        "absent": (tmp_path / "none.csv", "file not found"),
    }


@pytest.mark.parametrize("case", ["loop", "dangling", "relative", "absent"])
async def test_a_refresh_says_which_link_it_is(tmp_path: Path, case: str) -> None:
    path, said = _paths(tmp_path)[case]
    with pytest.raises(FetchError) as info:
        await read_local(str(path), 1024)
    assert str(info.value) == f"{said}: {path}"


@pytest.mark.parametrize("case", ["loop", "dangling", "relative", "absent"])
def test_check_says_which_link_it_is(tmp_path: Path, case: str) -> None:
    path, said = _paths(tmp_path)[case]
    src = f'[[sources]]\nname = "mine"\nkind = "csv"\nmetal = "copper"\nurl = "{path}"\n'
    cfg = tmp_path / "config.toml"
    cfg.write_text(METAL + src, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(cfg, strict=True)
    assert f"sources[1].url: {said}: {path}" in str(info.value)


@pytest.mark.parametrize("case", ["loop", "dangling", "absent"])
def test_the_config_file_itself(tmp_path: Path, case: str) -> None:
    path, said = _paths(tmp_path)[case]
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert said in str(info.value)
