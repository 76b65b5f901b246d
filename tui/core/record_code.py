"""The methods ``@record`` generates, compiled once and kept between runs, as Python keeps a
module's bytecode.

``@record`` writes each class's ``__init__`` (and, when first called, ``__eq__`` / ``__hash__``)
as source text and compiles it: ~165 us a method, ~0.9 M instructions, for the two dozen
classes the first paint needs (~20 M instructions of every start). :func:`compiled` returns
the code object compiled from exactly that text, from ``record-code.marshal`` in the cache
folder when a run of the same Python compiled it before, else from ``compile``;
:func:`keep` writes the ones this run used (the app calls it after its first paint). The file
is keyed by the source text itself, so a changed class is compiled anew; a file from another
Python, a damaged or foreign one is ignored: the file holds the CRC-32 of its marshalled
codes, checked before they are decoded (``marshal`` is not meant for damaged data; a flipped
byte in a code object can run other code than the method's or crash the interpreter).
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from types import CodeType

FORMAT = "metalwatch.record-code/2"
FILE_NAME = "record-code.marshal"
_TAG = (FORMAT, sys.version, sys.implementation.cache_tag)

_stored: dict[str, CodeType] | None = None  # read at the first call
_used: dict[str, CodeType] = {}
_compiled_here = False  # something was compiled this run: the file is out of date


def compiled(source: str) -> CodeType:
    """``compile(source, "<string>", "exec")``, from the file when it holds it."""
    global _stored, _compiled_here
    if _stored is None:
        _stored = _read()
    code = _stored.get(source)
    if code is None:
        code = compile(source, "<string>", "exec")
        _stored[source] = code
        _compiled_here = True
    _used[source] = code
    return code


def _path() -> str:
    from tui.core import paths

    return os.path.join(paths.cache_dir(), FILE_NAME)


def _read() -> dict[str, CodeType]:
    try:
        with open(_path(), "rb") as f:
            data = f.read()
        # ``marshal.load(f)`` reads an open file a few bytes at a time (~8 M instructions for
        # this file at every start); ``loads`` on its bytes costs a tenth of that
        tag, crc, payload = marshal.loads(data)
        if tag != _TAG or not isinstance(payload, bytes) or zlib.crc32(payload) != crc:
            return {}
        codes = marshal.loads(payload)
    except Exception:  # missing, damaged or foreign: compile
        return {}
    if not isinstance(codes, dict):
        return {}
    return {s: c for s, c in codes.items() if isinstance(s, str) and isinstance(c, CodeType)}


def keep() -> None:
    """Write the code this run used, if any of it had to be compiled; never an error."""
    global _compiled_here
    if not _compiled_here:
        return
    _compiled_here = False
    try:
        payload = marshal.dumps(dict(_used))
        data = marshal.dumps((_TAG, zlib.crc32(payload), payload))
    except ValueError:
        return
    from tui.core import atomic_file  # at exit only: nothing more to import at start

    atomic_file.write(_path(), data, make_folder=True)
