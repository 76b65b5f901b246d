"""False events of the seventeenth blind set's kinds: procedure, guides and roles read as
measures (session 23, issue #16).

Headlines that report no new trade measure but name one:

1. A trade-remedy determination named with its measure as a modifier ("Bahrain: Final
   Affirmative Countervailing Duty Determination", the Federal Register's form): an agency's
   finding, a step of the case, as the labelled sets read it (the order that follows, "...:
   Countervailing Duty Order", stays a ``tariff``). Read by ``tui/engine/classifier_measure_noun.py``
   (``determination`` heads the phrase, not the duty).
2. Coordinated trade-remedy words heading an investigation and its procedure ("Institution of
   Antidumping and Countervailing Duty Investigations and Scheduling of Preliminary Phase
   Investigations"): a case opened, not a measure; a list that names orders ("Investigations,
   Orders, or Reviews") still names a measure. Read by ``tui/engine/classifier_measure_noun.py``.
3. An investment guide on a measure ("Expected Tariffs May Impact Domestic Companies: Here's A
   List Of Metal ETFs That Could Be Affected", "five stocks to watch"): which shares to trade,
   not news of the measure. Read by ``tui/engine/classifier_guides.py``.

4. A place or firm described by its role in a measure ("Irish alumina refinery is Russian
   Trojan Horse in EU sanctions", "China Is at the Heart of Trump Tariffs on Steel"): a copula,
   a role and a preposition tie the subject to the measure; goods named under a new measure
   ("Copper is included in new US tariffs") stay events. Read by
   ``tui/engine/classifier_described.py``; a release verb before a copula is a noun ("Canadian
   scrap is ...", ``tui/engine/classifier_findings.py``).
5. A measure cited as the premise of a comment in the lede of a title that names none ("Noting
   Trump's orders imposing 25 percent tariffs on all steel and aluminum imports, The Journal
   said ..."): an opening "noting", "citing", "recalling", "pointing to" clause before the
   comma. Read by ``tui/engine/classifier_premises.py`` (from
   ``tui/engine/classifier_market_ledes.py``); a measure in the main clause stays an event.

First time, labels written before any engine was run on them: on the engine before the change,
7 of the 20 cases of the first three lists read right (2 of 8 determinations, the two orders; 1
of 5 investigations, the orders; 4 of 7 guides, two of them only because the learned gate
vetoed them, the rules alone read 2 of 7), and 6 of the 8 of the fourth (``ROLES``, written
after the first three were fixed: most roles were already vetoed by other rules, some by
accident, e.g. "Malaysia was the back door ..." as "another's step backed"; "Vietnam Is at the
Centre of US Tariffs" and "Canadian scrap is the missing piece ..." were read as measures). One
label was changed after the first run: "Three lithium stocks to buy before Chile's export tax
takes effect", labelled no event, is a ``tariff``: the labelled sets read news told in a clause
after the offer (blind14's "Stocks to watch as copper comes in Trump's tariff crosshairs" is a
proposed tariff), and the guide rule follows them. The second batch (``SECOND``), written after
the change and before any engine was run on it, read 6 of 6 right after the change (4 of 6
before it). The fifth list (``PREMISES``), written after the fourth was fixed, read 5 of its
first 5 right before the change (a measure told as a noun in a premise was already left alone);
three more, with the measure told by a verb, were added before the rule, one of them run once
before it (read wrong, ``licensing``), the other two read right on the engine before the change
too: 7 of 8 before, 8 of 8 after. On the labelled sets: +10 rows, 0 lost (blind17 rho-053, -068,
-069, -072, -086, -107, -109, -152; gate3 rhs-144; blind14 rhy-017 through the gate retrained).

These cases are kept out of ``CASES`` (which the learned event gate trains on): they test the
rules' reading.
"""

from __future__ import annotations

from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

_CVD = "The U.S. Department of Commerce (Commerce) determines that countervailable subsidies "

