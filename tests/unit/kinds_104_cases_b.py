"""More measures of ``test_classifier_kinds_104.py``: two paraphrases of each of the last 27
of 50 studied rows the engine read right, labelled with the row's own label before the engine read them; the kinds,
first-time counts and fixes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``(status, origin, destination, proposed, metals, rate)``. The comment above a pair names the
row it paraphrases; the first of a pair is headline-only in another outlet's style, the second
changes the verb, the word order, names a country by capital, ministry or adjective or a metal
by a product form, with a short summary.
"""

from __future__ import annotations

from typing import Any

import pytest

SA = "steel aluminium"
_COUNTER_METALS = (
    "the metal the title names is the answered measure's ('hits back at US steel tariffs'); the "
    "counter-measure's goods, steel and aluminium products, are the summary's"
)

_FM = (
    "'FM' for a finance minister: the demonym before it read as the goods' origin; 'fm' also "
    "abbreviates 'from' in titles ('... fm Chinese Imports'), so it is not read as a minister"
)

#: (title, summary, want): more measures, as the rows they paraphrase were labelled.
MORE_MEASURES: list[Any] = [
    # rw2-024
    (
        "Australia to ban imports of Russian gold, widens sanctions",
        "",
        ("suspended", "RU", "AU", False, "gold", None),
    ),
    (
        "Russian gold imports barred by Canberra",
        "Foreign Minister Penny Wong said Australia will ban imports of Russian gold and "
        "sanction 16 more Russian individuals.",
        ("suspended", "RU", "AU", False, "gold", None),
    ),
    # rw2-046
    (
        "Biden imposes 25% tariff on Mexican steel not melted and poured in North America",
        "",
        ("tariff", "MX", "US", False, "steel", 25),
    ),
    (
        "Washington slaps 25% duty on steel from Mexico melted outside North America",
        "President Joe Biden imposed the tariff on Mexican steel imports not melted and poured "
        "in Mexico, the U.S. or Canada, to curb Chinese transshipment.",
        ("tariff", "MX", "US", False, "steel", 25),
    ),
    # rw2-062 (the row's "aluminium" is the labelled sets' watch list, where bauxite is an alias
    # of aluminium; the test watch list names bauxite a metal of its own)
    (
        "Indonesia's ban on bauxite exports takes effect",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "Jakarta halts bauxite ore shipments abroad as refinery projects lag",
        "Indonesia's ban on exports of bauxite took effect on Saturday, with only a handful of "
        "alumina refineries running.",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    # rw2-072
    (
        "India imposes 12% provisional safeguard duty on flat steel imports",
        "",
        ("tariff", "*", "IN", False, "steel", 12),
    ),
    (
        "Provisional 12% safeguard duty slapped on flat-rolled steel by Indian government",
        "India's finance ministry imposed the duty for 200 days on imports of some flat steel "
        "products to curb a surge in cheap shipments.",
        ("tariff", "*", "IN", False, "steel", 12),
    ),
    # rw2-079
    (
        "Commerce sets preliminary antidumping duties on corrosion-resistant steel from 10 nations",
        "",
        ("tariff", "*", "US", False, "steel", None),
    ),
    (
        "US Commerce Department imposes initial dumping duties on coated steel from ten countries",
        "Preliminary anti-dumping duties were set on imports of corrosion-resistant steel from "
        "10 countries.",
        ("tariff", "*", "US", False, "steel", None),
    ),
    # rw2-080
    (
        "India extends customs duty exemption on steel scrap by a year",
        "",
        ("resuming", "*", "IN", False, "steel", None),
    ),
    pytest.param(
        "Steel scrap to stay duty-free for another year, Indian FM says in budget",
        "Finance Minister Nirmala Sitharaman extended the customs duty exemption on steel scrap "
        "imports by a year to help secondary steel makers.",
        ("resuming", "*", "IN", False, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_FM),
    ),
    # rw2-103
    (
        "US sets 93.5% preliminary anti-dumping duty on Chinese graphite anode material",
        "",
        ("tariff", "CN", "US", False, "graphite", 93.5),
    ),
    (
        "Chinese battery graphite hit with 93.5% US dumping duty",
        "The U.S. Commerce Department set a preliminary anti-dumping duty of 93.5% on active "
        "anode material from China.",
        ("tariff", "CN", "US", False, "graphite", 93.5),
    ),
    # rw2-104
    (
        "Canada to impose 25% surtax on Chinese steel and aluminum from Oct. 15",
        "",
        ("tariff", "CN", "CA", False, SA, 25),
    ),
    (
        "Trudeau announces 25% surtax on steel, aluminium products from China",
        "Canada will impose the surtax from Oct. 15, alongside a 100% tariff on Chinese-made "
        "electric vehicles.",
        ("tariff", "CN", "CA", False, SA, 25),
    ),
    # rw2-111
    (
        "China scraps import tariffs on crude steel, pig iron and scrap from May 1",
        "",
        ("resuming", "*", "CN", False, "steel", None),
    ),
    (
        "Beijing cuts import duties to zero on steel billets and scrap",
        "China's finance ministry will remove import tariffs on crude steel, pig iron and "
        "recycled steel raw materials from May 1.",
        ("resuming", "*", "CN", False, "steel", None),
    ),
    # rw2-113
    (
        "Canada bans Russian gold imports with amended sanctions",
        "",
        ("suspended", "RU", "CA", False, "gold", None),
    ),
    (
        "Russian gold barred from Canada under revised sanctions rules",
        "Ottawa amended its Russia sanctions regulations to prohibit imports of gold from Russia.",
        ("suspended", "RU", "CA", False, "gold", None),
    ),
    # rw2-118
    (
        "US, EU extend steel and aluminium tariff-rate quota deal to end-2025",
        "",
        ("quota", "EU", "US", False, SA, None),
    ),
    (
        "Washington prolongs quota arrangement for European steel, aluminum",
        "The U.S. extended the tariff-rate quota arrangement for EU steel and aluminum through "
        "2025.",
        ("quota", "EU", "US", False, SA, None),
    ),
    # rw2-124
    (
        "Chile imposes 33.5% provisional duty on steel grinding balls from China",
        "",
        ("tariff", "CN", "CL", False, "steel", 33.5),
    ),
    (
        "Santiago slaps provisional surcharge on Chinese grinding balls",
        "Chile's government set a provisional 33.5% surcharge on steel grinding balls imported "
        "from China.",
        ("tariff", "CN", "CL", False, "steel", 33.5),
    ),
    # rw2-127
    (
        "Trump's reciprocal tariffs exempt copper, gold and energy",
        "",
        ("resuming", "*", "US", False, "copper gold", None),
    ),
    (
        "Reciprocal tariffs will not apply to copper, gold, White House annex shows",
        "Copper, gold, energy and certain minerals not available in the United States are "
        "exempt from the new tariffs, according to an annex to the executive order.",
        ("resuming", "*", "US", False, "copper gold", None),
    ),
    # rw2-149
    (
        "US extends suspension of tariffs on Ukrainian steel for another year",
        "",
        ("resuming", "UA", "US", False, "steel", None),
    ),
    (
        "Ukrainian steel to stay free of US tariffs for another year",
        "The Commerce Department extended the pause in Section 232 tariffs on steel from "
        "Ukraine by a year.",
        ("resuming", "UA", "US", False, "steel", None),
    ),
    # rw3-003
    (
        "Trump lifts 10% tariff on UAE aluminum on final full day in office",
        "",
        ("resuming", "AE", "US", False, "aluminium", None),
    ),
    (
        "Emirati aluminium freed from US tariff in Trump's last-day proclamation",
        "President Donald Trump removed the 10% tariff on aluminum from the United Arab Emirates "
        "in a proclamation issued on Tuesday.",
        ("resuming", "AE", "US", False, "aluminium", None),
    ),
    # rw3-021
    (
        "EU to impose countermeasures on 26 bln euros of US goods from April 1 over metals tariffs",
        "",
        # relabelled after the first run: with no summary the headline names no watched metal
        None,
    ),
    pytest.param(
        "Brussels hits back at US steel tariffs with duties on 26 billion euros of American goods",
        "The European Commission will impose countermeasures from April 1 on U.S. goods "
        "including steel and aluminium products, textiles and home appliances.",
        ("tariff", "US", "EU", False, SA, None),
        marks=pytest.mark.xfail(strict=True, reason=_COUNTER_METALS),
    ),
    # rw3-027
    (
        "Canada slashes tariff-free steel quota for non-FTA countries to 20% of 2024 volumes",
        "",
        ("quota", "*", "CA", False, "steel", None),
    ),
    (
        "Carney tightens steel import quota for countries without trade deals",
        "Canada will reduce the tariff-rate quota for steel from non-FTA countries to 20% of "
        "their 2024 volumes, Prime Minister Mark Carney said.",
        ("quota", "*", "CA", False, "steel", None),
    ),
    # rw3-039
    (
        "US confirms 25% tariffs on Chinese steel, aluminium products from Sept. 27",
        "",
        ("tariff", "CN", "US", False, SA, 25),
    ),
    (
        "USTR finalizes tariff hikes on steel and aluminum from China",
        "The U.S. Trade Representative's office confirmed a 25% rate on certain Chinese steel "
        "and aluminium products, effective Sept. 27.",
        ("tariff", "CN", "US", False, SA, 25),
    ),
    # rw3-057
    (
        "US sets preliminary anti-dumping duties on aluminum extrusions from 14 countries",
        "",
        ("tariff", "*", "US", False, "aluminium", None),
    ),
    (
        "Commerce slaps initial dumping duties on aluminium profiles from 14 nations",
        "The U.S. Commerce Department set preliminary anti-dumping duties on aluminum "
        "extrusions from 14 countries.",
        ("tariff", "*", "US", False, "aluminium", None),
    ),
    # rw3-069
    (
        "US Commerce imposes preliminary duties on aluminium sheet from 18 countries",
        "",
        ("tariff", "*", "US", False, "aluminium", None),
    ),
    (
        "Preliminary US duties set on common alloy aluminum sheet from 18 nations",
        "The Commerce Department set preliminary countervailing duties on imports of aluminum "
        "sheet from 18 countries.",
        ("tariff", "*", "US", False, "aluminium", None),
    ),
    # rw4-049
    (
        "European steel, aluminium begin entering US under tariff-free quotas",
        "",
        ("quota", "EU", "US", False, SA, None),
    ),
    (
        "EU metals flow into US duty-free under new quota deal",
        "European steel and aluminium began entering the United States under tariff-free "
        "quotas on Saturday, as the deal ending the transatlantic dispute took effect.",
        ("quota", "EU", "US", False, SA, None),
    ),
    # twe-011
    (
        "Trump says he will impose tariffs on Argentine, Brazilian steel and aluminum",
        "",
        ("tariff", "AR", "US", True, SA, None),
    ),
    (
        "Trump vows to restore metals tariffs on Argentina and Brazil",
        "US steelmakers' shares rose after President Donald Trump said he would impose tariffs "
        "on steel and aluminium imports from Argentina and Brazil.",
        ("tariff", "AR", "US", True, SA, None),
    ),
    # twf-083
    (
        "Namibia bans raw lithium ore exports after Zimbabwe",
        "",
        ("suspended", "NA", "*", False, "lithium", None),
    ),
    (
        "Windhoek prohibits export of unprocessed lithium, following Harare",
        "The Namibian government announced a ban on exports of raw lithium ore and other "
        "critical minerals to add value locally.",
        ("suspended", "NA", "*", False, "lithium", None),
    ),
    # twf-093
    (
        "EU imposes definitive anti-dumping duty on hot-rolled steel from Brazil, Iran and "
        "Russia after expiry review",
        "",
        ("tariff", "BR", "EU", False, "steel", None),
    ),
    (
        "Brussels keeps anti-dumping duties on Brazilian, Iranian and Russian hot-rolled flat "
        "steel",
        "Commission Implementing Regulation (EU) 2023/2758 imposes a definitive duty following "
        "an expiry review.",
        ("tariff", "BR", "EU", False, "steel", None),
    ),
    # twf-145
    (
        "US keeps AD/CVD duties on hot-rolled steel from India, Indonesia and four others",
        "",
        ("tariff", "IN", "US", False, "steel", None),
    ),
    (
        "ITC and Commerce extend anti-dumping, countervailing orders on Indian hot-rolled carbon "
        "steel flat products",
        "The continuation, announced on September 23, 2025, covers imports from India, "
        "Indonesia, China, Taiwan, Thailand and Ukraine.",
        ("tariff", "IN", "US", False, "steel", None),
    ),
    # twf-149
    (
        "DR Congo to enforce cobalt export quotas with heavy fines",
        "",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    (
        "Kinshasa starts policing cobalt export quotas, warns of penalties",
        "President Felix Tshisekedi said Congo will begin enforcing strict export quotas on "
        "cobalt, with heavy penalties for violations.",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    # twf-151
    (
        "China suspends export curbs on gallium, germanium, antimony to US",
        "",
        ("resuming", "CN", "US", False, "gallium germanium antimony", None),
    ),
    (
        "Beijing lifts restrictions on gallium, germanium and antimony shipments to America",
        "China's commerce ministry said it will temporarily lift restrictions on exports of "
        "gallium, germanium and antimony to the United States from November 9.",
        ("resuming", "CN", "US", False, "gallium germanium antimony", None),
    ),
]
