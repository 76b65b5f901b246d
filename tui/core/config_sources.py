"""``[[sources]]`` tables: each decoded into its kind's Struct, then its URL and metal checked.

A local path (a URL without a scheme, or ``file://``) resolves against the config file's folder
and must name an existing file, so ``metalwatch check`` finds a typo before any fetch does; one
where nothing is that reads as a web address written wrong is refused by every command
(``tui.core.url_slips``).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from tui.core.config_decode import Collector
from tui.core.config_schema import SOURCE_SCHEMAS, SourceTable, given, own_keys
from tui.core.config_types import PRICE_KINDS, SOURCE_KINDS, SourceConfig
from tui.core.file_read import missing
from tui.core.series import other_series_metal
from tui.core.url_slips import url_slip
from tui.core.validate import suggest

#: each source kind's own keys (beyond name, kind, url, refresh, metal, enabled)
KIND_KEYS: dict[str, tuple[str, ...]] = own_keys(dict(SOURCE_SCHEMAS), SourceTable)
# what each kind needs besides name and kind (any one of each tuple)
KIND_NEEDS: dict[str, tuple[str, ...]] = {
    "rss": ("url",),
    "gdelt": ("query", "url"),
    "federal-register": ("term", "agencies", "type", "url"),
    "yahoo": ("symbol", "url"),
    "fred": ("series", "url"),
    "stooq": ("symbol", "url"),
    "csv": ("url",),
    "policy-file": ("url",),
}
_SOURCE_FOREIGN = {
    key: [kind for kind, keys in KIND_KEYS.items() if key in keys]
    for keys in KIND_KEYS.values()
    for key in keys
}


def _resolve_url(url: str, base: Path | None) -> str:
    if url.startswith(("http://", "https://")):
        return url
    if file_url := re.match(r"^file:(?://)?(?=/)", url, re.I):  # file:///path, file:/path
        url = url[file_url.end() :]
        # a file URL is percent-encoded (RFC 8089): Path.as_uri() writes "HG=F.csv" as
        # "HG%3DF.csv", a space as "%20"; a file truly named with "%20" in it is kept as written
        if (decoded := unquote(url)) != url and not Path(url).exists():
            url = decoded
    p = Path(url).expanduser()
    if not p.is_absolute() and base is not None:
        p = base / p
    return str(p)


#: what no host name holds: white space, controls, and the characters URLs set apart
#: (a host pasted with a space before its path, "https://www.mining.com /feed/")
_NOT_IN_HOST = re.compile(r"[\s\x00-\x1f\x7f<>\"{}|\\^`]")


def _unfetchable(url: str) -> str | None:
    """Why a web address can never be fetched (no host, a broken IPv6 address or port, a host
    name no name server holds: it failed as "cannot resolve host", and the header said
    OFFLINE for a slip in the config)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    host = parts.hostname
    if not host:
        return "no host in the URL"
    if bad := _NOT_IN_HOST.search(host):
        what = "a space" if bad.group().isspace() else repr(bad.group())
        return f"not a valid URL (the host name {host!r} holds {what})"
    if ".." in host or host.startswith("."):
        return f"not a valid URL (the host name {host!r} has an empty part)"
    return None


def unknown_metal(
    c: Collector, mid: str, ids: set[str], where: str, table: str, i: int, key: str
) -> bool:
    if mid in ids:
        return False
    c.add(where, f"unknown metal id {mid!r}{suggest(mid, ids)}", table, i, key)
    return True


