"""Story clustering on real captures: Reuters (via Google News) and GDELT, pairs that merge
and pairs that stay apart, ids whatever the order, and ten thousand copies clustered right."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from test_cluster import METALS

from tui.core.config_types import SourceConfig
from tui.core.models import Headline, Story
from tui.engine.cluster import build_stories
from tui.sources import feeds, gdelt

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
UTC = timezone.utc


@pytest.fixture(scope="module")
def reuters() -> list[Headline]:
    data = (FIXTURES / "feeds" / "reuters_via_googlenews_direct.rss.xml").read_bytes()
    src = SourceConfig(name="reuters", kind="rss")
    return feeds.parse(data, src, fetched_at=datetime(2026, 8, 23, tzinfo=UTC)).headlines


def pick(headlines: list[Headline], title: str) -> Headline:
    (match,) = [h for h in headlines if h.title == title]
    return match


# -- real captures ------------------------------------------------------------------------

SAME_STORY = [
    (
        "Prince Harry and Meghan to move back to Britain",
        "Prince Harry and Meghan to move back to Britain, media reports say",
    ),
    (
        "US says it will impose 'toughest sanctions in history' on Iran",
        "Bessent says US will impose toughest ever sanctions on Iran, urges China to cooperate",
    ),
    (
        "Trump taps White House adviser Overton to lead FDA",
        "Trump picks White House adviser Heidi Overton to run FDA, source says",
    ),
    (
        "Academic who raised plagiarism allegations against Jason Arday suspended by his university",
        "Academic who raised concerns over Jason Arday suspended by Ghent University",
    ),
    (
        "EXCLUSIVE: Chery's robot affiliate AiMOGA eyes IPO, targets overseas market",
        "EXCLUSIVE: Chery's robot unit eyes IPO, targets overseas market for police robots",
    ),
]

# Similar wording, different stories (checked by hand against the articles' URLs and dates).
DIFFERENT_STORIES = [
    # different countries, different death tolls
    (
        "Colombia mine collapse kills 13",
        "Central African Republic gold mine collapse kills over 100, mining official says",
    ),
    # sanctions on Cuba vs on Iran
    (
        "US imposes more sanctions on Cuba",
        "Bessent says US will impose toughest ever sanctions on Iran, urges China to cooperate",
    ),
    # the USA and Europe editions of a daily column, same day
    ("Morning Bid: Bonds out, robots in", "Morning Bid: Dancing robots, dumping bonds"),
    ("Trading Day: Bessent makes his mark", "Trading Day: Bonds slam stocks"),
    (
        "Ukraine's ousted defence minister plans US trip to raise project funding",
        "Ukraine's ousted defence minister calls for wartime elections",
    ),
    (
        "Nvidia to ship AI chip for China by year-end, The Information reports",
        "Nvidia H200 chips reach China in small shipments, FT reports",
    ),
    (
        "Pakistan ex-PM Imran Khan back in jail after court-ordered hospital visit ends sooner "
        "than expected",
        "Former Pakistan PM Imran Khan moved to hospital after court order, his party says",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME_STORY)
def test_real_pairs_that_merge(reuters: list[Headline], a: str, b: str) -> None:
    (story,) = build_stories([pick(reuters, a), pick(reuters, b)], METALS)
    assert {e.title for e in story.entries} == {a, b}


@pytest.mark.parametrize(("a", "b"), DIFFERENT_STORIES)
def test_real_pairs_that_stay_apart(reuters: list[Headline], a: str, b: str) -> None:
    assert len(build_stories([pick(reuters, a), pick(reuters, b)], METALS)) == 2


def test_reuters_capture_as_a_whole(reuters: list[Headline]) -> None:
    stories = build_stories(reuters, METALS)
    assert len(stories) == 495  # 500 entries, the 5 hand-checked pairs above merged
    merged = sorted(
        tuple(sorted(e.title for e in s.entries)) for s in stories if len(s.entries) > 1
    )
    assert merged == sorted(tuple(sorted(pair)) for pair in SAME_STORY)
    # newest first
    stamps = [s.published for s in stories]
    assert stamps == sorted(stamps, reverse=True)  # type: ignore[type-var]
    assert (
        stories[0].title
        == "Nvidia customers notified about AI-related price hikes above 15%, Bloomberg News reports"
    )
    # a merged story: earliest entry is the representative
    harry = next(s for s in stories if s.title.startswith("Prince Harry and Meghan"))
    assert len(harry.entries) == 2
    assert harry.title == "Prince Harry and Meghan to move back to Britain, media reports say"
    assert harry.published == datetime(2026, 8, 19, 21, 56, 21, tzinfo=UTC)
    assert harry.entries[1].title == "Prince Harry and Meghan to move back to Britain"
    assert harry.sources == 1  # one outlet said it twice
    copper = [s for s in stories if "copper" in s.metals]
    assert [s.title for s in copper] == [
        "LME gripped by flash squeeze as copper tensions boil over"
    ]


def test_gdelt_syndicated_story_from_nine_outlets() -> None:
    data = (FIXTURES / "events" / "gdelt_doc_artlist_oil_sanctions.json").read_bytes()
    src = SourceConfig(name="gdelt", kind="gdelt")
    hs = gdelt.parse(data, src, fetched_at=datetime(2026, 1, 1, tzinfo=UTC)).headlines
    stories = build_stories(hs, METALS)
    auto = [s for s in stories if s.title.startswith("Automobile. Diesel")]
    assert len(auto) == 1
    (story,) = auto
    assert story.sources == 9
    assert {e.outlet for e in story.entries} == {
        "ledauphine.com", "leprogres.fr", "estrepublicain.fr", "dna.fr", "lejsl.com",
        "bienpublic.com", "republicain-lorrain.fr", "lalsace.fr", "vosgesmatin.fr",
    }  # fmt: skip
    assert story.published == datetime(2023, 1, 3, 10, 15, tzinfo=UTC)
    croatian = [s for s in stories if s.title.startswith("Otkako je Europska unija")]
    assert len(croatian) == 1 and len(croatian[0].entries) == 3
    assert len(stories) < len(hs)


def test_ids_do_not_depend_on_input_order(reuters: list[Headline]) -> None:
    forward = {s.id: len(s.entries) for s in build_stories(reuters, METALS)}
    backward = {s.id: len(s.entries) for s in build_stories(list(reversed(reuters)), METALS)}
    assert forward == backward
    assert all(len(i) == 12 and int(i, 16) >= 0 for i in forward)


# -- performance --------------------------------------------------------------------------


def _copies(reuters: list[Headline], n: int) -> list[Headline]:
    out = []
    for k in range(n):
        for e in reuters:
            assert e.published is not None
            out.append(
                Headline(
                    title=e.title,
                    url=f"https://o{k % 4}.example/{k}/{abs(hash(e.title))}",
                    source=f"s{k % 4}",
                    outlet=f"o{k % 4}",
                    published=e.published + timedelta(days=7 * (k // 4)),
                )
            )
    return out


def test_ten_thousand_headlines_cluster_right(reuters: list[Headline]) -> None:
    # the time this takes is measured in benchmarks/bench_cluster.py, not here (a shared machine)
    items = _copies(reuters, 20)  # 10,000 entries: 5 weeks of 4 outlets carrying the same 500
    assert len(items) == 10_000
    stories: list[Story] = build_stories(items, METALS)
    # each week: 4 outlets x 500 titles -> 495 stories (the 5 real merges)
    assert len(stories) == 5 * 495
    assert max(s.sources for s in stories) == 4
