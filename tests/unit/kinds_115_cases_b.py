"""Measures of ``test_classifier_kinds_115.py`` (the other 30): metals trade measures made up in
the styles of the Latin American, Russian and Kazakh, Japanese and Korean press in English and
of official notice titles. Labelled before the engine read them; the first-time counts and
changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): measures in Latin American, Russian, East Asian and official styles.
MORE_MEASURES: list[Any] = [
    # Latin American press in English
    (
        "Mexico slaps 25% tariff on steel from countries without trade deals",
        "",
        ("tariff", "*", "MX", False, "steel", 25),
    ),
    (
        "Brazil raises import tariff on steel products to 25%",
        "",
        ("tariff", "*", "BR", False, "steel", 25),
    ),
    (
        "Argentina eliminates export duties on mining products including copper and lithium",
        "",
        ("resuming", "AR", "*", False, "copper lithium", None),
    ),
    (
        "Chile imposes provisional anti-dumping surcharge on Chinese steel grinding balls",
        "",
        ("tariff", "CN", "CL", False, "steel", None),
    ),
    (
        "Peru's government mulls tax on gold exports by informal miners",
        "",
        ("tariff", "PE", "*", True, "gold", None),
    ),
    (
        "Colombia applies 30% anti-dumping duty on Chinese galvanized steel",
        "",
        ("tariff", "CN", "CO", False, "steel", 30),
    ),
    (
        "Bolivia halts lithium exports pending new law",
        "",
        ("suspended", "BO", "*", False, "lithium", None),
    ),
    # Russian and Kazakh press in English
    (
        "Russia extends ban on exports of gold and platinum scrap until end-2026",
        "MOSCOW, (TASS) - The Russian government has extended a temporary ban on exports of gold and platinum scrap until the end of 2026.",
        ("suspended", "RU", "*", False, "gold platinum", None),
    ),
    (
        "Kazakhstan introduces six-month ban on export of steel scrap by road",
        "",
        ("suspended", "KZ", "*", False, "steel", None),
    ),
    (
        "Russian government sets 10% export duty on nickel and copper",
        "",
        ("tariff", "RU", "*", False, "nickel copper", 10),
    ),
    (
        "Kazakhstan imposes export quota on zinc concentrate",
        "",
        ("quota", "KZ", "*", False, "zinc", None),
    ),
    (
        "Russia scraps export duty on copper and nickel from January - Interfax",
        "",
        ("resuming", "RU", "*", False, "copper nickel", None),
    ),
    (
        "Russia mulls ban on aluminium exports to 'unfriendly' states",
        "",
        ("suspended", "RU", "*", True, "aluminium", None),
    ),
    # Japanese and Korean press
    (
        "S.Korea to levy anti-dumping duties on Chinese steel plates",
        "",
        ("tariff", "CN", "KR", False, "steel", None),
    ),
    (
        "Seoul imposes up to 38% provisional duties on Chinese hot-rolled steel",
        "",
        ("tariff", "CN", "KR", False, "steel", 38),
    ),
    (
        "Japan tightens export controls on chip-making materials including gallium",
        "",
        ("licensing", "JP", "*", False, "gallium", None),
    ),
    (
        "Japan adds gallium and germanium to export licence list",
        "",
        ("licensing", "JP", "*", False, "gallium germanium", None),
    ),
    (
        "Korea considers safeguard tariffs on Chinese steel amid flood of imports",
        "",
        ("tariff", "CN", "KR", True, "steel", None),
    ),
    (
        "Japan lifts anti-dumping duties on South Korean stainless steel",
        "",
        ("resuming", "KR", "JP", False, "steel", None),
    ),
    (
        "Vietnam imposes anti-dumping duties of up to 27.83% on Chinese hot-rolled steel",
        "",
        ("tariff", "CN", "VN", False, "steel", 27.83),
    ),
    # official notice titles
    (
        "MOFCOM Announcement No. 46 of 2025 on Export Control of Graphite Items",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Announcement No. 33 of 2025 of the Ministry of Commerce and the General Administration of Customs on Implementing Export Control on Antimony",
        "",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    (
        "DGFT Notification No. 12/2025: Import policy of gold bars amended from 'Free' to 'Restricted'",
        "",
        ("licensing", "*", "IN", False, "gold", None),
    ),
    (
        "Commission Implementing Regulation (EU) 2025/1345 imposing a definitive anti-dumping duty on imports of aluminium foil originating in the People's Republic of China",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "Commission Implementing Regulation (EU) 2025/880 imposing a provisional anti-dumping duty on imports of hot-rolled steel originating in Vietnam",
        "",
        ("tariff", "VN", "EU", False, "steel", None),
    ),
    (
        "Customs Notification No. 08/2025-Customs (ADD): Government of India imposes anti-dumping duty on copper tubes originating in Malaysia",
        "",
        ("tariff", "MY", "IN", False, "copper", None),
    ),
    (
        "Customs Notification No. 15/2025-Customs (ADD): Seeks to impose anti-dumping duty on imports of aluminium foil originating in or exported from China PR for five years",
        "",
        ("tariff", "CN", "*", False, "aluminium", None),
    ),
    (
        "Commission Implementing Regulation (EU) 2025/2001 extending the definitive anti-dumping duty on imports of aluminium foil originating in China",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "Government Notice R.1234: Amendment of Schedule 1 to the Customs and Excise Act: increase of customs duty on flat-rolled steel to 15%",
        "",
        ("tariff", "*", "*", False, "steel", 15),
    ),
    (
        "MOFCOM Announcement No. 61 of 2025 on Suspending the Export Ban of Gallium, Germanium and Antimony to the United States",
        "",
        ("resuming", "CN", "US", False, "gallium germanium antimony", None),
    ),
]