def parse_sources(
    c: Collector, raw_sources: list[Any], ids: set[str], base: Path | None
) -> list[SourceConfig]:
    sources: list[SourceConfig] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_sources):
        where = f"sources[{i + 1}]"
        if not isinstance(raw, dict):
            c.add(where, "expected a table", "sources", i, None)
            continue
        # names first: a duplicate is said beside whatever else is wrong with either entry
        name = raw.get("name")
        if isinstance(name, str) and name in seen:
            c.add(f"{where}.name", f"duplicate source name {name!r}", "sources", i, "name")
        elif isinstance(name, str):
            seen.add(name)
        kind = raw.get("kind")
        if "kind" not in raw:
            c.add(
                f"{where}.kind", f"missing (one of: {', '.join(SOURCE_KINDS)})", "sources", i, None
            )
            continue
        if not isinstance(kind, str) or kind not in SOURCE_KINDS:
            c.add(
                f"{where}.kind",
                f"unknown source kind {kind!r}{suggest(str(kind), SOURCE_KINDS)};"
                f" known: {', '.join(SOURCE_KINDS)}",
                "sources",
                i,
                "kind",
            )
            continue
        s = c.decode(
            raw,
            SOURCE_SCHEMAS[kind],
            where,
            "sources",
            i,
            foreign=_SOURCE_FOREIGN,
            noun=f"a {kind!r} source",
        )
        if not any(k in raw for k in KIND_NEEDS[kind]):
            need = " or ".join(repr(k) for k in KIND_NEEDS[kind])
            c.add(where, f"a {kind!r} source needs {need}", "sources", i, None)
        if kind in PRICE_KINDS and "metal" not in raw:
            c.add(
                f"{where}.metal",
                "missing: a price source names the metal it prices",
                "sources",
                i,
                None,
            )
        if s is None:
            continue
        vals = given(s)
        metal = vals.get("metal")
        if metal is not None and unknown_metal(
            c, metal, ids, f"{where}.metal", "sources", i, "metal"
        ):
            continue
        key = {"fred": "series", "yahoo": "symbol", "stooq": "symbol"}.get(kind)
        if key and isinstance(vals.get(key), str) and other_series_metal(vals[key], metal):
            other = other_series_metal(vals[key], metal)
            c.add(
                f"{where}.{key}",
                f"{vals[key]!r} is the price of {other}, not {metal}: another metal's {key}?",
                "sources",
                i,
                key,
            )
            continue
        if not s.enabled:
            continue
        url = vals.get("url")
        if url is not None:
            url = _check_url(c, url, base, where, i)
            if url is None:
                continue
        options = {k: v for k, v in vals.items() if k in KIND_KEYS[kind]}
        sources.append(SourceConfig(vals["name"], kind, url, vals.get("refresh"), metal, options))
    return sources


def _check_url(c: Collector, url: str, base: Path | None, where: str, i: int) -> str | None:
    """An http(s) URL as it is (its scheme in lower case, as RFC 3986 allows it in any), a local
    path made absolute; None (and a problem) otherwise."""
    if scheme := re.match(r"^[a-z][a-z0-9+.-]*://", url, re.I):
        url = scheme[0].lower() + url[scheme.end() :]
    if scheme and not url.startswith(("http://", "https://", "file://")):
        c.add(
            f"{where}.url",
            f"unsupported URL scheme in {url!r} (use http, https or a path)",
            "sources",
            i,
            "url",
        )
        return None
    resolved = _resolve_url(url, base)
    if resolved.startswith(("http://", "https://")):
        if why := _unfetchable(resolved):
            c.add(f"{where}.url", f"{why}: {resolved!r}", "sources", i, "url")
            return None
        return resolved
    local = Path(resolved)
    if not os.path.lexists(local) and (slip := url_slip(url)):  # a web address, not a path
        c.add(f"{where}.url", slip, "sources", i, "url")
        return None
    if not local.exists():
        if not c.strict:  # it may be written later: the source fails until then, the rest runs
            return resolved
        c.add(f"{where}.url", f"{missing(local)}: {resolved}", "sources", i, "url")
        return None
    if local.is_dir():
        if (
            not c.strict
        ):  # a folder in its place (a sync, an unzip): the source fails, the rest runs
            return resolved
        c.add(f"{where}.url", f"is a folder, not a file: {resolved}", "sources", i, "url")
        return None
    return resolved
