"""``record_fields.slotted`` makes what ``dataclass(cls, init=False, repr=False, eq=False,
slots=True)`` makes of a plain class, field for field; anything else goes to ``dataclass``."""

from __future__ import annotations

import dataclasses
from dataclasses import field
from typing import Any, ClassVar

import pytest

from tui.core import models
from tui.core.record import record
from tui.core.record_fields import slotted

_FIELD_ATTRS = (
    "name",
    "type",
    "default",
    "default_factory",
    "init",
    "repr",
    "hash",
    "compare",
    "metadata",
    "kw_only",
    "_field_type",
)


def _classes() -> list[type]:
    class Plain:
        """Plain."""

        a: int
        b: str = "x"
        c: tuple[str, ...] = ()
        d: list[int] = field(default_factory=list)
        e: float | None = field(default=None, repr=False, compare=False, metadata={"m": 1})

        def total(self) -> int:
            return self.a

    class Empty:
        """Empty."""

    class Described:
        """Described."""

        x: int = field(default=3, hash=False, init=True)
        __match_args__ = ("x",)

    return [Plain, Empty, Described]


def _same(ours: type, theirs: type) -> None:
    assert list(ours.__dataclass_fields__) == list(theirs.__dataclass_fields__)  # type: ignore[attr-defined]
    for name, f in ours.__dataclass_fields__.items():  # type: ignore[attr-defined]
        g = theirs.__dataclass_fields__[name]  # type: ignore[attr-defined]
        assert [getattr(f, a) for a in _FIELD_ATTRS] == [getattr(g, a) for a in _FIELD_ATTRS]
    assert repr(ours.__dataclass_params__) == repr(theirs.__dataclass_params__)  # type: ignore[attr-defined]
    assert ours.__slots__ == theirs.__slots__  # type: ignore[attr-defined]
    assert ours.__match_args__ == theirs.__match_args__  # type: ignore[attr-defined]
    assert (ours.__name__, ours.__qualname__, ours.__module__, ours.__doc__) == (
        theirs.__name__,
        theirs.__qualname__,
        theirs.__module__,
        theirs.__doc__,
    )
    assert sorted(vars(ours)) == sorted(vars(theirs))
    assert type(ours) is type(theirs) and ours.__bases__ == theirs.__bases__
    assert dataclasses.is_dataclass(ours)


def test_plain_classes_are_made_as_dataclass_makes_them() -> None:
    for ours_cls, theirs_cls in zip(_classes(), _classes(), strict=True):
        ours = slotted(ours_cls)
        theirs = dataclasses.dataclass(theirs_cls, init=False, repr=False, eq=False, slots=True)
        _same(ours, theirs)


def test_every_model_as_dataclass_would_make_it() -> None:
    """The models as defined (through ``@record``): fields as ``dataclass`` writes them."""
    for cls in (models.Story, models.Headline, models.PriceSeries, models.Snapshot):
        for f in dataclasses.fields(cls):
            assert f._field_type is dataclasses._FIELD  # type: ignore[attr-defined]
            assert f.kw_only is False and f.init
        assert cls.__slots__ == tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[attr-defined]
        assert not hasattr(cls, "__dict__") or "__dict__" not in cls.__dict__


def test_records_keep_replace_asdict_and_match() -> None:
    @record
    class Point:
        x: int
        y: int = 0
        tags: tuple[str, ...] = ()

    p = Point(1, 2, ("a",))
    assert dataclasses.replace(p, y=5) == Point(1, 5, ("a",))
    assert dataclasses.asdict(p) == {"x": 1, "y": 2, "tags": ("a",)}
    with pytest.raises(AttributeError):
        p.z = 3  # type: ignore[attr-defined]
    match p:
        case Point(x, y):
            assert (x, y) == (1, 2)


def test_other_classes_go_through_dataclass(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    original = dataclasses.dataclass

    def spy(cls: Any = None, /, **kw: Any) -> Any:
        seen.append(cls.__name__)
        return original(cls, **kw)

    monkeypatch.setattr(dataclasses, "dataclass", spy)

    class Base:
        pass

    class Derived(Base):
        a: int = 0

    class WithClassVar:
        a: int = 0
        limit: ClassVar[int] = 3

    class Slotted:
        __slots__ = ()

    for cls in (Derived, WithClassVar):
        made = slotted(cls)
        assert dataclasses.is_dataclass(made)
    with pytest.raises(TypeError):
        slotted(Slotted)  # dataclass's own error: it specifies __slots__ already
    assert seen == ["Derived", "WithClassVar", "Slotted"]
    assert [f.name for f in dataclasses.fields(slotted(WithClassVar))] == ["a"]


def test_a_mutable_default_or_an_unannotated_field_is_refused_as_dataclass_does() -> None:
    class Mutable:
        a: list[int] = []

    with pytest.raises(ValueError, match="mutable default"):
        slotted(Mutable)

    class Loose:
        a: int = 0
        b = field(default=1)

    with pytest.raises(TypeError, match="no type annotation"):
        slotted(Loose)
