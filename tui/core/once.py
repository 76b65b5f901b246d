"""An attribute computed on its first read and kept on the instance: ``functools.cached_property``
without its lock.

Python 3.11's ``cached_property`` takes a lock on every first read (its ``__get__`` also looks
the instance's ``__dict__`` up again under it); the classifier's :class:`~tui.engine.classifier_text.Text`
reads some twenty thousand such attributes per ten thousand headlines, each on one thread.
:class:`once` computes the value, stores it in the instance's ``__dict__`` under the function's
name and returns it; later reads find it there without calling the descriptor (it defines no
``__set__``), exactly as with ``cached_property``. Type checkers see ``cached_property``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["once"]

if TYPE_CHECKING:
    from functools import cached_property as once
else:

    class once:  # a decorator, named like cached_property
        def __init__(self, func: Any) -> None:
            self.func = func
            self.name = func.__name__
            self.__doc__ = func.__doc__

        def __set_name__(self, owner: type, name: str) -> None:
            self.name = name

        def __get__(self, instance: Any, owner: type | None = None) -> Any:
            if instance is None:
                return self
            value = instance.__dict__[self.name] = self.func(instance)
            return value
