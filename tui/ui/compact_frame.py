"""A full frame written with one style change per run of equal style, not one per segment.

Textual writes a full update (the first paint, a resize, a new screen) segment by segment: each
segment as its style's SGR, its text and a reset, so a border's corner and its edge, or the
blank cells between two columns, each pay for a style and a reset of their own. On the
dashboard's first frame (160x48) that is 1,128 segments for 35 KB, where 424 of them carry the
same style as the segment before them in the same strip: written as one run, the frame is 25 KB.
A terminal (tmux: every byte goes through its parser before anything is on screen) shows the
same cells either way: after a reset, an SGR sets every attribute of the style, so ``SGR a R
SGR b R`` and ``SGR ab R`` leave the same cells in the same state.

Two segments are one run when Textual would write the same bytes around their texts: the same
SGR parameters (a style's ``_ansi``, as ``Strip.render_style`` computes and keeps it) and the
same hyperlink. Partial updates (``ChopsUpdate``) are Textual's as they are.
"""

from __future__ import annotations

from rich.color import ColorSystem
from rich.console import Console, RenderableType
from rich.control import Control
from textual._compositor import LayoutUpdate
from textual.strip import Strip

__all__ = ["CompactLayoutUpdate", "compact", "render_runs"]


def render_runs(strip: Strip, console: Console) -> str:
    """``strip`` as ``Strip.render`` writes it, with each run of segments that Textual would
    wrap in the same style written once; kept in the strip's own render cache (a strip shown on
    many lines, or again by a partial update, is written the same way each time)."""
    cached = strip._render_cache
    if cached is not None:
        return cached
    color_system = console._color_system or ColorSystem.TRUECOLOR  # as ``Strip.render``
    render_ansi = Strip.render_ansi
    out: list[str] = []
    run: list[str] = []
    run_key: tuple[str, str | None, str] | None = None  # (SGR, link, link id)

    def close() -> None:
        assert run_key is not None
        ansi, link, link_id = run_key
        text = "".join(run)
        if ansi:
            text = f"\x1b[{ansi}m{text}\x1b[0m"
        if link:
            text = f"\x1b]8;id={link_id};{link}\x1b\\{text}\x1b]8;;\x1b\\"
        out.append(text)

    for text, style, _control in strip._segments:
        if not text:  # no cells: Textual writes its style and a reset around nothing
            continue
        if style is None:
            key: tuple[str, str | None, str] = ("", None, "")
        else:
            ansi = style._ansi
            if ansi is None:
                ansi = render_ansi(style, color_system)
            key = (ansi, style._link, style._link_id if style._link else "")
        if key == run_key:
            run.append(text)
            continue
        if run_key is not None:
            close()
        run_key, run = key, [text]
    if run_key is not None:
        close()
    rendered = strip._render_cache = "".join(out)
    return rendered


class CompactLayoutUpdate(LayoutUpdate):
    """Textual's full update, each strip written by ``render_runs``."""

    def render_segments(self, console: Console) -> str:
        sequences: list[str] = []
        append = sequences.append
        x, top = self.region.x, self.region.y
        move_to = Control.move_to
        last = len(self.strips) - 1
        for i, line in enumerate(self.strips):
            append(move_to(x, top + i).segment.text)
            for strip in line:
                append(render_runs(strip, console))
            if i != last:
                append("\n")
        return "".join(sequences)


def compact(renderable: RenderableType | None) -> RenderableType | None:
    """A full update as ``CompactLayoutUpdate``; anything else as it is."""
    if type(renderable) is LayoutUpdate:
        return CompactLayoutUpdate(renderable.strips, renderable.region)
    return renderable
