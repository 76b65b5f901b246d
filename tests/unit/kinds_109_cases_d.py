"""No measures of ``test_classifier_kinds_109.py``: two paraphrases of each of 20 studied wire
rows the engine read right as no event that name a measure or a policy word (talks, a petition,
a probe, another good's measure, a plan dropped, trade figures, a royalty), labelled no event
before the engine read them; the layout is ``kinds_109_cases_a.py``'s.
"""

from __future__ import annotations

from typing import Any

import pytest

_ON_HOLD = (
    "counter-tariffs 'put on hold' read as a measure in force suspended, as the rows read 'puts "
    "... on hold'; the row's 'shelves' (a plan dropped) is read right: not widened, the words "
    "alone do not tell whether the measure was in force"
)
_AS_CLAUSE = (
    "another party's own levy suspended in an 'as' clause is read as the release; 'as' is not "
    "a background cut (too common a word), and the main clause's 'pulls back on' is no release "
    "verb"
)

#: (title, summary, want): no event, as the rows they paraphrase were labelled.
NON_MEASURES: list[Any] = [
    # rw2-141
    ("Japan, U.S. to begin talks on steel, aluminium tariffs - METI", "", None),
    (
        "Washington and Tokyo agree to negotiate over U.S. tariffs on Japanese steel, aluminum",
        "",
        None,
    ),
    # rw2-058
    ("Canada to impose 25% tariffs on C$30 bln of U.S. goods including orange juice", "", None),
    (
        "Trudeau announces twenty-five percent counter-duties on American appliances, juice",
        "Canada's tariffs also cover wine and clothing.",
        None,
    ),
    # rw2-010
    (
        "Sibanye-Stillwater petitions U.S. for anti-dumping duties on Russian palladium",
        "",
        None,
    ),
    ("Sibanye seeks U.S. duties on palladium from Russia, alleging dumping", "", None),
    # rw2-093
    (
        "Trump launches Section 232 investigation into processed critical minerals imports",
        "",
        None,
    ),
    (
        "White House orders national security probe of critical mineral imports, including rare "
        "earths",
        "",
        None,
    ),
    # rw2-140
    ("Dutch government curbs ASML chip-tool exports to China", "", None),
    ("The Hague restricts shipments of ASML lithography machines to China", "", None),
    # rw2-053
    ("India's November gold imports surge to record $14.8 bln", "", None),
    ("Record gold imports into India in November as festive demand peaks", "", None),
    # rw3-081
    ("China imposes provisional anti-dumping measures on EU brandy - MOFCOM", "", None),
    (
        "Importers of European brandy must pay deposits under Beijing's provisional duties",
        "",
        None,
    ),
    # rw3-109
    pytest.param(
        "Canada puts aluminium counter-tariffs on hold - Freeland",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_ON_HOLD),
    ),
    (
        "Freeland says Ottawa won't proceed with aluminum countermeasures for now",
        "",
        None,
    ),
    # rw2-057
    ("Tanzania to require miners to sell 20% of gold output to central bank", "", None),
    ("Tanzanian gold miners must set aside a fifth of output for the Bank of Tanzania", "", None),
    # rw2-148
    (
        "Trump drops threat to double Canadian steel, aluminum tariffs after Ontario backs down",
        "",
        None,
    ),
    pytest.param(
        "Trump pulls back on 50% tariff plan for Canada's steel, aluminium as Ontario suspends "
        "surcharge",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_AS_CLAUSE),
    ),
    # rw2-114
    ("Indonesia hikes nickel ore royalty to up to 19%", "", None),
    ("Jakarta to raise royalties on nickel ore to between 14% and 19%", "", None),
    # rw2-036
    ("China imposes export controls on synthetic diamonds, superhard materials", "", None),
    ("Beijing restricts exports of lab-grown diamonds and superhard materials", "", None),
    # rw2-073
    ("MP Materials stops shipping rare earths to China", "", None),
    ("U.S. miner MP halts rare earth concentrate sales to China as tariffs soar", "", None),
    # rw2-115
    ("China to lift anti-dumping duties on Australian barley", "", None),
    ("Beijing scraps duties on Australian barley, ending three-year dispute", "", None),
    # rw2-074
    ("Russia imposes temporary restrictions on enriched uranium exports to U.S.", "", None),
    ("Moscow has curbed enriched uranium supplies to the United States", "", None),
    # rw4-081
    (
        "Trump agrees titanium sponge imports threaten security, opts for talks with Japan",
        "",
        None,
    ),
    ("Trump chooses negotiation over tariffs on titanium sponge from Japan", "", None),
    # rw2-071
    ("China's April rare earth magnet exports fall 74% - customs", "", None),
    ("Rare earth magnet shipments from China slump three-quarters in April", "", None),
    # rw-085
    ("China raises rare earth mining quota 12.5% in first 2024 batch", "", None),
    ("Beijing boosts first-batch 2024 rare earth mining quota", "", None),
    # rw3-085
    ("China's 2024 steel exports highest since 2015", "", None),
    ("Chinese steel shipments abroad jump 22.7% to nine-year peak", "", None),
    # rw2-051
    ("Philippine Congress removes raw ore export ban from mining bill", "", None),
    ("Philippines' lawmakers scrap proposed nickel ore export ban in final bill", "", None),
]
