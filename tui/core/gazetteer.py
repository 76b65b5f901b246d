"""Places, peoples, capitals and ministries -> ISO 3166 alpha-2 codes (``EU`` for the Union).

The classifier reads a trade corridor out of words like "Russian aluminium", "exports to the
United States", "Beijing" or "MOFCOM". This module ships the table it uses; users add names
in the config's ``[gazetteer]`` table (``"Naypyitaw" = "MM"``), which :meth:`Gazetteer.extend`
merges in.

Matching is whole-word. Most names match case-insensitively ("CHINA", "china"); short codes
("US", "UK", "EU", "DRC") and names that are also common English words ("Polish", "Turkey",
"Chile", "Guinea") only match as written or in capitals, so "tell us" and "polish" are not
places. A name mapped to ``""`` is a *blocker*: it is matched and then dropped, so that "South
China Sea", "Latin America" or "Indian Ocean" do not count as China, the US or India.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

# ISO 3166-1 alpha-2 codes currently assigned, plus "EU" (European Union).
ISO_CODES: frozenset[str] = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
    BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
    EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
    GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
    KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
    MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
    QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
    TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
    ZW EU
    """.split()
)

# code -> names (country names, short forms, capitals, governments, ministries).
NAMES: dict[str, tuple[str, ...]] = {
    "US": (
        "United States",
        "United States of America",
        "U.S.",
        "U.S.A.",
        "US",
        "USA",
        "America",
        "Washington",
        "White House",
        "Trump administration",
        "Biden administration",
        "Trump",
        "Biden",
        "USTR",
        "U.S. Trade Representative",
        "Commerce Department",
        "Department of Commerce",
        "Bureau of Industry and Security",
        "Section 232",
        "Section 301",
        "Customs and Border Protection",
        "Congress",
        "Pentagon",
    ),
    "CN": (
        "China",
        "People's Republic of China",
        "PRC",
        "Beijing",
        "MOFCOM",
        "Mofcom",
        "General Administration of Customs",
        "Xi Jinping",
        "Chinese government",
    ),
    "EU": (
        "European Union",
        "EU",
        "E.U.",
        "Brussels",
        "European Commission",
        "EC",
        "European Parliament",
        "European Council",
        "Europe",
    ),
    "GB": ("United Kingdom", "Britain", "Great Britain", "UK", "U.K.", "London", "Downing Street"),
    "RU": ("Russia", "Russian Federation", "Moscow", "Kremlin", "Putin", "Duma"),
    "CA": ("Canada", "Ottawa"),
    "MX": ("Mexico", "Mexico City"),
    "JP": ("Japan", "Tokyo", "METI"),
    "KR": ("South Korea", "Korea", "Republic of Korea", "Seoul"),
    "KP": ("North Korea", "Pyongyang", "DPRK"),
    "TW": ("Taiwan", "Taipei"),
    "HK": ("Hong Kong",),
    "IN": ("India", "New Delhi", "Delhi"),
    "ID": ("Indonesia", "Jakarta"),
    "PH": ("Philippines", "Manila"),
    "VN": ("Vietnam", "Viet Nam", "Hanoi"),
    "TH": ("Thailand", "Bangkok"),
    "MY": ("Malaysia", "Kuala Lumpur"),
    "SG": ("Singapore",),
    "MM": ("Myanmar", "Burma", "Naypyitaw", "Naypyidaw", "Kachin"),
    "LA": ("Laos", "Vientiane"),
    "KH": ("Cambodia", "Phnom Penh"),
    "AU": ("Australia", "Canberra"),
    "NZ": ("New Zealand",),
    "PG": ("Papua New Guinea", "PNG", "Port Moresby"),
    "NC": ("New Caledonia", "Noumea"),
    "KZ": ("Kazakhstan", "Astana"),
    "UZ": ("Uzbekistan", "Tashkent"),
    "KG": ("Kyrgyzstan", "Bishkek"),
    "TJ": ("Tajikistan", "Dushanbe"),
    "MN": ("Mongolia", "Ulaanbaatar", "Ulan Bator"),
    "PK": ("Pakistan", "Islamabad"),
    "BD": ("Bangladesh", "Dhaka"),
    "LK": ("Sri Lanka", "Colombo"),
    "AF": ("Afghanistan", "Kabul"),
    "IR": ("Iran", "Tehran"),
    "IQ": ("Iraq", "Baghdad"),
    "TR": ("Turkey", "Türkiye", "Turkiye", "Ankara"),
    "SA": ("Saudi Arabia", "Riyadh"),
    "AE": ("United Arab Emirates", "UAE", "Abu Dhabi", "Dubai"),
    "QA": ("Qatar", "Doha"),
    "OM": ("Oman", "Muscat"),
    "BH": ("Bahrain", "Manama"),
    "IL": ("Israel", "Jerusalem", "Tel Aviv"),
    "EG": ("Egypt", "Cairo"),
    "UA": ("Ukraine", "Kyiv", "Kiev"),
    "BY": ("Belarus", "Minsk"),
    "GE": ("Republic of Georgia", "Tbilisi"),
    "AM": ("Armenia", "Yerevan"),
    "AZ": ("Azerbaijan", "Baku"),
    "DE": ("Germany", "Berlin"),
    "FR": ("France", "Paris"),
    "IT": ("Italy", "Rome"),
    "ES": ("Spain", "Madrid"),
    "PT": ("Portugal", "Lisbon"),
    "NL": ("Netherlands", "Holland", "The Hague", "Amsterdam"),
    "BE": ("Belgium",),
    "LU": ("Luxembourg",),
    "AT": ("Austria", "Vienna"),
    "CH": ("Switzerland", "Bern", "Berne"),
    "PL": ("Poland", "Warsaw"),
    "CZ": ("Czech Republic", "Czechia", "Prague"),
    "SK": ("Slovakia", "Bratislava"),
    "HU": ("Hungary", "Budapest"),
    "RO": ("Romania", "Bucharest"),
    "BG": ("Bulgaria", "Sofia"),
    "GR": ("Greece", "Athens"),
    "RS": ("Serbia", "Belgrade"),
    "BA": ("Bosnia", "Bosnia and Herzegovina", "Sarajevo"),
    "SE": ("Sweden", "Stockholm"),
    "NO": ("Norway", "Oslo"),
    "FI": ("Finland", "Helsinki"),
    "DK": ("Denmark", "Copenhagen"),
    "IS": ("Iceland", "Reykjavik"),
    "IE": ("Ireland", "Dublin"),
    "GL": ("Greenland", "Nuuk"),
    "ZA": ("South Africa", "Pretoria", "Cape Town", "Johannesburg"),
    "CD": (
        "Democratic Republic of Congo",
        "Democratic Republic of the Congo",
        "DR Congo",
        "D.R. Congo",
        "DRC",
        "Congo",
        "Kinshasa",
    ),
    "CG": ("Republic of Congo", "Republic of the Congo", "Congo-Brazzaville", "Brazzaville"),
    "ZM": ("Zambia", "Lusaka"),
    "ZW": ("Zimbabwe", "Harare"),
    "MZ": ("Mozambique", "Maputo"),
    "MG": ("Madagascar", "Antananarivo"),
    "NA": ("Namibia", "Windhoek"),
    "BW": ("Botswana", "Gaborone"),
    "AO": ("Angola", "Luanda"),
    "TZ": ("Tanzania", "Dodoma", "Dar es Salaam"),
    "KE": ("Kenya", "Nairobi"),
    "UG": ("Uganda", "Kampala"),
    "RW": ("Rwanda", "Kigali"),
    "BI": ("Burundi", "Gitega"),
    "ET": ("Ethiopia", "Addis Ababa"),
    "SD": ("Sudan", "Khartoum"),
    "SS": ("South Sudan", "Juba"),
    "NG": ("Nigeria", "Abuja"),
    "GH": ("Ghana", "Accra"),
    "CI": ("Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire", "Abidjan"),
    "GN": ("Guinea", "Conakry"),
    "GW": ("Guinea-Bissau", "Bissau"),
    "GQ": ("Equatorial Guinea", "Malabo"),
    "SL": ("Sierra Leone", "Freetown"),
    "LR": ("Liberia", "Monrovia"),
    "ML": ("Mali", "Bamako"),
    "BF": ("Burkina Faso", "Ouagadougou"),
    "NE": ("Niger", "Niamey"),
    "SN": ("Senegal", "Dakar"),
    "MR": ("Mauritania", "Nouakchott"),
    "MA": ("Morocco", "Rabat"),
    "DZ": ("Algeria", "Algiers"),
    "TN": ("Tunisia", "Tunis"),
    "LY": ("Libya", "Tripoli"),
    "GA": ("Gabon", "Libreville"),
    "CM": ("Cameroon", "Yaounde"),
    "ER": ("Eritrea", "Asmara"),
    "BR": ("Brazil", "Brasilia", "Brasília"),
    "AR": ("Argentina", "Buenos Aires"),
    "CL": ("Chile", "Santiago"),
    "PE": ("Peru", "Lima"),
    "BO": ("Bolivia", "La Paz", "Sucre"),
    "EC": ("Ecuador", "Quito"),
    "CO": ("Colombia", "Bogota", "Bogotá"),
    "VE": ("Venezuela", "Caracas"),
    "GY": ("Guyana",),
    "SR": ("Suriname", "Paramaribo"),
    "JM": ("Jamaica",),
    "DO": ("Dominican Republic", "Santo Domingo"),
    "CU": ("Cuba", "Havana"),
    "PA": ("Panama", "Panama City"),
    "GT": ("Guatemala",),
    "HN": ("Honduras", "Tegucigalpa"),
    "NI": ("Nicaragua", "Managua"),
    "UY": ("Uruguay", "Montevideo"),
    "PY": ("Paraguay", "Asuncion"),
}

