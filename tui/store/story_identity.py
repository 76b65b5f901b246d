"""What makes two entries of one source the same stored item (``StoriesStore.save_headlines``):
their link, else their guid, else their title; and the ties that keep one item one when its
link changes, goes bad or first appears between two answers (by its guid, else by its title and
dates); and a stored key zeroed in place written again (``mend_zeroed_keys``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tui.core.models import Headline
from tui.core.text import canonical_url
from tui.store.damage import NUL, switched


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
        # a stored key zeroed in place is never written over: the row served again is stored
        # under its own key (``mend_zeroed_keys``, ``remove_left_out``)
        if isinstance(identity, str) and NUL not in identity:
            stored.setdefault(guid, []).append(identity)
    for identity in [k for k in rows if k not in known]:
        row = rows[identity]
        guid = str(row[11] or "")
        held = stored.get(guid, [])
        if len(held) != 1 or held[0] in rows or served[guid] > 1:
            continue
        if guid not in (identity.split(TITLED)[0], held[0].split(TITLED)[0]):
            continue
        _rekey(rows, identity, held[0], stand_ins)


def _rekey(
    rows: dict[str, tuple[object, ...]], identity: str, held: str, stand_ins: set[str]
) -> None:
    """Row ``identity`` of ``rows`` stored under ``held``, the identity of the item it is."""
    row = rows.pop(identity)
    rows[held] = (row[0], held, *row[2:])
    if identity in stand_ins:
        stand_ins.discard(identity)
        stand_ins.add(held)


def same_title(
    conn: Any,
    source: str,
    rows: dict[str, tuple[object, ...]],
    known: set[str],
    stand_ins: set[str],
) -> None:
    """Key again, under the identity already stored, each row of ``rows`` new by its identity
    that has no guid, when one stored item alone of this source, with no guid either and not
    served in this answer, has its title (and no other row of the answer does) and is the same
    item by its dates: with no guid an item is known by its link, so a link that changed (the
    outlet moved the article), went bad (``javascript:``, gone) or first came would store it
    twice. Tied when the stored item's link is the row's identity (tied before), when both
    dates were given and are the same, or, with a link on one side only, when no given date
    disagrees (an undated item). A recurring title ("Metals market wrap") with a new link on
    another day, or undated with a new link, is a new item."""
    new = [
        k
        for k, row in rows.items()
        if k not in known and not row[11] and k not in stand_ins and TITLED not in k
    ]
    if not new:
        return
    served: dict[object, int] = {}
    for row in rows.values():
        served[row[2]] = served.get(row[2], 0) + 1
    wanted = {rows[k][2] for k in new if served[rows[k][2]] == 1}
    stored: dict[object, list[tuple[Any, ...]]] = {}
    for held in conn.execute(
        "SELECT title, identity, url, canonical_url, published, date_estimated FROM headlines"
        " WHERE source = ? AND (guid IS NULL OR guid = '')",
        (source,),
    ):
        # a stored key zeroed in place is never written over (as in ``same_guid``)
        if held[0] in wanted and isinstance(held[1], str) and NUL not in held[1]:
            stored.setdefault(held[0], []).append(held)
    for identity in new:
        row = rows[identity]
        held = stored.get(row[2], [])
        if len(held) != 1 or held[0][1] in rows or TITLED in held[0][1]:
            continue
        _, held_identity, url, canon, published, estimated = held[0]
        dated = not row[10] and not estimated
        if identity in (url, canon):
            pass  # tied at an earlier answer: the stored item took this link
        elif row[3] is not None and url is not None:
            if not (dated and row[4] == published):
                continue
        elif dated and row[4] != published:
            continue
        _rekey(rows, identity, held_identity, stand_ins)


#: Served keys looked up at once (``mend_zeroed_keys``), under SQLite's count of parameters.
_BATCH = 500


def mend_zeroed_keys(conn: Any, source: str, rows: dict[str, tuple[object, ...]]) -> None:
    """Write again the key of each stored row of ``source`` the index finds by a served key
    while the row's own key reads zeroed (a block zeroed in place inside the row, its index
    entry whole): the upsert lands on that row by the index and, its key still zeroed, every
    read would leave the story out. Mended, it is the story the user saw (its first sighting,
    its place) under its true key. With its index entry zeroed too, no served key finds it: the
    story is stored anew and the damaged row removed (``remove_left_out``)."""
    keys = list(rows)
    for start in range(0, len(keys), _BATCH):
        batch = keys[start : start + _BATCH]
        marks = ", ".join("?" * len(batch))
        # each served key as the index holds it (``x``, a covering search) beside the key its
        # row holds (``h``, read from the table by rowid): only those that differ
        found = conn.execute(
            "SELECT x.rowid, x.identity, h.identity FROM headlines AS x"
            " JOIN headlines AS h ON h.rowid = x.rowid"
            f" WHERE x.source = ? AND x.identity IN ({marks}) AND h.identity IS NOT x.identity",
            (source, *batch),
        ).fetchall()
        for rowid, indexed_key, key in found:
            if isinstance(key, str) and NUL not in key:
                continue  # another damage than zeros: not this function's to mend
            # no index entry is under the zeroed key: SQLite, removing it on the update, calls
            # that corruption unless the schema is being mended
            with switched(conn, "writable_schema", "ON"):
                conn.execute(
                    "UPDATE headlines SET identity = ? WHERE rowid = ?", (indexed_key, rowid)
                )
