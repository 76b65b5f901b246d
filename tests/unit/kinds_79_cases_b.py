"""Cases of ``test_classifier_kinds_79.py`` (THIRD_BATCH), labelled before the engine read them;
the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

#: (title, summary, want): all six kinds, a third batch written after the change to estimate
#: news it was not written for (labelled before any engine read it).
THIRD_BATCH: list[Any] = [
    (
        "Aluminium billet premiums in Europe firm as sanctions on Russian metal tighten supply",
        "Premiums rose to $450 a tonne as buyers shunned Russian-origin billet.",
        None,
    ),
    ("Chinese stainless exporters pivot to Middle East as EU safeguard caps shipments", "", None),
    (
        "Indonesian nickel matte output rises as smelters dodge ore export ban with NPI conversion",
        "",
        None,
    ),
    (
        "JSW Steel quarterly profit beats estimates, helped by safeguard duty",
        "The steelmaker said the provisional 12% duty on flat steel imports supported domestic prices.",
        None,
    ),
    ("Zinc treatment charges fall to record low amid Chinese smelter output curbs", "", None),
    (
        "US aluminium imports from Canada fall 15% in first month of 50% tariff",
        "Census data showed imports of unwrought aluminium from Canada at 210,000 tonnes in July.",
        None,
    ),
    ("Philippine nickel miners expect record shipments as Indonesia's quota cuts bite", "", None),
    ("Trafigura posts record profit on metals volatility from tariffs", "", None),
    (
        "LME raises margins for nickel contracts after Indonesian supply scare",
        "The exchange said initial margins would rise 15% from Tuesday.",
        None,
    ),
    ("Citi: copper tariff could be announced within weeks", "", None),
    ("Glencore to stop selling cobalt to Chinese refiners linked to artisanal mines", "", None),
    (
        "Hearing set in importers' lawsuit over Section 232 derivatives",
        "The Court of International Trade will hear arguments on steel and aluminium derivative products in May.",
        None,
    ),
    ("WTO members discuss critical minerals export restrictions at goods council", "", None),
    (
        "Indian delegation to visit Washington for talks on steel and aluminium tariffs",
        "The commerce ministry said officials would seek relief for Indian exporters.",
        None,
    ),
    ("EU, Australia resume talks on free trade deal, critical minerals", "", None),
    ("Steel lobby urges Ottawa to tighten tariff rate quotas on imports", "", None),
    ("Codelco says it will keep selling copper to US despite tariff threat", "", None),
    (
        "Analysis: Africa's mineral export bans face test as prices slump",
        "Zimbabwe's lithium ore ban and Guinea's bauxite push come as prices fall.",
        None,
    ),
    ("Explained: what the new EU steel measure means for Indian exporters", "", None),
    ("Tin market outlook: Myanmar supply, Indonesian export permits in focus", "", None),
    ("Opinion: Why Washington's copper tariff will backfire", "", None),
    ("Podcast: The week in metals - cobalt quotas and the gallium squeeze", "", None),
    ("Japan bans exports of seafood-processing machines to China", "", None),
    ("US imposes 145% tariffs on Chinese goods", "The tariff covers all imports from China.", None),
    ("Vietnam imposes anti-dumping duties on Chinese wind towers", "", None),
    ("Silver refiners in India report slower sales two months into higher import duty", "", None),
    ("Rio Tinto flags higher costs at Canadian smelters under US aluminium tariff", "", None),
    ("Copper wire makers in US pass on tariff costs to utilities", "", None),
    ("Indonesia bans bauxite exports as smelters come online", "", ("suspended", "ID", "*", False)),
    ("Mexico raises tariffs on Asian steel to 50%", "", ("tariff", "*", "MX", False)),
    (
        "Congo suspends cobalt exports for four months",
        "The regulator said the halt would curb oversupply.",
        ("suspended", "CD", "*", False),
    ),
    ("India proposes 12% safeguard duty on steel imports", "", ("tariff", "*", "IN", True)),
    ("Nickel climbs after Philippines bans ore exports", "", ("suspended", "PH", "*", False)),
]
