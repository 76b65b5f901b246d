"""The house's shape: no import cycles between tui modules, small modules, textual only in ui.

The layer contract itself is checked by ``lint-imports`` (``[tool.importlinter]`` in
pyproject.toml), which CI runs; these tests keep what that contract does not say.
"""

from __future__ import annotations

import ast
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]
TUI = ROOT / "tui"
MAX_LINES = 400
# pure word tables may be long: they say so in their docstring ("word table") and are nearly all
# data (module-level assignments), no classes
TABLE_SHARE = 0.85


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


def _is_word_table(source: str) -> bool:
    tree = ast.parse(source)
    doc = ast.get_docstring(tree) or ""
    if "word table" not in doc.lower():
        return False
    if any(isinstance(node, ast.ClassDef) for node in tree.body):
        return False
    code = sum(
        (node.end_lineno or node.lineno) - node.lineno + 1
        for node in tree.body
        if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))
        and not isinstance(node, (ast.Import, ast.ImportFrom))
    )
    data = sum(
        (node.end_lineno or node.lineno) - node.lineno + 1
        for node in tree.body
        if isinstance(node, (ast.Assign, ast.AnnAssign))
    )
    return code > 0 and data / code >= TABLE_SHARE


def test_word_table_rule_tells_data_from_logic() -> None:
    table = '"""A word table."""\nA = {\n  "x": 1,\n  "y": 2,\n}\nB = (1,\n 2)\n'
    logic = '"""A word table."""\nA = 1\ndef f():\n    x = 1\n    y = 2\n    return x + y\n'
    assert _is_word_table(table)
    assert not _is_word_table(logic)
    assert not _is_word_table(table.replace("word table", "module"))


def test_modules_are_small() -> None:
    big = []
    for path in sorted(TUI.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        lines = path.read_text("utf-8").count("\n")
        if lines <= MAX_LINES:
            continue
        if _is_word_table(path.read_text("utf-8")):
            continue
        big.append(f"{rel}: {lines} lines")
    assert big == []


@pytest.mark.parametrize("layer", ["core", "flow", "sources", "engine", "store"])
def test_nothing_below_the_ui_imports_textual(graph: grimp.ImportGraph, layer: str) -> None:
    for module in graph.find_descendants(f"tui.{layer}") | {f"tui.{layer}"}:
        imported = graph.find_modules_directly_imported_by(module)
        assert not {m for m in imported if m.split(".")[0] in ("textual", "rich")}, module
