"""The stylesheet's parsed rules, kept between runs: a start reads them instead of parsing again.

Textual parses ``app.tcss`` and the ``DEFAULT_CSS`` of every widget class on screen at every
start (the tokenizer is pure Python: ~45 M instructions, ~15 ms, of the first paint here).
:class:`CachedStylesheet` takes the rules parsed last time when the CSS text, where it was read
from, its priority and scope, the theme's variables, and the Textual, Rich and Python versions
are all the same; anything else is parsed as Textual always does, and the rules the first paint
used are written back after it (:meth:`CachedStylesheet.keep`). A later theme change re-parses
through Textual's own ``Stylesheet.reparse``, untouched. The theme's CSS variables, which
Textual builds from its colours at every start, are kept in the same file for the theme they
were built for (``kept_variables``, read by ``Theming.get_css_variables``).

It overrides Textual's private ``Stylesheet._parse_rules`` (Textual is pinned, see the stack
notes); tests/unit/test_css_cache.py fails if a start stops going through it.

The file is a pickle read through an unpickler that builds Textual's CSS data (rule sets,
selectors, styles, colours, scalars, layouts) and nothing else: no other global, no attribute
lookup but an enum's member and a dict's ``get``, no ``partial`` but of Textual's selector checks.
"""

from __future__ import annotations

import enum
import functools
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Any

from textual.css.model import RuleSet
from textual.css.stylesheet import CSSLocation, Stylesheet

from tui.core import atomic_file, paths

FORMAT = "metalwatch.css-cache/2"
_Key = tuple[str, CSSLocation, bool, int, str]  # what ``_parse_rules`` is called with
_DATA_PACKAGES = ("textual.css.", "textual.layouts.")
_DATA_MODULES = ("textual.color", "textual.geometry")
_CHECKS_MODULE = "textual.css.model"  # the selector checks a rule set holds (as ``partial``)


def cache_file() -> Path:
    """Where the app keeps the parsed stylesheet between runs."""
    return paths.cache_dir() / "stylesheet.pickle"


def _versions() -> tuple[object, ...]:
    """What the rules' classes come from: an upgrade of Textual or Rich rewrites these files
    (their sizes and times change), and the Python version (asking the package metadata for the
    versions imports more than the cache saves)."""
    import rich.style
    import textual
    import textual.css.model
    import textual.css.styles

    stamps: list[object] = [FORMAT, sys.version]
    for module in (textual, textual.css.model, textual.css.styles, rich.style):
        try:
            st = os.stat(module.__file__ or "")
        except OSError:
            return ()
        stamps += [module.__name__, st.st_size, st.st_mtime_ns]
    return tuple(stamps)


