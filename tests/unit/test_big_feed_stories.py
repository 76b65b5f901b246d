"""A mid-sized generated feed (``benchmarks/gen_feed.py``: near-identical and varied titles)
through the feed parser and the clustering: the stories they make are the same however the
work is done, and the same as when this test was written.

The fingerprint pins which entries each story groups and its id (not the classifier's reading:
that is not this test's business). A change meant to be faster only must leave it as it is; a
change to what the parser or the clustering decides changes it on purpose, and then the new
value goes here with the reason in the commit. ``benchmarks/bench_feed_scale.py`` measures the
same feeds at 20,000 items and compares the whole ``snapshot --json`` answer with a baseline's.
"""

from __future__ import annotations

import hashlib
import random
import sys
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import gen_feed  # noqa: E402

from tui.core.config import load_config  # noqa: E402
from tui.core.config_types import SourceConfig  # noqa: E402
from tui.core.models import Headline, Story  # noqa: E402
from tui.core.paths import default_config_file  # noqa: E402
from tui.engine.cluster import ClusterMemo, build_stories  # noqa: E402
from tui.sources import feeds  # noqa: E402

ITEMS = 1500
FETCHED = datetime(2026, 8, 23, 13, tzinfo=timezone.utc)
#: stories, and the digest of their ids and entries, per kind of titles (see module doc)
PINNED = {
    "near": (103, "f8ce2322851c39ff"),
    "mixed": (805, "cda9ff230667d183"),
}


@cache
def headlines(titles: str) -> tuple[Headline, ...]:
    data = gen_feed.feed(ITEMS, titles)
    src = SourceConfig(name="Big feed", kind="rss", url="/big/feed.xml")
    return tuple(feeds.parse(data, src, fetched_at=FETCHED).headlines)


def metals() -> tuple:
    return tuple(load_config(default_config_file()).metals)


def fingerprint(stories: list[Story]) -> tuple[int, str]:
    h = hashlib.sha256()
    for s in stories:
        h.update(f"{s.id} {s.title} {s.published} {s.metals}\n".encode())
        for e in s.entries:
            h.update(f"  {e.url} {e.title}\n".encode())
    return len(stories), h.hexdigest()[:16]


@pytest.mark.parametrize("titles", sorted(PINNED))
def test_the_feed_s_stories_are_the_pinned_ones(titles: str) -> None:
    heads = headlines(titles)
    assert len(heads) == ITEMS
    stories = build_stories(heads, metals())
    assert 1 < len(stories) < ITEMS  # the near-identical titles did merge, not all into one
    assert fingerprint(stories) == PINNED[titles]


@pytest.mark.parametrize("titles", sorted(PINNED))
def test_order_and_memo_change_nothing(titles: str) -> None:
    heads = list(headlines(titles))
    watch = metals()
    want = fingerprint(build_stories(heads, watch))
    shuffled = heads[:]
    random.Random(5).shuffle(shuffled)
    assert fingerprint(build_stories(shuffled, watch)) == want
    memo = ClusterMemo()
    assert fingerprint(build_stories(heads, watch, memo=memo)) == want
    # the second build reads the first's title forms and pair scores instead of making them
    assert fingerprint(build_stories(heads, watch, memo=memo)) == want
