"""Kinds from the misses of the twenty-third blind set's odd rows
(``tests/data/real_headlines_blind23/``, its odd rows studied from session 41, its even rows
unseen): made-up headlines per kind, in other words, countries and metals than the set's rows,
with near misses that must stay as they are, each checked on every field the exact score counts
(``tests/unit/kinds_exact.py``). Labels were written and committed before the engine read them.

The odd half's six misses, by kind:

1. China's (Customs) Tariff Commission of the State Council as the actor, no country named
   otherwise: "[SMM exclusive] impose tariffs on the United States, involving ... the aluminum
   industry!" (tth-001, the lede's "the tariff Commission of the State Council issued ...": the
   destination read ``*``) and "Announcement On Further Adjustment Of Export Tariffs On Steel
   Products" (tth-005, the lede's "Customs Tariff Commission of the State Council": the origin
   read ``*``). The commission is China's government, as a ministry named with its country is.
2. A mint or a company halting its own sales of a metal: "South Korea's Mint Company Announces
   Temporary Halt in Gold Bar Sales" (tth-017, read as a suspension from KR): a firm's business,
   no trade measure.
3. "Controlled by" telling who owns a body: "Heavy rare earth metals: rights and interests
   acquired in Japan for the first time." (tth-049, its lede's "an independent administrative
   institution controlled by the Ministry" read as licensing): ownership, no export control.
4. A company's name ending "Limited" read as a limit: the same row, once kind 3 was fixed, read
   as a quota from its lede's "... and Sojitz Corporation, through Japan Australia Rare Earths
   Limited, ..." ("Trade + Limited -> quota"): a firm's legal suffix, no limit on a trade. Found
   after the first changes; its cases were written and committed before the engine read them.
   Its first four cases all read right on that engine (the suffix is read as a limit only when a
   "Trade" before it pairs with it, as in the row); the last two, written after the row's
   explanation was read, tell the firm's name after "through" with a ministry of trade before,
   and read right too; the last two, in the row's shape (a metal, rights acquired, a venture
   named after two countries), were written after trying the row's lede with other names.

Label disputes (noted, not fixed): tth-013, "Details of Tariff Adjustments for Aluminum-Related
Products Import and Export in 2025 [SMM Analysis]", a schedule of adjustments told as such in the
title, labelled no event because (by the set's rules) the schedule changes no rate, which neither
title nor lede says; tth-021, "SAFEGUARD DUTY TO PROVIDE SUPPORT TO DOMESTIC STEEL PRODUCERS ...",
an editorial by the set's rules whose lede tells "the recent imposition of a 12% safeguard tariff
by India on ... steel products": the engine reads the measure the lede reports.

First reading, on the engine before any change (main's at c7c3b02e; labels committed before the
run, d47bb48): **13 of 21**. Kind 1, 0 of 5 (every measure read, the commission's country
unread: its side ``*``), its near misses 2 of 2; kind 2, 4 of 5 (the fifth, "Japan's Tanaka
Kikinzoku announces temporary halt in platinum bar sales", read as a suspension), its near misses
2 of 2; kind 3, 3 of 5 (two read as licensing), its near misses 2 of 2. Kind 4 (written after
kinds 1-3 were changed): its first six cases and near misses 8 of 8 read right, its last two 0
of 2 (read as a quota).

Changed: ``tui/engine/classifier_state_council`` (new: the State Council's (Customs) Tariff
Commission, in a title or a lede, is written "China's Customs Tariff Commission"; run by
``classifier_surface.plain_surface``); ``classifier_owned_by`` (new: a body "controlled by" its
owner is "owned by" it, title and lede; a lede's firm named "... Limited" is "... Ltd"; run by
``plain_surface``); ``classifier_firm_sales`` (new: a halt of sales whose subject is a firm, no
country's, and no export or import word after: vetoed as a firm's business; asked by
``classifier_vetoes.find_veto`` beside ``firm_permit``). After: **31 of 31**. On the odd half:
76.0% -> 92.0% (19 -> 23 of 25; tth-001, tth-005, tth-017, tth-049 right), the two label
disputes left; ``benchmarks/row_changes.py main --quiet``: +4 -0 (the four odd rows).

Fresh batch (``FRESH``, 9: 4 measures, 5 no event), written after the engine's changes and
committed before the engine read them. First reading: **8 of 9**. Its miss: "Swiss refiner
Valcambi announces halt in gold bar sales" (read as a suspension from CH: a country's adjective
before the firm's word taken for a country as the subject), kind 2 in other words; fixed in
``classifier_firm_sales`` (a place's adjective before a company's word, "Swiss refiner", is the
firm's, as a possessive is): 9 of 9 after.
"""

