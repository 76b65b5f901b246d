"""A word table (data, not logic): national champions, firms so strongly tied to one country
that a headline naming only them names that country's side of a measure, as read by
:mod:`tui.engine.classifier_champions`.

Only firms whose home, listing and owners are one country's (a state miner, a steelmaker
listed and mostly producing at home) are here; traders and miners spread over many countries
(Glencore, Rio Tinto, BHP, Anglo American, Trafigura, ArcelorMittal) are not, since their
names say nothing of a side. Names are matched case-sensitively, whole words.
"""

from __future__ import annotations

# code -> the firms' names as headlines write them
CHAMPIONS: dict[str, tuple[str, ...]] = {
    "IN": (
        "Tata Steel",
        "JSW Steel",
        "JSW",
        "SAIL",
        "Jindal Steel",
        "Hindalco",
        "Vedanta",
        "NALCO",
    ),
    "KR": ("POSCO", "Posco", "Hyundai Steel", "Korea Zinc", "Dongkuk Steel"),
    "JP": ("Nippon Steel", "JFE", "Kobe Steel", "Sumitomo Metal Mining"),
    "BR": ("Vale", "CSN", "Usiminas", "Gerdau"),
    "RU": ("Norilsk Nickel", "Nornickel", "Norilsk", "Rusal", "Severstal", "MMK", "NLMK"),
    "CL": ("Codelco",),
    "ID": ("Antam", "Inalum", "MIND ID"),
    "CN": ("Tsingshan", "Baowu", "Chalco", "Jiangxi Copper", "Zijin Mining", "Zijin"),
    "ZA": ("ArcelorMittal South Africa",),
    "AU": ("BlueScope",),
    "US": ("Nucor", "Cleveland-Cliffs", "Alcoa", "Century Aluminum"),
}
