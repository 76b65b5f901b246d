"""Real feeds cut off at many points (as a dropped connection or a half-written file leaves
them): every entry kept is one of the whole feed's, as it is there (its date, its link); the
entry being read when the document ended is left out and the warning says so; an entry that is
merely ill-formed inside a document that goes on is kept."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources.base import SourceError
from tui.sources.feeds import parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
FETCHED = datetime(2026, 12, 3, 12, 0, tzinfo=timezone.utc)
SRC = SourceConfig(name="news", kind="rss", url="https://example.org/feed")


def key(h: object) -> tuple[object, ...]:
    return (h.title, h.url, h.published, h.date_estimated)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "cuts"),
    [
        ("guardian_us.rss.xml", 40),  # RSS 2.0, one item per line block
        ("google_alerts.atom.xml", 40),  # Atom on one long line
        ("reuters_via_googlenews_direct.rss.xml", 8),  # 500 items (slow to parse: few cuts)
        ("heise_developer.atom.xml", 40),  # Atom, German text
    ],
)
def test_a_feed_cut_anywhere_keeps_only_whole_entries(name: str, cuts: int) -> None:
    data = (FIXTURES / name).read_bytes()
    whole = {key(h) for h in parse(data, SRC, fetched_at=FETCHED).headlines}
    assert not any(k[3] for k in whole), "the fixture's entries all carry dates"
    step = len(data) // cuts + 1
    checked = cut_warned = 0
    for end in range(step, len(data) - 1, step):
        try:
            result = parse(data[:end], SRC, fetched_at=FETCHED)
        except SourceError:
            continue  # nothing usable yet: said as an error, nothing stored
        checked += 1
        got = [key(h) for h in result.headlines]
        strays = [k for k in got if k not in whole]
        assert not strays, (end, strays[:1])
        cut_warned += "cut off, left out" in (result.warning or "")
    assert checked >= cuts // 4 and cut_warned >= 1, (checked, cut_warned)


def test_the_google_alerts_cut_that_made_a_story_dated_now() -> None:
    """Found in use: the feed cut inside the last entry's link stored that entry with no link and
    no date, so it was dated 'now' beside the same story of 2019."""
    data = (FIXTURES / "google_alerts.atom.xml").read_bytes()[:9000]
    result = parse(data, SRC, fetched_at=FETCHED)
    assert len(result.headlines) == 10
    assert not any(h.date_estimated for h in result.headlines)
    assert result.warning is not None and result.warning.endswith(
        "; 10 entries used, the last one, cut off, left out"
    ), result.warning


def test_an_unclosed_item_in_a_document_that_goes_on_is_kept() -> None:
    body = (
        b"<?xml version='1.0'?>\n<rss version='2.0'><channel><title>T</title>\n"
        b"<item><title>First</title><link>https://ok.example/1</link></item>\n"
        b"<item><title>Second</title><link>https://ok.example/2</link></channel></rss>"
    )
    result = parse(body, SRC, fetched_at=FETCHED)
    assert [h.title for h in result.headlines] == ["First", "Second"]
    assert "cut off" not in (result.warning or "")


def test_cut_in_the_first_entry_is_an_error_not_an_empty_feed() -> None:
    data = (FIXTURES / "guardian_us.rss.xml").read_bytes()
    first_item = data.index(b"<item>")
    with pytest.raises(SourceError, match="cut off in its first entry"):
        parse(data[: first_item + 60], SRC, fetched_at=FETCHED)


def test_a_character_cut_in_two_does_not_garble_the_feed() -> None:
    """heise's UTF-8 feed cut inside an 'ü' (after its first byte) was read as windows-1252
    from its first byte: every title garbled ('Ã„nderungen')."""
    data = (FIXTURES / "heise_developer.atom.xml").read_bytes()
    title = data.index('<title type="text">Änderungen'.encode())  # a title with an "Ä"
    after = data.index(b"</entry>", title)  # that entry whole, the next one cut
    end = data.index("ü".encode(), after) + 1  # the first byte of an "ü", only
    assert data[end - 1] == 0xC3
    whole = {h.title for h in parse(data, SRC, fetched_at=FETCHED).headlines}
    titles = [h.title for h in parse(data[:end], SRC, fetched_at=FETCHED).headlines]
    assert any(t.startswith("Änderungen") for t in titles), titles
    assert set(titles) <= whole and not any("Ã" in t for t in titles), titles


def test_without_cut_character() -> None:
    from tui.sources.feed_cut import without_cut_character

    text = "</rss>é€😀".encode()
    assert without_cut_character(text) == text  # whole characters stay
    for cut, kept in ((1, "é€"), (2, "é€"), (3, "é€"), (5, "é"), (6, "é")):
        assert without_cut_character(text[:-cut]) == ("</rss>" + kept).encode(), cut
    assert without_cut_character(b"") == b""
    assert without_cut_character(b"</rss>\n") == b"</rss>\n"
