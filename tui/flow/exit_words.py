"""What the commands' exit statuses mean, as ``--help`` says them, and the JSON a ``--json``
command prints when it ends before it has any data to print (a broken config, a locked cache):
one ``metalwatch.error/1`` document, so a script reading stdout always reads JSON."""

from __future__ import annotations

import json

from tui.core.fmt import json_line

#: ``metalwatch --help``
MAIN = (
    "exit status: 0 done; 2 a config error (one located line each on stderr) or a command line"
    " it cannot read; 3 every source failed (snapshot, watch --once); 4 the cache was locked by"
    " another program (snapshot, watch --once); 130/143 snapshot stopped by SIGINT/SIGTERM."
    " A command's --help says its own."
)
SNAPSHOT = (
    "exit status: 0 some source worked (or the config has none; with --offline, also when"
    " nothing is stored yet, said in a note); 3 every source failed, now or when last tried"
    " (the last stored data is printed, marked stale); 2 a config error; 4 the"
    " cache was locked by another program; 130/143 stopped by SIGINT/SIGTERM. With --json a run"
    " that ends before it has data (2, 4) prints a metalwatch.error/1 document: "
    '{"schema", "exit", "error", "problems"}.'
)
CHECK = (
    "exit status: 0 the config is valid (warnings and notes on stderr); 2 a config error or a"
    " local source that would deliver nothing (one line each on stderr)."
)
WATCH = (
    "exit status: 0 stopped (SIGINT/SIGTERM) or --once done; 2 a config error at the start (a"
    " broken edit later is said and the last good config keeps running); with --once, 3 every"
    " source failed and 4 the cache was locked by another program. With --json a run that ends"
    " before it has data (2, 4) prints a metalwatch.error/1 document on one line: "
    '{"schema", "exit", "error", "problems"}.'
)


def error_document(
    exit_status: int, error: str, problems: list[str], *, one_line: bool = False
) -> str:
    """The ``metalwatch.error/1`` JSON: the exit status, the kind of error (``config``,
    ``cache-locked``) and each problem as stderr says it (without the ``metalwatch:`` prefix).
    ``one_line``: as one line, for ``watch --json``, whose stdout is one JSON object a line."""
    doc = {
        "schema": "metalwatch.error/1",
        "exit": exit_status,
        "error": error,
        "problems": problems,
    }
    if one_line:
        return json_line(doc) + "\n"
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
