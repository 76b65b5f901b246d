"""Measures of ``test_classifier_kinds_109.py``: two paraphrases of each of the last 16 of 50
studied wire rows the engine read right, labelled with the row's own label before the engine
read them; the layout is ``kinds_109_cases_a.py``'s.
"""

from __future__ import annotations

from typing import Any

SA = "steel aluminium"

#: (title, summary, want): measures, as the rows they paraphrase were labelled.
LAST_MEASURES: list[Any] = [
    # rw3-037
    (
        "EU Commission proposes Russian gold import ban",
        "",
        ("suspended", "RU", "EU", True, "gold", None),
    ),
    (
        "Brussels seeks to ban Russian gold in sanctions top-up",
        "The European Commission proposed on Friday to add a ban on purchases of Russian gold to "
        "its sanctions.",
        ("suspended", "RU", "EU", True, "gold", None),
    ),
    # rw-039
    (
        "India hikes gold import duty to 12.5% from 7.5%",
        "",
        ("tariff", "*", "IN", False, "gold", 12.5),
    ),
    (
        "Indian finance ministry raises basic customs duty on gold to 12.5 per cent",
        "",
        ("tariff", "*", "IN", False, "gold", 12.5),
    ),
    # rw-035
    (
        "Trump cuts tariff on Turkish steel to 25% from 50%",
        "",
        ("resuming", "TR", "US", False, "steel", None),
    ),
    (
        "Washington halves duties on steel from Turkey",
        "The tariff on Turkish steel imports falls to 25% from Monday, the White House said.",
        ("resuming", "TR", "US", False, "steel", None),
    ),
    # rw2-060
    (
        "US considering ban on Russian aluminium imports - sources",
        "",
        ("suspended", "RU", "US", True, "aluminium", None),
    ),
    (
        "Biden administration mulls barring Russian aluminum, people familiar say",
        "",
        ("suspended", "RU", "US", True, "aluminium", None),
    ),
    # rw2-139
    (
        "Commerce Department launches aluminum import monitoring and licensing system",
        "",
        ("licensing", "*", "US", False, "aluminium", None),
    ),
    (
        "U.S. aluminum importers will need licences under new Commerce system",
        "",
        ("licensing", "*", "US", False, "aluminium", None),
    ),
    # rw3-001
    (
        "US cuts Brazil semi-finished steel quota to 60,000 tonnes for rest of 2020 - USTR",
        "",
        ("quota", "BR", "US", False, "steel", None),
    ),
    (
        "USTR slashes quota on Brazilian semi-finished steel for last quarter",
        "",
        ("quota", "BR", "US", False, "steel", None),
    ),
    # rw2-138
    (
        "China releases first batch of 2020 import quotas for copper and aluminium scrap",
        "",
        ("quota", "*", "CN", False, "copper aluminium", None),
    ),
    (
        "Beijing grants first 2020 scrap import quotas for copper, aluminium",
        "The quotas were issued on Monday by the solid waste management centre.",
        ("quota", "*", "CN", False, "copper aluminium", None),
    ),
    # rw2-123
    (
        "India restricts plain silver jewellery imports till March 2026 - DGFT notification",
        "",
        ("licensing", "*", "IN", False, "silver", None),
    ),
    (
        "Imports of unstudded silver jewellery into India will need a licence until March 2026",
        "",
        ("licensing", "*", "IN", False, "silver", None),
    ),
    # rw-051
    (
        "Zimbabwe to ban lithium concentrate exports from 2027 - official",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Zimbabwe's mines ministry plans halt to lithium concentrate exports from January 2027",
        "The ban would push miners to build lithium sulphate plants, an official said.",
        ("suspended", "ZW", "*", True, "lithium", None),
    ),
    # rw3-063
    (
        "Mexico's higher tariffs on Chinese steel, cars take effect",
        "",
        ("tariff", "CN", "MX", False, "steel", None),
    ),
    (
        "Mexico starts charging higher duties on steel and cars from China",
        "The tariffs on more than 1,400 products from Asian countries without a trade deal took "
        "effect on Thursday.",
        ("tariff", "CN", "MX", False, "steel", None),
    ),
    # rw2-043
    (
        "China to extend anti-dumping duties on South Korean stainless steel for five years - "
        "MOFCOM",
        "",
        ("tariff", "KR", "CN", False, "steel", None),
    ),
    (
        "Beijing keeps dumping duties on Korean stainless steel for another five years",
        "",
        ("tariff", "KR", "CN", False, "steel", None),
    ),
    # rw-097
    (
        "Trump threatens to double Canadian steel, aluminum tariffs to 50% over Ontario "
        "electricity surcharge",
        "",
        ("tariff", "CA", "US", True, SA, 50),
    ),
    (
        "Trump says Canada's steel and aluminum will face fifty percent tariffs over power levy",
        "",
        ("tariff", "CA", "US", True, SA, 50),
    ),
    # rw-029
    (
        "Canada removes retaliatory tariffs on U.S. steel and aluminum",
        "",
        ("resuming", "US", "CA", False, SA, None),
    ),
    (
        "Ottawa lifts its counter-duties on American steel, aluminium",
        "",
        ("resuming", "US", "CA", False, SA, None),
    ),
    # rw2-133
    (
        "India imposes provisional anti-dumping duty on Chinese aluminium foil",
        "",
        ("tariff", "CN", "IN", False, "aluminium", None),
    ),
    (
        "Chinese aluminium foil to face provisional dumping duty in India",
        "The finance ministry imposed the duty for six months.",
        ("tariff", "CN", "IN", False, "aluminium", None),
    ),
    # rw3-065
    (
        "EU redistributes Russia, Belarus steel safeguard quota volumes",
        "",
        ("quota", "*", "EU", False, "steel", None),
    ),
    (
        "European Commission reassigns safeguard quotas held by Russian and Belarusian steel",
        "",
        ("quota", "*", "EU", False, "steel", None),
    ),
    # rw-055
    (
        "India hikes import duty on gold, silver findings to 15%",
        "",
        ("tariff", "*", "IN", False, "gold silver", 15),
    ),
    (
        "Indian government raises customs duty on gold and silver findings to fifteen per cent",
        "The increase aims to check imports.",
        ("tariff", "*", "IN", False, "gold silver", 15),
    ),
]
