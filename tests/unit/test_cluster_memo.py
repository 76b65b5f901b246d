"""The clustering memo (``tui.engine.cluster_memo``): a build that reads what the last build
derived (title forms, pair scores and guards, story metals) gives exactly the stories a build
from nothing gives, refresh after refresh, on a generated store and on real headlines."""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from blind_sets import SCORED_ONLY_BLIND_SETS
from real_headlines_set import headline

import tui.engine.cluster
import tui.engine.cluster_fuzzy
import tui.engine.cluster_memo
from tui.core.config import DEFAULT_CONFIG, parse_config, read_toml
from tui.core.config_types import SourceConfig
from tui.core.models import Headline, Metal
from tui.engine.cluster import ClusterMemo, build_stories
from tui.engine.tagging import matcher_for
from tui.sources import federal_register, feeds, gdelt

UTC = timezone.utc
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
TESTS = Path(__file__).resolve().parents[1]
# studied sets only: a set still scored only is read by its own scoring and nothing else
STUDIED = sorted(
    p
    for p in (TESTS / "data").glob("real_headlines*/*.jsonl")
    if p not in {b.path for b in SCORED_ONLY_BLIND_SETS}
)


@pytest.fixture(scope="module")
def watch() -> tuple[Metal, ...]:
    data, _text = read_toml(DEFAULT_CONFIG)
    return tuple(parse_config(dict(data), None).metals)


# -- a generated store: market news told by several outlets, rewritten, repeated -------------

SOURCES = ("Wire A", "Wire B", "Mining desk", "Trade journal", "Policy watch")
COUNTRIES = ("China", "Indonesia", "Chile", "Peru", "Congo", "Australia", "Canada", "India")
TEMPLATES = (
    "{co} lifts {m} output at {pl} mine by {n}%",
    "{co} cuts {m} guidance after {pl} flooding",
    "{m} prices {move} as {pl} smelter restarts",
    "{pl} {m} refinery strike enters day {k}",
    "{c} bans {m} exports from {mo}",
    "{c} to restrict exports of {m} to the US",
    "US imposes {n}% tariff on {c} {m} imports",
    "{c} lifts ban on {m} exports",
    "{m} stocks in {pl} warehouses fall for {k}th week",
)
MOVES = ("rise", "fall", "jump", "slip")
MONTHS = ("January", "March", "June", "October")


def _name(rnd: random.Random) -> str:
    parts = [rnd.choice("bcdgklmnprstvz") + rnd.choice("aeiou") for _ in range(rnd.randint(2, 3))]
    return "".join(parts).capitalize()


def _rewrite(rnd: random.Random, title: str, outlet: str) -> str:
    """The same story as another outlet titles it."""
    pick = rnd.randrange(5)
    if pick == 0:
        return f"{title} - {outlet}"
    if pick == 1:
        return f"Exclusive: {title}"
    if pick == 2:
        return title.replace(" at ", " in ", 1).replace(" as ", " while ", 1)
    if pick == 3:
        return title + ", sources say"
    return title.upper() if len(title) < 40 else title.lower()


def generated(n: int, seed: int, *, start: datetime = NOW, days: float = 45.0) -> list[Headline]:
    rnd = random.Random(seed)
    metals = ("copper", "nickel", "aluminium", "lithium", "cobalt", "zinc", "rare earths", "tin")
    out: list[Headline] = []
    while len(out) < n:
        fields = {
            "co": f"{_name(rnd)} {rnd.choice(('Mining', 'Metals', 'Resources'))}",
            "pl": _name(rnd),
            "m": rnd.choice(metals),
            "n": rnd.randint(2, 60),
            "k": rnd.randint(2, 30),
            "c": rnd.choice(COUNTRIES),
            "mo": rnd.choice(MONTHS),
            "move": rnd.choice(MOVES),
        }
        title = rnd.choice(TEMPLATES).format(**fields)
        title = title[0].upper() + title[1:]
        at = start - timedelta(seconds=rnd.uniform(0, days * 86400))
        source = rnd.choice(SOURCES)
        tag = f"{seed}-{len(out)}"
        summary = (
            f"{fields['co']} said {fields['pl']} would {fields['move']}."
            if rnd.random() < 0.3
            else ""
        )
        out.append(
            Headline(title, f"https://n.example.org/{tag}", source, at, summary, outlet=source)
        )
        roll = rnd.random()
        if roll < 0.25:  # told again by another outlet within a day, in other words
            other = rnd.choice([s for s in SOURCES if s != source])
            when = at + timedelta(hours=rnd.uniform(0.1, 30))
            again = _rewrite(rnd, title, other)
            out.append(Headline(again, f"https://m.example.org/{tag}", other, when, outlet=other))
        elif roll < 0.32:  # the same article from another source
            other = rnd.choice([s for s in SOURCES if s != source])
            out.append(dataclasses.replace(out[-1], source=other, outlet=other))
        elif roll < 0.35:  # an official document: its number tells documents apart
            doc = f"https://fr.example.gov/d/2026-{rnd.randint(10000, 99999)}"
            out.append(
                Headline(title, doc, "Federal Register", at, official=True, guid=doc, outlet=None)
            )
    return out[:n]


