"""The classifier's word table: denials, market moves, the rate pattern, companies,
governments and goods (the proposed-markers are in ``classifier_rules_proposed``).

Data only; ``tui.engine.classifier_rules`` re-exports every part: the logic imports from there.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.core.months import MONTH_STEM_PATTERN as _MONTH_STEM
from tui.engine.classifier_rules_words import BACK_OFF_VERBS, forms

# fmt: off
#: Words one of which must be present for DENIAL_RE to match (a cheap pre-check).
DENIAL_WORDS = frozenset(
    """deny denies denied denying refute refutes refuted no not won't wont doesn't don't
    didn't isn't aren't hasn't haven't wouldn't can't rules rule ruled reject rejects
    rejected refuse refuses refused dismiss dismisses dismissed drop drops dropped shelves
    shelved scrap scraps scrapped abandon abandons abandoned withdraw withdraws withdrew kill
    kills killed back backs u-turn rumours rumors rumour rumor false fake unaffected immune
    fact fact-check factcheck fact-checks misleading debunk debunks debunked oppose opposes
    opposed opposing avoid avoids avoided avoiding refrain refrains refrained refraining
    decision yet undecided lack lacks lacked lacking longer decide decides decided deciding
    against vote avert averts averted
    averting head heads headed heading stave staves staved staving ward wards warded warding
    fend fends fended fending walk walks walked walking""".split()
) | BACK_OFF_VERBS | frozenset({"give up", "gives up", "gave up", "giving up", "given up"})
#: What the denial pre-check also looks for: the reversal words of ``DENIAL_RE`` ("U-turns on",
#: "backtracks on the threat", "rows back on its plan"), kept apart from ``DENIAL_WORDS``, which
#: is also a feature of the learned gate.
DENIAL_CHECK_WORDS = DENIAL_WORDS | frozenset(
    """u-turns u-turned u-turning u backtrack backtracks backtracked backtracking rows rowed
    rowing row course climbs climbed climbing climb abolish abolishes abolished eliminates
    eliminated plays play played playing tamps tamp tamped tamping downplay downplays downplayed
    downplaying brush brushes brushed brushing shrug shrugs shrugged shrugging pour pours poured
    pouring""".split()
)
#: A share of a quota ("exhaust 74% of quotas", "use up 90% of the duty-free quota", "60% of
#: allocation shipped") or a quota used up ("near EU quota exhaustion", "exhaust EU steel
#: quota", "quota for US nearly filled", "quota usage figures"):
#: how much of a quota in force is used, market data, not a measure.
QUOTA_SHARE_RE = lazy(
    r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:quotas?|allocations?|allotments?)\b"
    r"|\bquotas?\s+(?:[\w'’-]+\s+){0,3}?(?:exhaustion|utili[sz]ation|usage|uptake|take-up"
    r"|exhausted|filled|used\s+up"
    r"|depleted|runs?\s+(?:out|dry)|ran\s+(?:out|dry))\b|\b(?:exhaust(?:s|ed|ing)?|us(?:e|es|ed"
    r"|ing)\s+up|deplet(?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,4}?quotas?\b",
    re.IGNORECASE,
)
#: Market-move wording: the headline is about prices, not policy. Written for speed as its plain
#: form matches (``test_engine_fast_paths_5``): each alternative starts on a word character
#: ("(?=\w)"), "\w++" before "-" gives nothing back, a word's lookahead comes before the
#: look-behinds guarding it (assertions at one place commute).
MARKET_RE = lazy(
    r"\b(?=\w)(?:prices?|futures|premiums?|stocks|inventor(?:y|ies)|rall(?:y|ies|ied)|ris(?:e|es|ing)"
    r"|rose|fall(?:s|ing)?|fell|gain(?:s|ed)?|climb(?:s|ed)?|slip(?:s|ped)?|drop(?:s|ped)?\s+"
    r"\d|jump(?:s|ed)?|surg(?:e|es|ed)|soar(?:s|ed)?|slid(?:e|es)?|slump(?:s|ed)?|tumbl(?:e|es|ed)"
    r"|(?:clear(?:s|ed)?|tops?|topped|break(?:s)?|broke|cross(?:es|ed)?)\s+(?:us)?[$€£]\d+|plung(?:e|es|ed)|plummet(?:s|ed)?|sink(?:s)?|sank|spik(?:e|es|ed)|dip(?:s|ped)?|"
    r"retreat(?:s|ed)?|rebound(?:s|ed)?|steady|steadies|(?:hold(?:s|ing)?|held)\s+(?:near|below|above|around)|hover(?:s|ed|ing)?|(?=firm)(?<!\d\s)(?<!\bthe\s)firm(?:s|ed)(?!\s+(?:will|would|must|have|has|are|were|that|who))|edg(?:e|es|ed)\s+(?:up|"
    r"down|higher|lower)|record\s+(?:high|low)|hits?\s+(?:a\s+)?(?:record|high|low|\d)|"
    r"(?:highest|lowest)\s+(?:since|in)|weak(?:er)?\s+demand|investors?|"
    # shares watched: "Steel shares eyed as US weighs tariff changes"
    r"(?:shares|equities)\s+(?:watched|eyed|in\s+(?:focus|the\s+spotlight))|"
    # traders, but not a class the state approves or owns ("only via state-owned traders")
    r"(?=trader)(?<!approved\s)(?<!licensed\s)(?<!licenced\s)(?<!registered\s)(?<!designated\s)"
    r"(?<!accredited\s)(?<!certified\s)(?<!authorised\s)(?<!authorized\s)(?<!owned\s)"
    r"(?<!run\s)(?<!state\s)traders?|"
    # a market's state ("exports sluggish on sanctions"; "slow to act" is no market word)
    r"(?:slow|sluggish|subdued|muted|quiet|lacklust(?:re|er))(?!\s+to\b)|"
    r"\w++-(?:year|week|month|day)\s+(?:high|low|peak|top|bottom)|safe[-\s]haven|bullion|react(?:s|ed|ing|ion)?|unfazed|unmoved|shrug(?:s|ged|ging)?\s+off|shak(?:e|es|en|ing)|tight\s+ranges?|\w++-month\s+(?:high|low)|eases?\s+as|mixed)\b",
    re.IGNORECASE, fold=True, memo=64,  # a title's market words are asked for by many rules
)
#: Words that make a market headline's policy noun speculative ("on tariff fears").
SPECULATION_WORDS = frozenset(
    {"fears", "fear", "worries", "worry", "concerns", "jitters", "bets", "hopes", "risk",
     "risks", "uncertainty", "speculation", "talk", "ahead", "threat", "threats", "prospect",
     "confusion", "unpredictability", "turmoil", "chaos", "whiplash", "hazard", "hazards",
     "spectre", "specter", "danger", "dangers"}
)
#: A market's mood about a measure ("tariff fears", "sanctions jitters"): after a measure word
#: the words name the mood, and a verb before them acts on it, never on the measure.
MOOD_NOUNS = frozenset(
    {"fears", "worries", "jitters", "concerns", "uncertainty", "speculation", "confusion",
     "turmoil", "chaos", "whiplash", "angst", "anxiety", "anxieties", "nerves", "jitteriness",
     "bets", "wagers", "hopes", "optimism"}
)
#: A measure's target told as an idiom ("copper comes in Trump's tariff crosshairs"): threatened.
TARGET_IDIOMS = frozenset({"crosshairs", "crosshair"})

#: A rate that closes a range ("7.5-15%", "range from 3.86 percent to", "vary from 12.5% to",
#: "between 4% and").
RANGE_BEFORE_RE = lazy(
    r"(?:\d\s*(?:%\s*)?[-–]\s*$|\bof\s+\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)?\s*to\s*$|\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:from\s+|between\s+)?\d+(?:\.\d+)?\s*"
    r"(?:%|percent|per\s+cent)?\s*(?:to|and|-|–)\s*$|\bbetween\s+\d+(?:\.\d+)?\s*"
    r"(?:%|percent|per\s+cent)?\s*and\s*$)",
    re.IGNORECASE,
)
#: What precedes a rate raised for one kind of goods ("raised the duty on iron ore to 50%",
#: "tariffs for ferrochrome will be increased to 40 per cent").
RATE_GOODS_BEFORE_RE = lazy(r"\b(?:on|for)\s+(?:[\w-]+\s+){1,8}to\s+$", re.IGNORECASE)
#: A generic class of goods whose members a lede names ("steelmaking raw materials such as
#: iron ore"): the examples are the goods.
GENERIC_GOODS_RE = lazy(r"\b(?:raw\s+materials?|inputs|feedstocks?)\b", re.IGNORECASE)
EXAMPLES_RE = lazy(r"\b(?:such\s+as|including|like)\s+(.{0,60})", re.IGNORECASE)
#: What follows a rate that belongs to one kind of goods ("15% on iron billets", "a 15% tax on").
RATE_GOODS_AFTER_RE = lazy(
    r"\s*(?:\w+\s+){0,3}?(?:on|of|for)\s", re.IGNORECASE
)
#: A figure of trade data before a rate ("as imports rise 62%", "shipments fell 20%"): a change
#: in volumes or prices, not the measure's rate ("tariff rises to 50%" keeps its "to").
DATA_MOVE_BEFORE_RE = lazy(
    r"\b(?:ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|jump(?:s|ed)?|surg(?:e|es|ed)|"
    r"soar(?:s|ed)?|climb(?:s|ed)?|drop(?:s|ped)?|slump(?:s|ed)?|plung(?:e|es|ed)|grow(?:s|n)?|"
    r"grew|up|down|declin(?:e|es|ed)|shrank|shrink(?:s)?)\s+(?:by\s+)?(?:about\s+|some\s+|"
    r"near(?:ly)?\s+|almost\s+|over\s+|more\s+than\s+|as\s+much\s+as\s+)?$"
    # a quota's volume cut or raised by a share ("reduce the quota by up to 14%") is no rate
    r"|\bquotas?\s+by\s+(?:up\s+to\s+|about\s+|some\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
#: A move to a rate right after a move word ("rises to 50%", "jump to 25 percent").
RATE_TO_RE = lazy(
    r"\s+to\s+\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b|pct\b)", re.IGNORECASE
)
#: Decimals spelled out by some outlets ("34-point-one percent" -> 34.1).
SPELLED_DECIMAL_RE = lazy(
    r"(\d+)-point-(\d+|zero|one|two|three|four|five|six|seven|eight|nine)\b", re.IGNORECASE
)
SPELLED_DIGITS = {w: str(i) for i, w in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))}
#: A tariff named in a text (a quota's rate is its out-of-quota tariff's).
TARIFF_WORD_RE = lazy(r"tariff|dut(?:y|ies)|levy|tax", re.IGNORECASE, fold=True)
#: ("25%", "25 percent", "25 per cent", "25 pct", and hyphenated: "25-per-cent", "25-percent").
RATE_RE = lazy(
    r"(\d+(?:\.\d+)?)\s*(?:%|-?\s*(?:per[\s-]*cent|pct|percentage[\s-]+points?)\b)",
    re.IGNORECASE,
)

#: Subjects that are companies, exchanges' operations, workers or rebels.
COMPANY_WORDS = frozenset(
    w.lower()
    for w in (
        "miner", "miners", "company", "companies", "firm", "firms", "group", "smelter",
        "smelters", "producer", "producers", "refiner", "refiners", "plant", "trader",
        "traders", "ltd", "inc", "corp", "plc", "workers", "union", "rebels", "protesters",
        "protestors", "villagers", "communities", "unit", "subsidiary", "glencore", "freeport",
        "codelco", "rio", "tinto", "bhp", "vale", "rusal", "norilsk", "nornickel", "alcoa",
        "trafigura", "zijin", "cmoc", "erg", "albemarle", "sqm", "tianqi", "ganfeng",
        "antofagasta", "quantum", "teck", "vedanta", "hindalco", "chalco", "hongqiao",
        "south32", "mmg", "ivanhoe", "barrick", "newmont", "eramet", "lynas", "mp", "sibanye",
        "implats", "nyrstar", "boliden", "aurubis", "tsingshan", "huayou", "jinchuan", "ega",
        "gac", "hydro", "century", "arconic", "nucor", "arcelormittal", "tata", "posco",
        "baowu", "umicore", "nexa", "kghm", "anglo", "amg", "pilbara", "mineral", "resources", "mint", "bank", "banks", "pboc", "fed", "buyers", "sellers",
        "militia", "militias", "insurgents", "residents", "landowners", "kazakhmys", "kazzinc",
        "mining", "metals", "minerals", "holdings", "corporation", "limited", "co",
    )
)
#: Words that make a demonym an actor rather than goods ("Chinese authorities").
GOVERNMENT_WORDS = frozenset(
    {"government", "govt", "officials", "official", "authorities", "authority", "ministry",
     "minister", "ministers", "regulator", "regulators", "president", "leader", "lawmakers",
     "parliament", "senate", "state", "administration", "customs", "commerce", "cabinet",
     "junta", "court", "courts", "judge", "agency", "department", "trade"}
)
#: A legislature's vote is a step in making a law, not the law ("lawmakers vote to impose");
#: an agency's vote ("USITC votes to impose duties") decides.
LEGISLATURE_VOTE_RE = lazy(
    r"\b(?:lawmakers|legislators|senators|deputies|mps|parliament|congress|senate|house|"
    r"assembly|legislature|lower\s+house|upper\s+house)\s+(?:\w+\s+){0,2}?"
    r"vot(?:e|es|ed|ing)\s+(?:to|for)\b",
    re.IGNORECASE, fold=True,
)
#: Bodies of a government that a demonym may head ("the Brazilian foreign trade chamber").
INSTITUTION_WORDS = frozenset(
    {"committee", "commission", "council", "chamber", "board", "bureau", "office",
     "directorate", "secretariat", "congress", "assembly", "ministries", "presidency",
     "treasury", "tribunal", "navy", "army", "embassy", "envoy", "ambassador", "premier",
     "prime", "bank", "senators", "senator", "legislators", "legislature", "deputies"}
)
#: A wire dateline opening a summary: a city in capitals, a date (a month alone, too) and/or
#: the agency, a dash ("WASHINGTON, May 31 (Reuters) -", "SEOUL, July 22 (Yonhap) --",
#: "WASHINGTON, May (Reuters) -", "BEIJING (AP) —"): its "May" is no modal.
DATELINE_RE = lazy(
    r"^\s*[A-Z][A-Z.'’ -]{2,30}(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|"
    + _MONTH_STEM.title()
    + r"[a-z]{0,6}\.?)\s*(?:\([^)]{2,30}\))?|"
    r"\s*\([^)]{2,30}\))\s*(?:--|[-–—])\s*"
)
#: Generic goods words ("US goods", "Russian metal").
GOODS_WORDS = frozenset(
    {"goods", "products", "metal", "metals", "ore", "ores", "concentrate", "concentrates",
     "scrap", "cars", "foil", "extrusions", "cathodes", "magnets", "supplies", "supply",
     "material", "materials", "minerals", "mineral", "items", "exports", "imports", "origin",
     "made", "output", "production", "primary", "raw", "refined"}
)
#: What follows a metal named as a coating ("aluminium – zinc coated", "zinc-clad") or a mill's
#: kind ("tin mill steel"): the goods named after it are what is traded.
COATING_RE = lazy(
    r"(?:\s*[-–—/&]\s*[A-Za-z]+)*(?:\s*[-–]\s*|\s+)(?:coated|clad|plated|galvani[sz]ed|mill)\b",
    re.IGNORECASE,
)
#: "ADD", India's and the trade press's abbreviation of an anti-dumping duty, in capitals before
#: what it is on ("impose ADD on", "ADD of 20% on"); the verb "add" is never written so in a
#: title that is not all capitals.
ADD_RE = lazy(r"(?<![A-Z] )\bADDs?\b(?=\s+(?i:on|of|in)\b)")
ADD_WORDS = "anti-dumping duty"
#: Kinds of metal before a noun that is also a verb ("non-ferrous scrap"): the noun is goods.
MATERIAL_WORDS = frozenset({"ferrous", "non-ferrous", "nonferrous", "precious", "base-metal"})
#: Goods words that are adjectives: goods only before what they qualify ("primary aluminium",
#: "raw ore exports"), not on their own ("as required by ... the National Primary ... Rule").
GOODS_ADJECTIVES = frozenset({"primary", "raw", "refined", "made"})


#: Two-word verbs joined into one token by the tokenizer.
MULTI_WORDS = {
    **{(v, "way"): f"{v} way" for v in ("give", "gives", "gave", "giving", "given")},
    **{(v, "way"): f"{v} way" for v in ("make", "makes", "made", "making")},
    ("cut", "off"): "cut off",
    ("cuts", "off"): "cuts off",
    ("roll", "back"): "roll back",
    ("give", "up"): "give up",
    ("gives", "up"): "gives up",
    ("gave", "up"): "gave up",
    ("giving", "up"): "giving up",
    ("given", "up"): "given up",
    ("rolls", "back"): "rolls back",
    **{(v, "out"): f"{v} out" for v in ("carve", "carves", "carved")},  # "carves out ... from"
    ("rolled", "back"): "rolled back",
    ("strike", "down"): "strike down",
    ("strikes", "down"): "strikes down",
    ("struck", "down"): "struck down",
    ("brings", "forward"): "brings forward",
    ("brought", "forward"): "brought forward",
    **{(v, "off"): f"{v} off" for v in ("put", "puts", "hold", "holds", "held")},
    **{(v, "back"): f"{v} back" for v in ("push", "pushes", "pushed", "hit", "hits", "strike",
                                          "strikes", "struck", "fire", "fires", "fired",
                                          "fight", "fights", "fought")},
    # backing off a measure: "stands down on aluminum tariffs", "backs off steel duties"
    **{(v, e): f"{v} {e}" for v in ("stand", "stands", "standing", "stood", "back", "backs",
                                    "backed", "backing") for e in ("down", "off", "away")},
    ("state", "trading"): "state-trading",
    # a state body made the only exporter: state trading ("to take over gold exports")
    **{(v, "over"): f"{v} over" for v in ("take", "takes", "took", "taking")},
    **{(w, e): f"{w}-{e}" for w in ("sole", "exclusive", "only") for e in ("exporter",
                                                                         "exporters")},
    **{("approved", w): f"approved-{w}" for w in ("list", "lists", "exporters", "exporter",
                                                  "importers", "suppliers")},
    **{(f, "registration"): f"{f}-registration" for f in ("import", "export")},
    **{("registration", w): f"registration-{w}" for w in ("requirement", "requirements",
                                                          "mandatory", "compulsory")},
    **{(w, "registration"): f"{w}-registration" for w in ("compulsory", "mandatory", "online",
                                                          "prior", "advance")},
    **{(a, "dealers"): f"{a}-dealers" for a in ("authorised", "authorized", "licensed",
                                                "approved")},
    **{("dealers", a): f"dealers-{a}" for a in ("authorised", "authorized", "licensed")},
    **{(f, "monitoring"): f"{f}-monitoring" for f in ("import", "export")},
    # "a mechanism to monitor imports": an import monitoring system
    **{(v, f"{f}s"): f"{f}-monitoring" for v in ("monitor", "monitors", "track", "tracks", "monitoring", "tracking")
       for f in ("import", "export")},
    **{("cash", w): f"cash-{w}" for w in ("deposit", "deposits")},
}
#: Words between a subject and its verb ("China to ban", "US will also lift").
MODALS = frozenset(
    {
        "to",
        "will",
        "would",
        "could",
        "may",
        "might",
        "should",
        "must",
        "can",
        "and",
        "or",
        "also",
        "further",
        "now",
        "formally",
        "officially",
        "temporarily",
        "partially",
        "effectively",
        "again",
    }
)

#: A summary sentence that speaks of trade (where the metals are read from).
TRADE_SENTENCE_RE = lazy(
    r"\b(?:export|import|tariff|dut(?:y|ies)|quota|ban|restrict|control|licen[cs]|permit|"
    r"shipments|sanction|levy|curb|suspend|resum|lift)\w*",
    re.IGNORECASE, fold=True,
)

#: Fiscal charges on output or sales, not trade measures ("approves a royalty on copper sales").
FISCAL_NOUNS = frozenset({"royalty", "royalties", "windfall"})
#: A stop for a commercial reason ("stopped exporting ... due to falling prices"): the seller's
#: decision, not a government's measure (searched only when a stop rule fired).
COMMERCIAL_CAUSE_RE = lazy(
    r"\b(?:due\s+to|because\s+of|owing\s+to|on)\s+(?:the\s+)?(?:\w+\s+){0,2}"
    r"(?:prices?|oversupply|glut|margins?|losses|(?:weak|low|lower|falling|slow|poor)\s+"
    r"demand)\b",
    re.IGNORECASE,
)
#: Verbs that lower a measure: on a tariff with no new rate stated they release part of it
#: ("agrees to cut steel tariffs" -> resuming; "cuts import duty to 6%" sets a rate).
REDUCE_VERBS = forms(
    "cut|s", "lower|s|ed", "reduce|s|d", "slash|es|ed", "trim|s|med", "halve|s|d", "halving"
)
PERCENT_WORDS = frozenset({"%", "percent", "pct", "per"})
#: The words of a rate beside its number ("25 %", "25 percent", "25 pct", "25 per cent").
RATE_WORDS = PERCENT_WORDS | {"cent"}
#: Regions named as the goods' origin ("Asian steel"): the lede's countries are more exact.
REGION_ADJECTIVES = frozenset(
    {"asian", "european", "african", "latin", "south-east", "southeast", "gulf", "arab",
     "nordic", "balkan", "caucasian", "eurasian", "western", "eastern"}
)
#: Verbs of sending goods ("Switzerland shipped gold to the US").
SHIP_VERBS = forms("ship|s|ped", "send|s", "sent", "export|s|ed", "sell|s", "sold", "supply",
                   "supplies", "supplied")
#: Federal Register final results and determinations are in force, whatever "review" says.
FINAL_RE = lazy(
    r"\bfinal\s+(?:results?|determinations?|affirmative|rule|order)\b", re.IGNORECASE, fold=True,
)
#: Verbs of receiving a permission ("gets permit to export raw lithium").
RECEIVE_VERBS = forms("get|s", "got", "receive|s|d", "receiving", "win|s", "won", "secure|s|d",
                      "obtain|s|ed", "land|s|ed", "clinch|es|ed")
#: Verbs of a country losing what spared it ("loses exemption", "stripped of its waiver").
LOSE_VERBS = frozenset(
    {"lose", "loses", "lost", "losing", "forfeit", "forfeits", "forfeited", "stripped"}
)
