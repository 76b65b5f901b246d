"""The word table of title comparison (data only): stop words, headline kickers, words of
a price move up or down, negations, antonym pairs, metal words and place words.

:mod:`tui.engine.titles` holds the logic that reads them.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

STOPWORDS = frozenset(
    """a an the of to in on for and or at by with from as is are was were be been being it its
    this that these those after amid over into about than then via vs per his her their our
    says say said saying report reports reported according sources source media update
    updated exclusive breaking live analysis explainer factbox instant view wrapup podcast
    newsletter opinion column insight focus photos video watch""".split()
)
# Headline kickers ("EXCLUSIVE: ...", "UPDATE 2-...") carry no meaning for identity.
_KICKER = lazy(
    r"^\s*(?:(?:exclusive|breaking|analysis|explainer|factbox|podcast|newsletter|opinion|"
    r"column|insight|focus|live|watch|video|update(?:\s*\d+)?|instant view|wrapup(?:\s*\d+)?)"
    r"\s*[:\-–—|]\s*)+",
    re.I,
)
# A short label before a colon ("Morning Bid: ...", "Trading Day: ..."): a column name or a
# speaker. Titles are compared without it (two columns share it, not their story).
_LABEL = lazy(r"^\s*[^\s:]+(?:\s+[^\s:]+){0,2}\s*:\s+(?=\S)")
_ABBR_DOT = lazy(r"(?<=\b[^\W\d_])\.(?=[^\W\d_]\b)")  # U.S. -> US, E.U. -> EU
_TOKEN = lazy(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?")
# the same on a lower-cased ASCII text (where \d is 0-9 and a letter a-z): fewer checks a character
_TOKEN_ASCII = lazy(r"[0-9]+(?:[.,][0-9]+)*|[a-z]+(?:'[a-z]+)?")

UP = frozenset(
    """rise rose risen rising gain gained gaining jump jumped jumping surge surged surging
    soar soared soaring climb climbed climbing rally rallied rallying advance advanced
    rebound rebounded spike spiked higher increase increased raise raised hike hiked boost
    boosted up strengthen strengthened""".split()
)
DOWN = frozenset(
    """fall fell fallen falling drop dropped dropping slip slipped slipping slide slid sliding
    sink sank sinking plunge plunged plunging tumble tumbled tumbling decline declined
    declining slump slumped dip dipped lower ease eased easing retreat retreated down weaken
    weakened crash crashed lose lost loss cut slash slashed shrink shrank""".split()
)
NEGATIONS = frozenset(
    "not no never won't wont don't doesn't didn't isn't aren't can't cannot deny denie "
    "denied reject rejected without".split()
)
# Words that undo or put off a measure or a plan (after plural folding): "Indonesia scraps plan
# to ban nickel ore exports" reports the opposite of "Indonesia plans to ban nickel ore
# exports", though nearly every word is the same ("turn": "U-turn" is two words).
UNDOING = frozenset(
    """scrap scrapped scrapping shelve shelved shelving abandon abandoned abandoning postpone
    postponed postponing delay delayed delaying defer deferred deferring withdraw withdrew
    withdrawn withdrawing cancel cancelled canceled cancelling canceling ditche ditched
    ditching axe axed axing turn backtrack backtracked backtracking lift lifted lifting
    suspend suspended suspending revoke revoked revoking rescind rescinded rescinding repeal
    repealed repealing waive waived waiving""".split()
)
# Words of a measure not yet taken (after plural folding): "India proposes 12% safeguard duty on
# steel" and, a day later, "India imposes 12% safeguard duty on steel" are a plan and its
# decision, two facts, though every other word is the same.
TENTATIVE = frozenset(
    """plan planned planning propose proposed proposing proposal mull mulled mulling weigh
    weighed weighing consider considered considering mooted moot eye eyed eyeing threaten
    threatened threatening threat draft could may might seek sought seeking mulls
    contemplate contemplated contemplating""".split()
)
# Word pairs whose swap changes the fact reported (compared after plural folding).
ANTONYMS: tuple[tuple[str, str], ...] = (
    ("import", "export"),
    ("importer", "exporter"),
    ("high", "low"),
    ("buy", "sell"),
    ("buyer", "seller"),
    ("open", "close"),
    ("approve", "reject"),
    ("win", "lose"),
    ("start", "end"),
    ("impose", "lift"),
    ("ban", "lift"),
    ("long", "short"),
    ("surplus", "deficit"),
    ("inflow", "outflow"),
    ("upgrade", "downgrade"),
)
METAL_WORDS = {
    "copper": "copper",
    "aluminium": "aluminium",
    "aluminum": "aluminium",
    "alumina": "alumina",
    "bauxite": "bauxite",
    "nickel": "nickel",
    "zinc": "zinc",
    "tin": "tin",
    "gold": "gold",
    "silver": "silver",
    "platinum": "platinum",
    "palladium": "palladium",
    "rhodium": "rhodium",
    "lithium": "lithium",
    "cobalt": "cobalt",
    "iron": "iron",
    "steel": "steel",
    "uranium": "uranium",
    "gallium": "gallium",
    "germanium": "germanium",
    "antimony": "antimony",
    "tungsten": "tungsten",
    "graphite": "graphite",
    "manganese": "manganese",
    "molybdenum": "molybdenum",
    "magnesium": "magnesium",
    "titanium": "titanium",
    "vanadium": "vanadium",
    "indium": "indium",
    "tellurium": "tellurium",
    "rare earth": "rare-earths",
    "rare earths": "rare-earths",
}
# Places that tell stories apart ("Colombia mine collapse" vs "Chile mine collapse").
COUNTRY_WORDS = {
    "china": "CN", "chinese": "CN", "beijing": "CN",
    "us": "US", "usa": "US", "united states": "US", "america": "US", "american": "US",
    "washington": "US",
    "canada": "CA", "canadian": "CA", "ottawa": "CA",
    "mexico": "MX", "mexican": "MX",
    "japan": "JP", "japanese": "JP", "tokyo": "JP",
    "south korea": "KR", "south korean": "KR", "seoul": "KR",
    "north korea": "KP", "north korean": "KP", "pyongyang": "KP",
    "taiwan": "TW", "taiwanese": "TW", "taipei": "TW",
    "india": "IN", "indian": "IN", "new delhi": "IN",
    "indonesia": "ID", "indonesian": "ID", "jakarta": "ID",
    "philippines": "PH", "philippine": "PH", "manila": "PH",
    "vietnam": "VN", "vietnamese": "VN", "malaysia": "MY", "malaysian": "MY",
    "thailand": "TH", "thai": "TH", "myanmar": "MM",
    "australia": "AU", "australian": "AU", "canberra": "AU",
    "russia": "RU", "russian": "RU", "moscow": "RU", "kremlin": "RU",
    "ukraine": "UA", "ukrainian": "UA", "kyiv": "UA",
    "eu": "EU", "european union": "EU", "brussels": "EU",
    "uk": "GB", "britain": "GB", "british": "GB",
    "germany": "DE", "german": "DE", "berlin": "DE",
    "france": "FR", "french": "FR", "paris": "FR",
    "italy": "IT", "italian": "IT", "spain": "ES", "spanish": "ES",
    "poland": "PL", "polish": "PL", "sweden": "SE", "norway": "NO", "finland": "FI",
    "turkey": "TR", "turkish": "TR", "iran": "IR", "iranian": "IR", "tehran": "IR",
    "israel": "IL", "israeli": "IL", "saudi": "SA", "saudi arabia": "SA",
    "uae": "AE", "qatar": "QA", "iraq": "IQ", "syria": "SY", "egypt": "EG",
    "pakistan": "PK", "pakistani": "PK", "kazakhstan": "KZ",
    "brazil": "BR", "brazilian": "BR", "chile": "CL", "chilean": "CL",
    "peru": "PE", "peruvian": "PE", "argentina": "AR", "argentine": "AR",
    "bolivia": "BO", "colombia": "CO", "colombian": "CO", "venezuela": "VE",
    "cuba": "CU", "panama": "PA",
    "congo": "CD", "drc": "CD", "congolese": "CD", "zambia": "ZM", "zambian": "ZM",
    "zimbabwe": "ZW", "south africa": "ZA", "south african": "ZA", "namibia": "NA",
    "guinea": "GN", "ghana": "GH", "mali": "ML", "niger": "NE", "nigeria": "NG",
    "central african republic": "CF", "tanzania": "TZ", "morocco": "MA",
}  # fmt: skip
