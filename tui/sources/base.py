"""What every source module shares: the error type."""

from __future__ import annotations


class SourceError(Exception):
    """A source answered, but with something that is not usable data.

    The message is shown to the user on that source's health line, so it must be short,
    plain and say what was wrong ("expected CSV, got an HTML page (challenge?)").
    """
