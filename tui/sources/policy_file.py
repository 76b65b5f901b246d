"""``kind = "policy-file"``: a declared list of trade-policy statuses, TOML or JSON.

TOML::

    [[policy]]
    metal = "gallium"
    origin = "CN"
    destination = "US"
    status = "resuming"
    since = 2025-11-09
    url = "https://www.mofcom.gov.cn/..."
    note = "MOFCOM suspends the 2024 ban until 2026-11-27"

JSON: a list of the same objects, or ``{"policy": [...]}``. Fields: ``metal`` (defaults to
the source's ``metal``), ``origin`` and ``destination`` (ISO 3166 alpha-2, ``EU`` or ``*``;
a country name the gazetteer knows is accepted too; default ``*``), ``status`` (one of
open, tariff, licensing, quota, suspended, resuming), ``since`` and ``until`` (a date, or a
string in a form ``tui.core.policy_dates`` reads), ``rate_pct``, ``proposed``, ``url``, ``note``. Unknown fields are errors.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tui.core.config_types import SourceConfig
from tui.core.models import DeclaredPolicy
from tui.core.text import clean_text
from tui.sources.base import SourceError
from tui.sources.binary import refuse_binary, wide_text
from tui.sources.json_errors import json_problem
from tui.sources.json_errors import loads as json_loads

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from tui.core.policy_entry import disagree, far_dates, validate_policy_entry


def _text(data: bytes) -> str:
    """A register's text: UTF-8 (a BOM dropped), UTF-16 or UTF-32 (Notepad's "Unicode",
    PowerShell's ``>``), else Windows-1252 (an older editor's ``café``, never ``caf\ufffd``)."""
    wide = wide_text(data)
    if wide is not None:
        return wide.lstrip("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _load(data: bytes, src: SourceConfig) -> list[Any]:
    text = _text(data).strip()
    if not text:
        return []
    if text.startswith("<"):
        raise SourceError("expected a TOML or JSON policy list, got an HTML/XML page")
    fmt = str(src.opt("format", "") or "").lower()
    url = (src.url or "").lower().split("?")[0]
    # ``format`` (checked by the config schema: toml or json) decides; else the name, then
    # the first character
    looks_json = (
        fmt == "json"
        if fmt in ("json", "toml")
        else url.endswith(".json")
        or (text[0] in "[{" and not text.startswith("[[") and not text.startswith("[policy"))
    )
    if looks_json:
        try:
            doc = json_loads(text, object_pairs_hook=_Pairs.of)
        except json.JSONDecodeError as exc:  # a register cut short says so
            raise SourceError(json_problem(exc, text)) from None
        if isinstance(doc, list):
            return doc
        if isinstance(doc, dict):
            if isinstance(doc, _Pairs) and doc.twice:
                raise SourceError(doc.twice_said())
            if set(doc) - {"policy"}:
                extra = sorted(set(doc) - {"policy"})[0]
                raise SourceError(f"unexpected top-level key {extra!r} (expected 'policy')")
            entries = doc.get("policy", [])
            if not isinstance(entries, list):
                raise SourceError("'policy' must be a list of entries")
            return entries
        raise SourceError('expected a JSON list of policy entries or {"policy": [...]}')
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"invalid TOML: {exc}") from None
    if set(doc) - {"policy"}:
        extra = sorted(set(doc) - {"policy"})[0]
        raise SourceError(f"unexpected top-level key {extra!r} (expected [[policy]] tables)")
    entries = doc.get("policy", [])
    if not isinstance(entries, list):
        raise SourceError("'policy' must be an array of tables ([[policy]])")
    return entries


class _Pairs(dict[str, Any]):
    """A JSON object whose keys given more than once with different values are kept in
    ``twice`` (Python's reader keeps the last silently: ``"metal": "gallium", "metal":
    "copper"`` became a copper entry)."""

    twice: dict[str, tuple[Any, Any]]

    @classmethod
    def of(cls, pairs: list[tuple[str, Any]]) -> _Pairs:
        made = cls()
        made.twice = {}
        for key, value in pairs:
            if key in made and made[key] != value and key not in made.twice:
                made.twice[key] = (made[key], value)
            made[key] = value
        return made

    def twice_said(self) -> str:
        key, (first, second) = next(iter(self.twice.items()))
        said = ", ".join(
            clean_text(json.dumps(v, default=str), 30, html_input=False) for v in (first, second)
        )
        return f"{key!r} given twice with different values ({said}): which is meant?"


#: Where a health line that names only the first of several entries sends the reader.
ALL_LISTED = "`metalwatch check` lists each"
#: ... for a file read over the network (``check`` reads local files only).
ALL_LISTED_REMOTE = "`metalwatch check` of a saved copy lists each"


@dataclass(frozen=True)
class Declared:
    """What a policy file gives: its usable entries, a warning naming the entries it had to
    skip (shown on the source's health line: the first of each kind, then how many more), and
    every such entry, each with its place and reason (``notes``: ``metalwatch check`` lists
    them all)."""

    entries: list[DeclaredPolicy]
    warning: str | None = None
    notes: tuple[str, ...] = ()


class NoEntryUsable(SourceError):
    """A policy file none of whose entries can be read: the message names the first; ``notes``
    holds every one, each with its place and reason."""

    def __init__(self, message: str, notes: tuple[str, ...]) -> None:
        super().__init__(message)
        self.notes = notes


def _more(n: int, where: str, what: str = "") -> str:
    return f"; and {n} more{what} ({where})" if n > 0 else ""


def _remote(src: SourceConfig) -> bool:
    return (src.url or "").lower().startswith(("http://", "https://"))


def _nothing_said(data: bytes) -> bool:
    """An empty body, or an empty JSON object: no list at all, not an empty one."""
    return "".join(_text(data).split()) in ("", "{}")


def parse(
    data: bytes,
    src: SourceConfig,
    *,
    fetched_at: datetime,
    headers: Mapping[str, str] | None = None,
) -> Declared:
    """The declared entries of a policy file, each with ``source=src.name``.

    An entry that cannot be read (an unknown status, a bad date...) is skipped and named in the
    warning (``policy[3]``, zero-based, and the field), so one typo does not take the file's
    other entries off the board. Raises :class:`SourceError` when the file cannot be read or
    none of its entries can. ``headers``: the answer's (a binary one is named by its
    Content-Type); ``fetched_at`` is accepted for the common parser signature; declared entries
    carry their own ``since`` dates (one years ahead of ``fetched_at``, a typo more likely than
    not, is kept and named in the warning).
    """
    refuse_binary(data, headers, "a policy file")
    out: list[DeclaredPolicy] = []
    problems: list[str] = []
    entries = _load(data, src)
    if not entries and _remote(src) and _nothing_said(data):
        # a server's empty body or "{}" is what a broken or busy one sends, not a list emptied on
        # purpose (say so with "[]", {"policy": []} or a TOML file of comments)
        raise SourceError("the answer held no list (an empty body or {}): not read as none")
    at: list[int] = []  # each kept entry's index in the file
    conflicts: list[str] = []  # entries left out for disagreeing with a kept one
    far: list[str] = []  # kept entries dated years ahead (a typo?)
    for i, entry in enumerate(entries):
        if isinstance(entry, Mapping) and "metal" not in entry and src.metal:
            entry = {**entry, "metal": src.metal}
        if isinstance(entry, _Pairs) and entry.twice:  # which of the two is meant?
            problems.append(f"policy[{i}]: {entry.twice_said()}")
            continue
        try:
            declared = validate_policy_entry(entry, f"policy[{i}]")
        except ValueError as exc:
            problems.append(str(exc))
            continue
        other = next((n for n, e in zip(at, out, strict=True) if disagree(e, declared)), None)
        if other is not None:  # the board would show one of them, silently
            conflicts.append(
                f"policy[{i}] says otherwise than policy[{other}] for {declared.metal} "
                f"{declared.origin}->{declared.destination} since {declared.since}: "
                f"policy[{other}] kept, check the file"
            )
            continue
        out.append(dataclasses.replace(declared, source=src.name))
        at.append(i)
        far += [f"policy[{i}]: {why}" for _, why in far_dates(declared, fetched_at.date())]
    where = ALL_LISTED_REMOTE if _remote(src) else ALL_LISTED
    if problems and not out:
        more = f" (and {len(problems) - 1} more: {where})" if len(problems) > 1 else ""
        raise NoEntryUsable(problems[0] + more, tuple(problems))
    notes = (*problems, *conflicts, *far)
    said = "; ".join(conflicts[:2]) + _more(
        len(conflicts) - 2, where, " entries that say otherwise"
    )
    if far:
        said = "; ".join(
            x
            for x in (said, far[0] + _more(len(far) - 1, where, " entries dated years ahead"))
            if x
        )
    if not problems:
        return Declared(out, said or None, notes)
    n = len(problems)
    skipped = f"{n} of {len(entries)} entries skipped: {problems[0]}{_more(n - 1, where)}"
    return Declared(out, f"{skipped}; {said}" if said else skipped, notes)
