"""A table to read, row by row: the sources' health and the alerts log.

Textual's ``DataTable`` binds Enter to "Select", which these screens give no meaning (the line
under the table already shows the highlighted row whole): the help over them said "Enter
Select", and Enter did nothing. Here Enter is not offered, in the help or the footer.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable


class LogTable(DataTable[Text]):
    """A ``DataTable`` with a row cursor and no "Select"."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(cursor_type="row", id=id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "select_cursor":
            return False
        return super().check_action(action, parameters)
