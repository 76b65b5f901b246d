"""Measures of ``test_classifier_kinds_106.py``: two paraphrases of each of the first 25 of 50
studied rows the engine read right, labelled with the row's own label before the engine read
them; the kinds, first-time counts and fixes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``(status, origin, destination, proposed, metals, rate)``. The comment above a pair names the
row it paraphrases; the first of a pair tells the measure from the other side (the exporter,
the importer or the firm it hits) or as a noun ("the ban on ... takes effect"), the second puts
the measure in the summary under a vague title, or changes its tense or aspect.
"""

from __future__ import annotations

from typing import Any

import pytest

_CONTINUING = '"Commerce is continuing" in the lede: the importer is not read from "Commerce" alone'
_EFFECT = 'the measure told through what it does to the firms it helps or hits ("set to gain from", "expected to benefit", "to lift output", "brace for"): read as a forecast or a reaction; the effect vetoes were left as they are'
_FACES_BAN = (
    'goods that "face" a ban, the plan told in a later "as ... set to" clause: read as in force'
)
_LOST_EXEMPTIONS = "the countries losing their exemptions are listed as the subject (read as the corridor), or only in the lede's clause after the act (no origin read)"
_MARKET = "market news whose lede or title names the measure only as the cause of a price or market move (most here under a title naming neither); the README reads a measure named only as the backdrop of market news as no event: not widened"
_PRODUCT_END = '"end" in a product\'s name ("fluid end blocks") read as the release verb'
_VOLUME = 'a volume cut told with no quota noun ("cut in import volumes", "cutting the volume of imports")'

