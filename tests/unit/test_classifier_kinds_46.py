"""Missed measures told in market news, and one false event kept out (session 22), in made-up
phrasings. Each kind was a group of the studied sets' misses (the fifteenth blind set's February
2025 market stories above all).

1. A market title naming a government's measure as its move's cause ("Seoul shares mixed;
   steelmakers slide after Washington tariff hike") whose lede opens on the market alone and
   tells the act on the watched metal only in its second or third sentence: the lede is read
   from the act's sentence (``act_ledes`` in ``tui/engine/classifier_market_talk.py``).
2. A market move joined to its cause by "despite" ("Stocks rise despite Seoul's steel duty
   plan") or "as traders digest" ("Zinc futures edge lower as traders digest Ottawa surtax"):
   joiners of ``tui/engine/classifier_market_acts.py`` and ``classifier_market_ledes.py``,
   ``digest_market`` / ``digested_from`` in ``classifier_market_talk.py``.
3. A market title whose cause names the act on goods told as a class ("as Canberra readies
   duties on metal imports", "as Ottawa enacts new surtaxes"), its lede naming the metals: these
   already read right (kept as cases of the same framing).
4. A scraped summary's sentences run together ("... from China.The move also ends
   exemptions ..."), the run-on sentence's words overriding the act: split in ``sentences``
   (``tui/engine/classifier_spans.py``).
5. A wire's column after the title (" — Market Talk"), whose words ("market", "talk") the rules
   read as market talk: dropped with outlets' names (``tui/engine/classifier_surface.py``).
6. The lede's act names the moved metal as "the metal" or "the raw material": it falls on the
   metals that moved (``class_goods`` and ``on_moved`` in ``classifier_market_ledes.py``).
7. A price "holds near" or "hovers" as its market move (``MARKET_RE`` in
   ``tui/engine/classifier_rules_patterns.py``).
8. The act on "metal imports" under a named metal's move ("Copper, zinc stocks jump as
   Washington readies duties on metal imports"), no other watched metal in the lede
   (``_class_tie`` in ``classifier_market_acts.py``).
9. A false event the retrained gate no longer vetoed (gate2's rhh-146): a title naming a
   measure only for its effects ("tariff impact", "duty fallout", "ban toll") leaves its lede's
   measure a topic (``tui/engine/classifier_effect_nouns.py``).

Negative look-alikes stay no event: a mood about a possible measure, an act on another
market's goods, on goods that are no watched metal, traders digesting no measure, talks held,
a run-on sentence recalling an old release, a column on a mood.

First time, each on the engine before its change: kinds 1-3, 10 of 15 right (three of the
deep ledes and two of the joiners missed); kinds 4-5, 7 of 10 (two run-together, one column);
kinds 6-8, 6 of 11 (two "the metal", one "holds near", two "metal imports"); kind 9, 4 of 5
(the "fallout" case read an event). 27 of 41 in all. Three cases were reworded after their first
reading, each for a reason outside its kind: a run-together case named chrome (no watched
metal; as platinum it read right before the change), another's lede named its government only
as "the president" (kinds_30 keeps that market news; named "President Trump" it still failed
before the change), and the gallium case's destination ("to the United States" in the lede of a
title-read measure, a field the market title does not give) was left out.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): training on them lost three labelled rows.
"""

from __future__ import annotations

from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, the act deep in a market lede.
DEEP: list[tuple[str, str, Want]] = [
    (
        "Seoul shares mixed; steelmakers slide after Washington tariff hike",
        "South Korean shares were mixed on Tuesday. The KOSPI was flat while the KOSDAQ slipped"
        " 0.4%. Steelmakers fell after the United States raised tariffs on imported steel to 50%.",
        ("tariff", "*", "US", False),
    ),
    (
        "Rupee hits two-week low on New Delhi's fresh duties",
        "The Indian rupee weakened to a two-week low against the dollar on Wednesday. India"
        " raised import duties on gold and silver to 15% late on Tuesday, stoking worries over"
        " the trade deficit.",
        ("tariff", "*", "IN", False),
    ),
    (
        "Mining stocks slump after Jakarta export ban",
        "Australian mining stocks slumped on Monday as the benchmark index retreated 1.2%."
        " Nickel producers led the losses after Indonesia banned exports of nickel ore.",
        ("suspended", "ID", "*", False),
    ),
    (
        "European stocks steady; aluminium makers gain after Brussels duty threat",
        "European shares were steady in early trade. Miners were flat. Aluminium makers rose"
        " after the European Commission said it plans to impose anti-dumping duties on Chinese"
        " aluminium.",
        ("tariff", "CN", "EU", True),
    ),
    # negative look-alikes: a mood, another market's goods
    (
        "Asian shares mixed; copper slips on tariff worries",
        "Asian shares were mixed on Tuesday. Copper prices slipped. Investors worry that the"
        " United States could raise tariffs on copper imports.",
        None,
    ),
    (
        "Gold steadies after Trump tariff hike",
        "Gold prices were steady on Monday. The metal had rallied last week. Trump raised"
        " tariffs on steel imports to 50% on Friday.",
        None,
    ),
]

