"""The package runs on every Python ``pyproject.toml`` allows (3.10 and newer), not only the one
CI uses. Possessive quantifiers (``++``, ``*+``) are Python 3.11's: on 3.10 every headline's
classification raised ``re.error: multiple repeat`` (``metalwatch --demo`` ended in a traceback
on a fresh 3.10 install, session 28). The classifier's patterns keep them (a speed-up on 3.11)
and ``tui.core.lazy_re`` compiles them greedy on 3.10; a pattern compiled any other way may not
use them. Checked whatever Python runs the test."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path
from unittest import mock

import pytest

import tui
import tui.core.lazy_re as lazy_re
from tui.core.lazy_re import LazyPattern, for_this_python

ROOT = Path(__file__).resolve().parents[2]

#: 3.11's possessive quantifiers and atomic groups: ``x++``, ``x*+``, ``x?+``, ``x{2}+``, ``(?>``
_NEWER = re.compile(r"\\.|\[\]?(?:\\.|[^\]])*\]|(?P<newer>(?:[+*?]|\{\d*(?:,\d*)?\})\+|\(\?>)")


def newer(pattern: str) -> list[str]:
    return [m["newer"] for m in _NEWER.finditer(pattern) if m["newer"]]


def on_310(pattern: str) -> str:
    with mock.patch.object(lazy_re.sys, "version_info", (3, 10, 13)):
        return for_this_python(pattern)


def test_the_oldest_python_allowed_is_310() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.findall(r'^requires-python = "(.*)"$', text, re.M) == [">=3.10"]
    assert re.findall(r'^python_version = "(.*?)"', text, re.M) == ["3.10"]  # mypy checks as 3.10


@pytest.mark.parametrize(
    ("pattern", "greedy"),
    [
        (
            r"[A-Za-z0-9]++(?:['’.\-][A-Za-z0-9]++)*+|[%;:—–|,]",
            r"[A-Za-z0-9]+(?:['’.\-][A-Za-z0-9]+)*|[%;:—–|,]",
        ),
        (r"\w++-(?:year|week)", r"\w+-(?:year|week)"),
        (r"a?+b{2,3}+c{4}+", r"a?b{2,3}c{4}"),
        # not possessive: an escaped "+" repeated, a class holding "+", a lazy quantifier
        (r"\++x", r"\++x"),
        (r"[+*]+ and []+]+", r"[+*]+ and []+]+"),
        (r"a+?b*?", r"a+?b*?"),
        (r"\\++", r"\\+"),
    ],
)
def test_possessive_quantifiers_are_made_greedy_on_310_only(pattern: str, greedy: str) -> None:
    assert on_310(pattern) == greedy
    assert not newer(on_310(pattern))
    assert for_this_python(pattern) == (pattern if sys.version_info >= (3, 11) else greedy)
    if newer(pattern) and sys.version_info >= (3, 11):  # where nothing is given back: the same
        for text in ("copper's 52-week high", "a+b", "aab" * 3, "+++x", "Nickel-month lows"):
            assert [m.span() for m in re.finditer(greedy, text)] == [
                m.span() for m in re.finditer(pattern, text)
            ], (pattern, text)


def _modules() -> list[object]:
    found = []
    for info in pkgutil.walk_packages(tui.__path__, "tui."):
        if info.name.startswith(("tui.ui", "tui.serve", "tui.__main__")):
            continue
        found.append(importlib.import_module(info.name))
    return found


def test_only_lazy_patterns_use_what_310_cannot_compile() -> None:
    """Every raw string of the package holding a 3.11 construct is (part of) a lazily compiled
    pattern, and every lazily compiled pattern is free of them once made for 3.10."""
    bad = []
    for module in _modules():
        lazies = [v.pattern for v in vars(module).values() if isinstance(v, LazyPattern)]
        for lazy in lazies:
            if newer(on_310(lazy)):
                bad.append(f"{module.__name__}: {lazy[:60]} (for 3.10)")
        path = Path(str(getattr(module, "__file__", "")))
        for pair in re.findall(r"""\br(?:"([^"\n]*)"|'([^'\n]*)')""", path.read_text("utf-8")):
            literal = pair[0] or pair[1]
            if newer(literal) and not any(literal in lazy for lazy in lazies):
                bad.append(f"{module.__name__}: {literal[:60]} (not lazy)")
    assert not bad, bad


def test_the_check_finds_each_kind() -> None:
    """The scans above can fail: each 3.11 construct, and none of the plain ones."""
    for construct in (r"[a-z]++x", r"(?:ab)*+", r"\w?+", r"a{2}+", r"(?>ab)"):
        assert newer(construct), construct
    for plain in (r"[+*]+", r"a+b", r"\++", r"[*+,;=]*", r"(?:a|b)+", r"a+?"):
        assert not newer(plain), plain
