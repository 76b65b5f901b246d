"""``python -m tui`` runs metalwatch."""

from tui.cli import entry

entry()
