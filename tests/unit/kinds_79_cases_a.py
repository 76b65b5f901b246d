"""Cases of ``test_classifier_kinds_79.py`` (PROCESS, ANALYSIS, NO_METAL, SECOND_BATCH), labelled
before the engine read them; the kinds, first-time counts and fixes are in that module's
docstring."""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): kind 4, legal and diplomatic process without a new measure.
PROCESS: list[Any] = [
    ("China files WTO complaint over US steel and aluminium tariffs", "", None),
    (
        "WTO panel hears EU challenge to Indonesian nickel ore ban",
        "The panel held its first substantive meeting with the parties in Geneva this week.",
        None,
    ),
    ("Indonesia appeals WTO ruling on nickel export ban into the void", "", None),
    (
        "US trade court hears challenge to copper tariffs",
        "Importers argued the administration exceeded its authority under Section 232.",
        None,
    ),
    ("Australia, US trade ministers meet on aluminium tariff exemption", "", None),
    (
        "Japanese trade minister visits Jakarta to discuss nickel ore export policy",
        "Talks focused on supply to Japanese smelters, a ministry official said.",
        None,
    ),
    ("EU and US hold talks on steel and aluminium overcapacity arrangement", "", None),
    ("Indonesia summons Chinese ambassador over nickel smelter labour row", "", None),
    (
        "South Korean delegation lobbies Washington over steel quota",
        "The industry ministry delegation asked US officials to raise the volume allowed "
        "duty-free under the 2018 arrangement.",
        None,
    ),
    ("Congo, Zambia sign pact on cobalt and copper value chain", "", None),
    ("India seeks consultations at WTO over EU steel safeguard", "", None),
    ("WTO dispute body adopts ruling on Indian steel duties", "", None),
    (
        "Court upholds Section 232 steel duties, dismissing importers' challenge",
        "",
        None,
    ),
    ("Indonesian parliament to hold hearing on bauxite export policy", "", None),
    (
        "Zambia's president meets miners over copper export concerns",
        "Hichilema told executives the government had no plans to change export rules.",
        None,
    ),
    ("US-China talks in Geneva end without deal on rare earths", "", None),
    pytest.param(
        "EU trade chief travels to Beijing to press for faster rare earth licences",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="the learned gate vetoed it at 0.112; retrained at 0.103 (session 32) it does not",
        ),
    ),
    (
        "Mexican steel chamber asks government to match US tariffs on Asian steel",
        "Canacero said imports from China and Vietnam were displacing local mills.",
        None,
    ),
    ("Aluminum Association petitions Commerce to add products to tariff list", "", None),
    (
        "Commerce receives 200 requests to add derivatives to steel tariffs",
        "The requests came in the first inclusion window since the programme was set up.",
        None,
    ),
    ("Australian PM raises steel tariff exemption with Trump at G7", "", None),
    ("Ontario premier leads trade mission to Washington over aluminium tariffs", "", None),
    (
        "Kazakhstan, China agree to study tungsten supply partnership",
        "",
        None,
    ),
    (
        "Brazil takes US steel tariffs to WTO",
        "Brasilia requested consultations, the first step in a dispute, over the 50% duties.",
        None,
    ),
    ("Chilean senators question lithium deal in committee hearing", "", None),
    (
        "Canada's CITT hearing on steel plate dumping adjourned to March",
        "",
        None,
    ),
    (
        "Peru miners urge government to resist US copper tariff pressure",
        "",
        None,
    ),
    ("G20 ministers call for restraint on critical minerals export curbs", "", None),
    (
        "Indian steel ministry meets importers on safeguard duty concerns",
        "Importers said the provisional duty in force since April was raising costs.",
        None,
    ),
    # near misses: a government's own draft, plan or consultation is proposed
    (
        "EU proposes halving steel import quotas and 50% out-of-quota tariff",
        "",
        ("quota", "*", "EU", True),
    ),
    ("Indonesian ministry drafts export tax on nickel pig iron", "", ("tariff", "ID", "*", True)),
    (
        "Canada opens consultation on surtax for Chinese steel and aluminium",
        "",
        ("tariff", "CN", "CA", True),
    ),
    ("Philippines weighs nickel ore export ban, minister says", "", ("suspended", "PH", "*", True)),
]