class CachedStylesheet(Stylesheet):
    """Textual's ``Stylesheet``, taking each source's rules from ``cache`` when it holds them
    for the same text and variables."""

    def __init__(self, *, variables: dict[str, str] | None = None, cache: Path | None) -> None:
        super().__init__(variables=variables)
        self._cache_path = cache
        self._stored: dict[_Key, list[RuleSet]] | None = None  # read at the first parse
        self._used: dict[_Key, list[RuleSet]] = {}  # every source this run parsed or took
        self._missed = False  # something was parsed: the file is out of date
        self._raw: tuple[Any, ...] | None = None  # the file as read (once)
        self._theme: tuple[str, dict[str, str]] | None = None  # (theme key, its variables)

    def set_variables(self, variables: dict[str, str]) -> None:
        """New variables (a theme change): the kept rules were parsed with the old ones, so
        from now on every source is parsed as Textual does (its own ``reparse`` already
        builds a plain ``Stylesheet``; this covers sources parsed after it)."""
        super().set_variables(variables)
        if self._stored is not None:  # not before the first parse: the start sets its theme
            self._stored = {}
            self._used = {}
            self._missed = False

    def _variables_key(self) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(self._variables.items()))

    def _parse_rules(
        self,
        css: str,
        read_from: CSSLocation,
        is_default_rules: bool = False,
        tie_breaker: int = 0,
        scope: str = "",
    ) -> list[RuleSet]:
        key: _Key = (css, read_from, is_default_rules, tie_breaker, scope)
        if self._stored is None:
            self._stored = self._read()
        rules = self._stored.get(key)
        if rules is None:  # Textual's own (its cache of this run's parses, else the parser)
            rules = super()._parse_rules(css, read_from, is_default_rules, tie_breaker, scope)
            self._missed = self._missed or bool(read_from[0])  # a source with no file: not kept
        self._used[key] = rules
        return rules

    def _load(self) -> tuple[Any, ...]:
        """The file's (versions, variables, rules, theme key, the theme's variables), read
        once; () when there is none or it is damaged, foreign or from other versions."""
        if self._raw is None:
            self._raw = ()
            if self._cache_path is not None:
                try:
                    raw = _CssUnpickler(io.BytesIO(self._cache_path.read_bytes())).load()
                except Exception:  # missing, damaged or foreign: parse
                    raw = ()
                if isinstance(raw, tuple) and len(raw) == 5 and raw[0] and raw[0] == _versions():
                    self._raw = raw
        return self._raw

    def _read(self) -> dict[_Key, list[RuleSet]]:
        raw = self._load()
        if not raw or raw[1] != self._variables_key() or not isinstance(raw[2], dict):
            return {}
        return raw[2]

    def kept_variables(self, theme: str) -> dict[str, str] | None:
        """The CSS variables kept for the theme whose key is ``theme`` (``Theming``): Textual
        builds them from the theme's colours at every start (~4 M instructions)."""
        raw = self._load()
        if raw and raw[3] == theme and isinstance(raw[4], dict):
            return dict(raw[4])
        return None

    def keep_variables(self, theme: str, variables: dict[str, str]) -> None:
        """The variables computed for the theme: written with the rules by ``keep``."""
        self._theme = (theme, dict(variables))
        self._missed = True

    def keep(self) -> None:
        """Write the rules this run used, if any had to be parsed (after the first paint)."""
        if not self._missed or self._cache_path is None:
            return
        self._missed = False
        kept = {key: rules for key, rules in self._used.items() if key[1][0]}
        theme, variables = self._theme or ("", {})
        target = self._cache_path
        try:
            data = pickle.dumps(
                (_versions(), self._variables_key(), kept, theme, variables),
                protocol=pickle.HIGHEST_PROTOCOL,
            )
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
            return
        atomic_file.write(target, data, make_folder=True)


def _safe_getattr(obj: Any, name: Any) -> Any:
    """``getattr`` as pickle uses it here, and for nothing else: an enum's member, and the
    ``get`` / ``__contains__`` of a styles object's dict of rules (it keeps them bound)."""
    if isinstance(obj, type) and issubclass(obj, enum.Enum) and isinstance(name, str):
        return obj[name]
    if type(obj) is dict and name in ("get", "__contains__"):
        return getattr(obj, name)
    raise pickle.UnpicklingError("not an enum member or a dict's lookup")


def _check_partial(func: Any, *args: Any) -> Any:
    """``functools.partial`` of one of Textual's selector checks, and of nothing else."""
    if getattr(func, "__module__", None) == _CHECKS_MODULE and func.__name__.startswith("_check"):
        return functools.partial(func, *args)
    raise pickle.UnpicklingError("not a selector check")


class _CssUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("builtins", "getattr"):
            return _safe_getattr
        if (module, name) == ("functools", "partial"):
            return _check_partial
        if module.startswith(_DATA_PACKAGES) or module in _DATA_MODULES:
            found = super().find_class(module, name)
            if isinstance(found, type) and found.__module__ == module:
                return found
            if module == _CHECKS_MODULE and name.startswith("_check") and callable(found):
                return found
        raise pickle.UnpicklingError(f"not part of a stylesheet: {module}.{name}")
