"""Made-up cases of ``tests/unit/test_classifier_kinds_120.py``: each kind's measures, then
its near misses, as ``(title, summary, want)`` rows for :func:`kinds_exact.check_exact`."""

from __future__ import annotations

from typing import Any

import pytest

#: A watched metal after a verb of change ("doubles", "triples") that the idiom table's
#: "double gold" (a medal count, a record's sales) must not take.
DOUBLED_METALS: list[Any] = [
    (
        "Pakistan doubles gold import duty to 20% to curb smuggling",
        "The revenue board notified the new levy on Tuesday.",
        ("tariff", "*", "PK", False, "gold", 20),
    ),
    (
        "Vietnam doubles silver import tariff to 10%",
        "The finance ministry said the higher rate applies from July.",
        ("tariff", "*", "VN", False, "silver", 10),
    ),
    (
        "Turkey triples gold import tariff to 30% as current account gap widens",
        "The decree was published in the Official Gazette.",
        ("tariff", "*", "TR", False, "gold", 30),
    ),
    (
        "South Africa doubles platinum export levy to 10%",
        "The Treasury said the levy applies to unbeneficiated metal.",
        ("tariff", "ZA", "*", False, "platinum", 10),
    ),
    (
        "Egypt doubles gold, silver import duties to 10%",
        "The finance ministry cited pressure on the pound.",
        ("tariff", "*", "EG", False, "gold silver", 10),
    ),
    (
        "Ghana doubles gold export levy to 3% from April",
        "Small-scale miners' groups criticised the move.",
        ("tariff", "GH", "*", False, "gold", 3),
    ),
]

#: The idiom in its own context: a medal count, a record's sales.
DOUBLED_NEAR_MISSES: list[Any] = [
    (
        "Kenyan runner wins double gold at world championships",
        "She took the 5,000m and 10,000m titles in Tokyo.",
        None,
    ),
    ("Singer's debut album goes double platinum in UK", "The record sold 600,000 copies.", None),
    (
        "Chinese diver clinches double gold in Paris",
        "It was her second title of the Games.",
        None,
    ),
]

#: A list of goods after one origin's demonym: the origin holds for every item.
LISTED_GOODS: list[Any] = [
    (
        "India raises duties on US almonds, apples and steel products",
        "The retaliatory duties take effect on Saturday.",
        ("tariff", "US", "IN", False, "steel", None),
    ),
    (
        "Canada slaps surtax on US whiskey, orange juice and aluminium",
        "Ottawa said the surtax answers Washington's metal tariffs.",
        ("tariff", "US", "CA", False, "aluminium", None),
    ),
    (
        "EU targets US motorcycles, bourbon and steel with counter-tariffs",
        "The Commission published the list on Wednesday.",
        ("tariff", "US", "EU", False, "steel", None),
    ),
    (
        "Mexico imposes tariffs on US pork, cheese and steel",
        "The economy ministry said the duties apply from Tuesday.",
        ("tariff", "US", "MX", False, "steel", None),
    ),
    (
        "Turkey hikes tariffs on US rice, cars and aluminium",
        "The decree was published in the Official Gazette.",
        ("tariff", "US", "TR", False, "aluminium", None),
    ),
    (
        "China imposes anti-dumping duties on Japanese chemicals and stainless steel",
        "The commerce ministry said the duties run for five years.",
        ("tariff", "JP", "CN", False, "steel", None),
    ),
]

#: A second origin named inside the list: the metal's own origin, not the first one's.
LISTED_GOODS_NEAR_MISSES: list[Any] = [
    (
        "Canada slaps surtax on US whiskey and Chinese steel",
        "The finance department said the surtax applies from Monday.",
        ("tariff", "CN", "CA", False, "steel", None),
    ),
    (
        "Brazil raises tariffs on Chinese cars and Korean steel",
        "The trade chamber approved the increases on Thursday.",
        ("tariff", "KR", "BR", False, "steel", None),
    ),
]

