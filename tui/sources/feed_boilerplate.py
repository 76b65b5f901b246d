"""A blog engine's line after an entry's text: not the story's words.

WordPress feeds end every entry's summary with "The post <title> appeared first on <site>."
(some themes: "The post <title> first appeared on <site>."), its title and the site's name
again. Kept, it showed in the story's details as if the outlet had written it, and it put the
title's words a second time into the lede the classifier reads. It is dropped from the summary
(the title and the site stay where they are: the headline and its outlet).
"""

from __future__ import annotations

import re

_LINE_RE = re.compile(
    r"\s*\bThe post\s.{1,400}?\s(?:appeared first|first appeared)\s+on\s+[^\n]{1,120}?\.?\s*(?:…)?$",
    re.DOTALL,
)


def drop_post_line(summary: str) -> str:
    """``summary`` without a blog engine's closing "The post ... appeared first on ..."."""
    if "appeared" not in summary:
        return summary
    m = _LINE_RE.search(summary)
    return summary[: m.start()].rstrip() if m is not None else summary
