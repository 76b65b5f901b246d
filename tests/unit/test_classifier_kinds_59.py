"""Three kinds of wrong field on a measure read right (session 25), in made-up phrasings.

1. A measure on every origin ("applies to all aluminium imports", "imports from all
   countries", "regardless of origin") whose lede names another country only in passing ("...,
   including shipments from Canada", "Japan's trade ministry noted", "traders in London said")
   took that country for the goods' origin. A measure on all imports has none: the origin
   stays ``*``; a country the lede names right after the goods ("all aluminium imports from
   China") or in a dumping case is still their origin
   (``tui/engine/classifier_backdrop_origin.py``).
2. A lede opening on a market's own country ("German Bund yields slipped", "British gilts
   rallied", "Japanese government bond yields") or on a firm's ("the Korean smelter's European
   unit") took it for the origin of the goods the title's importer taxes: like "Indian shares
   fall as ..." in a title, where the market or the firm is, is no end of the measure
   (``market_subject`` in ``tui/engine/classifier_listed.py``).
3. A title's "X will <act>" told by a leader after it ("..., Trump says", "..., president
   said", "... - mines minister") read as the government's decided act: the leader's words
   were cut off before the deciding clause was read. A leader telling what the country will
   do, undated, is a plan, as "Trump says he will ..." already read; a ministry's or a
   department's own statement, a date, a denial or a measure kept in force still decides
   (``tui/engine/classifier_leader_tail.py``, read by ``classifier_status.py``).

First time, on the engine before the change: 15 of the 31 cases read right (the misses are
four of the eight measures on every origin, five of the six market or firm homes and all seven
leaders' "will"; the rest are kept readings). The kept measure in force ("will maintain its ...
export tax") was added after the change read a paraphrase of that kind wrong; its first
phrasing named manganese, no watched metal, and was put on tin; the engine before the change
read it right.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of fields, not whether a
headline is a measure.
"""

from __future__ import annotations

from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, a measure on every origin; the lede's other country.
ALL_ORIGINS: list[tuple[str, str, Want]] = [
    (
        "US imposes 25% tariff on aluminium imports",
        "The tariff applies to all aluminium imports, including shipments from Canada, the"
        " largest supplier.",
        ("tariff", "*", "US", False),
    ),
    (
        "India raises import duty on copper",
        "The higher duty covers copper imports from all countries, Japan's trade ministry noted.",
        ("tariff", "*", "IN", False),
    ),
    (
        "Mexico sets tariff on steel imports",
        "The 15% tariff applies to steel from all origins; Brazil's Gerdau said it would cut"
        " shipments.",
        ("tariff", "*", "MX", False),
    ),
    (
        "Canada slaps surtax on nickel imports",
        "Ottawa's 10% surtax hits all nickel imports, a blow to Norway's Nikkelverk refinery.",
        ("tariff", "*", "CA", False),
    ),
    (
        "EU raises safeguard duty on zinc imports",
        "The duty applies to zinc imports regardless of origin, traders in London said.",
        ("tariff", "*", "EU", False),
    ),
    (
        "Turkey doubles tariff on aluminium imports",
        "Ankara doubled the tariff on aluminium imports from all sources, hitting Russian and"
        " Indian suppliers alike.",
        ("tariff", "*", "TR", False),
    ),
    (
        "Canada raises surtax on steel imports",
        "The surtax applies to all steel imports. Prices on the London Metal Exchange barely"
        " moved.",
        ("tariff", "*", "CA", False),
    ),
    (
        "South Africa sets duty on aluminium imports",
        "The duty covers aluminium imports from every country. Shares of Norway's Hydro slipped"
        " after comments from Germany's economy minister.",
        ("tariff", "*", "ZA", False),
    ),
    # kept: the goods' country right after "imports", a target, a dumping case
    (
        "US imposes tariff on aluminium imports",
        "The 25% tariff applies to all aluminium imports from China.",
        ("tariff", "CN", "US", False),
    ),
    (
        "Brazil raises tariff on zinc imports",
        "The higher tariff targets zinc from Peru, the ministry said.",
        ("tariff", "PE", "BR", False),
    ),
    (
        "Australia imposes anti-dumping duties on steel imports",
        "The duties apply to all steel imports from Vietnam and Taiwan.",
        ("tariff", "VN", "AU", False),
    ),
]

