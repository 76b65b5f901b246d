"""Units of price series known by their id (FRED's IMF base-metal averages, LBMA fixes).

Shared by the config loader (a source's default unit) and the ``fred`` parser.
"""

from __future__ import annotations

import re

# IMF primary commodity prices of base metals on FRED (PCOPPUSDM, PALUMUSDM, PIORECRUSDM...)
# are monthly (Q/A: quarterly/annual) averages in USD per metric ton (iron ore: per dry metric
# ton). Only these: other IMF series use other units (coffee and sugar US cents/lb, uranium
# USD/lb, gas USD/MMBtu).
_IMF_METAL = re.compile(r"^P(ALUM|COPP|IORECR|LEAD|NICK|TIN|ZINC|COBA)USD[MQA]$")
# Other series whose unit is known. Any other series keeps an unknown unit ("") rather than
# a guessed one, so that it is never converted with a wrong factor.
KNOWN_SERIES: dict[str, tuple[str, str]] = {
    "GOLDAMGBD228NLBM": ("USD/ozt", "fix"),  # LBMA gold AM fix (discontinued 2022)
    "GOLDPMGBD228NLBM": ("USD/ozt", "fix"),  # LBMA gold PM fix
    "SLVPRUSD": ("USD/ozt", "fix"),  # LBMA silver fix
}


def default_unit(series: str) -> tuple[str, str | None]:
    """(unit, kind or None) for a FRED series id from what is known about it."""
    sid = series.upper()
    if sid in KNOWN_SERIES:
        return KNOWN_SERIES[sid]
    if _IMF_METAL.match(sid):
        return "USD/t", None
    return "", None