def same(headlines: list[Headline], metals: tuple[Metal, ...], memo: ClusterMemo) -> None:
    with_memo = build_stories(headlines, metals, memo=memo)
    plain = build_stories(headlines, metals)  # built once: both checks read it
    assert with_memo == plain  # every field, in the same order
    assert [s.id for s in with_memo] == [s.id for s in plain]


def refreshes(store: list[Headline], seed: int) -> Iterator[list[Headline]]:
    """What the store holds after each refresh: news (newest, back-dated, a story told again),
    a prune, a summary written again."""
    rnd = random.Random(seed)
    yield store + generated(20, seed + 1, start=NOW + timedelta(hours=1), days=0.05)
    store = store + generated(20, seed + 1, start=NOW + timedelta(hours=1), days=0.05)
    told = rnd.sample(store, 8)  # stories told again by another outlet, with their own times
    again = [
        dataclasses.replace(h, title=_rewrite(rnd, h.title, "Wire Z"), source="Wire Z", url=None)
        for h in told
    ]
    store = store + generated(12, seed + 2, days=40.0) + again
    yield store
    ordered = sorted(store, key=lambda h: h.published or NOW)
    store = ordered[40:]  # the oldest pruned
    del store[rnd.randrange(len(store))]
    yield store
    k = rnd.randrange(len(store))
    store[k] = dataclasses.replace(store[k], summary="Copper and cobalt: written again.")
    yield store


def test_refresh_after_refresh_the_same_as_from_nothing(watch: tuple[Metal, ...]) -> None:
    memo = ClusterMemo()
    store = generated(2500, 3)
    same(store, watch, memo)
    for held in refreshes(store, 3):
        same(held, watch, memo)
    # another watch list: other tags, so nothing held may be read; then the first again
    fewer = tuple(m for m in watch if m.id not in {"copper", "cobalt"})
    same(held, fewer, memo)
    same(held, watch, memo)


