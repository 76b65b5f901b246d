"""Textual's ``Widget.render_lines`` for a widget whose lines are its content alone.

Textual draws every line of a widget through its styles cache (``StylesCache.render_line``),
which reads the widget's border, outline, padding, hatch, tint and opacity again for each line
(~0.2 M instructions a line: the headline list's and the two tables' ~65 lines at the first
paint cost ~13 M). For a widget without any of them a content line is the widget's own
``render_line`` fitted to its content width, as Textual makes it; ``content_lines`` makes it so,
with the styles read once a pass, and keeps Textual's cache of lines (the same lines drawn again
only when they were refreshed) and its line filters, crop and link hover. A widget with anything
else gets None: Textual's own then.
"""

from __future__ import annotations

from textual.geometry import Region
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget


def plain(widget: Widget) -> bool:
    """Textual's styles cache would draw ``widget``'s every line as its content alone."""
    styles = widget.styles
    return (
        not widget.BLANK
        and not any(edge for edge, _ in styles.border)
        and not any(edge for edge, _ in styles.outline)
        and not any(styles.padding)
        and styles.text_opacity == 1.0
        and not (styles.has_rule("hatch") and styles.hatch != "none")
        and not styles.tint.a
        and widget.opacity == 1.0
    )


def content_lines(widget: Widget, crop: Region) -> list[Strip] | None:
    """``widget.render_lines(crop)`` as Textual's styles cache draws it (``render_widget``),
    or None when the widget is not ``plain`` or its cache is not as this Textual keeps it."""
    cache = widget._styles_cache
    lines = getattr(cache, "_cache", None)
    dirty = getattr(cache, "_dirty_lines", None)
    if not isinstance(lines, dict) or not isinstance(dirty, set) or not plain(widget):
        return None
    cache._simple_strip = None
    base_background, background = widget.background_colors
    width = widget.region.width
    content_width, content_height = widget.content_region.size
    filters = widget.get_line_filters()
    if width != cache._width:
        cache.clear()
        cache._width = width
    inner = Style(background=base_background + background).rich_style
    render_line = widget.render_line
    strips: list[Strip] = []
    for y in crop.line_range:
        strip = lines.get(y)
        if strip is None or y in dirty:
            if y < content_height:
                line = render_line(y).adjust_cell_length(content_width, inner)
            else:
                line = Strip.blank(content_width, inner)
            # Textual copies the line into a new strip of the same segments: the same one here
            strip = lines[y] = line if line.cell_length == width else Strip(line, width)
        for line_filter in filters:
            strip = strip.apply_filter(line_filter, background)
        strips.append(strip)
    dirty.difference_update(crop.line_range)
    if crop.column_span != (0, width):
        x1, x2 = crop.column_span
        strips = [strip.crop(x1, x2) for strip in strips]
    if widget.auto_links:
        hover = widget.hover_style
        if hover._link_id and hover._meta and "@click" in hover.meta:
            link_style = widget.link_style_hover
            if link_style:
                strips = [strip.style_links(hover.link_id, link_style) for strip in strips]
    return strips
