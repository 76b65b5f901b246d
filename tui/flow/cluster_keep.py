"""The clustering memo kept across starts: the first refresh after a start as fast as the next.

Every refresh that saved news clusters every stored headline again; the process's
:class:`~tui.engine.cluster_memo.ClusterMemo` makes the second and later ones cheap, but a new
process starts with it empty, so the first refresh after each start derived every title's form
and every pair's score anew (~2.3 s at 20,000 headlines, in the load worker). After each
clustering the memo is written beside the store (``store.sqlite3.cluster.memo``,
``tui.store.memo_file``); a process whose memo is still empty takes it back before clustering.

What is read back is what computing it again gives, because everything it depends on is in its
key or in each entry's own key: the code that derives it (metalwatch's version and the engine
and core modules' stamp) and the watch list (every metal's id, name, aliases and unit) are the
file's key; each form is keyed by its title, outlet and document id, each score by its pair,
each story's metals by its texts, so headlines added or pruned since only leave entries
unused or to compute. A file under another key, damaged, or holding anything but the shapes
the memo holds is ignored: that build derives from nothing, and writes a good file after.
``benchmarks/bench_heavy.py --check`` compares a build that took the file with one from nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui import __version__
from tui.core.code_stamp import code_stamp
from tui.core.models import Metal
from tui.store import memo_file

if TYPE_CHECKING:
    from tui.engine.cluster_memo import ClusterMemo
    from tui.store import Store

NAME = "cluster"

__all__ = ["NAME", "keep", "key", "path_for", "seed", "valid"]


def path_for(store: Store) -> Path | None:
    return memo_file.memo_path(store.path, NAME) if store.path is not None else None


def key(metals: Sequence[Metal]) -> str:
    """The code and the watch list the memo was derived under."""
    listed = [[m.id, m.name, list(m.aliases), m.unit] for m in metals]
    text = json.dumps([__version__, code_stamp("engine", "core"), listed])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def seed(memo: ClusterMemo, store: Store, metals: Sequence[Metal]) -> bool:
    """An empty ``memo`` filled from the file of an earlier process, when it is this code's and
    this watch list's and holds what a memo holds. True when taken."""
    path = path_for(store)
    if path is None or len(memo):
        return False
    held = memo_file.load(path, key=key(metals))
    if held is None or not valid(held):
        return False
    from tui.engine.tagging import matcher_for

    return memo.seed(matcher_for(metals), held)


def keep(memo: ClusterMemo, store: Store, metals: Sequence[Metal]) -> bool:
    """Write what the last clustering kept, for the next process. True when written."""
    path = path_for(store)
    held = memo.held() if path is not None else None
    if path is None or held is None:
        return False
    return memo_file.save(path, held, key=key(metals))


def _strs(value: Any) -> bool:
    return isinstance(value, tuple) and all(type(v) is str for v in value)


def _form_key(value: Any) -> bool:
    return (
        type(value) is tuple
        and len(value) == 3
        and type(value[0]) is str
        and all(v is None or type(v) is str for v in value[1:])
    )


def valid(held: Any) -> bool:
    """``held`` has the memo's shapes throughout (``Held``): forms by title key, scores and
    fits by pair of title keys, story metals by texts (``cluster_memo.Held``)."""
    if type(held) is not tuple or len(held) != 4 or not all(type(d) is dict for d in held):
        return False
    forms, scores, fits, story_tags = held
    for k, f in forms.items():
        if not (
            _form_key(k)
            and type(f) is tuple
            and len(f) == 4
            and _strs(f[0])
            and type(f[1]) is str
            and _strs(f[2])
            and type(f[3]) is frozenset
            and all(type(m) is str for m in f[3])
        ):
            return False
    for pairs, kinds in ((scores, (float, int)), (fits, (bool,))):
        for k, v in pairs.items():
            if not (
                type(v) in kinds
                and type(k) is tuple
                and len(k) == 2
                and _form_key(k[0])
                and _form_key(k[1])
            ):
                return False
    return all(_strs(k) and _strs(v) for k, v in story_tags.items())
