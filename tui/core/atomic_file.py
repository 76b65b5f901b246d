"""A file written whole or not at all, the one way every cache file of the app is written.

The bytes go to a temporary file of this process and thread beside the target (``private_tmp``),
then ``os.replace`` moves it in place: a reader, or a start after a crash, sees the old file or
the new one, never half of one, and two apps writing the same cache at once (two sessions of
``serve``) each move their own file, never the other's half-written one. What cannot be written
(a read-only or full disk, a missing folder) leaves no temporary file behind and is returned,
not raised: each caller decides what a failed write means for it.

Standard library only: ``tui.core.module_code`` writes through it at exit.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path


def private_tmp(target: str | os.PathLike[str]) -> Path:
    """Where this process (and thread) writes ``target`` before moving it in place."""
    path = Path(target)
    return path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")


def write(
    target: str | os.PathLike[str],
    *chunks: bytes,
    sync: bool = False,
    make_folder: bool = False,
) -> OSError | None:
    """Write ``chunks`` to ``target`` as one file, atomically; None once written, else the error.

    ``sync``: flushed to the disk before the move (a file the user's work lives in, not a
    cache that is derived again). ``make_folder``: the target's folder is made first."""
    path = Path(target)
    tmp = private_tmp(path)
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            for chunk in chunks:
                f.write(chunk)
            if sync:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return exc
    return None
