"""The clustering's fast paths give exactly the stories of the plain definitions.

Kept here as references (what ``build_stories`` meant before the fast paths; the module's
answers must stay these, member for member, order for order, title for title):

- ``reference_fuzzy_merge``: the fuzzy stage by its definition, with no index. A title's
  candidates are, for each of the rarest ``n - ceil(MIN_JACCARD * n) + 1`` of its words (rarity:
  the order of (number of titles holding the word, word)), the latest ``cap`` earlier titles in
  the window that hold that word among their own rarest; then the metals, the word overlap, the
  score and the guards against the story's leader decide. The module's index skips the words of
  one title only, numbers the combinations of metals, and ranks the words by two sorts.
- ``reference_title_form``: a title's comparable form read word by word. The module finds a
  one-word name once whatever its place, and reads the direction, negation, undoing and
  tentative flags from one intersection.

Compared on ``bench_cluster``'s seeded headlines at several sizes and seeds (under both watch
lists, with and without a memo, at thresholds 0, 70 and the default) and on made-up hostile
inputs: empty and stop-word-only titles, one title across distant times, unicode (full-width,
dotted capitals, curly apostrophes), undated entries, official documents, many near-identical
titles in one window (the candidate cap binding), phrase names ("rare earth", "south korea").
"""

from __future__ import annotations

import math
import random
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from itertools import filterfalse
from pathlib import Path

import pytest

from tui.core.config import DEFAULT_CONFIG, parse_config, read_toml
from tui.core.models import Headline, Metal, Story
from tui.engine import cluster, cluster_fuzzy, cluster_memo, titles
from tui.engine.cluster import ClusterMemo, build_stories
from tui.engine.title_words import COUNTRY_WORDS, METAL_WORDS, STOPWORDS, UP
from tui.engine.titles import MIN_JACCARD, Title, compatible, similarity, title_form

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))
import bench_cluster  # noqa: E402

UTC = timezone.utc
T0 = datetime(2026, 3, 1, tzinfo=UTC)


def reference_fuzzy_merge(
    reps: list[int],
    which: list[int],
    forms: cluster_memo.Forms,
    times: list[float],
    threshold: float,
    union: Callable[[int, int], None],
    find: Callable[[int], int],
    memo: object = None,
) -> None:
    words = [frozenset(forms.words[which[i]]) for i in reps]
    df: dict[str, int] = {}
    for ws in words:
        for w in ws:
            df[w] = df.get(w, 0) + 1
    window = cluster_fuzzy.WINDOW.total_seconds()
    prefixes: list[frozenset[str]] = []
    for ws in words:
        k = len(ws) - math.ceil(MIN_JACCARD * len(ws)) + 1
        prefixes.append(frozenset(sorted(ws, key=lambda w: (df[w], w))[:k]))
    for pos, i in enumerate(reps):
        if not words[pos]:
            continue
        t = times[i]
        cap = max(cluster_fuzzy._MIN_PER_KEY, cluster_fuzzy._MAX_CANDIDATES // len(prefixes[pos]))
        earlier = [q for q in range(pos) if words[q] and times[reps[q]] >= t - window]
        candidates: set[int] = set()
        for w in prefixes[pos]:
            candidates.update([q for q in earlier if w in prefixes[q]][-cap:])
        best: tuple[float, int] | None = None
        me = forms.title(which[i])
        for q in sorted(candidates):
            other = forms.title(which[reps[q]])
            if threshold > 0 and other.metals != me.metals:
                continue
            inter = len(words[pos] & words[q])
            if inter < MIN_JACCARD * len(words[pos] | words[q]):
                continue
            score = similarity(other, me)
            if score >= threshold and (best is None or score > best[0]):
                best = (score, reps[q])
        if best is not None:
            leader = find(best[1])
            if leader == best[1] or compatible(forms.title(which[leader]), me):
                union(best[1], i)


def reference_title_form(text: str, metals: tuple[str, ...], doc_id: str | None = None) -> Title:
    label = titles._LABEL.match(text) if ":" in text else None
    if label is not None:
        body = titles._words(text[label.end() :])
        raw = titles._words(text[: label.end()]) + body
    else:
        body = raw = titles._words(text)
    all_words = frozenset(raw)
    content = list(filterfalse(STOPWORDS.__contains__, body))
    metal_ids, places = set(metals), set[str]()
    for k, word in enumerate(raw):
        if word in titles._PHRASE_STARTS:
            hit = (
                titles._HITS.get(" ".join(raw[k : k + 3]))
                or titles._HITS.get(" ".join(raw[k : k + 2]))
                or titles._HITS.get(word)
            )
        else:
            hit = titles._HITS.get(word)
        if hit is not None:
            (metal_ids if hit[0] else places).add(hit[1])
    return Title(
        " ".join(content),
        frozenset(content),
        frozenset(w for w in raw if w[:1].isdigit()),
        frozenset(metal_ids),
        frozenset(places),
        not all_words.isdisjoint(UP),
        not all_words.isdisjoint(titles.DOWN),
        not all_words.isdisjoint(titles.NEGATIONS) or any(w.endswith("n't") for w in raw),
        not all_words.isdisjoint(titles.UNDOING),
        not all_words.isdisjoint(titles.TENTATIVE)
        or (
            bool(metal_ids)
            and "source" in all_words
            and (raw[-1] == "source" or not all_words.isdisjoint(titles._SAY))
        ),
        all_words,
        doc_id,
    )


@pytest.fixture
def reference(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., list[Story]]]:
    """``build_stories`` on the reference fuzzy stage and title forms."""

    def run(*args: object, **kw: object) -> list[Story]:
        with monkeypatch.context() as m:
            m.setattr(cluster, "_fuzzy_merge", reference_fuzzy_merge)
            m.setattr(cluster_memo, "title_form", reference_title_form)
            return build_stories(*args, **kw)  # type: ignore[arg-type]

    yield run


