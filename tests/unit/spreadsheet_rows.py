"""Rows of a price download as a spreadsheet saves them again (shared by the Stooq and FRED
tests of files saved again)."""

from __future__ import annotations


def german(row: list[str]) -> list[str]:
    """A row as German Excel saves it: dd.mm.yyyy, decimal commas; the header row (its first
    cell not an ISO date) as it was."""
    if row[0].count("-") != 2:
        return row
    y, m, d = row[0].split("-")
    return [f"{d}.{m}.{y}", *(c.replace(".", ",") for c in row[1:])]


def joined(rows: list[list[str]], delimiter: str) -> str:
    """The rows as one file's text, separated by ``delimiter``, CRLF line ends."""
    return "".join(delimiter.join(r) + "\r\n" for r in rows)