#: (title, summary, want): kind 1, a determination named after its measure, and orders that stay.
DETERMINATIONS: list[tuple[str, str, Want]] = [
    (
        "Certain Steel Wire Hangers From Vietnam: Final Affirmative Countervailing Duty "
        "Determination",
        _CVD + "are being provided to producers and exporters of steel wire hangers from Vietnam.",
        None,
    ),
    (
        "Aluminum Foil From Thailand: Preliminary Affirmative Antidumping Duty Determination",
        "The Department of Commerce preliminarily determines that aluminum foil from Thailand is "
        "being, or is likely to be, sold in the United States at less than fair value.",
        None,
    ),
    ("Seamless Copper Pipe From Korea: Final Negative Countervailing Duty Determination", "", None),
    (
        "Stainless Steel Flanges From India and China: Preliminary Countervailing Duty "
        "Determinations",
        _CVD + "are being provided to producers and exporters of stainless steel flanges.",
        None,
    ),
    ("Zinc Sheet From Brazil: Final Affirmative Antidumping Duty Determination", "", None),
    (
        "Commerce issues preliminary countervailing duty determinations on Canadian steel wire",
        "",
        None,
    ),
    # the orders stay measures
    (
        "Certain Steel Wire Hangers From Vietnam: Countervailing Duty Order",
        "Based on affirmative final determinations by the U.S. Department of Commerce and the "
        "U.S. International Trade Commission, Commerce is issuing a countervailing duty order "
        "on steel wire hangers from Vietnam.",
        ("tariff", "VN", "US", False),
    ),
    (
        "Aluminum Foil From Thailand: Amended Final Antidumping Duty Determination and "
        "Antidumping Duty Order",
        "Based on affirmative final determinations by the U.S. Department of Commerce and the "
        "U.S. International Trade Commission, Commerce is issuing an antidumping duty order on "
        "aluminum foil from Thailand.",
        ("tariff", "TH", "US", False),
    ),
]

_ITC = "The Commission hereby gives notice of the institution of investigations and "

#: (title, summary, want): kind 2, coordinated remedy words heading an investigation and its
#: procedure, and a list naming orders that stays a measure.
INSTITUTIONS: list[tuple[str, str, Want]] = [
    (
        "Steel Wheels From Mexico; Institution of Antidumping and Countervailing Duty "
        "Investigations and Scheduling of Preliminary Phase Investigations",
        _ITC + "commencement of preliminary phase antidumping and countervailing duty "
        "investigations regarding imports of steel wheels from Mexico.",
        None,
    ),
    (
        "Copper Foil From China: Antidumping and Countervailing Duty Investigations and "
        "Scheduling of Final Phase Investigations",
        "",
        None,
    ),
    (
        "Nickel Alloy Bar From Japan and Korea; Institution of Anti-Dumping and Countervailing "
        "Duty Investigations, and Scheduling of Hearings",
        "",
        None,
    ),
    (
        "Aluminum Extrusions From Vietnam: Antidumping and Countervailing Duty Investigations "
        "and Postponement of Preliminary Determinations",
        "",
        None,
    ),
    # orders named in the list stay measures
    (
        "Steel Nails From Oman: Antidumping and Countervailing Duty Orders",
        "Based on affirmative final determinations by the U.S. Department of Commerce and the "
        "U.S. International Trade Commission, Commerce is issuing antidumping and "
        "countervailing duty orders on steel nails from Oman.",
        ("tariff", "OM", "US", False),
    ),
]

#: (title, summary, want): kind 3, an investment guide on a measure, and news that stays.
GUIDES: list[tuple[str, str, Want]] = [
    ("Trump's Copper Tariffs Could Lift These Miners: Here Are 5 Stocks To Watch", "", None),
    ("Steel tariffs are coming: here's a list of ETFs that could be affected", "", None),
    (
        "Expected Aluminium Duties May Hit Canadian Smelters - Five Stocks Investors Should Know",
        "",
        None,
    ),
    ("Indonesia's nickel export ban: 3 ETFs that could benefit", "", None),
    # labelled no event before the first run; the labelled sets read news told in a clause
    # after the offer (blind14's "Stocks to watch as copper comes in Trump's tariff
    # crosshairs": a proposed tariff), so the label follows them
    (
        "Three lithium stocks to buy before Chile's export tax takes effect",
        "",
        ("tariff", "CL", "*", False),
    ),
    (
        "Silver Export Curbs By China: Here Are The Stocks That Could Gain",
        "China will require licences for silver exports. Investors can consider these names.",
        None,
    ),
    # news of the measure stays one
    (
        "Trump imposes 25% tariffs on steel imports, steelmakers' shares jump",
        "",
        ("tariff", "*", "US", False),
    ),
]

