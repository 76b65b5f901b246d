"""Made-up cases of ``tests/unit/test_classifier_kinds_125.py``: each kind's measures, then
its near misses, as ``(title, summary, want)`` rows for :func:`kinds_exact.check_exact`."""

from __future__ import annotations

from typing import Any

import pytest

#: A measure a market, currency or company story tells as its cause, whose rate only a later
#: sentence of the lede states: the rate counts only when the title or the lede's first
#: sentence states it, so the event has none.
LATER_SENTENCE_RATES: list[Any] = [
    pytest.param(
        "Won weakens as Seoul's steel plate duty stokes trade worries",
        "The South Korean won slipped against the dollar on Wednesday as exporters' demand "
        "faded. Seoul imposed provisional anti-dumping duties of 28% on steel plate from "
        "China on Tuesday, the trade ministry said.",
        ("tariff", "CN", "KR", False, "steel", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "the event is missed, not a field: the learned gate puts the currency story at 8%, "
                "under its threshold"
            ),
        ),
    ),
    pytest.param(
        "Shares of Norwegian aluminium maker dip after U.S. metal levy",
        "Shares in the aluminium producer fell 3% in Oslo trading on Friday. The United States "
        "imposed a 40% tariff on primary aluminium imports on Thursday, the Commerce Department "
        "said.",
        ("tariff", "*", "US", False, "aluminium", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "the event is missed, not a field: no rule reads the share-price title's bare "
                "'metal levy', and the lede's measure is not taken as the title's cause"
            ),
        ),
    ),
    (
        "Rand slides on Washington's new copper tariffs — Market Talk",
        "South Africa's rand weakened for a third session in early Johannesburg trade.The White "
        "House imposed a 30% tariff on semi-finished copper products late on Tuesday, citing "
        "national security. Traders now watch Thursday's inflation data...",
        ("tariff", "*", "US", False, "copper", None),
    ),
    pytest.param(
        "Zloty steady as EU duty on Turkish rebar takes effect",
        "Poland's zloty held steady against the euro on Tuesday in thin trading. Brussels "
        "imposed anti-dumping duties of 18% on reinforcing bar from Turkey last week, a notice "
        "in the Official Journal showed.",
        ("tariff", "TR", "EU", False, "steel", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "the event is missed, not a field: 'rebar' names no watched metal in the title, so "
                "the duty is read as on no metal (market news)"
            ),
        ),
    ),
    (
        "Gold miners' shares rise as Delhi plans higher import duty",
        "Shares of gold miners listed in Sydney rose on Monday, tracking bullion prices. India "
        "plans to raise its import duty on gold to 20% to narrow the trade deficit, two "
        "government sources said.",
        ("tariff", "*", "IN", True, "gold", None),
    ),
    (
        "Peso eases after Mexico's tariff move on Korean steel",
        "MEXICO CITY, May 6 (Reuters) - The Mexican peso eased 0.3% on Monday. Mexico's economy "
        "ministry raised the import tariff on flat steel from South Korea to 35%, a decree in "
        "the official gazette showed.",
        ("tariff", "KR", "MX", False, "steel", None),
    ),
]

#: The same stories whose title or first sentence states the rate: the rate stays.
LATER_SENTENCE_RATES_NEAR_MISSES: list[Any] = [
    (
        "Peso slips after Mexico imposes 35% tariff on Korean steel",
        "The peso fell 0.4% on Monday. Analysts expect little effect on inflation.",
        ("tariff", "KR", "MX", False, "steel", 35),
    ),
    (
        "Nickel stocks fall after Jakarta raises export levy",
        "Indonesia raised the levy on nickel matte exports to 12% on Thursday, sending miners' "
        "shares lower. Smelter operators led the fall.",
        ("tariff", "ID", "*", False, "nickel", 12),
    ),
    (
        "UPDATE 1-Vietnam slaps anti-dumping duty on Chinese aluminium extrusions",
        "HANOI, Aug 4 (Reuters) - Vietnam imposed an anti-dumping duty of 22% on aluminium "
        "extrusions from China, the trade ministry said on Monday. The duty lasts five years.",
        ("tariff", "CN", "VN", False, "aluminium", 22),
    ),
    (
        "Thailand sets 15% safeguard duty on steel imports",
        "The commerce ministry announced the duty on Wednesday. It follows a 30% rise in "
        "imports of hot-rolled coil over the past year.",
        ("tariff", "*", "TH", False, "steel", 15),
    ),
]

