"""The package runs on every Python ``pyproject.toml`` allows (3.10 and newer), not only the one
CI uses: a possessive quantifier (``++``, ``*+``) in a pattern is Python 3.11's; on 3.10 every
headline's classification raised ``re.error: multiple repeat`` (``metalwatch --demo`` ended in a
traceback on a fresh 3.10 install, session 28). Each pattern compiled on first use
(``tui.core.lazy_re``) and each ``re.compile`` of the package is checked for the constructs 3.10
refuses, whatever Python runs the test."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: 3.11's possessive quantifiers and atomic groups: ``x++``, ``x*+``, ``x?+``, ``x{2}+``, ``(?>``
_NEWER = re.compile(r"(?<!\\)(?:[+*?}]\+|\(\?>)")


def _patterns(text: str) -> list[str]:
    """The raw string literals of a module (the patterns are written r"..." or r'...')."""
    return re.findall(r"""\br(?:"([^"\n]*)"|'([^'\n]*)')""", text)


def test_the_oldest_python_allowed_is_310() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.findall(r'^requires-python = "(.*)"$', text, re.M) == [">=3.10"]


def test_no_pattern_uses_what_python_310_cannot_compile() -> None:
    found = []
    for path in sorted((ROOT / "tui").rglob("*.py")):
        for pair in _patterns(path.read_text(encoding="utf-8")):
            literal = pair[0] or pair[1]
            if _NEWER.search(re.sub(r"\[(?:\\.|[^\]])*\]", "[]", literal)):
                found.append(f"{path.relative_to(ROOT)}: {literal[:60]}")
    assert not found, found


def test_the_check_finds_each_kind() -> None:
    """The scan above can fail: each 3.11 construct, and none of the plain ones."""
    for newer in (r"[a-z]++x", r"(?:ab)*+", r"\w?+", r"a{2}+", r"(?>ab)"):
        assert _NEWER.search(re.sub(r"\[(?:\\.|[^\]])*\]", "[]", newer)), newer
    for plain in (r"[+*]+", r"a+b", r"\++", r"[*+,;=]*", r"(?:a|b)+"):
        assert not _NEWER.search(re.sub(r"\[(?:\\.|[^\]])*\]", "[]", plain)), plain