# code -> demonyms (adjectives of origin: "Russian aluminium", "Chinese steel").
DEMONYMS: dict[str, tuple[str, ...]] = {
    "US": ("American", "U.S.-made", "US-made"),
    "CN": ("Chinese", "Sino", "China-made", "Chinese-made"),
    "EU": ("European",),
    "GB": ("British",),
    "RU": ("Russian",),
    "CA": ("Canadian",),
    "MX": ("Mexican",),
    "JP": ("Japanese",),
    "KR": ("South Korean", "Korean"),
    "KP": ("North Korean",),
    "TW": ("Taiwanese",),
    "IN": ("Indian",),
    "ID": ("Indonesian",),
    "PH": ("Philippine", "Filipino"),
    "VN": ("Vietnamese",),
    "TH": ("Thai",),
    "MY": ("Malaysian",),
    "SG": ("Singaporean",),
    "MM": ("Burmese",),
    "AU": ("Australian",),
    "KZ": ("Kazakh", "Kazakhstani"),
    "MN": ("Mongolian",),
    "PK": ("Pakistani",),
    "IR": ("Iranian",),
    "TR": ("Turkish",),
    "SA": ("Saudi",),
    "AE": ("Emirati",),
    "IL": ("Israeli",),
    "EG": ("Egyptian",),
    "UA": ("Ukrainian",),
    "BY": ("Belarusian",),
    "DE": ("German",),
    "FR": ("French",),
    "IT": ("Italian",),
    "ES": ("Spanish",),
    "PT": ("Portuguese",),
    "NL": ("Dutch",),
    "BE": ("Belgian",),
    "AT": ("Austrian",),
    "CH": ("Swiss",),
    "PL": ("Polish",),
    "CZ": ("Czech",),
    "HU": ("Hungarian",),
    "RO": ("Romanian",),
    "GR": ("Greek",),
    "RS": ("Serbian",),
    "SE": ("Swedish",),
    "NO": ("Norwegian",),
    "FI": ("Finnish",),
    "DK": ("Danish",),
    "IE": ("Irish",),
    "ZA": ("South African",),
    "CD": ("Congolese",),
    "ZM": ("Zambian",),
    "ZW": ("Zimbabwean",),
    "MZ": ("Mozambican",),
    "MG": ("Malagasy",),
    "NA": ("Namibian",),
    "BW": ("Botswanan",),
    "AO": ("Angolan",),
    "TZ": ("Tanzanian",),
    "KE": ("Kenyan",),
    "RW": ("Rwandan",),
    "NG": ("Nigerian",),
    "GH": ("Ghanaian",),
    "GN": ("Guinean",),
    "ML": ("Malian",),
    "NE": ("Nigerien",),
    "MA": ("Moroccan",),
    "GA": ("Gabonese",),
    "BR": ("Brazilian",),
    "AR": ("Argentine", "Argentinian"),
    "CL": ("Chilean",),
    "PE": ("Peruvian",),
    "BO": ("Bolivian",),
    "CO": ("Colombian",),
    "VE": ("Venezuelan",),
    "JM": ("Jamaican",),
    "CU": ("Cuban",),
}

