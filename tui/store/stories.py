"""Headlines as stored per source, read marks, and the retention that bounds them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from tui.core.models import NO_DATE_BEFORE, Headline
from tui.store.access import reads, writes
from tui.store.base import StoreBase
from tui.store.codec import UTC, dt_text, dt_text_or_none, json_tuple, parse_dt
from tui.store.damage import NUL, ZEROED_KEYS, holds_nul
from tui.store.story_identity import (
    headline_identity,
    mend_zeroed_keys,
    same_guid,
    same_title,
    titled,
)

# On conflict the first sighting stays; a date only estimated (the fetch time) never
# replaces a date already known, so undated items do not jump to the top on every refresh; nor
# does a later date than the stored one that is after the item's first sighting: the item
# existed then, so such a date is its feed's stamp (a feed that dates every item with the time
# it was built), and taken, a story of days ago became the day's news again at every refresh.
# A stored date itself after the first sighting (a clock hours ahead) takes an earlier one.
_KEEPS_DATE = (
    "headlines.published IS NOT NULL AND (excluded.published IS NULL"
    " OR excluded.date_estimated = 1 OR (excluded.published > headlines.first_seen"
    " AND excluded.published >= headlines.published))"
)
_KEEP_PUBLISHED = f"CASE WHEN {_KEEPS_DATE} THEN headlines.published ELSE excluded.published END"


def _damaged(column: str) -> str:
    """SQL: how many U+FFFD (text its bytes did not read as) ``column`` holds."""
    return f"(length({column}) - length(replace({column}, char(65533), '')))"


def _keep_undamaged(column: str) -> str:
    """SQL: the stored text of ``column``, when the text served again is more damaged (a proxy
    or a mirror that mangled its characters): what the user read is not replaced by it. Other
    changes (a corrected title) are taken."""
    new, old = f"excluded.{column}", f"headlines.{column}"
    return f"CASE WHEN {_damaged(new)} > {_damaged(old)} THEN {old} ELSE {new} END"


def _upsert(title: str, summary: str) -> str:
    """The upsert of a headline, its stored row's ``title`` and ``summary`` becoming these."""
    return f"""
INSERT INTO headlines (
    source, identity, title, url, published, summary, outlet, official, doc_type, agencies,
    date_estimated, guid, canonical_url, first_seen, last_seen, sort_at, zone_unknown
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (source, identity) DO UPDATE SET
    title = {title},
    url = COALESCE(excluded.url, headlines.url),
    summary = {summary},
    outlet = excluded.outlet,
    official = excluded.official,
    doc_type = excluded.doc_type,
    agencies = excluded.agencies,
    guid = excluded.guid,
    canonical_url = COALESCE(excluded.canonical_url, headlines.canonical_url),
    date_estimated = CASE WHEN {_KEEPS_DATE}
        THEN headlines.date_estimated ELSE excluded.date_estimated END,
    zone_unknown = CASE WHEN {_KEEPS_DATE}
        THEN headlines.zone_unknown ELSE excluded.zone_unknown END,
    published = {_KEEP_PUBLISHED},
    sort_at = COALESCE({_KEEP_PUBLISHED}, headlines.first_seen),
    last_seen = excluded.last_seen
"""


# an item served again without its text (or its link) keeps what the user read: a later
# answer with less in it never erases it
_KEEP_SUMMARY = (
    f"CASE WHEN excluded.summary = '' THEN headlines.summary ELSE {_keep_undamaged('summary')} END"
)
_UPSERT_HEADLINE = _upsert(_keep_undamaged("title"), _KEEP_SUMMARY)
# an item served again with no title that says something (``Headline.stand_in``): the title
# stored from an earlier answer stays
_UPSERT_STAND_IN = _upsert("headlines.title", _KEEP_SUMMARY)
_HEADLINE_COLUMNS = (
    "title, url, source, published, summary, outlet, official, doc_type, agencies,"
    " date_estimated, guid, canonical_url, first_seen, zone_unknown, identity"
)


#: At most this many pruned items are remembered (``prune``): the newest served.
PRUNED_KEPT = 50_000


