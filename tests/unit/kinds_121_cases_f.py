"""A second fresh batch of ``test_classifier_kinds_121.py``, in a wire's style: a slug before
the title ("UPDATE 2-"), a dateline lede, and the figures a wire story carries beside the
measure's own (a price move, a share of imports, the old rate, a tonnage, another country's
rate), in the three groups (rate, corridor, metals), with near misses in their words. Labelled
and committed before the engine read them; the first reading is in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): measures, then near misses (``None``).
WIRE: list[Any] = [
    (
        "UPDATE 2-India raises import duty on gold, silver to curb trade deficit",
        "NEW DELHI, July 5 (Reuters) - India raised the import duty on gold and silver to 15% from 10.75%, the finance ministry said on Friday, as imports jumped 40% in June.",
        ("tariff", "*", "IN", False, "gold silver", 15),
    ),
    (
        "Indonesia sets 7.5% export duty on copper concentrate from June",
        "JAKARTA, May 12 (Reuters) - Copper prices rose 1.2% after the announcement. Freeport Indonesia, which ships about 40% of its output abroad, said it would comply.",
        ("tariff", "ID", "*", False, "copper", 7.5),
    ),
    (
        "US doubles tariff on Chinese tungsten to 50%",
        "WASHINGTON, Sept 3 (Reuters) - The rate, up from 25%, applies to tungsten products from China, which supplies about 80% of U.S. imports.",
        ("tariff", "CN", "US", False, "tungsten", 50),
    ),
    (
        "Vietnam imposes anti-dumping duties on Chinese aluminium",
        "HANOI, Aug 1 (Reuters) - Vietnam's trade ministry imposed anti-dumping duties of up to 35.58% on aluminium extrusions from China for five years, it said on Tuesday.",
        ("tariff", "CN", "VN", False, "aluminium", 35.58),
    ),
    pytest.param(
        "Chile to cap lithium exports to China",
        "SANTIAGO, Oct 4 (Reuters) - Chile will cap lithium carbonate shipments to China at 50,000 tonnes a year, the mining ministry said.",
        ("quota", "CL", "CN", True, "lithium", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="label at odds with the documented convention: a ministry's own 'will' in the lede decides (read decided)",
        ),
    ),
    (
        "China halts antimony shipments to the United States",
        "BEIJING, Dec 3 (Reuters) - China banned exports of antimony, gallium and germanium to the United States on Tuesday, escalating trade tensions.",
        ("suspended", "CN", "US", False, "antimony gallium germanium", None),
    ),
    (
        "EU adopts ban on Russian aluminium imports",
        "BRUSSELS, Feb 24 (Reuters) - European Union countries adopted a phased ban on imports of primary aluminium from Russia as part of a new sanctions package, the bloc said.",
        ("suspended", "RU", "EU", False, "aluminium", None),
    ),
    pytest.param(
        "UPDATE 1-Mexico imposes tariffs of up to 35% on steel from Asia",
        "MEXICO CITY, Dec 10 (Reuters) - Mexico will charge tariffs of up to 35% on steel from countries it has no trade agreement with, including China, the economy ministry said.",
        ("tariff", "*", "MX", False, "steel", 35),
        marks=pytest.mark.xfail(
            strict=True,
            reason="label at odds with the documented convention: a title naming no one exporter takes the first its lede names, 'including China' (read CN)",
        ),
    ),
    (
        "South Korea slaps provisional duties on Chinese steel plate",
        "SEOUL, Feb 20 (Reuters) - South Korea will impose provisional anti-dumping duties of 27.91% to 38.02% on steel plate from China, the trade ministry said.",
        ("tariff", "CN", "KR", False, "steel", None),
    ),
    (
        "Russia extends ban on gasoline, keeps duty on nickel exports",
        "MOSCOW, Jan 9 (Reuters) - Russia will keep a 10% export duty on nickel through 2026, the government said.",
        ("tariff", "RU", "*", False, "nickel", 10),
    ),
    (
        "Zambia suspends copper exports to Tanzania over levy dispute",
        "LUSAKA, March 2 (Reuters) - Zambia suspended copper cathode exports through Tanzania's Dar es Salaam port, the mines ministry said.",
        ("suspended", "ZM", "TZ", False, "copper", None),
    ),
    (
        "Japan, South Korea hit with Chinese export curbs on gallium",
        "BEIJING, Jan 6 (Reuters) - China requires licences for gallium shipments to Japan and South Korea from this month, the commerce ministry said.",
        ("licensing", "CN", "JP", False, "gallium", None),
    ),
    (
        "Canada imposes 25% surtax on Chinese steel and aluminium",
        "OTTAWA, Aug 26 (Reuters) - Canada's surtax on Chinese steel and aluminium products takes effect Oct. 15, Finance Minister Chrystia Freeland said, matching a 100% U.S. levy on Chinese electric vehicles.",
        ("tariff", "CN", "CA", False, "steel aluminium", 25),
    ),
    (  # a strict xfail until classifier_bill_plan (kinds 123): a bill in the lede, a plan
        "Philippines to ban nickel ore exports from 2030",
        "MANILA, Feb 3 (Reuters) - Nickel ore exports, about 30 million tonnes last year, would be phased out under the bill, a senator said.",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    (
        "Brazil raises tariff on aluminium wire rod imports",
        "BRASILIA, April 9 (Reuters) - Brazil's Gecex raised the import tariff on aluminium wire rod to 25% from 12.6% for a year, the trade ministry said.",
        ("tariff", "*", "BR", False, "aluminium", 25),
    ),
    (
        "Indonesia bans bauxite ore exports to boost smelting",
        "JAKARTA, June 10 (Reuters) - Indonesia exported 31 million tonnes of bauxite last year, mainly to China, where alumina prices rose 3%.",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "US tariffs on Brazilian steel rise to 50%",
        "WASHINGTON, June 4 (Reuters) - The increase from 25% applies to all steel imports into the United States except from Britain.",
        ("tariff", "BR", "US", False, "steel", 50),
    ),
    (
        "UK imposes 35% tariff on Russian copper, aluminium",
        "LONDON, March 15 (Reuters) - Britain raised tariffs on Russian copper, aluminium and nickel by 35 percentage points, the finance ministry said.",
        ("tariff", "RU", "GB", False, "copper aluminium nickel", 35),
    ),
    (
        "Kyrgyzstan bans gold exports for six months",
        "BISHKEK, Oct 1 (Reuters) - The ban on exports of gold bullion by private miners will help the central bank rebuild reserves, which fell 4% last quarter.",
        ("suspended", "KG", "*", False, "gold", None),
    ),
    (
        "Thailand imposes anti-dumping duty on Vietnamese zinc-coated steel",
        "BANGKOK, Nov 2 (Reuters) - Thailand imposed a 15.2% anti-dumping duty on zinc-coated steel sheet from Vietnam for five years.",
        ("tariff", "VN", "TH", False, "steel", 15.2),
    ),
    ("UPDATE 3-Copper hits record as traders rush metal to US ahead of tariffs", "", None),
    (
        "China's gallium exports to Japan fall 30% after licence rules",
        "BEIJING, Feb 20 (Reuters) - China exported 2.1 tonnes of gallium to Japan in January, customs data showed.",
        None,
    ),
    (
        "Aluminium premium in Japan jumps 12% on US tariff worries",
        "TOKYO, March 5 (Reuters) - Japanese buyers agreed to pay $175 a tonne over LME prices, up 12%.",
        None,
    ),
    (
        "India's steel ministry seeks 25% safeguard duty on Chinese imports",
        "NEW DELHI, Jan 14 (Reuters) - The ministry asked the finance ministry to raise the duty, an official said.",
        None,
    ),
    (
        "Silver lining? Lead prices firm as Chinese smelters cut output",
        "",
        None,
    ),
]