#: (title, summary, want): kind 2, a cause joined by "despite" or "as traders digest".
JOINED: list[tuple[str, str, Want]] = [
    (
        "Stocks rise despite Seoul's steel duty plan",
        "Stocks in Seoul rose on Monday despite South Korea announcing plans to impose 20%"
        " anti-dumping duties on Chinese steel plates.",
        ("tariff", "CN", "KR", True),
    ),
    (
        "Nickel climbs despite Manila's ore export ban",
        "Nickel prices climbed on the LME on Wednesday despite the Philippines banning exports"
        " of nickel ore.",
        ("suspended", "PH", "*", False),
    ),
    (
        "Zinc futures edge lower as traders digest Ottawa surtax",
        "Zinc futures edged lower on Thursday as traders digested Canada's decision to impose a"
        " 25% surtax on zinc imports from China.",
        ("tariff", "CN", "CA", False),
    ),
    # negative look-alikes: a mood after "despite", traders digesting no measure
    (
        "Stocks rise despite tariff fears",
        "Stocks rose on Monday despite fears that Washington could raise tariffs on aluminium.",
        None,
    ),
    (
        "Gold edges higher as traders digest Fed minutes",
        "Gold edged higher on Thursday as traders digested minutes of the Federal Reserve's"
        " latest meeting.",
        None,
    ),
]

#: (title, summary, want): kind 3, the act on goods told only as a class in the title.
CLASS: list[tuple[str, str, Want]] = [
    (
        "Nickel, zinc miners rally as Canberra readies duties on metal imports",
        "Shares of nickel and zinc miners rallied on Tuesday after Australia said it would"
        " impose duties on nickel and zinc imports from Indonesia.",
        ("tariff", "ID", "AU", True),
    ),
    (
        "Futures slip as Ottawa enacts new surtaxes",
        "Canadian stock futures slipped on Wednesday after Ottawa imposed a 25% surtax on"
        " steel and aluminium imports from China.",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Peso weakens as Mexico implements new duties",
        "The Mexican peso weakened on Thursday after Mexico imposed duties of 35% on steel"
        " imports from China.",
        ("tariff", "CN", "MX", False),
    ),
    # negative look-alikes: the act on goods that are no watched metal
    (
        "Futures slip as Ottawa enacts new surtaxes",
        "Canadian stock futures slipped on Wednesday after Ottawa imposed surtaxes on Chinese"
        " electric vehicles. Copper prices were flat.",
        None,
    ),
]

#: (title, summary, want): kind 4, a summary's sentences run together with no space.
RUN_TOGETHER: list[tuple[str, str, Want]] = [
    (
        "Futures slip as Ottawa enacts new surtaxes",
        "Canadian stock futures slipped on Wednesday after Ottawa imposed a 25% surtax on steel"
        " imports from China.The move also ends exemptions for some suppliers.",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Brussels acts on Chinese aluminium foil",
        "The European Commission imposed anti-dumping duties on aluminium foil from China.Importers"
        " had asked for the cancellation of existing quotas.",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Rand weakens as Pretoria tightens platinum policy",
        "The rand weakened on Friday after South Africa imposed an export tax on platinum"
        " concentrate.Traders said the waiver for local smelters would be lifted.",
        ("tariff", "ZA", "*", False),
    ),
    (
        "Stocks dip as Washington signs new tariffs",
        "Stock futures dipped on Tuesday after President Trump signed an order imposing a 25%"
        " tariff on copper imports.The order also cancels the exemptions granted to some"
        " suppliers.",
        ("tariff", "*", "US", False),
    ),
    (
        "Manila bans nickel ore exports",
        "The Philippines banned exports of nickel ore on Monday.The suspension of licences for"
        " two miners was lifted.",
        ("suspended", "PH", "*", False),
    ),
    # negative look-alike: a market story whose run-on sentence recalls an old release
    (
        "Copper steady as traders await data",
        "Copper was steady on Monday.Traders said a ban on exports had been lifted last year.",
        None,
    ),
]

#: (title, summary, want): kind 5, a wire's column named after the title.
COLUMN: list[tuple[str, str, Want]] = [
    (
        "Zinc Rises After Ottawa Tariff Threat \u2014 Market Talk",
        "Zinc prices rose in Asian trade after Canada threatened to impose tariffs on zinc"
        " imports from China.",
        ("tariff", "CN", "CA", True),
    ),
    (
        "Asian Shares Mixed; Nickel Miners Jump After Jakarta Ore Export Ban \u2014 Market Talk",
        "Asian shares are mixed in early trade. Nickel miners rallied after Indonesia banned"
        " exports of nickel ore.",
        ("suspended", "ID", "*", False),
    ),
    (
        "Cobalt Firms as Kinshasa Extends Export Halt -- Market Talk",
        "Cobalt prices firmed after Congo extended its suspension of cobalt exports by three"
        " months.",
        ("suspended", "CD", "*", False),
    ),
    # negative look-alike: a market column on a mood
    (
        "Gold Steady as Traders Eye Fed \u2014 Market Talk",
        "Gold was steady as traders weighed the Fed's next move and tariff worries.",
        None,
    ),
]

