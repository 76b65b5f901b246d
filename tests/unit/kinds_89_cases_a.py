"""Cases of ``test_classifier_kinds_89.py`` (CORRIDORS), labelled before the engine read them; the
kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

#: (title, summary, want): kind 1, origin and destination.
CORRIDORS_1: list[Any] = [
    (
        "UPDATE 2-Zimbabwe bans exports of lithium concentrate to curb smuggling",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Namibia halts exports of unprocessed lithium ore",
        "WINDHOEK, June 8 (Reuters) - Namibia has banned the export of unprocessed lithium and other critical minerals, the government said on Wednesday.",
        ("suspended", "NA", "*", False, "lithium", None),
    ),
    (
        "Guinea suspends bauxite exports to China",
        "",
        ("suspended", "GN", "CN", False, "bauxite", None),
    ),
    (
        "Ghana imposes 3% levy on gold exports by small-scale miners",
        "",
        ("tariff", "GH", "*", False, "gold", 3),
    ),
    (
        "Malaysia imposes anti-dumping duties on Chinese cold-rolled steel",
        "",
        ("tariff", "CN", "MY", False, "steel", None),
    ),
    (
        "Philippines slaps safeguard duty on steel imports from Vietnam and Indonesia",
        "",
        ("tariff", "VN", "PH", False, "steel", None),
    ),
    (
        "Vietnam imposes anti-dumping duties on aluminium extrusions from China and Malaysia",
        "",
        ("tariff", "CN", "VN", False, "aluminium", None),
    ),
    (
        "Kazakhstan bans exports of copper scrap by road for six months",
        "",
        ("suspended", "KZ", "*", False, "copper", None),
    ),
    (
        "Mongolia caps copper concentrate exports to China",
        "",
        ("quota", "MN", "CN", False, "copper", None),
    ),
    (
        "Chile sets export quota for lithium carbonate",
        "",
        ("quota", "CL", "*", False, "lithium", None),
    ),
    (
        "Bolivia bans lithium exports without state approval",
        "",
        ("licensing", "BO", "*", False, "lithium", None),
    ),
    (
        "Argentina cuts export duties on copper and lithium",
        "",
        ("resuming", "AR", "*", False, "copper lithium", None),
    ),
    (
        "Peru exempts copper concentrate exports from new levy",
        "",
        ("resuming", "PE", "*", False, "copper", None),
    ),
    (
        "Turkey raises import duties on Chinese steel",
        "",
        ("tariff", "CN", "TR", False, "steel", None),
    ),
    (
        "South Africa imposes export tax on scrap metal including copper and aluminium",
        "",
        ("tariff", "ZA", "*", False, "copper aluminium", None),
    ),
    (
        "Saudi Arabia imposes anti-dumping duties on Indian steel pipes",
        "",
        ("tariff", "IN", "SA", False, "steel", None),
    ),
    ("Ukraine bans imports of Russian steel", "", ("suspended", "RU", "UA", False, "steel", None)),
    (
        "Serbia restricts steel imports with new quotas",
        "",
        ("quota", "*", "RS", False, "steel", None),
    ),
    (
        "South Korea slaps anti-dumping duties on Chinese steel plates",
        "",
        ("tariff", "CN", "KR", False, "steel", None),
    ),
    (
        "Taiwan imposes anti-dumping duties on Chinese and South Korean steel",
        "",
        ("tariff", "CN", "TW", False, "steel", None),
    ),
    (
        "Thailand extends anti-dumping duties on hot-rolled steel from China",
        "",
        ("tariff", "CN", "TH", False, "steel", None),
    ),
    (
        "Brazil raises import tariffs on steel from China",
        "",
        ("tariff", "CN", "BR", False, "steel", None),
    ),
    (
        "Mexico imposes tariffs on steel and aluminium from countries without trade deals",
        "",
        ("tariff", "*", "MX", False, "steel aluminium", None),
    ),
    (
        "Indonesian stainless steel hit with Chinese anti-dumping duties",
        "",
        ("tariff", "ID", "CN", False, "steel", None),
    ),
    (
        "Vietnamese steel hit with US anti-dumping duties",
        "",
        ("tariff", "VN", "US", False, "steel", None),
    ),
    (
        "Kazakh ferro-alloys and steel face Russian import quota",
        "",
        ("quota", "KZ", "RU", False, "steel", None),
    ),
    (
        "EU imposes anti-dumping duties on Turkish and Indian steel",
        "",
        ("tariff", "TR", "EU", False, "steel", None),
    ),
    (
        "Australia slaps dumping duties on Malaysian and Thai aluminium",
        "",
        ("tariff", "MY", "AU", False, "aluminium", None),
    ),
    (
        "Canada imposes duties on Brazilian and Korean steel wire rod",
        "",
        ("tariff", "BR", "CA", False, "steel", None),
    ),
    (
        "India imposes anti-dumping duty on aluminium foil imports from China and Thailand",
        "",
        ("tariff", "CN", "IN", False, "aluminium", None),
    ),
    (
        "US places duties on steel imports from Mexico and Brazil",
        "",
        ("tariff", "MX", "US", False, "steel", None),
    ),
    (
        "Indonesia to curb steel imports from China and Vietnam with licences",
        "",
        ("licensing", "CN", "ID", False, "steel", None),
    ),
    (
        "Turkey extends anti-dumping duties on Chinese aluminium to shipments routed via Malaysia",
        "",
        ("tariff", "MY", "TR", False, "aluminium", None),
    ),
    (
        "Australia extends steel dumping duties to Chinese goods routed via Vietnam",
        "",
        ("tariff", "VN", "AU", False, "steel", None),
    ),
    (
        "Jakarta bans bauxite exports from June",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "Pretoria imposes 20% export duty on scrap steel",
        "",
        ("tariff", "ZA", "*", False, "steel", 20),
    ),
    (
        "Canberra imposes anti-dumping duties on Chinese aluminium extrusions",
        "",
        ("tariff", "CN", "AU", False, "aluminium", None),
    ),
    (
        "Ankara raises tariffs on Chinese steel to 25%",
        "",
        ("tariff", "CN", "TR", False, "steel", 25),
    ),
    (
        "Ottawa slaps 25% surtax on Chinese steel and aluminium",
        "",
        ("tariff", "CN", "CA", False, "steel aluminium", 25),
    ),
    (
        "Brussels imposes provisional duties on Chinese steel wire",
        "",
        ("tariff", "CN", "EU", False, "steel", None),
    ),
    ("Harare bans raw lithium exports", "", ("suspended", "ZW", "*", False, "lithium", None)),
    (
        "Ulaanbaatar halts coal and copper exports to China",
        "",
        ("suspended", "MN", "CN", False, "copper", None),
    ),
    ("Kinshasa imposes cobalt export quotas", "", ("quota", "CD", "*", False, "cobalt", None)),
    (
        "Conakry orders halt to bauxite exports by some miners",
        "",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
    (
        "DGTR duties on Chinese aluminium foil take effect",
        "",
        ("tariff", "CN", "IN", False, "aluminium", None),
    ),
    ("ITAC raises customs duty on steel imports", "", ("tariff", "*", "ZA", False, "steel", None)),
    (
        "CBSA imposes provisional duties on Vietnamese steel wire",
        "",
        ("tariff", "VN", "CA", False, "steel", None),
    ),
    (
        "KTC imposes anti-dumping duties on Japanese steel",
        "",
        ("tariff", "JP", "KR", False, "steel", None),
    ),
    (
        "Anti-Dumping Commission imposes duties on Chinese steel pipes",
        "",
        ("tariff", "CN", "AU", False, "steel", None),
    ),
    (
        "MOFCOM announces export controls on gallium and germanium",
        "BEIJING, July 3 (Xinhua) - China will impose export controls on gallium and germanium items from Aug. 1, the Ministry of Commerce said on Monday.",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    (
        "METI adds export licensing for rare earth magnets",
        "",
        ("licensing", "JP", "*", False, "rare-earths", None),
    ),
    (
        "USTR raises Section 301 tariffs on Chinese steel and aluminium to 25%",
        "",
        ("tariff", "CN", "US", False, "steel aluminium", 25),
    ),
    (
        "EU Commission imposes definitive duties on Chinese tinplate steel",
        "",
        ("tariff", "CN", "EU", False, "steel", None),
    ),
    (
        "SECEX sets anti-dumping duty on Chinese steel pre-painted sheets",
        "",
        ("tariff", "CN", "BR", False, "steel", None),
    ),
    (
        "Export ban on raw minerals takes effect",
        "HARARE, Jan 1 (Reuters) - Zimbabwe's ban on exports of unprocessed lithium ore took effect on Thursday, the mines ministry said.",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Anti-dumping duties on steel wire rod imposed",
        "JAKARTA, Oct 4 (Reuters) - Indonesia imposed anti-dumping duties on steel wire rod from China, the finance ministry said on Friday.",
        ("tariff", "CN", "ID", False, "steel", None),
    ),
    # near misses: no measure, or none of these fields may move
    ("SECEX opens anti-dumping probe into Chinese steel", "", None),
    ("Vietnamese steelmaker halts exports to US over tariff worries", "", None),
    ("Guinea bauxite exports to China jump 20% in May", "", None),
    ("Malaysia, Thailand discuss steel dumping duties", "", None),
    ("Zimbabwe lithium miners seek exemption from export ban", "", None),
    ("Kazakh copper output rises as exports to China grow", "", None),
    ("Turkish steel exports to EU slump under safeguard quotas", "", None),
    ("Chilean copper shipments via Panama delayed by drought", "", None),
    ("DGTR begins anti-dumping probe on aluminium foil from China", "", None),
    ("Ghana gold exports rise as small-scale output grows", "", None),
    ("Ottawa says it will not retaliate against US steel tariffs for now", "", None),
    ("Peru's copper exports to China hit record high", "", None),
    ("Taiwan steelmakers ask for anti-dumping duties on Chinese steel", "", None),
    # second batch (labelled before the unchanged engine read it)
    (
        "EU imposes anti-dumping duties on hot-rolled steel from Vietnam, Japan, India and Egypt",
        "",
        ("tariff", "VN", "EU", False, "steel", None),
    ),
    (
        "Chinese steel faces new tariffs in Vietnam",
        "",
        ("tariff", "CN", "VN", False, "steel", None),
    ),
    (
        "South Africa's ITAC imposes safeguard duty on steel from China, India",
        "",
        ("tariff", "CN", "ZA", False, "steel", None),
    ),
    (
        "Brazil's Gecex raises import tariff on steel to 25%",
        "",
        ("tariff", "*", "BR", False, "steel", 25),
    ),
    (
        "Philippines bars entry of Chinese steel without standards certificate",
        "",
        ("licensing", "CN", "PH", False, "steel", None),
    ),
    (
        "Ukraine's steel exports to EU get duty-free extension",
        "",
        ("resuming", "UA", "EU", False, "steel", None),
    ),
    (
        "Turkish steel hit by Mexican anti-dumping duties",
        "MEXICO CITY, Sept 4 - Mexico's economy ministry imposed anti-dumping duties on steel pipes from Turkey.",
        ("tariff", "TR", "MX", False, "steel", None),
    ),
    (
        "Tariffs on Chinese EVs, steel and aluminium hiked by Canada",
        "",
        ("tariff", "CN", "CA", False, "steel aluminium", None),
    ),
    (
        "Indonesia to curb nickel ore exports to China with quotas",
        "",
        ("quota", "ID", "CN", False, "nickel", None),
    ),
    (
        "Saudi duties on Chinese and Malaysian aluminium take effect",
        "",
        ("tariff", "CN", "SA", False, "aluminium", None),
    ),
    (
        "Argentine steel pipes face US countervailing duties",
        "",
        ("tariff", "AR", "US", False, "steel", None),
    ),
    (
        "Korea's KTC extends anti-dumping duties on Chinese and Taiwanese steel",
        "",
        ("tariff", "CN", "KR", False, "steel", None),
    ),
    (
        "Zambia suspends copper concentrate exports via Congo border post",
        "",
        ("suspended", "ZM", "*", False, "copper", None),
    ),
    (
        "Kyodo: Japan to require export licences for gallium shipments to China",
        "",
        ("licensing", "JP", "CN", False, "gallium", None),
    ),
    (
        "Yonhap: S. Korea slaps anti-dumping duties on Chinese, Japanese steel",
        "",
        ("tariff", "CN", "KR", False, "steel", None),
    ),
    (
        "Xinhua: China bans gallium, germanium exports to United States",
        "",
        ("suspended", "CN", "US", False, "gallium germanium", None),
    ),
    ("Kazakhstan's copper exports hit record despite scrap ban", "", None),
    ("Mexico steel importers seek relief from new tariffs", "", None),
    ("Argentina lithium exports to triple by 2030, chamber says", "", None),
    ("Zambia copper exports slow as Congo border queues grow", "", None),
]