def _shape(stories: list[Story]) -> list[tuple[object, ...]]:
    return [(s.id, s.title, s.url, s.published, s.metals, s.entries) for s in stories]


def _default_watch() -> tuple[Metal, ...]:
    data, _text = read_toml(DEFAULT_CONFIG)
    return tuple(parse_config(dict(data), None).metals)


@pytest.mark.parametrize(("n", "seed"), [(600, 1), (2500, 5), (4000, 11)])
def test_bench_headlines_cluster_as_the_reference_does(
    n: int, seed: int, reference: Callable[..., list[Story]]
) -> None:
    items = bench_cluster.headlines(n, seed)
    want = reference(items, bench_cluster.WATCH)
    assert sum(len(s.entries) > 1 for s in want) > n // 20  # the fuzzy stage merged some
    assert _shape(build_stories(items, bench_cluster.WATCH)) == _shape(want)
    memo = ClusterMemo()
    for _ in range(2):  # a memo's first build fills it, the second reads it
        assert _shape(build_stories(items, bench_cluster.WATCH, memo=memo)) == _shape(want)
    if n <= 2500:
        for threshold in (0.0, 70.0):
            want = reference(items, bench_cluster.WATCH, threshold=threshold)
            got = build_stories(items, bench_cluster.WATCH, threshold=threshold)
            assert _shape(got) == _shape(want)
        watch = _default_watch()
        assert _shape(build_stories(items, watch)) == _shape(reference(items, watch))


def _hostile() -> list[Headline]:
    rnd = random.Random(27)
    base = [
        "",
        "   ",
        "the of and to",
        "Copper",
        "ＣＯＰＰＥＲ prices rise in Chile",
        "Copper prices rise in Chile",
        "İSTANBUL copper tariffs haven’t changed, minister says",
        "Istanbul copper tariffs haven't changed, minister says",
        "China to ban gallium exports to the US, sources say",
        "China bans gallium exports to the US",
        "Rare earth curbs: South Korea and Japan talk",
        "rare-earth curbs: south korea & japan talks",
        "Central African Republic gold exports fall 12%",
        "Central African Republic gold exports fell 12 %",
        "U.S. scraps 25% tariff on E.U. aluminium",
        "US lifts 25% tariff on EU aluminum",
        "Nickel ore export ban isn't lifted - Reuters",
    ]
    words = ["copper", "nickel", "tariff", "export", "ban", "china", "chile", "rise", "falls"]
    words += ["not", "plans", "scraps", "25%", "2026", "peru", "south", "korea", "rare", "earth"]
    items: list[Headline] = []
    for k, title in enumerate(base):
        for days in (0, 0.5, 2.9, 3.1, 40, 400):  # the same title across distant times
            items.append(
                Headline(title, f"https://h.example/{k}/{days}", f"s{k % 3}", T0 + timedelta(days))
            )
    for k in range(800):  # one window of near-identical titles: the candidate cap binds
        title = " ".join(rnd.sample(words, rnd.randint(3, 8))).capitalize()
        when = None if k % 97 == 0 else T0 + timedelta(hours=rnd.uniform(0, 60))
        items.append(Headline(title, f"https://n.example/{k}", f"s{k % 5}", when, outlet="o"))
    for k, name in enumerate(["Zorbrin", "Pailzul", "Kestrova", "Ümraldi", "Brunpail"]):
        # a pair found only by a name of their own: the common words' latest are others
        title = f"{name} " + " ".join(rnd.sample(words, 5))
        for j in range(2):
            when = T0 + timedelta(hours=10 * k + 5 * j)
            url = f"https://p.example/{k}/{j}"
            items.append(Headline(title + " - Wire" * j, url, f"w{j}", when, outlet=f"Wire{j}"))
    items.append(Headline("Notice 2026-123: copper duty", "https://fr.example/a", "fr", T0))
    items.append(
        Headline("Notice 2026-124: copper duty", "https://fr.example/b", "fr", T0, official=True)
    )
    return items


def test_hostile_inputs_cluster_as_the_reference_does(
    reference: Callable[..., list[Story]],
) -> None:
    items = _hostile()
    for watch in (bench_cluster.WATCH, _default_watch()):
        want = reference(items, watch)
        assert 1 < len(want) < len(items)
        assert _shape(build_stories(items, watch)) == _shape(want)
        assert _shape(build_stories(list(reversed(items)), watch)) == _shape(want)


def test_title_forms_are_the_reference_forms() -> None:
    rnd = random.Random(5)
    vocab = [*UP, *titles.NEGATIONS, *titles.UNDOING, *titles.TENTATIVE, *STOPWORDS]
    vocab += [*METAL_WORDS, *COUNTRY_WORDS, "isn't", "WON'T", "don’t", "source", "says", "3.5"]
    vocab += ["hasn’t", "WOULDN'T", "shouldn’t", "haven't"]
    vocab += ["12,000", "²nd", "Kicker:", "Morning Bid:", "U.S.", "e.u.", "ÇELİK", "ｔａｒｉｆｆ"]
    texts = [t for t, _ in bench_cluster.headline_texts(3000, 3)]
    texts += [" ".join(rnd.choices(vocab, k=rnd.randint(0, 12))) for _ in range(6000)]
    texts += ["", " ", ":", "Morning Bid: ", "won't", "sources", "copper sources say"]
    for text in texts:
        text = titles.title_text(text, None)
        for metals in ((), ("copper",), ("gold", "nickel")):
            assert title_form(text, metals, "d") == reference_title_form(text, metals, "d")
