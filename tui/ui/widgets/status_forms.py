"""The header's parts in shorter forms (the failing count, the counts and ages, a note), and
the parts fitted to the header's width: of each part the first form that fits, the first part
that does not fit cut or left out (``StatusBar`` in ``tui.ui.widgets.status_bar`` makes the
parts)."""

from __future__ import annotations

from rich.text import Text


def tiny(failing: Text) -> Text:
    """ "  ⚠ 2 failing, fetched 2d ago (s)" as "  ⚠ 2 failing (s)": the count and the key."""
    words = failing.plain.split(",")[0]
    key = failing.plain[failing.plain.rfind(" (") :]
    return Text(words + key, style=failing.style or "bold")


def rest_forms(rest: Text) -> tuple[Text, ...]:
    """ "  1 live · 1 cached · fetched 2h ago · prices 7mo old" and its shorter forms, longest
    first, each made of whole items: without the fetch's age, the data's age alone (it matters
    most), the counts alone, the counts closer ("1 live·1 cached": at 60 columns, beside
    "⚠ 1 failing (s)  data 2mo old", "1 live · 1 cached" was two cells too wide and the counts
    were left out), then nothing (the whole left out rather than cut mid-word)."""
    items = list(rest[2:].split(" · ")) if rest.plain.startswith("  ") else [rest]
    counts = [t for t in items if t.plain.endswith((" live", " cached"))]
    fetched = [t for t in items if t.plain.startswith("fetched ")]
    aged = [t for t in items if t not in counts and t not in fetched]
    forms: list[Text] = []
    for group in (items, counts + aged, aged, counts):
        form = Text("  ") + Text(" · ").join(group)
        if group and all(f.plain != form.plain for f in forms):
            forms.append(form)
    if len(counts) > 1:
        forms.append(Text("  ") + Text("·").join(counts))
    return (*forms, Text())


def message_forms(message: str) -> list[str]:
    """A note in full, then without its closing aside in brackets: at 120 columns, with three
    sources failing, "grouping stories… (each headline shown on its own until then)" was cut to
    "(each headline shown on its o…"; the note's own words fit whole."""
    forms = [message]
    if message.endswith(")") and " (" in message:
        forms.append(message[: message.rindex(" (")])
    forms.extend(since_forms(message))
    return forms


def since_forms(message: str) -> list[str]:
    """ "Since you last looked: 1 policy change since Sat 05 Dec 21:00 (2h ago)" in shorter
    forms, its counts whole: at 120 columns with sources failing it read "... 1 policy change
    since Sat 05 D…", at 100 "Since you last looked: 1 policy c…", at 80 "Since you las…" (the
    toast says it whole meanwhile)."""
    from tui.ui.since import TITLE

    counts = message.removeprefix(f"{TITLE}: ").rpartition(" since ")[0]
    if not message.startswith(f"{TITLE}: ") or not counts:
        return []
    return [f"{TITLE}: {counts}", f"{counts} since last look", counts]


def fit(parts: list[Text | tuple[Text, ...]], width: int, *, least: int = 16) -> list[Text]:
    """The leading parts that fit in ``width`` cells whole (of a part given in several forms,
    the first that fits); the first that does not is cut with an ellipsis (its shortest form)
    when at least ``least`` cells are left for it, else left out with the rest."""
    kept: list[Text] = []
    room = width
    for forms in parts:
        forms = forms if isinstance(forms, tuple) else (forms,)
        part = next((f for f in forms if f.cell_len <= room), forms[-1])
        if part.cell_len <= room:
            kept.append(part)
            room -= part.cell_len
            continue
        if room >= least or not kept:
            cut = part.copy()
            cut.truncate(room, overflow="ellipsis")
            kept.append(cut)
        break
    return kept
