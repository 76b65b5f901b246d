"""A small JSON Schema (draft 2020-12) checker for the keywords ``docs/snapshot-schema.json``
uses: ``type``, ``const``, ``enum``, ``pattern``, ``minimum``, ``maximum``, ``properties``,
``required``, ``items``, ``prefixItems``, ``minItems``, ``maxItems``, ``anyOf`` and local
``$ref``. A keyword it does not know is an error, so the schema cannot say more than is checked.

``strict``: an object key the schema does not list is an error too (the schema allows more, for
later versions; the tests hold the output to what is documented now).
"""

from __future__ import annotations

import json
import re
from math import isfinite
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "snapshot-schema.json"

_TYPES: dict[str, Any] = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}
_KNOWN = {
    "$schema",
    "$id",
    "$defs",
    "$ref",
    "title",
    "description",
    "type",
    "const",
    "enum",
    "pattern",
    "minimum",
    "maximum",
    "properties",
    "required",
    "items",
    "prefixItems",
    "minItems",
    "maxItems",
    "anyOf",
}


ERROR_SCHEMA_PATH = SCHEMA_PATH.with_name("error-schema.json")


def load_schema(path: Path = SCHEMA_PATH) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def _is(value: Any, kind: str) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":  # NaN and infinities are no JSON numbers (Python writes them bare)
        return isinstance(value, (int, float)) and not isinstance(value, bool) and isfinite(value)
    return isinstance(value, _TYPES[kind])


def problems(
    value: Any, schema: dict[str, Any], root: dict[str, Any], where: str = "$", *, strict: bool
) -> list[str]:
    """What is wrong with ``value`` against ``schema`` (empty when it conforms)."""
    unknown = set(schema) - _KNOWN
    if unknown:
        return [f"{where}: the checker does not know {sorted(unknown)}"]
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        rest = {k: v for k, v in schema.items() if k not in ("$ref", "description")}
        out = problems(value, root["$defs"][name], root, where, strict=strict)
        return out + (problems(value, rest, root, where, strict=strict) if rest else [])
    if "anyOf" in schema:
        tries = [problems(value, s, root, where, strict=strict) for s in schema["anyOf"]]
        if all(tries):
            return [f"{where}: matches none of anyOf: {min(tries, key=len)}"]
        return []
    out: list[str] = []
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_is(value, k) for k in kinds):
            return [f"{where}: {value!r:.80} is not {' or '.join(kinds)}"]
    if "const" in schema and value != schema["const"]:
        out.append(f"{where}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        out.append(f"{where}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        out.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if _is(value, "number"):
        if "minimum" in schema and value < schema["minimum"]:
            out.append(f"{where}: {value} < {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            out.append(f"{where}: {value} > {schema['maximum']}")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        out += [f"{where}: missing {k!r}" for k in schema.get("required", ()) if k not in value]
        for key, item in value.items():
            if key in props:
                out += problems(item, props[key], root, f"{where}.{key}", strict=strict)
            elif strict and "properties" in schema:
                out.append(f"{where}: key {key!r} is not in the schema")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            out.append(f"{where}: fewer than {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            out.append(f"{where}: more than {schema['maxItems']} items")
        first = schema.get("prefixItems", [])
        for i, item in enumerate(value):
            sub = first[i] if i < len(first) else schema.get("items")
            if sub is not None:
                out += problems(item, sub, root, f"{where}[{i}]", strict=strict)
    return out


def check_document(doc: Any, *, strict: bool = True, path: Path = SCHEMA_PATH) -> None:
    """Assert that ``doc`` conforms to ``docs/snapshot-schema.json`` (or the schema at ``path``)
    and, ``strict``, holds no key the schema does not document; the first problems are the
    assertion's message."""
    schema = load_schema(path)
    found = problems(doc, schema, schema, strict=strict)
    assert not found, "\n".join(found[:20])


def documented_keys(schema: dict[str, Any]) -> set[str]:
    """Every property name the schema documents, at any depth."""
    keys: set[str] = set()
    for node in [schema, *schema.get("$defs", {}).values()]:
        keys |= set(node.get("properties", {}))
    return keys
