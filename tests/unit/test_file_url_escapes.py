"""A ``file://`` source URL is percent-encoded, as ``Path.as_uri()`` and file managers write it:
``HG%3DF.csv`` is the file ``HG=F.csv``, ``My%20prices`` the folder ``My prices``. Before, the
escapes were kept, and such a source failed with "file not found" on a file that is there."""

from __future__ import annotations

import shutil
from pathlib import Path

from tui.core.config import load_config

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _config(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "silver"\nname = "Silver"\n\n[[sources]]\nname = "COMEX silver"\n'
        f'kind = "yahoo"\nmetal = "silver"\nsymbol = "SI=F"\nurl = "{url}"\n',
        encoding="utf-8",
    )
    return path


def test_an_escaped_file_url_names_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "My prices"
    folder.mkdir()
    data = folder / "yfinance_SI=F_2000-08-30_2026-07-13.csv"
    shutil.copy(FIXTURES / "prices" / data.name, data)
    uri = data.as_uri()
    assert "%20" in uri and "%3D" in uri
    (source,) = load_config(_config(tmp_path, uri)).sources
    assert source.url == str(data)


def test_a_file_named_with_a_percent_sign_is_kept_as_written(tmp_path: Path) -> None:
    data = tmp_path / "silver%20daily.csv"  # the name truly holds "%20"
    shutil.copy(FIXTURES / "prices" / "yfinance_SI=F_2000-08-30_2026-07-13.csv", data)
    (source,) = load_config(_config(tmp_path, f"file://{data}")).sources
    assert source.url == str(data)
    other = tmp_path / "gold%zz.csv"  # no escape at all: unchanged
    (source,) = load_config(_config(tmp_path, f"file://{other}")).sources
    assert source.url == str(other)
