"""A source ``url`` that reads as neither a web address nor a path: what the user most likely meant.

A ``url`` without ``scheme://`` is a local path (relative to the config file's folder). A web
address with a slash or the colon missing (``https:/example.org/feed``, ``https//...``), one
written without its scheme (``www.mining.com/feed/``), a scheme metalwatch cannot fetch written
without ``//`` (``mailto:``, ``javascript:``) or an environment variable (``$HOME/prices.csv``,
which metalwatch does not expand) was taken for a relative path, and the source failed with "file
not found" under a path the user never wrote. These are said as config errors instead, with the
address meant where one can be told. Only a path where nothing is: a file (or a mirror's folder,
``wget -r`` writes ``www.mining.com/...``) that is there by such a name is the one meant.
"""

from __future__ import annotations

import re

_HOST = r"(?:localhost|\[[0-9a-f:.]+\]|(?:[a-z0-9-]+\.)+[a-z0-9-]+)(?::\d+)?(?:[/\\?#]|$)"
#: ``http`` or ``https`` followed by a colon and fewer or other slashes than ``//``, or by
#: ``//`` without the colon; then a host
_WEB_SLIP = re.compile(
    rf"^(https?)(?::(?!//)[/\\]*|[/\\]{{2,}})(?={_HOST})(.*)$", re.IGNORECASE | re.DOTALL
)
#: a web host written without a scheme: ``www.`` and at least a name and a top-level domain
_NO_SCHEME = re.compile(r"^www\d*\.(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/:?#]|$)", re.IGNORECASE)
#: a scheme (two letters or more: ``C:`` is a Windows drive) written without ``//``
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]+):(/?)", re.IGNORECASE)
#: schemes of addresses, none of which metalwatch fetches, whatever follows the colon
_OTHER_SCHEMES = frozenset(
    "about blob data feed ftp ftps git gs irc javascript magnet mailto news s3 sftp smb ssh tel"
    " webcal ws wss".split()
)
_VARIABLE = re.compile(r"\$\{[A-Za-z_]\w*\}|\$[A-Za-z_]\w*|%[A-Za-z_]\w*%")


def url_slip(url: str) -> str | None:
    """Why ``url``, taken for a local path where nothing is, is more likely a slip; else None."""
    if m := _WEB_SLIP.match(url):
        meant = f"{m.group(1).lower()}://{m.group(2).replace(chr(92), '/')}"
        return _neither(url, meant)
    if _NO_SCHEME.match(url):
        return _neither(url, f"https://{url}")
    if (m := _SCHEME.match(url)) and m.group(1).lower() not in ("http", "https", "file"):
        if m.group(1).lower() in _OTHER_SCHEMES or m.group(2):
            return f"unsupported URL scheme in {url!r} (use http, https or a path)"
    if m := _VARIABLE.search(url):
        return (
            f"{m[0]!r} is not expanded (metalwatch reads no environment variables in paths):"
            " write the path itself, or ~ for your home folder"
        )
    return None


def _neither(url: str, meant: str) -> str:
    return f"{url!r} is neither a web address nor a file (did you mean {meant!r}?)"
