"""The app's own modules given their compiled code from one file kept between runs.

Python's import system spends ~150 K instructions on each module before the module's own code
runs: finding its file among the package's, checking the source's time and size against its
``.pyc``, opening and reading that file (the bootstrap's own Python code does it), ~15 M of
every start for the ~100 modules of ``tui`` the first paint needs. ``metalwatch`` calls
:func:`install` before it imports the app: it reads ``module-code.marshal`` from the cache
folder (the compiled code of the ``tui`` modules an earlier start imported, each with its source
file's path, modification time and size) and puts a finder first on ``sys.meta_path``. A
module's code comes from there only when its source file is the one the import would find (in
the folder of its package's ``__path__``, under the same ``tui``) and is unchanged (the same
time, to the nanosecond, and size; what a ``.pyc`` is checked against, more strictly); else the
ordinary import runs. The module is the one the ordinary import makes (a ``SourceFileLoader``
for its file: ``__file__``, ``__spec__``, its source and resources as before), only its code
read from the kept file. :func:`keep` (the app calls it after its first paint) writes the file
anew when a module of ``tui`` was imported from its own file this run: the first start, after
an upgrade, or after an edit. A file from another Python or another ``tui`` folder, a damaged
or foreign one is ignored, as ``record_code`` does for the ``@record`` methods.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from importlib.machinery import ModuleSpec, SourceFileLoader
from types import CodeType

FORMAT = "metalwatch.module-code/2"
FILE_NAME = "module-code.marshal"
_TAG = (FORMAT, sys.version, sys.implementation.cache_tag)

# module name -> (source path, its st_mtime_ns, its st_size, is a package, the CRC-32 of its
# marshalled code, its code marshalled: decoded only when the module is imported, so a module the
# file holds and this run does not import costs a copy of its bytes). ``marshal`` is not meant for
# damaged data: a flipped byte in a code object can run other code than the module's or crash the
# interpreter, so an entry whose bytes do not match their checksum is never decoded.
Entry = tuple[str, int, int, bool, int, bytes]

_kept: dict[str, Entry] = {}  # read by ``install``
_root: str | None = None  # the folder of the ``tui`` package this run imports; None: not installed
_file: str | None = None  # the kept file's path
_before: frozenset[str] = frozenset()  # the modules imported before ``install``: never given


class _Loader(SourceFileLoader):
    """The ordinary loader of the module's source file, its code the kept one (once: a later
    ``get_code`` reads the file as usual, and the kept code is not held past the import)."""

    def __init__(self, fullname: str, path: str, code: CodeType) -> None:
        super().__init__(fullname, path)
        self._code: CodeType | None = code

    def get_code(self, fullname: str) -> CodeType | None:
        code, self._code = self._code, None
        if code is None or fullname != self.name:
            return super().get_code(fullname)
        return code


class _Finder:
    """First on ``sys.meta_path``: the kept code of an unchanged module of ``tui``."""

    @classmethod
    def find_spec(cls, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        entry = _kept.pop(name, None)  # given once: the module holds what it needs of it
        if entry is None or target is not None or path is None:
            return None
        try:
            file, mtime, size, package, crc, data = entry
            folder = os.path.dirname(file)
            # where the ordinary import looks for it: its package's ``__path__``
            if (os.path.dirname(folder) if package else folder) not in path:  # type: ignore[operator]
                return None
            st = os.stat(file)
            if st.st_mtime_ns != mtime or st.st_size != size or zlib.crc32(data) != crc:
                return None
            code = marshal.loads(data)
        except Exception:  # gone, or an entry that is not one (damaged, foreign)
            return None
        if not isinstance(code, CodeType) or package is not (file.endswith("__init__.py")):
            return None
        spec = ModuleSpec(name, _Loader(name, file, code), origin=file, is_package=package)
        spec.has_location = True
        if package:
            spec.submodule_search_locations = [folder]
        return spec


def install(cache_dir: str) -> None:
    """Read the kept code from ``cache_dir`` and put the finder first; never an error. Call it
    after ``tui`` itself is imported (its folder keys the file) and before the app's modules."""
    global _root, _file, _kept, _before
    if _root is not None:
        return
    import tui

    _before = frozenset(n for n in sys.modules if n.startswith("tui."))

    _root = os.path.dirname(os.path.abspath(tui.__file__ or ""))
    _file = os.path.join(cache_dir, FILE_NAME)
    _kept = _read(_file, _root)
    sys.meta_path.insert(0, _Finder)


def uninstall() -> None:
    """The finder taken off and the kept code forgotten (tests)."""
    global _root, _file, _kept, _before
    with contextlib.suppress(ValueError):
        sys.meta_path.remove(_Finder)
    _root = _file = None
    _kept = {}
    _before = frozenset()


def _read(path: str, root: str) -> dict[str, Entry]:
    try:
        with open(path, "rb") as f:
            data = f.read()
        tag, kept_root, entries = marshal.loads(data)
    except Exception:  # missing, damaged or foreign: the ordinary import
        return {}
    if tag != _TAG or kept_root != root or not isinstance(entries, dict):
        return {}
    return entries  # each checked as it is used (``_Finder``)


def keep() -> None:
    """Write the kept file anew when a module of ``tui`` was imported from its own file this run
    (with the entries still true of their files); never an error, nothing when not installed.
    Written whatever ``PYTHONDONTWRITEBYTECODE`` (``-B``) says, as ``record_code``'s file is:
    that asks for no ``.pyc`` files beside the sources, and this file is the app's own cache."""
    if _root is None or _file is None:
        return
    loaders: dict[str, SourceFileLoader] = {}
    missed = False
    for name, module in list(sys.modules.items()):
        loader = getattr(getattr(module, "__spec__", None), "loader", None)
        if not name.startswith("tui.") or name in _before:
            continue  # not ours, or imported before the finder was there (at every start)
        if not isinstance(loader, SourceFileLoader):
            continue
        if type(loader) is SourceFileLoader:  # imported from its own file: the file is behind
            missed = missed or _under_root(loader.path)
        loaders[name] = loader
    if not missed:
        return
    fresh = {n: e for n, loader in loaders.items() if (e := _entry(n, loader)) is not None}
    entries = {n: e for n, e in _kept.items() if n not in fresh and _unchanged(e)}  # unused
    entries.update(fresh)
    try:
        data = marshal.dumps((_TAG, _root, entries))
    except ValueError:
        return
    from tui.core import atomic_file  # at exit only: nothing more to import at start

    atomic_file.write(_file, data, make_folder=True)


def _entry(name: str, loader: SourceFileLoader) -> Entry | None:
    """The module's entry, its code as its file holds it now (None: not a file under ``tui``'s
    folder, or changed while read)."""
    file = loader.path
    if not _under_root(file):
        return None
    try:
        before = os.stat(file)
        code = loader.get_code(name)
        after = os.stat(file)
    except (OSError, ImportError, SyntaxError, ValueError):
        return None
    if code is None or (before.st_mtime_ns, before.st_size) != (after.st_mtime_ns, after.st_size):
        return None
    package = os.path.basename(file) == "__init__.py"
    data = marshal.dumps(code)
    return (file, after.st_mtime_ns, after.st_size, package, zlib.crc32(data), data)


def _under_root(file: str) -> bool:
    return _root is not None and file.startswith(_root + os.sep) and file.endswith(".py")


def _unchanged(entry: Entry) -> bool:
    try:
        st = os.stat(entry[0])
    except (OSError, TypeError, IndexError):
        return False
    return (st.st_mtime_ns, st.st_size) == (entry[1], entry[2])
