"""The made-up cases of ``test_classifier_kinds_123.py``: the three kinds of the twenty-second
blind set's studied half's misses (a market view of a tariff, an industry raising a duty issue,
buyers finding ways around a ban) and two kinds known to be misread (a leader's warning with the
measure's firm start; a bill or a legislature's plan "to ban ... from 2030"), each with near
misses that must not change. Built from the README's and docs/STATUSES.md's vocabulary, no
labelled row's words. Labelled and committed before the engine read them; the first reading is
in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

import pytest

#: A market's or an outlet's view of a measure's effect: no event.
MARKET_VIEW: list[Any] = [
    ("Additional duties on US copper scrap to have little impact on market", "", None),
    ("New EU tariffs on Russian aluminium expected to limitedly affect prices", "", None),
    ("India's higher gold import duty seen having limited impact on demand", "", None),
    ("China's export curbs on gallium to barely dent global supply, analysts say", "", None),
    ("Latest US steel tariff hike unlikely to move the market much", "", None),
    ("Indonesia's nickel ore export ban to have muted impact on prices, traders say", "", None),
]
#: ... near misses: the measures themselves.
MARKET_VIEW_NEAR: list[Any] = [
    (
        "China imposes 25% tariffs on US aluminium scrap",
        "",
        ("tariff", "US", "CN", False, "aluminium", 25),
    ),
    (
        "India raises import duty on gold to 15%",
        "",
        ("tariff", "*", "IN", False, "gold", 15),
    ),
]

#: An industry that raises (voices) a duty issue with a government: no event.
RAISE_ISSUE: list[Any] = [
    ("Aluminium makers raise import duty anomaly with finance ministry", "", None),
    ("Steel firms raise duty concerns ahead of budget", "", None),
    ("Copper fabricators raise tariff inversion issue with government", "", None),
    ("Zinc producers raise export duty question with mines ministry", "", None),
    ("Jewellers raise gold import duty issue with finance minister", "", None),
]
#: ... near misses: a government raising a duty.
RAISE_ISSUE_NEAR: list[Any] = [
    (
        "India raises import duty on copper scrap to 5%",
        "",
        ("tariff", "*", "IN", False, "copper", 5),
    ),
    (
        "Brazil raises steel import tariff to 25%",
        "",
        ("tariff", "*", "BR", False, "steel", 25),
    ),
]

#: Buyers or traders who get round a ban: no event.
WAYS_AROUND: list[Any] = [
    ("European buyers find ways around China's gallium export ban", "", None),
    ("Traders skirt Indonesia's nickel ore export ban via the Philippines", "", None),
    ("How US importers work around China's antimony export curbs", "", None),
    ("Japanese firms dodge China's germanium export ban through Vietnam", "", None),
    ("Smugglers find a way around Zimbabwe's lithium export ban", "", None),
    ("Chinese antimony still reaches US buyers despite export ban", "", None),
]
#: ... near misses: the bans themselves.
WAYS_AROUND_NEAR: list[Any] = [
    (
        "China bans gallium and germanium exports to the US",
        "",
        ("suspended", "CN", "US", False, "gallium germanium", None),
    ),
    ("Zimbabwe bans raw lithium exports", "", ("suspended", "ZW", "*", False, "lithium", None)),
]

#: A leader's or government's warning that gives the measure's firm start: decided.
WARNED_START: list[Any] = [
    (
        "Trump warns Japan's steel faces 25% tariffs starting Monday",
        "",
        ("tariff", "JP", "US", False, "steel", 25),
    ),
    (
        "Trump warns Brazilian copper faces 50% tariffs from next week",
        "",
        ("tariff", "BR", "US", False, "copper", 50),
    ),
    (
        "Canada warns US steel faces 25% counter-tariffs from Tuesday",
        "",
        ("tariff", "US", "CA", False, "steel", 25),
    ),
    (
        "Trump warns Indian aluminium will face 50% tariffs effective immediately",
        "",
        ("tariff", "IN", "US", False, "aluminium", 50),
    ),
    (
        "White House warns South Korean steel faces 25% tariffs as of Friday",
        "",
        ("tariff", "KR", "US", False, "steel", 25),
    ),
    (
        "Trump warns Chile's copper faces 50% tariffs from August 1",
        "",
        ("tariff", "CL", "US", False, "copper", 50),
    ),
    (
        "EU warns Chinese aluminium faces 20% duties from next month",
        "",
        ("tariff", "CN", "EU", False, "aluminium", 20),
    ),
]
#: ... near misses: a plain warning or threat stays proposed; an industry's warning is none.
WARNED_NEAR: list[Any] = [
    (
        "Trump warns of 25% tariffs on Japanese steel",
        "",
        ("tariff", "JP", "US", True, "steel", 25),
    ),
    (
        "Trump threatens 50% tariffs on Brazilian copper",
        "",
        ("tariff", "BR", "US", True, "copper", 50),
    ),
    (
        "Trump warns Indian aluminium could face tariffs",
        "",
        ("tariff", "IN", "US", True, "aluminium", None),
    ),
    ("Steelmakers warn new tariffs starting today will raise prices", "", None),
]

#: A bill, a draft law or a legislature's plan "to ban ... from <year>": proposed.
BILL_PLAN: list[Any] = [
    (
        "Philippines to ban nickel ore exports from 2030",
        "MANILA - The ban is part of a bill filed in the Senate on Tuesday, its sponsor said.",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    (
        "Philippine lawmakers to ban raw nickel ore exports from 2029",
        "",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    (
        "Ghana parliament to ban raw lithium exports from 2027",
        "",
        ("suspended", "GH", "*", True, "lithium", None),
    ),
    (
        "Zambia to ban copper concentrate exports from 2028",
        "LUSAKA - The draft law, tabled in parliament on Friday, would end shipments of "
        "unprocessed ore.",
        ("suspended", "ZM", "*", True, "copper", None),
    ),
    pytest.param(
        "Kenyan MPs to bar scrap steel exports from 2026",
        "",
        ("suspended", "KE", "*", True, "steel", None),
        marks=pytest.mark.xfail(
            strict=True, reason="'to bar' (active, a verb) is no trade-measure word of the rules"
        ),
    ),
    (
        "Indonesia to ban bauxite exports from 2025 under draft mining bill",
        "",
        ("suspended", "ID", "*", True, "bauxite", None),
    ),
    (
        "Bill would ban cobalt exports from 2030, Congo lawmakers say",
        "",
        ("suspended", "CD", "*", True, "cobalt", None),
    ),
]
#: ... near misses: a government's ban with its start, or a law signed or passed: decided.
BILL_NEAR: list[Any] = [
    (
        "Indonesia to ban bauxite exports from June 2023",
        "JAKARTA - President Joko Widodo said on Wednesday the ban would start in June.",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "Philippines signs law banning nickel ore exports from 2030",
        "",
        ("suspended", "PH", "*", False, "nickel", None),
    ),
    (
        "Zimbabwe to ban lithium ore exports from January",
        "HARARE - The mines ministry said in a statement the ban takes effect on Jan. 1.",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Ghana's parliament passes law to ban raw lithium exports from 2027",
        "",
        ("suspended", "GH", "*", False, "lithium", None),
    ),
]

#: A fresh batch written after the fixes, labelled and committed before the engine read them.
FRESH: list[Any] = [
    ("Beijing's new tariffs on US copper cathodes to have limited effect on trade flows", "", None),
    ("Cobalt refiners raise export levy concerns with Congo's mines minister", "", None),
    ("US chipmakers found new routes around China's germanium export curbs", "", None),
    ("Steel buyers get around EU safeguard quotas by importing slabs", "", None),
    (
        "Trump warns Swiss gold faces 39% tariffs starting tomorrow",
        "",
        ("tariff", "CH", "US", False, "gold", 39),
    ),
    (
        "Mongolian legislators to ban raw copper ore exports from 2031",
        "",
        ("suspended", "MN", "*", True, "copper", None),
    ),
    (
        "Guinea to ban bauxite exports from 2027",
        "CONAKRY - A draft bill sent to the national assembly would end raw ore shipments.",
        ("suspended", "GN", "*", True, "bauxite", None),
    ),
    (
        "Guinea to ban bauxite exports from 2027",
        "CONAKRY - The junta said the ban would cut its import bill for fuel.",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
]