#: (title, summary, want): kind 5, analysis, explainers, opinion, podcasts and outlooks.
ANALYSIS: list[Any] = [
    ("What Indonesia's nickel export tax would mean for stainless mills", "", None),
    (
        "Winners and losers from Trump's 50% copper tariff",
        "Chilean miners, US wire makers and Comex traders face very different outcomes.",
        None,
    ),
    ("Live: Metals react as markets digest US steel tariffs", "", None),
    ("Podcast: Is China's gallium squeeze working?", "", None),
    (
        "Copper price outlook 2026: tariffs, China demand and mine disruptions",
        "Analysts expect a deficit next year as supply growth slows.",
        None,
    ),
    ("Q&A: How Congo's cobalt quotas will be allocated", "", None),
    ("Chart of the day: aluminium premiums since the tariffs", "", None),
    (
        "Comment: Zimbabwe's lithium ban risks scaring off investors",
        "Harare's policy may deliver short-term processing gains at the cost of exploration.",
        None,
    ),
    ("Breakingviews: Indonesia's nickel gamble has a sting in its tail", "", None),
    (
        "Big Read: How China turned rare earths into a weapon",
        "Beijing's licensing system gives it a lever over carmakers and defence firms worldwide.",
        None,
    ),
    ("Trade wars explained: what steel buyers need to know", "", None),
    (
        "Metals outlook: tin to stay tight on Myanmar, Indonesia supply curbs",
        "",
        None,
    ),
    (
        "Analysts see limited impact from Chinese graphite export permits",
        "Most anode makers have secured licences, consultants said.",
        None,
    ),
    ("Week ahead: copper traders eye tariff decision", "", None),
    ("Lex: Section 232 copper duties are a gift to Freeport", "", None),
    (
        "How India's steel safeguard duty could reshape Asian trade",
        "Mills in Vietnam and Korea may look to other markets.",
        None,
    ),
    ("Three scenarios for China's antimony export policy in 2026", "", None),
    ("Webinar: navigating CBAM and steel safeguards in 2026", "", None),
    (
        "Is the US aluminium tariff working? The data say not yet",
        "Primary output has barely moved while imports from Canada remain high.",
        None,
    ),
    ("Everything you need to know about the EU's new steel quota plan", "", None),
    (
        "Steel Week: what the safeguard review means for rebar",
        "",
        None,
    ),
    (
        "Cobalt market after Congo's quota decision: a deep dive",
        "Hydroxide supply will remain constrained into 2026, our analysts say.",
        None,
    ),
    ("Nickel market balance: surplus narrows as Indonesian quota delays persist", "", None),
    (
        "Week in review: tariffs, strikes and a cobalt rally",
        "Copper hit a record on the Comex while Congo's export halt lifted cobalt.",
        None,
    ),
    (
        "Morning comment: aluminium ingot stocks drop, tariff impact limited",
        "",
        None,
    ),
    ("Why the gallium ban hurts China too", "", None),
    (
        "Gold price forecast: can tariffs push bullion to $5,000?",
        "Haven demand and central bank buying remain the main drivers, strategists say.",
        None,
    ),
    ("Ask the analyst: are tungsten export quotas here to stay?", "", None),
    (
        "Special report: inside the scramble for antimony after Beijing's curbs",
        "",
        None,
    ),
    # near misses: an act told after a feature's label
    # an xfail until session 30 (an explainer's label vetoed whatever followed it), read
    # right since (``tui/engine/classifier_explainer_act.py``)
    (
        "Explainer: China bans gallium and germanium exports to US",
        "",
        ("suspended", "CN", "US", False),
    ),
    ("Live: Trump raises steel tariffs to 50%", "", ("tariff", "*", "US", False)),
]


