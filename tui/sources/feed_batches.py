"""A big feed read by feedparser a batch of items at a time, so that no more than one batch of
feedparser's entries is alive at once (the owner's 20,000-item feed held ~34 MB of entries
when parsed whole, the peak of the refresh that reads it again).

Each batch is the document with only some of its items: its own head and tail around a run of
consecutive items, cut where :func:`tui.sources.feed_items.spans` found them (the white space
between them kept), so its items are read in the context they have in the whole document
(namespaces, ``xml:base``, ``xml:lang``, encoding, the response headers), as
:mod:`tui.sources.feed_subset` reads a feed's new items. :mod:`tui.sources.feeds` turns each
batch's entries into what their headlines take (:mod:`tui.sources.feed_entries`) and lets it go
before the next batch is parsed; what needs every title (the common " - Publisher" suffix) is
decided on those records afterwards.

Only a document expat reads whole without an error is read this way (the caller checks); a
batch that feedparser finds ill-formed, whose entry count is not its item count, or whose
encoding is not the first batch's raises :class:`Unsure`, and the document is parsed whole.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from tui.sources import feed_document

#: Items in one batch: its entries ~0.9 MB on the owner's feed; a parse of a batch costs
#: feedparser ~1 ms more than the same items read within the whole document.
BATCH = 500


class Unsure(Exception):
    """A batch that does not surely read as its items do in the whole document."""


@dataclass(frozen=True)
class Batches:
    """The document ``data`` to be read by feedparser in runs of at most :data:`BATCH` items
    (``runs``: each run's start and end in ``data`` and its number of items)."""

    data: bytes
    passed: Mapping[str, str]
    head_end: int
    tail_start: int
    runs: tuple[tuple[int, int, int], ...]

    def __iter__(self) -> Iterator[Any]:
        """feedparser's document for each run, in order; raises :class:`Unsure`."""
        head, tail = self.data[: self.head_end], self.data[self.tail_start :]
        encoding: str | None = None
        for start, end, count in self.runs:
            doc = feed_document.parse(head + self.data[start:end] + tail, dict(self.passed))
            if _ill(doc) or len(doc.get("entries") or []) != count:
                raise Unsure
            if encoding is None:
                encoding = str(doc.get("encoding") or "")
            elif str(doc.get("encoding") or "") != encoding:
                raise Unsure
            yield doc


def plan(
    data: bytes, passed: Mapping[str, str], spans: list[tuple[int, int]], size: int = 0
) -> Batches:
    """``data``, whose items are at ``spans``, to be read ``size`` (:data:`BATCH`) items at a
    time."""
    size = size or BATCH
    runs = tuple(
        (spans[i][0], spans[min(i + size, len(spans)) - 1][1], min(size, len(spans) - i))
        for i in range(0, len(spans), size)
    )
    return Batches(data, dict(passed), spans[0][0], spans[-1][1], runs)


def plan_chosen(
    data: bytes,
    passed: Mapping[str, str],
    spans: list[tuple[int, int]],
    chosen: list[int],
    size: int = 0,
) -> Batches:
    """``data``'s items numbered ``chosen`` (ascending; its items at ``spans``) to be read in
    runs of at most ``size`` (:data:`BATCH`) consecutive chosen items, the document's own head
    and tail around each: the others are never read."""
    size = size or BATCH
    runs: list[tuple[int, int, int]] = []
    i = 0
    while i < len(chosen):
        j = i
        while j + 1 < len(chosen) and j + 1 - i < size and chosen[j + 1] == chosen[j] + 1:
            j += 1
        runs.append((spans[chosen[i]][0], spans[chosen[j]][1], j - i + 1))
        i = j + 1
    return Batches(data, dict(passed), spans[0][0], spans[-1][1], tuple(runs))


def _ill(parsed: Any) -> bool:
    """Whether feedparser found fault with a document (a non-XML content type is no fault)."""
    exc = parsed.get("bozo_exception")
    return bool(parsed.get("bozo")) and type(exc).__name__ != "NonXMLContentType"
