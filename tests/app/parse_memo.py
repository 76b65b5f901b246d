"""The app tests' shared parse of the price files: each test starts the demo on a fresh store,
whose first refresh parses every price file again (the app itself skips a file whose bytes it
stored last time, ``tui.flow.unchanged``, but a fresh store holds no such record). Two daily
histories of ten years are ~0.2 s of each start's CPU and the same bytes give the same series
every time, so :func:`remembering` keeps the parse of a price file per pytest process and hands
each later start a fresh copy (pickled; no test's change reaches the next).

Only kinds whose parse reads nothing but its bytes, the source's entry, the answer's headers
and ``keep`` are kept (``PURE_KINDS``: not ``fetched_at``); a parse that fails is never kept (its
error is raised again, read afresh); a test that patches ``registry.parse`` itself replaces the
wrapper for its own run. The unit tests of the parsers never go through it."""

from __future__ import annotations

import hashlib
import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from tui.core.config_types import SourceConfig

#: Kinds whose ``parse`` reads only its bytes, the entry and the headers (not ``fetched_at``).
PURE_KINDS = frozenset({"csv", "fred", "stooq"})
KEEP = 24

Parse = Callable[..., Any]


def remembering(parse: Parse) -> Parse:
    """``parse`` (``registry.parse``'s signature), the price files' parses kept."""
    lock = threading.Lock()
    kept: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()

    def remembered(
        src: SourceConfig,
        data: bytes,
        *,
        fetched_at: datetime,
        headers: Mapping[str, str] | None = None,
        keep: int | None = None,
    ) -> Any:
        def fresh() -> Any:
            return parse(src, data, fetched_at=fetched_at, headers=headers, keep=keep)

        if src.kind not in PURE_KINDS:
            return fresh()
        head = tuple(sorted((str(k).lower(), str(v)) for k, v in (headers or {}).items()))
        key = (repr(src), hashlib.blake2b(data).digest(), len(data), head, keep)
        with lock:
            blob = kept.get(key)
            if blob is not None:
                kept.move_to_end(key)
        if blob is not None:
            return pickle.loads(blob)
        result = fresh()
        with lock:
            kept[key] = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
            while len(kept) > KEEP:
                kept.popitem(last=False)
        return result

    remembered.__wrapped__ = parse  # type: ignore[attr-defined]
    return remembered
