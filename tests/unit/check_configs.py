"""A config for the ``metalwatch check`` tests: one copper metal and either a network feed
(never fetched by ``check``) or a local price file beside it."""

from __future__ import annotations

from pathlib import Path


def check_config(tmp_path: Path, *, local: bool = False) -> Path:
    path = tmp_path / "config.toml"
    source = (
        f'[[sources]]\nname = "mine"\nkind = "csv"\nmetal = "copper"\nurl = "{tmp_path / "p.csv"}"\n'
        if local
        else '[[sources]]\nname = "wire"\nkind = "rss"\nurl = "http://127.0.0.1:9/feed.xml"\n'
    )
    (tmp_path / "p.csv").write_text("date,price\n2026-03-02,9800\n", encoding="utf-8")
    path.write_text(f'[[metals]]\nid = "copper"\nname = "Copper"\n\n{source}', encoding="utf-8")
    return path