#: (title, summary, want): kind 6, trade and geopolitics news with no watched metal.
NO_METAL: list[Any] = [
    ("Tariff fears weigh on Asian stocks", "", None),
    (
        "Global trade growth slows as tariffs bite, WTO says",
        "Merchandise trade volumes will rise just 0.5% next year, the organisation forecast.",
        None,
    ),
    ("Dollar firms as traders weigh tariff risks", "", None),
    ("EU and India close in on free trade agreement", "", None),
    (
        "China bans exports of drone parts to US firms",
        "The commerce ministry added 12 US companies to its export control list.",
        None,
    ),
    ("India bans rice exports to tame prices", "", None),
    ("Indonesia raises export levy on palm oil", "", None),
    (
        "US tariffs on Chinese EVs take effect",
        "The 100% duty on electric vehicles applies from Friday.",
        None,
    ),
    ("Sanctions on Russian oil tighten as EU adopts 18th package", "", None),
    ("Container rates soar as Red Sea attacks continue", "", None),
    (
        "Canada-US dispute over dairy quotas escalates",
        "Washington says Ottawa's tariff-rate quotas break the USMCA.",
        None,
    ),
    ("Japanese carmakers warn of tariff hit to profits", "", None),
    (
        "Tariff truce extended: what it means for markets",
        "Stocks rallied after Washington and Beijing extended the pause by 90 days.",
        None,
    ),
    ("China lifts export curbs on fertiliser", "", None),
    ("Vietnam raises import duty on petrol", "", None),
    ("Mexico tightens rules for importing used cars", "", None),
    (
        "Niger bans uranium exports to France",
        "The junta said Orano may no longer ship uranium concentrate from the Arlit mine.",
        None,
    ),
    ("Brazil's coffee exporters hit by US tariffs", "", None),
    ("Poland extends ban on Ukrainian grain imports", "", None),
    (
        "Trade war escalation hits emerging market currencies",
        "The rand and the peso fell more than 1% after the tariff announcement.",
        None,
    ),
    ("US lawmakers push to restrict chip equipment exports to China", "", None),
    ("Malaysia sets crude palm oil export duty for July", "", None),
    ("Bangladesh halts onion imports from India", "", None),
    (
        "US raises tariffs on Chinese lithium-ion batteries",
        "The duty on batteries for electric vehicles rises to 25% from January.",
        None,
    ),
    (
        "Kazakhstan restricts uranium exports via Russia",
        "",
        None,
    ),
    ("Section 301 tariffs on Chinese solar cells doubled", "", None),
    (
        "Shipping stocks slide as US port fees on Chinese vessels loom",
        "",
        None,
    ),
]


#: (title, summary, want): kinds 4-6, a second batch written after the first change (labelled
#: before the engine read them): the same kinds in other words, and near misses of each check.
SECOND_BATCH: list[Any] = [
    ("Korea takes Indian steel duties to WTO dispute settlement", "", None),
    (
        "Appellate verdict on EU nickel curbs due in March",
        "Jakarta's appeal against the panel report has been pending since 2022.",
        None,
    ),
    ("Canada hauls US aluminium tariffs to trade panel", "", None),
    (
        "Court ruling lifts Section 232 tariffs on Turkish steel",
        "",
        ("resuming", "TR", "US", False),
    ),
    (
        "Japan's PM raises aluminium tariff relief with Trump in call",
        "Ishiba asked for Japanese metal to be spared, officials said.",
        None,
    ),
    ("US raises steel tariffs with immediate effect", "", ("tariff", "*", "US", False)),
    (
        "Canada imposes 100% surtax on Chinese EVs and lithium-ion cells",
        "",
        None,
    ),
    ("US raises tariffs on Chinese lithium carbonate", "", ("tariff", "CN", "US", False)),
    (
        "Podcast: Inside the gallium price spike two years into Beijing's controls",
        "",
        None,
    ),
    (
        "Week ahead: aluminium buyers weigh tariff costs as contract talks open",
        "Japanese buyers and suppliers begin talks on first-quarter premiums.",
        None,
    ),
    ("Zambia, Congo ministers discuss copper export levies at Lusaka meeting", "", None),
    (
        "Thai tin importers navigate Myanmar export halt",
        "Smelters have drawn on stocks since the Wa State suspension began.",
        None,
    ),
    ("Bolivia bans soybean exports to curb prices", "", None),
    (
        "Rice exporters in Vietnam hit by new tariffs in the Philippines",
        "",
        None,
    ),
    ("Indonesia raises coal export royalty", "", None),
]