# Phrases that contain a place name but are not that place.
BLOCKERS: tuple[str, ...] = (
    "South China Sea",
    "East China Sea",
    "South China Morning Post",
    "China Daily",
    "Latin America",
    "Latin American",
    "South America",
    "South American",
    "North America",
    "North American",
    "Central America",
    "Central American",
    "Americas",
    "Bank of America",
    "American Metal Market",
    "Indian Ocean",
    "New Mexico",
    "Indiana",
    "Washington Post",
    "Congo Basin",
    "Guinea pig",
    "Georgia",
    "Paris Agreement",
    "European Central Bank",
    "ECB",
    "Lima Group",
    "Santiago de Compostela",
    "Sofia Vergara",
    "South Korea's Korea Zinc",
    "Korea Zinc",
    "Rio Tinto",
    "Anglo American",
    "China Minmetals",
    "China Northern Rare Earth",
    "China Rare Earth Group",
    "Aluminum Corp of China",
    "Aluminum Corporation of China",
    "Grupo Mexico",
    "Bank of Canada",
    "Bank of Japan",
    "Reserve Bank of India",
    "Reserve Bank of Australia",
    "Bank of England",
    "People's Bank of China",
)

# Names that are also ordinary words (or would be, lower-cased): matched only as written
# ("Turkey") or in capitals ("TURKEY"), never lower-case.
_COMMON_WORDS = frozenset(
    {
        "polish",
        "turkey",
        "chile",
        "guinea",
        "china",
        "congress",
        "bloc",
        "europe",
        "trump",
        "jordan",
        "niger",
        "mali",
        "lima",
        "sofia",
        "bern",
        "sucre",
        "juba",
        "doha",
        "thai",
        "swiss",
        "dutch",
        "french",
        "greek",
        "sino",
        "dubai",
    }
)


