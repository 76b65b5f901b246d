"""Cases of ``test_classifier_kinds_69.py`` (EXPORT_QUOTAS, EXPORT_TAXES, FUTURE_BANS,
LOCAL_PROCESSING, EXPORT_LICENSING, CHANNELS, SUSPENSIONS, SITES), labelled before the engine read
them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

import pytest
from kinds_cases import Want

_UNKNOWN_AGENCY = pytest.mark.xfail(
    strict=True,
    reason="Congo's strategic minerals regulator (ARECOMS) is no place the gazetteer knows: no origin",
)


_BAN_BESIDE = pytest.mark.xfail(
    strict=True,
    reason="a processing requirement beside an end of exports: the requirement ('requires') decides, not the ban in force beside it",
)


_REFINERY_STATE = pytest.mark.xfail(
    strict=True,
    reason="a refinery made the state's sole exporter reads as operations news (the refinery's)",
)


_LIST_ISSUED = pytest.mark.xfail(
    strict=True,
    reason="'issues list of registered exporters' has no word the rules react to ('approved' has)",
)


#: (title, summary, want): export quotas and their allocation (and mining quotas, questions: none)
EXPORT_QUOTAS: list[tuple[str, str, Want] | object] = [
    ("DRC sets 2026 cobalt export quota at 96,600 tonnes", "", ("quota", "CD", "*", False)),
    (
        "Congo allocates first cobalt export quotas to miners, CMOC gets largest share",
        "",
        ("quota", "CD", "*", False),
    ),
    pytest.param(
        "Congo's ARECOMS caps cobalt exports at 18,125 tons for rest of 2025",
        "The strategic minerals regulator said annual quotas of 96,600 tons apply from 2026.",
        ("quota", "CD", "*", False),
        marks=_UNKNOWN_AGENCY,
    ),
    ("China cuts first-batch tungsten export quota by 6%", "", ("quota", "CN", "*", False)),
    (
        "Vietnam introduces annual export quota for rare earth concentrates",
        "",
        ("quota", "VN", "*", False),
    ),
    (
        "Congo replaces cobalt export ban with quota system from Oct 16",
        "",
        ("quota", "CD", "*", False),
    ),
    (
        "Kinshasa to keep cobalt export quotas in place through 2027, regulator says",
        "",
        ("quota", "CD", "*", False),
    ),
    (
        "Indonesia limits nickel ore exports to 50 million tonnes under new quota",
        "",
        ("quota", "ID", "*", False),
    ),
    ("Congo mulls export quotas for cobalt as prices slump", "", ("quota", "CD", "*", True)),
    ("Laos sets tin concentrate export cap for 2026", "", ("quota", "LA", "*", False)),
    ("China issues first batch of 2025 rare earth mining quotas", "", None),
    ("Will Congo's cobalt quotas hold prices up?", "", None),
    ("Cobalt miners scramble for quota allocations; prices steady", "", None),
]


#: (title, summary, want): export taxes and duties on ores and concentrates (a royalty: none)
EXPORT_TAXES: list[tuple[str, str, Want] | object] = [
    ("Zimbabwe imposes 5% export tax on lithium concentrates", "", ("tariff", "ZW", "*", False)),
    (
        "Indonesia raises copper concentrate export duty to 10% from 7.5%",
        "",
        ("tariff", "ID", "*", False),
    ),
    (
        "Russia introduces export duties on nickel, aluminium and copper",
        "",
        ("tariff", "RU", "*", False),
    ),
    (
        "Russia extends export duty on aluminium and nickel to end-2026",
        "",
        ("tariff", "RU", "*", False),
    ),
    ("South Africa approves export tax on ferrous and non-ferrous scrap", "", None),
    ("South Africa slaps 20% export duty on scrap steel", "", ("tariff", "ZA", "*", False)),
    (
        "Indonesia plans export levy on nickel pig iron and ferronickel",
        "The energy ministry said the tax could be introduced next year.",
        ("tariff", "ID", "*", True),
    ),
    ("Zambia scraps export duty on copper concentrates", "", ("resuming", "ZM", "*", False)),
    ("Mongolia lifts export tax on copper concentrate", "", ("resuming", "MN", "*", False)),
    ("Kazakhstan sets 15% export duty on aluminium scrap", "", ("tariff", "KZ", "*", False)),
    ("DRC raises tax on copper and cobalt concentrate exports", "", ("tariff", "CD", "*", False)),
    (
        "Indonesia's export tax on bauxite to rise to 10% in 2026, minister says",
        "",
        ("tariff", "ID", "*", False),
    ),
    ("Philippines weighs tax on nickel ore exports", "", ("tariff", "PH", "*", True)),
    ("Zimbabwe raises royalty on lithium miners to 7%", "", None),
]


#: (title, summary, want): ore export bans announced with a start date, or planned
FUTURE_BANS: list[tuple[str, str, Want] | object] = [
    (
        "Zimbabwe to ban lithium concentrate exports from January 2027",
        "",
        ("suspended", "ZW", "*", False),
    ),
    (
        "Indonesia will halt bauxite exports from June 2023, Jokowi says",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "Philippines to ban raw nickel ore exports in five years under new bill",
        "",
        ("suspended", "PH", "*", True),
    ),
    ("Gabon to stop manganese ore exports from 2029", "", None),
    ("Namibia bans export of unprocessed lithium ore", "", ("suspended", "NA", "*", False)),
    (
        "Malaysia to ban rare earth raw material exports, PM says",
        "",
        ("suspended", "MY", "*", True),
    ),
    ("Ghana to ban export of raw lithium from next year", "", ("suspended", "GH", "*", False)),
    ("Nigeria plans ban on unprocessed tin ore exports", "", ("suspended", "NG", "*", True)),
    (
        "Zimbabwe brings forward lithium concentrate export ban to 2026",
        "",
        ("suspended", "ZW", "*", False),
    ),
    (
        "Bolivia outlaws exports of lithium carbonate without state approval",
        "",
        ("licensing", "BO", "*", False),
    ),
    ("Could Zimbabwe's lithium ban backfire?", "", None),
]


#: (title, summary, want): local processing required before export
LOCAL_PROCESSING: list[tuple[str, str, Want] | object] = [
    (
        "Zambia orders copper concentrate to be smelted locally before export",
        "",
        ("licensing", "ZM", "*", False),
    ),
    pytest.param(
        "Indonesia requires copper to be refined domestically, ends concentrate exports",
        "",
        ("suspended", "ID", "*", False),
        marks=_BAN_BESIDE,
    ),
    (
        "Tanzania bans export of raw minerals including gold ore",
        "",
        ("suspended", "TZ", "*", False),
    ),
    # written after the first reading, for the kind fixed
    (
        "Tanzania orders gold to be refined in-country before export",
        "",
        ("licensing", "TZ", "*", False),
    ),
    (
        "DRC mandates domestic processing of cobalt hydroxide before exports",
        "",
        ("licensing", "CD", "*", False),
    ),
    (
        "Zimbabwe mandates local refining of lithium before export",
        "",
        ("licensing", "ZW", "*", False),
    ),
    (
        "Ghana requires gold to be refined locally before export",
        "",
        ("licensing", "GH", "*", False),
    ),
]


#: (title, summary, want): export licensing regimes and control lists
EXPORT_LICENSING: list[tuple[str, str, Want] | object] = [
    ("China adds antimony to export control list", "", ("licensing", "CN", "*", False)),
    (
        "China to require export licences for gallium and germanium from Aug 1",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "China imposes export controls on five tungsten, tellurium and molybdenum items",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Beijing tightens graphite export controls, requires permits for high-purity grades",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "China bans exports of gallium, germanium and antimony to United States",
        "",
        ("suspended", "CN", "US", False),
    ),
    (
        "China's commerce ministry expands rare earth export controls to seven more elements",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "MOFCOM Announcement No. 33 of 2024 on Implementing Export Control on Antimony Items",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Announcement of the Ministry of Commerce and the General Administration of Customs on Implementing Export Control on Gallium and Germanium Related Items",
        "Items meeting the following characteristics shall not be exported without permission.",
        ("licensing", "CN", "*", False),
    ),
    ("Malaysia tightens export permits for rare earth ore", "", ("licensing", "MY", "*", False)),
    (
        "Myanmar requires licences for tin exports from Wa region",
        "",
        ("licensing", "MM", "*", False),
    ),
    (
        "Beijing puts silver on export licensing list from January",
        "",
        ("licensing", "CN", "*", False),
    ),
    ("China adds 28 US firms to export control list barring dual-use items", "", None),
    ("China's antimony exports plunge after controls", "", None),
]


#: (title, summary, want): exports kept to a state body or an approved list
CHANNELS: list[tuple[str, str, Want] | object] = [
    (
        "Indonesia limits nickel ore exports to registered exporters",
        "",
        ("licensing", "ID", "*", False),
    ),
    ("Myanmar allows tin exports only through state-run firm", "", ("licensing", "MM", "*", False)),
    (
        "Ghana makes GoldBod sole buyer and exporter of small-scale gold",
        "",
        ("licensing", "GH", "*", False),
    ),
    (
        "Zimbabwe says lithium exports must go through state minerals marketer",
        "",
        ("licensing", "ZW", "*", False),
    ),
    (
        "Rwanda publishes list of approved tin and tungsten exporters",
        "",
        ("licensing", "RW", "*", False),
    ),
    (
        "Venezuela grants exclusive gold export rights to central bank",
        "",
        ("licensing", "VE", "*", False),
    ),
    # written after the first reading, for the kind fixed
    ("Laos allows tin exports only via one state company", "", ("licensing", "LA", "*", False)),
    (
        "Bolivia permits lithium exports only through state corporation",
        "",
        ("licensing", "BO", "*", False),
    ),
    (
        "Tin exports must be sold through state trading firm, Myanmar says",
        "",
        ("licensing", "MM", "*", False),
    ),
    ("Peru gives state miner exclusive silver export rights", "", ("licensing", "PE", "*", False)),
    pytest.param(
        "Tanzania makes central refinery sole buyer and exporter of gold",
        "",
        ("licensing", "TZ", "*", False),
        marks=_REFINERY_STATE,
    ),
    pytest.param(
        "Congo issues list of registered cobalt exporters",
        "",
        ("licensing", "CD", "*", False),
        marks=_LIST_ISSUED,
    ),
    ("Kenya eases gold exports for licensed dealers", "", ("resuming", "KE", "*", False)),
]


#: (title, summary, want): suspensions and resumptions of measures, and of flows
SUSPENSIONS: list[tuple[str, str, Want] | object] = [
    ("China suspends ban on gallium, germanium exports to US", "", ("resuming", "CN", "US", False)),
    ("Congo lifts cobalt export suspension", "", ("resuming", "CD", "*", False)),
    ("Indonesia pauses bauxite export ban for six months", "", ("resuming", "ID", "*", False)),
    ("Zimbabwe lifts ban on lithium ore exports", "", ("resuming", "ZW", "*", False)),
    ("Guinea resumes bauxite exports after licences restored", "", ("resuming", "GN", "*", False)),
    (
        "China resumes issuing rare earth export licences to European firms",
        "",
        ("resuming", "CN", "EU", False),
    ),
    (
        "Gallium shipments from China resume as Beijing grants first export permits",
        "",
        ("resuming", "CN", "*", False),
    ),
    (
        "China halts enforcement of graphite export curbs for a year",
        "",
        ("resuming", "CN", "*", False),
    ),
    ("Myanmar's Wa State suspends tin mining and exports", "", ("suspended", "MM", "*", False)),
    ("Congo extends cobalt export ban by three months", "", ("suspended", "CD", "*", False)),
    ("Philippines reinstates nickel ore export ban", "", ("suspended", "PH", "*", False)),
    ("India scraps import licence requirement for gold coins", "", ("resuming", "*", "IN", False)),
    ("EU suspends steel safeguard quota for Ukraine", "", ("resuming", "UA", "EU", False)),
    (
        "Indonesia lifts temporary halt on copper concentrate exports",
        "",
        ("resuming", "ID", "*", False),
    ),
    ("Will China lift its gallium ban?", "", None),
    ("Mine suspends copper exports after port strike", "", None),
]


#: (title, summary, want): a site as the subject of a stop (written after)
SITES: list[tuple[str, str, Want] | object] = [
    # written after the first reading, for the kind fixed
    ("Refinery halts copper exports after fire", "", None),
    ("Grasberg mine halts copper concentrate exports", "", None),
    ("Kamoa-Kakula copper mine resumes exports", "", None),
    ("Smelter plant suspends aluminium shipments over power cuts", "", None),
    ("Gold mine exports banned by Ghana", "", ("suspended", "GH", "*", False)),
    (
        "Indonesia halts nickel exports from mine operated by Chinese firm",
        "",
        ("suspended", "ID", "*", False),
    ),
]
