"""The test modules compiled once, in the main process, before pytest-xdist's workers start.

pytest rewrites each test module's asserts and compiles it when the module is imported, and
caches the result in the module's ``__pycache__`` (``tests/conftest.py`` lets it write there
during the collection even where Python writes no bytecode itself). On a checkout with no such
cache yet (a fresh clone in CI), each of the ``-n auto`` workers did all of it again, at the
same time: about 10 s of CPU each, four times over on two cores. Here the main process does it
once; the workers find the cache. The helper modules beside the tests get their bytecode too.

pytest has no public call for this; its own functions are used where they exist (pytest 8, as
the test extras pin), and nothing is done where they do not: the workers compile as before.
"""

from __future__ import annotations

import compileall
import sys
from pathlib import Path

import pytest


def run_paths(config: pytest.Config) -> list[Path]:
    """The files and folders the run was given (``pytest tests/unit/test_x.py::test_y``: the
    file), the test paths when none was."""
    base = config.invocation_params.dir
    given = [a.split("::")[0] for a in config.args] or [str(config.rootpath)]
    return [(base / a).resolve() for a in given if (base / a).exists()]


def compile_tests(config: pytest.Config, paths: list[Path]) -> None:
    """Rewrite and cache every ``test_*.py`` and ``conftest.py`` in ``paths`` whose cache is
    missing or older than its source, as pytest would on import; byte-compile the other modules
    there."""
    try:
        from _pytest.assertion import rewrite
        from _pytest.assertion.rewrite import assertstate_key

        state = config.stash[assertstate_key]
    except (ImportError, AttributeError, KeyError):
        return
    if config.getoption("assertmode", "rewrite") != "rewrite":
        return
    writes = sys.dont_write_bytecode
    sys.dont_write_bytecode = False
    try:
        files = {f for p in paths for f in (p.rglob("*.py") if p.is_dir() else [p])}
        for path in sorted(files):
            if "__pycache__" in path.parts:
                continue
            if path.name.startswith("test_") or path.name == "conftest.py":
                _rewrite(rewrite, state, config, path)
            else:
                compileall.compile_file(str(path), quiet=2)
    except (OSError, AttributeError, TypeError):  # read-only, or pytest's functions changed
        pass
    finally:
        sys.dont_write_bytecode = writes


def _rewrite(rewrite: object, state: object, config: pytest.Config, path: Path) -> None:
    cache_dir = rewrite.get_cache_dir(path)  # type: ignore[attr-defined]
    pyc = cache_dir / (path.name[:-3] + rewrite.PYC_TAIL)  # type: ignore[attr-defined]
    if rewrite._read_pyc(path, pyc) is not None:  # type: ignore[attr-defined]
        return
    if not rewrite.try_makedirs(cache_dir):  # type: ignore[attr-defined]
        return
    source_stat, code = rewrite._rewrite_test(path, config)  # type: ignore[attr-defined]
    rewrite._write_pyc(state, code, source_stat, pyc)  # type: ignore[attr-defined]
