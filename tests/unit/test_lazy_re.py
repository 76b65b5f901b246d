"""LazyPattern: compiled on first use, the same matches as re.compile."""

from __future__ import annotations

import re

from tui.core.lazy_re import LazyPattern, lazy
from tui.engine import classifier_rules as R

TEXTS = ["Copper prices rise as China mulls export ban", "", "no plans to ban exports", "x" * 50]


def test_not_compiled_until_used() -> None:
    p = lazy(r"\bban\b", re.IGNORECASE)
    assert p._compiled is None
    assert p.pattern == r"\bban\b"  # the source is there without compiling
    assert p._compiled is None
    assert p.search("an export BAN") is not None
    assert p._compiled is re.compile(r"\bban\b", re.IGNORECASE)


def test_methods_after_use_are_the_compiled_patterns() -> None:
    p = lazy(r"(\w+)-(\w+)")
    p.match("a-b")
    assert p.search == p.compiled.search
    assert p.flags == re.compile(r"(\w+)-(\w+)").flags


def test_same_results_as_re_compile() -> None:
    for source, flags in ((r"(\w+)\s+(ban|tariff)s?", re.I), (r"\s+", 0), (r"[,;]", 0)):
        lazy_p, real = LazyPattern(source, flags), re.compile(source, flags)
        for text in TEXTS:
            for name in ("search", "match", "fullmatch"):
                a, b = getattr(lazy_p, name)(text), getattr(real, name)(text)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
            assert [m.span() for m in lazy_p.finditer(text)] == [
                m.span() for m in real.finditer(text)
            ]
            assert lazy_p.findall(text) == real.findall(text)
            assert lazy_p.split(text) == real.split(text)
            assert lazy_p.sub("_", text) == real.sub("_", text)
            assert lazy_p.subn("_", text, 1) == real.subn("_", text, 1)


def test_a_fresh_pattern_compiles_on_its_first_method() -> None:
    """Each method, called first, compiles (none reads a pattern not yet compiled)."""
    for name, args in (
        ("search", ("ban",)),
        ("match", ("ban",)),
        ("fullmatch", ("ban",)),
        ("finditer", ("ban",)),
        ("findall", ("ban",)),
        ("sub", ("x", "ban")),
        ("subn", ("x", "ban")),
        ("split", ("ban",)),
    ):
        p = lazy("a")
        result, real = getattr(p, name)(*args), getattr(re.compile("a"), name)(*args)
        assert _plain(result) == _plain(real), name


def _plain(result: object) -> object:
    if isinstance(result, re.Match):
        return result.span()
    if hasattr(result, "__next__"):
        return [m.span() for m in result]  # type: ignore[attr-defined]
    return result


def test_the_word_tables_patterns_are_lazy() -> None:
    assert isinstance(R.DENIAL_RE, LazyPattern)
    assert R.MARKET_RE.search("copper prices rise") is not None


def _engine_patterns() -> list[tuple[str, LazyPattern]]:
    import importlib
    import pkgutil

    import tui.engine

    found = []
    for info in pkgutil.iter_modules(tui.engine.__path__):
        module = importlib.import_module(f"tui.engine.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern):
                found.append((f"{info.name}.{name}", value))
    return found


def test_foldedes_find_what_re_compile_finds() -> None:
    """Every engine pattern with ``fold=True`` compiles (no upper-case letter, back-reference or
    inline flag) and finds the same match as ``re.compile`` on real titles and summaries, as
    written, in upper case, and with characters outside ASCII (cased and not)."""
    from tests.unit.real_headlines_set import ALL_SETS, load_items

    texts = [it[k] for p in ALL_SETS[:4] for it in load_items(p) for k in ("title", "summary")]
    texts = [t for t in texts if t]
    texts += [t.upper() for t in texts[:300]]
    texts += ["‘" + t.replace(" - ", " — ") + "’ €5" for t in texts[:300]]
    # cased outside ASCII, which the case-insensitive pattern folds ("ſ" is an "s", the Kelvin
    # sign a "k"): the plain search
    texts += [t.replace("s", "ſ").replace("k", "\u212a") for t in texts[:300]]
    folded = [(n, p) for n, p in _engine_patterns() if p._fold]
    assert len(folded) >= 10
    for name, pattern in folded:
        real = re.compile(pattern.pattern, pattern._flags)
        for text in texts:
            a, b = pattern.search(text), real.search(text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, text)
            assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
                (m.span(), m.groups()) for m in real.finditer(text)
            ], (name, text)


def test_uncased() -> None:
    from tui.core.lazy_re import uncased

    assert uncased("Copper PRICES") and uncased("‘tariffs’ — €5 £3")
    assert not uncased("Ölpreise") and not uncased("ſ") and not uncased("\u212a")


def test_a_memo_answers_again_what_re_compile_finds() -> None:
    """``memo``: the same answers as ``re.compile`` whatever the order of the calls (a search
    after a finditer is answered from it), with ``pos`` and ``endpos`` (never kept), and past
    the memo's size (emptied, then kept again)."""
    texts = [*TEXTS, "Gold prices rise, copper prices fall", "PRICES RISE", "ſtocks rise"] * 3
    for fold in (False, True):
        p = lazy(r"\b(pric|ris|stock)(?:es|e|s)?\b", re.I, fold=fold, memo=3)
        real = re.compile(r"\b(pric|ris|stock)(?:es|e|s)?\b", re.I)
        for k, text in enumerate(texts):
            calls = ["finditer", "search", "search", "finditer"]
            for name in calls[k % 2 :]:  # a search first, then a finditer first
                assert _plain(getattr(p, name)(text)) == _plain(getattr(real, name)(text)), text
            assert _plain(p.search(text, 3)) == _plain(real.search(text, 3))
            assert _plain(p.finditer(text, 0, 10)) == _plain(real.finditer(text, 0, 10))
    hits = R.MARKET_RE.finditer("Copper prices rise, gold falls")
    assert [m.group(0) for m in hits] == ["prices", "rise", "falls"]
    assert R.MARKET_RE.search("Copper prices rise, gold falls").group(0) == "prices"  # type: ignore[union-attr]
