"""English month names, one table for every reader of dates: price files' date columns, policy
entries, a measure's effective and end dates in headlines, the classifier's dates ("from June",
"by Jan. 2027", a wire's dateline, "on Feb. 10")."""

from __future__ import annotations

#: Each month's name and abbreviations, lower case, January first.
_NAMES: tuple[tuple[str, ...], ...] = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
#: Each month's name and abbreviations, lower case ("sept" too), to its number.
MONTHS: dict[str, int] = {name: i for i, names in enumerate(_NAMES, start=1) for name in names}
#: The months' full names, lower case, January first.
MONTH_NAMES: tuple[str, ...] = tuple(names[0] for names in _NAMES)
#: The months' three-letter stems in a regular expression ("jan" ... "dec"; the caller says
#: what may follow: "[a-z]*" takes "january" and "sept" too).
MONTH_STEM_PATTERN = "(?:" + "|".join(name[:3] for name in MONTH_NAMES) + ")"
#: A month's name or abbreviation in a regular expression (case left to the caller's flags).
MONTH_PATTERN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)


def month_of(word: str) -> int:
    """The month (1-12) of an English month's name or abbreviation as :data:`MONTH_PATTERN`
    matches it ("June", "Sept.", "dec"), read by its first three letters."""
    return MONTHS[word[:3].lower()]


#: A day of the month, with an ordinal's ending or not ("3", "03", "3rd").
DAY_PATTERN = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
