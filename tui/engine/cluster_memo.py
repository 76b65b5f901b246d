"""What clustering derives from each distinct title, kept from one build to the next.

Every refresh that saved a new headline clusters every stored headline again
(:func:`tui.engine.cluster.build_stories`): at 20,000 headlines most of that work is deriving,
once more, the same comparable form of the same titles and scoring the same pairs of them. A
:class:`ClusterMemo` keeps those answers, each under the whole of what it is computed from, so
reading one back gives exactly what computing it again would:

- per distinct title key ``(title, outlet, official document id)``: the watched metals its
  :func:`~tui.engine.titles.title_text` names (``MetalMatcher.tag_many``, one text at a time
  in effect) and the compact parts of its :func:`~tui.engine.titles.title_form` the fuzzy stage
  reads (text, words, metals);
- per ordered pair of title keys: :func:`~tui.engine.titles.similarity`, and
  :func:`~tui.engine.titles.compatible` of a story's leader with a joining title;
- per story's entries (each one's title and summary, in order): the metals they name.

All of it hangs on the watch list: the memo holds the matcher it was filled under and starts
empty under another. It is bounded: a build keeps only what it read or computed (``settle``),
so it never holds more than the titles and pairs of the last build (about 7 MB for 20,000
headlines, where the forms were built anew and held through every build before).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from tui.core.models import Headline
from tui.engine.metal_matcher import MetalMatcher
from tui.engine.titles import Guards, Title, guards_of, title_again, title_form, title_text

#: A distinct title as the clustering sees it: (title, outlet, official document id).
FormKey = tuple[str, "str | None", "str | None"]
#: The compact form of a title: (metals its text names, form text, words, form metals).
Form = tuple[tuple[str, ...], str, tuple[str, ...], frozenset[str]]
Pair = tuple[FormKey, FormKey]
#: A story's entries as its metals are read from them: each one's title and summary in turn.
Texts = tuple[str, ...]
#: What a build keeps for the next: title forms, pair scores, pair fits, story tags.
Held = tuple[dict[FormKey, Form], dict[Pair, float], dict[Pair, bool], dict[Texts, tuple[str, ...]]]

__all__ = [
    "ClusterMemo",
    "Form",
    "FormKey",
    "Forms",
    "Held",
    "Pair",
    "Round",
    "Texts",
    "story_metals",
]


class Round:
    """One build's reads and writes: what it finds in the memo, and what it used (kept by
    ``ClusterMemo.round`` for the next build; the rest is dropped)."""

    __slots__ = (
        "fits",
        "forms",
        "new_fits",
        "new_forms",
        "new_scores",
        "new_story_tags",
        "scores",
        "story_tags",
    )

    def __init__(self, last: Round | None = None) -> None:
        self.forms: dict[FormKey, Form] = last.new_forms if last is not None else {}
        self.scores: dict[Pair, float] = last.new_scores if last is not None else {}
        self.fits: dict[Pair, bool] = last.new_fits if last is not None else {}
        self.story_tags: dict[Texts, tuple[str, ...]] = (
            last.new_story_tags if last is not None else {}
        )
        self.new_forms: dict[FormKey, Form] = {}
        self.new_scores: dict[Pair, float] = {}
        self.new_fits: dict[Pair, bool] = {}
        self.new_story_tags: dict[Texts, tuple[str, ...]] = {}

    def forms_read(self) -> None:
        """The last build's forms were all looked up (``Forms``): dropped now, not at the
        end of the build (what this build uses of them is in ``new_forms``)."""
        self.forms = {}

    def pairs_read(self) -> None:
        """The fuzzy stage is over: the last build's pair scores and fits are dropped now.
        Their keys (pairs of title keys, and after a start the titles themselves, read back
        from the file) were held through the rest of the build for nothing."""
        self.scores, self.fits = {}, {}


class ClusterMemo:
    """The title forms and pair scores of the last build under one watch list (see module
    doc). One build uses it at a time; a build that finds it in use goes without."""

    __slots__ = ("_last", "_lock", "_matcher")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._matcher: MetalMatcher | None = None
        self._last: Round | None = None  # what the last build used: the next one's memo

    def __len__(self) -> int:
        last = self._last
        if last is None:
            return 0
        return (
            len(last.new_forms)
            + len(last.new_scores)
            + len(last.new_fits)
            + len(last.new_story_tags)
        )

    def clear(self) -> None:
        with self._lock:
            self._matcher, self._last = None, None

    def held(self) -> Held | None:
        """What the last build kept (forms, scores, fits, story tags), to persist; None when
        the memo is empty or a build is using it."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            last = self._last
            if last is None:
                return None
            return (last.new_forms, last.new_scores, last.new_fits, last.new_story_tags)
        finally:
            self._lock.release()

    def seed(self, matcher: MetalMatcher, held: Held) -> bool:
        """Take ``held`` (what :meth:`held` gave in an earlier process, for the same watch list
        and code) as the last build's, under ``matcher``; only into an empty memo (what this
        process derived itself stands). True when taken."""
        if not self._lock.acquire(blocking=False):
            return False
        try:
            if self._last is not None:
                return False
            r = Round()
            r.new_forms, r.new_scores, r.new_fits, r.new_story_tags = held
            self._matcher, self._last = matcher, r
            return True
        finally:
            self._lock.release()

    @contextmanager
    def round(self, matcher: MetalMatcher) -> Iterator[Round | None]:
        """A build's use of the memo under ``matcher`` (None while another build uses it:
        that one computes everything, as without a memo). What the build used is kept for
        the next only when it ends without an error."""
        if not self._lock.acquire(blocking=False):
            yield None
            return
        try:
            if matcher is not self._matcher:  # another watch list: other tags, other forms
                self._matcher, self._last = matcher, None
            r = Round(self._last)
            self._last = None  # what this build does not use goes now, not after it
            yield r
            r.forms, r.scores, r.fits, r.story_tags = {}, {}, {}, {}  # the last build's
            self._last = r
        finally:
            self._lock.release()


