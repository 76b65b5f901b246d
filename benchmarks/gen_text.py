"""Seeded synthetic headlines for the benchmark homes (``gen_store.py``, ``gen_files.py``,
``gen_feed.py`` and the benchmarks that read ``gen_store.headline_texts``): made-up names,
market and policy titles with summaries, the same for the same seed."""

from __future__ import annotations

import random

# (id, name, aliases): the default watch list first, then made-up extras up to --series
METALS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("copper", "Copper", ("copper",)),
    ("aluminium", "Aluminium", ("aluminium", "aluminum", "alumina", "bauxite")),
    ("nickel", "Nickel", ()),
    ("zinc", "Zinc", ()),
    ("tin", "Tin", ()),
    ("lead", "Lead", ("lead metal", "refined lead")),
    ("rare-earths", "Rare earths", ("rare earth", "rare earths", "REE")),
    ("gallium", "Gallium", ()),
    ("germanium", "Germanium", ()),
    ("antimony", "Antimony", ()),
    ("graphite", "Graphite", ()),
    ("lithium", "Lithium", ()),
    ("cobalt", "Cobalt", ()),
    ("gold", "Gold", ()),
    ("silver", "Silver", ()),
    ("platinum", "Platinum", ()),
    ("palladium", "Palladium", ()),
    ("steel", "Steel", ()),
    ("iron-ore", "Iron ore", ("iron ore",)),
    ("tungsten", "Tungsten", ()),
    ("magnesium", "Magnesium", ()),
    ("manganese", "Manganese", ()),
    ("molybdenum", "Molybdenum", ()),
    ("vanadium", "Vanadium", ()),
    ("chromium", "Chromium", ()),
    ("titanium", "Titanium", ()),
    ("uranium", "Uranium", ()),
    ("indium", "Indium", ()),
    ("bismuth", "Bismuth", ()),
    ("tantalum", "Tantalum", ()),
    ("niobium", "Niobium", ()),
    ("rhodium", "Rhodium", ()),
)

_ONSETS = ("b", "br", "c", "d", "g", "k", "l", "m", "n", "p", "r", "s", "st", "t", "v", "z")
_NUCLEI = ("a", "e", "i", "o", "u", "ai", "ou", "ia")
_CODAS = ("", "n", "r", "s", "l", "x", "nd", "rt")
COUNTRIES = (
    "China",
    "Indonesia",
    "Congo",
    "India",
    "Russia",
    "Canada",
    "Mexico",
    "Chile",
    "Peru",
    "Zimbabwe",
    "Philippines",
    "Guinea",
    "Australia",
    "Brazil",
    "Vietnam",
)
IMPORTERS = ("US", "EU", "Japan", "Britain", "Canada", "India", "Turkey")
MONTHS = ("January", "March", "April", "June", "July", "September", "October", "December")
NEWS_TEMPLATES = (
    "{co} lifts {m} output at {pl} mine by {n}% in {mo}",
    "{co} cuts {y} {m} guidance after {pl} flooding",
    "{m} price {move} as {pl} smelter restarts line {k}",
    "{co} agrees ${n}m deal for {pl} {m} project",
    "{pl} {m} refinery strike enters day {k}",
    "{co} posts record {m} shipments from {pl} port",
    "Analysts see {m} deficit of {n},000 t in {y} as {co} delays {pl}",
    "{co} names new chief executive to lead {pl} {m} expansion",
    "{m} stocks in {pl} warehouses fall for {k}th week",
    "{co} secures permit for {pl} {m} tailings plant",
)
POLICY_TEMPLATES = (
    "{c} bans {m} exports from {mo} {k}",
    "{i} imposes {n}% tariff on {c} {m} imports",
    "{c} to restrict exports of {m} to {i} from {mo}",
    "{c} extends {m} export ban by {k} months",
)
SUMMARY = (
    "{co} said on {day} that work at the {pl} site would {verb} after {k} weeks, according to a "
    "filing. Traders in {city} said {m} buyers were watching supply from {pl} closely as prices "
    "moved {n}% over the month."
)
MOVES = ("rises", "falls", "slips", "jumps", "steadies", "edges up", "eases")


def _name(rnd: random.Random, syllables: int) -> str:
    word = "".join(
        rnd.choice(_ONSETS) + rnd.choice(_NUCLEI) + rnd.choice(_CODAS) for _ in range(syllables)
    )
    return word.capitalize()


def headline_texts(n: int, seed: int = 11) -> list[tuple[str, str]]:
    """``n`` distinct (title, summary) pairs: market news, one in twenty a policy headline."""
    rnd = random.Random(seed)
    metal_words = [a[0] if a else name.lower() for _, name, a in METALS[:22]]
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    while len(out) < n:
        fields = {
            "co": f"{_name(rnd, 2)} {rnd.choice(('Mining', 'Metals', 'Resources', 'Group'))}",
            "pl": _name(rnd, rnd.choice((2, 3))),
            "m": rnd.choice(metal_words),
            "n": rnd.randint(2, 95),
            "k": rnd.randint(2, 40),
            "y": rnd.randint(2024, 2027),
            "mo": rnd.choice(MONTHS),
            "move": rnd.choice(MOVES),
            "c": rnd.choice(COUNTRIES),
            "i": rnd.choice(IMPORTERS),
        }
        tpl = rnd.choice(POLICY_TEMPLATES if rnd.random() < 0.05 else NEWS_TEMPLATES)
        title = tpl.format(**fields)
        title = title[0].upper() + title[1:]
        if title in seen:
            continue
        seen.add(title)
        summary = ""
        if rnd.random() < 0.33:
            summary = SUMMARY.format(
                day=rnd.choice(("Monday", "Tuesday", "Thursday")),
                verb=rnd.choice(("resume", "slow", "stop", "expand")),
                city=rnd.choice(("London", "Shanghai", "Singapore")),
                **fields,
            )
        out.append((title, summary))
    return out
