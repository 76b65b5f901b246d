"""The labelled sets' near-copy check finds exactly what ``difflib.get_close_matches`` finds
(rapidfuzz only spares difflib the titles that cannot reach the cutoff)."""

from __future__ import annotations

import difflib
import random

import pytest
from real_headlines_set import ALL_SETS, load_items
from scored_sets import close_match, normalised


def _titles() -> list[str]:
    return [normalised(i["title"]) for path in ALL_SETS for i in load_items(path)]


def _edited(title: str, rng: random.Random) -> str:
    """A near-copy as outlets make them: a word dropped, added or swapped, a suffix."""
    words = title.split()
    k = rng.randrange(len(words))
    choice = rng.randrange(4)
    if choice == 0 and len(words) > 3:
        del words[k]
    elif choice == 1:
        words.insert(k, rng.choice(["new", "update", "reuters", "says", "report"]))
    elif choice == 2:
        words[k] = words[k][::-1]
    else:
        words.append("mining com")
    return " ".join(words)


@pytest.mark.parametrize("cutoff", [0.75, 0.9])
def test_close_match_agrees_with_difflib(cutoff: float) -> None:
    rng = random.Random(16)
    titles = _titles()
    pool = rng.sample(titles, 400)
    queries = [_edited(t, rng) for t in rng.sample(pool, 60)] + rng.sample(titles, 60)
    queries += ["", "copper", "china bans gallium exports"]
    found = 0
    for query in queries:
        want = difflib.get_close_matches(query, pool, n=1, cutoff=cutoff)
        got = close_match(query, pool, cutoff)
        assert got == (want[0] if want else None), query
        found += got is not None
    assert 30 <= found < len(queries)  # near-copies found and unrelated titles passed
