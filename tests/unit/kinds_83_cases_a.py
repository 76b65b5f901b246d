"""Cases of ``test_classifier_kinds_83.py`` (FLOWS), labelled before the engine read them; the
kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from kinds_goods import GoodsCase


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