#: (title, summary, want): kind 2, a market's or a firm's own country opening the lede.
MARKET_HOMES: list[tuple[str, str, Want]] = [
    (
        "US doubles tariffs on steel imports",
        "German Bund yields slipped on Monday after the United States doubled tariffs on steel"
        " imports to 50%.",
        ("tariff", "*", "US", False),
    ),
    (
        "Washington raises tariff on aluminium imports",
        "Japanese government bond yields fell after Washington raised its tariff on aluminium"
        " imports.",
        ("tariff", "*", "US", False),
    ),
    (
        "India hikes duty on copper imports",
        "Australian bond yields edged up as India raised its import duty on copper.",
        ("tariff", "*", "IN", False),
    ),
    (
        "Canada imposes surtax on nickel imports",
        "British gilts rallied after Canada imposed a surtax on nickel imports.",
        ("tariff", "*", "CA", False),
    ),
    (
        "EU raises duty on zinc imports",
        "Shares of the Korean smelter's European unit fell after the EU raised its duty on zinc"
        " imports.",
        ("tariff", "*", "EU", False),
    ),
    (
        "Mexico raises tariff on aluminium imports",
        "The Norwegian aluminium maker's shares fell after Mexico raised its import tariff.",
        ("tariff", "*", "MX", False),
    ),
    # kept: the lede names the goods' country
    (
        "US raises tariff on steel imports",
        "The higher tariff applies to steel from Germany, and German Bund yields slipped.",
        ("tariff", "DE", "US", False),
    ),
    (
        "Mexico raises duty on aluminium imports",
        "The duty falls on Chinese aluminium, the ministry said.",
        ("tariff", "CN", "MX", False),
    ),
]

#: (title, summary, want): kind 3, a leader telling after the title what the country will do.
LEADER_TAILS: list[tuple[str, str, Want]] = [
    (
        "US will double tariffs on aluminium imports, Trump says",
        "",
        ("tariff", "*", "US", True),
    ),
    ("Chile will cap lithium exports, president says", "", ("quota", "CL", "*", True)),
    ("Indonesia will ban tin ore exports, president said", "", ("suspended", "ID", "*", True)),
    (
        "Philippines will impose nickel ore export tax, finance minister says",
        "",
        ("tariff", "PH", "*", True),
    ),
    (
        "Canada will slap surtax on Chinese steel, prime minister said",
        "",
        ("tariff", "CN", "CA", True),
    ),
    ("Zimbabwe will halt lithium ore exports - mines minister", "", ("suspended", "ZW", "*", True)),
    ("Guinea will restrict bauxite exports, PM says", "", ("licensing", "GN", "*", True)),
    # kept: a body's own statement, a date, a denial, a measure kept in force
    (
        "US will hike tariffs on copper imports, Commerce Department says",
        "",
        ("tariff", "*", "US", False),
    ),
    ("Australia will lift nickel export curbs, ministry said", "", ("resuming", "AU", "*", False)),
    (
        "China will restrict gallium exports from August 1, commerce minister says",
        "",
        ("licensing", "CN", "*", False),
    ),
    ("Peru will not ban copper exports, minister says", "", None),
    (
        "Bolivia will maintain its tin export tax, president says",
        "",
        ("tariff", "BO", "*", False),
    ),
]


@headline_cases(ALL_ORIGINS)
def test_a_measure_on_every_origin_has_none(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(MARKET_HOMES)
def test_a_markets_or_firms_home_is_no_origin(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(LEADER_TAILS)
def test_a_leaders_will_told_after_the_title_is_a_plan(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)
