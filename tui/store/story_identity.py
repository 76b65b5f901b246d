"""What makes two entries of one source the same stored item (``StoriesStore.save_headlines``):
their link, else their guid, else their title; and the ties that keep one item one when its
link goes bad or first appears between two answers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tui.core.models import Headline
from tui.core.text import canonical_url


def headline_identity(h: Headline) -> str:
    """What makes two entries of one source the same item: URL, else guid, else title."""
    return h.canonical_url or canonical_url(h.url) or h.url or h.guid or h.title


#: Between an identity several items of one answer share (their link, a placeholder guid) and
#: the title that tells them apart (``save_headlines``); ``titled`` makes such a key.
TITLED = "\n"


def titled(identity: str, title: str) -> str:
    return f"{identity}{TITLED}{title}"


def repeats(headlines: Sequence[Headline]) -> int:
    """How many of ``headlines`` (one answer's) repeat an earlier one: the same item (link, else
    guid, else title) under the same title, stored once (``save_headlines``)."""
    return len(headlines) - len({(headline_identity(h), h.title) for h in headlines})


def same_guid(
    conn: Any,
    source: str,
    rows: dict[str, tuple[object, ...]],
    known: set[str],
    stand_ins: set[str],
) -> None:
    """Key again, under the identity already stored, each row of ``rows`` new by its identity
    whose guid one stored item alone (and no other row) has, when one of the two is keyed by
    that guid: an item whose link went bad (``javascript:``, gone) or first came without one
    keeps its one identity, not a second copy keyed the other way. Two items with their own
    links sharing a guid (a placeholder) stay two."""
    served: dict[str, int] = {}
    for row in rows.values():
        served[str(row[11] or "")] = served.get(str(row[11] or ""), 0) + 1
    stored: dict[str, list[str]] = {}
    for guid, identity in conn.execute(
        "SELECT guid, identity FROM headlines WHERE source = ? AND guid IS NOT NULL AND guid != ''",
        (source,),
    ):
        stored.setdefault(guid, []).append(identity)
    for identity in [k for k in rows if k not in known]:
        row = rows[identity]
        guid = str(row[11] or "")
        held = stored.get(guid, [])
        if len(held) != 1 or held[0] in rows or served[guid] > 1:
            continue
        if guid not in (identity.split(TITLED)[0], held[0].split(TITLED)[0]):
            continue
        del rows[identity]
        rows[held[0]] = (row[0], held[0], *row[2:])
        if identity in stand_ins:
            stand_ins.discard(identity)
            stand_ins.add(held[0])
