"""Who trades with whom and which metals, as wires and trade press write it (session 29), part 2.

Three kinds, in made-up phrasings labelled before the engine read them, each case with the
metals the measure names (a second test checks them):

4. **Exports or imports told by a verb or a noun phrase** other than "exports" and "imports":
   "shipments to", "bound for", "purchases of", "inbound", "outbound", "overseas sales",
   "sales abroad", "deliveries", "arrivals", "inflows", "leaving the country", "going to"; a
   flow named with its exporter and market ("Indian aluminium shipments to US"); and the flow
   only in the lede.
5. **Metals through products and forms**: cathode, concentrate, ore, scrap, ingots, billets,
   slab, nickel pig iron, battery materials, rare earth magnets and oxides, "critical minerals"
   whose metals are listed; goods that name no watched metal ("ferrochrome", "rebar", "NPI",
   "mixed hydroxide precipitate" alone) give no event unless the lede names the metal (the
   board is per metal: README, metals read by their names and aliases only).
6. **Measures on derivative goods** ("steel derivative products", "steel-containing
   products", "downstream aluminium products"): a measure on the metal named.

Near misses of each kind (trade figures, a company's own act, weather, a list that is no
measure, relief sought, a forecast) must stay no event.

First time, on the engine before the change (labels written first, none changed after). The
first batch (81 cases): flows 28 of 32 ("bound for", goods "leaving the country", "US steel
imports from Brazil"), products 37 of 37, derivatives 12 of 12; metals 68 of 68. A second
batch (14 cases, labelled before the engine read it, still on the unchanged engine) for the
flows the first read wrong: 6 of 14 ("destined for", "shipped to", "bound for Chinese
refineries", an importer named before "<metal> imports from X"); metals 14 of 14. A third
batch (14 cases, labelled before the engine read it, still on the unchanged engine) of more
such flows and of guards around them ("shipped from", "bound for American wire mills", "US
bans Turkish steel imports", trade figures, "bound for weekly gain"): 8 of 14; metals 11 of 12.
In all, before the change: 91 of the 109 readings, 93 of the 94 metals.

Fixed, by kind: the place after "bound for", "destined for", "headed for" is the goods' market
(``bound_for`` in ``tui/engine/classifier_sent.py``, read by ``classifier_owners.py``); goods
"shipped to", "bound for" a market not the actor's own, or "leaving the country", with no flow
word and no other country's goods named, are exports (``sent_abroad``, read by
``classifier_direction.py``), and a charge ("tax", "levy") on them an export charge
(``classifier_text.py``); goods bound for buyers ("bound for Chinese smelters") are what a stop
verb halts, not the buyers' operations (``sends_on``, read by ``classifier_phrases.py``); a
demonym before "<metal> imports from X" names the importer (``importer_before_imports`` in
``tui/engine/classifier_importers.py``), and a country from which goods come, standing before
a verb and the measure ("imports from UAE face new quota"), is no imposer of it
(``_imposer_before`` in ``classifier_owners.py``). A fourth batch (6 cases, written after the
change, labelled before the changed engine read it): 5 of 6 ("taxes bauxite destined for
Chinese refineries": a charge beside the participle had no flow; fixed in ``classifier_text.py``
as above), then 6 of 6. After: 115 of 115 readings, metals 99 of 99.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of corridors and metals.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, check_kind
from kinds_goods import GoodsCase, check_metals, metals_params, reading_params, unknown_xfails

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[Any] = []


def _m(*ids: str) -> frozenset[str]:
    return frozenset(ids)


NONE: frozenset[str] = frozenset()

#: kind 4, exports or imports told by a verb or a noun phrase.
FLOWS: list[GoodsCase] = [
    (
        "China halts rare earth shipments to US defence firms",
        "",
        ("suspended", "CN", "US", False),
        _m("rare-earths"),
    ),
    (
        "Indonesia bans nickel ore shipments bound for China",
        "",
        ("suspended", "ID", "CN", False),
        _m("nickel"),
    ),
    (
        "Japan bans purchases of Russian palladium",
        "",
        ("suspended", "RU", "JP", False),
        _m("palladium"),
    ),
    (
        "Mexico caps inbound steel shipments from Brazil",
        "",
        ("quota", "BR", "MX", False),
        _m("steel"),
    ),
    (
        "Philippines mulls tax on outbound nickel ore shipments",
        "",
        ("tariff", "PH", "*", True),
        _m("nickel"),
    ),
    (
        "Zimbabwe bans overseas sales of lithium ore",
        "",
        ("suspended", "ZW", "*", False),
        _m("lithium"),
    ),
    (
        "Congo halts cobalt hydroxide shipments to Chinese refiners",
        "",
        ("suspended", "CD", "CN", False),
        _m("cobalt"),
    ),
    (
        "US bans inbound shipments of Russian aluminium",
        "",
        ("suspended", "RU", "US", False),
        _m("aluminium"),
    ),
    (
        "EU bars arrivals of Russian steel slabs from 2028",
        "",
        ("suspended", "RU", "EU", False),
        _m("steel"),
    ),
    ("China bans antimony sales to US", "", ("suspended", "CN", "US", False), _m("antimony")),
    (
        "Vietnam imposes export tax on outbound iron ore",
        "",
        ("tariff", "VN", "*", False),
        _m("iron-ore"),
    ),
    ("Turkey bans copper scrap sales abroad", "", ("suspended", "TR", "*", False), _m("copper")),
    (
        "South Africa imposes levy on scrap steel leaving the country",
        "",
        ("tariff", "ZA", "*", False),
        _m("steel"),
    ),
    (
        "China tightens controls on germanium going to US",
        "",
        ("licensing", "CN", "US", False),
        _m("germanium"),
    ),
    ("Ukraine bans imports of Russian steel", "", ("suspended", "RU", "UA", False), _m("steel")),
    (
        "India requires licences for purchases of Chinese aluminium",
        "",
        ("licensing", "CN", "IN", False),
        _m("aluminium"),
    ),
    (
        "Russia halts palladium deliveries to unfriendly countries",
        "",
        ("suspended", "RU", "*", False),
        _m("palladium"),
    ),
    (
        "China's tungsten exports to Japan face new licence rule",
        "",
        ("licensing", "CN", "JP", False),
        _m("tungsten"),
    ),
    (
        "US steel imports from Brazil capped under new quota",
        "",
        ("quota", "BR", "US", False),
        _m("steel"),
    ),
    (
        "Indian aluminium shipments to US hit by 50% tariff",
        "",
        ("tariff", "IN", "US", False),
        _m("aluminium"),
    ),
    (
        "India curbs gold inflows from UAE with licence rule",
        "",
        ("licensing", "AE", "IN", False),
        _m("gold"),
    ),
    (
        "Indonesia restricts outbound bauxite cargoes to licensed smelters",
        "",
        ("licensing", "ID", "*", False),
        _m("bauxite"),
    ),
    (
        "Peru lifts tax on gold sales abroad",
        "",
        ("resuming", "PE", "*", False),
        _m("gold"),
    ),
    # the flow told only in the lede
    (
        "Copper scrap curbs tightened",
        "KUALA LUMPUR, Nov 2 (Reuters) - Malaysia will require licences for shipments of copper"
        " scrap bound for China from Jan. 1, the trade ministry said.",
        ("licensing", "MY", "CN", False),
        _m("copper"),
    ),
    (
        "Gallium, germanium shipments banned",
        "BEIJING, Dec 3 (Reuters) - China banned exports of gallium and germanium to the United"
        " States on Tuesday, the commerce ministry said.",
        ("suspended", "CN", "US", False),
        _m("gallium", "germanium"),
    ),
    (
        "Steel import licensing extended",
        "HANOI, Jan 2 (Reuters) - Vietnam extended import licensing for hot-rolled steel from China"
        " and India until 2027, the trade ministry said.",
        ("licensing", "CN", "VN", False),
        _m("steel"),
    ),
    (
        "New duty on zinc purchases",
        "NEW DELHI (Reuters) - India imposed a 10% duty on zinc imported from South Korea and"
        " Japan on Friday, a finance ministry notice said.",
        ("tariff", "KR", "IN", False),
        _m("zinc"),
    ),
    # second batch (labelled before the engine read it, still on the unchanged engine): the
    # market told by "destined for", "headed to", "supplies to", "shipped to"; the importer
    # before its imports from a country; goods "leaving the country"
    (
        "Philippines bans nickel ore cargoes destined for China",
        "",
        ("suspended", "PH", "CN", False),
        _m("nickel"),
    ),
    (
        "Congo halts cobalt shipments headed to China",
        "",
        ("suspended", "CD", "CN", False),
        _m("cobalt"),
    ),
    (
        "China restricts graphite supplies to US chipmakers",
        "",
        ("licensing", "CN", "US", False),
        _m("graphite"),
    ),
    (
        "Russia halts aluminium deliveries to Japan",
        "",
        ("suspended", "RU", "JP", False),
        _m("aluminium"),
    ),
    (
        "Indonesia imposes levy on nickel pig iron shipped to China",
        "",
        ("tariff", "ID", "CN", False),
        _m("nickel"),
    ),
    (
        "Guinea suspends bauxite cargoes bound for Chinese refineries",
        "",
        ("suspended", "GN", "CN", False),
        _m("bauxite"),
    ),
    (
        "Nigeria bans scrap steel leaving the country",
        "",
        ("suspended", "NG", "*", False),
        _m("steel"),
    ),
    (
        "EU aluminium imports from Russia banned from 2026",
        "",
        ("suspended", "RU", "EU", False),
        _m("aluminium"),
    ),
    (
        "India's gold imports from UAE face new quota",
        "",
        ("quota", "AE", "IN", False),
        _m("gold"),
    ),
    (
        "Japan's nickel purchases from Russia halted by new sanctions",
        "",
        ("suspended", "RU", "JP", False),
        _m("nickel"),
    ),
    (
        "Canadian steel imports from China capped at 2024 levels",
        "",
        ("quota", "CN", "CA", False),
        _m("steel"),
    ),
    (
        "Mexico's steel imports from Asia face 50% tariff",
        "",
        ("tariff", "*", "MX", False),
        _m("steel"),
    ),
    (
        "Turkish aluminium imports from Russia hit with 30% duty",
        "",
        ("tariff", "RU", "TR", False),
        _m("aluminium"),
    ),
    (
        "Cobalt cargoes halted",
        "KINSHASA (Reuters) - Congo halted cobalt hydroxide cargoes bound for China on Friday, the"
        " regulator said.",
        ("suspended", "CD", "CN", False),
        _m("cobalt"),
    ),
    # third batch (labelled before the engine read it, still on the unchanged engine): more
    # of the same, and guards of the readings around them
    (
        "Philippines taxes nickel ore cargoes headed for China",
        "",
        ("tariff", "PH", "CN", False),
        _m("nickel"),
    ),
    (
        "Kazakhstan halts zinc concentrate bound for Chinese smelters",
        "",
        ("suspended", "KZ", "CN", False),
        _m("zinc"),
    ),
    (
        "Congo bans copper concentrate shipped to Zambia for processing",
        "",
        ("suspended", "CD", "ZM", False),
        _m("copper"),
    ),
    (
        "Malaysia bans rare earth ore leaving the country",
        "",
        ("suspended", "MY", "*", False),
        _m("rare-earths"),
    ),
    (
        "Indonesia bans nickel ore exports bound for China",
        "",
        ("suspended", "ID", "CN", False),
        _m("nickel"),
    ),
    (
        "US imposes tariffs on aluminium shipped from Canada",
        "",
        ("tariff", "CA", "US", False),
        _m("aluminium"),
    ),
    (
        "US sets tariffs on copper bound for American wire mills",
        "",
        ("tariff", "*", "US", False),
        _m("copper"),
    ),
    ("US bans Turkish steel imports", "", ("suspended", "TR", "US", False), _m("steel")),
    (
        "Indian aluminium imports from China face anti-dumping duty",
        "",
        ("tariff", "CN", "IN", False),
        _m("aluminium"),
    ),
    (
        "Korean steel imports from Japan hit with new duties",
        "",
        ("tariff", "JP", "KR", False),
        _m("steel"),
    ),
    (
        "EU steel imports from India capped by new safeguard quota",
        "",
        ("quota", "IN", "EU", False),
        _m("steel"),
    ),
    (
        "Mexico's steel imports from China face 25% tariff",
        "",
        ("tariff", "CN", "MX", False),
        _m("steel"),
    ),
    # fourth batch (written after the change, labelled before the changed engine read it)
    (
        "Zambia slaps levy on copper concentrate shipped to Tanzania",
        "",
        ("tariff", "ZM", "TZ", False),
        _m("copper"),
    ),
    (
        "Guinea taxes bauxite destined for Chinese refineries",
        "",
        ("tariff", "GN", "CN", False),
        _m("bauxite"),
    ),
    (
        "Vietnamese steel imports from China face new safeguard duty",
        "",
        ("tariff", "CN", "VN", False),
        _m("steel"),
    ),
    (
        "Thai aluminium imports from Vietnam hit with anti-dumping duty",
        "",
        ("tariff", "VN", "TH", False),
        _m("aluminium"),
    ),
    (
        "Myanmar halts rare earth cargoes headed to China",
        "",
        ("suspended", "MM", "CN", False),
        _m("rare-earths"),
    ),
    # near misses: trade figures, a company's own act, weather
    ("Copper shipments to China rise 12% despite tariffs", "", None, NONE),
    ("Zambia's copper shipments to China hit record", "", None, NONE),
    ("Indonesian nickel ore cargoes bound for China delayed by storms", "", None, NONE),
    ("Copper bound for weekly gain as China stimulus lifts demand", "", None, NONE),
    ("Turkish steel imports from Russia rise 20% in May", "", None, NONE),
    ("Indonesian nickel ore bound for China falls 30% in May", "", None, NONE),
    ("Glencore halts cobalt shipments from Congo", "", None, NONE),
    ("Chinese buyers step up purchases of Australian iron ore", "", None, NONE),
]

#: kind 5, metals through products and forms.
PRODUCTS: list[GoodsCase] = [
    (
        "Indonesia bans exports of nickel pig iron to China",
        "",
        ("suspended", "ID", "CN", False),
        _m("nickel"),
    ),
    (
        "Indonesia weighs export tax on NPI, ferronickel",
        "JAKARTA, Feb 1 (Reuters) - Indonesia is considering a tax on exports of nickel pig iron"
        " and ferronickel, a senior official said on Thursday.",
        ("tariff", "ID", "*", True),
        _m("nickel"),
    ),
    (
        "Indonesia plans levy on MHP exports",
        "JAKARTA (Reuters) - Indonesia plans a levy on exports of mixed hydroxide precipitate, a"
        " nickel intermediate used in battery materials, an official said.",
        ("tariff", "ID", "*", True),
        _m("nickel"),
    ),
    (
        "Turkey raises import duty on steel billets and slab",
        "",
        ("tariff", "*", "TR", False),
        _m("steel"),
    ),
    (
        "EU slaps duties on hot-rolled coils from Vietnam, Japan",
        "BRUSSELS (Reuters) - The EU imposed provisional anti-dumping duties on hot-rolled flat"
        " steel from Vietnam and Japan on Friday.",
        ("tariff", "VN", "EU", False),
        _m("steel"),
    ),
    (
        "China requires licences for rare earth magnet exports",
        "",
        ("licensing", "CN", "*", False),
        _m("rare-earths"),
    ),
    (
        "US imposes 50% tariff on semi-finished copper products",
        "",
        ("tariff", "*", "US", False),
        _m("copper"),
    ),
    (
        "US exempts copper cathode and concentrate from 50% tariff",
        "",
        ("resuming", "*", "US", False),
        _m("copper"),
    ),
    (
        "Peru slaps export levy on copper concentrate",
        "",
        ("tariff", "PE", "*", False),
        _m("copper"),
    ),
    ("Congo bans cobalt ore exports", "", ("suspended", "CD", "*", False), _m("cobalt")),
    (
        "China requires export licences for battery-grade graphite",
        "",
        ("licensing", "CN", "*", False),
        _m("graphite"),
    ),
    (
        "India halves import duty on aluminium scrap",
        "",
        ("resuming", "*", "IN", False),
        _m("aluminium"),
    ),
    (
        "Vietnam imposes duties on Chinese aluminium ingots",
        "",
        ("tariff", "CN", "VN", False),
        _m("aluminium"),
    ),
    (
        "Russia sets export duty on nickel cathodes and copper wire",
        "",
        ("tariff", "RU", "*", False),
        _m("nickel", "copper"),
    ),
    (
        "China imposes export controls on lithium battery cathode materials",
        "",
        ("licensing", "CN", "*", False),
        _m("lithium"),
    ),
    (
        "US imposes tariffs on Chinese battery materials including graphite anodes",
        "",
        ("tariff", "CN", "US", False),
        _m("graphite"),
    ),
    (
        "Zimbabwe bans exports of lithium-bearing ores",
        "",
        ("suspended", "ZW", "*", False),
        _m("lithium"),
    ),
    (
        "Tanzania bans exports of raw minerals including tin and gold",
        "",
        ("suspended", "TZ", "*", False),
        _m("tin", "gold"),
    ),
    (
        "China adds antimony ingots and oxides to export licence list",
        "",
        ("licensing", "CN", "*", False),
        _m("antimony"),
    ),
    (
        "US bans imports of Russian aluminium billets",
        "",
        ("suspended", "RU", "US", False),
        _m("aluminium"),
    ),
    (
        "Critical minerals: China restricts graphite, antimony exports",
        "",
        ("licensing", "CN", "*", False),
        _m("graphite", "antimony"),
    ),
    (
        "China restricts exports of silver and tungsten products",
        "",
        ("licensing", "CN", "*", False),
        _m("silver", "tungsten"),
    ),
    (
        "India cuts import duty on copper concentrate to zero",
        "",
        ("resuming", "*", "IN", False),
        _m("copper"),
    ),
    (
        "US 50% tariff applies to aluminum sheet, plate and foil",
        "",
        ("tariff", "*", "US", False),
        _m("aluminium"),
    ),
    (
        "South Korea imposes anti-dumping duty on Chinese zinc ingots",
        "",
        ("tariff", "CN", "KR", False),
        _m("zinc"),
    ),
    (
        "Japan imposes duties on Chinese rare earth permanent magnets",
        "",
        ("tariff", "CN", "JP", False),
        _m("rare-earths"),
    ),
    (
        "India imposes duty on tin concentrate exports",
        "",
        ("tariff", "IN", "*", False),
        _m("tin"),
    ),
    # the metal only in the lede
    (
        "Battery metals export permits tightened",
        "SANTIAGO (Reuters) - Chile will require permits for exports of lithium carbonate and"
        " lithium hydroxide from July 1, the economy ministry said.",
        ("licensing", "CL", "*", False),
        _m("lithium"),
    ),
    (
        "Critical minerals export ban widened",
        "HARARE (Reuters) - Zimbabwe widened its ban on raw mineral exports to include"
        " unprocessed lithium and chrome ore, the mines ministry said on Monday.",
        ("suspended", "ZW", "*", False),
        _m("lithium"),
    ),
    (
        "Rare earth oxide exports halted",
        "YANGON (Reuters) - Myanmar's military government halted exports of rare earth oxides to"
        " China on Wednesday, two officials said.",
        ("suspended", "MM", "CN", False),
        _m("rare-earths"),
    ),
    (
        "Export duty on cathode scrapped",
        "KINSHASA (Reuters) - Congo scrapped its 10% export duty on copper cathode on Monday, a"
        " mines ministry decree showed.",
        ("resuming", "CD", "*", False),
        _m("copper"),
    ),
    # near misses: goods that name no watched metal, a list, mining, weather
    ("India imposes anti-dumping duty on Chinese ferrochrome", "", None, NONE),
    ("Egypt raises rebar import duty", "", None, NONE),
    ("EU slaps duties on Chinese wire rod", "", None, NONE),
    ("US adds copper, silver to critical minerals list", "", None, NONE),
    ("Malaysia extends ban on bauxite mining", "", None, NONE),
    ("Nickel ore prices jump as Philippine rains delay shipments", "", None, NONE),
]

#: kind 6, measures on derivative goods.
DERIVATIVES: list[GoodsCase] = [
    (
        "US widens steel tariffs to 407 derivative products",
        "",
        ("tariff", "*", "US", False),
        _m("steel"),
    ),
    (
        "Commerce adds steel-containing products to 50% tariff list",
        "",
        ("tariff", "*", "US", False),
        _m("steel"),
    ),
    (
        "EU imposes duties on downstream aluminium products from China",
        "",
        ("tariff", "CN", "EU", False),
        _m("aluminium"),
    ),
    (
        "Canada applies 25% surtax to steel derivative goods from China",
        "",
        ("tariff", "CN", "CA", False),
        _m("steel"),
    ),
    (
        "US expands copper tariffs to cables, connectors and other derivatives",
        "",
        ("tariff", "*", "US", False),
        _m("copper"),
    ),
    (
        "India imposes quality control order on steel derivative products",
        "",
        ("licensing", "*", "IN", False),
        _m("steel"),
    ),
    (
        "Derivative steel products from Vietnam face US duties",
        "",
        ("tariff", "VN", "US", False),
        _m("steel"),
    ),
    (
        "US exempts UK aluminium derivative goods from tariffs",
        "",
        ("resuming", "GB", "US", False),
        _m("aluminium"),
    ),
    (
        "Mexico raises tariffs on steel-made goods from Asia",
        "",
        ("tariff", "*", "MX", False),
        _m("steel"),
    ),
    (
        "Aluminium-containing goods added to US tariff list",
        "WASHINGTON (Reuters) - The U.S. Commerce Department added 130 aluminium-containing"
        " products to its 50% tariff list on Monday.",
        ("tariff", "*", "US", False),
        _m("aluminium"),
    ),
    # near misses: relief sought, an effect foretold
    ("Steel derivative importers seek tariff exclusions", "", None, NONE),
    ("Aluminum derivative tariffs to raise can prices, brewers say", "", None, NONE),
]

#: Cases still read wrong, by title: the reading's and the metals' reasons.
READING_XFAIL: dict[str, str] = {}
METALS_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("title", "summary", "want"), reading_params(FLOWS, READING_XFAIL))
def test_exports_or_imports_told_by_a_verb_or_noun(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), reading_params(PRODUCTS, READING_XFAIL))
def test_metals_through_products_and_forms(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), reading_params(DERIVATIVES, READING_XFAIL))
def test_measures_on_derivative_goods(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "metals"), metals_params(FLOWS + PRODUCTS + DERIVATIVES, METALS_XFAIL)
)
def test_the_metals_of_these_measures(title: str, summary: str, metals: frozenset[str]) -> None:
    check_metals(title, summary, metals)


def test_every_xfail_names_a_case() -> None:
    every = FLOWS + PRODUCTS + DERIVATIVES
    assert not unknown_xfails(every, READING_XFAIL)
    assert not unknown_xfails([c for c in every if c[2] is not None], METALS_XFAIL)