def test_a_refresh_derives_only_what_is_new(
    watch: tuple[Metal, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    memo = ClusterMemo()
    store = generated(2500, 5)
    build_stories(store, watch, memo=memo)
    calls: list[str] = []
    real = tui.engine.cluster_memo.title_form

    def counted(text: str, *args: object) -> object:
        calls.append(text)
        return real(text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(tui.engine.cluster_memo, "title_form", counted)
    grown = store + generated(20, 6, start=NOW + timedelta(hours=1), days=0.05)
    build_stories(grown, watch, memo=memo)
    # the 20 new titles, and the forms of the earlier titles they are compared with
    assert 20 <= len(calls) < 250, len(calls)
    calls.clear()
    build_stories(grown, watch)
    # without a memo every distinct title is derived again, once (a compared title's whole
    # form is made again from what that reading kept)
    distinct = {
        (h.title, h.outlet, (h.guid or h.canonical_url or h.url) if h.official else None)
        for h in grown
    }
    assert len(calls) == len(distinct) > 2000


def test_the_memo_holds_only_the_last_build(watch: tuple[Metal, ...]) -> None:
    memo = ClusterMemo()
    store = generated(2000, 7)
    build_stories(store, watch, memo=memo)
    whole = len(memo)
    assert whole >= 2000
    same(store[:100], watch, memo)
    assert len(memo) < whole / 10
    memo.clear()
    assert len(memo) == 0


def test_a_build_while_the_memo_is_in_use_goes_without(watch: tuple[Metal, ...]) -> None:
    memo = ClusterMemo()
    store = generated(800, 9)
    build_stories(store, watch, memo=memo)
    held = len(memo)
    assert held > 800
    with memo.round(matcher_for(watch)) as taken:  # another build, under way
        distinct = {(h.title, h.outlet, h.guid if h.official else None) for h in store}
        assert taken is not None and len(taken.forms) == len(distinct)
        assert build_stories(store, watch, memo=memo) == build_stories(store, watch)
        assert not taken.new_forms and len(memo) == 0, "the second build left it alone"


# -- real headlines ----------------------------------------------------------------------


def real_headlines() -> list[Headline]:
    out: list[Headline] = []
    for path in STUDIED:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            out.append(dataclasses.replace(headline(item), source=path.parent.name))
    fixtures = TESTS / "fixtures"
    data = (fixtures / "feeds" / "reuters_via_googlenews_direct.rss.xml").read_bytes()
    fetched = datetime(2026, 8, 23, tzinfo=UTC)
    out += feeds.parse(data, SourceConfig(name="reuters", kind="rss"), fetched_at=fetched).headlines
    data = (fixtures / "events" / "gdelt_doc_artlist_oil_sanctions.json").read_bytes()
    out += gdelt.parse(data, SourceConfig(name="gdelt", kind="gdelt"), fetched_at=fetched).headlines
    data = (fixtures / "policy" / "federalregister_search-newest-page-one.json").read_bytes()
    src = SourceConfig(name="fr", kind="federal-register")
    out += federal_register.parse(data, src, fetched_at=fetched).headlines
    return out


def test_real_headlines_refresh_by_refresh(watch: tuple[Metal, ...]) -> None:
    everything = real_headlines()
    assert len(everything) > 2500
    rnd = random.Random(13)
    rnd.shuffle(everything)
    memo = ClusterMemo()
    held = everything[:-60]
    same(held, watch, memo)
    for k in range(3):  # 20 at a time, wherever their dates fall
        held = held + everything[len(everything) - 60 + 20 * k :][:20]
        same(held, watch, memo)
    told = [dataclasses.replace(h, source="again", url=None) for h in rnd.sample(held, 30)]
    same(held + told, watch, memo)


def test_the_last_build_s_forms_and_pairs_go_once_read(
    watch: tuple[Metal, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the last build kept is dropped stage by stage (its forms once looked up, its pair
    scores once the fuzzy stage is over), not held to the end of the build; the stories are
    the same as from nothing, and the next build still finds what this one used."""
    memo = ClusterMemo()
    store = generated(1500, 11)
    build_stories(store, watch, memo=memo)
    seen: list[tuple[int, int, int, int, int, int]] = []
    real = tui.engine.cluster.story_metals

    def spy(groups: object, known: object, matcher: object, memo_round: object = None) -> object:
        r = memo_round
        if isinstance(r, tui.engine.cluster_memo.Round):  # not the builds without a memo
            held = (r.forms, r.scores, r.fits, r.story_tags, r.new_forms, r.new_scores)
            seen.append(tuple(map(len, held)))  # type: ignore[arg-type]
        return real(groups, known, matcher, r)  # type: ignore[arg-type]

    monkeypatch.setattr(tui.engine.cluster, "story_metals", spy)
    grown = store + generated(20, 12, start=NOW + timedelta(hours=1), days=0.05)
    same(grown, watch, memo)
    assert len(seen) == 1
    forms, scores, fits, story_tags, new_forms, new_scores = seen[0]
    assert (forms, scores, fits) == (0, 0, 0)  # dropped before the stories are made
    assert story_tags > 0  # still read by the stage that comes
    assert new_forms >= 1000 and new_scores > 0  # what this build used, for the next
    monkeypatch.undo()
    calls: list[str] = []
    real_form = tui.engine.cluster_memo.title_form

    def counted(text: str, *args: object) -> object:
        calls.append(text)
        return real_form(text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(tui.engine.cluster_memo, "title_form", counted)
    build_stories(grown, watch, memo=memo)
    assert len(calls) < 250, "the next build reads the forms this one kept"


def test_postings_before_the_window_dropped_give_the_same_stories(
    watch: tuple[Metal, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word's positions before the window go once they are most of its list (the window
    only moves on): the stories are those of the lists kept whole, pruned as early as can be."""
    store = generated(3000, 13, days=20.0)
    monkeypatch.setattr(tui.engine.cluster_fuzzy, "_PRUNE_AT", 10**9)  # never pruned
    whole = build_stories(store, watch)
    monkeypatch.setattr(tui.engine.cluster_fuzzy, "_PRUNE_AT", 0)  # pruned at every look
    assert build_stories(store, watch) == whole
    assert len(whole) < len(store)  # stories were merged: candidates were found
