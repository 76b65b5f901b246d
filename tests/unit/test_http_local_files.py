"""tui.flow.http reading local files: the body, a large limit on a small file, a missing file, a
file too large and a directory.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.flow.http import (
    FetchError,
    read_local,
)


async def test_read_local_file(tmp_path: Path) -> None:
    f = tmp_path / "policy.toml"
    f.write_text('[[policy]]\nmetal = "gallium"\n', encoding="utf-8")
    result = await read_local(str(f), 1024)
    assert result.content == b'[[policy]]\nmetal = "gallium"\n'
    assert result.status == 200 and result.from_cache is False
    via_url = await read_local(f.as_uri(), 1024)
    assert via_url.content == result.content


async def test_a_large_body_limit_reads_a_small_file(tmp_path: Path) -> None:
    """The limit is a cap, not a buffer: `max_body_mb = 1000000` (allowed) made every local
    file "too large to read in memory", the read asking for the whole cap at once."""
    f = tmp_path / "prices.csv"
    f.write_bytes(b"Date,Close\n2026-11-23,9012.5\n" * 100_000)  # 2.8 MB, several chunks
    result = await read_local(str(f), 1_000_000 * 1024 * 1024)
    assert result.content == f.read_bytes()
    assert (await read_local(str(f), len(result.content))).content == result.content
    with pytest.raises(FetchError, match="larger than"):
        await read_local(str(f), len(result.content) - 1)


async def test_read_local_missing_file(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.csv")
    with pytest.raises(FetchError) as info:
        await read_local(missing, 1024)
    assert str(info.value) == f"file not found: {missing}"


async def test_read_local_too_large_and_directory(tmp_path: Path) -> None:
    f = tmp_path / "big.csv"
    f.write_bytes(b"0" * 2048)
    with pytest.raises(FetchError) as info:
        await read_local(str(f), 1024)
    assert str(info.value) == "response larger than 1 KB (max_body_mb): cut off"
    with pytest.raises(FetchError) as info:
        await read_local(str(tmp_path), 1024)
    assert str(info.value) == f"is a folder, not a file: {tmp_path}"
