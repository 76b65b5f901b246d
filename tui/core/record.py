"""``@record``: a slotted dataclass that costs a third as much to define as ``@dataclass``.

On Python 3.11 ``@dataclass(frozen=True, slots=True)`` compiles six generated methods for each
class, one ``exec`` each (~1.5-2 ms a class): the 25 dataclasses the first paint needs took
~40 ms of every start. ``record`` makes the same class (``dataclasses.dataclass`` does the field
bookkeeping, so ``fields``, ``replace``, ``asdict`` and ``is_dataclass`` work as before) and
compiles ``__init__`` (stories are made by the thousand); ``__eq__`` and ``__hash__`` are
compiled when first called (a class that is never compared pays nothing for them before the
first paint, and the compiler was a third of what defining these classes cost); ``__repr__``
and the frozen guards are shared functions over the field names. The compiled code is kept
between runs (``record_code``), as a module's bytecode is. Equality, hashing, ``repr``, frozenness and pickling are those of
``@dataclass(frozen=..., slots=True)``: tests/unit/test_record.py holds them against it.

Plain fields only (no ``kw_only``, ``init=False``, ``InitVar`` or ``__post_init__``): a class
that needs one of those stays a ``@dataclass``.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from dataclasses import MISSING, FrozenInstanceError
from typing import TYPE_CHECKING, Any, TypeVar, overload

from tui.core.record_code import compiled
from tui.core.record_fields import slotted

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: Any) -> Callable[[Any], Any]:
        return lambda f: f


_C = TypeVar("_C", bound=type)


class _Factory:
    """The default of an argument left to its field's default factory (shown as dataclasses
    shows it in a signature)."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


@overload
def record(cls: _C, /) -> _C: ...
@overload
def record(*, frozen: bool = True) -> Callable[[_C], _C]: ...
@dataclass_transform(frozen_default=True)
def record(cls: Any = None, /, *, frozen: bool = True) -> Any:
    """``@dataclass(frozen=True, slots=True)``, cheaper to define; ``frozen=False`` for
    ``@dataclass(slots=True)``."""
    if cls is None:
        return lambda c: _build(c, frozen)
    return _build(cls, frozen)


def _build(cls: type, frozen: bool) -> type:
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: @record does not run __post_init__; use @dataclass")
    own = set(cls.__dict__)
    undocumented = not cls.__doc__
    if undocumented:  # else ``dataclass`` writes one from ``inspect.signature(cls)``, which for
        # a class without ``__init__`` parses ``object``'s text signature (and compiles the
        # tokenizer's regular expressions the first time: ~2 ms of every start)
        cls.__doc__ = cls.__name__
    explicit_hash = cls.__dict__.get("__hash__", MISSING) not in (MISSING, None)
    made: Any = slotted(cls)  # ``dataclass(cls, init=False, repr=False, eq=False, slots=True)``
    fields = dataclasses.fields(made)
    for f in fields:
        if f.kw_only or not f.init or "InitVar" in str(f.type):
            raise TypeError(f"{cls.__name__}.{f.name}: @record takes plain fields only")
    made.__record_fields__ = tuple(f.name for f in fields)
    if undocumented:  # as ``dataclass`` writes it: the class's name and its fields
        made.__doc__ = f"{cls.__name__}({', '.join(f.name for f in fields)})"
    hashed = tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash))
    if "__init__" not in own:
        made.__init__ = _init(made, fields, frozen)
    if "__repr__" not in own:
        made.__repr__ = _repr(made, tuple(f.name for f in fields if f.repr))
    if "__eq__" not in own:
        made.__eq__ = _eq(made, tuple(f.name for f in fields if f.compare))
    if frozen:
        if not explicit_hash:
            made.__hash__ = _hash(made, hashed)
        made.__setattr__ = _frozen_setattr
        made.__delattr__ = _frozen_delattr
        made.__getstate__ = _getstate
        made.__setstate__ = _setstate
    elif not explicit_hash:
        made.__hash__ = None  # mutable and compared by value: unhashable, as a dataclass
    return made


def _init(cls: type, fields: tuple[dataclasses.Field[Any], ...], frozen: bool) -> Any:
    """``__init__`` as ``dataclass`` writes it, compiled (stories are made by the thousand, and
    a function over ``*args`` would be several times slower; it also keeps the signature)."""
    env: dict[str, Any] = {"__record_set": object.__setattr__, "__record_factory": _FACTORY}
    args, body = [], []
    for f in fields:
        value = f.name
        if f.default is not MISSING:
            env[f"__record_d_{f.name}"] = f.default
            args.append(f"{f.name}=__record_d_{f.name}")
        elif f.default_factory is not MISSING:
            env[f"__record_f_{f.name}"] = f.default_factory
            args.append(f"{f.name}=__record_factory")
            value = f"__record_f_{f.name}() if {f.name} is __record_factory else {f.name}"
        else:
            args.append(f.name)
        body.append(
            f"__record_set(self, {f.name!r}, {value})" if frozen else f"self.{f.name} = {value}"
        )
    source = f"def __init__(self, {', '.join(args)}):\n " + "\n ".join(body or ["pass"]) + "\n"
    made: dict[str, Any] = {}
    exec(compiled(source), env, made)  # our own generated text, as dataclasses does
    init = made["__init__"]
    _place(init, cls)
    init.__annotations__ = {f.name: f.type for f in fields} | {"return": None}
    return init


def _eq(cls: type, names: tuple[str, ...]) -> Any:
    """``__eq__`` as ``dataclass`` writes it, compiled when first called (see ``_on_first_call``)."""
    mine = "".join(f"self.{n}," for n in names)
    theirs = "".join(f"other.{n}," for n in names)
    return _on_first_call(
        cls,
        "__eq__",
        "def __eq__(self, other):\n"
        f" if other.__class__ is self.__class__: return ({mine}) == ({theirs})\n"
        " return NotImplemented\n",
    )


def _hash(cls: type, names: tuple[str, ...]) -> Any:
    """``__hash__`` as ``dataclass`` writes it, compiled when first called."""
    values = "".join(f"self.{n}," for n in names)
    return _on_first_call(cls, "__hash__", f"def __hash__(self): return hash(({values}))\n")


def _on_first_call(cls: type, name: str, source: str) -> Any:
    """A method that compiles ``source`` (the method proper) the first time it is called, puts
    it on ``cls`` in its own place, and calls it: a class pays the compiler (a third of what
    defining these classes cost, at every start) only for the methods it uses, and then runs
    them as fast as ``dataclass``'s own."""

    def first_call(self: Any, *args: Any) -> Any:
        made: dict[str, Any] = {}
        exec(compiled(source), {}, made)  # our own generated text, as dataclasses does
        method = _place(made[name], cls)
        setattr(cls, name, method)
        return method(self, *args)

    first_call.__name__ = name
    return _place(first_call, cls)


def _place(method: Any, cls: type) -> Any:
    method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
    method.__module__ = cls.__module__
    return method


def _repr(cls: type, names: tuple[str, ...]) -> Any:
    @reprlib.recursive_repr()
    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        return f"{self.__class__.__qualname__}({shown})"

    __repr__.__qualname__ = f"{cls.__qualname__}.__repr__"
    return __repr__


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _getstate(self: Any) -> list[Any]:
    return [getattr(self, name) for name in self.__record_fields__]


def _setstate(self: Any, state: list[Any]) -> None:
    for name, value in zip(self.__record_fields__, state, strict=False):
        object.__setattr__(self, name, value)
