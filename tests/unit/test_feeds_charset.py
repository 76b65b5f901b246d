"""RSS / Atom parsing: which encoding a feed is read in, from the response's headers, the
XML declaration and the body itself, and what the warning says when they disagree."""

from __future__ import annotations

import pytest
from test_feeds import FETCHED, FIXTURES, SRC, load

from tui.sources.feeds import parse


def test_charset_from_response_headers() -> None:
    body = (
        b"<rss version='2.0'><channel><title>T</title><item><title>Caf\xe9 cr\xe8me</title>"
        b"<link>https://ok.example/a</link></item></channel></rss>"
    )
    result = parse(
        body,
        SRC,
        fetched_at=FETCHED,
        headers={"Content-Type": "application/rss+xml; charset=windows-1252"},
    )
    assert result.headlines[0].title == "Café crème"


@pytest.mark.parametrize(
    "content_type",
    [
        "text/xml",  # nginx's type for .xml and .rss files, with no charset
        "text/html",
        "text/plain; charset=utf-8",  # raw files on GitHub
        "application/octet-stream",
    ],
)
@pytest.mark.parametrize(
    "name", ["guardian_us.rss.xml", "heise_developer.atom.xml", "google_alerts.atom.xml"]
)
def test_a_sound_feed_served_under_a_loose_content_type_has_no_warning(
    name: str, content_type: str
) -> None:
    # Each declares UTF-8 and is UTF-8. RFC 7303 lets that declaration decide when the
    # Content-Type names no charset; feedparser's RFC 3023 reading (us-ascii) said "declared
    # encoding was wrong" on every fetch, and a media type that is not XML's said "served
    # with a non-XML content type", over a feed read whole and right.
    as_file = load(name)
    served = load(name, headers={"Content-Type": content_type})
    assert served.warning is None
    assert served == as_file


_UTF8_FEED = (
    "<rss version='2.0'><channel><title>T</title><item><title>Copper’s rally – São Paulo €"
    "</title><link>https://ok.example/a</link></item></channel></rss>"
)


_SAID = "the Content-Type says {}, but the text is UTF-8; read as utf-8"


@pytest.mark.parametrize(
    ("body", "content_type", "said"),
    [
        # UTF-8 under a server's default windows-1252 (Apache's AddDefaultCharset, IIS)
        (
            _UTF8_FEED.encode(),
            "application/rss+xml; charset=windows-1252",
            _SAID.format("windows-1252"),
        ),
        (
            b"<?xml version='1.0' encoding='utf-8'?>" + _UTF8_FEED.encode(),
            "text/xml; charset=cp1252",
            _SAID.format("cp1252"),
        ),
        # a byte-order mark decides over the header (RFC 7303 3.3)
        (
            b"\xef\xbb\xbf" + _UTF8_FEED.encode(),
            "application/rss+xml; charset=windows-1252",
            None,
        ),
        (
            ("<?xml version='1.0' encoding='utf-16'?>" + _UTF8_FEED).encode("utf-16"),
            "application/rss+xml; charset=utf-8",
            None,
        ),
    ],
    ids=["utf-8 as cp1252", "declared utf-8 as cp1252", "utf-8 bom as cp1252", "utf-16 as utf-8"],
)
def test_a_header_charset_the_body_plainly_is_not_in_gives_way(
    body: bytes, content_type: str, said: str | None
) -> None:
    """A UTF-8 feed served as windows-1252 had every title in mojibake ("Copperâ€™s rally â€“
    SÃ£o Paulo â‚¬"), without a warning; a UTF-16 one (with its byte-order mark) as UTF-8
    said "declared encoding was wrong". A byte-order mark decides, and a body in UTF-8 with
    characters beyond ASCII, which windows-1252 text never is, is read as UTF-8; the header's
    mistake is said, as the same mistake in an XML declaration is (a byte-order mark deciding
    is no mistake to say)."""
    result = parse(body, SRC, fetched_at=FETCHED, headers={"Content-Type": content_type})
    assert [h.title for h in result.headlines] == ["Copper’s rally – São Paulo €"]
    assert result.warning == said


def test_a_charset_the_body_is_not_in_is_still_said() -> None:
    result = load(
        "cp1252_undeclared_SYNTHETIC.xml", headers={"Content-Type": "text/xml; charset=utf-8"}
    )
    # (the fixture's entry is dated 2026-11-27, months after FETCHED: said as well)
    assert result.warning == (
        "the Content-Type says utf-8, but the text is not; read as windows-1252; 1 entry used; "
        "1 entry dated more than a day ahead (e.g. 2026-11-27), dated when first seen"
    )
    assert result.headlines[0].title.startswith("Prix du cuivre – hausse de 5€")


_CP1252_ITEM = (
    "<item><title>Prix du cuivre – hausse de 5€</title><link>https://m.example/a</link></item>"
)


