"""Kinds of the misses of two studied halves (session 31), continued from
``test_classifier_kinds_93.py`` (whose docstring says where they come from and which misses were
left as labels the sets disagree on), in made-up phrasings labelled before the engine read them.

5. **Trade kept to licensed or listed firms** ("lets licensed firms import gold bars", "names
   firms allowed to export silver under state licensing"): a list of who may trade, or a flow
   opened only to licensed traders, is ``licensing``; one company let go on trading stays a
   restart (``tui/engine/classifier_licensed_firms.py``).
6. **Quotas handed out** ("grants banks new gold import quotas"): a government granting,
   issuing or allotting quotas to firms sets a ``quota`` on the flow the quotas name; the firms
   are its holders, not a company's view of a measure.
7. **A metal named only in a purpose after the measure** ("restricts imports of platinum alloys
   to plug gold duty loophole", "to stop gold duty evasion"): the purpose's metal is not the
   measure's goods (the metals are checked as well), and a duty's evasion is no duty.
8. **A wire dateline with a month and no day** ("WASHINGTON, May (Reuters) - The U.S. Commerce
   Department on Tuesday set preliminary anti-dumping duties ..."): the dateline is no part of
   the lede, and its "May" is the month, not a modal (a measure told as decided stays decided).

First time, labels written before the engine read them, on the engine after kinds 1 to 4 were
fixed: kind 5, 3 of 11 right ("licensed dealers" already a compound, and two near misses); kind
6, 4 of 8 (an allotment and miners as holders, and the near misses); kind 7, 3 of 7 ("to curb"
already a purpose, and the near misses). Kind 8, written last, 7 of 8 in its first batch (every
title but the one with no measure word: the kind lives only where the lede decides) and 0 of 4
in a second batch of such titles. One label was corrected after the first run: "Zambia lets
copper exports resume after strike" was written ``resuming``, but a flow going on after a strike
lifts no measure (README "Trade-policy statuses": ``resuming`` is a measure lifted or
suspended): no event, as the engine reads it. After the changes all 38 read right.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, case_ids, check_kind, headline_cases
from test_classifier import METALS

from tui.engine.classifier import classify, explain

CASES: list[Any] = []

#: (title, summary, want): kind 5, trade kept to licensed or listed firms.
LICENSED_FIRMS: list[Any] = [
    (
        "China names companies allowed to export tungsten in 2026 under state trading rules",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Beijing lists firms permitted to export antimony under new licensing",
        "",
        ("licensing", "CN", "*", False),
    ),
    ("Vietnam lets licensed banks import gold bullion", "", ("licensing", "*", "VN", False)),
    (
        "India allows only licensed jewellers to import silver bars",
        "",
        ("licensing", "*", "IN", False),
    ),
    (
        "Egypt decree lets licensed dealers import gold, ending state monopoly",
        "",
        ("licensing", "*", "EG", False),
    ),
    (
        "Indonesia publishes list of firms allowed to export nickel ore",
        "",
        ("licensing", "ID", "*", False),
    ),
    ("Myanmar lets approved companies export tin concentrate", "", ("licensing", "MM", "*", False)),
    ("Ghana allows only licensed buyers to export gold", "", ("licensing", "GH", "*", False)),
    # near misses: trade news about licensed traders, a list of past exporters, a restart
    ("Licensed gold importers in Vietnam report record sales", "", None),
    ("China names firms that exported the most silver in 2024", "", None),
    ("Zambia lets copper exports resume after strike", "", None),
]

#: (title, summary, want): kind 6, quotas handed out.
QUOTAS_HANDED_OUT: list[Any] = [
    ("India grants banks fresh gold import quotas", "", ("quota", "*", "IN", False)),
    ("Turkey allots new gold import quotas to refiners", "", ("quota", "*", "TR", False)),
    (
        "China's central bank grants lenders new gold import quotas",
        "",
        ("quota", "*", "CN", False),
    ),
    ("Indonesia grants miners new nickel ore export quotas", "", ("quota", "ID", "*", False)),
    ("Chile grants smelters copper concentrate export quotas", "", ("quota", "CL", "*", False)),
    ("Beijing issues firms fresh rare earth export quotas", "", ("quota", "CN", "*", False)),
    # near misses: quotas sought, quotas running out
    ("Banks seek new gold import quotas from China", "", None),
    ("India's gold import quotas run out as demand booms", "", None),
]

#: (title, summary, want, metals): kind 7, a metal named only in a purpose after the measure.
PURPOSE_METALS: list[Any] = [
    (
        "Thailand restricts palladium imports to close gold tax loophole",
        "",
        ("licensing", "*", "TH", False),
        {"palladium"},
    ),
    (
        "Turkey restricts imports of silver bars to curb gold smuggling",
        "",
        ("licensing", "*", "TR", False),
        {"silver"},
    ),
    (
        "India puts platinum alloy imports under restricted category to stop gold duty evasion",
        "",
        ("licensing", "*", "IN", False),
        {"platinum"},
    ),
    (
        "Kazakhstan bans scrap copper exports to stop aluminium smuggling",
        "",
        ("suspended", "KZ", "*", False),
        {"copper"},
    ),
    (
        "Vietnam restricts silver imports to prevent gold price manipulation",
        "",
        ("licensing", "*", "VN", False),
        {"silver"},
    ),
    # near misses: both metals the measure's goods, and a purpose with no metal of its own
    (
        "India restricts imports of gold and platinum alloys",
        "",
        ("licensing", "*", "IN", False),
        {"gold", "platinum"},
    ),
    (
        "Kazakhstan bans scrap copper and aluminium exports to stop smuggling",
        "",
        ("suspended", "KZ", "*", False),
        {"copper", "aluminium"},
    ),
]

#: (title, summary, want): kind 8, a wire dateline with a month and no day.
MONTH_DATELINES: list[Any] = [
    (
        "EU sets provisional duties on Chinese aluminium foil",
        "BRUSSELS, May (Reuters) - The European Commission imposed provisional anti-dumping"
        " duties on aluminium foil from China.",
        ("tariff", "CN", "EU", False),
    ),
    (
        "India raises import duty on gold to 15%",
        "NEW DELHI, May (Reuters) - India raised its import duty on gold to 15% with immediate"
        " effect.",
        ("tariff", "*", "IN", False),
    ),
    (
        "Philippines halts nickel ore exports from two provinces",
        "MANILA, May (AFP) - The Philippines suspended nickel ore shipments from two provinces.",
        ("suspended", "PH", "*", False),
    ),
    (
        "US imposes duties on Korean steel pipes",
        "WASHINGTON, May (AP) — The Commerce Department imposed anti-dumping duties on steel"
        " pipes from South Korea.",
        ("tariff", "KR", "US", False),
    ),
    (
        "Canada slaps surtax on Chinese steel",
        "OTTAWA, May (Reuters) - Canada imposed a 25% surtax on steel from China.",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Commerce sets deposits on Vietnamese steel wire",
        "WASHINGTON, May (Reuters) - The U.S. Commerce Department set preliminary duties on"
        " steel wire from Vietnam.",
        ("tariff", "VN", "US", False),
    ),
    # second batch, written after the first run showed the kind only where the lede decides
    # (a title with no measure word)
    (
        "Commerce finds dumping of Chinese aluminium sheet, sets deposits",
        "WASHINGTON, May (Reuters) - The Commerce Department set preliminary anti-dumping duties"
        " on aluminium sheet from China.",
        ("tariff", "CN", "US", False),
    ),
    (
        "Jakarta acts on nickel ore shipments",
        "JAKARTA, May (Reuters) - Indonesia banned exports of nickel ore with immediate effect.",
        ("suspended", "ID", "*", False),
    ),
    (
        "Kyiv moves on scrap metal",
        "KYIV, May (Interfax) - Ukraine imposed a 10% export duty on scrap steel.",
        ("tariff", "UA", "*", False),
    ),
    (
        "Seoul acts against Chinese steel plate",
        "SEOUL, May (Yonhap) - South Korea imposed provisional anti-dumping duties on steel plate"
        " from China.",
        ("tariff", "CN", "KR", False),
    ),
    # near misses: a lede's own "may" stays a plan; a dateline with its day was read already
    (
        "EU may impose duties on Chinese aluminium foil",
        "BRUSSELS, May (Reuters) - The Commission may impose provisional duties next month.",
        ("tariff", "CN", "EU", True),
    ),
    (
        "India raises import duty on gold",
        "NEW DELHI, May 31 (Reuters) - India raised its gold import duty.",
        ("tariff", "*", "IN", False),
    ),
]


@headline_cases(LICENSED_FIRMS)
def test_trade_kept_to_licensed_or_listed_firms(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(QUOTAS_HANDED_OUT)
def test_quotas_handed_out(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want", "metals"), PURPOSE_METALS, ids=case_ids(PURPOSE_METALS)
)
def test_a_metal_named_only_in_a_purpose(
    title: str, summary: str, want: Want, metals: set[str]
) -> None:
    check_kind(title, summary, want)
    event = classify(title, summary, METALS)
    assert event is not None
    got = {str(m) for m in event.metals}
    assert got == metals, "\n".join(explain(title, summary, METALS))


@headline_cases(MONTH_DATELINES)
def test_a_wire_dateline_with_a_month_and_no_day(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
