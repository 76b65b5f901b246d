"""How many parameters a callback takes, as Textual asks before calling it.

Textual calls a handler, a watcher or a timer's callback with as many of its arguments as the
function takes, and counts them with ``inspect.signature`` the first time each function is
called (``textual._callback._count_parameters``; the count is then kept on the function): some
30 functions before the first paint, ~1.4 M instructions of the start in all. For a plain function (not a
``partial``, no ``__wrapped__`` that ``signature`` would follow, no ``__signature__`` of its
own) the count is in its code object: the same number, read at once. Anything else is counted
by Textual as before. Textual is pinned (see the stack notes); ``tests/unit/test_param_count.py``
fails if its counter moves or counts otherwise.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from types import FunctionType
from typing import Any

import textual._callback as _callback

_VARIADIC = inspect.CO_VARARGS | inspect.CO_VARKEYWORDS
_textual_count: Callable[[Callable[..., Any]], int] = _callback._count_parameters


def count_parameters(func: Callable[..., Any]) -> int:
    """``len(inspect.signature(func).parameters)``, from the code object where that is the same."""
    if type(func) is FunctionType and "__wrapped__" not in func.__dict__:
        if "__signature__" not in func.__dict__:
            code = func.__code__
            flags = code.co_flags & _VARIADIC
            return (
                code.co_argcount
                + code.co_kwonlyargcount
                + bool(flags & inspect.CO_VARARGS)
                + bool(flags & inspect.CO_VARKEYWORDS)
            )
    return _textual_count(func)


def install() -> None:
    """Textual's counter replaced (idempotent)."""
    _callback._count_parameters = count_parameters
