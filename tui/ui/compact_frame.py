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

A frame is written by Textual's writer thread, which needs the interpreter's lock to start the
write; after the first frame the UI thread goes straight on (the screen lays itself out again
on its own ``Resize``, the work that waited for the first paint begins) and held the lock until
the interpreter took it away, 5 ms later (``sys.getswitchinterval``): in tmux the frame went out
5-10 ms after it was made. ``hand_over`` makes the lock change hands within 0.2 ms from a full frame to the next
paint, so the frame is written while the UI thread works on.
"""

from __future__ import annotations

import sys

from rich.color import ColorSystem
from rich.console import Console, RenderableType
from rich.control import Control
from textual._compositor import LayoutUpdate
from textual.strip import Strip

__all__ = ["FAST_SWITCH_S", "CompactLayoutUpdate", "compact", "hand_over", "render_runs"]

FAST_SWITCH_S = 0.0002  # the interpreter's switch interval while a full frame is on its way
_normal: list[float] = []  # the interval to go back to, while the fast one is set


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


def _textual_fits() -> bool:
    """Whether this Textual's strips still have the private parts the compact writing reads
    (Textual 8's do; a later one that moved them has its frames written its own way)."""
    slots = getattr(Strip, "__slots__", ())
    return (
        "_segments" in slots
        and "_render_cache" in slots
        and callable(getattr(Strip, "render_ansi", None))
        and "strips" in LayoutUpdate.__init__.__code__.co_varnames
    )


_FITS = _textual_fits()


def compact(renderable: RenderableType | None) -> RenderableType | None:
    """A full update as ``CompactLayoutUpdate``; anything else, or a full update of a Textual
    whose private parts moved, as it is."""
    if _FITS and type(renderable) is LayoutUpdate:
        return CompactLayoutUpdate(renderable.strips, renderable.region)
    return renderable


def hand_over(full_frame: bool) -> None:
    """Before a paint: a full frame sets the interpreter's switch interval to ``FAST_SWITCH_S``
    (the writer thread, which waits for the lock with the interval in force when it started
    waiting, then gets it from the UI thread within it); the next paint sets the one before
    back. Only ever between two paints: while the UI thread, the writer and the
    workers take turns for long, switching 25 times as often would cost them."""
    if full_frame:
        if not _normal:
            _normal.append(sys.getswitchinterval())
            sys.setswitchinterval(FAST_SWITCH_S)
    elif _normal:
        sys.setswitchinterval(_normal.pop())
