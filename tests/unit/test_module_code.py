"""The app's modules given their compiled code from a file kept between runs
(``tui.core.module_code``).

Each case runs fresh Python processes on a small ``tui`` package of its own (``module_code``
copied into it, the rest made up), as two starts of ``metalwatch`` would: the first imports from
the files and keeps their code, the next is given it, unless a file changed or is another
folder's."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tui.core import atomic_file, module_code

# one start: install, import the modules, say where each came from, keep
_START = r"""
import json, sys
from tui.core import module_code
module_code.install(sys.argv[1])
import tui.plain, tui.sub.leaf
out = {}
for name in ("tui.plain", "tui.sub", "tui.sub.leaf"):
    m = sys.modules[name]
    out[name] = dict(
        kept=type(m.__spec__.loader) is module_code._Loader,
        file=m.__file__,
        value=getattr(m, "VALUE", None),
        path=list(getattr(m, "__path__", [])),
        source=m.__spec__.loader.get_source(name),
    )
module_code.keep()
print(json.dumps(out))
"""


def _tree(root: Path, plain: str = "VALUE = 1\n") -> Path:
    pkg = root / "tui"
    (pkg / "core").mkdir(parents=True)
    (pkg / "sub").mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "core" / "__init__.py").write_text("")
    shutil.copy(module_code.__file__, pkg / "core" / "module_code.py")
    shutil.copy(atomic_file.__file__, pkg / "core" / "atomic_file.py")  # it writes the kept file
    (pkg / "plain.py").write_text(plain)
    (pkg / "sub" / "__init__.py").write_text("VALUE = 'package'\n")
    (pkg / "sub" / "leaf.py").write_text("from tui import plain\nVALUE = plain.VALUE + 10\n")
    return root


def _start(tree: Path, cache: Path) -> dict[str, dict[str, object]]:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", _START, str(cache)],
        env=env,
        cwd=str(tree),
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])  # type: ignore[no-any-return]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return _tree(tmp_path / "a")


def test_a_second_start_is_given_the_kept_code_of_each_module(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _start(tree, cache)
    assert not any(m["kept"] for m in first.values())
    assert (cache / module_code.FILE_NAME).is_file()
    second = _start(tree, cache)
    assert all(m["kept"] for m in second.values())
    for name in first:  # the same module: its file, its package's path, its source, its values
        assert {k: v for k, v in second[name].items() if k != "kept"} == {
            k: v for k, v in first[name].items() if k != "kept"
        }
    assert second["tui.sub"]["path"] == [str(tree / "tui" / "sub")]
    assert second["tui.sub.leaf"]["value"] == 11


def test_a_changed_file_is_imported_from_itself(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _start(tree, cache)
    plain = tree / "tui" / "plain.py"
    plain.write_text("VALUE = 2\n")  # the same size: only its time differs
    st = plain.stat()
    os.utime(plain, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    again = _start(tree, cache)
    assert not again["tui.plain"]["kept"] and again["tui.plain"]["value"] == 2
    assert again["tui.sub.leaf"]["kept"] and again["tui.sub.leaf"]["value"] == 12
    assert _start(tree, cache)["tui.plain"] == {**again["tui.plain"], "kept": True}  # kept anew


def test_another_trees_kept_code_is_not_given(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _start(tree, cache)
    _start(tree, cache)
    other = _tree(tmp_path / "b", plain="VALUE = 5\n")
    # the same names, times and sizes where the other tree's files match: still not given
    for name in ("plain.py", "sub/__init__.py", "sub/leaf.py"):
        st = (tree / "tui" / name).stat()
        os.utime(other / "tui" / name, ns=(st.st_atime_ns, st.st_mtime_ns))
    there = _start(other, cache)
    assert not any(m["kept"] for m in there.values())
    assert there["tui.plain"]["value"] == 5 and there["tui.plain"]["file"].startswith(str(other))


@pytest.mark.parametrize("content", [b"", b"not marshal", b"\x00" * 64])
def test_a_damaged_file_is_the_ordinary_import(tree: Path, tmp_path: Path, content: bytes) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / module_code.FILE_NAME).write_bytes(content)
    started = _start(tree, cache)
    assert not any(m["kept"] for m in started.values())
    assert started["tui.sub.leaf"]["value"] == 11
    assert all(m["kept"] for m in _start(tree, cache).values())  # written anew


def test_an_entry_that_is_not_one_is_the_ordinary_import(tree: Path, tmp_path: Path) -> None:
    import marshal

    cache = tmp_path / "cache"
    _start(tree, cache)
    path = cache / module_code.FILE_NAME
    tag, root, entries = marshal.loads(path.read_bytes())
    file, mtime, size, package, crc, _ = entries["tui.plain"]
    entries["tui.plain"] = (file, mtime, size, package, crc, b"garbage")
    entries["tui.sub.leaf"] = ("short",)
    path.write_bytes(marshal.dumps((tag, root, entries)))
    started = _start(tree, cache)
    assert not started["tui.plain"]["kept"] and started["tui.plain"]["value"] == 1
    assert not started["tui.sub.leaf"]["kept"] and started["tui.sub.leaf"]["value"] == 11
    assert started["tui.sub"]["kept"]


def test_a_start_with_nothing_changed_leaves_the_file_alone(tree: Path, tmp_path: Path) -> None:
    """Only a module read from its own file rewrites it: not the ones every start imports
    before the finder is there (``module_code`` itself, the command's first modules)."""
    cache = tmp_path / "cache"
    _start(tree, cache)
    kept = cache / module_code.FILE_NAME
    before = kept.stat()
    assert all(m["kept"] for m in _start(tree, cache).values())
    after = kept.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_code_damaged_in_place_is_never_run(tree: Path, tmp_path: Path) -> None:
    """A kept module's code whose bytes were changed in the file (a constant, here: still code
    ``marshal`` decodes, which would run and give another value, or crash the interpreter on
    other bytes) is not given: its checksum no longer matches, and the file is the ordinary
    import."""
    import marshal

    cache = tmp_path / "cache"
    _start(tree, cache)
    path = cache / module_code.FILE_NAME
    raw = path.read_bytes()
    tag, root, entries = marshal.loads(raw)
    data = entries["tui.sub.leaf"][-1]
    damaged = marshal.dumps(marshal.loads(data).replace(co_consts=(0, 99, None)))
    assert marshal.loads(damaged).co_consts != marshal.loads(data).co_consts
    entries["tui.sub.leaf"] = (*entries["tui.sub.leaf"][:-1], damaged)
    path.write_bytes(marshal.dumps((tag, root, entries)))
    started = _start(tree, cache)
    assert not started["tui.sub.leaf"]["kept"] and started["tui.sub.leaf"]["value"] == 11
    assert started["tui.plain"]["kept"] and started["tui.plain"]["value"] == 1