@pytest.mark.parametrize(
    "head", ["", "<?xml version='1.0'?>", '<?xml version="1.0" standalone="yes"?>']
)
@pytest.mark.parametrize("headers", [None, {"Content-Type": "application/rss+xml"}])
def test_a_feed_declaring_no_encoding_is_not_said_to_have_declared_a_wrong_one(
    head: str, headers: dict[str, str] | None
) -> None:
    """A Windows-1252 feed with no encoding named anywhere was read right but its health line
    said "declared encoding was wrong": nothing was declared, the text just is not UTF-8."""
    body = (head + "<rss version='2.0'><channel><title>T</title>" + _CP1252_ITEM).encode("cp1252")
    result = parse(body + b"</channel></rss>", SRC, fetched_at=FETCHED, headers=headers)
    assert result.headlines[0].title == "Prix du cuivre – hausse de 5€"
    assert (
        result.warning == "not UTF-8 and no encoding declared; read as windows-1252; 1 entry used"
    )


def test_a_declaration_the_body_is_not_in_is_said_as_such() -> None:
    body = "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>T</title>"
    data = (body + _CP1252_ITEM + "</channel></rss>").encode("cp1252")
    result = parse(data, SRC, fetched_at=FETCHED)
    assert result.warning == (
        "the XML declaration says UTF-8, but the text is not; read as windows-1252; 1 entry used"
    )


@pytest.mark.parametrize("pad", ["", " "], ids=["odd length", "even length"])
@pytest.mark.parametrize("charset", ["utf-16", "UTF-16LE", "utf-32"])
def test_a_wide_charset_named_for_a_utf8_body_gives_way(pad: str, charset: str) -> None:
    """A server saying ``charset=utf-16`` for a UTF-8 feed: of an odd length it was read right
    but said "declared encoding was wrong", of an even length decoded as UTF-16 into CJK
    nonsense and failed ("not well-formed"). Wide text always has NUL bytes; this has none."""
    body = f"<rss version='2.0'><channel><title>T</title><item><title>Prix – 5€</title><link>https://a.example/x</link></item></channel></rss>{pad}"
    headers = {"Content-Type": f"application/rss+xml; charset={charset}"}
    result = parse(body.encode(), SRC, fetched_at=FETCHED, headers=headers)
    assert [h.title for h in result.headlines] == ["Prix – 5€"]
    assert result.warning is None


def test_an_unknown_charset_is_said_as_such() -> None:
    body = "<rss version='2.0'><channel><title>T</title>" + _CP1252_ITEM + "</channel></rss>"
    headers = {"Content-Type": "application/rss+xml; charset=x-martian"}
    result = parse(body.encode(), SRC, fetched_at=FETCHED, headers=headers)
    assert result.warning == (
        "the Content-Type names an encoding not known here (x-martian); read as utf-8; 1 entry used"
    )


def _heise_as(codec: str, declared: str = "utf-8") -> bytes:
    """The real heise Atom feed (German text: "für", "Übersicht") saved in ``codec``, its
    declaration naming ``declared``."""
    text = (FIXTURES / "heise_developer.atom.xml").read_text(encoding="utf-8")
    return text.replace('encoding="utf-8"', f'encoding="{declared}"', 1).encode(codec)


_HEISE_TITLES = [h.title for h in load("heise_developer.atom.xml").headlines]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("charset", ["iso-8859-1", "windows-1252", "koi8-r"])
def test_a_single_byte_charset_named_over_wide_text_is_said(codec: str, charset: str) -> None:
    """A server's default single-byte charset over a feed saved as "Unicode" (UTF-16 with or
    without its byte-order mark, UTF-32): the feed was read right, by its own mark, but the
    header's mistake went unsaid, where the same header over UTF-8 is said."""
    headers = {"Content-Type": f"application/atom+xml; charset={charset}"}
    result = parse(_heise_as(codec), SRC, fetched_at=FETCHED, headers=headers)
    assert [h.title for h in result.headlines] == _HEISE_TITLES
    wide = "UTF-32" if codec.startswith("utf-32") else "UTF-16"
    assert result.warning == (
        f"the Content-Type says {charset}, but the text is {wide}; read as {wide.lower()}"
    )


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le"])
def test_a_single_byte_declaration_over_wide_text_is_said(codec: str) -> None:
    """A template's ``encoding="ISO-8859-1"`` kept when the feed was saved as UTF-16."""
    result = parse(_heise_as(codec, "ISO-8859-1"), SRC, fetched_at=FETCHED)
    assert [h.title for h in result.headlines] == _HEISE_TITLES
    assert (
        result.warning
        == "the XML declaration says ISO-8859-1, but the text is UTF-16; read as utf-16"
    )


@pytest.mark.parametrize(
    ("codec", "declared", "headers"),
    [
        ("utf-16", "utf-16", {"Content-Type": "application/atom+xml; charset=utf-16"}),
        ("utf-16-le", "utf-16", {"Content-Type": "application/atom+xml"}),
        ("utf-16", "utf-8", {"Content-Type": "application/atom+xml; charset=utf-8"}),
        ("utf-32", "utf-32", {}),
    ],
    ids=["utf-16 named so", "no charset", "utf-8 over a mark", "utf-32 declared so"],
)
def test_wide_text_named_rightly_or_by_its_mark_is_not_said(
    codec: str, declared: str, headers: dict[str, str]
) -> None:
    result = parse(_heise_as(codec, declared), SRC, fetched_at=FETCHED, headers=headers)
    assert [h.title for h in result.headlines] == _HEISE_TITLES
    assert result.warning is None
