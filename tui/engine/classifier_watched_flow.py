"""A flow watched told with its goods before the flow's noun, read as with them after it.

"a mechanism to monitor imports of aluminium" names an import monitoring system (the rules
join "monitor imports" as ``import-monitoring``, a ``licensing`` measure, as the labelled sets
read "New mechanism to monitor imports of aluminium, copper"); "to monitor aluminium imports"
says the same with the goods between the verb and the flow, and read no event. The goods are
moved after the flow's noun ("monitor aluminium imports" -> "monitor imports of aluminium")
before the rules read the title, so both orders read alike. Up to three words of goods, none
a determiner or a possessive ("monitor their imports", "track China's exports" are left).
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

_WATCHED_RE = lazy(
    r"\b(monitor|monitors|monitoring|track|tracks|tracking)\s+"
    r"((?:(?!(?:the|its|their|his|her|our|all|any|these|those|closely)\b)[A-Za-z][\w-]*\s+){1,3}?)"
    r"(imports|exports)\b",
    re.IGNORECASE,
)


def watched_flow(title: str) -> str:
    """``title`` with "monitor <goods> imports" written "monitor imports of <goods>" (also
    "monitoring", "track", "tracking")."""
    low = title.lower()
    if "monitor" not in low and "track" not in low:
        return title
    return _WATCHED_RE.sub(lambda m: f"{m.group(1)} {m.group(3)} of {m.group(2).rstrip()}", title)
