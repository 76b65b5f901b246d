"""A stamp of metalwatch's own code, for caches of what that code derived.

A cached snapshot holds the stories as the engine clustered, tagged and classified them, and the
board it built; a source's remembered parse holds what its parser read. Both stay valid only for
the code that made them. ``__version__`` alone does not tell: an install from a newer checkout
or a patched file keeps the same version, and the dashboard would go on showing the older
engine's readings as current. The stamp is each code file's name, size and modification time in
the given package folders (a reinstall or checkout rewrites them: at worst one rebuild more). It
reads directory entries only (about 0.3 ms for the engine, core and flow folders), never the
files, and is taken once per process.
"""

from __future__ import annotations

import contextlib
import functools
import os
import zlib
from pathlib import Path

# the ``tui`` package folder, as ``paths.package_dir`` gives it (``paths`` imports this module
# to name the demo's store, so it is not imported here)
PACKAGE_DIR = Path(__file__).resolve().parent.parent

SUFFIXES = (".py", ".json", ".toml")


def stamp_of(
    root: Path, folders: tuple[str, ...], suffixes: tuple[str, ...] | None = SUFFIXES
) -> str:
    """A short digest of the files directly in ``root / folder`` for each folder: those whose
    names end in one of ``suffixes`` (None: every file)."""
    parts: list[str] = []
    for folder in folders:
        rows: list[str] = []
        with contextlib.suppress(OSError), os.scandir(root / folder) as entries:
            for e in entries:
                if suffixes is None or e.name.endswith(suffixes):
                    st = e.stat()
                    rows.append(f"{e.name}\0{st.st_size}\0{st.st_mtime_ns}")
        parts.append(folder + "\1" + "\n".join(sorted(rows)))
    data = "\2".join(parts).encode()
    # two checksums of the listing (zlib is loaded by the start already; hashlib is not)
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


@functools.cache
def code_stamp(*folders: str) -> str:
    """``stamp_of`` metalwatch's own package folders, taken once per process."""
    return stamp_of(PACKAGE_DIR, folders)


@functools.cache
def demo_stamp() -> str:
    """``stamp_of`` every file of the bundled demo (captures, price files, its config), taken
    once per process: the demo's store is named by it (``paths.store_path``), so what an older
    bundle put in a store never shows beside the current bundle's captures."""
    return stamp_of(PACKAGE_DIR, ("demo",), None)
