"""Kinds from the misses of the fifth wire's odd rows (``tests/data/real_wire5/``, its odd rows
studied from session 38, its even rows unseen): made-up headlines per kind, in other words,
countries, firms and metals than the wire's rows, with near misses that must not change, each
checked on every field the exact score counts (``tests/unit/kinds_exact.py``). Labels were
written and committed before the engine read them.

The odd half's four misses, by kind: a firm's owners voting to approve its sale ("shareholders
... voted to approve the company's sale to ..."), read as a release of the metal; a title's
generic "metals" measure that names one metal, its lede naming the others ("ends metals tariff
exemptions, lifts aluminum rate to 25%", steel only in the lede), read with the title's metal
alone; a government shutting its market to a country's metal ("shuts market to Russian ...
steel products"), missed; and a lede's "up to 10%" read as the rate, where the wire's label
gives none: README.md ("up to 50%" for a ceiling) and docs/STATUSES.md read a ceiling as the
rate, so that row's label is at odds with the documented convention and no case is written.

First reading, on the engine before the change (main's rules at 6da6620, the gate as then
retrained with the odd half; labels committed before the run, efa6763): 17 of 26 against the labels as committed; three labels were then put right to the
tests' watch list (``test_classifier.METALS``: "bauxite" is its own metal, "alumina" names none;
f71105c), against which the first reading is 20 of 26: owners approving a sale 5 of 7 (the two
missed read as a release, "approve + sale -> resuming"), measures approved 2 of 2, a title's
"metals" measure 5 of 6 ("scraps metals surtax exemptions, raises steel rate" whose lede names
aluminium in its own clause read with steel alone), the lede's other metals kept out 2 of 2, a
market shut 3 of 6 (two told only in the lede read; three told in the title alone, "shuts market
to Belarusian steel products", no event) and near misses 3 of 3.

Changed (``tui/engine/``): ``classifier_owners_vote`` (new: a restart finding whose verb has a
firm's owners for subject, "shareholders voted to approve the company's sale", is a company's
deal; read by ``classifier_near_news``); ``classifier_market_shut`` (new: "shuts market to",
"closes its market to", "shuts door to" before a watched metal is an import ban, the place after
"to" its origin; asked by the classifier's pre-check, by ``classifier_read`` before the rules
and by ``classifier_direction`` for the origin); ``classifier_metals_word`` (new: a title's
measure on "metals" naming one metal takes the metals of the lede's first trade sentence, but a
metal told as a market's move; read by ``classifier_event_metals``). After: 26 of 26.

A fresh batch of 19 (``kinds_122_cases_fresh.py``: 12 measures and 7 no events in other
words, firms, countries and metals, with near misses the changes could take wrongly), written
after those changes and labelled and committed before the engine read them (04c4a40): **12 of 19
right the first time** (owners' votes 3 of 3, approved measures 2 of 2, "metals" measures 1 of
5, markets shut 3 of 5, markets or doors shut with no measure 3 of 4). Wrong: "bans metals ore exports,
starting with tin" (a stop verb before "metals") kept tin alone; "widens metals tariffs to copper"
took the nickel and cobalt its lede says are exempted; "shuts U.S. market to" (a word between
the verb and "market") and "slams door on" missed; "Glencore shuts door on sale of Kazakh zinc
unit" read as Kazakhstan's zinc kept out (a firm shutting the door on a deal); "Brazil lifts
metals import tariffs, raises steel rate to 25%" read as a release; "UK imposes metals sanctions,
bans Russian copper imports" vetoed as a company's act. Fixed by kind: ``classifier_metals_word``
also reads a stop verb on "metals" and leaves out the metals a lede spares ("exempting",
"except", "excluding"); ``classifier_market_shut`` takes one word between the verb and
"market", "slam", and asks for a place as the subject and for goods, not a deal ("sale",
"takeover"), after the phrase. After: 17 of 19; left strict ``xfail`` with reasons: the Brazil
title ("lifts ... tariffs" first reads as a release, its usual sense) and the UK title (a second
clause's stop after a comma vetoed as a company's, another kind, read alike on main).

Since kinds 129 (``classifier_shared_subject``) the UK title reads; its strict ``xfail`` is gone.
"""

