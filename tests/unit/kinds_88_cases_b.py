"""Cases of ``test_classifier_kinds_88.py`` (ENFORCEMENT, SECOND_BATCH, THIRD_BATCH), labelled
before the engine read them; the kinds, first-time counts and fixes are in that module's
docstring."""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): kind 5, legal action and enforcement against firms (seizures,
#: busts, fines for evasion, suits and rulings between companies); near misses, a
#: government's measure against smuggling or a court lifting a measure, stay events.
ENFORCEMENT: list[Any] = [
    ("Indian customs seize 20 kg of smuggled gold at Chennai airport", "", None),
    ("US fines steel importer $5 million for evading anti-dumping duties", "", None),
    ("Trader jailed for smuggling cobalt out of Congo", "", None),
    ("Glencore, Trafigura settle copper cargo lawsuit in London", "", None),
    ("Court rules for battery maker's supplier in nickel contract dispute", "", None),
    ("Chinese police bust antimony smuggling ring", "", None),
    (
        "Dutch customs seize aluminium cargo falsely declared as Malaysian",
        "Investigators said the metal was Russian and had been relabelled to avoid sanctions.",
        None,
    ),
    ("DOJ charges importers with transshipping Chinese aluminium through Vietnam", "", None),
    ("London court orders trader to pay $200 million over fake nickel cargoes", "", None),
    ("Indonesian police arrest 12 over illegal nickel ore exports", "", None),
    ("Peru seizes 3 tonnes of illegally mined gold bound for US", "", None),
    ("Zambian court halts sale of copper mine", "", None),
    ("Supreme Court hears importers' challenge to steel duties", "", None),
    ("Arbitration panel awards miner $1 billion in Tanzania nickel dispute", "", None),
    ("Investors sue aluminium producer over price-fixing", "", None),
    ("EU prosecutors probe customs fraud on Chinese steel imports", "", None),
    ("South African tax agency raids steel traders over duty evasion", "", None),
    ("Thai customs fines exporter for mislabelling tin shipments", "", None),
    ("Chilean court suspends Codelco lithium deal", "", None),
    ("Congolese soldiers seize cobalt trucks at Zambian border", "", None),
    ("US indicts executives for smuggling gallium to China", "", None),
    ("Importer pleads guilty to evading aluminium extrusion duties", "", None),
    ("LME sued by hedge fund over cancelled nickel trades", "", None),
    ("Customs officers stop silver shipment at Mexican port over paperwork", "", None),
    ("Swiss refiner fined for buying gold smuggled from Sudan", "", None),
    (
        "UPDATE 1-Steel importer loses appeal over anti-dumping duty bill",
        "The Court of International Trade upheld the duties assessed on the company's "
        "shipments of Chinese pipe.",
        None,
    ),
    # near misses: a government's measure, or a court lifting one, is an event
    ("Indonesia bans nickel ore exports to curb smuggling", "", ("suspended", "ID", "*", False)),
    (
        "Ghana halts gold exports by small miners to fight smuggling",
        "",
        ("suspended", "GH", "*", False),
    ),
    (
        "US imposes duties on Thai aluminium foil after evasion probe",
        "",
        ("tariff", "TH", "US", False),
    ),
    (
        "Kazakhstan bans copper scrap exports for six months to stop smuggling",
        "",
        ("suspended", "KZ", "*", False),
    ),
]


#: (title, summary, want): a second batch over the five kinds, written after the first change
#: and labelled before any engine read it, to estimate news the change was not written for.
SECOND_BATCH: list[Any] = [
    ("Nickel pares gains as Jakarta's ore export quota talk cools", "", None),
    ("UPDATE 3-Copper hovers near record as duty verdict nears", "", None),
    ("Aluminum Premium in Europe Slides as Sanctions Threat Recedes", "", None),
    (
        "Zinc treatment charges jump as smelters brace for Chinese export tax",
        "Spot charges rose to $120 a tonne; traders said a levy rumoured for next year was "
        "already in prices.",
        None,
    ),
    ("Gold bar premiums in India surge as buyers front-run budget", "", None),
    ("Kitco: Silver's tariff spread over London widens again", "", None),
    ("Platinum slips as market looks past Russian metal ban talk", "", None),
    ("Tin market calm a decade after Indonesia's ingot export rules", "", None),
    ("Anglo American Platinum declares force majeure after smelter explosion", "", None),
    ("Zambia's Mopani halts copper exports as floods wash out rail line", "", None),
    ("Albemarle trims lithium output at Chilean site on weak demand", "", None),
    ("Nornickel cuts nickel price for Chinese buyers by 5%", "", None),
    ("Chinese antimony smelter suspends shipments after environmental inspection", "", None),
    ("Striking dockers halt aluminium loadings at Brazilian port", "", None),
    ("Gabon's Comilog resumes ore exports after rail line repaired", "", None),
    ("China's steel exports to Southeast Asia hit monthly record", "", None),
    ("Indian copper imports from Japan triple after free-trade pact", "", None),
    ("US tin imports from Indonesia resume climb in third quarter", "", None),
    (
        "South Africa's platinum exports to China dwindle",
        "Shipments fell for a fifth month, customs figures showed.",
        None,
    ),
    ("Xinhua: China's tungsten exports drop 18 pct year on year", "", None),
    ("Vietnam's aluminium exports to US crash after anti-dumping duties", "", None),
    ("Two years on, China's gallium controls have rewired chip supply chains", "", None),
    ("The case against a US copper tariff", "", None),
    ("What Indonesia's nickel ban can teach Congo's cobalt planners", "", None),
    ("Podcast: Inside Congo's cobalt export quotas", "", None),
    ("Opinion | Zimbabwe's lithium ore ban has worked, so far", "", None),
    ("Malaysian customs officers seize tin ingot shipment at Penang port", "", None),
    ("Court orders Chinese firm to pay Australian miner over iron ore cargo", "", None),
    ("Police in Ghana arrest gold smugglers at Accra airport", "", None),
    ("Steel importer fined for dodging safeguard duties on Turkish rebar", "", None),
    # near misses: a government's measure, in the same framings
    (
        "Copper jumps after Chile imposes 10% export tax on concentrate",
        "",
        ("tariff", "CL", "*", False),
    ),
    ("Aluminium premiums soar as US doubles tariffs to 50%", "", ("tariff", "*", "US", False)),
    ("Zinc rallies as Peru halts concentrate exports", "", ("suspended", "PE", "*", False)),
    (
        "Indonesia halts nickel ore exports after floods hit mining hub",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "Zambia resumes copper exports to Congo after lifting ban",
        "",
        ("resuming", "ZM", "CD", False),
    ),
    (
        "China's gallium exports slump as Beijing bans sales to US",
        "",
        ("suspended", "CN", "US", False),
    ),
    ("Five years on, Indonesia extends nickel ore export ban", "", ("suspended", "ID", "*", False)),
    (
        "Ghana bans gold exports by foreign traders after smuggling surge",
        "",
        ("suspended", "GH", "*", False),
    ),
]


#: (title, summary, want): a third batch over the five kinds, written after the second change
#: and labelled before any engine read it.
THIRD_BATCH: list[Any] = [
    ("METALS-Copper eyes weekly gain; investors look to Washington for duty signal", "", None),
    ("Aluminium Rises to Highest Since 2022 on Bets US Will Widen Levies", "", None),
    ("Nickel ore prices in Indonesia climb as miners wait on export quota approvals", "", None),
    ("Silver's Comex premium vanishes as import duty fears ease", "", None),
    ("Iron ore falls as Chinese steel export restrictions loom", "", None),
    ("Cobalt hydroxide payables ease as Congo's export ban anniversary approaches", "", None),
    ("Antimony trade stalls as buyers wait for Beijing's licence decisions", "", None),
    ("Tin prices hold near highs; Myanmar's Wa mining halt enters second year", "", None),
    ("Glencore's Mutanda halts cobalt shipments as road washes away", "", None),
    ("Century Aluminum curtails Kentucky smelter on power costs", "", None),
    ("Codelco suspends copper exports from Ventanas after leak", "", None),
    ("BHP halts iron ore loadings at Port Hedland as cyclone nears", "", None),
    ("Kazakh copper miner stops shipments to China over payment dispute", "", None),
    ("Jinchuan cuts nickel cathode prices by 2,000 yuan", "", None),
    ("Brazil's CBA raises aluminium ingot premium for domestic clients", "", None),
    ("China's unwrought aluminium exports rise for fourth month", "", None),
    ("India's steel imports from Korea jump 50% despite safeguard probe", "", None),
    ("US aluminium imports from Canada fall by a third under 50% tariff", "", None),
    ("Chile's lithium shipments to Korea soar in October", "", None),
    (
        "Japan's gold exports to Hong Kong plunge",
        "Shipments fell 70% from a year earlier, finance ministry data showed.",
        None,
    ),
    ("Philippines' nickel ore exports surge before rainy season", "", None),
    ("Russian palladium exports to US slow to a trickle", "", None),
    ("Analysis: Why Beijing's gallium curbs have not stopped smuggling", "", None),
    ("Three lessons from Zimbabwe's lithium ore export ban", "", None),
    ("A year later, US steel tariffs have not revived mills", "", None),
    ("Winners and losers from Indonesia's bauxite export ban", "", None),
    ("Fact check: No, Chile has not banned copper exports to the US", "", None),
    ("Interview with Congo mines minister on cobalt quota results", "", None),
    ("Rotterdam customs seize Russian aluminium cargo declared as Turkish", "", None),
    ("US court fines traders for dodging Chinese steel duties via Malaysia", "", None),
    ("Thai police arrest tin smugglers near Myanmar border", "", None),
    ("Nickel trader wins London lawsuit against Chinese buyer", "", None),
    # near misses: a government's measure, in the same framings
    # (first labelled a halt: "curbs" is a licensing word in the house's tables, as in
    # "BIS curbs germanium exports to India")
    ("Iron ore falls as China curbs steel exports", "", ("licensing", "CN", "*", False)),
    ("Copper eases as Peru lifts ban on concentrate exports", "", ("resuming", "PE", "*", False)),
    (
        "Nickel ore prices jump as Philippines bans raw ore exports",
        "",
        ("suspended", "PH", "*", False),
    ),
    (
        "India's steel imports slump after New Delhi imposes 12% safeguard duty",
        "",
        ("tariff", "*", "IN", False),
    ),
    (
        "Zimbabwe suspends lithium exports by miners behind on refinery plans",
        "",
        ("suspended", "ZW", "*", False),
    ),
    (
        "Brazil raises aluminium import tariff to 25% as imports jump",
        "",
        ("tariff", "*", "BR", False),
    ),
    ("Tin jumps as Indonesia suspends ingot exports", "", ("suspended", "ID", "*", False)),
    pytest.param(
        "Analysis of the week: Congo imposes cobalt export quotas",
        "",
        ("quota", "CD", "*", False),
        marks=pytest.mark.xfail(
            reason="an analysis heading before the colon vetoes the act after it, as an "
            "explainer's label does (kind 4's near misses)",
            strict=True,
        ),
    ),
]
