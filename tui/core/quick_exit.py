"""The end of the dashboard's process without freeing its heap one object at a time.

Once the app has ended, what it saves at the quit is saved (``Loading.on_unmount`` waits for
it). The interpreter's own end then freed the session's heap object by object (a snapshot of
20,000 stories, their rows on screen, the caches): ~0.65 s of the ~0.9 s from `q` to the
shell's prompt on a 20,000-story store (``benchmarks/bench_quit.py``). :func:`end` flushes the
standard streams and logging's handlers and leaves at once (``os._exit``): the system takes the
memory back whole. A thread that is not a daemon and still runs would be waited for by the
interpreter: then so is it (the ordinary exit). The ``atexit`` work this skips: none of
metalwatch's, Textual's or the HTTP stack's at import, but logging's, done here (a test says
so); certifi's, registered when the CA bundle is first looked up, only removes a copy of it
extracted from a zipped install.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from typing import NoReturn


def end(code: int) -> NoReturn:
    """Leave the process with ``code`` now, the standard streams flushed (see the module)."""
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        with contextlib.suppress(Exception):
            if stream is not None:
                stream.flush()
    logging.shutdown()
    main = threading.main_thread()
    if any(t is not main and t.is_alive() and not t.daemon for t in threading.enumerate()):
        sys.exit(code)  # the interpreter waits for it, as it always did
    os._exit(code)
