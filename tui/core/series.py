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


# The metal a known symbol or series id prices: a source of another metal reading it would put
# that metal's price (converted to its unit: gold per ounce as "copper" per tonne) on the row.
# Yahoo's COMEX/NYMEX contracts, Stooq's spot and futures symbols, FRED's LBMA fixes.
_SYMBOL_METALS: dict[str, str] = {
    **dict.fromkeys(("HG=F", "MHG=F", "HG.F"), "copper"),
    **dict.fromkeys(("ALI=F",), "aluminium"),
    **dict.fromkeys(("GC=F", "MGC=F", "GC.F", "XAUUSD"), "gold"),
    **dict.fromkeys(("GOLDAMGBD228NLBM", "GOLDPMGBD228NLBM"), "gold"),
    **dict.fromkeys(("SI=F", "SIL=F", "SI.F", "XAGUSD", "SLVPRUSD"), "silver"),
    **dict.fromkeys(("PL=F", "PL.F", "XPTUSD"), "platinum"),
    **dict.fromkeys(("PA=F", "PA.F", "XPDUSD"), "palladium"),
}
_IMF_METALS = {"ALUM": "aluminium", "COPP": "copper", "IORECR": "iron-ore", "LEAD": "lead"}
_IMF_METALS |= {"NICK": "nickel", "TIN": "tin", "ZINC": "zinc", "COBA": "cobalt"}
_METAL_SPELLINGS = {"aluminum": "aluminium", "ironore": "iron-ore", "rareearth": "rare-earths"}
# Metals with no known series here, but a source of which reading one is as wrong.
_UNPRICED = ("rare-earths", "gallium", "germanium", "antimony", "graphite", "lithium", "steel")


def series_metal(symbol: str) -> str | None:
    """The metal (a default metal id: ``copper``, ``iron-ore``) the symbol or series id
    ``symbol`` prices, when it is a known one (``GC=F``, ``xauusd``, ``PALUMUSDM``), else None."""
    sid = symbol.strip().upper()
    imf = _IMF_METAL.match(sid)
    if imf:
        return _IMF_METALS[sid[1:-4]]
    return _SYMBOL_METALS.get(sid)


def other_series_metal(symbol: str, metal: str | None) -> str | None:
    """The metal ``symbol`` prices when it is another known metal than ``metal`` (a source's
    metal id), else None. An id that names no known metal (``cu``, ``base``) is never judged."""
    named = series_metal(symbol)
    if named is None or not metal:
        return None
    key = re.sub(r"[\s_-]+", "", metal.casefold())
    mine = _METAL_SPELLINGS.get(key, key).replace("-", "")
    metals = (*_SYMBOL_METALS.values(), *_IMF_METALS.values(), *_UNPRICED)
    known = {m.replace("-", "") for m in metals}
    if mine not in known or mine == named.replace("-", ""):
        return None
    return named