from __future__ import annotations

from typing import Any

from kinds_122_cases_fresh import FRESH
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

#: A firm's owners approving its sale, merger or takeover: a company's deal, no event.
OWNERS_APPROVE: list[Any] = [
    (
        "Rio Tinto wins shareholder backing for $6.7 billion Arcadium Lithium takeover",
        "MELBOURNE, March 5 (Reuters) - Arcadium Lithium shareholders voted to approve the company's sale to Rio Tinto, clearing the last hurdle before U.S. and Australian courts sign off.",
        None,
    ),
    (
        "Alcoa investors approve Alumina Ltd acquisition",
        "PITTSBURGH, July 30 (AP) - Alcoa shareholders voted to approve the purchase of Australia's Alumina Ltd in an all-stock deal worth $2.2 billion.",
        None,
    ),
    (
        "Century Aluminum holders back sale of Jamaican alumina stake",
        "CHICAGO, Oct 2 (Reuters) - Century Aluminum shareholders approved the sale of its stake in a Jamaican alumina refinery to a Chinese buyer, the company said.",
        None,
    ),
    (
        "Glencore investors approve cobalt unit sale",
        "BAAR, Switzerland, May 28 (Reuters) - Glencore shareholders voted to approve the sale of its Congolese cobalt unit to a Chinese buyer at the annual meeting.",
        None,
    ),
    (
        "Newcrest shareholders vote for Newmont's $17 billion gold offer",
        "MELBOURNE, Oct 11 (AAP) - Newcrest Mining shareholders voted overwhelmingly to approve the company's sale to Newmont, creating the world's largest gold miner.",
        None,
    ),
    (
        "BlueScope stockholders clear sale of U.S. steel unit to JFE",
        "MELBOURNE, Aug 20 (AAP) - BlueScope Steel shareholders voted to approve the sale of its North American steel unit to Japan's JFE Steel, the company said.",
        None,
    ),
    (
        "Anglo American shareholders approve Teck merger",
        "LONDON, Dec 9 (Reuters) - Anglo American shareholders voted to approve the all-share merger with Teck Resources, creating a copper giant, though the deal still needs Canadian government approval.",
        None,
    ),
]

