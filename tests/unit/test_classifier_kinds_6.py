"""Kinds of direction and ``proposed`` seen across the misses of every tuned set, in made-up
phrasings.

In session 5 the second blind set (``tests/data/real_headlines_blind2/``) was read once, never
tuned on, and then released for study; the direction (origin, destination) and ``proposed``
misses of all eight sets were grouped by their structural reason and the reading changed for
the structure: who is the actor, who the target, what the summary adds, modality against
decision. These phrasings are written for the kinds (none is a headline of any real set), in
several countries, metals and word orders, with phrasings nearby that must not change: they
check the rule, the real sets check the reading.
"""

from __future__ import annotations

import pytest
from test_classifier import METALS

from tui.engine.classifier import classify, explain

Want = tuple[str, str, str, bool] | None

#: title, summary, (status, origin, destination, proposed) or None
CASES: list[tuple[str, str, Want]] = [
    # every sovereign state and its demonym is a place: the actor of a measure in a small
    # country is that country, not "*"
    ("Malawi bans exports of raw copper ore", "", ("suspended", "MW", "*", False)),
    ("Lithuania halts imports of Belarusian steel", "", ("suspended", "BY", "LT", False)),
    ("Jordan suspends duties on Cypriot aluminium", "", ("resuming", "CY", "JO", False)),
    ("US lifts sanctions on Nicaraguan gold", "", ("resuming", "NI", "US", False)),
    # the object of the subject's measure verb is its target: "<verb> X with <measure>", a
    # possessive object whose noun is no measure; the subject imposes (import measures:
    # target -> subject)
    ("EU hits Russia with new nickel duties", "", ("tariff", "RU", "EU", False)),
    ("Beijing hits Japan, Korea with nickel duties", "", ("tariff", "JP", "CN", False)),
    ("China hits Japan with gallium export ban", "", ("suspended", "CN", "JP", False)),
    ("Washington slaps Beijing with fresh steel tariffs", "", ("tariff", "CN", "US", False)),
    (
        "UK targets Belarus's steel industry with fresh sanctions",
        "",
        ("suspended", "BY", "GB", False),
    ),
    ("Canada sanctions Iran's copper sector", "", ("suspended", "IR", "CA", False)),
    # ... but a possessive before a measure is its imposer
    ("Indonesia's nickel ore export ban takes effect", "", ("suspended", "ID", "*", False)),
    # (a WTO ruling on it, read as Indonesia's ban until session 19, is no event, as the real
    # sets label it and test_classifier_kinds_7.py and _32.py have it)
    ("WTO rules against Indonesia's nickel ore export ban", "", None),
    # a subject releasing "<other country> <goods> <measure>": its own measure on the other's
    # goods
    ("Mexico lifts Brazil steel tariffs", "", ("resuming", "BR", "MX", False)),
    ("Japan scraps Korea aluminium duties", "", ("resuming", "KR", "JP", False)),
    ("US lifts steel tariffs", "", ("resuming", "*", "US", False)),
    # restrictions on a foreign country or its sector with no flow word: its goods kept out
    (
        "Canada eases restrictions on Cuba's nickel sector",
        "",
        ("resuming", "CU", "CA", False),
    ),
    ("UK tightens curbs on Syrian copper", "", ("licensing", "SY", "GB", False)),
    ("China tightens curbs on graphite", "", ("licensing", "CN", "*", False)),
    # a ban on a foreign country with no flow word keeps its goods out; a flow word decides
    (
        "China slaps ban on Lithuania over copper row",
        "",
        ("suspended", "LT", "CN", False),
    ),
    ("China bans copper exports to Lithuania", "", ("suspended", "CN", "LT", False)),
    # an import measure under a pair's agreement: the importer's partner sends the goods
    (
        "Under the Korea-Chile pact, Seoul opens its copper import quota",
        "",
        ("quota", "CL", "KR", False),
    ),
    # a country that receives no release, or faces a measure, is the one it falls on; the
    # lede's "exports to X" names the importer
    (
        "Mexico gets no exemption from aluminium tariffs",
        "Mexican aluminium exports to the United States will pay the full duty.",
        ("tariff", "MX", "US", False),
    ),
    ("Brazil faces Canada's new steel duties", "", ("tariff", "BR", "CA", False)),
    (
        "Canada wins exemption from US aluminium tariffs",
        "",
        ("resuming", "CA", "US", False),
    ),
    # a demonym heading a government body is that government, not goods
    (
        "New duties on steel",
        "The Turkish Executive Committee decided to impose duties on steel imports from Vietnam.",
        ("tariff", "VN", "TR", False),
    ),
    (
        "Higher duties on aluminium",
        "The Egyptian Foreign Trade Council raised duties on Chinese aluminium imports.",
        ("tariff", "CN", "EG", False),
    ),
    (
        "New duties on aluminium",
        "Duties on Egyptian aluminium imports were raised by the European Commission.",
        ("tariff", "EG", "EU", False),
    ),
    # a steel duty set beside quotas is a tariff-rate quota (a duty replacing quotas is not)
    (
        "Chile raises steel import duty; quotas for rebar and wire",
        "",
        ("quota", "*", "CL", False),
    ),
    (
        "Chile to replace steel import quotas with duties",
        "",
        ("tariff", "*", "CL", False),
    ),
    # "a blow to X" says whom the news hurts, not where goods go: the lede's corridor decides
    (
        "Copper tariff deals a fresh blow to Chile",
        "A US move to put tariffs on imports of refined copper upends flows from Chile.",
        ("tariff", "CL", "US", False),
    ),
    ("Steel exports to Japan halted by Vietnam", "", ("suspended", "VN", "JP", False)),
    # an import measure whose text names one other country in an aside: its goods
    (
        "US to impose tariffs on platinum bars, South Africa hardest hit",
        "",
        ("tariff", "ZA", "US", False),
    ),
    (
        "EU imposes duties on aluminium foil, as Japan weighs its own",
        "",
        ("tariff", "*", "EU", False),
    ),
    # proposed: headlinese "X to <act>" is a plan unless its lede dates the measure or reports
    # it decided. "in <year>" dates the measure only after the measure's words; before them it
    # dates the telling or an older event
    (
        "Canada to lift duties on Korean steel",
        "Ottawa in 2019 imposed the duties after a complaint by domestic mills.",
        ("resuming", "KR", "CA", True),
    ),
    (
        "Canada to lift duties on Korean steel",
        "Ottawa said it would lift the duties on Korean steel in 2027.",
        ("resuming", "KR", "CA", False),
    ),
    (
        "UK to trim aluminium import quotas",
        "The Department for Business released a review in March 2024, saying quotas need work.",
        ("quota", "*", "GB", True),
    ),
    # "said ... will": decided when who will act is the government; a measure's parameter
    # ("said the duty will be 5%") describes it, it decides nothing
    (
        "Peru to introduce new copper export levy",
        "The finance minister said the levy will be 3% when prices are high.",
        ("tariff", "PE", "*", True),
    ),
    (
        "Peru to introduce new copper export levy",
        "The trade ministry said on Tuesday that Peru will charge a levy on copper exports.",
        ("tariff", "PE", "*", False),
    ),
    # ... but a leader telling what the country will do is a plan until a body decides it
    (
        "Peru to introduce new copper export levy",
        "The president said on Tuesday that Peru will charge a levy on copper exports.",
        ("tariff", "PE", "*", True),
    ),
    (
        "Copper ore export ban coming",
        "President Hichilema has confirmed that he will introduce a ban on copper ore exports.",
        ("suspended", "*", "*", True),
    ),
    (
        "Chile will cut copper export duty",
        "Chile will build roads and cut the copper export duty, the prime minister said.",
        ("resuming", "CL", "*", True),
    ),
    # a title that reports the act by a finite verb is not undone by the leader's "will"
    (
        "Chile cuts copper export duty",
        "The president said Chile will cut the copper export duty to lift output.",
        ("resuming", "CL", "*", False),
    ),
    # "will <act> ..., the <government body> said": the government's own announcement; a
    # minister's budget speech stays a plan
    (
        "Japan to prolong suspension of duties on Thai steel",
        "Japan will prolong the suspension of duties on Thai steel, the trade ministry said.",
        ("resuming", "TH", "JP", False),
    ),
    (
        "Kenya to drop import duty on copper wire",
        "Kenya will drop import duty on copper wire, the finance minister said in his budget.",
        ("resuming", "*", "KE", True),
    ),
    # the decisive step reported done in the lede ("after publishing the final list")
    (
        "Mexico to impose 30% tariff on Chinese aluminium",
        "Mexico will be charging the tariff after publishing its final decree on Friday.",
        ("tariff", "CN", "MX", False),
    ),
    # a lede that says nothing of trade or of the measure leaves a bare wire title (decided);
    # one that speaks of the measure without dating or deciding it leaves a plan
    (
        "Vietnam to restrict rare earth ore exports",
        "Vietnam holds the world's second-largest rare earth reserves.",
        ("licensing", "VN", "*", False),
    ),
    (
        "Vietnam to restrict rare earth ore exports",
        "Officials want more of the ore processed at home before any shipments leave.",
        ("licensing", "VN", "*", True),
    ),
    # negotiation is not decision: "near a deal to", "in talks to"; and sources however
    # qualified ("according to trade and government sources")
    (
        "US and Canada near deal to lift aluminium tariffs",
        "",
        ("resuming", "CA", "US", True),
    ),
    (
        "US eases steel tariffs on Mexico",
        "The two sides are close, according to trade and government sources.",
        ("resuming", "MX", "US", True),
    ),
    (
        "India in talks to cut gold import duty",
        "",
        ("resuming", "*", "IN", True),
    ),
    # no event: "no <measure> yet", a timeline or history of a measure, a trade-remedy case
    # opened into a practice, an industry requesting a measure, a site suspended
    (
        "Board finds Korean steel subsidised but no interim duties yet",
        "",
        None,
    ),
    ("A brief history of Indian gold import duties", "", None),
    ("Timeline of EU steel safeguards", "", None),
    (
        "Brazil opens a probe into anti-dumping practices on Chinese aluminium sheet",
        "",
        None,
    ),
    ("Congolese cobalt traders request export levy pause", "", None),
    ("Ghana: three illegal gold mines suspended", "", None),
    # ... but a probe into possible tariffs weighs a tariff (proposed)
    (
        "US orders probe into possible tariffs on nickel imports",
        "",
        ("tariff", "*", "US", True),
    ),
    # clearing exports restarts them (an adjective "limited" before the goods is no verb);
    # suspending customs and excise charges releases them
    (
        "Beijing clears restricted gallium exports to Korea",
        "",
        ("resuming", "CN", "KR", False),
    ),
    ("Nickel clears $20,000 as Indonesia exports rise", "", None),
    ("Port clears first cobalt shipment to refinery", "", None),
    (
        "Zambia suspends excise on copper cathodes",
        "",
        # session 23: the exporter's own excise, as the studied rhc-016 is labelled (was *->ZM)
        ("resuming", "ZM", "*", False),
    ),
    # a duty-free quota is a tariff-rate quota; duty-free access alone is open trade
    (
        "UK trims tariff-free steel quotas, out-of-quota duty at 25%",
        "",
        ("quota", "*", "GB", False),
    ),
    # kinds 139: goods let in duty-free are a duty-free flow, the duty lifted (docs/STATUSES.md;
    # kinds 35, 137), as "let ... in duty free" is labelled in kinds 137 (was open)
    ("Japan lets Kenyan copper in duty-free", "", ("resuming", "KE", "JP", False)),
    # second batch: written after the rules changed, before running the engine on it; read
    # 16/22 first time (a price level "clears $N", a possessive object with its phrase ending
    # at "with", a leader's "says X will" in a title, a year after a past act, "near a pact"
    # were then fixed by kind; "Mexico in talks to scrap steel quotas", whose quota has no flow
    # word, reads as an export quota by the default and is left out as ambiguous)
    ("Washington hits Caracas with new sanctions on gold", "", ("suspended", "VE", "US", False)),
    ("EU slaps Belarus, Russia with steel duties", "", ("tariff", "BY", "EU", False)),
    ("Britain targets Myanmar's tin sector with sanctions", "", ("suspended", "MM", "GB", False)),
    ("Canada lifts Mexico steel countermeasures", "", ("resuming", "MX", "CA", False)),
    ("Korea drops Japan aluminium duties", "", ("resuming", "JP", "KR", False)),
    ("US eases restrictions on Belarus's nickel sector", "", ("resuming", "BY", "US", False)),
    ("Turkey imposes ban on Israel over copper", "", ("suspended", "IL", "TR", False)),
    (
        "Under the Japan-Australia deal, Tokyo raises its copper import quota",
        "",
        ("quota", "AU", "JP", False),
    ),
    ("Vietnam faces Indian anti-dumping duties on steel", "", ("tariff", "VN", "IN", False)),
    ("Ghana's gold exports to India halted after ban", "", ("suspended", "GH", "IN", False)),
    ("President says Indonesia will ban bauxite exports", "", ("suspended", "ID", "*", True)),
    (
        "Zambia to ban copper ore exports",
        "The mines ministry said on Monday that Zambia will ban exports of copper ore.",
        ("suspended", "ZM", "*", False),
    ),
    (
        "Zambia to ban copper ore exports",
        "President Hichilema told parliament that Zambia will ban exports of copper ore.",
        ("suspended", "ZM", "*", True),
    ),
    (
        "Philippines to lift nickel ore export ban",
        "Manila imposed the ban in 2024 to build local smelters.",
        ("resuming", "PH", "*", True),
    ),
    (
        "EU to impose duties on Chinese aluminium foil, according to two diplomatic sources",
        "",
        ("tariff", "CN", "EU", True),
    ),
    ("US and Japan near pact to cut steel tariffs", "", ("resuming", "JP", "US", True)),
    ("Nickel clears $18,000 after Indonesia export ban", "", None),
    ("Copper output suspended at Zambian mine", "", None),
    (
        "Peru's mining ministry says new copper export rules will take effect in June",
        "",
        ("licensing", "PE", "*", False),
    ),
    ("A timeline of Indonesia's nickel ore export bans", "", None),
    ("Tariff threat a blow to Canadian aluminium smelters", "", None),
    # third batch, checks of the same kinds in other phrasings (one, an exemption given to a
    # subject's partner, read wrong and was fixed: a subject receiving an exemption is no
    # target the text names)
    ("Canada hits US with counter-tariffs on steel", "", ("tariff", "US", "CA", False)),
    (
        "China targets Australia's iron ore with new curbs",
        "",
        ("licensing", "AU", "CN", False),
    ),
    ("US targets Russia's aluminium with 200% tariff", "", ("tariff", "RU", "US", False)),
    ("Japan exempts Australia from aluminium tariffs", "", ("resuming", "AU", "JP", False)),
    ("EU gives Ukraine steel quota exemption", "", ("resuming", "UA", "EU", False)),
    (
        "South Africa gets no relief from US aluminium tariffs",
        "",
        ("tariff", "ZA", "US", False),
    ),
    ("Brazil faces US steel quota cut", "", ("quota", "BR", "US", False)),
    # ... and market or company news with the same words stays no event
    ("Zinc tops $3,000 as Europe smelters idle", "", None),
    ("Glencore in talks to sell Malawi nickel stake", "", None),
    ("Traders request more time to deliver copper on LME", "", None),
    ("No copper shortage yet, says Codelco chief", "", None),
    ("Cobalt hits Congo with price slump", "", None),
    ("Rio Tinto faces lawsuit over Mongolian copper mine", "", None),
    ("Platinum clears hurdle as South African mines restart", "", None),
    # a wire dateline names where the outlet files from, not an actor
    (
        "New duties on steel",
        "BEIJING, May 3 (Reuters) - Vietnam imposed anti-dumping duties on steel from Indonesia.",
        ("tariff", "ID", "VN", False),
    ),
    (
        "Nickel ore export ban",
        "JAKARTA (AP) — The Philippines banned exports of nickel ore on Monday.",
        ("suspended", "PH", "*", False),
    ),
    # a permission received leaves the subject the trader
    ("Zambia gets approval to export copper ore", "", ("resuming", "ZM", "*", False)),
]


@pytest.mark.parametrize(("title", "summary", "want"), CASES, ids=[c[0][:60] for c in CASES])
def test_kind(title: str, summary: str, want: Want) -> None:
    event = classify(title, summary, METALS)
    got = None if event is None else (event.status, event.origin, event.destination, event.proposed)
    assert got == want, "\n".join(explain(title, summary, METALS))
