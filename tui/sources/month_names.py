"""Month names of other languages in feed dates (``Do, 03 Dez 2026 10:00:00 +0100``) and
price files' date columns (``01 Dez 2026``, ``01-dic-2026``).

Feeds of German, French, Spanish, Italian, Portuguese and Dutch sites often write their RFC 822
dates with the site's own month names (a CMS formatting the date in its locale). feedparser
reads none of them, and the item was dated when first seen: a story three days old passed for
one of now. :func:`in_english` puts the month's English abbreviation in their place, where a
month stands between a day and a year, for :mod:`tui.sources.feed_dates` to read. A price file
exported in such a locale could not be read at all ("set date_format": no strptime format reads
another language's months), and a last row written so (``Mär 03 2026`` below ``Mar 02 2026``)
was left out unsaid: :func:`month_number` reads them for :mod:`tui.sources.csv_dates`.
"""

from __future__ import annotations

import re

from tui.core.months import MONTHS

_NAMES: dict[str, tuple[str, ...]] = {
    "Jan": ("januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari"),
    "Feb": (
        *("februar", "février", "févr", "fév", "fevr"),
        *("febrero", "febbraio", "fevereiro", "fev", "februari"),
    ),
    "Mar": ("märz", "mär", "mrz", "maerz", "mars", "marzo", "março", "marco", "maart", "mrt"),
    "Apr": ("avril", "avr", "abril", "abr", "aprile"),
    "May": ("mai", "mayo", "maggio", "mag", "maio", "mei"),
    "Jun": ("juni", "juin", "junio", "giugno", "giu", "junho"),
    "Jul": ("juli", "juillet", "juil", "julio", "luglio", "lug", "julho"),
    "Aug": ("août", "aout", "aoû", "aou", "agosto", "ago", "augustus"),
    "Sep": ("septembre", "septiembre", "setiembre", "settembre", "setembro", "set"),
    "Oct": ("oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"),
    "Dec": (
        *("dezember", "dez", "décembre", "déc", "decembre"),
        *("diciembre", "dic", "dicembre", "dezembro"),
    ),
}
_ENGLISH = {name: english for english, names in _NAMES.items() for name in names}
# a month's word between a day and a year: "03 Dez 2026", "3 déc. 2026", "03 de dic de 2026"
_BETWEEN = re.compile(
    r"(?P<day>\b\d{1,2})\.?\s+(?:de\s+)?(?P<month>[^\W\d_]{3,10})\.?\s+(?:de\s+)?(?=\d{4}\b)"
)


def in_english(text: str) -> str:
    """``text`` with a month written in another language between a day and a year given its
    English abbreviation (``03 Dez 2026`` -> ``03 Dec 2026``); else ``text`` unchanged."""

    def english(match: re.Match[str]) -> str:
        name = _ENGLISH.get(match.group("month").casefold())
        return match.group(0) if name is None else f"{match.group('day')} {name} "

    return _BETWEEN.sub(english, text, count=1)


def month_number(name: str) -> int | None:
    """The month (1-12) of an English or another language's month name or abbreviation
    (``Dez``, ``déc.``, ``dic``), else None."""
    key = name.casefold().rstrip(".")
    return MONTHS.get(key) or MONTHS.get(_ENGLISH.get(key, "").lower())