#: Trade-measure words the rules did not know: a firm or country blacklisted, an import
#: surveillance, "<demonym> export controls".
UNKNOWN_MEASURE_WORDS: list[Any] = [
    (
        "Russian aluminium trader blacklisted by UK",
        "The trader was added to the sanctions list on Thursday.",
        ("suspended", "RU", "GB", False, "aluminium", None),
    ),
    (
        "Myanmar tin exporter blacklisted by US Treasury",
        "The company was accused of funding the military.",
        ("suspended", "MM", "US", False, "tin", None),
    ),
    pytest.param(
        "EU introduces import surveillance on steel and aluminium",
        "Importers must now obtain a surveillance document.",
        ("licensing", "*", "EU", False, "steel aluminium", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'import surveillance' is no measure word to the rules: read as a monitoring "
            "system (joined as 'import-monitoring') it lost a row of a scored-only set",
        ),
    ),
    pytest.param(
        "Korea launches import surveillance for Chinese copper products",
        "The trade ministry said the system starts next month.",
        ("licensing", "CN", "KR", False, "copper", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'import surveillance' is no measure word to the rules: read as a monitoring "
            "system (joined as 'import-monitoring') it lost a row of a scored-only set",
        ),
    ),
    (
        "Chinese export controls on gallium and germanium take effect",
        "Exporters now need a licence from the commerce ministry.",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    (
        "Indonesian export controls on nickel ore tightened",
        "The energy ministry cut the quotas it will approve.",
        ("licensing", "ID", "*", False, "nickel", None),
    ),
]

#: The same words naming no measure: a blacklist of no trade, surveillance of no goods,
#: controls talked about.
UNKNOWN_MEASURE_WORDS_NEAR_MISSES: list[Any] = [
    (
        "Gold miner's chief blacklisted from football club board",
        "The league cited unpaid debts.",
        None,
    ),
    (
        "Copper thieves caught on surveillance cameras at Chilean mine",
        "Police arrested four men.",
        None,
    ),
    (
        "Analysts debate how Chinese export controls shape gallium investment",
        "A panel at the Fastmarkets conference discussed supply.",
        None,
    ),
]

#: A government named by its department or body ("U.S. Treasury", "European Commission",
#: "Commerce Department"): where the title names the country or the lede does.
GOVERNMENT_BODIES: list[Any] = [
    (
        "U.S. Treasury sanctions Russian palladium producer",
        "The company was added to the sanctions list on Thursday.",
        ("suspended", "RU", "US", False, "palladium", None),
    ),
    pytest.param(
        "Treasury sanctions Chinese copper trader over Iran shipments",
        "The US Treasury said the firm shipped metal to Iran.",
        ("suspended", "CN", "US", False, "copper", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a sanctioned trader is read as market news ('trader' with no policy verb): the veto of market news, not the body, loses it",
        ),
    ),
    (
        "Treasury lifts sanctions on Venezuelan gold miner",
        "The U.S. Treasury issued a general licence on Friday.",
        ("resuming", "VE", "US", False, "gold", None),
    ),
    (
        "Commission extends steel safeguard quotas to 2026",
        "The European Commission said the quotas run two more years.",
        ("quota", "*", "EU", False, "steel", None),
    ),
    (
        "European Commission imposes provisional duties on Chinese aluminium foil",
        "The duties range from 15% to 48%.",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "Commerce Department sets final duty on Mexican steel rebar",
        "The U.S. Commerce Department issued its final determination.",
        ("tariff", "MX", "US", False, "steel", None),
    ),
]

#: The same words naming no government or another's: a bond market, another country's
#: commission.
GOVERNMENT_BODIES_NEAR_MISSES: list[Any] = [
    ("Treasury yields climb as gold retreats", "Bullion fell 1% in New York.", None),
    (
        "South Africa's International Trade Administration Commission imposes steel duty",
        "The duty applies to imports of hot-rolled coil.",
        ("tariff", "*", "ZA", False, "steel", None),
    ),
    pytest.param(
        "Treasury sanctions gold smuggling network",
        "The network moved gold through several countries.",
        ("suspended", "*", "*", False, "gold", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="sanctions on a network are read as on people, not goods (a rule of the engine): the label may be the one at odds",
        ),
    ),
]

#: A bare "Treasury" heading the title (or after "by") whose summary names the place's
#: Treasury (written after the change of :mod:`tui.engine.classifier_treasury`, committed
#: before the engine read them).
PLACED_TREASURY: list[Any] = [
    (
        "Treasury sanctions Sudanese gold refinery",
        "The US Treasury said the refinery financed the paramilitary forces.",
        ("suspended", "SD", "US", False, "gold", None),
    ),
    pytest.param(
        "Treasury blacklists North Korean copper exporter",
        "The U.S. Treasury said the firm shipped concentrate to China.",
        ("suspended", "KP", "US", False, "copper", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the firm's 'exporter' is read as the flow (KP's exports), and the lede's US Treasury is not read as the importer of an export measure",
        ),
    ),
    pytest.param(
        "Belarusian potash and steel firms sanctioned by Treasury",
        "The UK Treasury added six companies to its list.",
        ("suspended", "BY", "GB", False, "steel", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'sanctioned' in the passive is no measure word to the rules (only the noun 'sanctions' is)",
        ),
    ),
    (
        "The Treasury eases sanctions on Venezuelan gold sector",
        "The US Treasury issued a general licence on Monday.",
        ("resuming", "VE", "US", False, "gold", None),
    ),
]

