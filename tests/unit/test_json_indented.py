"""``snapshot --json`` is written by ``tui.core.fmt.json_indented``: the same characters as
Python's indenting encoder (the documented format), written faster; values only Python's
encoder writes take its way."""

from __future__ import annotations

import json
import math

import pytest

from tui.core.fmt import json_indented

VALUES: list[object] = [
    {},
    [],
    "text",
    3,
    None,
    {"a": [], "b": {}, "c": [{}], "d": [[], [[]]], "e": {"f": {"g": {}}}},
    {"title": 'x\u2028y\n\t"\\ é 中 \x01 \u0085 \ufeff', "": ""},
    {"rates": [1e100, -0.0, 1.5, 0.1 + 0.2, 10**30, -7], "on": True, "off": False},
    {"headlines": [{"id": i, "title": f"Copper {i}", "metals": ["copper"]} for i in range(50)]},
]


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
def test_the_same_characters_as_pythons_indenting_encoder(value: object) -> None:
    assert json_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_a_value_only_pythons_encoder_writes_takes_its_way() -> None:
    value = {"change": math.nan, "up": math.inf}
    assert json_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)