#: Measures told with "approve": they stay read as they are.
OWNERS_NEAR: list[Any] = [
    (
        "EU governments approve anti-dumping duties on Chinese aluminium foil",
        "BRUSSELS, Oct 3 (Reuters) - European Union governments approved anti-dumping duties of 30% on aluminium foil from China, the Commission said on Thursday.",
        ("tariff", "CN", "EU", False, "aluminium", 30),
    ),
    (
        "Indonesia's cabinet approves ban on bauxite exports from June",
        "JAKARTA, Dec 21 (Reuters) - Indonesia's cabinet approved a ban on exports of bauxite from June, the mining minister said.",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
]

#: A title's generic "metals" measure naming one metal, its lede naming the others.
METALS_WORD: list[Any] = [
    (
        "Canada scraps metals surtax exemptions, raises steel rate to 25%",
        "OTTAWA, March 4 (Reuters) - Canada raised its surtax on steel imports to 25% and restored a 25% surtax on aluminum, ending all exemptions from March 20, the finance ministry said.",
        ("tariff", "*", "CA", False, "steel aluminium", 25),
    ),
    (
        "India raises metals import duties, lifts copper rate to 10%",
        "NEW DELHI, Feb 1 (PTI) - India raised import duties on copper and nickel to 10% from 5% in the budget, the finance minister said.",
        ("tariff", "*", "IN", False, "copper nickel", 10),
    ),
    (
        "Mexico ends metals tariff waivers, lifts steel duty to 15%",
        "MEXICO CITY, Aug 16 (Reuters) - Mexico raised its tariff on steel and aluminium imports to 15%, ending waivers for most countries from Sept. 1, the economy ministry said.",
        ("tariff", "*", "MX", False, "steel aluminium", 15),
    ),
    (
        "Vietnam hikes metals duties, puts aluminium rate at 20%",
        "HANOI, Jan 2 (Reuters) - Vietnam raised import duties on aluminium and zinc to 20% from 15%, the finance ministry said.",
        ("tariff", "*", "VN", False, "aluminium zinc", 20),
    ),
    (
        "Turkey scraps metals duty exemptions, raises steel rate to 20%",
        "ANKARA, June 12 (Reuters) - Turkey raised its additional duty on steel and copper imports to 20%, ending exemptions for free trade partners from July 1, the trade ministry said.",
        ("tariff", "*", "TR", False, "steel copper", 20),
    ),
    (
        "Indonesia widens metals ore export ban to bauxite",
        "JAKARTA, Dec 21 (Reuters) - Indonesia will ban exports of bauxite and tin ore from June, President Joko Widodo said.",
        ("suspended", "ID", "*", False, "tin bauxite", None),
    ),
]

#: The title's metal alone when the lede's other metals are no part of the measure.
METALS_NEAR: list[Any] = [
    (
        "Trump lifts aluminum tariff to 25%",
        "WASHINGTON, Feb 10 (AP) - President Donald Trump raised the aluminum tariff to 25% from 10%, sending copper and nickel prices lower.",
        ("tariff", "*", "US", False, "aluminium", 25),
    ),
    (
        "China raises copper import duty to 8%, metals market shrugs",
        "BEIJING, Nov 3 (Reuters) - China raised the import duty on refined copper to 8%, leaving its zinc and nickel rates unchanged.",
        ("tariff", "*", "CN", False, "copper", 8),
    ),
]

#: A government shutting its market, or its door, to a country's metal: an import ban.
SHUT_MARKET: list[Any] = [
    (
        "UK shuts market to Belarusian steel products",
        "",
        ("suspended", "BY", "GB", False, "steel", None),
    ),
    (
        "Canada closes its market to Russian aluminium",
        "OTTAWA, March 10 (Reuters) - Canada banned imports of Russian aluminum and steel products, the finance ministry said.",
        ("suspended", "RU", "CA", False, "aluminium steel", None),
    ),
    (
        "Japan shuts door to Russian gold",
        "TOKYO, May 12 (Kyodo) - Japan banned imports of gold from Russia, the trade ministry said on Friday.",
        ("suspended", "RU", "JP", False, "gold", None),
    ),
    (
        "Australia closes market to Russian alumina",
        "",
        None,  # the tests' watch list has no "alumina" (test_classifier.METALS)
    ),
    (
        "US shuts market to Iranian copper, aluminium products",
        "",
        ("suspended", "IR", "US", False, "copper aluminium", None),
    ),
    (
        "EU closes markets to Belarusian potash and steel",
        "",
        ("suspended", "BY", "EU", False, "steel", None),
    ),
]

#: Markets shut that are no measure.
SHUT_NEAR: list[Any] = [
    (
        "LME shuts nickel market after prices double",
        "LONDON, March 8 (Reuters) - The London Metal Exchange suspended nickel trading after prices doubled to over $100,000 a tonne.",
        None,
    ),
    (
        "Copper market shuts for Lunar New Year holiday in Shanghai",
        "",
        None,
    ),
    (
        "Steelmaker shuts plant as cheap imports flood market",
        "SHEFFIELD, England, May 3 (PA) - Liberty Steel shut a rolling mill, blaming cheap imports from Asia.",
        None,
    ),
]

CASES: list[Any] = []


@headline_cases(OWNERS_APPROVE)
def test_owners_approving_a_firms_sale_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(OWNERS_NEAR)
def test_a_measure_approved_stays_read(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(METALS_WORD)
def test_a_titles_metals_word_takes_the_ledes_metals(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(METALS_NEAR)
def test_a_ledes_other_metals_stay_out(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(SHUT_MARKET)
def test_a_market_shut_to_a_countrys_metal_is_a_ban(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(SHUT_NEAR)
def test_a_market_shut_with_no_measure_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_a_fresh_case_is_read_on_every_field(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
