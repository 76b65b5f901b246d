"""Hostile text: tui.core.text directly, and through the feed and GDELT parsers (crafted fixtures)."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.core.models import Headline
from tui.core.text import (
    SUMMARY_MAX,
    TITLE_MAX,
    canonical_url,
    clean_summary,
    clean_text,
    clean_title,
    host_of,
    outlet_key,
    safe_url,
    split_outlet_suffix,
    strip_controls,
    unwrap_redirect,
)
from tui.sources import feeds, gdelt

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
UTC = timezone.utc
FETCHED = datetime(2026, 8, 23, tzinfo=UTC)
ESC = "\x1b"
# Anything a terminal would act on: C0 (but tab/newline are folded anyway), DEL, C1, bidi.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f"a{ESC}[31mred{ESC}[0m b", "ared b"),  # CSI colours
        (f"x{ESC}[2J{ESC}[Hy", "xy"),  # clear screen, cursor home
        (f"{ESC}]8;;https://evil.example/{ESC}\\click{ESC}]8;;{ESC}\\ end", "click end"),  # OSC 8
        (f"x{ESC}]52;c;ZWNobyBwd25lZA=={chr(7)}y", "xy"),  # OSC 52 clipboard write (BEL)
        (f"x{ESC}]52;c;ZWNobw=={ESC}\\y", "xy"),  # OSC 52 with ST
        (f"t{ESC}]0;new window title{chr(7)}u", "tu"),  # OSC 0 title
        ("p\x9b31mq", "pq"),  # 8-bit CSI
        ("p\x9d8;;http://e\x9cq", "pq"),  # 8-bit OSC
        (f"{ESC}Pdcs payload{ESC}\\ok", "ok"),  # DCS
        ("c1\x85\x90dcs\x9cafter", "c1after"),
        ("nul\x00bell\x07bs\x08 del\x7f", "nulbellbs del"),
        ("a\u202eb\u2066c\u2069d\u200fe\u202ag\u202ch", "abcdegh"),  # bidi overrides/isolates
        ("\ufeffBOM", "BOM"),
        ("a\tb\r\nc   d ", "a b c d"),
    ],
)
def test_clean_text_removes_controls(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    "markup",
    [
        "[bold red]x[/]",
        "[link=file:///etc/passwd]open[/link]",
        "[@click=app.quit]Quit[/]",
        "\\[escaped]",
    ],
)
def test_rich_markup_kept_literally(markup: str) -> None:
    assert clean_text(markup) == markup
    assert clean_title(f"Copper {markup} tariff") == f"Copper {markup} tariff"


def test_html_and_entities() -> None:
    assert clean_text("<p>Copper &amp; <b>zinc</b></p><br/>rise") == "Copper & zinc rise"
    assert clean_text("&amp;lt;b&amp;gt;x") == "x"  # double-encoded tag
    assert clean_text("x&#x202e;y") == "xy"  # bidi smuggled as an entity
    assert clean_text("&#27;[31mx") == "[31mx"  # ESC as an entity: removed
    assert clean_text("<script>alert(1)</script>ok") == "ok"
    assert clean_text("<b>x</b>", html_input=False) == "<b>x</b>"
    assert clean_text(None) == ""


def test_lengths_capped() -> None:
    title = clean_title("x" * 1000)
    assert len(title) == TITLE_MAX and title.endswith("…")
    assert len(clean_summary("y " * 5000)) <= SUMMARY_MAX


def test_comparison_signs_are_not_tags() -> None:
    assert clean_text("Copper < 9000 and > 8000 tonnes") == "Copper < 9000 and > 8000 tonnes"


def test_strip_controls_keeps_plain_whitespace() -> None:
    assert strip_controls(f"a\tb\n{ESC}[1mc") == "a\tb\nc"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox",
        "ftp://x.org/a",
        "//evil.example/x",
        "http://",
        "https://ok.example/a\nb",
        None,
        "",
    ],
)
def test_unsafe_urls_rejected(url: str | None) -> None:
    assert safe_url(url) is None
    assert canonical_url(url) is None


def test_safe_urls_cleaned() -> None:
    assert safe_url("  https://ok.example/a  ") == "https://ok.example/a"
    assert safe_url(f"https://ok.example/{ESC}[31m") == "https://ok.example/"
    assert safe_url("https://ok.example/\u202eexe.txt") == "https://ok.example/exe.txt"
    assert safe_url("https://ok.example/a b") == "https://ok.example/a%20b"


def test_redirects_and_canonical_urls() -> None:
    wrapped = "https://www.google.com/url?rct=j&sa=t&url=https://investorplace.com/2019/07/x/&ct=ga"
    assert unwrap_redirect(wrapped) == "https://investorplace.com/2019/07/x/"
    assert canonical_url(wrapped) == "https://investorplace.com/2019/07/x"
    # a redirect to javascript: is not followed
    evil = "https://www.google.com/url?url=javascript:alert(1)"
    assert unwrap_redirect(evil) == evil
    assert canonical_url("HTTPS://WWW.Example.COM/Path/?utm_medium=rss&b=2&fbclid=z#top") == (
        "https://example.com/Path?b=2"
    )


# -- through the parsers ------------------------------------------------------------------


def _assert_safe(h: Headline) -> None:
    for text in (h.title, h.summary, h.outlet or "", h.url or "", h.guid or ""):
        assert not UNSAFE.search(text), repr(text)
    if h.url is not None:
        assert h.url.startswith(("http://", "https://"))


def test_hostile_rss_feed() -> None:
    data = (FIXTURES / "feeds" / "hostile_SYNTHETIC.rss.xml").read_bytes()
    result = feeds.parse(data, SourceConfig(name="h", kind="rss"), fetched_at=FETCHED)
    hs = result.headlines
    assert len(hs) == 5
    # raw ESC bytes make the XML ill-formed: entries are still used, with a warning
    assert result.warning is not None and result.warning.startswith("ill-formed XML")
    for h in hs:
        _assert_safe(h)
    copper, alu, nickel, zinc, tin = hs
    assert copper.title == "Copper SURGES click here on China demand"
    assert copper.url is None  # javascript:
    assert copper.summary == "Prices cleared the screen"
    assert copper.outlet == "Hostile feed"
    assert alu.title == "Aluminium exports halted"  # OSC 52 and bidi override gone
    assert alu.url == "https://ok.example/alu?utm_source=rss&id=7"
    assert alu.canonical_url == "https://ok.example/alu?id=7"
    assert alu.summary == "Bidi isolate text"
    assert nickel.title == "[bold red]Nickel[/] tariff [link=file:///etc/passwd]details[/link]"
    assert nickel.url is None  # file:
    assert nickel.summary == "[blink]markup[/blink] stays literal"
    assert zinc.title == "alert(1)Zinc & tin"  # double-encoded <script> tags stripped
    assert zinc.url is None  # data:
    assert zinc.summary == "Bold summary"  # <img onerror> gone
    assert tin.title.startswith("Tin")
    assert tin.url == "https://ok.example/tin"  # surrounding spaces trimmed
    assert tin.published == datetime(2026, 8, 18, 14, 0, tzinfo=UTC)


def test_hostile_gdelt_json() -> None:
    data = (FIXTURES / "events" / "hostile_gdelt_SYNTHETIC.json").read_bytes()
    hs = gdelt.parse(data, SourceConfig(name="g", kind="gdelt"), fetched_at=FETCHED).headlines
    assert len(hs) == 4
    for h in hs:
        _assert_safe(h)
    copper, alu, nickel, zinc = hs
    assert copper.title == "Copper SURGES click in Chile"
    assert copper.url == "https://ok.example/copper-esc"
    assert alu.title == "Aluminium exports halted"
    assert alu.url is None and alu.canonical_url is None  # javascript:
    assert nickel.title == "[bold red]Nickel[/] tariff [link=file:///etc/passwd]details[/link]"
    assert nickel.url is None  # file:
    assert nickel.outlet == "evil.example"  # bidi override removed from the domain
    assert zinc.title == "alert(1)Zinc up iso"  # HTML, 8-bit CSI and isolates removed
    assert zinc.date_estimated and zinc.published == FETCHED  # "not-a-date"


@pytest.mark.parametrize(
    ("title", "names", "expected"),
    [
        (
            "LME gripped by flash squeeze - reuters.com",
            (),
            ("LME gripped by flash squeeze", "reuters.com"),
        ),
        ("Zinc output falls | Mining.com", (), ("Zinc output falls", "Mining.com")),
        ("Tin rallies — www.ft.com", (), ("Tin rallies", "www.ft.com")),
        ("Copper steadies - Reuters", ("reuters.com",), ("Copper steadies", "Reuters")),
        ("Copper steadies - Reuters", ("Reuters",), ("Copper steadies", "Reuters")),
        (
            "Nickel slump deepens | The Globe and Mail",
            ("theglobeandmail.com",),
            ("Nickel slump deepens", "The Globe and Mail"),
        ),
        ("Steel mills idle - BBC News", ("bbc.co.uk",), ("Steel mills idle - BBC News", None)),
        (
            "Copper - the metal of the moment",
            ("Reuters",),
            ("Copper - the metal of the moment", None),
        ),
        ("Gold hits record - Reuters", (), ("Gold hits record - Reuters", None)),
        ("US-China trade truce", ("reuters.com",), ("US-China trade truce", None)),
    ],
)
def test_outlet_suffix_split_by_kind(
    title: str, names: tuple[str, ...], expected: tuple[str, str | None]
) -> None:
    assert split_outlet_suffix(title, names) == expected


def test_outlet_key_folds_names_and_domains() -> None:
    assert outlet_key("Reuters") == outlet_key("reuters.com") == outlet_key("www.reuters.com")
    assert outlet_key("BBC") == outlet_key("bbc.co.uk") == "bbc"
    assert host_of("https://www.mining.com/x") == "mining.com" and host_of(None) is None


def test_stacked_combining_marks_are_capped_and_text_is_composed() -> None:
    zalgo = "Zinc" + "\u0301\u0302\u0303\u0304\u0305\u0306\u0307" * 4 + " rallies"
    cleaned = clean_text(zalgo)
    runs = [len(m) for m in re.findall("[\u0300-\u036f]+", cleaned)]
    assert runs and max(runs) <= 3
    assert cleaned.startswith("Zin") and cleaned.endswith(" rallies")
    assert len(cleaned) <= len("Zinc rallies") + 3
    # decomposed accents compose (one form of a title for matching and dedupe)
    assert clean_text("Re\u0301sume\u0301 of cobalt") == "R\u00e9sum\u00e9 of cobalt"
    # real scripts keep their marks: Thai stacks a vowel and a tone mark, Vietnamese two
    for word in ("\u0e17\u0e35\u0e48", "Vi\u1ec7t Nam", "\u0928\u093f\u0915\u0947\u0932"):
        assert clean_text(word) == word
