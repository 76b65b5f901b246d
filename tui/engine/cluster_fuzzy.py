"""The fuzzy stage of grouping headlines into stories: titles that say the same thing.

:func:`fuzzy_merge` joins each title to the most similar earlier title within :data:`WINDOW`
(single link, the guards also checked against the story's leader). It never compares every
pair: candidates come from an inverted index of each title's rarest words (prefix filtering,
as in set-similarity joins), bounded in time by the window and in number per word. Split from
:mod:`tui.engine.cluster`, which runs the exact stages before it and makes the stories after.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from itertools import chain, count

from tui.engine.cluster_memo import Forms, Pair, Round
from tui.engine.titles import MIN_JACCARD, Title, compatible, similarity

__all__ = ["WINDOW", "fuzzy_merge"]

#: Entries further apart than this are never merged on title alone.
WINDOW = timedelta(days=3)
#: A title is compared with at most about this many earlier titles (the nearest in time for
#: each indexed word): this bounds the work when a window holds thousands of titles made of
#: the same few words.
_MAX_CANDIDATES = 40
_MIN_PER_KEY = 8
# a word's postings lose their positions before the window once they are most of the list
# (the window only moves on): a store of years held every title's positions to the end
_PRUNE_AT = 64


def fuzzy_merge(
    reps: list[int],
    which: list[int],
    forms: Forms,
    times: list[float],
    threshold: float,
    union: Callable[[int, int], None],
    find: Callable[[int], int],
    memo: Round | None = None,
) -> None:
    """Single-link merging of similar titles, with the guards also checked against the
    earliest entry of the story joined (so a chain cannot drift to a different fact).

    Candidates come from prefix filtering (as in set-similarity joins): words are ordered by
    rarity, and two titles whose word overlap reaches :data:`MIN_JACCARD` must share one of
    the rarest ``n - ceil(MIN_JACCARD * n) + 1`` words of each. Only those are indexed and
    probed, within :data:`WINDOW`, and at most about :data:`_MAX_CANDIDATES` per title.
    ``which``: item -> its distinct title in ``forms``. The whole forms of the titles within
    the window are kept while it passes over them; an earlier one (a story's leader) is built
    again when needed. ``memo``: the scores and guards of pairs of titles the last build
    compared (read instead of building the two forms again); this build's are left there.
    """
    rep_times = [times[i] for i in reps]
    rep_forms = [which[i] for i in reps]
    keys = forms.keys
    rep_keys = [keys[k] for k in rep_forms]
    scores: dict[Pair, float] = memo.scores if memo is not None else {}
    fits: dict[Pair, bool] = memo.fits if memo is not None else {}
    new_scores: dict[Pair, float] = memo.new_scores if memo is not None else {}
    new_fits: dict[Pair, bool] = memo.new_fits if memo is not None else {}
    rep_words = [forms.words[k] for k in rep_forms]
    # titles naming different metals are never compatible (similarity 0): with a positive
    # threshold such a candidate can be passed over before its words are compared
    # (each combination of metals as a small int: a cheaper comparison than of the sets)
    combos: dict[frozenset[str], int] = {}
    rep_metals = [combos.setdefault(forms.metals[k], len(combos)) for k in rep_forms]
    del combos
    df = Counter(chain.from_iterable(rep_words))  # a title's words are distinct
    # rarity rank: the order of (df, word), computed once for every word; the prefix and the
    # postings work on the ranks (small ints, sorted without a key function). The words of
    # one title only come first: ranks below ``single`` are never probed nor indexed (no
    # other title could be found by them, nor find this one)
    by_df = sorted(df)  # by word, then (stable) by df: by (df, word)
    by_df.sort(key=df.__getitem__)
    rank = dict(zip(by_df, count()))
    single = bisect_left(by_df, 2, key=df.__getitem__)
    del df, by_df
    by_rank = rank.__getitem__
    postings: dict[int, list[int]] = {}  # word rank -> positions in reps
    window = WINDOW.total_seconds()
    held: dict[int, Title] = {}  # position in reps -> its whole form, while in the window
    # position in reps -> its words as a set, while in the window (a candidate always is)
    word_sets: dict[int, frozenset[str]] = {}
    dropped = 0
    # the prefix's length for a title of n words: n - ceil(MIN_JACCARD * n) + 1
    longest = max(map(len, rep_words), default=0)
    prefix_len = [n - math.ceil(MIN_JACCARD * n) + 1 for n in range(longest + 1)]

    def title_at(pos: int) -> Title:
        t = held.get(pos)
        if t is None:
            t = held[pos] = forms.title(rep_forms[pos])
        return t

    for pos, i in enumerate(reps):
        words_of = rep_words[pos]
        n = len(words_of)
        if n == 0:
            continue
        ranks = sorted(map(by_rank, words_of))
        k = prefix_len[n]
        first = bisect_left(ranks, single, 0, k)
        if first == k:  # every prefix word is this title's alone: no candidate, never one
            continue
        prefix = ranks[first:k]
        words = word_sets[pos] = frozenset(words_of)
        lo = bisect_left(rep_times, rep_times[pos] - window)
        while dropped < lo:  # before the window: never a candidate again
            held.pop(dropped, None)
            word_sets.pop(dropped, None)
            dropped += 1
        cap = max(_MIN_PER_KEY, _MAX_CANDIDATES // k)
        candidates: set[int] = set()
        for r in prefix:
            plist = postings.get(r)
            if plist is None:
                postings[r] = [pos]
                continue
            # those within the window, at most ``cap`` of the latest
            start, tail = bisect_left(plist, lo), len(plist) - cap
            candidates.update(plist[tail if tail > start else start :])
            if start > _PRUNE_AT and 2 * start > len(plist):  # never candidates again
                del plist[:start]
            plist.append(pos)
        if not candidates:
            continue
        if threshold > 0:
            metals = rep_metals[pos]
            found = [other for other in candidates if rep_metals[other] == metals]
        else:
            found = list(candidates)
        if len(found) > 1:
            found.sort()
        best: tuple[float, int] | None = None
        for other in found:
            other_words = word_sets[other]
            inter = len(words & other_words)
            if inter < MIN_JACCARD * (n + len(other_words) - inter):
                continue
            pair = (rep_keys[other], rep_keys[pos]) if memo is not None else None
            score = scores.get(pair) if pair is not None else None
            if score is None:
                score = similarity(title_at(other), title_at(pos))
            if pair is not None:
                new_scores[pair] = score
            if score >= threshold and (best is None or score > best[0]):
                best = (score, reps[other])
        if best is not None:
            j = best[1]
            leader = find(j)
            if leader == j:
                union(j, i)
            else:
                pair = (keys[which[leader]], rep_keys[pos])
                fit = fits.get(pair)
                if fit is None:
                    fit = compatible(forms.title(which[leader]), title_at(pos))
                new_fits[pair] = fit
                if fit:
                    union(j, i)
