"""English month names, one table for every reader of dates: price files' date columns, policy
entries, a measure's effective and end dates in headlines."""

from __future__ import annotations

#: Each month's name and abbreviations, lower case ("sept" too), to its number.
MONTHS: dict[str, int] = {
    name: i
    for i, names in enumerate(
        (
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
        ),
        start=1,
    )
    for name in names
}
#: A month's name or abbreviation in a regular expression (case left to the caller's flags).
MONTH_PATTERN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: A day of the month, with an ordinal's ending or not ("3", "03", "3rd").
DAY_PATTERN = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
