"""Why a panel is empty, in words: no source for what is asked, every source for it failing,
the first delivery still awaited, or a filter that matches nothing. No textual here."""

from __future__ import annotations

from collections.abc import Iterable

from tui.core.config_types import NEWS_KINDS, POLICY_KINDS, PRICE_KINDS, Config, SourceConfig
from tui.core.fmt import counted
from tui.core.models import SourceHealth

#: Esc clears a panel's filter from its list as well as from the filter box
FILTER_HINT = "Esc clears it"


def _key(binding_id: str, config: Config) -> str:
    """A binding's key as the config's ``[keys]`` made it, as typed: the hints name it so."""
    from tui.core.keymap import shown_key

    return shown_key(binding_id, config.keys)


def _names(config: Config, metals: set[str] | None) -> str:
    if not metals:
        return ""
    names = []
    for m in sorted(metals):
        metal = config.metal(m)
        names.append(metal.name if metal is not None else m)
    return " or ".join(names)


def panel_sources(kind: str, config: Config, metals: set[str] | None) -> list[SourceConfig]:
    """The configured sources that can fill a panel of ``kind`` for ``metals`` (None: all)."""
    if kind == "prices":
        return [
            s
            for s in config.sources
            if s.kind in PRICE_KINDS and (metals is None or s.metal in metals)
        ]
    if kind == "headlines":
        return [s for s in config.sources if s.kind in NEWS_KINDS]
    return [s for s in config.sources if s.kind in NEWS_KINDS + POLICY_KINDS]


def empty_reason(
    kind: str,
    config: Config,
    health: Iterable[SourceHealth],
    *,
    metals: set[str] | None = None,
    metal_filter: str | None = None,
    text_filter: str = "",
    rows_without_text_filter: int = 0,
) -> str:
    """The one line an empty panel of ``kind`` shows.

    ``metals`` is what the panel shows (the picked metal, its configured list, or None for all);
    ``rows_without_text_filter`` the rows it would have without the text filter."""
    if text_filter and rows_without_text_filter:
        return f"Nothing matches the filter {text_filter!r} ({FILTER_HINT})."
    what = _names(config, metals)
    for_what = f" for {what}" if what else ""
    hint = f" ({_key('clear-metal', config)} shows every metal)" if metal_filter else ""
    why = f"{_key('sources', config)} shows why"
    sources = panel_sources(kind, config, metals)
    by_name = {h.name: h for h in health}
    states = [by_name.get(s.name) for s in sources]
    declared = [p for p in config.policy if metals is None or p.metal in metals]

    if not sources and not (kind == "policy" and declared):
        if kind == "prices":
            return f"No price source{for_what} is configured: add a [[sources]] entry{hint}."
        if kind == "headlines":
            return "No headline source is configured: add an rss, gdelt or federal-register source."
        return (
            f"No trade-policy status{for_what}: declare one with [[policy]] or add headline "
            f"sources{hint}."
        )
    tried = [h for h in states if h is not None and h.fetched_at is not None]
    failing = [h for h in tried if h.failed and h.last_success is None]
    if sources and tried and len(failing) == len(sources):
        n = len(sources)
        noun = {"prices": "price source", "headlines": "headline source"}.get(kind, "source")
        every = "The" if n == 1 else f"All {n}"
        plural = "s" if n != 1 else ""
        return (
            f"{every} {noun}{plural}{for_what} {'is' if n == 1 else 'are'} failing and "
            f"{'has' if n == 1 else 'have'} delivered nothing yet ({why}){hint}."
        )
    if sources and len(tried) < len(sources) and not any(h.last_success for h in tried):
        # the others failed so far: said, with where to see why (one may still be hanging)
        failed = f"; {counted(len(failing), 'source')} failing ({why})" if failing else ""
        return f"Waiting for the first delivery{for_what}…{failed}{hint}"
    if kind == "prices":
        return f"The price sources{for_what} delivered no prices{hint}."
    if kind == "headlines":
        if what:
            return f"No headline mentions {what}{hint}."
        return "The headline sources delivered no stories yet."
    return f"No trade-policy status known{for_what}: declare one with [[policy]]{hint}."