#: A title that names some metals and then an open class ("and other minerals", "other
#: critical commodities"), whose lede's first sentence lists the goods: the lede's watched
#: metals in that list are the measure's too.
OPEN_LIST_METALS: list[Any] = [
    (
        "Myanmar lifts export curbs on tin and other metals",
        "Myanmar's military government lifted restrictions on exports of tin, zinc and "
        "tungsten concentrates, state media said on Monday.",
        ("resuming", "MM", "*", False, "tin zinc tungsten", None),
    ),
    (
        "Washington exempts silver, cobalt and other critical minerals from reciprocal tariffs",
        "The executive order spares silver, cobalt, antimony and magnesium from the levies, the "
        "White House said on Friday.",
        ("resuming", "*", "US", False, "silver cobalt antimony magnesium", None),
    ),
    (
        "Zimbabwe bans exports of raw lithium and other minerals",
        "HARARE, Dec 21 - Zimbabwe banned the export of unprocessed lithium and platinum ores, "
        "the mines minister said on Wednesday.",
        ("suspended", "ZW", "*", False, "lithium platinum", None),
    ),
    (
        "Kinshasa waives export ban on cobalt and other minerals",
        "Congo granted miners a waiver to its ban on exports of cobalt hydroxide as well as "
        "copper and tin concentrates, the mines ministry said.",
        ("resuming", "CD", "*", False, "cobalt copper tin", None),
    ),
]

#: A title naming its metals with no open class: a lede's other metals are not the measure's.
OPEN_LIST_METALS_NEAR_MISSES: list[Any] = [
    (
        "Myanmar lifts export curbs on tin",
        "Myanmar's military government lifted restrictions on tin ore exports, state media "
        "reported, as zinc prices rose in London.",
        ("resuming", "MM", "*", False, "tin", None),
    ),
    (
        "Zimbabwe bans exports of raw lithium",
        "Zimbabwe banned the export of unprocessed lithium ore on Wednesday, a move analysts "
        "said could lift platinum investment too.",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
]

#: A fresh batch of both kinds, written after the fixes as a check (labels committed before the
#: engine read them).
FRESH_BATCH: list[Any] = [
    pytest.param(
        "Sterling edges up; metals traders eye Ottawa's new aluminium surtax",
        "The pound rose 0.2% against the dollar in early London trade on Thursday. Canada "
        "imposed a 25% surtax on aluminium imports from China, the finance department said "
        "late on Wednesday.",
        ("tariff", "CN", "CA", False, "aluminium", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "proposed, not the kinds fixed: the traders' 'eye' is read as the measure's plan "
                "word (its rate and metals are right)"
            ),
        ),
    ),
    pytest.param(
        "Copper futures climb as Washington flags tariffs on refined copper",
        "Copper futures on Comex rose 2% on Tuesday, widening their premium over London. The "
        "White House said it planned a 15% tariff on refined copper imports from next year, an "
        "official said.",
        ("tariff", "*", "US", True, "copper", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "proposed, not the kinds fixed: a market title's 'flags tariffs' whose lede says "
                "'planned' is read as decided (its rate and metals are right)"
            ),
        ),
    ),
    (
        "BRIEF-Turkey raises import duty on steel to 20%",
        "ANKARA, March 3 - Turkey's trade ministry raised customs duties on imports of "
        "steel products, the Official Gazette showed on Friday.",
        ("tariff", "*", "TR", False, "steel", 20),
    ),
    (
        "South Africa sets 10% export duty on scrap copper",
        "JOHANNESBURG, June 9 (Reuters) - South Africa will charge a 10% duty on scrap copper "
        "exports from July 1, the Treasury said. Industry groups had sought 20%.",
        ("tariff", "ZA", "*", False, "copper", 10),
    ),
    (
        "Philippines suspends export ban on nickel and other mineral ores",
        "Manila lifted the ban on shipments of raw nickel, cobalt and bauxite ores, the "
        "environment department said on Friday.",
        ("resuming", "PH", "*", False, "nickel cobalt bauxite", None),
    ),
    (
        "Beijing adds gallium, germanium and other strategic metals to export licence list",
        "China will require licences for exports of gallium, germanium, antimony and graphite "
        "from Aug. 1, the commerce ministry said.",
        ("licensing", "CN", "*", False, "gallium germanium antimony graphite", None),
    ),
    (
        "Vietnam bans exports of raw tin ore",
        "Vietnam banned exports of unprocessed tin ore, a decree showed, as zinc and lead "
        "smelters sought more local feed.",
        ("suspended", "VN", "*", False, "tin", None),
    ),
]
