"""The house's shape: no import cycles between tui modules, small modules, textual only in ui.

The layer contract itself is checked by ``lint-imports`` (``[tool.importlinter]`` in
pyproject.toml), which CI runs; these tests keep what that contract does not say.
"""

from __future__ import annotations

from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]
TUI = ROOT / "tui"
MAX_LINES = 400
# every module, word tables too (the long ones are kept in parts since session 21)


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("tui", include_external_packages=True)


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in graph.modules:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_import_cycles_between_tui_modules(graph: grimp.ImportGraph) -> None:
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    g = grimp.ImportGraph()
    for name in ("a", "a.x", "a.y", "a.z"):
        g.add_module(name)
    g.add_import(importer="a.x", imported="a.y")
    g.add_import(importer="a.y", imported="a.x")
    g.add_import(importer="a.z", imported="a.x")
    assert _cycles(g) == [["a.x", "a.y"]]


def test_modules_are_small() -> None:
    big = []
    for path in sorted(TUI.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        lines = path.read_text("utf-8").count("\n")
        if lines <= MAX_LINES:
            continue
        big.append(f"{rel}: {lines} lines")
    assert big == []


@pytest.mark.parametrize("layer", ["core", "flow", "sources", "engine", "store"])
def test_nothing_below_the_ui_imports_textual(graph: grimp.ImportGraph, layer: str) -> None:
    for module in graph.find_descendants(f"tui.{layer}") | {f"tui.{layer}"}:
        imported = graph.find_modules_directly_imported_by(module)
        assert not {m for m in imported if m.split(".")[0] in ("textual", "rich")}, module


def test_every_module_is_named_in_the_architecture_doc() -> None:
    """docs/ARCHITECTURE.md names every module of ``tui`` (a word table's part by its suffix,
    ``_nouns`` for ``classifier_rules_nouns``): a newcomer finds each one's place there."""
    doc = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    unnamed = []
    for path in sorted(TUI.rglob("*.py")):
        stem = path.stem
        if stem in ("__init__", "__main__"):
            continue
        part = stem.removeprefix("classifier_rules")
        if stem not in doc and not (part != stem and f"`{part}`" in doc):
            unnamed.append(str(path.relative_to(ROOT)))
    assert unnamed == []