#: (title, summary, want): a second batch of all three kinds, written after the change and
#: before any engine was run on it.
SECOND: list[tuple[str, str, Want]] = [
    ("ETFs to watch as Indonesia bans nickel ore exports", "", ("suspended", "ID", "*", False)),
    (
        "Affirmative Final Determination in Countervailing Duty Investigation of Steel Rebar "
        "From Algeria",
        "",
        None,
    ),
    (
        "Tin Mill Products From Canada: Final Affirmative Antidumping Duty Determinations and "
        "Postponement of Final Injury Determination",
        "",
        None,
    ),
    ("Here are four copper miners' shares that could gain from US tariffs", "", None),
    (
        "Cobalt Powder From China: Antidumping Duty Order",
        "Based on affirmative final determinations by the U.S. Department of Commerce and the "
        "U.S. International Trade Commission, Commerce is issuing an antidumping duty order on "
        "cobalt powder from China.",
        ("tariff", "CN", "US", False),
    ),
    (
        "Zinc Wire From Korea; Institution of Countervailing and Antidumping Duty Investigations "
        "and Scheduling of Preliminary Phase Investigations",
        "",
        None,
    ),
]

#: (title, summary, want): kind 4, a place or firm described by its role in a measure, and
#: goods named under a new measure that stay events.
ROLES: list[tuple[str, str, Want]] = [
    ("Kazakh smelter is the weak link in Western sanctions on Russian aluminium", "", None),
    ("Vietnam Is at the Centre of US Tariffs on Chinese Steel", "", None),
    ("Dubai refiners are the loophole in G7 gold sanctions", "", None),
    ("Malaysia was the back door in Trump's first-term aluminium tariffs", "", None),
    ("Canadian scrap is the missing piece of the EU steel safeguard", "", None),
    ("Thai Copper Plant Is Chinese Shortcut Around US Duties", "", None),
    # goods named under a new measure stay events
    ("Copper is included in new US tariffs on Chinese goods", "", ("tariff", "CN", "US", False)),
    (
        "Steel is among goods hit by new Mexican tariffs on Chinese imports",
        "",
        ("tariff", "CN", "MX", False),
    ),
]

#: (title, summary, want): kind 5, a measure cited as the premise of a comment in the lede of a
#: title that names none, and measures told in the main clause that stay events.
PREMISES: list[tuple[str, str, Want]] = [
    (
        "Financial Times: Beijing is overplaying its hand",
        "The FT's editorial board warns China risks a backlash from its trading partners. "
        "Citing Beijing's export controls on gallium and germanium, the paper said rivals would "
        "speed up their own mining.",
        None,
    ),
    (
        "Bloomberg Opinion: Ottawa picked the wrong fight",
        "A columnist argues Canada is making a mistake on trade. Pointing to the 25% surtax on "
        "Chinese steel imports, she said Ottawa had chosen the wrong battle.",
        None,
    ),
    (
        "Economist: Jakarta's gamble is paying off, for now",
        "The magazine says Indonesia's industrial policy has drawn smelter investment. Noting "
        "the ban on nickel ore exports imposed in 2020, it said the country now refines most of "
        "its ore.",
        None,
    ),
    # a measure told by a verb in the premise (written after the five above read right on the
    # engine before the change; the first of them was run once before the change, read wrong)
    (
        "Financial Times: Beijing is overplaying its hand",
        "The FT's editorial board warns China risks a backlash from its trading partners. "
        "Citing Beijing's orders restricting gallium exports, the paper said rivals would speed "
        "up their own mining.",
        None,
    ),
    (
        "Bloomberg Opinion: Ottawa picked the wrong fight",
        "A columnist argues Canada is making a mistake on trade. Pointing to Ottawa's decision "
        "to impose a 25% surtax on Chinese steel, she said the government had chosen the wrong "
        "battle.",
        None,
    ),
    (
        "Economist: Jakarta's gamble is paying off, for now",
        "The magazine says Indonesia's industrial policy has drawn smelter investment. Recalling "
        "Jakarta's move banning nickel ore exports in 2020, it said the country now refines most "
        "of its ore.",
        None,
    ),
    # measures told in the main clause stay events
    (
        "Canada acts on Chinese steel",
        "Ottawa imposed a 25% surtax on Chinese steel imports on Tuesday. Citing overcapacity, "
        "the finance minister said the measure would protect jobs.",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Citing national security, Washington doubles tariffs on aluminium imports",
        "",
        ("tariff", "*", "US", False),
    ),
]


@headline_cases(DETERMINATIONS)
def test_a_determination_is_a_step_of_the_case(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(INSTITUTIONS)
def test_investigations_and_their_procedure_are_no_measure(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)


@headline_cases(GUIDES)
def test_an_investment_guide_is_no_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SECOND)
def test_the_second_batch(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ROLES)
def test_a_role_in_a_measure_is_no_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(PREMISES)
def test_a_measure_cited_as_a_premise_is_no_news(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
