"""The last built snapshot, kept as JSON beside the store, so a start paints at once.

Building a snapshot (clustering, classifying, the board) takes time that grows with the store;
at start the app paints the cached one first and rebuilds only when the store's fingerprint
(or the config, or metalwatch's version) changed. The file is only a cache: anything wrong
with it (missing, corrupt, foreign) means "build it again", never an error.
"""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tui import __version__
from tui.core import models

FORMAT = "metalwatch.snapshot-cache/1"
_CLASSES: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        models.Metal,
        models.Headline,
        models.PolicyEvent,
        models.Story,
        models.PriceSeries,
        models.Evidence,
        models.PolicyStatus,
        models.SourceHealth,
        models.Snapshot,
    )
}
_TUPLE_FIELDS: dict[str, set[str]] = {
    name: {f.name for f in dataclasses.fields(cls) if str(f.type).startswith("tuple")}
    for name, cls in _CLASSES.items()
}


def encode(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {"__t": type(obj).__name__}
        for f in dataclasses.fields(obj):
            out[f.name] = encode(getattr(obj, f.name))
        return out
    if isinstance(obj, datetime):
        return {"__dt": obj.isoformat()}
    if isinstance(obj, date):
        return {"__d": obj.isoformat()}
    if isinstance(obj, list | tuple):
        return [encode(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): encode(v) for k, v in obj.items()}
    return obj


def decode(obj: Any, as_tuple: bool = False) -> Any:
    if isinstance(obj, dict):
        if "__dt" in obj:
            return datetime.fromisoformat(obj["__dt"])
        if "__d" in obj:
            return date.fromisoformat(obj["__d"])
        name = obj.get("__t")
        if name is not None:
            cls = _CLASSES[name]
            tuples = _TUPLE_FIELDS[name]
            kwargs = {k: decode(v, k in tuples) for k, v in obj.items() if k != "__t"}
            return cls(**kwargs)
        return {k: decode(v) for k, v in obj.items()}
    if isinstance(obj, list):
        items = [decode(x, as_tuple) for x in obj]
        return tuple(items) if as_tuple else items
    return obj


def cache_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".snapshot.json")


def config_key(config: Any) -> str:
    """What the cached snapshot depends on besides the store's data."""
    path = getattr(config, "path", None)
    text = ""
    if path is not None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError:
            text = ""
    return json.dumps([__version__, str(path), text, bool(getattr(config, "demo", False))])


def save(path: Path, snapshot: models.Snapshot, *, key: str, fingerprint: str) -> None:
    data = {"format": FORMAT, "key": key, "fingerprint": fingerprint, "snapshot": encode(snapshot)}
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass


def load(path: Path, *, key: str) -> tuple[models.Snapshot, str] | None:
    """(snapshot, fingerprint it was built from), or None when there is no usable cache."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key:
            return None
        snap = decode(data["snapshot"])
        if not isinstance(snap, models.Snapshot):
            return None
        return snap, str(data.get("fingerprint"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