from __future__ import annotations

from typing import Any

from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

#: Kind 1: the State Council's (Customs) Tariff Commission as the actor, its country unnamed.
STATE_COUNCIL_COMMISSION: list[Any] = [
    (
        "Tariff Commission of the State Council raises tariffs on copper scrap from the US",
        "",
        ("tariff", "US", "CN", False, "copper", None),
    ),
    (
        "Export tariffs on pig iron and steel billets adjusted from May 1",
        "The Customs Tariff Commission of the State Council announced an adjustment of export "
        "tariffs on steel products.",
        ("tariff", "CN", "*", False, "steel", None),
    ),
    (
        "Extra tariffs imposed on US aluminium products",
        "The Customs Tariff Commission of the State Council issued a notice on raising tariff "
        "rates on some imports originating in the United States.",
        ("tariff", "US", "CN", False, "aluminium", None),
    ),
    (
        "Announcement on raising export tariffs on ferronickel",
        "The State Council Tariff Commission said export tariffs on ferronickel and nickel "
        "products will be raised.",
        ("tariff", "CN", "*", False, "nickel", None),
    ),
    (
        "Notice on imposing tariffs on zinc alloys imported from Australia",
        "The Customs Tariff Commission of the State Council decided to impose tariffs on zinc "
        "alloys originating in Australia.",
        ("tariff", "AU", "CN", False, "zinc", None),
    ),
]

#: Kind 1's near misses: the commission with no measure; a measure whose country is named.
STATE_COUNCIL_NEAR_MISSES: list[Any] = [
    (
        "Copper traders await the Tariff Commission of the State Council's annual schedule",
        "",
        None,
    ),
    (
        "India raises import tariffs on aluminium scrap",
        "The finance ministry said the tariff on aluminium scrap will rise to 10%.",
        ("tariff", "*", "IN", False, "aluminium", 10.0),
    ),
]

#: Kind 2: a mint or a company halting its own sales of a metal.
FIRM_HALTS_SALES: list[Any] = [
    ("Perth Mint suspends sales of silver coins amid demand surge", "", None),
    ("Japan's Tanaka Kikinzoku announces temporary halt in platinum bar sales", "", None),
    (
        "Royal Canadian Mint pauses gold coin sales",
        "The Royal Canadian Mint said it has temporarily paused sales of its gold coins as "
        "demand outstripped supply.",
        None,
    ),
    ("Turkish refiner halts silver bar sales to retail buyers", "", None),
    (
        "Korea Minting Corporation halts sales of silver bars",
        "South Korea's state mint said it would stop selling silver bars until supplies recover.",
        None,
    ),
]

#: Kind 2's near misses: a government halting a flow stays a suspension.
FIRM_HALTS_SALES_NEAR_MISSES: list[Any] = [
    ("Indonesia halts nickel ore exports", "", ("suspended", "ID", "*", False, "nickel", None)),
    (
        "Myanmar halts rare earth exports to China",
        "",
        ("suspended", "MM", "CN", False, "rare-earths", None),
    ),
]

#: Kind 3: "controlled by" telling who owns a body.
CONTROLLED_BY_OWNER: list[Any] = [
    (
        "Japan's state agency invests in Australian rare earths project",
        "JOGMEC, an agency controlled by the trade ministry, will invest in Lynas's heavy rare "
        "earths output and take supplies for Japan.",
        None,
    ),
    ("Cobalt refiner controlled by Glencore signs supply deal with Japanese buyer", "", None),
    (
        "Nickel smelter controlled by Tsingshan starts output in Indonesia",
        "",
        None,
    ),
    (
        "Lithium mine in Argentina bought by firm controlled by Chinese state",
        "The buyer, a company controlled by China's government, paid $900 million for the mine.",
        None,
    ),
    (
        "Copper stake sold to Kazakh group",
        "The group, controlled by the Kazakh government, bought the copper stake for $1 billion.",
        None,
    ),
]

#: Kind 3's near misses: controls on a trade stay licensing.
CONTROLLED_NEAR_MISSES: list[Any] = [
    (
        "China imposes export controls on graphite",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Japan adds gallium to its list of controlled exports",
        "",
        ("licensing", "JP", "*", False, "gallium", None),
    ),
]

