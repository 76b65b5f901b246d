"""HTTP for every source: the client, the fetch with its limits, local files, host slots.

- ``client``: ``HttpSettings`` and ``make_client`` (User-Agent, timeouts, HTTP/2, RFC 9111 cache);
- ``fetch``: one GET within a total deadline, decoded size cap, complete answers only;
- ``errors``: ``FetchError`` and the short sentences the user sees;
- ``decode``: bounded Content-Encoding decoding (gzip, deflate, brotli);
- ``local``: local file sources;
- ``slots``: the per-host slots that keep us polite without letting a hung server starve a host.
"""

from tui.flow.http.client import HttpSettings, make_client
from tui.flow.http.errors import FetchError, parse_retry_after
from tui.flow.http.fetch import FetchResult, fetch
from tui.flow.http.local import read_local
from tui.flow.http_cache import CACHE_FILE

__all__ = [
    "CACHE_FILE",
    "FetchError",
    "FetchResult",
    "HttpSettings",
    "fetch",
    "make_client",
    "parse_retry_after",
    "read_local",
]