def _needs_case(name: str) -> bool:
    """Acronyms (US, EU, DRC, U.S.) and common words are matched case-sensitively."""
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 5:
        return True
    return name.lower() in _COMMON_WORDS


def _trie_regex(names: list[str], ignore_case: bool) -> str:
    """One regex for many literal names, as a character trie (much faster than ``a|b|c``).

    Spaces in a name match any run of whitespace.
    """
    trie: dict[str, Any] = {}
    for name in names:
        node = trie
        for ch in " ".join(name.split()).lower() if ignore_case else " ".join(name.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        end = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else "['’]" if ch == "'" else re.escape(ch)
            alts.append(piece + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # greedy: longer names are tried first, the name ending here is the fallback
        return "(?:" + body + ")?" if end else body

    return emit(trie)


_LEFT = r"(?<![\w.])"
_RIGHT_WORD = r"(?![\w])"


@lru_cache(maxsize=8)
def _build(
    entries: tuple[tuple[str, str], ...],
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, str]]:
    """(case-insensitive regex, case-sensitive regex, lower-cased name -> code)."""
    lookup: dict[str, str] = {}
    ci: list[str] = []
    cs: list[str] = []
    for name, code in entries:
        lookup[name.lower()] = code
        if _needs_case(name):
            cs.append(name)
            if name.upper() != name:
                cs.append(name.upper())
                lookup[name.upper().lower()] = code
        else:
            ci.append(name)

    def compile_(names: list[str], flags: int) -> re.Pattern[str] | None:
        if not names:
            return None
        # A trie tries longer names first ("Guinea-Bissau" before "Guinea"); the word-boundary
        # check then backtracks to a shorter name when a longer one ends mid-word.
        alts = _trie_regex(sorted(set(names)), bool(flags & re.IGNORECASE))
        return re.compile(_LEFT + "(?:" + alts + ")" + _RIGHT_WORD, flags)

    return compile_(ci, re.IGNORECASE), compile_(cs, 0), lookup


class Gazetteer:
    """Finds places and peoples in text and names their codes."""

    __slots__ = ("_compiled", "_demonyms", "_entries", "_size")

    def __init__(self, entries: Mapping[str, str], demonyms: frozenset[str] = frozenset()) -> None:
        self._entries: dict[str, str] = dict(entries)
        self._demonyms = demonyms
        self._compiled = _build(tuple(sorted(self._entries.items())))
        self._size = len({c for c in self._entries.values() if c})

    @classmethod
    def default(cls) -> Gazetteer:
        return _default()

    def extend(self, extra: Mapping[str, str]) -> Gazetteer:
        """A new gazetteer with ``extra`` (name -> code; ``""`` blocks a name) merged in.

        Codes are upper-cased; :func:`normalise_code` validates them (``ValueError``).
        """
        entries = dict(self._entries)
        for name, code in extra.items():
            name = " ".join(str(name).split())
            if not name:
                raise ValueError("gazetteer: empty name")
            entries[name] = normalise_code(code) if str(code).strip() else ""
        return Gazetteer(entries, self._demonyms)

    def find(self, text: str) -> list[tuple[str, int, int, str]]:
        """(code, start, end, matched text) of every place named in ``text``, in text order.

        Overlapping matches keep the longest; blocked phrases are dropped.
        """
        if not text:
            return []
        ci, cs, lookup = self._compiled
        hits: list[tuple[int, int, str]] = []
        for pat in (ci, cs):
            if pat is not None:
                hits.extend((m.start(), m.end(), m.group(0)) for m in pat.finditer(text))
        if not hits:
            return []
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[tuple[str, int, int, str]] = []
        last_end = -1
        for start, end, matched in hits:
            if start < last_end:
                continue
            last_end = end
            code = lookup.get(" ".join(matched.split()).lower().replace("’", "'"), "")
            if code:
                out.append((code, start, end, matched))
        return out

    def lookup(self, name: str) -> str | None:
        """The code for a whole name ("China", "Kinshasa", "cn"), or None."""
        key = " ".join(name.split())
        if key.upper() in ISO_CODES:
            return key.upper()
        if key.upper() == "UK":
            return "GB"
        code = self._compiled[2].get(key.lower())
        return code or None

    def is_demonym(self, matched: str) -> bool:
        """Whether a matched name is an adjective of origin ("Russian", "Chinese")."""
        return " ".join(matched.split()).lower().replace("’", "'") in self._demonyms

    def __len__(self) -> int:
        """The number of distinct codes named (computed once: ``gaz or default`` is cheap)."""
        return self._size


def normalise_code(code: object) -> str:
    """An upper-case ISO 3166 alpha-2 code, ``EU`` or ``*``; ``UK`` becomes ``GB``."""
    text = str(code).strip().upper()
    if text == "UK":
        return "GB"
    if text == "*" or text in ISO_CODES:
        return text
    raise ValueError(f"{code!r} is not an ISO 3166 alpha-2 code, 'EU' or '*'")


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    entries: dict[str, str] = {}
    demonyms: set[str] = set()
    for code, names in NAMES.items():
        for name in names:
            entries[name] = code
    for code, names in DEMONYMS.items():
        for name in names:
            entries[name] = code
            demonyms.add(name.lower())
    for name in BLOCKERS:
        entries[name] = ""
    return Gazetteer(entries, frozenset(demonyms))
