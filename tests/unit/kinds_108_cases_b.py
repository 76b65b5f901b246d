"""Non-measures of ``test_classifier_kinds_108.py``, second part: measures on goods that are no
watched metal, sanctions on people or banks, measures told hypothetically or recalled, and the
measure words in their non-trade senses. Labelled before the engine read them; the kinds,
first-time counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``None`` for no event.
"""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): measures on other goods, on people or banks; measures told
#: hypothetically, historically, or as a retrospective or anniversary.
ELSEWHERE: list[Any] = [
    ("US raises tariffs on Chinese solar panels; copper prices steady", "", None),
    ("EU imposes duties on Chinese EVs with nickel-rich batteries", "", None),
    ("China suspends soybean imports from US exporter; copper slips", "", None),
    ("Canada slaps tariffs on US timber as aluminium talks drag on", "", None),
    ("US sanctions Russian bank that financed aluminium trades", "", None),
    ("UK sanctions three Russian nickel executives", "", None),
    ("EU travel ban on Congolese officials linked to cobalt smuggling", "", None),
    ("What a 50% copper tariff would mean for US wire makers", "", None),
    ("Explainer: How would an Indonesian bauxite export ban work?", "", None),
    ("Five years on: Indonesia's nickel ore export ban transformed its economy", "", None),
    ("Ten years since China's rare earth quotas were struck down at the WTO", "", None),
    ("If Trump doubles steel tariffs, who loses?", "", None),
    ("Looking back: the 2018 US steel tariffs and what followed", "", None),
    pytest.param(
        "India raises import duty on gold jewellery-making machines",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="goods whose words name a metal keep the measure on it (docs/STATUSES.md: "
            "'rare earth processing technology'); a machine for working the metal is read so",
        ),
    ),
    ("China curbs exports of drone parts days after tungsten price rally", "", None),
    ("Brazil imposes anti-dumping duty on Chinese tyres as steel mills watch", "", None),
    ("Indonesia bans palm oil exports; nickel shipments unaffected", "", None),
    ("US sanctions two Venezuelan officials over illegal gold mining", "", None),
    ("A 1930s lesson: Smoot-Hawley tariffs and the copper slump", "", None),
    ("A US ban on Russian palladium would lift prices 30%, analysts say", "", None),
    ("Column: Why a Chinese antimony export ban might not bite", "", None),
    ("Mexico imposes tariffs on Asian textiles and footwear; steel makers cheer", "", None),
    ("EU bans Russian diamonds in new package; aluminium left for later", "", None),
    (
        "Anniversary: a year of China's gallium export controls",
        "A year after Beijing put gallium and germanium under export licences, prices outside "
        "China remain double their earlier level.",
        None,
    ),
    ("US imposes 100% tariff on Chinese electric vehicles with lithium batteries", "", None),
    ("Australia bans Chinese investor from buying stake in rare earth miner", "", None),
]

#: (title, summary, want): the measure words in a non-trade sense: a ban on mining, a smoking
#: ban, a duty of care, a hiring quota, a licence to mine, shares suspended, curbs on
#: pollution, an electricity tariff.
WORDS: list[Any] = [
    ("Chile bans mining in Atacama national park to protect lithium flats", "", None),
    ("Peru bans new gold mining in Amazon region", "", None),
    ("South Africa's platinum belt town extends smoking ban to mine canteens", "", None),
    ("Australian court says miners owe duty of care over copper tailings", "", None),
    ("UK steelmaker sets 40% quota for women in apprenticeships", "", None),
    ("Zambia grants First Quantum licence to mine copper at new site", "", None),
    ("Ghana revokes mining licences of 12 gold firms", "", None),
    ("Shares of Indonesian nickel miner suspended from trading in Jakarta", "", None),
    ("China curbs pollution at Hebei steel mills ahead of winter", "", None),
    ("South Africa raises electricity tariff by 12%, squeezing aluminium smelter", "", None),
    ("Norway's power tariff hike threatens Hydro's aluminium plants", "", None),
    ("Chile's duty-free zone in Iquique sees copper wire sales jump", "", None),
    ("Congo suspends cobalt mining licence of Chinese-owned firm", "", None),
    ("India bans single-use plastics; aluminium foil makers see gains", "", None),
    ("Kazakhstan caps fuel prices, easing zinc smelter costs", "", None),
    ("Philippine court halts nickel mining on Sibuyan island", "", None),
    ("Russia's Nornickel suspends dividend as palladium prices slump", "", None),
    ("Customs officers seize 40 kg of smuggled gold at Dubai airport", "", None),
    ("Chinese regulator curbs speculative trading in nickel futures", "", None),
    ("LME suspends nickel trading after price spike", "", None),
    ("Indonesia sets 2027 nickel ore mining quota at 220 million tonnes", "", None),
    ("China cuts steel production quota for Tangshan mills", "", None),
    ("Queensland raises coal royalty; Australian copper miners fear they are next", "", None),
    ("Chile's lithium licence auction for Maricunga salt flat draws bids", "", None),
    ("Myanmar's Wa region extends tin mining suspension", "", None),
    ("Mongolia bans coal trucks at night; copper shipments from Oyu Tolgoi continue", "", None),
    ("Germany approves power tariff relief for aluminium smelters", "", None),
    ("US tightens export controls on ammunition; gold prices rise", "", None),
    ("Vietnam caps domestic sale price of rare earth ore", "", None),
    ("Malaysian rare earth refiner wins operating licence renewal", "", None),
    ("Zimbabwe bans lithium miners from hiring foreign staff", "", None),
    ("Guinea suspends bauxite miner's permit over unpaid taxes", "", None),
]
