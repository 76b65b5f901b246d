"""Textual's own key descriptions in the keymap's words, for the help's list of a screen's keys.

Textual's widgets describe their keys in Title Case ("Scroll Up", "Focus Next", "Page Down")
beside the keymap's sentence case ("Refresh all", "Page down"), and name the moves the keymap's
j/k/g/G make in their own words: the chart's markers said "↑ Up" and "k Up", "Home First" and
"g Top"; a story "↑ Scroll Up" and "k Up"; the sources table "↑ Cursor up" and "k Up". Here
each of Textual's descriptions of such a move is the keymap's (``SAME_MOVE``), and any other in
Title Case is put in sentence case (``sentence_case``); the help then lists one row per
description, its keys together ("↑, k  Up"). A table whose cursor is a row moves sideways with
←, →, Home and End, which Textual calls "Cursor left" and "Home": ``ROW_TABLE_SIDEWAYS``.
"""

from __future__ import annotations

#: Textual's description of a move -> the keymap's description of the same move (``KEYS``)
SAME_MOVE: dict[str, str] = {
    "Scroll Up": "Up",
    "Scroll Down": "Down",
    "Cursor up": "Up",
    "Cursor down": "Down",
    "Scroll Home": "Top",
    "Scroll End": "Bottom",
    "First": "Top",
    "Last": "Bottom",
}

#: Textual's description of a modal's key -> the app's, short enough for the footer at 60
#: columns (the command palette and the theme picker, one modal: "Exit the command palette")
MODAL_WORDS: dict[str, str] = {
    "Exit the command palette": "Close",
}


def sentence_case(description: str) -> str:
    """ "Focus Next" -> "Focus next", "Page Up" -> "Page up"; a word in capitals throughout
    ("URL", "N") and a description not in Title Case ("Copy selected text", "Jump to panel N")
    as they are."""
    words = description.split(" ")
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return description
    return " ".join([words[0], *(w if w.isupper() else w.lower() for w in words[1:])])


def our_words(description: str) -> str:
    """One of Textual's key descriptions as the help says it (``SAME_MOVE``, then sentence
    case, the first letter a capital)."""
    said = MODAL_WORDS.get(description) or sentence_case(SAME_MOVE.get(description, description))
    return said[:1].upper() + said[1:]


#: A DataTable with a row cursor: its actions that scroll sideways -> what they do (Textual
#: says "Cursor left" and "Home", which a row cursor does not do: the columns scroll)
ROW_TABLE_SIDEWAYS: dict[str, str] = {
    "cursor_left": "Scroll left",
    "cursor_right": "Scroll right",
    "scroll_home": "Scroll to the first column",
    "scroll_end": "Scroll to the last column",
}