#: (title, summary, want): measures, as the rows they paraphrase were labelled.
MEASURES: list[Any] = [
    # twf-039
    pytest.param(
        "Gulf steel importers brace for planned GCC definitive safeguard duties on steel products",
        "",
        ("tariff", "*", "*", True, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_EFFECT),
    ),
    (
        "GCC trade bureau document outlines three-year plan for steel products",
        "The Gulf Cooperation Council plans to impose definitive safeguard duties on a number of steel products for three years, according to a document from its bureau against injurious practices in international trade.",
        ("tariff", "*", "*", True, "steel", None),
    ),
    # rhr-101
    (
        "Chinese steel mills hit by Vietnamese tariffs aimed at surging exports",
        "",
        ("tariff", "CN", "VN", False, "steel", None),
    ),
    (
        "Hanoi moves against a surge in shipments from its northern neighbour",
        "Vietnam has imposed tariffs on steel from China to fight a rapid rise in Chinese exports.",
        ("tariff", "CN", "VN", False, "steel", None),
    ),
    # rha-158
    (
        "EU anti-dumping duties on Chinese graphite electrodes take effect",
        "",
        ("tariff", "CN", "EU", False, "graphite", None),
    ),
    (
        "Brussels acts on below-cost electrode imports",
        "The European Commission has imposed anti-dumping duties on graphite electrodes imported from China after finding they were sold in the EU at dumped prices.",
        ("tariff", "CN", "EU", False, "graphite", None),
    ),
    # rhr-103
    pytest.param(
        "Vietnamese steelmakers set to gain from provisional anti-dumping duties on Chinese hot-rolled steel",
        "",
        ("tariff", "CN", "VN", False, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_EFFECT),
    ),
    pytest.param(
        "Local mills expected to benefit, experts say",
        "Vietnam's provisional anti-dumping duties on hot-rolled coil steel imported from China will lift domestic steel producers, according to experts.",
        ("tariff", "CN", "VN", False, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_EFFECT),
    ),
    # rho-052
    pytest.param(
        "German and Italian forged steel fluid end blocks now subject to US antidumping duty orders",
        "",
        ("tariff", "DE", "US", False, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_PRODUCT_END),
    ),
    (
        "Commerce issues orders after affirmative final determinations",
        "The Commerce Department has issued antidumping duty orders on forged steel fluid end blocks from Germany and Italy, following affirmative final determinations by Commerce and the International Trade Commission.",
        ("tariff", "DE", "US", False, "steel", None),
    ),
    # rho-135
    (
        "Aluminum importers face adjusted US tariffs after Trump signs proclamation",
        "",
        ("tariff", "*", "US", False, "aluminium", None),
    ),
    (
        "Trump signs a new metals proclamation",
        "The US president said he had signed a proclamation adjusting the tariffs on imports of aluminum.",
        ("tariff", "*", "US", False, "aluminium", None),
    ),
    # rhz-083
    (
        "Rebar futures stuck below CNY 3,300 as Trump's planned 25% tariff on steel and aluminum imports weighs",
        "",
        ("tariff", "*", "US", True, "aluminium steel", 25),
    ),
    pytest.param(
        "Chinese steel futures steady",
        "Rebar futures held below CNY 3,300 a tonne after President Donald Trump said he plans a 25% tariff on all steel and aluminum imports, without saying when it would take effect.",
        ("tariff", "*", "US", True, "aluminium steel", 25),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # rho-080
    (
        "Dollar firm after Trump's steep steel and aluminium tariff increase",
        "",
        ("tariff", "*", "US", False, "aluminium steel", None),
    ),
    pytest.param(
        "Dollar holds gains; Powell testimony in view",
        "The dollar firmed on Tuesday after US President Donald Trump raised tariffs on steel and aluminium imports substantially and said reciprocal tariffs on other countries would follow.",
        ("tariff", "*", "US", False, "aluminium steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # rha-134
    (
        "Emerging-market stocks and currencies slip after Trump's steel and aluminium tariff hike",
        "",
        ("tariff", "*", "US", False, "aluminium steel", None),
    ),
    pytest.param(
        "EM assets broadly weaker on Tuesday",
        "Most emerging-market currencies and stocks fell after US President Donald Trump raised tariffs on imports of steel and aluminium.",
        ("tariff", "*", "US", False, "aluminium steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # twe-069
    (
        "Comex copper premium over LME widens on Trump's threatened copper import tariffs",
        "",
        ("tariff", "*", "US", True, "copper", None),
    ),
    pytest.param(
        "Comex-LME copper spread widens",
        "Copper on the US Comex exchange widened its premium to London on Tuesday after President Donald Trump threatened tariffs on copper imports.",
        ("tariff", "*", "US", True, "copper", None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # rho-123
    (
        "Anti-dumping duty on aluminium foil from China and three other countries extended till December",
        "",
        ("tariff", "CN", "*", False, "aluminium", None),
    ),
    (
        "Foil duty to run until December",
        "The government has extended the anti-dumping duty on aluminium foil imported from China and three other nations until December.",
        ("tariff", "CN", "*", False, "aluminium", None),
    ),
    # rhr-117
    pytest.param(
        "Steel exporters to Europe face 15% cut in import volumes under EU proposal",
        "",
        ("quota", "*", "EU", True, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_VOLUME),
    ),
    pytest.param(
        "Brussels unveils plan for its steel market as US tariffs bite",
        "The European Union has proposed cutting the volume of steel imports it lets in by 15% after the US raised its tariffs to 25%.",
        ("quota", "*", "EU", True, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_VOLUME),
    ),
    # rha-153
    (
        "Imports of aluminum, steel and copper into the United States: tariff regimes further adjusted",
        "",
        ("tariff", "*", "US", False, "aluminium copper steel", None),
    ),
    (
        "Presidential proclamation on metals imports",
        "The President has further adjusted the tariffs that apply to imports of aluminum, steel and copper into the United States.",
        ("tariff", "*", "US", False, "aluminium copper steel", None),
    ),
    # rhz-204
    pytest.param(
        "Russian gold faces import ban as G-7 set to widen Moscow sanctions",
        "",
        ("suspended", "RU", "*", True, "gold", None),
        marks=pytest.mark.xfail(strict=True, reason=_FACES_BAN),
    ),
    (
        "G-7 set to widen sanctions on Moscow",
        "Group of Seven nations will announce a ban on imports of gold from Russia, officials said.",
        ("suspended", "RU", "*", True, "gold", None),
    ),
    # nin-001
    (
        "Mexican importers of Chinese aluminum foil must now pay anti-dumping duties",
        "",
        ("tariff", "CN", "MX", False, "aluminium", None),
    ),
    (
        "Mexico sets new process to counter Chinese dumping",
        "Mexico's government has imposed duties on aluminum foil imported from China after a preliminary finding that Chinese producers were dumping it.",
        ("tariff", "CN", "MX", False, "aluminium", None),
    ),
    # rhz-099
    (
        "Dollar holds rally after Trump's order imposing 25% tariffs on steel and aluminum",
        "",
        ("tariff", "*", "US", False, "aluminium steel", 25),
    ),
    pytest.param(
        "Dollar index holds above 108.3",
        "The dollar kept up its rally on Tuesday; President Donald Trump has signed an executive order putting 25% tariffs on steel and aluminum imports, with no exceptions.",
        ("tariff", "*", "US", False, "aluminium steel", 25),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # twe-097
    pytest.param(
        "Indonesia's nickel ore export ban to lift Philippine miners' output",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
        marks=pytest.mark.xfail(strict=True, reason=_EFFECT),
    ),
    (
        "Philippine nickel miners plan output boost",
        "Philippine miners will raise nickel ore production after Indonesia banned ore exports from next year, the industry association's president said.",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    # rhz-107
    (
        "Stock futures slip after Trump's order for 25% steel and aluminum tariffs",
        "",
        ("tariff", "*", "US", False, "aluminium steel", 25),
    ),
    pytest.param(
        "Nasdaq, S&P and Dow futures lower on Tuesday",
        "Stock index futures slipped after President Donald Trump signed an order that imposes 25% tariffs on steel and aluminum.",
        ("tariff", "*", "US", False, "aluminium steel", 25),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # rha-132
    pytest.param(
        "Asian currencies steady as Trump's steel and aluminium tariffs are confirmed",
        "",
        ("tariff", "*", "US", False, "aluminium steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    pytest.param(
        "Asian FX in a tight range as baht slips",
        "Asian currencies moved little on Tuesday, a muted reaction after US President Donald Trump followed through on his pledge and imposed tariffs on all steel and aluminium imports.",
        ("tariff", "*", "US", False, "aluminium steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # rhz-115
    (
        "US stock futures dip after Trump's 25% steel and aluminum tariff order",
        "",
        ("tariff", "*", "US", False, "aluminium steel", 25),
    ),
    pytest.param(
        "Wall Street futures edge down",
        "US stock futures fell on Tuesday after President Donald Trump signed an order imposing a 25% tariff on steel and aluminum imports and cancelling exemptions and duty-free quotas for major suppliers.",
        ("tariff", "*", "US", False, "aluminium steel", 25),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # rho-078
    pytest.param(
        "EU, UK, Japan and Australia lose steel and aluminum tariff exemptions as Trump ends deals",
        "",
        ("tariff", "EU", "US", False, "aluminium steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_LOST_EXEMPTIONS),
    ),
    pytest.param(
        "Trump scraps metals deals with allies",
        "Trump extended the steel and aluminum tariffs to all imports, ending his agreements with the European Union, the United Kingdom, Japan and other countries.",
        ("tariff", "EU", "US", False, "aluminium steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_LOST_EXEMPTIONS),
    ),
    # rho-060
    (
        "Taiwanese light-walled rectangular steel tubing to stay under US antidumping duty order",
        "",
        ("tariff", "TW", "US", False, "steel", None),
    ),
    pytest.param(
        "LWR tubing order continued after sunset review",
        "Commerce is continuing the antidumping duty order on light-walled welded rectangular carbon steel tubing from Taiwan after Commerce and the ITC found that revocation would likely lead to renewed dumping and injury.",
        ("tariff", "TW", "US", False, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_CONTINUING),
    ),
    # rhz-091
    pytest.param(
        "Aluminum futures slip as traders weigh Trump's global 25% tariffs on aluminum and steel imports",
        "",
        ("tariff", "*", "US", False, "aluminium steel", 25),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    pytest.param(
        "Aluminum edges lower in Asian trade — Market Talk",
        "Aluminum futures fell in the morning Asian session as traders digested President Trump's announcement on Monday of 25% tariffs on all imports of aluminum and steel to the US.",
        ("tariff", "*", "US", False, "aluminium steel", 25),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # nin-005
    (
        "Chinese aluminum foil exporters hit with Mexican duties",
        "",
        ("tariff", "CN", "MX", False, "aluminium", None),
    ),
    (
        "Mexico concludes anti-dumping probe into Chinese foil",
        "Mexico's government will impose countervailing duties on aluminum foil imports from China, Reuters reported.",
        ("tariff", "CN", "MX", False, "aluminium", None),
    ),
    # rho-057
    (
        "Omani, Pakistani and Emirati welded steel pipe to remain under US antidumping duty orders",
        "",
        ("tariff", "OM", "US", False, "steel", None),
    ),
    (
        "Antidumping orders continued on three countries' pipe",
        "The US Commerce Department is continuing the antidumping duty orders on circular welded carbon-quality steel pipe from Oman, Pakistan and the United Arab Emirates.",
        ("tariff", "OM", "US", False, "steel", None),
    ),
]
