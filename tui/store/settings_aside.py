"""The user's settings a refused write kept out of the store, kept in a small file beside it.

A setting (the theme picked with ``t``: its meta keys, written together) is stored with when it
was picked (meta ``<name>.at``). Picked while the cache refuses writes (another program's lock,
a file made read-only, a full disk) it is pending, and saved once the cache takes writes again;
a session that ends first lost it, and the next start opened on the config's theme. It is kept
instead in ``<store>.settings`` beside the store, as the read marks are (``marks_aside``; the
file's handling is shared: ``aside_file``): JSON, name -> {"values": {meta key: text}, "at":
when}, the newer of two for one name kept. The next start reads it (:func:`load`; it wins over
the store's own when picked later, :func:`wins`), and the next session that can write the store
takes it in and removes the file (:func:`take`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.record import record
from tui.store import cache_stamp as stamp
from tui.store.aside_file import claim, locked, read_json, with_transit, write_json
from tui.store.codec import dt_text, parse_dt

if TYPE_CHECKING:
    from tui.store.meta import MetaStore

SUFFIX = ".settings"
_MAX_BYTES = 256 * 1024  # a few settings: a larger file is not ours


@record
class Setting:
    values: dict[str, str]  # meta key -> value, stored together
    at: datetime  # when the user picked it


def aside_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + SUFFIX)


def at_key(name: str) -> str:
    """The meta key of when the setting ``name`` stored was picked."""
    return f"{name}.at"


def wins(setting: Setting, stored_at: str | None) -> bool:
    """Whether ``setting`` (kept aside) is newer than the store's, picked at ``stored_at`` (a
    store's value without a time is older than any kept aside). The same time wins too: the
    same pick, unless the merge of a session kept in memory brought its time into a file that
    kept its own older value (the merge keeps the file's keys and adds the missing ones)."""
    at = parse_dt(stored_at)
    return at is None or setting.at >= at


def load(store_path: Path) -> dict[str, Setting]:
    """The settings kept aside for the store at ``store_path`` (none: no file, or one that does
    not read as settings), with those another session is taking into the store meanwhile."""
    return with_transit(aside_path(store_path), _read, _merge)


def _read(path: Path) -> dict[str, Setting]:
    data = read_json(path, _MAX_BYTES)
    if not isinstance(data, dict):
        return {}
    settings = {}
    for name, entry in data.items():
        if not isinstance(name, str) or not isinstance(entry, dict):
            continue
        values, when = entry.get("values"), entry.get("at")
        at = parse_dt(when) if isinstance(when, str) else None
        if at is None or not isinstance(values, dict):
            continue
        if all(isinstance(k, str) and isinstance(v, str) for k, v in values.items()):
            settings[name] = Setting(dict(values), at)
    return settings


def _merge(old: Mapping[str, Setting], new: Mapping[str, Setting]) -> dict[str, Setting]:
    merged = dict(old)
    for name, setting in new.items():
        if name not in merged or setting.at >= merged[name].at:
            merged[name] = setting
    return merged


def keep(store_path: Path, settings: Mapping[str, Setting]) -> str | None:
    """Keep ``settings`` aside for the store at ``store_path``, with those kept already (the
    newer of two for one name); None once written, else why it could not be."""
    if not settings:
        return None
    path = aside_path(store_path)
    with locked(path):  # read, merged and moved over it with no other update in between
        merged = _merge(_read(path), settings)
        data = {n: {"values": s.values, "at": dt_text(s.at)} for n, s in merged.items()}
        return write_json(path, data)


def take(store: MetaStore, store_path: Path) -> int:
    """Store the settings kept aside for ``store_path`` that are newer than the store's into
    ``store`` (when it saves to the file) and remove the file; how many were stored. Those the
    store cannot take after all (it went read-only) are kept aside again."""
    path = aside_path(store_path)
    if not store.saves or store.read_only is not None or not path.is_file():
        return 0
    claimed = claim(path, _read, _merge)
    if claimed is None:
        return 0  # gone meanwhile (another session took it), or the folder refuses
    taken, settings = claimed
    try:
        newer = {n: s for n, s in settings.items() if wins(s, store.get_meta(at_key(n)))}
        for name, setting in newer.items():
            store.set_metas({**setting.values, at_key(name): dt_text(setting.at)})
    except BaseException:
        _put_back(taken, store_path, settings)
        raise
    if store.read_only is not None:  # kept out after all: aside again
        _put_back(taken, store_path, settings)
        return 0
    stamp.remove(taken)
    return len(newer)


def _put_back(taken: Path, store_path: Path, settings: Mapping[str, Setting]) -> None:
    if keep(store_path, settings) is None:
        stamp.remove(taken)
