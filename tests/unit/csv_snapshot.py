"""One `metalwatch snapshot --json` (``tui.cli.main``) over a CSV price file of copper written to a
temporary folder: the helper of the price-file tests that read a file as a user's config would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tui.cli import main

COPPER = '[[metals]]\nid = "copper"\nname = "Copper"\nunit = "USD/t"\n'


def csv_snapshot(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    csv: str,
    options: str = "",
    *,
    file_name: str = "copper.csv",
) -> dict[str, Any]:
    """The JSON snapshot of a config whose one source, ``mine``, is the file ``csv`` holds, read
    as copper's prices (``options``: more lines of the source's table)."""
    data = tmp_path / file_name
    data.write_text(csv, encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(
        f'{COPPER}[[sources]]\nname = "mine"\nkind = "csv"\nmetal = "copper"\n'
        f'url = "{data}"\n{options}',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), "--json"])
    out, _ = capsys.readouterr()
    return json.loads(out)  # type: ignore[no-any-return]
