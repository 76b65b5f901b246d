"""Decoding config tables with msgspec and turning its errors into located lines for the user.

msgspec stops at the first error of a ``convert``; :meth:`Collector.decode` drops the key it
blamed and converts again, so every problem of a table is reported at once, each with its
line (found by :class:`tui.core.validate.Locator`, as tomllib gives no positions), its key path
(``sources[2].kind``) and a "did you mean" where one is close.
"""

from __future__ import annotations

import json
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from tui.core.config_io import ARRAY_TABLES
from tui.core.config_schema import fields_of
from tui.core.config_values import type_words
from tui.core.validate import Locator, Problem, suggest

S = TypeVar("S", bound=msgspec.Struct)

_AT = re.compile(r"^(?P<msg>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.S)
_KEY = re.compile(r"^\.(?P<key>[^.\[]+)(?P<rest>.*)$")
_ITEM = re.compile(r"^\[(\d+)\]")
_UNKNOWN = re.compile(r"^Object contains unknown field `(?P<key>.+)`$")
_MISSING = re.compile(r"^Object missing required field `(?P<key>.+)`$")
_EXPECTED = re.compile(r"^Expected `(?P<want>[^`]+)`(?:, got `(?P<got>[^`]+)`)?")
_GOT_WORDS = {
    "str": "a string",
    "int": "a number",
    "float": "a decimal number",
    "bool": "a boolean",
    "array": "a list",
    "object": "a table",
    "datetime": "a date or time",
    "date": "a date or time",
    "time": "a date or time",
}


class Collector:
    """Every problem of one config file, each with its line; decodes tables with msgspec."""

    def __init__(
        self,
        path: Path | None,
        text: str,
        hook: Callable[[type, Any], Any],
        *,
        strict: bool = True,
    ) -> None:
        self.path = path
        # strict (``metalwatch check``): what could still come right at run time (a local
        # source file not written yet) is a problem too; otherwise that source fails when read
        self.strict = strict
        self.loc = Locator(text)
        self.hook = hook
        self.problems: list[Problem] = []
        # keys of [app] and names of top tables: one written below a [[table]] header lands in
        # that entry (TOML) and is said with where it goes
        self.strays: dict[str, str] = {}

    def add(
        self, where: str, msg: str, table: str | None, index: int | None, key: str | None
    ) -> None:
        self.problems.append(Problem(where, msg, self.loc.line(table, index, key)))

    def decode(
        self,
        raw: Any,
        schema: type[S],
        where: str,
        table: str | None,
        index: int | None,
        *,
        foreign: Mapping[str, Sequence[str]] | None = None,
        noun: str = "",
        shapes: Mapping[str, str] | None = None,
        homes: Mapping[str, str] | None = None,
    ) -> S | None:
        """``raw`` as ``schema``, or None when it cannot be one (not a table, a key missing).

        A key with a bad value is reported and left out, so the result may lack it (check
        ``len(problems)``). ``foreign`` maps keys of other kinds to those kinds ("does not
        apply to a 'rss' source"); ``noun`` says what the entry is; ``shapes`` words a type
        mismatch of a key in the user's terms ("expected [[metals]] tables"); ``homes`` names
        the table an unknown key belongs in ("put it under [app]").
        """
        if not isinstance(raw, dict):
            self.add(where, "expected a table", table, index, None)
            return None
        data = dict(raw)
        fields = fields_of(schema)

        def at(key: str) -> str:
            return f"{where}.{key}" if where else key

        for _ in range(len(raw) + 1):
            try:
                return msgspec.convert(data, schema, dec_hook=self.hook)
            except msgspec.ValidationError as exc:
                m = _AT.match(str(exc))
                message, path = (m.group("msg"), m.group("path") or "") if m else (str(exc), "")
            unknown = _UNKNOWN.match(message)
            if unknown and not path:
                key = unknown.group("key")
                kinds = (foreign or {}).get(key)
                if kinds:
                    text = f"does not apply to {noun} (it is for: {', '.join(kinds)})"
                elif homes and key in homes:
                    text = f"unknown key here: put it under {homes[key]}"
                elif table in ARRAY_TABLES and key in self.strays and key not in fields:
                    text = (
                        f"unknown key here: a key below a [[{table}]] header is that entry's;"
                        f" put it under {self.strays[key]}"
                    )
                else:
                    known = [*fields, *(foreign or {})]
                    nested = isinstance(data.get(key), dict | list)
                    what = "table" if where == "" and nested else "key"
                    text = f"unknown {what}{suggest(key, known)}"
                self.add(at(key), text, table, index, key)
                data.pop(key, None)
                continue
            if _MISSING.match(message) and not path:
                for name, info in fields.items():
                    if info.required and name not in raw:
                        self.add(at(name), "missing (required)", table, index, None)
                return None
            km = _KEY.match(path)
            if km is None:  # the entry itself (not a table) or something unforeseen
                self.add(where, _plain(message, None, data), table, index, None)
                return None
            key, rest = km.group("key"), km.group("rest")
            if key not in data:  # pragma: no cover - msgspec blames keys it was given
                self.add(at(key), message, table, index, key)
                return None
            if shapes and key in shapes:
                text = shapes[key]
            else:
                text = _plain(message, fields.get(key), data.get(key))
                item = _ITEM.match(rest)
                if item:
                    text = f"item {int(item.group(1)) + 1}: {text}"
            self.add(at(key), text, table, index, key)
            data.pop(key, None)
        return None  # pragma: no cover - every round drops a key


def _plain(message: str, field: msgspec.structs.FieldInfo | None, value: Any) -> str:
    """msgspec's ``Expected `str`, got `int``` in the user's words; our own messages as they are."""
    m = _EXPECTED.match(message)
    if m is None:
        return message
    want = _type_words(field.type) if field is not None else _GOT_WORDS.get(m["want"], m["want"])
    got = _GOT_WORDS.get(m["got"] or "", m["got"]) if m["got"] else None
    if want.startswith("a list") and isinstance(value, str) and field is not None:
        return f"expected {want}, got a string: write {field.name} = [{json.dumps(value)}]"
    if got is None and isinstance(value, list):
        return f"expected {want}"
    return f"expected {want}, got {got or type_words(value)}"


def _type_words(tp: Any) -> str:
    """A declared type as the user reads it: ``tuple[Text, ...]`` -> "a list of strings"."""
    args = [a for a in typing.get_args(tp) if a is not msgspec.UnsetType]
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        names = {_type_words(a) for a in args}
        if names == {"a string", "a whole number"}:
            return "a column name or number"
        return " or ".join(sorted(names))
    if origin in (tuple, list):
        return "a list of " + _plural(_type_words(args[0]) if args else "values")
    if origin is dict or tp is dict:
        return "a table"
    if tp is bool:
        return "true or false"
    if isinstance(tp, type) and issubclass(tp, str):
        return "a string"
    if isinstance(tp, type) and issubclass(tp, int):
        return "a whole number"
    if isinstance(tp, type) and issubclass(tp, float):
        return "a number"
    if isinstance(tp, type) and issubclass(tp, tuple):
        return "a list of strings"
    return getattr(tp, "__name__", str(tp))


def _plural(words: str) -> str:
    return {"a string": "strings", "a whole number": "whole numbers", "a number": "numbers"}.get(
        words, words
    )
