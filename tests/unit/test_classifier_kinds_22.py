"""News that names a measure without reporting one, in made-up phrasings (session 16, the kinds of
the false events left by leave-one-set-out), aimed at causes, never at a headline's words.

A measure named as a bare noun, then what it will do to prices, an industry, a market or a place
("levy could lift can prices", "duties may hurt battery makers", "tariffs to hit Ontario hard",
"hardest hit by US copper tariffs"): a forecast of its effects (read before as the measure). A
measure imposed by a verb for a purpose ("raises export duty to boost local smelting") is still
the news; so is what a ban could do to supply (kinds 13).

A country's stance on a measure another place owns ("Brazil assesses US steel tariffs", "Korea
remains calm over Washington's duties", "Vietnam weighs EU steel quotas"): a reaction (read before
as the measure, or as the country's own plan). The country weighing a measure of its own, or
answering another's with its own duties, is still the news.

Measures counted across countries or told as a spreading trend ("more than 30 countries
restrict scrap exports", "export bans are spreading"): a survey, no one government's act. A
duty on goods "from five countries" names its targets, not a survey.

A licence to mine is a mining right, not a trade licence; a mood or a verdict on a measure
before it ("disappointed by", "applaud", "blame ... for", "on edge over", "pledges support for",
"comment on"): a reaction.

A metal's price move after tariffs that name no metal ("Zinc falls as Beijing raises tariffs",
"after US pauses tariffs", "gold closes higher with ...", "nickel market reels from ..."): market
news on tariffs on other goods (read before as a tariff on the metal, or its release). Tariffs
named on the metal or on a flow, or an industry's shares moving as its country's tariffs
change, are read as before. And "a full guide" is a guide as "a guide" is.

A measure named as a topic, then a question, with a publisher's name after it ("...: boom or
bust? - Some Law Firm LLP"), is the debate it is without the tail; "FAQ:" tags an explainer as
"Q&A:" does; a vow or a preparation to answer another's measure ("vows to retaliate against US
tariffs") tells no answer yet (the answer told, "retaliates ... with 25% duties", is the news).
A measure named as a bare noun (a "tariff hike" too) that "threatens" or "spells" a harm to
people (jobs, livelihoods, a crisis) is a forecast; one that threatens an industry is read as
before (the blind sets label "tariff blow threatens Swiss refiners" the measure). A measure
named as a bare noun and joined to another topic ("nickel duties and Indonesian jobs", "zinc
levies, price swings and what comes next") in a title where nobody acts is a column's topic
list; two measures, or a measure and its terms ("tariffs, no exemptions"), are read as before.
A rule on an activity at home (speculative trading, futures speculation, smelter emissions,
invoices, output) in a title naming no flow across a border is no trade measure; a measure on
imports or exports for such an aim is. How others fared under a measure ("thrived under"), its
effects told after a colon ("levy: a windfall for rivals"), what others are to gain with the
measure in a later clause ("to benefit from cheaper ore after ... tax cut"; "likely to benefit
from potential US tariffs" tells the tariffs, as a labelled set reads it), and a measure
requested or pressed for by a clause whose subject is no place (a firm, a lobby, a ministry's
arm) report no measure.

First time, before any rule changed: 35 of 63 right (the seventeen controls, and eighteen of the
forty-six non-measures that older rules or the gate already refused); now 63 of 63.
"""

from __future__ import annotations

from kinds_cases import check_kind, headline_cases