#: Kind 4: a company's name ending "Limited" in a lede.
LIMITED_COMPANY: list[Any] = [
    (
        "Japanese trading house signs lithium supply deal",
        "The Ministry of Economy, Trade and Industry said Sojitz and Pilbara Minerals Limited "
        "agreed to ship lithium concentrate to Japan.",
        None,
    ),
    (
        "Nickel offtake agreed with Korean battery maker",
        "Nickel Industries Limited signed an offtake deal for nickel matte with a Korean trade "
        "buyer on Monday.",
        None,
    ),
    (
        "Australian miner to supply rare earths to Japan",
        "Japan's trade ministry said its agency will buy heavy rare earths from Lynas Rare "
        "Earths Limited under a new supply agreement.",
        None,
    ),
    (
        "Copper supply pact signed with Zambian mine",
        "First Quantum Minerals Limited and a Chinese trade group signed a copper supply pact "
        "for the Kansanshi mine.",
        None,
    ),
    (
        "Gallium recovery venture set up in Japan",
        "The Ministry of Economy, Trade and Industry said Dowa, through Akita Zinc Recycling "
        "Limited, which it set up in 2019, will recover gallium from zinc residue.",
        None,
    ),
    (
        "Cobalt supply secured for Korean battery makers",
        "Korea's Ministry of Trade, Industry and Energy said LG Energy, through Korea Cobalt "
        "Resources Limited, a venture formed last year, signed a cobalt supply agreement.",
        None,
    ),
    (
        "Zinc: mining rights acquired in Peru for the first time.",
        "The Ministry of Economy, Trade and Industry has announced that Mitsui, through Japan "
        "Peru Zinc Limited, signed an agreement to invest in a zinc mine.",
        None,
    ),
    (
        "Lithium: offtake rights acquired in Canada for the first time.",
        "Korea's Ministry of Trade, Industry and Energy has announced that POSCO, through Korea "
        "Canada Lithium Limited, signed an agreement to invest in a lithium project.",
        None,
    ),
]

#: Kind 4's near misses: trade limited by a government stays a quota.
LIMITED_NEAR_MISSES: list[Any] = [
    (
        "Tin exports to be capped",
        "Indonesia's trade ministry said tin exports will be limited to 30,000 tonnes a year "
        "under a new quota.",
        ("quota", "ID", "*", False, "tin", None),
    ),
    (
        "Indonesia Limits Nickel Ore Exports Under New Quota",
        "",
        ("quota", "ID", "*", False, "nickel", None),
    ),
]

#: A fresh batch of the same kinds, written after the engine's changes and committed before the
#: engine read them.
FRESH: list[Any] = [
    (
        "Tariff Commission of the State Council lifts extra tariffs on US nickel",
        "",
        ("resuming", "US", "CN", False, "nickel", None),
    ),
    (
        "Export tariffs on aluminium ingots raised from January 1",
        "The Customs Tariff Commission of the State Council said export tariffs on aluminium "
        "ingots will rise from January 1.",
        ("tariff", "CN", "*", False, "aluminium", None),
    ),
    ("Swiss refiner Valcambi announces halt in gold bar sales", "", None),
    ("India's MMTC-PAMP suspends silver bar sales amid shortage", "", None),
    (
        "Peru halts copper concentrate sales to China",
        "",
        ("suspended", "PE", "CN", False, "copper", None),
    ),
    ("Tin smelter controlled by Yunnan group cuts output", "", None),
    (
        "Zambian copper agency reports record exports",
        "The agency, controlled by the mines ministry, said copper exports rose 12% in 2024.",
        None,
    ),
    (
        "Vietnam puts rare earth exports under licence control",
        "",
        ("licensing", "VN", "*", False, "rare-earths", None),
    ),
    (
        "Nickel: stake acquired in Indonesian smelter for the first time.",
        "Japan's Ministry of Economy, Trade and Industry said Sumitomo, through Japan Indonesia "
        "Nickel Limited, bought a stake in the smelter.",
        None,
    ),
]

CASES: list[Any] = []


@headline_cases(STATE_COUNCIL_COMMISSION)
def test_the_state_councils_tariff_commission_is_china(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(STATE_COUNCIL_NEAR_MISSES)
def test_commission_near_misses_stay(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FIRM_HALTS_SALES)
def test_a_firm_halting_its_sales_is_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FIRM_HALTS_SALES_NEAR_MISSES)
def test_a_government_halting_a_flow_stays(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(CONTROLLED_BY_OWNER)
def test_controlled_by_an_owner_is_no_control(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(CONTROLLED_NEAR_MISSES)
def test_controls_on_a_trade_stay_licensing(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(LIMITED_COMPANY)
def test_a_limited_company_is_no_limit(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(LIMITED_NEAR_MISSES)
def test_trade_limited_stays_a_quota(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_fresh_batch_of_the_same_kinds(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
