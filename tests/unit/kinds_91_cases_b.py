"""Cases of ``test_classifier_kinds_91.py`` (DIPLOMACY, PROCESS, SCREENING), labelled before the
engine read them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

#: DIPLOMACY, continued.
DIPLOMACY_2: list[Any] = [
    (
        "After failed talks, Canada imposes 25% surtax on US steel",
        "",
        ("tariff", "US", "CA", False),
    ),
    (
        "US agrees to scrap tariffs on Canadian aluminium after talks",
        "",
        ("resuming", "CA", "US", False),
    ),
    (
        "As summit ends, Indonesia halts bauxite exports",
        "",
        ("suspended", "ID", "*", False),
    ),
    # second batch, written after the first run, before the engine changed
    ("US and Japan sign agreement to coordinate rare earth stockpiles", "", None),
    ("Biden and Ramaphosa discuss platinum investment at White House", "", None),
    ("China, Indonesia sign nickel cooperation pact on Belt and Road sidelines", "", None),
    ("Ministers from 14 nations meet in Toronto on critical minerals and graphite", "", None),
    ("Zambia, US sign memorandum to develop copper and cobalt value chain", "", None),
    ("Putin, Modi discuss gold and diamond trade in Moscow", "", None),
    ("Australia and India agree to cooperate on lithium and cobalt projects", "", None),
    ("G7 finance ministers back price floor mechanism for rare earths", "", None),
    ("EU and US to negotiate critical minerals agreement covering lithium", "", None),
    (
        "After G7 summit, Canada bans imports of Russian aluminium",
        "",
        ("suspended", "RU", "CA", False),
    ),
    # third batch, written after the first changes, before the engine read it
    ("Blinken, Indonesian foreign minister discuss nickel and EV supply chains", "", None),
    ("US and Congo sign strategic partnership on cobalt and copper", "", None),
    ("Albanese to push critical minerals deal with Trump at G7", "", None),
    ("EU Global Gateway pledges EUR2bn for Zambia copper corridor", "", None),
    ("India, Argentina sign lithium exploration pact", "", None),
    ("Steel overcapacity on agenda as OECD forum meets in Paris", "", None),
    ("China and Indonesia to set up joint nickel research centre", "", None),
    ("Tokyo, Canberra reaffirm rare earths supply cooperation", "", None),
    ("Chinese premier visits Chile, pledges copper investment", "", None),
    ("US, EU reach framework deal on trade, leave steel for later talks", "", None),
    (
        "US and UK agree to scrap tariffs on British aluminium",
        "",
        ("resuming", "GB", "US", False),
    ),
    (
        "Following Xi-Lula talks, China lifts curbs on Brazilian iron ore",
        "",
        ("resuming", "BR", "CN", False),
    ),
    # fourth batch (true measures above all), written before the engine read it
    (
        "EU, Australia seal trade deal scrapping duties on Australian aluminium",
        "",
        ("resuming", "AU", "EU", False),
    ),
    (
        "After phone call with Xi, Trump lowers tariffs on Chinese steel",
        "",
        ("resuming", "CN", "US", False),
    ),
    ("US Commerce Secretary meets steel CEOs to discuss tariffs", "", None),
    ("WTO chief urges restraint on critical minerals export curbs", "", None),
]


#: (title, summary, want): kind 4, process without a measure.
PROCESS: list[Any] = [
    ("Indonesia lodges WTO complaint against EU steel safeguard", "", None),
    ("WTO panel sides with EU in nickel ore dispute with Jakarta", "", None),
    ("Argentina requests WTO panel over US steel tariffs", "", None),
    ("Commerce opens anti-dumping inquiry into Canadian aluminium sheet", "", None),
    ("Australia's Anti-Dumping Commission accepts application over Chinese zinc", "", None),
    ("EU launches anti-subsidy investigation into Chinese tin plate", "", None),
    ("India's DGTR initiates safeguard probe on copper wire rod imports", "", None),
    ("USTR opens public comment period on Section 301 graphite tariffs", "", None),
    ("ITC to hold hearing on aluminium foil from Korea", "", None),
    ("Importers sue to overturn copper tariffs at Court of International Trade", "", None),
    ("Trade court hears arguments in nickel duty case", "", None),
    ("Jewellers sue Indian government over gold import duty hike", "", None),
    ("Canada launches review of its steel safeguard", "", None),
    ("Korea Trade Commission sets hearing on Chinese graphite anodes", "", None),
    ("Lithium producers file dumping complaint against Chinese hydroxide", "", None),
    ("Commerce issues preliminary determination in aluminium extrusions case", "", None),
    ("Japan requests WTO consultations over Chinese rare earth controls", "", None),
    ("Senate panel holds hearing on copper supply and tariffs", "", None),
    ("EU begins expiry review of duties on Chinese aluminium foil", "", None),
    ("Turkey's trade ministry receives petition for duties on Russian steel", "", None),
    ("Supreme Court to hear challenge to Trump's steel tariffs", "", None),
    ("Thailand opens anti-circumvention inquiry into Vietnamese steel", "", None),
    ("ITC votes that Korean steel imports injure US industry", "", None),
    ("WTO appellate ruling on Indian steel duties expected next month", "", None),
    ("Mexico's economy ministry starts sunset review of steel pipe duties", "", None),
    ("Brazil's Gecex receives request for anti-dumping duties on Chinese steel", "", None),
    ("Federal judge dismisses suit over aluminium tariffs", "", None),
    (
        "EU opens probe into Chinese steel",
        "The Commission said it would examine whether subsidised imports harm EU producers.",
        None,
    ),
    (
        "Washington seeks input on copper",
        "Commerce asked for public comments by March 1 on imports of copper and its derivatives.",
        None,
    ),
    (
        "WTO dispute: China challenges US aluminium tariffs",
        "Beijing requested consultations, the first step in a WTO dispute.",
        None,
    ),
    # measures told in the same framings
    (
        "After probe, India imposes anti-dumping duty on Chinese aluminium foil",
        "",
        ("tariff", "CN", "IN", False),
    ),
    (
        "EU imposes provisional duties on Chinese tin plate after investigation",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Commerce issues anti-dumping order on Vietnamese aluminium wire",
        "",
        ("tariff", "VN", "US", False),
    ),
    (
        "Mexico raises steel import tariffs after safeguard review",
        "",
        ("tariff", "*", "MX", False),
    ),
    (
        "South Africa slaps safeguard duty on steel imports following inquiry",
        "",
        ("tariff", "*", "ZA", False),
    ),
    (
        "Following WTO ruling, US lifts steel tariffs on Turkey",
        "",
        ("resuming", "TR", "US", False),
    ),
    (
        "Canada opens consultation on export tax on lithium concentrate",
        "",
        ("tariff", "CA", "*", True),
    ),
    (
        "Australia launches consultation on quotas for steel imports",
        "",
        ("quota", "*", "AU", True),
    ),
    # second batch, written after the first run, before the engine changed
    ("Steelmakers ask Ottawa to open anti-dumping probe into Chinese steel rebar", "", None),
    ("European Commission receives complaint on aluminium extrusions from China", "", None),
    ("Indian aluminium makers seek safeguard duty probe", "", None),
    ("ITC sets schedule for final phase of tin mill steel investigation", "", None),
    ("Court of International Trade upholds Section 232 steel tariffs", "", None),
    ("WTO members raise concerns over Indonesian nickel ore rules", "", None),
    ("Commerce to hold public hearing on Section 232 copper probe", "", None),
    ("Canadian tribunal finds dumped Chinese steel wire injured producers", "", None),
    (
        "Commerce imposes preliminary anti-dumping duties on Chinese graphite",
        "",
        ("tariff", "CN", "US", False),
    ),
    (
        "India imposes anti-dumping duty on Chinese steel after DGTR probe",
        "",
        ("tariff", "CN", "IN", False),
    ),
    # third batch, written after the first changes, before the engine read it
    ("Commerce extends deadline for final ruling in aluminium foil case", "", None),
    ("Canada's CITT begins inquiry into steel wire injury", "", None),
    ("EU steel safeguard review: Commission seeks stakeholders' views", "", None),
    ("USTR hearing on Section 301 tariffs draws copper and graphite users", "", None),
    ("Appeals court hears case on Trump's tariffs on steel derivatives", "", None),
    ("WTO panel established to hear Chinese complaint on EU steel duties", "", None),
    ("Australia terminates anti-dumping inquiry into Korean zinc", "", None),
    (
        "Canada imposes anti-dumping duties on Chinese steel wire after CITT inquiry",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Indonesia lifts bauxite export ban after court ruling",
        "",
        ("resuming", "ID", "*", False),
    ),
    # fourth batch (true measures above all), written before the engine read it
    (
        "Following sunset review, Australia extends anti-dumping duties on Chinese aluminium "
        "extrusions",
        "",
        ("tariff", "CN", "AU", False),
    ),
    (
        "Brazil's Gecex approves anti-dumping duties on Chinese steel pipes",
        "",
        ("tariff", "CN", "BR", False),
    ),
    ("Indonesian court jails former officials over nickel ore export permit fraud", "", None),
]


#: (title, summary, want): kind 5, sanctions and screening aimed at people or investment.
SCREENING: list[Any] = [
    ("Britain sanctions Russian metals tycoon and his yacht", "", None),
    ("EU freezes assets of steel magnate linked to Kremlin", "", None),
    ("Canberra orders Chinese investors to sell stakes in rare earths miner", "", None),
    ("Canada blocks Chinese purchase of lithium explorer on security grounds", "", None),
    ("Biden blocks Nippon Steel's takeover of U.S. Steel", "", None),
    ("Commerce adds 20 Chinese chip firms to entity list", "", None),
    ("Germany vetoes Chinese stake in aluminium recycler", "", None),
    ("UK sanctions leaders of gold smuggling network", "", None),
    ("US Treasury sanctions Venezuelan officials over gold trade", "", None),
    ("Japan freezes assets of Russian nickel magnate", "", None),
    ("Australia tightens foreign investment rules for critical minerals", "", None),
    ("US bars investment in Chinese quantum and AI firms", "", None),
    ("EU screens Chinese bid for Spanish lithium refinery", "", None),
    ("Ottawa orders Chinese firms to divest from three lithium miners", "", None),
    ("US imposes visa bans on Zimbabwean officials over gold smuggling", "", None),
    ("OFAC sanctions Congolese businessman over cobalt smuggling", "", None),
    ("Ukraine sanctions Russian steel executives", "", None),
    ("Italy uses golden power to block sale of steel plant to Chinese buyer", "", None),
    ("CFIUS clears Japanese acquisition of US graphite miner", "", None),
    (
        "Aluminium tycoon sanctioned",
        "Washington added the billionaire and two of his relatives to its sanctions list.",
        None,
    ),
    (
        "Takeover blocked",
        "Canberra rejected a Chinese bid for a stake in a lithium miner, citing national interest.",
        None,
    ),
    # measures told in the same framings
    (
        "US bans imports of Russian aluminium, copper and nickel",
        "",
        ("suspended", "RU", "US", False),
    ),
    (
        "London bars Russian steel processed in third countries",
        "",
        ("suspended", "RU", "GB", False),
    ),
    ("Ottawa bans imports of Russian platinum", "", ("suspended", "RU", "CA", False)),
    (
        "EU bans Belarusian steel imports in new sanctions round",
        "",
        ("suspended", "BY", "EU", False),
    ),
    (
        "US imposes export licence requirement on gallium shipments to China",
        "",
        ("licensing", "US", "CN", False),
    ),
    ("Washington bans imports of Iranian steel and copper", "", ("suspended", "IR", "US", False)),
    # second batch, written after the first run, before the engine changed
    ("Canada orders Chinese state firm to exit lithium miner stake", "", None),
    ("UK sanctions Kremlin-linked nickel billionaire", "", None),
    ("US imposes travel ban on Guinean junta leaders over bauxite deals", "", None),
    ("Mexico blocks Chinese firm's purchase of lithium concession", "", None),
    ("Australian treasurer blocks Chinese-linked investment in rare earths miner", "", None),
    ("US imposes sanctions on Russian gold imports", "", ("suspended", "RU", "US", False)),
    # third batch, written after the first changes, before the engine read it
    ("US Treasury adds Russian gold refiner's CEO to sanctions list", "", None),
    ("Canada freezes assets of aluminium oligarch's family", "", None),
    ("EU bars Chinese investor from buying stake in Swedish graphite miner", "", None),
    ("Japan tightens screening of foreign investment in rare earths firms", "", None),
    ("UK blocks sale of copper cable maker to Chinese-owned bidder", "", None),
    ("Washington adds Chinese AI chip designers to export blacklist", "", None),
    ("Treasury sanctions Sudanese militia leader over gold mines", "", None),
    ("UK bans imports of Russian silver and platinum", "", ("suspended", "RU", "GB", False)),
    (
        "Japan bans exports of steel and aluminium to Russia",
        "",
        ("suspended", "JP", "RU", False),
    ),
    # fourth batch (true measures above all), written before the engine read it
    (
        "UK adds Russian copper and nickel to import ban list",
        "",
        ("suspended", "RU", "GB", False),
    ),
    (
        "US sanctions target Russian palladium imports",
        "",
        ("suspended", "RU", "US", False),
    ),
    ("Canada bans exports of rare earths to Russia", "", ("suspended", "CA", "RU", False)),
]
