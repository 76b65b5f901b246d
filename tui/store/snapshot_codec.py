"""The snapshot's models as JSON and back, for the snapshot cache (``tui.store.snapshot_cache``)
and whatever else keeps a model as text (``tui.flow.snapshot``).

``encode`` gives plain JSON values: a model as an object with its class name (``__t``) and its
fields, a datetime or a date as an object naming it (``__dt``, ``__d``); ``decode`` builds the
models back (a field typed as a tuple read as a tuple), and ``hook`` does the same as
``json.loads``' object hook, much faster.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from tui.core import models

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
        models.OtherSide,
        models.SourceHealth,
        models.Snapshot,
    )
}
_TUPLE_FIELDS: dict[str, set[str]] = {
    name: {f.name for f in dataclasses.fields(cls) if str(f.type).startswith("tuple")}
    for name, cls in _CLASSES.items()
}


#: What ``encode`` gives back as it is (exactly these types: a subclass takes the long way).
PLAIN: frozenset[type] = frozenset({str, int, float, bool, type(None)})


def encode(obj: Any) -> Any:
    if type(obj) in PLAIN:  # most values of a story's row: the checks below, answered at once
        return obj
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


def hook(obj: dict[str, Any]) -> Any:
    """``decode`` as ``json.loads``' object hook: the scanner (C) builds the lists and scalars and
    calls this for each object, innermost first, where ``decode`` walked every value in Python
    (~9 M instructions for the head's board at every start). The same objects as ``decode``."""
    if "__dt" in obj:
        return datetime.fromisoformat(obj["__dt"])
    if "__d" in obj:
        return date.fromisoformat(obj["__d"])
    name = obj.pop("__t", None)
    if name is None:
        return obj
    for key in _TUPLE_FIELDS[name].intersection(obj):
        obj[key] = _tuples(obj[key])
    return _CLASSES[name](**obj)


def _tuples(value: Any) -> Any:
    """A field ``decode`` reads as a tuple: every list in it, not in its objects, a tuple."""
    return tuple(map(_tuples, value)) if isinstance(value, list) else value