class StoriesStore(StoreBase):
    """Headlines (upserted per source), read marks, pruning."""

    @writes
    def save_headlines(
        self, source: str, headlines: Sequence[Headline], *, seen_at: datetime
    ) -> int:
        """Upsert ``headlines`` of ``source``; returns how many were not stored before.

        An item already stored keeps its ``first_seen``; its text and links are refreshed.
        """
        seen = dt_text(seen_at)
        rows: dict[str, tuple[object, ...]] = {}
        stand_ins: set[str] = set()
        identities = [headline_identity(h) for h in headlines]
        titles: dict[str, set[str]] = {}
        for h, identity in zip(headlines, identities, strict=True):
            titles.setdefault(identity, set()).add(h.title)
        for h, identity in zip(headlines, identities, strict=True):
            if len(titles[identity]) > 1:  # items sharing a link (a front page) or a guid: each
                identity = titled(identity, h.title)
            published = dt_text_or_none(h.published)
            if h.stand_in:
                stand_ins.add(identity)
            else:
                stand_ins.discard(identity)
            rows[identity] = (
                source,
                identity,
                h.title,
                h.url,
                published,
                h.summary,
                h.outlet,
                int(h.official),
                h.doc_type,
                json.dumps(list(h.agencies), ensure_ascii=False),
                int(h.date_estimated),
                h.guid,
                h.canonical_url,
                seen,
                seen,
                published or seen,
                int(h.zone_unknown),
            )
        if not rows:
            return 0
        with self._tx() as conn:
            known = {
                r[0]
                for r in conn.execute("SELECT identity FROM headlines WHERE source = ?", (source,))
            }
            # pruned past max_stories while the feed still serves them: not stored again (the
            # next prune would drop them again) nor new; remembered as still served
            pruned = {
                r[0]
                for r in conn.execute(
                    "SELECT identity FROM pruned_headlines WHERE source = ?", (source,)
                )
            }
            if self._mend_due(conn):  # one query more per 500 served keys: only when due
                mend_zeroed_keys(conn, source, rows)
            else:
                self.left_out.unmended.add(source)
            same_guid(conn, source, rows, known, stand_ins)
            same_title(conn, source, rows, known, stand_ins)
            again = [identity for identity in rows if identity in pruned and identity not in known]
            conn.executemany(
                "UPDATE pruned_headlines SET last_seen = ? WHERE source = ? AND identity = ?",
                [(seen, source, identity) for identity in again],
            )
            for identity in again:
                del rows[identity]
            conn.executemany(_UPSERT_HEADLINE, [v for k, v in rows.items() if k not in stand_ins])
            conn.executemany(_UPSERT_STAND_IN, [rows[k] for k in stand_ins if k in rows])
        return sum(1 for identity in rows if identity not in known)

    def _mend_due(self, conn: Any) -> bool:
        """Whether a save mends stored keys zeroed in place (``mend_zeroed_keys``): a read of
        this store found one, or an earlier session noted one it found (``ZEROED_KEYS``)."""
        if self.left_out.keys_zeroed:
            return True
        return (
            conn.execute("SELECT 1 FROM meta WHERE key = ?", (ZEROED_KEYS,)).fetchone() is not None
        )

    @reads
    def has_headlines(self, source: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM headlines WHERE source = ? LIMIT 1", (source,))
        return row.fetchone() is not None

    @writes
    def touch_seen(self, source: str, seen_at: datetime) -> None:
        """The items of ``source``'s last delivery were served again, unchanged (nothing was
        parsed): their ``last_seen`` becomes ``seen_at``, as a save of them would have made it.
        Those items are the ones its last save stamped, the newest ``last_seen`` it has."""
        with self._tx() as conn:
            for table in ("pruned_headlines", "headlines"):  # the pruned ones it served too
                conn.execute(
                    f"UPDATE {table} SET last_seen = ? WHERE source = ? AND last_seen ="
                    " (SELECT MAX(last_seen) FROM headlines WHERE source = ?)",
                    (dt_text(seen_at), source, source),
                )

    @reads
    def load_headlines(
        self, *, limit: int | None = None, reuse: Iterable[Headline] = ()
    ) -> list[Headline]:
        """Stored headlines, newest first (by published date, else first seen).

        ``reuse``: headlines already in memory (those of the snapshot on screen): a stored row
        equal to one of them comes back as that very object, so a rebuild next to the snapshot
        it replaces holds each unchanged headline once. Repeated names (source, outlet, document
        type) are one string each."""
        return [h for h, _ in self._headline_rows(limit, reuse)]

    @reads
    def load_headlines_with_seen(
        self, *, limit: int | None = None, reuse: Iterable[Headline] = ()
    ) -> list[tuple[Headline, datetime]]:
        """Like ``load_headlines``, each with the time it was first seen."""
        never = datetime.min.replace(tzinfo=UTC)
        return [(h, parse_dt(seen) or never) for h, seen in self._headline_rows(limit, reuse)]

    def _headline_rows(
        self, limit: int | None, reuse: Iterable[Headline]
    ) -> Iterator[tuple[Headline, str | None]]:
        """Each stored headline with its first-seen text. A row of a headline in ``reuse``
        whose every field is that headline's (what ``==`` on the headline it would make
        compares) is that headline, made no second time."""
        sql = f"SELECT {_HEADLINE_COLUMNS} FROM headlines ORDER BY sort_at DESC, source, identity"
        params: tuple[object, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (max(0, limit),)
        # found by what is cheap to compare; only an equal headline is taken
        known = {(h.source, h.title, h.url): h for h in reuse}
        names: dict[Any, Any] = {}
        name = names.setdefault
        for row in self._conn.execute(sql, params):
            (title, url, src, published, summary, outlet, official, doc_type, agencies) = row[:9]
            (date_estimated, guid, canon, first_seen, unplaced, identity) = row[9:]
            when, tags = parse_dt(published), json_tuple(agencies)
            if when is not None and when < NO_DATE_BEFORE:  # a placeholder an older version kept
                when, date_estimated, unplaced = parse_dt(first_seen), True, False
            guid = url if guid == url else guid  # one string where they are the same
            canon = url if canon == url else canon
            held = known.get((src, title, url))
            if (
                held is not None
                and not holds_nul(identity)
                and held.published == when
                and held.summary == summary
                and held.outlet == outlet
                and held.official == bool(official)
                and held.doc_type == doc_type
                and held.agencies == tags
                and held.date_estimated == bool(date_estimated)
                and held.guid == guid
                and held.canonical_url == canon
                and held.zone_unknown == bool(unplaced)
            ):
                yield held, first_seen
                continue
            # a row zeroed on disk in place (the page's structure whole): the store never
            # writes a NUL, nor a story without a title (``tui.store.damage``)
            if (
                not isinstance(title, str)
                or not isinstance(identity, str)
                or NUL in identity  # its key: served again, it is stored under the true one
                or NUL in title
                or NUL in (summary or "")
                or NUL in (url or "")
                or NUL in (published or "")
            ):
                if not isinstance(identity, str) or NUL in identity:
                    self.left_out.keys_zeroed.add(str(src))
                where = {"source": src, "title": title, "url": url, "summary": summary}
                where |= {"published": published, "first_seen": first_seen, "identity": identity}
                self.left_out.add("headlines", (src, title, url, first_seen), where)
                continue
            headline = Headline(
                title=title,
                url=url,
                source=name(src, src),
                published=when,
                summary=summary,
                outlet=name(outlet, outlet),
                official=bool(official),
                doc_type=name(doc_type, doc_type),
                agencies=tags,
                date_estimated=bool(date_estimated),
                guid=guid,
                canonical_url=canon,
                zone_unknown=bool(unplaced),
            )
            yield headline, first_seen
        if limit is None:  # every story read: none found zeroed is known now
            self.left_out.stories_read = True

    @reads
    def headlines_first_seen(self) -> dict[str, datetime]:
        """identity -> the earliest time any source showed it."""
        result: dict[str, datetime] = {}
        for identity, first in self._conn.execute(
            "SELECT identity, MIN(first_seen) FROM headlines GROUP BY identity"
        ):
            parsed = parse_dt(first)
            if parsed is not None:
                result[identity] = parsed
        return result

    def mark_read(self, story_ids: Iterable[str], *, at: datetime | None = None) -> None:
        stamp = at or datetime.now(UTC)
        self.keep_read({sid: stamp for sid in story_ids})

    @writes
    def keep_read(self, marks: Mapping[str, datetime]) -> None:
        """Each story marked read as of its own time (a mark already stored stays as it is)."""
        rows = [(sid, dt_text(at)) for sid, at in marks.items()]
        if not rows:
            return
        with self._tx() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO read_stories (story_id, read_at) VALUES (?, ?)", rows
            )

    @reads
    def read_ids(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT story_id FROM read_stories")}

    @writes
    def prune(self, *, max_age_days: int, max_stories: int, now: datetime) -> int:
        """Bound the cache; returns how many headlines were removed.

        Headlines that no source has served for ``max_age_days`` (by ``last_seen``) go, then
        all but the newest ``max_stories``; read marks older than ``max_age_days`` go. Price
        points are never pruned (a source's whole history is what its chart and the snapshot
        show; 30 series of 10 years of daily points are only a few MB). Declared policy is
        left alone. An item a feed still
        carries is never pruned for its age, however old its date: what the user's sources
        show is what the user sees.
        """
        cutoff = dt_text(now - timedelta(days=max_age_days))
        past = (
            "FROM headlines WHERE rowid NOT IN ("
            " SELECT rowid FROM headlines ORDER BY sort_at DESC, source, identity LIMIT ?)"
        )
        limit = (max(0, max_stories),)
        with self._tx() as conn:
            removed = conn.execute("DELETE FROM headlines WHERE last_seen < ?", (cutoff,)).rowcount
            # past max_stories: remembered, so a feed that still serves them (and changes) does
            # not bring them back as new; forgotten as the stories are, once no feed served
            # them for max_age_days, and never more than PRUNED_KEPT
            conn.execute(
                "INSERT OR REPLACE INTO pruned_headlines (source, identity, last_seen)"
                f" SELECT source, identity, last_seen {past}",
                limit,
            )
            removed += conn.execute(f"DELETE {past}", limit).rowcount
            conn.execute("DELETE FROM pruned_headlines WHERE last_seen < ?", (cutoff,))
            conn.execute(
                "DELETE FROM pruned_headlines WHERE rowid NOT IN ("
                " SELECT rowid FROM pruned_headlines ORDER BY last_seen DESC LIMIT ?)",
                (PRUNED_KEPT,),
            )
            conn.execute("DELETE FROM read_stories WHERE read_at < ?", (cutoff,))
        return removed
