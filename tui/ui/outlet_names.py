"""An outlet's name made to fit a narrow cell the way its readers shorten it.

The headline list names each row's outlet in a column 14 to 20 cells wide below 120 columns:
"The Wall Street Journal" read "The Wall Stre…", "S&P Global Commodity Insights" read "S&P Global
Com…". Shortened in steps, each only while the name is still too long for the cell: a leading
"The", a web address's ending (".com", ".co.uk"), a part in brackets, then the short form the
outlet goes by ("WSJ", "FT"). A name none of these fits is left whole for the cell's ellipsis;
the story screen says every outlet whole. Widths in terminal cells (a wide character two).
"""

from __future__ import annotations

import re

from rich.cells import cell_len

#: Outlets by the short form their readers know them by, for cells too narrow for the name (the
#: keys are lower case, without a leading "The" or a web address's ending).
KNOWN = {
    "wall street journal": "WSJ",
    "financial times": "FT",
    "new york times": "NYT",
    "washington post": "WaPo",
    "south china morning post": "SCMP",
    "australian financial review": "AFR",
    "associated press": "AP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "s&p global commodity insights": "S&P Global",
    "s&p global platts": "Platts",
    "bloomberg news": "Bloomberg",
    "bloomberg law": "Bloomberg Law",
    "reuters news": "Reuters",
    "thomson reuters": "Reuters",
    "cable news network": "CNN",
    "british broadcasting corporation": "BBC",
    "bbc news": "BBC",
    "nikkei asian review": "Nikkei Asia",
    "international mining": "Intl Mining",
    "business insider": "Insider",
}

_THE = re.compile(r"(?i)^the\s+")
_ADDRESS = re.compile(r"(?i)(?<=\w)\.(?:com|net|org|co\.uk|com\.au|co|io|info|biz)$")
_BRACKETED = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_SPACES = re.compile(r"\s{2,}")


def short_outlet(name: str, width: int) -> str:
    """``name`` shortened to fit ``width`` cells where it can be (see the module); a name that
    fits is returned as it is. A leading "+2 " (the other outlets' count) is kept."""
    if cell_len(name) <= width:
        return name
    more, _, outlet = name.partition(" ") if re.match(r"\+\d+ ", name) else ("", "", name)
    prefix = f"{more} " if more else ""
    room = width - len(prefix)
    steps = (
        lambda s: _THE.sub("", s),
        lambda s: _ADDRESS.sub("", s),
        # a space in its place: between two words, "A [b]Wire" read "AWire"
        lambda s: _SPACES.sub(" ", _BRACKETED.sub(" ", s)).strip(),
    )
    short = outlet
    for step in steps:
        if cell_len(short) <= room:
            break
        shorter = step(short)
        short = shorter if shorter.strip() else short
    if cell_len(short) > room:
        known = KNOWN.get(short.lower()) or KNOWN.get(outlet.lower())
        short = known if known is not None else short
    return prefix + short