CASES: list[object] = [
    # --- what a measure will do to prices, an industry, a market or a place ----------------------
    ("Proposed aluminium import levy could lift can prices, analysts say", "", None),
    ("Copper tariffs set to raise wiring prices", "", None),
    ("New nickel duties may hurt battery makers", "", None),
    ("US steel tariffs to hit Ontario hard", "", None),
    ("Zinc levies add to market uncertainty", "", None),
    ("EU aluminium duties likely to dent German car industry", "", None),
    ("Chile hardest hit by US copper tariffs", "", None),
    # ... while a measure imposed for a purpose is the news
    ("Peru raises copper export duty to boost local smelting", "", ("tariff", "PE", "*", False)),
    ("Mexico imposes steel tariffs to protect its industry", "", ("tariff", "*", "MX", False)),
    # --- a country's stance on another's measure -------------------------------------------------
    ("Brazil assesses US steel tariffs", "", None),
    ("Korea remains calm over Washington's aluminium duties", "", None),
    ("Vietnam weighs EU steel quotas, seeks talks", "", None),
    ("Australian miners concerned over Chinese copper export curbs", "", None),
    # ... while its own plan, or its answer with its own duties, is the news
    ("India weighs steel tariffs on Chinese imports", "", ("tariff", "CN", "IN", True)),
    (
        "Canada hits back at US steel tariffs with duties on American goods",
        "",
        ("tariff", "US", "CA", False),
    ),
    # --- measures counted across countries, or a trend ------------------------------------------
    ("Dozens of countries now restrict steel scrap exports", "", None),
    ("More than 30 countries restrict copper scrap exports", "", None),
    ("Nickel export bans are spreading across the developing world", "", None),
    # ... while a duty on goods from several countries is one government's act
    ("EU imposes duties on steel from five countries", "", ("tariff", "*", "EU", False)),
    # --- a licence to mine; a mood or a verdict on a measure -----------------------------------
    ("Zambia grants miner licence to mine cobalt", "", None),
    ("Steelmakers disappointed by EU safeguard quota changes", "", None),
    ("Aluminium users applaud Canada's surtax on Chinese aluminium", "", None),
    ("Miners blame Jakarta for nickel export ban fallout", "", None),
    ("Exporters on edge over new Indian copper duty", "", None),
    ("Steel group pledges support for Ottawa's steel tariffs", "", None),
    # --- a metal's price move after tariffs that name no metal; a guide ------------------------
    ("Nickel edges up after Washington delays tariffs", "", None),
    ("Zinc falls as Beijing raises tariffs", "", None),
    ("Silver slips after US pauses tariffs for 90 days", "", None),
    ("Copper Export Permits in Peru: A Full Guide", "", None),
    ("Gold closes higher with Washington set to raise tariffs", "", None),
    ("Nickel market reels from tariff shock", "", None),
    # ... while tariffs on the metal, or an industry's shares moving on its tariffs, are news
    ("Copper jumps as Trump imposes tariffs on copper imports", "", ("tariff", "*", "US", False)),
    ("Aluminium stocks rally as Ottawa doubles tariffs", "", ("tariff", "*", "CA", False)),
    ("Copper advances as Chile raises export tax", "", ("tariff", "CL", "*", False)),
    ("Gold closes higher as India hikes import duty on gold", "", ("tariff", "*", "IN", False)),
    # --- a debate with a publisher after its question; a FAQ; a vowed answer -------------------
    ("Copper export duties: who pays, and who gains? - Mining Weekly", "", None),
    ("The Return of Nickel Quotas: Boom or Bust? - Some Law Firm LLP", "", None),
    ("FAQ: Indian Gold Import Duties", "", None),
    ("Canada vows to retaliate against US aluminium tariffs", "", None),
    ("Mexico prepares to counter US steel duties with own levies", "", None),
    # ... while the answer told, or a measure readied against imports, is the news
    (
        "Canada retaliates against US aluminium tariffs with 25% duties",
        "",
        ("tariff", "US", "CA", False),
    ),
    ("Ottawa readies steel quotas to counter Chinese imports", "", ("quota", "CN", "CA", True)),
    # --- a harm foretold ------------------------------------------------------------------------
    ("Zambia's copper export levy threatens thousands of mining jobs", "", None),
    ("Nickel ore ban spells 'economic disaster' for smelting towns", "", None),
    # ... while a measure imposed by a verb, its harm told beside it, is the news
    ("Zambia raises copper export levy, threatening jobs", "", ("tariff", "ZM", "*", False)),
    # --- a measure listed beside other topics, nothing done --------------------------------------
    ("Nickel duties and Indonesian jobs revisited", "", None),
    ("Zinc levies, price swings and what comes next", "", None),
    ("Cobalt export quotas and the future of battery supply", "", None),
    # ... while two measures acted on, or a measure and its terms, are the news
    ("EU extends steel tariffs and quotas on Chinese imports", "", ("quota", "CN", "EU", False)),
    ("Washington doubles aluminium tariffs, no exemptions", "", ("tariff", "*", "US", False)),
    # --- a rule on an activity at home ----------------------------------------------------------
    ("Peru weighs curbs on speculative copper trading", "", None),
    ("China tightens limits on gold futures speculation", "", None),
    ("Chile sets quotas on copper smelter emissions", "", None),
    # ... while a measure on a flow across the border, whatever its aim, is the news
    ("India curbs gold imports to cool speculative buying", "", ("licensing", "*", "IN", False)),
    (
        "Indonesia restricts nickel ore exports to lift smelter output",
        "",
        ("licensing", "ID", "*", False),
    ),
    # --- how others fared under a measure; its effects after a colon; a call by no government ---
    ("Copper smelters have struggled under Zambia's export tax", "", None),
    ("Battery makers thrived under Indonesian nickel ore ban", "", None),
    ("Chile's copper export levy: a windfall for rival producers", "", None),
    ("Aluminium maker to request anti-dumping duties on Chinese foil", "", None),
    ("Steel lobby presses for 25% import duty", "", None),
    ("Smelters to benefit from cheaper ore after Zambia's copper export tax cut", "", None),
    ("Copper refiners set to gain as Peru's zinc levy bites", "", None),
    # ... while a government pressing for its own measure is read as before
    ("Canada presses for steel quotas on Chinese imports", "", ("quota", "CN", "CA", False)),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: tuple[str, str, str, bool] | None) -> None:
    check_kind(title, summary, want)