#: A measure's rate after "from" that an exemption or a relief governs ("denied exemption from
#: 25 per cent U.S. tariffs"): the measure's own rate, not a change's former one.
RATES_AFTER_EXEMPTION: list[Any] = [
    (
        "Argentina denied exemption from 25% US steel tariff",
        "Buenos Aires had lobbied for relief for months.",
        ("tariff", "AR", "US", False, "steel", 25),
    ),
    (
        "Brazil refused relief from 50 per cent US aluminium tariffs",
        "The commerce department rejected the request on Friday.",
        ("tariff", "BR", "US", False, "aluminium", 50),
    ),
    (
        "South Korea fails to win exemption from 25% US steel tariffs",
        "Seoul's trade ministry said talks would continue.",
        ("tariff", "KR", "US", False, "steel", 25),
    ),
    pytest.param(
        "India's bid for exemption from 10% US aluminium tariff rejected",
        "New Delhi said it would consider its response.",
        ("tariff", "IN", "US", False, "aluminium", 10),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a bid for an exemption 'rejected' at the title's end is read as no measure (a request)",
        ),
    ),
    (
        "Canadian steel gets no relief from 25 per cent U.S. tariffs",
        "Ottawa said it would keep its countermeasures.",
        ("tariff", "CA", "US", False, "steel", 25),
    ),
    (
        "Mexico denied exemption from 30% US copper tariff",
        "The economy ministry said exporters would seek other markets.",
        ("tariff", "MX", "US", False, "copper", 30),
    ),
]

#: "from" in a change of rate: the former rate, the new one after "to".
RATES_AFTER_EXEMPTION_NEAR_MISSES: list[Any] = [
    (
        "India raises gold import duty from 10% to 15%",
        "The finance ministry notified the change late on Friday.",
        ("tariff", "*", "IN", False, "gold", 15),
    ),
    (
        "Indonesia hikes nickel ore export tax from 5% to 10%",
        "The finance ministry said the rise takes effect in June.",
        ("tariff", "ID", "*", False, "nickel", 10),
    ),
]

#: A bare "Commission" telling a measure at the title's end (", Commission says"): the European
#: Commission, as at the title's head (labels committed before the engine read them).
COMMISSION_TOLD: list[Any] = [
    (
        "Duties on Chinese aluminium foil to stay five more years, Commission says",
        "The anti-dumping measures were extended after an expiry review.",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    pytest.param(
        "Steel safeguard quotas cut by 15% from July, Commission says",
        "Importers face a 25% duty above the quotas.",
        ("quota", "*", "EU", False, "steel", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the lede's duty above the quotas (25%) is read as the quota's rate; the "
            "label records none",
        ),
    ),
    (
        "Anti-dumping duties imposed on Indonesian stainless steel, the Commission said",
        "The duties run for five years.",
        ("tariff", "ID", "EU", False, "steel", None),
    ),
]

#: Another commission, or one that only comments.
COMMISSION_TOLD_NEAR_MISSES: list[Any] = [
    (
        "Gold imports rise 12% in March, trade commission says",
        "The data showed higher jewellery demand.",
        None,
    ),
]
