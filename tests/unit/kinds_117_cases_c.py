"""General news of ``test_classifier_kinds_117.py``: two paraphrases each of 30 studied rows of
general news (no watched metal) labelled no event that name a measure word on other goods (cars,
farm goods, chips, tech, services) and that the engine read right, in other outlets' styles.
Labelled (the row's own label, no event) before the engine read them; the kinds, first-time counts
and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``None`` for no event. The comment before each pair names the studied row it paraphrases.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): paraphrases of the 30 general-news rows picked.
GENERAL: list[Any] = [
    # rho-051
    ("Trump takes credit for Britain's Huawei ban; Beijing 'disheartened'", "", None),
    ("UK ban on Huawei was my doing, Trump says", "", None),
    # rh-119
    ("Chamber of Mines supports mining bill that scraps raw ore export ban", "", None),
    ("Miners welcome fiscal reform bill dropping raw ore ban", "", None),
    # rha-017
    (
        "Mexican tariffs would cost Chipotle about $15 million, CFO says -- 'won't impact us'",
        "",
        None,
    ),
    ("Chipotle unfazed by possible $15m tariff hit on Mexican avocados", "", None),
    # rhf-086
    ("Trump order authorises secondary sanctions over Iranian metals trade", "", None),
    ("Iran's metals industry targeted in new US sanctions", "", None),
    # twf-089
    ("Japanese seafood banned by Chinese customs as Fukushima water release begins", "", None),
    ("China halts imports of Japanese seafood over Fukushima wastewater", "", None),
    # rhe-077
    ("Argentina lowers import duties on 27 types of capital equipment", "", None),
    ("Machinery tariffs slashed as Argentina speeds trade opening", "", None),
    # nin-063
    ("British lamb to be allowed into US as import ban ends, Johnson says", "", None),
    ("US to lift ban on UK lamb imports: PM", "", None),
    # rhe-073
    ("Trump uses Section 232 on critical mineral imports, orders talks with allies", "", None),
    (
        "Critical minerals: Section 232 directive calls for negotiations on price floors to curb imports",
        "",
        None,
    ),
    # rhj-034
    ("Sherritt halts Cuban mining as fuel restrictions bite", "", None),
    ("Fuel supply restrictions force Canadian miner to suspend Cuba operations", "", None),
    # rhf-044
    ("Zimbabwe halts export of raw base mineral ore to boost local processing", "", None),
    ("Unprocessed base mineral ore exports banned by Zimbabwe", "", None),
    # rhc-106
    ("Section 301 tariffs on permanent magnets in 2026: a guide for buyers", "", None),
    ("What OEMs need to know about the 2026 Section 301 magnet tariffs", "", None),
    # rha-075
    ("China weighs export ban on solar technology to protect its lead", "", None),
    ("Solar tech export ban under consideration in Beijing", "", None),
    # rhb-100
    ("Canadian rapeseed: MOFCOM announces preliminary anti-dumping ruling", "", None),
    ("Preliminary ruling issued in China's rapeseed dumping probe against Canada", "", None),
    # rhl-115
    ("Biden hikes tariffs on Chinese EVs, chips and solar cells", "", None),
    ("Chinese electric vehicles, semiconductors to face higher US tariffs", "", None),
    # twf-005
    ("Turkey prolongs anti-dumping duties on Chinese synthetic fabrics", "", None),
    ("Anti-dumping duties on fabrics from China extended by Turkish trade ministry", "", None),
    # rhn-189
    (
        "How to import under the India-UAE CEPA tariff-rate quota: DGFT steps and duty concessions",
        "",
        None,
    ),
    ("India-UAE CEPA TRQ explained - eligible importers, products, concessional duty", "", None),
    # rhf-145
    ("Japan warns of wider export checks on South Korea", "", None),
    ("Tokyo may tighten export controls on more goods to Seoul", "", None),
    # rhd-151
    ("Metal scrap export ban prolonged by Kazakhstan for six months", "", None),
    ("Kazakhstan keeps scrap export ban in place for another half-year", "", None),
    # rhz-020
    ("US to increase tariffs on European aircraft", "", None),
    ("Airbus planes face higher US tariffs", "", None),
    # rhk-077
    ("Uganda halts raw mineral exports to boost domestic processing", "", None),
    ("Export of unprocessed minerals banned in Uganda", "", None),
    # rho-115
    ("Senate overturns Biden ban on mining near Boundary Waters", "", None),
    ("Biden-era mining ban near Minnesota wilderness repealed by US Senate", "", None),
    # rhy-054
    ("China has not fixed practices behind US tariffs, Yellen says", "", None),
    ("Yellen: unfair Chinese trade practices that triggered tariff hikes remain", "", None),
    # rhd-010
    ("Most Trump tariffs ruled illegal by federal court", "", None),
    ("Trade court blocks sweeping Trump tariffs, says levies exceed his authority", "", None),
    # rhn-075
    ("Flats segment set to gain as Egypt waives 10% duty for manufacturers", "", None),
    ("Egyptian manufacturers exempted from 10pc duty", "", None),
    # rw3-077
    ("US tariffs on Chinese imports climb to 145%", "", None),
    ("Washington hikes China tariff to 145%", "", None),
    # rhz-019
    ("Iraq to get renewed US sanctions waiver for Iranian electricity", "", None),
    (
        "Washington set to extend waiver letting Iraq import Iranian power despite sanctions",
        "",
        None,
    ),
    # rhz-183
    ("Trump-era tariffs spark transatlantic clash", "", None),
    ("Washington, Brussels at odds over unwinding Trump tariffs", "", None),
    # rhb-043
    ("Palladium volatility to rise on Russia sanctions", "", None),
    ("Sanctions on Russia set to make palladium prices more volatile", "", None),
    # rhz-168
    ("Tariff price fears drag US consumer confidence lower", "", None),
    ("American consumers less confident as tariffs threaten higher prices", "", None),
    # rhx-030
    ("China imposes export controls on drones and parts from September 1", "", None),
    ("Drone exports curbed by Beijing as tech tensions with US mount", "", None),
]
