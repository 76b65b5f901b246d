"""``tui.ui.param_count``: Textual's count of a callback's parameters read from the code object
where ``inspect.signature`` would give the same number, and by Textual otherwise."""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path
from types import FunctionType
from typing import Any

import pytest
import textual._callback as textual_callback

import tui.ui
from tui.ui import param_count
from tui.ui.param_count import count_parameters


def _plain(
    a: int, b: int, /, c: int, d: int = 1, *args: int, e: int, f: int = 2, **kwargs: int
) -> None:
    return None


def _none() -> None:
    return None


def _wrapped(x: int, y: int) -> int:
    return x + y


@functools.wraps(_wrapped)
def _wrapper(*args: Any) -> int:
    return _wrapped(*args)


def _signed(a: int, b: int) -> int:
    return a


_signed.__signature__ = inspect.Signature()  # type: ignore[attr-defined]


class _Handlers:
    def on_mount(self) -> None: ...

    def on_key(self, event: object) -> None: ...

    async def on_thing(self, event: object, *more: object) -> None: ...


CASES: list[Callable[..., Any]] = [
    _plain,
    _none,
    lambda: None,
    lambda x, *, y: None,
    _wrapper,
    _signed,
    functools.partial(_plain, 1),
    _Handlers.on_mount,
    _Handlers.on_key,
    _Handlers.on_thing,
    print,
]


@pytest.mark.parametrize("func", CASES)
def test_the_count_is_the_signatures(func: Callable[..., Any]) -> None:
    assert count_parameters(func) == len(inspect.signature(func).parameters)


def test_a_bound_handler_counts_as_textual_counts_it() -> None:
    """Through Textual's own ``count_parameters`` (which drops ``self`` of a bound method)."""
    param_count.install()
    handlers = _Handlers()
    assert textual_callback.count_parameters(handlers.on_key) == 1
    assert textual_callback.count_parameters(handlers.on_thing) == 2
    assert textual_callback.count_parameters(functools.partial(_plain, 1, 2)) == 6


def test_every_function_of_the_ui_counts_as_its_signature() -> None:
    """Every function and method defined in ``tui.ui``'s modules: the code object's count is
    the signature's (or Textual's own count is used)."""
    checked = 0
    for info in pkgutil.walk_packages(tui.ui.__path__, "tui.ui."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            members = vars(obj).values() if isinstance(obj, type) else [obj]
            for func in members:
                if isinstance(func, FunctionType) and func.__module__ == info.name:
                    assert count_parameters(func) == len(inspect.signature(func).parameters), func
                    checked += 1
    assert checked > 500, checked


def test_the_app_installs_it(tmp_path: Path) -> None:
    """Textual's counter is the one replaced (a Textual upgrade that renames it fails here)."""
    from tui.core.config import load_config
    from tui.ui.app import MetalwatchApp

    textual_callback._count_parameters = param_count._textual_count
    MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    assert textual_callback._count_parameters is count_parameters
    assert textual_callback.count_parameters.__code__.co_names.count("_count_parameters")
