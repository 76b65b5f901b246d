"""Non-measures of ``test_classifier_kinds_117.py``, second part: two paraphrases each of the next 35
studied rows of metals news labelled no event that name a measure word and that the engine read
right, in other outlets' styles. Labelled (the row's own label, no event) before the engine read
them; the kinds, first-time counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``None`` for no event. The comment before each pair names the studied row it paraphrases.
"""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): paraphrases of the 36th to 70th metals-news rows picked.
MORE_NON_MEASURES: list[Any] = [
    # rhr-119
    ("EU steel import quotas to have little effect on India, officials expect", "", None),
    ("India sees minimal hit from EU steel quotas -- here is why", "", None),
    # rhb-029
    ("Madagascar lifts 16-year freeze on mining permits, gold licences still on hold", "", None),
    ("Mining permit suspension ended by Madagascar after 16 years", "", None),
    # rhp-003
    ("Kenya's steel mills still struggling even after import duty increase", "", None),
    pytest.param(
        "Government of Kenya increased the duty on metal importation, but local steel makers are still not out of woods",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="a duty raised before 'but' and an industry's plight after it: the rules read the clause before 'but' as the news (most often right in the labelled sets), and 'metal' with the steel of the makers after it as the duty's metal",
        ),
    ),
    # rhz-134
    ("JPMorgan bullish on Nucor, US Steel, Steel Dynamics amid tariff talk", "", None),
    ("Analyst: tariff chatter sets up steel stocks for a breakout", "", None),
    # rhm-116
    ("Nickel rises as Indonesia slashes Weda Bay mining quota", "", None),
    ("Indonesia cuts output quota at world's biggest nickel mine; prices climb", "", None),
    # rhz-186
    ("EU weighs reviving WTO challenge to US steel, aluminium tariffs", "", None),
    ("Bloomberg: Brussels considers new WTO case over US metal tariffs", "", None),
    # rhk-142
    (
        "PC Strand From Brazil, India, Japan, Mexico, Korea and Thailand: Expedited Sunset Review Final Results",
        "",
        None,
    ),
    (
        "Commerce completes expedited sunset reviews of antidumping orders on prestressed concrete steel wire strand",
        "",
        None,
    ),
    # rhc-001
    ("Nickel miners ask Manila to rethink proposed ore export ban", "", None),
    ("PNIA: Philippines not ready for nickel ore export ban", "", None),
    # rhz-108
    ("ChampionX expects US steel, aluminium tariffs to raise oilfield equipment costs", "", None),
    ("Oilfield gear to get pricier on new metals tariffs - ChampionX", "", None),
    # rhr-049
    ("US steelmakers raise prices under cover of tariffs", "", None),
    ("With tariffs in place, American steel mills free to hike prices", "", None),
    # rho-152
    ("Russian-owned Irish alumina refinery undermines EU sanctions", "", None),
    ("Aughinish: a Russian Trojan horse inside the EU sanctions regime?", "", None),
    # rw2-096
    ("ITC finds no injury from tin mill steel imports, blocking duties", "", None),
    (
        "No anti-dumping duties on tin mill steel from Canada, China, Germany after US panel vote",
        "",
        None,
    ),
    # rho-010
    ("Defying Republican senators, Trump praises steel tariffs", "", None),
    ("GOP asks Trump to end steel tariffs; he hails them instead", "", None),
    # rhz-119
    ("Von der Leyen vows tough response to US steel, aluminium tariffs", "", None),
    ("EU will answer US metal tariffs with countermeasures, Commission chief says", "", None),
    # rh-088
    ("Copper slides on fears of new tariffs on Chinese goods", "", None),
    ("Potential new tariffs weigh on copper prices as trade tensions rise", "", None),
    # rhk-143
    (
        "Wire rod from China: Commerce final results of first expedited sunset review of antidumping order",
        "",
        None,
    ),
    ("Expedited five-year review of AD order on Chinese carbon steel wire rod concludes", "", None),
    # rhp-096
    ("Trump tariffs strain global silver market", "", None),
    ("Silver lease rates jump as tariff fears stress the market", "", None),
    # rhd-145
    ("Zambian opposition leader calls for ban on copper concentrate exports", "", None),
    ("Ban copper concentrate exports, UPPZ's Chanda urges government", "", None),
    # rhx-016
    ("EU's latest Russia sanctions spare aluminium, energy imports", "", None),
    ("New EU sanctions package leaves Russian aluminium untouched", "", None),
    # rhy-147
    ("Chinese, Korean steel products face Japanese dumping probe", "", None),
    (
        "Japan opens AD investigation on steel from China, South Korea after Nippon Steel application",
        "",
        None,
    ),
    # rhn-182
    (
        "Corrosion-resistant steel from India, Italy, China, Korea, Taiwan: expedited sunset review results",
        "",
        None,
    ),
    (
        "Commerce finishes expedited sunset reviews of AD orders on corrosion-resistant steel",
        "",
        None,
    ),
    # rh4-009
    ("Aluminium Association of India seeks higher import duties on primary metal, scrap", "", None),
    ("India's aluminium makers want import duties raised to stem low-quality inflows", "", None),
    # rhy-118
    ("Opinion: India should lift steel import duties to save its industry", "", None),
    ("Why higher import duties are needed for India's besieged steel sector", "", None),
    # rw2-051
    ("Raw ore export ban removed from Philippine mining bill", "", None),
    ("Final Philippine mining fiscal bill leaves out nickel ore export phase-out", "", None),
    # rhe-049
    (
        "Rebar coalition files antidumping, countervailing duty petitions on Algeria, Bulgaria, Egypt, Vietnam",
        "",
        None,
    ),
    ("AD/CVD petitions filed against steel rebar imports from four countries", "", None),
    # rhd-051
    ("China's hot-rolled steel faces Brazilian anti-dumping probe", "", None),
    ("SECEX launches AD investigation into Chinese hot-rolled flat steel", "", None),
    # twf-159
    (
        "ITAC holds off provisional safeguard duties on coated steel coil despite finding injury",
        "",
        None,
    ),
    ("No provisional duties yet on corrosion-resistant steel coil, South Africa says", "", None),
    # rhc-053
    (
        "Commerce initiates countervailing duty probes on aluminum sheet from Bahrain, Brazil, India, Turkey",
        "",
        None,
    ),
    ("CVD investigations opened on common alloy aluminum sheet from four countries", "", None),
    # nin-075
    ("ITC institutes five-year review of antidumping order on Korean phosphor copper", "", None),
    ("Five-year review begins on phosphor copper from Korea", "", None),
    # rw2-073
    ("MP Materials stops shipping rare earth concentrate to China as tariffs soar", "", None),
    ("Rare earth shipments to China halted by MP Materials amid tariff war", "", None),
    # rhu-020
    ("Steelmakers hope for safeguard duty in New Year as imports climb", "", None),
    ("Safeguard duty is steel industry's New Year wish after import surge", "", None),
    # rhp-010
    ("Union members on both sides of border condemn Trump's Canadian steel tariffs", "", None),
    ("Steel tariffs on Canada draw union outcry in US and Canada", "", None),
    # rh-121
    ("Gold won't be tariffed, Trump says, despite CBP ruling", "", None),
    pytest.param(
        "Trump: reciprocal tariffs will not apply to gold bars",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="'will not apply to' goods is read as their exemption (resuming, proposed), as the rules read a measure 'not applied'; the row tells a tariff that never applied, which the words alone do not say",
        ),
    ),
    # rho-094
    ("Copper traders cash in on US tariff threat", "", None),
    ("Physical copper trading booms as US threatens tariffs", "", None),
    # rhn-201
    (
        "Gold tops $2,000 for first time",
        "Prices soared on ultra-low rates and hopes for more US stimulus to safeguard the economy from the coronavirus.",
        None,
    ),
    ("Record gold: bullion above US$2,000 as stimulus hopes seen to safeguard recovery", "", None),
]
