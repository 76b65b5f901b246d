"""News close to a measure that is no new measure, part 2 (session 29), in made-up phrasings
labelled before the engine read them.

4. **Legal and diplomatic process without a new measure**: court hearings, WTO disputes filed,
   heard or appealed, talks, visits, calls, consultations asked for, letters, lobbying,
   petitions, an industry's call (README "Trade-policy statuses": a suit or an appeal, talks
   about a measure in force or relief, relief sought, an industry's petition give no event).
   Near misses: a government's own draft, plan or consultation on its measure is ``proposed``.
5. **Analysis, explainers, opinion, podcasts, outlooks**: "what X means for Y", "winners and
   losers", Q&A, live blogs, price outlooks, a market's balance: no event; an act told after
   a feature's label stays the act.
6. **General trade and geopolitics with measure words but no watched metal** and no
   government act on one (rice, palm oil, uranium, chips, cars, oil, currencies, stocks): no
   event.

First time, on the engine before the change (labels written before it ran; none corrected
after): kind 4, 30 of the 33 first cases right (3 false events on 29: "WTO dispute body adopts
ruling on Indian steel duties", "Brazil takes US steel tariffs to WTO", "raises steel tariff
exemption with Trump"); kind 5, 28 of 31 right (2 false events on 29: "Webinar: navigating
... steel safeguards", "surplus narrows as Indonesian quota delays persist"; and one of the two
near misses missed, below); kind 6, 26 of 27 right (1 false event on 27: "tariffs on Chinese
lithium-ion batteries"). A second batch of 15, written after the first change and labelled
before any engine read it: 8 of 15 right on the engine before the change (6 false events on 12),
13 of 15 on the first change ("hauls US aluminium tariffs to trade panel", the forum two words
after "to", and the near miss "Court ruling lifts Section 232 tariffs", vetoed on both as a
ruling, put right then).

After the change (``tui/engine/classifier_in_force.py``, a battery's chemistry in
``classifier_other_goods.py``, a court's ruling that lifts a measure in
``classifier_nonmeasures.py``): all right but one near miss, kept as an ``xfail`` (an act after
"Explainer:", read right since session 30's ``tui/engine/classifier_explainer_act.py``).

A third batch of 33 over all six kinds (28 no measure), written after that change to estimate
news it was not written for, labelled before any engine read it: 30 of 33 right on main and on
the change alike (3 false events on 28: "as sanctions on Russian metal tighten supply", a
measure as the subject of a verb on a market's supply; "Tin market outlook: ... export permits
in focus", an outlook's heading; "pass on tariff costs", a measure's cost). Fixed in
``classifier_in_force.py`` (an outlook's, a preview's or a week ahead's heading before a
measure named by its noun, "news wrap:" left out: it lost gate4's rht-101, a wrap that reports
the tariffs; a measure's "costs", "bill" or "burden"; a measure noun in the subject of a stop
verb whose object is a market's supply, in a clause after the title's news): 33 of 33.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, case_ids, check_kind

CASES: list[Any] = []

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
    (
        "EU trade chief travels to Beijing to press for faster rare earth licences",
        "",
        None,
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


@pytest.mark.parametrize(("title", "summary", "want"), PROCESS, ids=case_ids(PROCESS))
def test_legal_and_diplomatic_process(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), ANALYSIS, ids=case_ids(ANALYSIS))
def test_analysis_explainers_opinion_and_outlooks(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), NO_METAL, ids=case_ids(NO_METAL))
def test_trade_news_with_no_watched_metal(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), SECOND_BATCH, ids=case_ids(SECOND_BATCH))
def test_a_second_batch_of_kinds_4_to_6(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), THIRD_BATCH, ids=case_ids(THIRD_BATCH))
def test_a_third_batch_of_all_six_kinds(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