#: (title, summary, want): kind 6, the lede's act names the moved metal as "the metal".
ANAPHOR: list[tuple[str, str, Want]] = [
    (
        "Tin prices slip as Naypyidaw tightens export rules",
        "Tin prices eased in Shanghai after Myanmar imposed export permits on shipments of the"
        " metal.",
        ("licensing", "MM", "*", False),
    ),
    (
        "Lithium prices jump after Harare export ban",
        "Lithium prices jumped after Zimbabwe banned exports of the raw material in unprocessed"
        " form.",
        ("suspended", "ZW", "*", False),
    ),
    (
        "Gallium jumps after Beijing export ban",
        "Gallium prices jumped after China banned exports of the metal.",
        ("suspended", "CN", "*", False),
    ),
    # negative look-alike: talks on a measure, not the measure
    (
        "Nickel falls after Jakarta export talks",
        "Nickel prices fell after Indonesia held talks on curbing exports of the metal.",
        None,
    ),
]

#: (title, summary, want): kind 7, a price holding or hovering as its market move.
HOLDS: list[tuple[str, str, Want]] = [
    (
        "Aluminium holds near $2,600 after Ottawa surtax",
        "Aluminium hovered near $2,600 a tonne as Canada imposed a 25% surtax on aluminium"
        " imports from China.",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Nickel holds steady after Jakarta ore export ban",
        "Nickel held steady on the LME after Indonesia banned exports of nickel ore.",
        ("suspended", "ID", "*", False),
    ),
    # negative look-alikes: a mood, talks held
    (
        "Gold holds near record on tariff fears",
        "Gold held near a record as fears of new U.S. tariffs lifted haven demand.",
        None,
    ),
    (
        "China holds talks with EU on rare earth export rules",
        "Chinese officials held talks with EU counterparts on Tuesday about export licences for"
        " rare earths.",
        None,
    ),
]

#: (title, summary, want): kind 8, the act on "metal imports" under a metal's market move.
METAL_CLASS: list[tuple[str, str, Want]] = [
    (
        "Copper, zinc stocks jump as Washington readies duties on metal imports",
        "Copper and zinc miners jumped on Tuesday after the United States said it would impose"
        " duties on metal imports.",
        ("tariff", "*", "US", True),
    ),
    (
        "Steel shares climb as Ottawa plans surtax on metal imports",
        "Canadian steel shares climbed after Canada said it plans a 25% surtax on metal imports"
        " from China.",
        ("tariff", "CN", "CA", True),
    ),
    # negative look-alike: the act on other goods
    (
        "Copper stocks jump as Washington readies duties on car imports",
        "Copper miners jumped after the United States said it would impose duties on car imports.",
        None,
    ),
]

#: (title, summary, want): kind 9 (a false event the retrained gate no longer vetoed), a title
#: naming a measure only for its effects ("tariff impact") whose lede tells the measure.
EFFECTS: list[tuple[str, str, Want]] = [
    (
        "Minister fears steel tariff impact on exporters",
        "The 25% tariff on steel imports from Brazil took effect on Monday, the minister said,"
        " warning of job losses.",
        None,
    ),
    (
        "Miners assess copper export duty fallout",
        "Chile imposed a 5% export duty on copper concentrate last month; miners said output"
        " plans were under review.",
        None,
    ),
    (
        "Smelters count nickel ban toll",
        "Indonesia banned exports of nickel ore in January, and smelters abroad say they have"
        " lost supply.",
        None,
    ),
    # look-alikes that stay measures: the title's own act, its effect word elsewhere
    (
        "Seoul imposes duties on Chinese steel to curb dumping impact",
        "South Korea imposed anti-dumping duties of up to 30% on steel plates from China.",
        ("tariff", "CN", "KR", False),
    ),
    (
        "Tariff hit: US raises duties on aluminium imports to 50%",
        "The United States raised tariffs on aluminium imports to 50% on Wednesday.",
        ("tariff", "*", "US", False),
    ),
]


@headline_cases(DEEP)
def test_the_act_deep_in_a_market_lede(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(JOINED)
def test_a_cause_joined_by_despite_or_digest(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(CLASS)
def test_an_act_on_goods_told_as_a_class(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(RUN_TOGETHER)
def test_sentences_run_together(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(COLUMN)
def test_a_wire_column_after_the_title(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ANAPHOR)
def test_the_metal_named_as_the_metal(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(HOLDS)
def test_a_price_holding_is_a_market_move(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(METAL_CLASS)
def test_an_act_on_metal_imports(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(EFFECTS)
def test_a_measure_named_for_its_effects(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
