"""The field bookkeeping of ``@record``: what ``dataclass(cls, init=False, repr=False, eq=False,
slots=True)`` makes of a plain class, without its general machinery.

``dataclasses`` reads each annotation against ``typing`` and ``dataclasses`` (regular
expressions over string annotations, for ``ClassVar`` and ``InitVar``), walks the class's MRO
for inherited fields and abstract methods, sets every attribute through its own checks, then
builds the class again with slots: ~1.2 M instructions a class, ~25 M for the classes of the
first paint. A plain class (no base but ``object``, no metaclass, no slots of its own, string
annotations that name no ``ClassVar``, ``InitVar`` or ``KW_ONLY``) gets here the same class in
one step: the same ``Field`` objects in ``__dataclass_fields__``, the same
``__dataclass_params__``, ``__match_args__`` and ``__slots__``, so ``fields``, ``replace``,
``asdict``, ``is_dataclass`` and pickling work as before (tests/unit/test_record_fields.py holds
them against ``dataclass``). Any other class goes through ``dataclass`` itself.
"""

from __future__ import annotations

import dataclasses
from dataclasses import MISSING, Field
from typing import Any

_FIELD = dataclasses._FIELD  # type: ignore[attr-defined]  # a field proper (not a ClassVar)
_SPECIAL = ("ClassVar", "InitVar", "KW_ONLY")


def _reference() -> Any:
    """The ``__dataclass_params__`` of such a class (one object: they are all the same)."""
    plain = type("_Plain", (), {"__doc__": "_Plain"})
    return dataclasses.dataclass(plain, init=False, repr=False, eq=False, slots=True)


_PARAMS = _reference().__dataclass_params__


def slotted(cls: type) -> type:
    """``dataclass(cls, init=False, repr=False, eq=False, slots=True)``."""
    own = cls.__dict__
    annotations = own.get("__annotations__", {})
    if not _plain(cls, annotations):
        return dataclasses.dataclass(cls, init=False, repr=False, eq=False, slots=True)
    fields: dict[str, Field[Any]] = {}
    for name, kind in annotations.items():
        default = own.get(name, MISSING)
        f: Any = default if isinstance(default, Field) else dataclasses.field(default=default)
        f.name, f.type = name, kind
        f._field_type = _FIELD
        if f.kw_only is MISSING:
            f.kw_only = False
        if f.default is not MISSING and f.default.__class__.__hash__ is None:
            raise ValueError(
                f"mutable default {type(f.default)} for field {name} is not allowed: "
                "use default_factory"
            )
        fields[name] = f
    for name, value in own.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    body = dict(own)
    for name in fields:
        body.pop(name, None)
    body.pop("__dict__", None)
    body.pop("__weakref__", None)
    body["__slots__"] = tuple(fields)
    body["__dataclass_params__"] = _PARAMS
    body["__dataclass_fields__"] = fields
    if "__match_args__" not in own:
        body["__match_args__"] = tuple(n for n, f in fields.items() if f.init and not f.kw_only)
    made = type(cls.__name__, cls.__bases__, body)
    made.__qualname__ = cls.__qualname__
    return made


def _plain(cls: type, annotations: Any) -> bool:
    return (
        type(cls) is type
        and cls.__bases__ == (object,)
        and "__slots__" not in cls.__dict__
        and isinstance(annotations, dict)
        and all(
            isinstance(a, str) and not any(word in a for word in _SPECIAL)
            for a in annotations.values()
        )
    )
