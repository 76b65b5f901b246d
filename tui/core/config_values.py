"""The kinds of values a config holds, each checked with the user's words.

A field of a Struct in ``tui.core.config_schema`` typed ``Duration``, ``Unit``, ``ThemeName``...
is handed by msgspec to the ``dec_hook`` :func:`make_hook` builds, which checks the TOML value
and returns it typed (a ``Duration`` is a float of seconds), or raises ``ValueError`` with the
message the user sees.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection
from datetime import date, datetime, time
from typing import Any

from tui.core.alert_rules import SEVERITIES
from tui.core.config_types import PANEL_KINDS
from tui.core.models import POLICY_STATUSES
from tui.core.theme_names import TEXTUAL_THEMES
from tui.core.units import parse_unit
from tui.core.validate import parse_command, parse_duration, suggest

#: The largest count or limit a config may give: more is no limit a user means (a body of a
#: petabyte, a billion stories), and beyond it numbers overflow SQLite's integers or a float.
MAX_NUMBER = 1_000_000_000
METAL_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
COUNTRY_CODE = re.compile(r"^(?:[A-Z]{2}|\*)$")


class Text(str):
    """A string, stripped, not empty."""


class MetalId(str):
    """A metal id: lower-case letters, digits, '-' or '_'."""


class Unit(str):
    """A price unit ``tui.core.units`` understands, e.g. 'USD/t'."""


class ThemeName(str):
    """The name of a theme file (bundled or the user's) or a Textual built-in theme."""


class PanelKind(str):
    pass


class Severity(str):
    pass


class PolicyStatus(str):
    pass


class CountryCode(str):
    """ISO 3166 alpha-2, 'EU' or '*'."""


class PolicyFormat(str):
    """How a policy-file source's answer is read: 'toml' or 'json' (else told by its content)."""


class Delimiter(str):
    """The one character that splits a CSV line ('tab' or '\\t' for a tab)."""


class Duration(float):
    """Seconds, from '90s', '10m', '1h30m' or a plain number."""


class DayWindow(float):
    """A duration of at least a day (prices are daily at most)."""


class Positive(float):
    """A finite number more than zero."""


class Count(int):
    """A positive whole number."""


class Command(tuple[str, ...]):
    """An argv: a list of strings, or a command line split like a shell would."""


class Keywords(tuple[str, ...]):
    """Words or phrases to look for, none empty."""


# ---- the checks behind the value types --------------------------------------------------------


def type_words(value: Any) -> str:
    """How the user's TOML value reads in a message ("a number", "a date")."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, int):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, datetime | date | time):
        return "a date or time"
    return type(value).__name__


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {type_words(value)}")
    text = value.strip()
    if not text:
        raise ValueError("must not be empty")
    if bad := next((ch for ch in text if _is_control(ch)), None):
        # an escape sequence in a name would reach the terminal (and shift every column after it)
        raise ValueError(f"contains a control character (U+{ord(bad):04X}): remove it")
    return text


def _is_control(ch: str) -> bool:
    """C0/C1 control characters and DEL, other than tab and line breaks (multi-line notes), and
    the bidi controls (overrides and isolates that reorder what follows them on the line, the
    marks that move the characters around them)."""
    code = ord(ch)
    return (
        (code < 0x20 and ch not in "\t\n\r")
        or 0x7F <= code <= 0x9F
        or 0x202A <= code <= 0x202E
        or 0x2066 <= code <= 0x2069
        or ch in "\u200e\u200f\u061c"
    )


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"expected a number, got {type_words(value)}")
    return float(value)


def _positive(value: Any) -> float:
    n = _number(value)
    if not math.isfinite(n):
        raise ValueError(f"must be a finite number more than zero (got {value!r})")
    if n <= 0:
        raise ValueError("must be more than zero")
    if n > MAX_NUMBER:
        raise ValueError(f"must be at most {MAX_NUMBER:,} (got {value!r})")
    return n


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected a whole number, got {type_words(value)}")
    if value <= 0:
        raise ValueError("must be a positive whole number")
    if value > MAX_NUMBER:
        raise ValueError(f"must be at most {MAX_NUMBER:,} (got {value!r})")
    return value


def _metal_id(value: Any) -> str:
    mid = _text(value)
    if not METAL_ID.match(mid):
        raise ValueError(f"{mid!r}: use lower-case letters, digits, '-' or '_'")
    return mid


def _unit(value: Any) -> str:
    unit = _text(value)
    if parse_unit(unit) is None:
        raise ValueError(
            f"unit {unit!r} is not understood: write currency/mass,"
            " e.g. 'USD/t', 'USc/lb', 'CNY/t' or 'USD/ozt'"
        )
    return unit


POLICY_FORMATS = ("toml", "json")


def _one_of(choices: tuple[str, ...], what: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        word = _text(value).lower()
        if word == "information" and "info" in choices:
            word = "info"
        if word not in choices:
            raise ValueError(
                f"{value!r} is not one of {', '.join(choices)}{suggest(word, choices)}"
                if what == ""
                else f"unknown {what} {value!r}{suggest(word, choices)}; known: {', '.join(choices)}"
            )
        return word

    return check


def _country_code(value: Any) -> str:
    code = _text(value).upper()
    if not COUNTRY_CODE.match(code) and code != "EU":
        raise ValueError(f"{value!r} is not an ISO 3166 alpha-2 code, 'EU' or '*'")
    return code


def _delimiter(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {type_words(value)}")
    if value in ("", "\t", "\\t", "tab"):
        return value  # "": found from the file
    if len(value) != 1 or value in '"\r\n' or _is_control(value) or value.isalnum():
        raise ValueError(
            f"{value!r} cannot split a line: use one character such as ',' ';' '|' or 'tab'"
        )
    return value


def _day_window(value: Any) -> float:
    seconds = parse_duration(value)
    if seconds < 86400:
        raise ValueError(
            f"{value!r} is shorter than a day: prices are daily at most, use e.g. '1d' or '1w'"
        )
    return seconds


def _keywords(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        raise ValueError(
            f"expected a list of words or phrases, got a string: write keywords = [{value!r}]"
        )
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ValueError("expected a list of words or phrases")
    words = tuple(w.strip() for w in value)
    if not words or not all(words):
        raise ValueError("expected a list of words or phrases, none empty")
    return words


def _themes(known: Collection[str]) -> str:
    """The themes a config may name, for an unknown one with none close to it: the theme files'
    names, then how many of Textual's own. "unknown theme 'nope'" said no name to use."""
    files = [t for t in known if t not in TEXTUAL_THEMES]
    textual = len(known) - len(files)
    return f"; known: {', '.join(files)}, or one of Textual's {textual} (the dashboard's theme picker lists them)"


def make_hook(themes: Callable[[], Collection[str]]) -> Callable[[type, Any], Any]:
    """The ``dec_hook`` that checks every value type above; ``themes`` lists the known names."""

    def theme(value: Any) -> str:
        name = _text(value)
        known = themes()
        if name not in known:
            raise ValueError(f"unknown theme {name!r}{suggest(name, known) or _themes(known)}")
        return name

    checks: dict[type, Callable[[Any], Any]] = {
        Text: _text,
        MetalId: _metal_id,
        Unit: _unit,
        ThemeName: theme,
        PanelKind: _one_of(PANEL_KINDS, "panel kind"),
        Severity: _one_of(SEVERITIES, ""),
        PolicyStatus: _one_of(POLICY_STATUSES, ""),
        CountryCode: _country_code,
        Duration: parse_duration,
        Delimiter: _delimiter,
        PolicyFormat: _one_of(POLICY_FORMATS, ""),
        DayWindow: _day_window,
        Positive: _positive,
        Count: _count,
        Command: parse_command,
        Keywords: _keywords,
    }

    def hook(tp: type, value: Any) -> Any:
        check = checks.get(tp)
        if check is None:
            raise NotImplementedError(tp)
        return tp(check(value))

    return hook
