"""Measures of ``test_classifier_kinds_118.py`` (the last 30 rows): two paraphrases each of
studied measure rows the engine reads right, told in other outlets' styles. Labelled before the
engine read them; the first-time counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
The comment before each pair names the studied row it paraphrases.
"""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): measures, each want the row's own label.
MORE_MEASURES: list[Any] = [
    # rha-136
    (
        "NALCO shares gain on profit beat; Trump's aluminium tariff raise limits upside",
        "",
        ("tariff", "*", "US", False, "aluminium", None),
    ),
    pytest.param(
        "Trump's aluminium tariff hike caps gains in India's NALCO after Q3 beat",
        "",
        ("tariff", "*", "US", False, "aluminium", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a firm's country after the measure ('India's NALCO') read as the exporter",
        ),
    ),
    # rhu-099
    (
        "Washington drops 10% tariff on Canadian aluminum after Ottawa threatens retaliation",
        "",
        ("resuming", "CA", "US", False, "aluminium", None),
    ),
    (
        "Canadian aluminum no longer faces 10 percent U.S. tariff",
        "",
        ("resuming", "CA", "US", False, "aluminium", None),
    ),
    # rhx-039
    (
        "Jakarta readies data for possible tin export ban, official says",
        "",
        ("suspended", "ID", "*", True, "tin", None),
    ),
    (
        "Possible tin export ban: Indonesia's mining ministry preparing data",
        "",
        ("suspended", "ID", "*", True, "tin", None),
    ),
    # rhm-155
    (
        "Executive order adjusts aluminum imports into the United States",
        "",
        ("tariff", "*", "US", False, "aluminium", None),
    ),
    (
        "Aluminum imports into the U.S. adjusted under Trump order",
        "",
        ("tariff", "*", "US", False, "aluminium", None),
    ),
    # rhf-039
    (
        "China's commerce ministry puts export controls on overseas rare earth items",
        "",
        ("licensing", "CN", "*", False, "rare-earths", None),
    ),
    (
        "Export controls on rare earth items from overseas announced by MOFCOM",
        "",
        ("licensing", "CN", "*", False, "rare-earths", None),
    ),
    # rhu-082
    (
        "Tokyo bans steel exports to Russia in new sanctions over Ukraine",
        "",
        ("suspended", "JP", "RU", False, "steel", None),
    ),
    (
        "Steel exports to Russia banned by Japan in latest sanctions",
        "",
        ("suspended", "JP", "RU", False, "steel", None),
    ),
    # rhy-149
    (
        "Commerce affirms anti-dumping duties on corrosion-resistant steel from 10 countries",
        "",
        ("tariff", "*", "US", False, "steel", None),
    ),
    (
        "Final anti-dumping duties on steel from ten countries affirmed by U.S.",
        "",
        ("tariff", "*", "US", False, "steel", None),
    ),
    # rhb-019
    (
        "Commerce Department to reapply tariffs on fabricated steel from Mexico",
        "",
        ("tariff", "MX", "US", False, "steel", None),
    ),
    (
        "Mexican fabricated steel to face U.S. tariffs again",
        "",
        ("tariff", "MX", "US", False, "steel", None),
    ),
    # rhj-170
    (
        "Manila plans taxes on nickel ore exports",
        "",
        ("tariff", "PH", "*", True, "nickel", None),
    ),
    pytest.param(
        "Nickel ore exports could be taxed by the Philippines, following Indonesia",
        "",
        ("tariff", "PH", "*", True, "nickel", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the passive 'taxed by' is no trigger word, no event read",
        ),
    ),
    # rh-069
    (
        "DR Congo temporarily bans cobalt exports to tackle glut",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Kinshasa suspends cobalt exports amid supply glut",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    # rhx-090
    (
        "Canberra bans alumina and aluminium ore exports to Russia",
        "",
        ("suspended", "AU", "RU", False, "aluminium", None),
    ),
    (
        "Exports of aluminium ores to Russia banned by Australia over Ukraine invasion",
        "",
        ("suspended", "AU", "RU", False, "aluminium", None),
    ),
    # rh-130
    pytest.param(
        "Metal tariffs on Mexico, Canada to be lifted, Trump administration says",
        "",
        ("resuming", "MX", "US", False, "aluminium steel", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the label is at odds with the words: the row's metals are named only in its summary, which the paraphrase drops",
        ),
    ),
    (
        "Washington to remove aluminum, steel tariffs on Mexico and Canada",
        "",
        ("resuming", "MX", "US", False, "aluminium steel", None),
    ),
    # rh-022
    (
        "Cobalt quotas for 2025 can be used until March 31, DRC regulator says",
        "",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    (
        "Kinshasa extends window for 2025 cobalt export quotas to end-March",
        "",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    # rh2-122
    (
        "Congo bans copper and cobalt concentrate exports",
        "",
        ("suspended", "CD", "*", False, "cobalt copper", None),
    ),
    (
        "Exports of cobalt, copper concentrates banned by DRC order",
        "",
        ("suspended", "CD", "*", False, "cobalt copper", None),
    ),
    # rw2-095
    (
        "Commerce finalizes anti-dumping duties on aluminum sheet from 18 nations",
        "",
        ("tariff", "*", "US", False, "aluminium", None),
    ),
    (
        "Aluminium sheet from 18 countries to face final U.S. anti-dumping duties",
        "",
        ("tariff", "*", "US", False, "aluminium", None),
    ),
    # rw-117
    pytest.param(
        "Steel importers in India must register shipments online from Nov 1",
        "",
        ("licensing", "*", "IN", False, "steel", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a registration importers 'must' make names no measure word, no event read",
        ),
    ),
    (
        "New Delhi to require advance registration of steel imports from November 1",
        "",
        ("licensing", "*", "IN", False, "steel", None),
    ),
    # rhn-019
    (
        "Export tax rebates for some steel products cancelled from May 1",
        "",
        ("tariff", "*", "*", False, "steel", None),
    ),
    (
        "Finance ministry cancels export tax rebate on certain steel products",
        "",
        ("tariff", "*", "*", False, "steel", None),
    ),
    # rh-114
    (
        "Trump imposes 50% duty on copper products, spares refined metal",
        "",
        ("tariff", "*", "US", False, "copper", 50),
    ),
    (
        "Semi-finished copper products hit with 50 per cent U.S. tariff; refined copper spared",
        "",
        ("tariff", "*", "US", False, "copper", 50),
    ),
    # rhx-051
    (
        "EU imposes definitive anti-dumping duty on Chinese aluminium flat-rolled products",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "Definitive anti-dumping duty on aluminium flat-rolled products from China imposed by Commission",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    # rw3-059
    (
        "Hanoi lets licensed firms import gold bars, ending central bank's monopoly",
        "",
        ("licensing", "*", "VN", False, "gold", None),
    ),
    (
        "Licensed companies allowed to import gold bars under Vietnam decree",
        "",
        ("licensing", "*", "VN", False, "gold", None),
    ),
    # rhx-111
    (
        "Government restricts imports of certain gold ornaments and articles",
        "",
        ("licensing", "*", "*", False, "gold", None),
    ),
    (
        "Import curbs placed on some gold jewellery, articles to cut non-essential imports",
        "",
        ("licensing", "*", "*", False, "gold", None),
    ),
    # rw3-007
    (
        "EU imposes five-year duties on Chinese tinplate steel",
        "",
        ("tariff", "CN", "EU", False, "steel", None),
    ),
    (
        "Chinese tinplate steel to face five-year duties, Brussels decides",
        "",
        ("tariff", "CN", "EU", False, "steel", None),
    ),
    # rh-039
    (
        "Beijing to require export permits for some graphite products from Dec 1",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Graphite exports to need permits as China tightens control",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    # rh2-065
    pytest.param(
        "Astana bans exports of ferrous and non-ferrous scrap for six months",
        "",
        ("suspended", "KZ", "*", False, "copper aluminium lead", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the label is at odds with the words: the row's metals are named only in its summary, which the paraphrase drops",
        ),
    ),
    pytest.param(
        "Export of ferrous and non-ferrous waste and scrap banned by Kazakhstan's industry ministry",
        "",
        ("suspended", "KZ", "*", False, "copper aluminium lead", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the label is at odds with the words: the row's metals are named only in its summary, which the paraphrase drops",
        ),
    ),
    # rh3-001
    (
        "Beijing halts exports of rare earths amid trade tensions",
        "",
        ("suspended", "CN", "*", False, "rare-earths", None),
    ),
    (
        "Rare earth exports halted by China",
        "",
        ("suspended", "CN", "*", False, "rare-earths", None),
    ),
    # rhe-095
    (
        "Beijing makes graphite export controls formal from December 1",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Formal export controls on sensitive graphite items announced by China",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    # rhb-088
    (
        "Australian PM pledges ban on Russian gold imports during Kyiv visit",
        "",
        ("suspended", "RU", "AU", True, "gold", None),
    ),
    (
        "Canberra to prohibit Russian gold imports, PM says in Kyiv",
        "",
        ("suspended", "RU", "AU", True, "gold", None),
    ),
    # rhk-167
    (
        "Manila's planned ban on nickel ore exports worries Indonesian smelters",
        "",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    (
        "Indonesian smelters concerned as Philippines plans nickel ore export ban",
        "",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    # rhk-117
    (
        "New Delhi restricts imports of two types of silver bars with immediate effect",
        "",
        ("licensing", "*", "IN", False, "silver", None),
    ),
    (
        "Imports of two kinds of silver bars restricted by India",
        "",
        ("licensing", "*", "IN", False, "silver", None),
    ),
    # rhc-100
    pytest.param(
        "OFAC authorises certain activities involving Venezuelan gold",
        "",
        ("resuming", "VE", "US", False, "gold", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'authorises activities involving' a metal is no release read, no event",
        ),
    ),
    pytest.param(
        "Treasury issues general licence for Venezuelan-origin gold dealings",
        "",
        ("resuming", "VE", "US", False, "gold", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'Treasury' names no place: the importer is lost",
        ),
    ),
]
