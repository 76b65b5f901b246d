"""``snapshot --json`` is written by ``tui.core.fmt.json_indented``: the same characters as
Python's indenting encoder (the documented format), written faster; values only Python's
encoder writes take its way. ``write_json_indented`` writes the same bytes to a UTF-8 stream
without holding the text twice."""

from __future__ import annotations

import io
import json
import math

import pytest

from tui.core.fmt import json_indented, write_json_indented

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


def _utf8_stream() -> tuple[io.BytesIO, io.TextIOWrapper]:
    raw = io.BytesIO()
    return raw, io.TextIOWrapper(raw, encoding="utf-8", newline="")


@pytest.mark.parametrize("value", [*VALUES, {"change": math.nan}], ids=range(len(VALUES) + 1))
def test_written_to_a_utf8_stream_the_same_bytes(value: object) -> None:
    """``write_json_indented`` gives the bytes the text and its line end would be written as,
    after what the stream held before (its own buffer flushed first)."""
    raw, out = _utf8_stream()
    out.write("before é\n")
    write_json_indented(value, out)
    out.write("after\n")
    out.flush()
    expected = "before é\n" + json_indented(value) + "\n" + "after\n"
    assert raw.getvalue() == expected.encode("utf-8")


def test_a_stream_of_text_only_or_another_encoding_takes_the_text() -> None:
    value = VALUES[6]
    text = io.StringIO()
    write_json_indented(value, text)
    assert text.getvalue() == json_indented(value) + "\n"
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-16", newline="")
    write_json_indented(value, out)
    out.flush()
    assert raw.getvalue() == (json_indented(value) + "\n").encode("utf-16")
