"""Content a source has already delivered is not parsed again.

After a source's bytes were parsed and stored, the refresher remembers them in the store's meta
(``content:<source name>``, so it survives restarts): the SHA-256 of the bytes, the source's
definition they were parsed under, what the parse gave (items, warning) and, for a local file,
its ``stat`` signature. On the next refresh:

- a local file whose signature (size, mtime, ctime, inode) is the one remembered is not read at
  all; one whose signature changed is read, and when its bytes hash the same they are not parsed
  (a ``touch``, a copy of the same file);
- an HTTP answer (a 200, or the cached body a 304 revalidated) whose body hashes the same is
  not parsed.

The record is ignored when the rows it stands for are no longer stored at all: a news source's
stories (pruned while the source was out of the config), a price source's points or a policy
file's entries (lost with a damaged store; a salvage also drops every record); and while this
session's reads have left rows out as damaged (a price changed in place): the same bytes,
parsed again, store the rows whole, and the records are dropped with the damaged rows removed
(``Store.remove_left_out``), so a later session parses them again too. Such a fetch counts as a success that brought nothing new, like an HTTP 304: the stored stories,
prices or entries stand, the health line says ok, fetched now, with the items and warning of the
parse that stored them. Nothing is skipped when the definition changed (kind, URL, metal,
options, or metalwatch's version: a new parser may read the same bytes differently), and a
parse that failed or was held back (``tui.flow.price_guard``) is not remembered, so the next
refresh parses again.

A file modified within :data:`RACY_SECONDS` of its ``stat`` is not trusted by its signature
(a write in the same clock tick would keep size and mtime): its bytes are hashed next time.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tui import __version__
from tui.core.code_stamp import code_stamp
from tui.core.config_types import NEWS_KINDS, POLICY_KINDS, PRICE_KINDS, SourceConfig
from tui.flow import saving
from tui.flow.outcome import Outcome
from tui.store.schema import DELIVERY_PREFIX

if TYPE_CHECKING:
    from tui.store import Store

META_PREFIX = DELIVERY_PREFIX
RACY_SECONDS = 2.0
Signature = tuple[int, int, int, int]


@dataclass(frozen=True)
class Seen:
    """The bytes of a source's last successful parse and what it gave."""

    definition: str
    digest: str
    items: int
    warning: str | None
    signature: Signature | None = None  # a local file's stat, when it can be trusted


def definition(src: SourceConfig) -> str:
    """What a parse of the same bytes depends on besides them (the cadence and name do not),
    the parsers' own code among it: bytes an older parser read are read again."""
    return json.dumps(
        [
            __version__,
            code_stamp("sources", "core"),
            src.kind,
            src.url,
            src.metal,
            dict(src.options),
        ],
        sort_keys=True,
        default=str,
    )


def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def signature(path: Path) -> Signature | None:
    """A local file's stat signature, or None (missing, not a file, or modified too recently
    for its signature to tell a later write in the same clock tick apart)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or time.time() - st.st_mtime < RACY_SECONDS:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def recall(store: Store, src: SourceConfig) -> Seen | None:
    """What the source's last successful parse was of, if it was under this definition."""
    try:
        raw = store.get_meta(META_PREFIX + src.name)
        if raw is None:
            return None
        data = json.loads(raw)
        sig = data.get("signature")
        seen = Seen(
            definition=str(data["definition"]),
            digest=str(data["digest"]),
            items=int(data["items"]),
            warning=data.get("warning"),
            signature=(int(sig[0]), int(sig[1]), int(sig[2]), int(sig[3])) if sig else None,
        )
        if seen.definition != definition(src):
            return None
        if seen.items and not still_stored(store, src):
            return None  # its rows are gone: pruned, or lost with a damaged store
        if store.left_out:
            return None  # rows read damaged this session: the answer stores them whole again
    except Exception:  # unreadable or from another version: parse again
        return None
    return seen


def still_stored(store: Store, src: SourceConfig) -> bool:
    """Whether the store still holds rows of what ``src`` delivered: its stories (pruned while
    the source was out of the config), its price points or its declared entries (lost with a
    damaged store, or removed by hand)."""
    if src.kind in NEWS_KINDS:
        return store.has_headlines(src.name)
    if src.kind in PRICE_KINDS:
        return store.has_price_points(src.name)
    if src.kind in POLICY_KINDS:
        return store.has_declared(src.name)
    return True


def remember(store: Store, src: SourceConfig, seen: Seen) -> None:
    try:
        store.set_meta(
            META_PREFIX + src.name,
            json.dumps(
                {
                    "definition": seen.definition,
                    "digest": seen.digest,
                    "items": seen.items,
                    "warning": seen.warning,
                    "signature": list(seen.signature) if seen.signature else None,
                }
            ),
        )
    except Exception:  # a read-only or full store: the next refresh parses again
        pass


def forget(store: Store, src: SourceConfig) -> None:
    try:
        store.delete_meta(META_PREFIX + src.name)
    except Exception:
        pass


def confirm(store: Store, src: SourceConfig, at: datetime) -> None:
    """The stored items of an unchanged news source were served again at ``at``: their
    ``last_seen`` moves on as a parse would have moved it, so retention keeps them."""
    if src.kind in NEWS_KINDS:
        try:
            store.touch_seen(src.name, at)
        except Exception:
            pass


def store_delivery(
    store: Store,
    src: SourceConfig,
    got: saving.Delivery,
    *,
    fresh: bool,
    metals: Collection[str],
) -> Outcome:
    """Store what ``src`` delivered (:func:`tui.flow.saving.save_parsed`) and remember its bytes
    when it was stored whole, so the same bytes next time need no parse; a delivery stored in
    part (a point held back) is parsed again. Run on a worker thread by the refresh."""
    outcome, whole = saving.save_parsed(
        store, src, got.parsed, got.fetched_at, got.from_cache, fresh=fresh, metals=metals
    )
    if whole:
        seen = Seen(definition(src), got.digest, outcome.items, outcome.warning)
        remember(store, src, replace(seen, signature=got.signature))
    elif outcome.ok:
        forget(store, src)
    return outcome
