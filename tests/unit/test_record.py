"""``@record`` (``tui.core.record``) makes the same class as ``@dataclass(frozen=..., slots=True)``:
every model defined with it is held against a real dataclass built from the same fields."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from datetime import date, datetime, timezone
from typing import Any

import pytest

from tui.core import alert_rules, config_types, freshness, keymap, models
from tui.core.record import record
from tui.flow import changes, health
from tui.store import cache_stamp
from tui.ui.widgets import headline_layout, headline_rows, prices

RECORDS = [
    cls
    for module in (
        models,
        config_types,
        freshness,
        keymap,
        alert_rules,
        headline_layout,
        headline_rows,
        changes,
        health,
        prices,
        cache_stamp,
    )
    for cls in vars(module).values()
    if isinstance(cls, type)
    and cls.__module__ == module.__name__
    and "__record_fields__" in vars(cls)
]


def twin(cls: type) -> type:
    """``cls`` declared again with ``@dataclass`` from its own fields."""
    frozen = cls.__setattr__ is not object.__setattr__
    specs = []
    for f in dataclasses.fields(cls):
        extra: dict[str, Any] = {}
        if f.default is not dataclasses.MISSING:
            extra["default"] = f.default
        if f.default_factory is not dataclasses.MISSING:
            extra["default_factory"] = f.default_factory
        specs.append((f.name, f.type, dataclasses.field(**extra)))
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=frozen, slots=True)


def sample_args(cls: type) -> dict[str, Any]:
    """A value for every field without a default, of a hashable kind where it can be."""
    values: dict[str, Any] = {}
    for i, f in enumerate(dataclasses.fields(cls)):
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            t = str(f.type)
            if t.startswith("tuple"):
                values[f.name] = ("a", "b")
            elif t.startswith(("int", "float")):
                values[f.name] = i
            elif t.startswith("bool"):
                values[f.name] = True
            elif t.startswith("date"):
                values[f.name] = date(2026, 12, 3)
            elif t.startswith("datetime"):
                values[f.name] = datetime(2026, 12, 3, tzinfo=timezone.utc)
            else:
                values[f.name] = f"v{i}"
    return values


def test_the_project_defines_its_models_with_record() -> None:
    names = {cls.__name__ for cls in RECORDS}
    assert {
        "Headline",
        "Story",
        "Snapshot",
        "Config",
        "SourceHealth",
        "KeySpec",
        "Changes",
    } <= names


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_each_record_behaves_as_its_dataclass_twin(cls: type) -> None:
    other = twin(cls)
    args = sample_args(cls)
    a, b, t = cls(**args), cls(**args), other(**args)
    frozen = cls.__setattr__ is not object.__setattr__
    assert dataclasses.is_dataclass(a)
    assert [f.name for f in dataclasses.fields(a)] == [f.name for f in dataclasses.fields(t)]
    assert str(inspect.signature(cls)) == str(inspect.signature(other))
    assert cls.__match_args__ == other.__match_args__
    assert repr(a) == repr(t)
    assert a == b and not (a != b) and a != t, "equal by value, only to its own class"
    assert not hasattr(a, "__dict__"), "slotted"
    assert pickle.loads(pickle.dumps(a)) == a
    assert copy.copy(a) == a and copy.deepcopy(a) == a
    first = dataclasses.fields(cls)[0].name
    changed = dataclasses.replace(a, **{first: "changed"})
    assert changed != a and type(changed) is cls
    if frozen:
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(a, first, "x")
        with pytest.raises(dataclasses.FrozenInstanceError):
            delattr(a, first)
        try:
            same = hash(t)
        except TypeError:  # a list or dict field: unhashable in both
            with pytest.raises(TypeError):
                hash(a)
        else:
            assert hash(a) == hash(b) == same
    else:
        assert cls.__hash__ is None and other.__hash__ is None
        setattr(a, first, "x")
        assert getattr(a, first) == "x" and a != b


def test_defaults_and_factories_as_a_dataclass() -> None:
    @record(frozen=False)
    class Box:
        name: str
        items: list[int] = dataclasses.field(default_factory=list)
        size: int = 1

    one, two = Box("a"), Box("a")
    assert one.items == [] and one.items is not two.items, "a new list each time"
    assert Box("a", [1], 2).items == [1] and Box("a", size=3).size == 3
    assert (
        repr(Box("a"))
        == "test_defaults_and_factories_as_a_dataclass.<locals>.Box(name='a', items=[], size=1)"
    )
    with pytest.raises(TypeError):
        Box()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Box("a", [], 1, 2)  # type: ignore[call-arg]


def test_what_record_does_not_do_is_refused() -> None:
    with pytest.raises(TypeError, match="__post_init__"):

        @record
        class Checked:
            x: int

            def __post_init__(self) -> None:
                pass

    with pytest.raises(TypeError, match="plain fields"):

        @record
        class KeywordOnly:
            x: int = dataclasses.field(kw_only=True)


def test_a_recursive_repr_stops() -> None:
    @record(frozen=False)
    class Node:
        child: Any = None

    n = Node()
    n.child = n
    assert repr(n) == "test_a_recursive_repr_stops.<locals>.Node(child=...)"


def test_explicit_methods_are_kept() -> None:
    @record
    class Loose:
        x: int

        def __eq__(self, other: object) -> bool:
            return True

        def __hash__(self) -> int:
            return 7

    assert Loose(1) == Loose(2) and hash(Loose(1)) == 7


def test_a_class_keeps_its_docstring_and_one_without_gets_its_fields() -> None:
    @record
    class Plain:
        a: int
        b: str = ""

    @record
    class Told:
        """What it is."""

        a: int

    assert Plain.__doc__ == "Plain(a, b)"
    assert Told.__doc__ == "What it is."
    assert inspect.signature(Plain) == inspect.signature(twin(Plain))  # unchanged by the doc


def test_eq_and_hash_are_compiled_at_their_first_call_and_agree_before_and_after() -> None:
    @record
    class Pair:
        a: int
        b: tuple[int, ...] = ()

    stub_eq, stub_hash = Pair.__dict__["__eq__"], Pair.__dict__["__hash__"]
    real = twin(Pair)
    assert Pair(1, (2,)) == Pair(1, (2,)) and Pair(1) != Pair(2)
    assert Pair(1).__eq__(real(1)) is NotImplemented  # another class: as a dataclass says
    assert hash(Pair(1, (2,))) == hash(real(1, (2,)))
    assert Pair.__dict__["__eq__"] is not stub_eq and Pair.__dict__["__hash__"] is not stub_hash
    assert Pair.__eq__.__qualname__.endswith("Pair.__eq__")
    assert Pair(1, (2,)) == Pair(1, (2,)) and Pair(1) != Pair(2)  # the compiled ones now
    assert hash(Pair(1, (2,))) == hash(real(1, (2,)))
    assert {Pair(1), Pair(1), Pair(3)} == {Pair(1), Pair(3)}
