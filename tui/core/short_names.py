"""A source's name made to fit a narrow cell by leaving out what the row already says.

The prices panel shows each row's source under its metal, in 14 cells at 80 columns: "COMEX
copper futures (Yahoo v8 to CSV)" read "COMEX copper …" and "Investing.com LME aluminium 3M"
read "Investing.com…", the words that tell one source from another cut away. Shortened in
steps, each only while the name is still too long: the metal's own name (the line above says
it), then a part in brackets, then the cell's ellipsis. The whole name is said elsewhere (the
panel's border for the cursor's row, the chart). No textual here.
"""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_SPACES = re.compile(r"\s{2,}")
_EMPTY = re.compile(r"[(\[]\s*[)\]]")  # brackets the metal's name was all of
_WORD = re.compile(r"\w")


def _tidy(text: str) -> str:
    return _SPACES.sub(" ", _EMPTY.sub("", text)).strip(" -–—:·,")


def short_source(source: str, width: int, metal_words: tuple[str, ...] = ()) -> str:
    """``source`` shortened to fit ``width`` cells where it can be (see the module); a name
    that fits, or one nothing can be left out of, is returned as it is."""
    if len(source) <= width:
        return source
    short = source
    words = [w for w in metal_words if w]
    # aluminium is aluminum in US sources ("World Bank aluminum"): both spellings
    words += [w[:-5] + "inum" for w in words if w.lower().endswith("inium")]
    words += [w[:-4] + "inium" for w in words if w.lower().endswith("inum")]
    if words:
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        without = _tidy(re.sub(rf"(?i)\b(?:{alternatives})\b", " ", short))
        if _WORD.search(without):
            short = without
    if len(short) > width:
        without = _tidy(_BRACKETED.sub("", short))
        if _WORD.search(without):
            short = without
    return short
