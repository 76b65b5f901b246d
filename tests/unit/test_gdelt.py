"""GDELT DOC 2.0 artlist JSON on a real capture (tests/fixtures/events, see PROVENANCE.md)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tui.core.config_types import SourceConfig
from tui.core.models import Headline
from tui.sources import gdelt
from tui.sources.base import SourceError
from tui.sources.feeds import ParseResult
from tui.sources.gdelt import build_url, fold_spacing, parse, parse_seendate

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "events"
UTC = timezone.utc
FETCHED = datetime(2026, 1, 1, tzinfo=UTC)
SRC = SourceConfig(name="gdelt-oil", kind="gdelt", options={"query": "oil sanctions"})


def load() -> list[Headline]:
    data = (FIXTURES / "gdelt_doc_artlist_oil_sanctions.json").read_bytes()
    return parse(data, SRC, fetched_at=FETCHED).headlines


def test_min_interval_is_gdelt_limit() -> None:
    assert gdelt.MIN_INTERVAL == 5.0


def test_build_url_defaults() -> None:
    src = SourceConfig(
        name="g", kind="gdelt", options={"query": "(copper OR aluminium) (export OR tariff)"}
    )
    url = build_url(src)
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == gdelt.API
    assert " " not in url and "(" not in url
    assert parse_qs(parts.query) == {
        "query": ["(copper OR aluminium) (export OR tariff)"],
        "mode": ["artlist"],
        "format": ["json"],
        "maxrecords": ["75"],
        "timespan": ["3d"],
        "sort": ["datedesc"],
    }


def test_build_url_options_and_override() -> None:
    src = SourceConfig(
        name="g",
        kind="gdelt",
        options={"query": 'copper "export ban"', "maxrecords": 250, "timespan": "24h"},
    )
    query = parse_qs(urlsplit(build_url(src)).query)
    assert query["query"] == ['copper "export ban"']
    assert query["maxrecords"] == ["250"]
    assert query["timespan"] == ["24h"]
    fixed = SourceConfig(name="g", kind="gdelt", url="http://127.0.0.1:9/doc?x=1")
    assert build_url(fixed) == "http://127.0.0.1:9/doc?x=1"
    with pytest.raises(SourceError, match="query"):
        build_url(SourceConfig(name="g", kind="gdelt"))


def test_real_capture_counts_and_ends() -> None:
    hs = load()
    assert len(hs) == 250
    first, last = hs[0], hs[-1]
    assert first.title == "2023, Harga Minyak Diramal Bakal Tembus 100 Dollar AS"
    assert first.url == (
        "https://money.kompas.com/read/2023/01/03/111000426/"
        "2023-harga-minyak-diramal-bakal-tembus-100-dollar-as"
    )
    assert first.outlet == "money.kompas.com"
    assert first.published == datetime(2023, 1, 3, 4, 45, tzinfo=UTC)
    assert first.source == "gdelt-oil"
    assert first.guid == first.url
    assert last.title == "Посол ЄС: Умови закінчення війни мають визначити українці"
    assert last.outlet == "ua.korrespondent.net"
    assert last.published == datetime(2023, 1, 3, 7, 0, tzinfo=UTC)
    assert not any(h.date_estimated for h in hs)
    stamps = [h.published for h in hs if h.published is not None]
    assert len(stamps) == 250
    assert min(stamps) == datetime(2023, 1, 1, 1, 15, tzinfo=UTC)
    assert max(stamps) == datetime(2023, 1, 7, 0, 15, tzinfo=UTC)


def test_real_capture_spacing_folded() -> None:
    titles = [h.title for h in load()]
    assert titles[5] == (
        "Diario La Verdad - Chevron carga petróleo en Bajo Grande para exportarlo a EE.UU."
    )
    assert titles[24] == "Chevron Sending Two Oil Tankers To Venezuela Under U.S. Approval"
    assert titles[59] == "Harga minyak 2023 diperkirakan naik tipis, dipicu ekonomi global lemah"
    assert titles[61] == "Japan se vraća uvozu ruske nafte - Naslovi.net"
    # French keeps its space before "!"
    assert titles[69] == (
        "Automobile. Diesel, Sans Plomb... les carburants ont augmenté de 10 à 13 centimes "
        "en quelques jours !"
    )
    assert not any(" , " in t or " . " in t for t in titles)


def test_real_capture_untitled_article_gets_slug_title() -> None:
    h = load()[52]
    assert h.title == "Venezuela prepara cargamento de crudo para exportar a eeuu"
    assert h.outlet == "primicia.com.ve"


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        ("BPH Migas Ungkap 1 , 4 Juta Liter", "Indonesian", "BPH Migas Ungkap 1,4 Juta Liter"),
        ("cargar 250 . 000 barriles", "Spanish", "cargar 250.000 barriles"),
        ("DW – 02 . 01 . 2023", "Ukrainian", "DW – 02.01.2023"),
        ("EU Stopped 90 % Of Russian Oil", "English", "EU Stopped 90% Of Russian Oil"),
        ("Trump ' s tariffs don ' t bite", "English", "Trump's tariffs don't bite"),
        ("Oil Outlook 2023 : Prices to Soar ? ", "English", "Oil Outlook 2023: Prices to Soar?"),
        ("Venezuela : Maduro prêt ! ", "French", "Venezuela : Maduro prêt !"),
        ("Saudi ( Aramco ) cuts", "Ukrainian", "Saudi (Aramco) cuts"),
        ("Deal :: Lloyd List", "English", "Deal :: Lloyd List"),
        ("Etats - Unis", "French", "Etats - Unis"),  # a spaced hyphen may be a dash: kept
        ("Jedan . W tle", "Polish", "Jedan. W tle"),
    ],
)
def test_fold_spacing(raw: str, language: str, expected: str) -> None:
    assert fold_spacing(raw, language) == expected


def test_parse_seendate() -> None:
    assert parse_seendate("20230103T044500Z") == datetime(2023, 1, 3, 4, 45, tzinfo=UTC)
    assert parse_seendate("2023-01-03") is None
    assert parse_seendate(None) is None
    # placeholders for an empty date: no date (the story is dated when first seen)
    assert parse_seendate("00010101T000000Z") is None
    assert parse_seendate("19700101T000000Z") is None


def test_empty_results_are_valid() -> None:
    assert parse(b"{}", SRC, fetched_at=FETCHED) == ParseResult([])
    assert parse(b'{"articles": []}', SRC, fetched_at=FETCHED) == ParseResult([])


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            b"Please limit requests to one every 5 seconds or contact kalev.leetaru5@gmail.com "
            b"for larger queries.\n",
            "GDELT: Please limit requests to one every 5 seconds",
        ),
        (b"The specified phrase is too short.", "GDELT: The specified phrase is too short"),
        (b"<html><body>502 Bad Gateway</body></html>", "HTML page"),
        (b'{"articles": [', "invalid JSON"),
        (b"", "empty response"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"timeline": []}', "no articles"),
        (b'{"articles": [{"title": "", "url": "javascript:x"}]}', "neither titles nor links"),
    ],
)
def test_error_bodies(body: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        parse(body, SRC, fetched_at=FETCHED)


def test_invalid_backslash_escapes_repaired() -> None:
    body = (
        b'{"articles":[{"url":"https://ok.example/a","title":"C:\\ copper \\x tariff",'
        b'"seendate":"20250101T000000Z","domain":"ok.example"}]}'
    )
    (h,) = parse(body, SRC, fetched_at=FETCHED).headlines
    assert h.title == "C:\\ copper \\x tariff"


def test_bad_articles_skipped_with_warning() -> None:
    body = (
        b'{"articles":[{"url":"https://ok.example/a","title":"Copper","seendate":"x",'
        b'"domain":""}, "junk", {"title":""}]}'
    )
    result = parse(body, SRC, fetched_at=FETCHED)
    (h,) = result.headlines
    assert result.warning == (  # the date "x" said since it is dated when first seen
        "2 unusable articles skipped; "
        "1 article with an unusable date (e.g. 'x'), dated when first seen"
    )
    assert h.published == FETCHED and h.date_estimated
    assert h.outlet == "ok.example"  # from the URL when the domain is empty


def test_cut_off_answer_says_so() -> None:
    body = b'{"articles": [{"url": "https://x.example/a", "title": "Copper hits record"'
    with pytest.raises(SourceError, match=f"cut off after {len(body)} bytes"):
        parse(body, SRC, fetched_at=FETCHED)
    with pytest.raises(SourceError, match=r"invalid JSON \(line 1: "):
        parse(b'{"articles": [} ]}', SRC, fetched_at=FETCHED)


def test_half_of_an_emoji_spoils_no_article() -> None:
    """A title with half of a UTF-16 pair (``\\ud83d``) failed the whole source when stored:
    "unexpected encoding (the answer is not text in the encoding it declares)"."""
    body = (
        b'{"articles":[{"url":"https://e.org/a","title":"Copper \\ud83d\\ude00 and \\ud83d end",'
        b'"seendate":"20261201T120000Z","domain":"e.org","language":"English"}]}'
    )
    (h,) = parse(body, SRC, fetched_at=FETCHED).headlines
    assert h.title == "Copper \U0001f600 and \ufffd end"
    h.title.encode("utf-8")


def test_a_seendate_ahead_of_the_fetch_is_no_date() -> None:
    """An article "seen" years after the fetch (a wrong clock, a typo in a mirror) is dated
    when first seen, marked estimated, never listed above today's news as a date to come; a
    day ahead (a zone) stays."""
    body = (
        b'{"articles": [{"url": "https://a.example/1", "title": "Copper rises",'
        b' "seendate": "20991203T101010Z", "domain": "a.example"},'
        b' {"url": "https://a.example/2", "title": "Copper falls",'
        b' "seendate": "20260101T200000Z", "domain": "a.example"}]}'
    )
    far, near = parse(body, SRC, fetched_at=FETCHED).headlines
    assert far.published == FETCHED and far.date_estimated
    assert near.published == datetime(2026, 1, 1, 20, tzinfo=UTC) and not near.date_estimated
