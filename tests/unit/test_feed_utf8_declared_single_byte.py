"""A feed in UTF-8 whose XML declaration (or server) names another single-byte charset than the
Western ones: a CMS template that hard-codes ``encoding="windows-1251"`` (or ``koi8-r``,
``iso-8859-2``, ``windows-1250``) over a database that now writes UTF-8. Every title beyond ASCII
came out as mojibake (``вЂњ`` for ``“``, ``Ð¼ÐµÐ´ÑŒ`` for ``медь``) with no word, where the same
fault under ``windows-1252`` was read as UTF-8 and said. Text truly in a single-byte charset
never forms UTF-8's multi-byte sequences by chance (a letter beyond ASCII is followed by
another letter, never by the continuation bytes UTF-8 needs), so a body that is UTF-8 is read as
UTF-8 whichever single-byte charset is named, and the health line says who named what. A body
truly in the charset it names reads as before, without a word.

Made-up feeds, one per case (titles on metals in Russian, Polish, Czech, Bulgarian, German)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tui.core.config_types import SourceConfig
from tui.sources.feeds import parse

NOW = datetime(2025, 11, 4, 12, 0, tzinfo=timezone.utc)
SRC = SourceConfig(name="desk", kind="rss", url="https://desk.example.org/feed.xml")


def _feed(title: str, declared: str | None) -> str:
    head = f'<?xml version="1.0" encoding="{declared}"?>' if declared else '<?xml version="1.0"?>'
    return (
        f"{head}<rss version='2.0'><channel><title>Desk</title><item><title>{title}</title>"
        "<link>https://desk.example.org/a</link>"
        "<pubDate>Mon, 03 Nov 2025 10:00:00 GMT</pubDate></item></channel></rss>"
    )


CASES = [
    ("Россия ограничит экспорт меди и никеля", "windows-1251"),
    ("Россия ограничит экспорт меди: с 1 декабря", "koi8-r"),
    ("Polska: cło na stal z Chin wzrośnie o 25%", "iso-8859-2"),
    ("Česko zvažuje clo na hliník – „dočasně“", "windows-1250"),
    ("България въвежда мито върху алуминия", "iso-8859-5"),
]


@pytest.mark.parametrize(("title", "declared"), CASES)
def test_utf8_under_a_declared_single_byte_charset_is_read_as_utf8(
    title: str, declared: str
) -> None:
    result = parse(_feed(title, declared).encode("utf-8"), SRC, fetched_at=NOW)
    (h,) = result.headlines
    assert h.title == title
    assert result.warning is not None
    assert f"the XML declaration says {declared}" in result.warning


@pytest.mark.parametrize(("title", "declared"), CASES)
def test_utf8_under_a_server_s_single_byte_charset_is_read_as_utf8(
    title: str, declared: str
) -> None:
    headers = {"content-type": f"application/rss+xml; charset={declared}"}
    body = _feed(title, None).encode("utf-8")
    (h,) = parse(body, SRC, fetched_at=NOW, headers=headers).headlines
    assert h.title == title


@pytest.mark.parametrize(
    ("title", "declared"), [*CASES, ("Kupfer: Zölle auf Stahl", "iso-8859-15")]
)
def test_a_body_truly_in_the_charset_it_names_reads_as_before(title: str, declared: str) -> None:
    result = parse(_feed(title, declared).encode(declared), SRC, fetched_at=NOW)
    (h,) = result.headlines
    assert h.title == title
    assert result.warning is None
    headers = {"content-type": f"text/xml; charset={declared}"}
    (h,) = parse(
        _feed(title, None).encode(declared), SRC, fetched_at=NOW, headers=headers
    ).headlines
    assert h.title == title
