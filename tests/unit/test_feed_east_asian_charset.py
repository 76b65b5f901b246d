"""A feed in an East Asian charset of two bytes a character (a Japanese outlet's Shift_JIS or
EUC-JP, a Chinese one's GB18030 or Big5) under a declaration that cannot read it:
``encoding="utf-8"`` kept from a template, no declaration at all, or a server's
``charset=utf-8``. Before, it was read as windows-1252 or as one of the single-byte charsets
``legacy_charset`` judges: every title mojibake (``“ú–{`` for ``日本``), shown and classified
so. Now the charset that reads the text into the common characters of one language is taken,
and the source's line says so as it says it of windows-1251 declared wrongly.

In-process through ``tui.cli.main`` (``snapshot --json``) on a real feed file
(tests/fixtures/refresh/guardian_us.rss.xml) whose titles are rewritten in Japanese or Chinese
(metals headlines as those outlets write them) and saved in the charset; and one served by a
real HTTP server on 127.0.0.1 under ``charset=utf-8``.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from refresh_servers import served_once
from test_feed_legacy_charset import RUSSIAN, WESTERN, _feed, _snapshot

from tui.sources.legacy_charset import guess

JAPANESE = [
    "銅価格が3週間ぶり高値、中国の需要回復期待で",
    "住友金属鉱山、ニッケル減産を発表 インドネシア輸出規制受け",
    "アルミ地金の対日プレミアム、第1四半期は据え置き",
    "経産省、レアアース輸出管理の強化を検討",
]
SIMPLIFIED = [
    "铜价创三周新高 中国需求回暖预期升温",
    "印尼将限制镍矿出口 冶炼厂面临原料短缺",
    "商务部：对稀土相关物项实施出口管制",
    "沪铝期货收涨1.2%，库存连续第三周下降",
]
TRADITIONAL = [
    "銅價創三週新高 中國需求回暖預期升溫",
    "印尼將限制鎳礦出口 冶煉廠面臨原料短缺",
    "經濟部：對稀土相關物項實施出口管制",
    "鋁價期貨收漲1.2%，庫存連續第三週下降",
]


CASES = [
    (JAPANESE, "shift_jis", "utf-8", "cp932"),
    (JAPANESE, "cp932", None, "cp932"),
    (JAPANESE, "euc-jp", "utf-8", "euc-jp"),
    (JAPANESE, "euc-jp", None, "euc-jp"),
    (SIMPLIFIED, "gb18030", "utf-8", "gb18030"),
    (SIMPLIFIED, "gb2312", None, "gb18030"),
    (TRADITIONAL, "big5", "utf-8", "big5"),
    (TRADITIONAL, "big5", None, "big5"),
]


@pytest.mark.parametrize(
    ("titles", "charset", "declared", "read_as"),
    CASES,
    ids=[f"{c[1]} {'declared ' + c[2] if c[2] else 'undeclared'}" for c in CASES],
)
def test_an_east_asian_charset_declared_wrongly_is_read_as_itself(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    titles: list[str],
    charset: str,
    declared: str | None,
    read_as: str,
) -> None:
    doc = _snapshot(tmp_path, capsys, _feed(tmp_path, titles, charset, declared))
    shown = {h["title"] for h in doc["headlines"]}
    assert set(titles) <= shown, sorted(shown)[:4]
    (source,) = doc["sources"]
    said = (
        f"the XML declaration says {declared}, but the text is not; read as {read_as}"
        if declared
        else f"not UTF-8 and no encoding declared; read as {read_as}"
    )
    assert said in (source["warning"] or ""), source["warning"]


@pytest.mark.parametrize(
    ("titles", "charset"), [(JAPANESE, "shift_jis"), (SIMPLIFIED, "gb18030")], ids=["sjis", "gb"]
)
async def test_a_server_naming_utf8_over_an_east_asian_charset(
    tmp_path: Path, titles: list[str], charset: str
) -> None:
    items = "".join(
        f"<item><title>{t}</title><link>https://ex.jp/{i}</link>"
        "<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item>"
        for i, t in enumerate(titles)
    )
    body = f'<rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'
    outcome, stored = await served_once(
        tmp_path, body.encode(charset), "application/rss+xml; charset=utf-8"
    )
    assert outcome.ok, outcome.error
    assert sorted(stored) == sorted(titles)
    assert "the Content-Type says utf-8, but the text is not" in (outcome.warning or "")


def test_single_byte_text_is_never_taken_for_an_east_asian_charset() -> None:
    """Russian and Western titles, a few words at a time (a short feed's whole text), in the
    charsets ``legacy_charset`` reads: none is read as Japanese or Chinese (KOI8-R's lower-case
    letters take the bytes of GB 2312's common hanzi)."""
    rng = random.Random(37)
    words = {"koi8-r": " ".join(RUSSIAN).split(), "windows-1251": " ".join(RUSSIAN).split()}
    words["windows-1252"] = " ".join(WESTERN).split()
    taken = []
    for charset, pool in words.items():
        for _ in range(400):
            text = " ".join(rng.sample(pool, rng.randint(1, min(6, len(pool)))))
            found = guess(text.encode(charset, errors="xmlcharrefreplace"), "utf-8")
            if found in ("cp932", "euc-jp", "gb18030", "big5"):
                taken.append((charset, text, found))
    assert not taken, taken[:3]
