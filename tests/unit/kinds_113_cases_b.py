"""Non-measures of ``test_classifier_kinds_113.py``, second part: two paraphrases each of 40 studied
rows labelled no event that name a measure word and that the engine read right, in other
outlets' styles. Labelled (the row's own label, no event) before the engine read them; the
kinds, first-time counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it: ``None`` for no event.
The comment before each pair names the studied row it paraphrases.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): paraphrases of the other 40 rows picked.
MORE_NON_MEASURES: list[Any] = [
    # rhz-030
    ("US sanctions seven Russian officials over Navalny poisoning", "", None),
    ("Navalny poisoning: Washington imposes sanctions on senior Russian officials", "", None),
    # rhe-048
    ("Commerce opens countervailing duty probes into rebar from Algeria, Egypt, Vietnam", "", None),
    ("Steel rebar imports from three countries face US subsidy investigations", "", None),
    # rha-061
    ("Von der Leyen proposes fresh EU sanctions against Russia", "", None),
    ("New EU sanctions package on Russia floated by Commission chief", "", None),
    # rhz-005
    ("US drivers could pay more at the pump if Trump tariffs Mexico", "", None),
    ("Mexico tariffs threaten to raise US gasoline prices", "", None),
    # rhd-100
    ("Mexico opens dumping probe into Chinese, Vietnamese hot-rolled steel", "", None),
    ("Hot-rolled steel from China and Vietnam under Mexican anti-dumping investigation", "", None),
    # rhl-114
    ("Consumers may pay more as US slaps tariffs on Chinese EVs, batteries, solar cells", "", None),
    ("Could new US tariffs on Chinese electric cars and solar cells lift prices?", "", None),
    # rhj-016
    ("South Africa's ITAC floats export duty on scrap metal, invites comment", "", None),
    ("Scrap export duty proposal opened for comment by ITAC", "", None),
    # rho-003
    ("No-deal Brexit would hand UK food imports a £9bn tariff bill", "", None),
    ("£9bn in tariffs on EU food if Brexit talks fail", "", None),
    # rhl-130
    ("Steel chiefs press Trump not to grant tariff exemptions", "", None),
    ("No exemptions from metal tariffs, US steel executives tell Trump in letter", "", None),
    # rw2-141
    ("Japan and US to open talks over steel and aluminium tariffs", "", None),
    ("US, Japan agree to negotiate on 2018 metal tariffs", "", None),
    # rhe-127
    ("Australia opens anti-dumping, anti-subsidy probe into aluminium galvanised steel", "", None),
    (
        "Anti-Dumping Commission initiates investigation on narrow aluminium-galvanised steel",
        "",
        None,
    ),
    # rhy-171
    ("Metal stocks in focus on US hints of tariff changes", "", None),
    ("Steel and aluminium shares watched as Washington mulls tariff adjustments", "", None),
    # rhb-030
    ("Madagascar ends moratorium on mining permits, gold still excluded", "", None),
    ("Gold left out as Madagascar lifts ban on new mining licences", "", None),
    # rhj-017
    ("Pakistan prohibits imports of hazardous compressor scrap", "", None),
    ("Contaminated compressor scrap imports banned in Pakistan", "", None),
    # rho-150
    ("Three US industrial stocks poised to benefit from tariffs on Canadian metals", "", None),
    ("If tariffs hit Canadian metals and lumber, these industrials could win", "", None),
    # rw4-093
    ("Taiwan puts Huawei and SMIC on export control entity list", "", None),
    ("Huawei, SMIC added to Taiwan's export control blacklist", "", None),
    # rhd-113
    ("India halts onion exports as prices climb", "", None),
    ("Onion export ban imposed by India after rains damage crops", "", None),
    # rhy-053
    ("Opinion: the flawed case for tin-mill steel tariffs", "", None),
    ("Why tariffs on tin mill products make no sense", "", None),
    # rhm-144
    ("EC finds anti-dumping duties on Chinese truck tyres working", "", None),
    (
        "Anti-dumping duties on China's bus and truck tyres having desired effect, Commission says",
        "",
        None,
    ),
    # rw2-097
    ("Indonesia appeals WTO panel ruling on nickel ore export ban", "", None),
    ("Indonesia challenges WTO decision against its ban on nickel ore exports", "", None),
    # rhz-054
    ("Trump tariffs would hurt China where it counts, export boom shows", "", None),
    ("Why tariffs from Trump would sting Beijing", "", None),
    # rhc-081
    ("Trump orders sanctioned tankers blockaded as Venezuela tensions rise", "", None),
    ("Oil prices rise as US moves to block sanctioned Venezuelan tankers", "", None),
    # rw4-019
    ("Supreme Court declines to hear challenge to steel tariffs", "", None),
    ("Justices reject bid to overturn Trump's steel tariffs", "", None),
    # rho-121
    ("Tariff evasion cases soar as whistleblowers step up", "", None),
    ("Whistleblowers drive surge in customs fraud suits over dodged tariffs", "", None),
    # rhx-101
    ("Indonesia targets end-March to finish approving mining quotas", "", None),
    ("Mining quota approvals to be wrapped up by March, Indonesian official says", "", None),
    # rhz-043
    ("CDC's dog import ban dismays Afghan rescue charity", "", None),
    ("Rescue group decries US ban on importing dogs", "", None),
    # rw2-041
    ("Trump rejects uranium import quotas", "", None),
    ("No quotas on uranium imports, Trump decides, rebuffing miners' petition", "", None),
    # rhm-008
    ("Silver holds near 13-year high as traders weigh US tariffs", "", None),
    ("Silver prices flat while investors digest tariff headlines", "", None),
    # rhm-124
    ("US, China race to roll back damaging trade curbs", "", None),
    ("Can Washington and Beijing undo their export restrictions before time runs out?", "", None),
    # rhz-179
    (
        "EU agrees fresh Russia sanctions package",
        "The new measures aim to cut Russia's access to revenue, metals and technology that sustain its war.",
        None,
    ),
    ("Brussels approves latest round of sanctions against Moscow", "", None),
    # rhj-085
    ("CRU: a 50% Section 232 tariff would lift US steel prices and reroute trade", "", None),
    ("Analysts at CRU see higher US steel prices from 50% S232 tariffs", "", None),
    # rhn-076
    ("US lifts anti-dumping duty on South Korean CRC", "", None),
    ("AD duty on Korean CRC imports dropped by US", "", None),
    # rhz-124
    ("Metal premiums climb on US tariffs even as LME prices slip", "", None),
    ("US tariffs lift physical premiums as base metals fall - market talk", "", None),
    # rhj-144
    ("Aluminium prices soar as import levies climb", "", None),
    ("Levy hikes drive aluminium to record highs in 2025", "", None),
    # rhd-148
    ("Argentina loosens beef export restrictions further", "", None),
    ("Beef export curbs eased again by Argentina", "", None),
    # twf-131
    ("Pakistan's anti-dumping duties raised Rs40 billion over 25 years, NTC says", "", None),
    ("NTC: Rs40bn collected from anti-dumping duties since inception", "", None),
    # rhk-047
    ("China halts Thai longan imports over contamination", "", None),
    ("Thai longan exporters hit by indefinite Chinese ban", "", None),
    # rha-064
    ("Steel tycoons Abramov and Frolov added to UK sanctions list", "", None),
    ("UK sanctions two Abramovich associates from steel and petrochemicals", "", None),
    # twf-079
    ("Indonesia lifts two-decade sea sand export ban, a boon for Singapore", "", None),
    ("Sea sand exports to resume as Jakarta ends 20-year ban", "", None),
    # rhp-141
    ("Chinese gallium, germanium exports rebound after controls take hold", "", None),
    ("Critical mineral exports from China pick up after export curbs", "", None),
]
