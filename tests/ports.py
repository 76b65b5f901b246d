"""Loopback ports that refuse connections, for the tests of a source that cannot be reached.

A port found free (bound, then closed) may be taken by another test before it is used, in this
process or a parallel one (``pytest -n``): it would then answer, or hang. The port here stays
bound by this process (never listening: a connection is refused at once) until the process
ends, so no other test can listen on it meanwhile.
"""

from __future__ import annotations

import socket

_HELD: list[socket.socket] = []


def refused_port() -> int:
    """A loopback port on which every connection is refused, held for the rest of the run."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    _HELD.append(s)
    return int(s.getsockname()[1])
