"""The last few price files read, kept as their parse (``registry.parse``): a file whose bytes
have not changed since it was last read is not read again.

Only kinds whose parser is a pure function of the bytes, the source's entry and the answer's
headers are kept (``PURE_KINDS``: their parse does not look at the time it is asked). A local
price file is read again at every refresh (an hour apart, and at every start of ``watch`` or the
app in one process); a daily history of ten years is ~0.1 s of parsing each time. The kept
parse is pickled and a fresh copy handed out at each call, so no caller's change reaches the
next; at most ``KEEP`` parses and ``KEEP_BYTES`` of them are kept. A parse that fails is never
kept (its error is raised again, read afresh)."""

from __future__ import annotations

import hashlib
import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any

from tui.core.config_types import SourceConfig

#: Kinds whose ``parse`` reads only its bytes, the entry and the headers (not ``fetched_at``).
PURE_KINDS = frozenset({"csv", "fred", "stooq"})
KEEP = 24
KEEP_BYTES = 16 * 1024 * 1024

_lock = threading.Lock()
_kept: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()


def key_of(
    src: SourceConfig,
    data: bytes,
    headers: Mapping[str, str] | None,
    parser: Callable[..., Any],
) -> tuple[Any, ...]:
    """What the parse depends on: the parser itself (a patched one is another), the entry as
    written, the bytes' digest and the headers."""
    head = tuple(sorted((str(k).lower(), str(v)) for k, v in (headers or {}).items()))
    return (parser, src.kind, repr(src), hashlib.blake2b(data).digest(), len(data), head)


def parsed(
    src: SourceConfig,
    data: bytes,
    headers: Mapping[str, str] | None,
    parser: Callable[..., Any],
    parse: Callable[[], Any],
) -> Any:
    """``parse()`` of ``data``, or a copy of what it gave the last time these bytes were read
    for this entry."""
    if src.kind not in PURE_KINDS:
        return parse()
    key = key_of(src, data, headers, parser)
    with _lock:
        kept = _kept.get(key)
        if kept is not None:
            _kept.move_to_end(key)
    if kept is not None:
        return pickle.loads(kept)
    result = parse()
    try:
        blob = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a parse that cannot be copied is simply not kept
        return result
    with _lock:
        _kept[key] = blob
        while len(_kept) > KEEP or (
            len(_kept) > 1 and sum(len(b) for b in _kept.values()) > KEEP_BYTES
        ):
            _kept.popitem(last=False)
    return result


def forget() -> None:
    """Every kept parse dropped."""
    with _lock:
        _kept.clear()
