"""Odd inputs whose own labels say one thing and whose bytes another, through the real
``metalwatch snapshot --json`` (``tui.cli.main``) on a loopback server; each was read wrong, or
read right without a word, before:

- a feed in UTF-8 served as ``Content-Type: ...; charset=iso-8859-1`` (a server's default
  charset) was read right, as UTF-8, with no word on the source's line, where the same mistake
  in the XML declaration is said: now said the same way, naming the Content-Type;
- a feed sent with ``Content-Encoding: br`` where brotli is not installed (a dependency, but an
  install may lack it) was refused as "binary answer (630 bytes), not a feed": now the encoding
  and the missing package are named; a plain feed labelled ``br`` is read as it is;
- a plain body labelled ``br`` (brotli installed or not) or ``zstd``: refused, or read without
  a word; now read as it is and said, as a plain body labelled ``gzip`` is.

Checked and found right: a feed served as ``text/html`` is read without a word.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tui.cli import main
from tui.flow.http import decode

COPPER = '[[metals]]\nid = "copper"\nname = "Copper"\naliases = ["copper"]\n'
TITLE = "Kupfer: Zölle auf Stahl und Aluminium – „vorläufig“"
RSS = (
    "<?xml version='1.0'?><rss version='2.0'><channel><title>Desk</title><item>"
    "<title>{title}</title><link>https://desk.example.org/a</link>"
    "<pubDate>Fri, 04 Dec 2026 10:00:00 GMT</pubDate></item></channel></rss>"
)


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str) -> dict[str, Any]:
    path = tmp_path / "config.toml"
    path.write_text(config, encoding="utf-8")
    main(["snapshot", "--config", str(path), "--json"])
    out, _ = capsys.readouterr()
    return json.loads(out)


def _feed(server: HTTPServer, body: bytes, content_type: str) -> str:
    server.expect_request("/feed").respond_with_data(body, content_type=content_type)
    url = server.url_for("/feed")
    return f'{COPPER}[[sources]]\nname = "F"\nkind = "rss"\nurl = "{url}"\n'


@pytest.mark.parametrize("charset", ["iso-8859-1", "windows-1252", "koi8-r"])
def test_utf8_under_a_single_byte_header_charset_is_read_and_said(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], charset: str
) -> None:
    body = RSS.format(title=TITLE).encode("utf-8")
    doc = _run(tmp_path, capsys, _feed(server, body, f"application/rss+xml; charset={charset}"))
    (source,) = doc["sources"]
    assert source["ok"], source
    assert source["warning"] == (
        f"the Content-Type says {charset}, but the text is UTF-8; read as utf-8"
    )
    (headline,) = doc["headlines"]
    assert headline["title"] == TITLE


@pytest.mark.parametrize(
    ("content_type", "encoding"),
    [
        ("application/rss+xml; charset=iso-8859-1", "iso-8859-1"),
        ("application/rss+xml; charset=utf-8", "utf-8"),
        ("application/rss+xml", "utf-8"),
    ],
)
def test_a_body_in_the_charset_its_header_names_reads_without_a_word(
    server: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content_type: str,
    encoding: str,
) -> None:
    title = "Kupfer: Zölle auf Stahl, Preis 9.800 £"
    body = RSS.format(title=title).encode(encoding)
    doc = _run(tmp_path, capsys, _feed(server, body, content_type))
    (source,) = doc["sources"]
    assert source["ok"] and source["warning"] is None, source
    assert doc["headlines"][0]["title"] == title


NBC = Path(__file__).resolve().parent.parent / "fixtures" / "feeds" / "nbc_newyork.rss.xml"


@pytest.mark.parametrize("installed", [True, False], ids=["brotli", "no-brotli"])
def test_a_brotli_body_where_brotli_is_not_installed_says_so(
    server: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    installed: bool,
) -> None:
    """A server that sends ``Content-Encoding: br`` unasked, where brotli is not installed:
    its bytes were passed on and refused as "binary answer (630 bytes), not a feed"."""
    brotli = pytest.importorskip("brotli")
    if not installed:
        monkeypatch.setattr(decode, "brotli_module", lambda: None)
    server.expect_request("/feed").respond_with_data(
        brotli.compress(NBC.read_bytes()),
        content_type="application/rss+xml",
        headers={"Content-Encoding": "br"},
    )
    url = server.url_for("/feed")
    doc = _run(tmp_path, capsys, f'{COPPER}[[sources]]\nname = "F"\nkind = "rss"\nurl = "{url}"\n')
    (source,) = doc["sources"]
    if installed:
        assert source["ok"] and source["error"] is None, source
        return
    assert not source["ok"] and doc["headlines"] == []
    assert source["error"] == (
        "the server sent the body in Content-Encoding br, which cannot be decoded here: "
        "the brotli package is not installed (pip install brotli)"
    )


FRED = Path(__file__).resolve().parent.parent / "fixtures" / "prices" / "fred_PCOPPUSDM_2026-05.csv"


@pytest.mark.parametrize(
    ("encoding", "installed"),
    [("br", True), ("br", False), ("zstd", False)],
    ids=["br", "br-no-brotli", "zstd-no-zstandard"],
)
@pytest.mark.parametrize("kind", ["rss", "fred"])
def test_a_plain_body_labelled_br_or_zstd_is_read_and_said(
    server: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    encoding: str,
    installed: bool,
    kind: str,
) -> None:
    """A server naming ``br`` or ``zstd`` and never compressing, as one naming ``gzip`` is
    read: with brotli installed the plain body was refused ("not in the Content-Encoding the
    server named"); without it, or without zstandard, a feed was read without a word and a
    CSV refused as needing the package. Now either is read as it is and said, as gzip is."""
    if encoding == "br" and installed:
        pytest.importorskip("brotli")
    else:
        monkeypatch.setattr(decode, "brotli_module", lambda: None)
    body, media = (NBC, "application/rss+xml") if kind == "rss" else (FRED, "text/csv")
    server.expect_request("/data").respond_with_data(
        body.read_bytes(), content_type=media, headers={"Content-Encoding": encoding}
    )
    url = server.url_for("/data")
    metal = 'metal = "copper"\n' if kind == "fred" else ""
    config = f'{COPPER}[[sources]]\nname = "F"\nkind = "{kind}"\nurl = "{url}"\n{metal}'
    doc = _run(tmp_path, capsys, config)
    (source,) = doc["sources"]
    assert source["ok"], source
    assert source["warning"] == (
        f"the server said Content-Encoding: {encoding} but the body is not {encoding}: "
        "read as it is"
    )
    if kind == "fred":
        assert doc["prices"][0]["last"] == pytest.approx(13483.75153846154)
    else:
        assert len(doc["headlines"]) == 1


def test_a_feed_served_as_text_html_is_read(
    server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An HTTP 200 whose body is an RSS feed and whose Content-Type is ``text/html`` (a CMS's
    default): read as the feed it is, without a word (checked; it was right)."""
    body = RSS.format(title="Copper tariff of 50% announced").encode()
    doc = _run(tmp_path, capsys, _feed(server, body, "text/html; charset=utf-8"))
    (source,) = doc["sources"]
    assert source["ok"] and source["warning"] is None, source
    assert doc["headlines"][0]["title"] == "Copper tariff of 50% announced"