_TENTATIVE_MARK = "\x00tentative"  # no word holds a NUL


class Forms:
    """The comparable form of each distinct title, held compactly: the metals its text names,
    its form's text, words (a tuple) and metals (one tuple and one set object per combination). The whole
    :class:`Title` (sets of words, numbers, places) is made again when the fuzzy stage
    compares two titles: holding one per stored headline cost ~30 MB at once for 20,000 (a set
    of 5-8 words is 472-728 B). For a title built here it is made from the words, metals and
    guards kept (``guards``: one shared tuple per combination), without reading the title
    again; for one read from the memo, from its text. Either way the same form, so the stories
    come out the same. A title the memo's last build held is taken from there (the same key,
    the same watch list: the same form); the others are tagged in one batch."""

    __slots__ = ("guards", "keys", "metals", "tags", "text", "texts", "words")

    def __init__(
        self, keys: list[FormKey], texts: list[str], matcher: MetalMatcher, memo: Round | None
    ) -> None:
        self.keys, self.texts = keys, texts
        got: list[Form | None] = list(map(memo.forms.get, keys)) if memo is not None else []
        todo = [k for k, f in enumerate(got) if f is None] if got else range(len(keys))
        if not got:
            got = [None] * len(keys)
        metals: dict[frozenset[str], frozenset[str]] = {}  # one object per combination
        tags: dict[tuple[str, ...], tuple[str, ...]] = {}
        # the rest of the whole form of each title built here (most titles share one of a few
        # combinations, one tuple each): the fuzzy stage's Title is made again from these and
        # the words, without reading the title once more
        self.guards: dict[int, Guards] = {}
        shared: dict[Guards, Guards] = {}
        for k, tagged in zip(todo, matcher.tag_many([texts[k] for k in todo]), strict=True):
            t = title_form(texts[k], tagged, keys[k][2])
            g = guards_of(t)
            self.guards[k] = shared.setdefault(g, g)
            tagged = tags.setdefault(tagged, tagged)
            # the same text is the same story (cluster step 2) only if both are tentative or
            # neither: "could", "sources say" are no content words ("to ban ..., sources say"
            # and "bans ..." have one text)
            text = t.text + _TENTATIVE_MARK if t.tentative and t.text else t.text
            got[k] = (tagged, text, tuple(t.words), metals.setdefault(t.metals, t.metals))
        forms: list[Form] = got  # type: ignore[assignment]  # every one filled above
        if memo is not None:
            memo.new_forms.update(zip(keys, forms, strict=True))
            memo.forms_read()
        self.tags = [f[0] for f in forms]
        self.text = [f[1] for f in forms]
        self.words = [f[2] for f in forms]
        self.metals = [f[3] for f in forms]

    def title(self, k: int) -> Title:
        """The whole form of title ``k``: what :func:`title_form` gives for it."""
        g = self.guards.get(k)
        if g is None:  # a form read from the memo: built from its text
            return title_form(self.texts[k], self.tags[k], self.keys[k][2])
        text = self.text[k]
        if g[6] and text:  # tentative: the mark added above
            text = text[: -len(_TENTATIVE_MARK)]
        return title_again(text, self.words[k], self.metals[k], g, self.keys[k][2])


def story_metals(
    groups: list[list[Headline]],
    known: dict[str, tuple[str, ...]],
    matcher: MetalMatcher,
    memo: Round | None = None,
) -> list[tuple[str, ...]]:
    """Each story's metals: those named in any of its titles and summaries.

    A story of one headline without a summary is tagged on ``title + " "``, which names the
    metals its title names (a trailing space ends no alias, starts none): when that title was
    tagged already (``known``: text -> metals), that answer is taken; so is the answer the
    ``memo``'s last build found for the same titles and summaries. The rest are tagged in one
    batch.
    """
    out: list[tuple[str, ...] | None] = []
    todo: list[int] = []
    texts: list[str] = []
    held = memo.story_tags if memo is not None else {}
    kept: dict[Texts, tuple[str, ...]] = memo.new_story_tags if memo is not None else {}
    words: list[Texts] = []
    for k, entries in enumerate(groups):
        first = entries[0]
        if len(entries) == 1 and first.summary == "" and first.title in known:
            out.append(known[first.title])
            continue
        if memo is not None:
            said = tuple([x for e in entries for x in (e.title, e.summary)])
            found = held.get(said)
            if found is not None:
                out.append(kept.setdefault(said, found))
                continue
            words.append(said)
        out.append(None)
        todo.append(k)
        texts.append(" ".join(f"{title_text(e.title, e.outlet)} {e.summary}" for e in entries))
    tagged_all = matcher.tag_many(texts)
    for k, tagged in zip(todo, tagged_all, strict=True):
        out[k] = tagged
    if memo is not None:
        kept.update(zip(words, tagged_all, strict=True))
    return [tagged or () for tagged in out]
