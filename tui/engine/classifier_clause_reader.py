"""The whole reader, for the readers it asks that read a clause on its own.

A market headline's lede can tell the act that moved the market in a clause of its own
(``classifier_market_ledes``: "... fell after Jakarta banned nickel ore exports"). That clause
is read by the whole reader, ``classifier_read.read_text``, which in turn asks the modules that
ask ``classifier_market_ledes``: importing the reader back would close an import cycle. The
reader installs itself here when ``classifier_read`` is imported (as ``classifier.classify``
does), and the clause's readers call ``read_clause``.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.engine.classifier_text import Reading, Text

#: ``read_text(t, trace=...)`` once ``tui.engine.classifier_read`` is imported.
_READER: list[Callable[..., Reading]] = []


def install(reader: Callable[..., Reading]) -> None:
    """Make ``reader`` (``classifier_read.read_text``) the one ``read_clause`` calls."""
    _READER[:] = [reader]


def read_clause(t: Text) -> Reading:
    """``t`` read by the whole reader, with a trace of its own (not the headline's)."""
    if not _READER:
        raise RuntimeError("import tui.engine.classifier_read first: it installs the reader")
    return _READER[0](t, trace=[])
