"""Five kinds, in made-up phrasings labelled before the engine read them.

1. **A leader known by role** ("President Boric says Chile will ...", "Indonesian president
   says ...", "Chile's Boric says ...", "PM Luxon: ..."): a head of government's "will" is a
   plan, ``proposed``; a ministry's word or a start date decides.
2. **A leader's view of a measure already in force** ("Trump says steel tariffs are working",
   "Modi defends export duty on iron ore"): no new measure, no event; near misses: a leader who
   imposes, raises or plans one is the measure.
3. **A company's exports facing a measure** ("POSCO's steel exports hit by 50% US tariffs"): the
   imposer's measure on the company's country's goods (origin by the firm's country where the
   engine knows it, ``tui/core/champions.py``, else ``*``); near misses: a company's own halt,
   its view, its figures.
4. **A topic-colon title** ("Russian steel: EU ban confirmed"): the topic names the goods and
   their origin, the words after the colon the measure.
5. **A measure, then a market line after a comma** ("Peru raises copper tax, zinc gains"): the
   measure's metals only, not the market line's.

First time, on the engine before the change (labels written before it ran, none changed after):
kind 1, 13 of 16 measures and 7 of 7 near misses ("Chile's Boric" and "Guinean junta leader
Doumbouya" read decided, a ministry's "says it will" read as a plan); kind 2, 6 of 6 measures
and 5 of 13 views (8 views read as the measure); kind 3, 2 of 13 measures and 7 of 7 near
misses (a company veto, a firm's exports read as the imposer's own, a quota "hit by" read as a
target); kind 4, 11 of 12 and 6 of 6 ("EU ban" at the end read as a verb with no object); kind
5, 2 of 13 and 6 of 6 (the market line's metal counted among the measure's).

Fixed by kind (``tui/engine/``): a leader known by title, role ("junta leader") or a country's
possessive before a name, in up to five words before "says" (``classifier_leader_tail.py``'s
``is_leader``, shared by the tail, the colon and the opening forms), and a body's own "says it
will" decides; a leader's view of a measure named by its noun ("defends", "hails", or a copula
and a judgment after the measure: "are working", "is paying off", "comply with") vetoes it
(``classifier_leader_views.py``); a title opening on a firm's goods or exports held by a
measure reads as a country's goods do, origin the firm's country for a national champion, else
``*``, and is no company's view (``classifier_firm_hit.py``, ``classifier_held_goods.py``); a
quota a subject is "hit by" is no target met; "ban" after a place with nothing after it or a
participle ("faces EU ban", "EU ban confirmed") is the measure's noun
(``classifier_noun_verbs.py``); a market line after a comma, semicolon or dash leaves its
metals out (``classifier_market_tail.py``).

After: kind 1, 16 of 16 and 7 of 7; kind 2, 6 of 6 and 13 of 13; kind 3, 12 of 13 and 7 of 7;
kind 4, 12 of 12 and 6 of 6; kind 5, 13 of 13 and 6 of 6. Still wrong (``xfail``, strict): a
firm of no known country whose exports are "caught by" tariffs, read right by the rules and
vetoed by the learned event gate. A second batch of 17 (``FRESH``), fresh phrasings with near
misses written after the changes and labelled before the engine read them: 16 of 17 right the
first time (a firm's "plate exports", which name no metal, not read as its goods; then read:
the firm's name names the metal). A spot check after it found the firm's reading taking an
export measure on a firm's exports ("Glencore's cobalt exports face Congo export ban") for the
imposer's import measure; the firm's reading now leaves export measures to the exporter (a
case added above). Event gate retrained: threshold 0.100 unmoved;
``benchmarks/row_changes.py main``: 0 rows lost, 0 gained.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

#: (title, summary, want): kind 1, a leader known by role, title or country, not by name alone.
LEADER_ROLES: list[Any] = [
    (
        "President Boric says Chile will impose export tax on copper concentrate",
        "",
        ("tariff", "CL", "*", True, "copper", None),
    ),
    (
        "Chile's Boric says Chile will impose 3% export tax on lithium",
        "",
        ("tariff", "CL", "*", True, "lithium", 3),
    ),
    (
        "Indonesian president says Indonesia will halt copper concentrate exports",
        "",
        ("suspended", "ID", "*", True, "copper", None),
    ),
    (
        "Zambian President Hichilema says Zambia will ban raw copper exports",
        "",
        ("suspended", "ZM", "*", True, "copper", None),
    ),
    (
        "Philippine President Marcos says Manila will ban nickel ore exports",
        "",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    (
        "Kazakh President Tokayev says Kazakhstan will impose export licences on tungsten",
        "",
        ("licensing", "KZ", "*", True, "tungsten", None),
    ),
    (
        "Peru's president says Peru will raise export tax on zinc concentrate",
        "",
        ("tariff", "PE", "*", True, "zinc", None),
    ),
    (
        "Nigerian President Tinubu says Nigeria will ban raw lithium ore exports",
        "",
        ("suspended", "NG", "*", True, "lithium", None),
    ),
    (
        "Japanese prime minister says Japan will impose anti-dumping duties on Chinese steel",
        "",
        ("tariff", "CN", "JP", True, "steel", None),
    ),
    (
        "Malaysian PM Anwar says Malaysia will ban rare earth exports",
        "",
        ("suspended", "MY", "*", True, "rare-earths", None),
    ),
    (
        "South Korean President Lee says Seoul will impose duties on Chinese steel plate",
        "",
        ("tariff", "CN", "KR", True, "steel", None),
    ),
    (
        "PM Luxon: New Zealand will ban exports of scrap aluminium",
        "",
        ("suspended", "NZ", "*", True, "aluminium", None),
    ),
    (
        "Guinean junta leader Doumbouya says Guinea will suspend bauxite exports",
        "",
        ("suspended", "GN", "*", True, "bauxite", None),
    ),
    (
        "Vietnam's prime minister says Vietnam will impose safeguard duty on steel imports",
        "",
        ("tariff", "*", "VN", True, "steel", None),
    ),
    # decided: a start date, a ministry's word
    (
        "President Boric says Chile will impose copper export tax from January 1",
        "",
        ("tariff", "CL", "*", False, "copper", None),
    ),
    (
        "Zimbabwe's mines ministry says it will ban lithium ore exports",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    # near misses: no measure, a denial, talks
    ("Chile's Boric says copper prices will rise", "", None),
    ("Indonesian president says nickel smelters will expand", "", None),
    ("Philippine President Marcos says Manila will not ban nickel ore exports", "", None),
    ("Kazakh President Tokayev says Kazakhstan will boost tungsten output", "", None),
    ("Japanese prime minister says Japan will seek talks on US steel tariffs", "", None),
    ("Nigerian President Tinubu says lithium mining will create jobs", "", None),
    ("Peruvian president says Peru will open new copper mines", "", None),
]

#: (title, summary, want): kind 2, a leader's view of a measure in force.
LEADER_VIEWS: list[Any] = [
    ("Trump says steel tariffs are working", "", None),
    ("Modi defends export duty on iron ore", "", None),
    ("Xi: rare earth controls are lawful", "", None),
    ("Indonesian president defends nickel ore export ban", "", None),
    ("Prabowo praises nickel export ban as a success", "", None),
    ("President Lula calls US steel tariffs unfair", "", None),
    ("Carney says US aluminium tariffs are hurting Canada", "", None),
    ("Sheinbaum: Mexico's tariffs on Asian steel are justified", "", None),
    ("Trump hails copper tariffs as a huge success", "", None),
    ("Xi says gallium export controls comply with WTO rules", "", None),
    ("Erdogan defends Turkey's tariffs on Chinese steel", "", None),
    ("Hichilema says copper concentrate export ban has boosted local smelting", "", None),
    ("Zimbabwe's president says lithium ore export ban is paying off", "", None),
    # near misses: a leader who imposes, raises or plans a measure
    ("Trump raises steel tariffs to 50%", "", ("tariff", "*", "US", False, "steel", 50)),
    (
        "Trump says he will raise aluminium tariffs to 50%",
        "",
        ("tariff", "*", "US", True, "aluminium", 50),
    ),
    ("Prabowo bans bauxite exports", "", ("suspended", "ID", "*", False, "bauxite", None)),
    (
        "Carney says Canada will impose tariffs on US aluminium",
        "",
        ("tariff", "US", "CA", True, "aluminium", None),
    ),
    ("Trump doubles copper tariffs to 50%", "", ("tariff", "*", "US", False, "copper", 50)),
    (
        "Modi says India will impose export duty on iron ore",
        "",
        ("tariff", "IN", "*", True, "iron-ore", None),
    ),
]

#: (title, summary, want): kind 3, a company's exports or goods facing a measure.
FIRM_GOODS: list[Any] = [
    (
        "POSCO's steel exports hit by 50% US tariffs",
        "",
        ("tariff", "KR", "US", False, "steel", 50),
    ),
    (
        "Nornickel's palladium exports face EU ban",
        "",
        ("suspended", "RU", "EU", False, "palladium", None),
    ),
    (
        "Tata Steel's exports to EU hit by safeguard quota",
        "",
        ("quota", "IN", "EU", False, "steel", None),
    ),
    (
        "Hindalco's aluminium exports slapped with 25% US tariff",
        "",
        ("tariff", "IN", "US", False, "aluminium", 25),
    ),
    (
        "Codelco copper shipments face 50% US tariff",
        "",
        ("tariff", "CL", "US", False, "copper", 50),
    ),
    (
        "Nippon Steel's exports hit by Mexican anti-dumping duties",
        "",
        ("tariff", "JP", "MX", False, "steel", None),
    ),
    (
        "Rusal's aluminium barred by UK import ban",
        "",
        ("suspended", "RU", "GB", False, "aluminium", None),
    ),
    (
        "Hyundai Steel's shipments to US face 50% tariff",
        "",
        ("tariff", "KR", "US", False, "steel", 50),
    ),
    (
        "Chalco aluminium exports hit by Mexico's 25% duty",
        "",
        ("tariff", "CN", "MX", False, "aluminium", 25),
    ),
    (
        "Gerdau's steel shipments to US hit by 50% tariffs",
        "",
        ("tariff", "BR", "US", False, "steel", 50),
    ),
    (
        "Severstal's steel exports face new EU ban",
        "",
        ("suspended", "RU", "EU", False, "steel", None),
    ),
    (
        "Rio Tinto's aluminium shipments caught by US tariffs",
        "",
        ("tariff", "*", "US", False, "aluminium", None),
    ),
    (
        "Tsingshan's stainless steel exports hit by Indian anti-dumping duties",
        "",
        ("tariff", "CN", "IN", False, "steel", None),
    ),
    # an export measure on a firm's exports is the exporter's own (a check after the fresh
    # batch: the firm's reading first took Congo for the importer)
    (
        "Glencore's cobalt exports face Congo export ban",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    # near misses: a firm's own halt, its view, its figures
    ("POSCO halts steel exports to US", "", None),
    ("Tata Steel says EU safeguard quotas are unfair", "", None),
    ("Nornickel CEO says EU ban would hurt Europe", "", None),
    ("Hindalco's aluminium exports rise 20%", "", None),
    ("Vale's iron ore shipments fall on heavy rains", "", None),
    ("Nippon Steel's US deal faces tariff uncertainty", "", None),
    ("Rusal suspends alumina shipments from Australia", "", None),
]

#: (title, summary, want): kind 4, a topic before a colon.
TOPIC_COLON: list[Any] = [
    ("Russian steel: EU ban confirmed", "", ("suspended", "RU", "EU", False, "steel", None)),
    (
        "Chinese aluminium: US duties finalised",
        "",
        ("tariff", "CN", "US", False, "aluminium", None),
    ),
    ("Indonesia nickel: export ban extended", "", ("suspended", "ID", "*", False, "nickel", None)),
    (
        "Brazilian steel: Mexico imposes 35% tariff",
        "",
        ("tariff", "BR", "MX", False, "steel", 35),
    ),
    (
        "Vietnamese steel: US anti-dumping duties confirmed",
        "",
        ("tariff", "VN", "US", False, "steel", None),
    ),
    ("Congo cobalt: export ban lifted", "", ("resuming", "CD", "*", False, "cobalt", None)),
    (
        "Chinese graphite: Beijing tightens export licences",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Russian aluminium: UK bans imports",
        "",
        ("suspended", "RU", "GB", False, "aluminium", None),
    ),
    ("Korean steel: Canada sets import quota", "", ("quota", "KR", "CA", False, "steel", None)),
    (
        "Guinea bauxite: government halts exports",
        "",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
    ("Peruvian copper: export tax proposed", "", ("tariff", "PE", "*", True, "copper", None)),
    (
        "Canadian steel: US doubles tariff to 50%",
        "",
        ("tariff", "CA", "US", False, "steel", 50),
    ),
    # near misses: the topic's news is no measure
    ("Russian steel: output falls 5%", "", None),
    ("Chinese aluminium: exports hit record", "", None),
    ("Indonesia nickel: new smelter opens", "", None),
    ("Copper: prices climb on tariff fears", "", None),
    ("Chilean copper: Codelco output slips", "", None),
    ("Brazilian iron ore: Vale ships record volumes", "", None),
]

#: (title, summary, want): kind 5, a measure, then a market line after a comma.
MARKET_AFTER: list[Any] = [
    ("Peru raises copper export tax, zinc gains", "", ("tariff", "PE", "*", False, "copper", None)),
    (
        "China bans gallium exports; prices jump",
        "",
        ("suspended", "CN", "*", False, "gallium", None),
    ),
    (
        "Indonesia bans bauxite exports, aluminium climbs",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "US doubles steel tariffs to 50%, nickel slips",
        "",
        ("tariff", "*", "US", False, "steel", 50),
    ),
    (
        "Congo extends cobalt export ban, copper edges higher",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Zimbabwe halts lithium ore exports; nickel steady",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Canada imposes 25% tariff on Chinese steel, aluminium rallies",
        "",
        ("tariff", "CN", "CA", False, "steel", 25),
    ),
    (
        "China imposes export licences on antimony, tungsten jumps",
        "",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    (
        "India slaps 15% export duty on iron ore, steel shares fall",
        "",
        ("tariff", "IN", "*", False, "iron-ore", 15),
    ),
    (
        "Russia bans platinum exports to US, palladium surges",
        "",
        ("suspended", "RU", "US", False, "platinum", None),
    ),
    (
        "Philippines bans nickel ore exports, cobalt firms",
        "",
        ("suspended", "PH", "*", False, "nickel", None),
    ),
    (
        "EU lifts tariffs on US aluminium - copper unmoved",
        "",
        ("resuming", "US", "EU", False, "aluminium", None),
    ),
    (
        "Mexico raises tariff on Asian steel to 50%, zinc eases",
        "",
        ("tariff", "*", "MX", False, "steel", 50),
    ),
    # near misses: market lines only
    ("Copper gains, zinc slips on tariff worries", "", None),
    ("Gold hits record, silver follows", "", None),
    ("Zinc jumps on Peru mine strike, copper eases", "", None),
    ("Tin rallies, lead slips as Myanmar mine stays shut", "", None),
    ("Copper falls; traders eye US tariff decision", "", None),
    ("Nickel climbs on Indonesia export ban talk, copper flat", "", None),
]


#: (title, summary, want): the five kinds in fresh words, written after the changes.
FRESH: list[Any] = [
    (
        "Congolese president says Congo will halt cobalt exports to China",
        "",
        ("suspended", "CD", "CN", True, "cobalt", None),
    ),
    (
        "Bolivia's Arce says Bolivia will ban lithium exports",
        "",
        ("suspended", "BO", "*", True, "lithium", None),
    ),
    (
        "Polish prime minister says Poland will ban Russian steel imports",
        "",
        ("suspended", "RU", "PL", True, "steel", None),
    ),
    ("Mongolian president says copper output will double", "", None),
    ("Biden defends tariffs on Chinese aluminium", "", None),
    ("Indian PM says iron ore export duty has helped steelmakers", "", None),
    (
        "Mexican president says Mexico will raise steel tariffs",
        "",
        ("tariff", "*", "MX", True, "steel", None),
    ),
    (
        "Hyundai Steel's plate exports slapped with Canadian anti-dumping duties",
        "",
        ("tariff", "KR", "CA", False, "steel", None),
    ),
    (
        "Zijin's copper exports caught by new US tariffs",
        "",
        ("tariff", "CN", "US", False, "copper", None),
    ),
    (
        "Glencore's cobalt shipments face 50% US tariff",
        "",
        ("tariff", "*", "US", False, "cobalt", 50),
    ),
    ("Vale says iron ore shipments to China will rise", "", None),
    (
        "Indian steel: Vietnam imposes anti-dumping duty",
        "",
        ("tariff", "IN", "VN", False, "steel", None),
    ),
    ("Zambian copper: export duty scrapped", "", ("resuming", "ZM", "*", False, "copper", None)),
    ("Russian nickel: Nornickel output slips", "", None),
    (
        "Chile hikes lithium export levy; copper edges lower",
        "",
        ("tariff", "CL", "*", False, "lithium", None),
    ),
    (
        "US imposes 25% tariff on Canadian aluminium, zinc rises",
        "",
        ("tariff", "CA", "US", False, "aluminium", 25),
    ),
    ("Aluminium hits record, bauxite eases", "", None),
]


@headline_cases(LEADER_ROLES)
def test_a_leader_known_by_role(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(LEADER_VIEWS)
def test_a_leaders_view_of_a_measure_in_force(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FIRM_GOODS)
def test_a_companys_goods_facing_a_measure(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(TOPIC_COLON)
def test_a_topic_before_a_colon(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(MARKET_AFTER)
def test_a_market_line_after_the_measure(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_the_kinds_in_fresh_words(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
