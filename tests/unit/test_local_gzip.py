"""A local ``.gz`` file named as a price or feed source is read as a gzip file served over HTTP
is: inflated a step at a time, held to ``max_body_mb`` on its decompressed size, and a damaged
or cut-off one said to be so (in ``snapshot`` and in ``check``), never refused as binary.

Real data: FRED's copper monthly prices (2026-05), NBC New York's RSS feed."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.flow.http.errors import FetchError
from tui.flow.http.local import read_local_bytes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "refresh"
FRED = (FIXTURES / "fred_PCOPPUSDM_2026-05.csv").read_bytes()
NBC = (FIXTURES / "nbc_newyork.rss.xml").read_bytes()
LAST_VALUE = 13483.751538461540


def _config(tmp_path: Path, prices: str, feed: str, app: str = "") -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f"[app]\n{app}\n"
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "FRED copper"\nkind = "fred"\nmetal = "copper"\n'
        f'series = "PCOPPUSDM"\nurl = "{prices}"\n\n'
        f'[[sources]]\nname = "NBC"\nkind = "rss"\nurl = "{feed}"\n',
        encoding="utf-8",
    )
    return path


def test_local_gzip_price_and_feed_files_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "copper.csv.gz").write_bytes(gzip.compress(FRED))
    (tmp_path / "nbc.xml.gz").write_bytes(gzip.compress(NBC))
    cfg = _config(tmp_path, str(tmp_path / "copper.csv.gz"), (tmp_path / "nbc.xml.gz").as_uri())
    assert main(["snapshot", "--json", "--config", str(cfg)]) == 0
    doc = json.loads(capsys.readouterr().out)
    health = {s["name"]: s for s in doc["sources"]}
    assert health["FRED copper"]["ok"] and health["NBC"]["ok"], health
    assert health["NBC"]["items"] > 0
    (copper,) = doc["prices"]
    assert abs(copper["last"] - LAST_VALUE) < 0.01
    assert copper["as_of"].startswith("2026-05-01")

    assert main(["check", "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "decompress" not in out and "binary" not in out


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (lambda z: z[: len(z) // 2], "gzip file cut off after "),
        (lambda z: z[:-8] + b"\0\0\0\0" + z[-4:], "damaged gzip file (incorrect data check)"),
        (lambda z: z[:12] + bytes(40) + z[52:], "damaged gzip file ("),
    ],
    ids=["cut-off", "bad-checksum", "garbled-middle"],
)
def test_a_damaged_local_gzip_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage, said: str
) -> None:
    (tmp_path / "copper.csv.gz").write_bytes(damage(gzip.compress(FRED)))
    (tmp_path / "nbc.xml").write_bytes(NBC)
    cfg = _config(tmp_path, str(tmp_path / "copper.csv.gz"), str(tmp_path / "nbc.xml"))
    assert main(["snapshot", "--json", "--config", str(cfg)]) == 0  # the feed is fine
    doc = json.loads(capsys.readouterr().out)
    health = {s["name"]: s for s in doc["sources"]}
    assert not health["FRED copper"]["ok"]
    assert said in health["FRED copper"]["error"], health["FRED copper"]
    assert doc["prices"] == []

    assert main(["check", "--config", str(cfg)]) == 2
    err = capsys.readouterr().err
    assert "source fred 'FRED copper'" in err and said in err, err


def test_a_local_gzip_file_is_capped_on_its_decompressed_size(tmp_path: Path) -> None:
    bomb = tmp_path / "prices.csv.gz"
    bomb.write_bytes(gzip.compress(bytes(8 << 20)))  # 8 MB of zeros in about 8 KB
    with pytest.raises(FetchError) as raised:
        read_local_bytes(str(bomb), 1 << 20)
    assert str(raised.value).startswith("gzip file larger than 1 MB once decompressed (")
    assert "a compression bomb, or raise max_body_mb" in str(raised.value)
    assert len(read_local_bytes(str(bomb), 9 << 20)) == 8 << 20


def test_a_gzip_bomb_in_a_local_file_is_refused_by_snapshot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "copper.csv.gz").write_bytes(gzip.compress(FRED * 200))  # 2.4 MB inflated
    (tmp_path / "nbc.xml").write_bytes(NBC)
    cfg = _config(
        tmp_path, str(tmp_path / "copper.csv.gz"), str(tmp_path / "nbc.xml"), "max_body_mb = 1\n"
    )
    assert main(["snapshot", "--config", str(cfg)]) == 0
    err = capsys.readouterr().err
    assert "source 'FRED copper': gzip file larger than 1 MB once decompressed (" in err, err
