"""Opening a link in the user's browser, and saying so honestly when none could be opened."""

from __future__ import annotations

import webbrowser

from textual.app import App

# text-mode browsers take over the terminal the dashboard is drawn in: not an option here
_CONSOLE_BROWSERS = ("lynx", "links", "elinks", "w3m", "www-browser")


def _browser() -> webbrowser.BaseBrowser | None:
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return None
    name = (getattr(browser, "name", "") or type(browser).__name__).lower()
    if any(word in name for word in _CONSOLE_BROWSERS):
        return None
    return browser


def browser_available() -> bool:
    """Whether a graphical browser is registered (``$BROWSER`` or a known one on PATH)."""
    return _browser() is not None


def open_link(app: App[object], url: str, copy_key: str = "y") -> bool:
    """Open ``url`` (in the visitor's browser under ``serve``); True when it was handed to a
    browser. Otherwise a warning says none could be opened and offers ``copy_key`` (the copy
    binding's key as remapped, as typed) to copy it."""
    opened = app.is_web or browser_available()
    if opened:
        app.open_url(url)
        app.notify(f"Opening {url}", title="Link")
    else:
        app.notify(
            f"No browser could be opened here. Press {copy_key} to copy the link instead:\n{url}",
            title="Link",
            severity="warning",
        )
    return opened
