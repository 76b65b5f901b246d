"""The ``metalwatch`` command line's parser: the commands, their options and their help.

Imported by :mod:`tui.cli` only when a command line needs the parser (a plain ``metalwatch``
or ``metalwatch --demo`` does without it); argparse is imported inside, for the same reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tui import __version__
from tui.core import paths

if TYPE_CHECKING:
    import argparse


def _config_path(text: str) -> Path:
    """``--config``'s value; an empty one (``--config ''``, ``--config "$UNSET"``) is no path
    (``Path('')`` is the current folder: "is a folder, not a file")."""
    import argparse

    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path")
    return Path(text)


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from tui.flow import exit_words

    # the options work before or after the command; SUPPRESS keeps a sub-command from resetting them
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        type=_config_path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"config file (default: {paths.config_file()}, else the built-in default)",
    )
    common.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help="use the bundled offline snapshot of real public data",
    )

    p = argparse.ArgumentParser(
        prog="metalwatch",
        description="A terminal dashboard for metals markets and the trade policy that moves them.",
        parents=[common],
        epilog=exit_words.MAIN,
    )
    p.add_argument("--version", action="version", version=f"metalwatch {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", parents=[common], help="start the dashboard (the default)")
    snap = sub.add_parser(
        "snapshot",
        parents=[common],
        help="fetch every source once, print what the panels show and exit",
        epilog=exit_words.SNAPSHOT,
    )
    snap.add_argument("--json", action="store_true", help="print the metalwatch.snapshot/1 JSON")
    snap.add_argument("--offline", action="store_true", help="do not fetch: print the stored data")
    snap.add_argument(
        "--force",
        action="store_true",
        help="also fetch sources that are waiting (backoff, or a server that asked to wait)",
    )
    snap.add_argument(
        "--all",
        action="store_true",
        dest="all_stories",
        help="print every headline, not only those about the watched metals or a policy event",
    )
    sub.add_parser(
        "check",
        parents=[common],
        help="validate the config and say what it found",
        epilog=exit_words.CHECK,
    )
    watch = sub.add_parser(
        "watch",
        parents=[common],
        help="refresh on schedule without a UI and deliver [[alerts]] (stdout, commands, bell)",
        epilog=exit_words.WATCH,
    )
    watch.add_argument("--once", action="store_true", help="one round: fetch, alert, exit")
    watch.add_argument("--json", action="store_true", help="print each alert as a JSON line")
    watch.add_argument(
        "--force",
        action="store_true",
        help="first round: also fetch sources that are waiting (backoff, Retry-After)",
    )
    init = sub.add_parser("init", help="write a commented starter config")
    init.add_argument("path", nargs="?", type=Path, help=f"where (default: {paths.config_file()})")
    init.add_argument("--force", action="store_true", help="overwrite an existing file")
    serve = sub.add_parser(
        "serve",
        parents=[common],
        help="serve the dashboard to a web browser (needs the serve extra)",
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
    )
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument(
        "--max-sessions",
        type=int,
        default=None,
        metavar="N",
        help="most browser sessions at once (default: [app] max_sessions, 8)",
    )
    for action in sub._choices_actions:  # each command's --help opens with its line of the list
        sub.choices[action.dest].description = action.help
    return p
