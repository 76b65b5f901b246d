"""A Korean feed in EUC-KR or CP949 (its superset) under a declaration that cannot read it:
``encoding="utf-8"`` kept from a template, none at all, or a server's ``charset=utf-8``.
Before, its hangul were taken for Japanese kanji (read as EUC-JP: EUC-KR's hangul take the
bytes of JIS X 0208's and GB 2312's common characters), every title shown and classified as a
run of kanji, the source's line saying "read as euc-jp". Now the Korean reading is taken, and
said as the other charsets are.

In-process through ``tui.cli.main`` (``snapshot --json``) on a real feed file
(tests/fixtures/refresh/guardian_us.rss.xml) whose titles are rewritten as a Korean wire writes
metals headlines (hanja for a country, as it abbreviates ``美`` and ``中``) and saved in the
charset; one served by a real HTTP server on 127.0.0.1; and the charset guess itself on every
run of the Chinese and Japanese titles the East Asian tests use, which must never read as
Korean, as Korean ones must never read as those.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from refresh_servers import served_once
from test_feed_east_asian_charset import JAPANESE, SIMPLIFIED, TRADITIONAL
from test_feed_legacy_charset import _feed, _snapshot

from tui.sources.legacy_charset import guess

KOREAN = [
    "구리값 3주 만에 최고…中 수요 회복 기대감",
    "고려아연, 니켈 감산 발표…인도네시아 수출 규제 여파",
    "산업부, 희토류 수출 통제 강화 검토",
    "알루미늄 선물 1.2% 상승 마감…재고 3주 연속 감소",
    "美, 철강·알루미늄 관세 50%로 인상…국내 업계 촉각",
    "포스코홀딩스, 아르헨티나 리튬 공장 증설 계획 발표",
    "국제 금값 사상 최고치 경신…안전자산 선호 확산",
    "조달청, 비축용 구리·주석 방출 검토",
]
#: Japanese headlines with no kana (kanji compounds alone), whose EUC-JP bytes mostly lie where
#: EUC-KR's hangul are: read in it, each phrase is one long run of hangul.
KANJI = [
    "中国経済減速懸念",
    "日銀総裁会見",
    "東京株式市場 日経平均反落",
    "三菱商事 銅鉱山権益取得",
    "豪州産鉄鉱石 輸出増加",
    "非鉄金属市況 銅続伸",
]
CASES = [
    ("euc-kr", "utf-8"),
    ("euc-kr", None),
    ("cp949", "utf-8"),
    ("cp949", None),
]


@pytest.mark.parametrize(
    ("charset", "declared"),
    CASES,
    ids=[f"{c[0]} {'declared ' + c[1] if c[1] else 'undeclared'}" for c in CASES],
)
def test_a_korean_feed_declared_wrongly_is_read_as_korean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], charset: str, declared: str | None
) -> None:
    doc = _snapshot(tmp_path, capsys, _feed(tmp_path, KOREAN, charset, declared))
    shown = {h["title"] for h in doc["headlines"]}
    assert set(KOREAN) <= shown, sorted(shown)[:4]
    (source,) = doc["sources"]
    said = (
        f"the XML declaration says {declared}, but the text is not; read as cp949"
        if declared
        else "not UTF-8 and no encoding declared; read as cp949"
    )
    assert said in (source["warning"] or ""), source["warning"]


async def test_a_server_naming_utf8_over_euc_kr(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>{t}</title><link>https://ex.kr/{i}</link>"
        "<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item>"
        for i, t in enumerate(KOREAN)
    )
    body = f'<rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'
    outcome, stored = await served_once(
        tmp_path, body.encode("euc-kr"), "application/rss+xml; charset=utf-8"
    )
    assert outcome.ok, outcome.error
    assert sorted(stored) == sorted(KOREAN)
    assert "the Content-Type says utf-8, but the text is not; read as cp949" in (
        outcome.warning or ""
    )


def _runs(titles: list[str], most: int) -> list[str]:
    """Every run of one to ``most`` of ``titles`` in order, joined as a feed's are."""
    return [
        " ".join(titles[i : i + n]) for n in range(1, most + 1) for i in range(len(titles) - n + 1)
    ]


@pytest.mark.parametrize(
    ("titles", "charsets"),
    [
        (JAPANESE, ("shift_jis", "euc-jp")),
        (SIMPLIFIED, ("gb2312", "gb18030")),
        (TRADITIONAL, ("big5",)),
        (KANJI, ("euc-jp",)),
        (KOREAN, ("euc-kr",)),
    ],
    ids=["japanese", "simplified", "traditional", "kanji alone", "korean"],
)
def test_no_run_of_titles_is_taken_for_another_language(
    titles: list[str], charsets: tuple[str, ...]
) -> None:
    """Each run of one title or more (a short feed's whole text), in each of its charsets, is
    read as Korean when it is Korean and never otherwise."""
    wrong = []
    for charset, text in itertools.product(charsets, _runs(titles, 4)):
        found = guess(text.encode(charset), "utf-8")
        if (found == "cp949") != (titles is KOREAN):
            wrong.append((charset, text, found))
    assert not wrong, wrong[:3]
