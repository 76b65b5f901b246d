"""Every field of a real measure as news wires word it (session 30), part 1.

Made-up headlines in the styles of wires and news agencies (Reuters' "UPDATE 2-",
"EXCLUSIVE-" and "- sources", Bloomberg's title case, AP, Xinhua, PTI, Kyodo, Yonhap, a capital
for its government, a dateline-first lede in about half of those with a summary) of measures
on the watched metals by many countries, most of them less covered (Zimbabwe, Namibia, DR Congo,
Guinea, Ghana, Malaysia, the Philippines, Vietnam, Kazakhstan, Mongolia, Chile, Bolivia,
Argentina, Peru, Turkey, South Africa, Saudi Arabia, Ukraine, Serbia, Korea, Taiwan, Thailand,
Brazil, Mexico), labelled on every field the exact score counts (status, origin, destination,
proposed, metals, rate; README "Trade-policy statuses") before the engine read them. Kinds:

1. **Origin and destination**: exporter and importer in export bans, import duties, trade
   remedies on "<demonym> <goods>", duties "on imports from X and Y" (the first named), a duty
   extended to goods "routed via" a third country (that country), a capital as its government,
   an agency (DGTR, ITAC, CBSA, KTC, the Anti-Dumping Commission, SECEX, Gecex, MOFCOM, METI,
   USTR, the EU Commission) as its country, places only in a dateline lede.
2. **Rates**: a raise's new rate ("to 10% from 5%", "by 10 points to 25%"), a rise told in
   points, a cut (``resuming``, no rate), a range (no rate), "up to" (its ceiling), an amount
   per tonne (no per-cent rate), a surcharge, a rate only in the lede.
3. **Metals**: goods words beside a metal (cathodes, concentrate, ore, scrap, unwrought,
   flat-rolled, wire rod, hydroxide, wafers, magnets, electrodes), several metals in one title,
   metals only in the lede, metals a title names beside the measure but outside it.
4. **Status and stage**: quotas, tariffs, licensing (permits, approved firms, a state body's
   sole right, certificates), suspensions (bans, halts), releases; proposed (plans, drafts,
   "set to", "considering", "said to", "- sources", one chamber's vote) against decided (takes
   effect, comes into force, gazettes, a cabinet's approval, a signed decree).

Near misses of every kind (market and trade figures, a firm's own act, a company named after a
metal, relief sought, a probe opened, a debate, a flow stopped by weather, a feature's heading)
must stay no event, or keep the reading they have.

Metals are the ids of the tests' watch list (``tests/unit/test_classifier.py``), where bauxite
and tungsten are metals of their own and "lead" is a name.

First time, on the engine before the change (labels written first). The first batch (231
cases): origin and destination 54 of 56, their near misses 13 of 13; rates 42 of 42, near misses
11 of 11; metals 36 of 38, near misses 9 of 11; status and stage 43 of 46, near misses 11 of 14.
A second batch (73 cases, labelled before the unchanged engine read it): origin and destination
12 of 16, rates 19 of 19, metals 10 of 12, status and stage 14 of 14, near misses 12 of 12. A
third batch of near misses (15, labelled before the unchanged engine read them): 14 of 15. A
fourth batch of longer wire phrasings (52, labelled before the engine read them, written after
the first changes; main's engine reads it alike): origin and destination 11 of 12, rates 12 of
12, metals 6 of 8, status and stage 9 of 10, near misses 9 of 10. In all 347 of 371 (here 101
origin and destination cases, 84 rates, 71 metals, 90 status and stage, 25 near misses; 85 of
the 371 are no event). Labels put right after the first run, each to the tests' watch list or
the README: bauxite named as ``bauxite``, not aluminium, in nine cases and tungsten and lead
added where a title names them (the tests' watch list, above); a government that "keeps" its
export ban is that ban in force, not a near miss (README: "a measure kept in force decides").

Fixed, by kind (the modules that read them): a curb "with quotas" further from its verb, past
the goods and their market, takes the quota's status (``instrument_status`` in
``tui/engine/classifier_frames.py``); a flow barred "without standards certificate" is
``licensing`` (``classifier_form.py``); a quota "on duty-free" imports stays a quota
(``classifier_free.py``, ``classifier_nouns.py``) and a "duty-free extension" is the duty
lifted and kept lifted, ``resuming``; a flow or goods exempted "from" a measure release it
("Peru exempts copper concentrate exports from new levy": ``freed_from_measure`` in
``classifier_spares.py``, read by ``classifier_releases.py``); a duty extended to goods "routed
via" a third country is on that country's goods (``classifier_extended_to.py``), and exports
"via" a place name a route, not a side (``classifier_roles.py``); metals set apart after the
measure in a clause of their own ("; copper unaffected", "keeps copper concentrate shipments
open", "copper exports continue", "but allows nickel pig iron shipments") are not its goods, a
restart after "but" that follows a stop is the stop's exception
(``tui/engine/classifier_set_apart.py``), and a denial after a semicolon denies another
measure (``classifier_comments.py``); a debate or an anniversary right after a measure's noun
("export tax debate heats up", "export ban turns five") is no event
(``tui/engine/classifier_told_about.py``), nor a flow halted by snow (weather words in
``DISRUPTION_WORDS``). After: 362 of 371. Still wrong (strict ``xfail``, reasons below): a verb
"restricts" whose lede names a ban (a labelled real row reads it the other way), a lede's
"only the state company may export", two companies named after a metal, permits "resumed", a
lede's reason giving an origin, a company's goods facing a measure, a "tax bill" debated and a
flow's recovery after a border reopened.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of fields.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[Any] = []

#: (title, summary, want): kind 1, origin and destination.
CORRIDORS: list[Any] = [
    (
        "UPDATE 2-Zimbabwe bans exports of lithium concentrate to curb smuggling",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Namibia halts exports of unprocessed lithium ore",
        "WINDHOEK, June 8 (Reuters) - Namibia has banned the export of unprocessed lithium and other critical minerals, the government said on Wednesday.",
        ("suspended", "NA", "*", False, "lithium", None),
    ),
    (
        "Guinea suspends bauxite exports to China",
        "",
        ("suspended", "GN", "CN", False, "bauxite", None),
    ),
    (
        "Ghana imposes 3% levy on gold exports by small-scale miners",
        "",
        ("tariff", "GH", "*", False, "gold", 3),
    ),
    (
        "Malaysia imposes anti-dumping duties on Chinese cold-rolled steel",
        "",
        ("tariff", "CN", "MY", False, "steel", None),
    ),
    (
        "Philippines slaps safeguard duty on steel imports from Vietnam and Indonesia",
        "",
        ("tariff", "VN", "PH", False, "steel", None),
    ),
    (
        "Vietnam imposes anti-dumping duties on aluminium extrusions from China and Malaysia",
        "",
        ("tariff", "CN", "VN", False, "aluminium", None),
    ),
    (
        "Kazakhstan bans exports of copper scrap by road for six months",
        "",
        ("suspended", "KZ", "*", False, "copper", None),
    ),
    (
        "Mongolia caps copper concentrate exports to China",
        "",
        ("quota", "MN", "CN", False, "copper", None),
    ),
    (
        "Chile sets export quota for lithium carbonate",
        "",
        ("quota", "CL", "*", False, "lithium", None),
    ),
    (
        "Bolivia bans lithium exports without state approval",
        "",
        ("licensing", "BO", "*", False, "lithium", None),
    ),
    (
        "Argentina cuts export duties on copper and lithium",
        "",
        ("resuming", "AR", "*", False, "copper lithium", None),
    ),
    (
        "Peru exempts copper concentrate exports from new levy",
        "",
        ("resuming", "PE", "*", False, "copper", None),
    ),
    (
        "Turkey raises import duties on Chinese steel",
        "",
        ("tariff", "CN", "TR", False, "steel", None),
    ),
    (
        "South Africa imposes export tax on scrap metal including copper and aluminium",
        "",
        ("tariff", "ZA", "*", False, "copper aluminium", None),
    ),
    (
        "Saudi Arabia imposes anti-dumping duties on Indian steel pipes",
        "",
        ("tariff", "IN", "SA", False, "steel", None),
    ),
    ("Ukraine bans imports of Russian steel", "", ("suspended", "RU", "UA", False, "steel", None)),
    (
        "Serbia restricts steel imports with new quotas",
        "",
        ("quota", "*", "RS", False, "steel", None),
    ),
    (
        "South Korea slaps anti-dumping duties on Chinese steel plates",
        "",
        ("tariff", "CN", "KR", False, "steel", None),
    ),
    (
        "Taiwan imposes anti-dumping duties on Chinese and South Korean steel",
        "",
        ("tariff", "CN", "TW", False, "steel", None),
    ),
    (
        "Thailand extends anti-dumping duties on hot-rolled steel from China",
        "",
        ("tariff", "CN", "TH", False, "steel", None),
    ),
    (
        "Brazil raises import tariffs on steel from China",
        "",
        ("tariff", "CN", "BR", False, "steel", None),
    ),
    (
        "Mexico imposes tariffs on steel and aluminium from countries without trade deals",
        "",
        ("tariff", "*", "MX", False, "steel aluminium", None),
    ),
    (
        "Indonesian stainless steel hit with Chinese anti-dumping duties",
        "",
        ("tariff", "ID", "CN", False, "steel", None),
    ),
    (
        "Vietnamese steel hit with US anti-dumping duties",
        "",
        ("tariff", "VN", "US", False, "steel", None),
    ),
    (
        "Kazakh ferro-alloys and steel face Russian import quota",
        "",
        ("quota", "KZ", "RU", False, "steel", None),
    ),
    (
        "EU imposes anti-dumping duties on Turkish and Indian steel",
        "",
        ("tariff", "TR", "EU", False, "steel", None),
    ),
    (
        "Australia slaps dumping duties on Malaysian and Thai aluminium",
        "",
        ("tariff", "MY", "AU", False, "aluminium", None),
    ),
    (
        "Canada imposes duties on Brazilian and Korean steel wire rod",
        "",
        ("tariff", "BR", "CA", False, "steel", None),
    ),
    (
        "India imposes anti-dumping duty on aluminium foil imports from China and Thailand",
        "",
        ("tariff", "CN", "IN", False, "aluminium", None),
    ),
    (
        "US places duties on steel imports from Mexico and Brazil",
        "",
        ("tariff", "MX", "US", False, "steel", None),
    ),
    (
        "Indonesia to curb steel imports from China and Vietnam with licences",
        "",
        ("licensing", "CN", "ID", False, "steel", None),
    ),
    (
        "Turkey extends anti-dumping duties on Chinese aluminium to shipments routed via Malaysia",
        "",
        ("tariff", "MY", "TR", False, "aluminium", None),
    ),
    (
        "Australia extends steel dumping duties to Chinese goods routed via Vietnam",
        "",
        ("tariff", "VN", "AU", False, "steel", None),
    ),
    (
        "Jakarta bans bauxite exports from June",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "Pretoria imposes 20% export duty on scrap steel",
        "",
        ("tariff", "ZA", "*", False, "steel", 20),
    ),
    (
        "Canberra imposes anti-dumping duties on Chinese aluminium extrusions",
        "",
        ("tariff", "CN", "AU", False, "aluminium", None),
    ),
    (
        "Ankara raises tariffs on Chinese steel to 25%",
        "",
        ("tariff", "CN", "TR", False, "steel", 25),
    ),
    (
        "Ottawa slaps 25% surtax on Chinese steel and aluminium",
        "",
        ("tariff", "CN", "CA", False, "steel aluminium", 25),
    ),
    (
        "Brussels imposes provisional duties on Chinese steel wire",
        "",
        ("tariff", "CN", "EU", False, "steel", None),
    ),
    ("Harare bans raw lithium exports", "", ("suspended", "ZW", "*", False, "lithium", None)),
    (
        "Ulaanbaatar halts coal and copper exports to China",
        "",
        ("suspended", "MN", "CN", False, "copper", None),
    ),
    ("Kinshasa imposes cobalt export quotas", "", ("quota", "CD", "*", False, "cobalt", None)),
    (
        "Conakry orders halt to bauxite exports by some miners",
        "",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
    (
        "DGTR duties on Chinese aluminium foil take effect",
        "",
        ("tariff", "CN", "IN", False, "aluminium", None),
    ),
    ("ITAC raises customs duty on steel imports", "", ("tariff", "*", "ZA", False, "steel", None)),
    (
        "CBSA imposes provisional duties on Vietnamese steel wire",
        "",
        ("tariff", "VN", "CA", False, "steel", None),
    ),
    (
        "KTC imposes anti-dumping duties on Japanese steel",
        "",
        ("tariff", "JP", "KR", False, "steel", None),
    ),
    (
        "Anti-Dumping Commission imposes duties on Chinese steel pipes",
        "",
        ("tariff", "CN", "AU", False, "steel", None),
    ),
    (
        "MOFCOM announces export controls on gallium and germanium",
        "BEIJING, July 3 (Xinhua) - China will impose export controls on gallium and germanium items from Aug. 1, the Ministry of Commerce said on Monday.",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    (
        "METI adds export licensing for rare earth magnets",
        "",
        ("licensing", "JP", "*", False, "rare-earths", None),
    ),
    (
        "USTR raises Section 301 tariffs on Chinese steel and aluminium to 25%",
        "",
        ("tariff", "CN", "US", False, "steel aluminium", 25),
    ),
    (
        "EU Commission imposes definitive duties on Chinese tinplate steel",
        "",
        ("tariff", "CN", "EU", False, "steel", None),
    ),
    (
        "SECEX sets anti-dumping duty on Chinese steel pre-painted sheets",
        "",
        ("tariff", "CN", "BR", False, "steel", None),
    ),
    (
        "Export ban on raw minerals takes effect",
        "HARARE, Jan 1 (Reuters) - Zimbabwe's ban on exports of unprocessed lithium ore took effect on Thursday, the mines ministry said.",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Anti-dumping duties on steel wire rod imposed",
        "JAKARTA, Oct 4 (Reuters) - Indonesia imposed anti-dumping duties on steel wire rod from China, the finance ministry said on Friday.",
        ("tariff", "CN", "ID", False, "steel", None),
    ),
    # near misses: no measure, or none of these fields may move
    ("SECEX opens anti-dumping probe into Chinese steel", "", None),
    ("Vietnamese steelmaker halts exports to US over tariff worries", "", None),
    ("Guinea bauxite exports to China jump 20% in May", "", None),
    ("Malaysia, Thailand discuss steel dumping duties", "", None),
    ("Zimbabwe lithium miners seek exemption from export ban", "", None),
    ("Kazakh copper output rises as exports to China grow", "", None),
    ("Turkish steel exports to EU slump under safeguard quotas", "", None),
    ("Chilean copper shipments via Panama delayed by drought", "", None),
    ("DGTR begins anti-dumping probe on aluminium foil from China", "", None),
    ("Ghana gold exports rise as small-scale output grows", "", None),
    ("Ottawa says it will not retaliate against US steel tariffs for now", "", None),
    ("Peru's copper exports to China hit record high", "", None),
    ("Taiwan steelmakers ask for anti-dumping duties on Chinese steel", "", None),
    # second batch (labelled before the unchanged engine read it)
    (
        "EU imposes anti-dumping duties on hot-rolled steel from Vietnam, Japan, India and Egypt",
        "",
        ("tariff", "VN", "EU", False, "steel", None),
    ),
    (
        "Chinese steel faces new tariffs in Vietnam",
        "",
        ("tariff", "CN", "VN", False, "steel", None),
    ),
    (
        "South Africa's ITAC imposes safeguard duty on steel from China, India",
        "",
        ("tariff", "CN", "ZA", False, "steel", None),
    ),
    (
        "Brazil's Gecex raises import tariff on steel to 25%",
        "",
        ("tariff", "*", "BR", False, "steel", 25),
    ),
    (
        "Philippines bars entry of Chinese steel without standards certificate",
        "",
        ("licensing", "CN", "PH", False, "steel", None),
    ),
    (
        "Ukraine's steel exports to EU get duty-free extension",
        "",
        ("resuming", "UA", "EU", False, "steel", None),
    ),
    (
        "Turkish steel hit by Mexican anti-dumping duties",
        "MEXICO CITY, Sept 4 - Mexico's economy ministry imposed anti-dumping duties on steel pipes from Turkey.",
        ("tariff", "TR", "MX", False, "steel", None),
    ),
    (
        "Tariffs on Chinese EVs, steel and aluminium hiked by Canada",
        "",
        ("tariff", "CN", "CA", False, "steel aluminium", None),
    ),
    (
        "Indonesia to curb nickel ore exports to China with quotas",
        "",
        ("quota", "ID", "CN", False, "nickel", None),
    ),
    (
        "Saudi duties on Chinese and Malaysian aluminium take effect",
        "",
        ("tariff", "CN", "SA", False, "aluminium", None),
    ),
    (
        "Argentine steel pipes face US countervailing duties",
        "",
        ("tariff", "AR", "US", False, "steel", None),
    ),
    (
        "Korea's KTC extends anti-dumping duties on Chinese and Taiwanese steel",
        "",
        ("tariff", "CN", "KR", False, "steel", None),
    ),
    (
        "Zambia suspends copper concentrate exports via Congo border post",
        "",
        ("suspended", "ZM", "*", False, "copper", None),
    ),
    (
        "Kyodo: Japan to require export licences for gallium shipments to China",
        "",
        ("licensing", "JP", "CN", False, "gallium", None),
    ),
    (
        "Yonhap: S. Korea slaps anti-dumping duties on Chinese, Japanese steel",
        "",
        ("tariff", "CN", "KR", False, "steel", None),
    ),
    (
        "Xinhua: China bans gallium, germanium exports to United States",
        "",
        ("suspended", "CN", "US", False, "gallium germanium", None),
    ),
    ("Kazakhstan's copper exports hit record despite scrap ban", "", None),
    ("Mexico steel importers seek relief from new tariffs", "", None),
    ("Argentina lithium exports to triple by 2030, chamber says", "", None),
    ("Zambia copper exports slow as Congo border queues grow", "", None),
    # fourth batch: longer wire phrasings (labelled before the engine read them)
    (
        "UPDATE 2-Turkey slaps anti-dumping duties on steel from China, India and Russia to shield mills",
        "",
        ("tariff", "CN", "TR", False, "steel", None),
    ),
    (
        "Vietnam hits Chinese and Indian steel with anti-dumping duties in latest trade defence move",
        "",
        ("tariff", "CN", "VN", False, "steel", None),
    ),
    (
        "Malaysia bans raw rare earth exports to protect domestic processing, PM says",
        "KUALA LUMPUR, Aug 23 (Reuters) - Malaysia will ban the export of raw rare earth materials to prevent loss of the resources, Prime Minister Anwar Ibrahim said on Tuesday.",
        ("suspended", "MY", "*", False, "rare-earths", None),
    ),
    (
        "Guinea junta revokes licences of bauxite exporters, halts shipments",
        "",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
    (
        "Chile's Codelco copper shipments to China face new Chinese import tariff",
        "",
        ("tariff", "CL", "CN", False, "copper", None),
    ),
    (
        "South Africa imposes provisional safeguard duty on steel from all origins",
        "PRETORIA, March 14 - South Africa's ITAC imposed a provisional safeguard duty on hot-rolled steel imports from all countries.",
        ("tariff", "*", "ZA", False, "steel", None),
    ),
    (
        "Serbia halts steel imports from Ukraine and Russia",
        "",
        ("suspended", "UA", "RS", False, "steel", None),
    ),
    (
        "Taiwan slaps duties on Chinese aluminium via anti-dumping ruling",
        "",
        ("tariff", "CN", "TW", False, "aluminium", None),
    ),
    (
        "Argentina removes export duties on copper, lithium for mining projects",
        "BUENOS AIRES (AP) - Argentina scrapped export duties on copper and lithium concentrates on Thursday.",
        ("resuming", "AR", "*", False, "copper lithium", None),
    ),
    (
        "Peru lifts ban on gold exports by small miners",
        "",
        ("resuming", "PE", "*", False, "gold", None),
    ),
    (
        "Philippines requires nickel ore exporters to get central bank clearance",
        "",
        ("licensing", "PH", "*", False, "nickel", None),
    ),
    (
        "Bloomberg: Saudi Arabia Imposes Duties on Chinese Steel Pipes",
        "",
        ("tariff", "CN", "SA", False, "steel", None),
    ),
]


#: (title, summary, want): kind 2, rates.
RATES: list[Any] = [
    (
        "UPDATE 1-Indonesia raises export duty on copper concentrate to 10% from 5%",
        "",
        ("tariff", "ID", "*", False, "copper", 10),
    ),
    (
        "Zimbabwe raises lithium export tax to 7% from 5%",
        "",
        ("tariff", "ZW", "*", False, "lithium", 7),
    ),
    (
        "Vietnam hikes export tax on iron ore to 40% from 30%",
        "",
        ("tariff", "VN", "*", False, "iron-ore", 40),
    ),
    (
        "Kazakhstan lifts export duty on copper cathodes to 15% from 10%",
        "",
        ("tariff", "KZ", "*", False, "copper", 15),
    ),
    ("Ghana raises gold export levy to 5 percent", "", ("tariff", "GH", "*", False, "gold", 5)),
    (
        "Malaysia raises export duty on bauxite to 15%",
        "",
        ("tariff", "MY", "*", False, "bauxite", 15),
    ),
    (
        "Turkey raises additional duty on Chinese steel by 10 points to 25%",
        "",
        ("tariff", "CN", "TR", False, "steel", 25),
    ),
    (
        "Philippines adds 5 percentage points to tariffs on steel imports",
        "",
        ("tariff", "*", "PH", False, "steel", 5),
    ),
    (
        "Brazil increases 25% tariff on Chinese steel to 35%",
        "",
        ("tariff", "CN", "BR", False, "steel", 35),
    ),
    (
        "Mexico raises tariffs on Chinese steel to 50% from 35%",
        "",
        ("tariff", "CN", "MX", False, "steel", 50),
    ),
    (
        "India cuts import duty on gold to 6% from 15%",
        "",
        ("resuming", "*", "IN", False, "gold", None),
    ),
    (
        "Indonesia cuts nickel ore export tax by 5 points to 10%",
        "",
        ("resuming", "ID", "*", False, "nickel", None),
    ),
    (
        "Argentina lowers export duties on lithium to 3%",
        "",
        ("resuming", "AR", "*", False, "lithium", None),
    ),
    (
        "Thailand slashes import duty on aluminium ingots to zero",
        "",
        ("resuming", "*", "TH", False, "aluminium", None),
    ),
    (
        "Korea halves tariff on Chilean copper cathodes",
        "",
        ("resuming", "CL", "KR", False, "copper", None),
    ),
    (
        "South Africa imposes 15%-25% duties on Chinese steel",
        "",
        ("tariff", "CN", "ZA", False, "steel", None),
    ),
    (
        "EU sets anti-dumping duties of 9.5% to 36.1% on Chinese aluminium foil",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "Vietnam imposes duties ranging from 4% to 27% on Korean steel",
        "",
        ("tariff", "KR", "VN", False, "steel", None),
    ),
    (
        "Australia sets dumping duties between 5.2% and 19.8% on Thai aluminium",
        "",
        ("tariff", "TH", "AU", False, "aluminium", None),
    ),
    (
        "India imposes anti-dumping duty of up to 30% on Chinese aluminium foil",
        "",
        ("tariff", "CN", "IN", False, "aluminium", 30),
    ),
    (
        "Turkey slaps duties of up to 40% on steel imports",
        "",
        ("tariff", "*", "TR", False, "steel", 40),
    ),
    (
        "Canada imposes surtax of up to 25% on Chinese steel",
        "",
        ("tariff", "CN", "CA", False, "steel", 25),
    ),
    (
        "India imposes anti-dumping duty of $200 per tonne on Chinese steel wheels",
        "",
        ("tariff", "CN", "IN", False, "steel", None),
    ),
    (
        "Malaysia sets duty of 200 ringgit a tonne on iron ore exports",
        "",
        ("tariff", "MY", "*", False, "iron-ore", None),
    ),
    (
        "Ukraine imposes export duty of 180 hryvnias per tonne on scrap steel",
        "",
        ("tariff", "UA", "*", False, "steel", None),
    ),
    (
        "Kazakhstan sets export duty of $50 a tonne on copper scrap",
        "",
        ("tariff", "KZ", "*", False, "copper", None),
    ),
    (
        "Chile imposes 10% surcharge on Chinese steel balls",
        "",
        ("tariff", "CN", "CL", False, "steel", 10),
    ),
    (
        "Peru slaps 15% import surcharge on aluminium products",
        "",
        ("tariff", "*", "PE", False, "aluminium", 15),
    ),
    (
        "Saudi Arabia raises customs surcharge on steel bars to 20%",
        "",
        ("tariff", "*", "SA", False, "steel", 20),
    ),
    (
        "Vietnam imposes anti-dumping duties on Chinese galvanised steel",
        "HANOI, July 2 (Reuters) - Vietnam will impose anti-dumping duties of 19.25% on galvanised steel from China from July 5, the trade ministry said.",
        ("tariff", "CN", "VN", False, "steel", 19.25),
    ),
    (
        "Thailand raises import tariff on steel",
        "BANGKOK, May 3 - Thailand raised its import tariff on hot-rolled steel to 12% from 5%, the finance ministry said.",
        ("tariff", "*", "TH", False, "steel", 12),
    ),
    (
        "Ghana introduces gold export levy",
        "ACCRA, April 2 (Reuters) - Ghana will charge a 1.5% levy on gold exports from next month, the finance ministry said on Tuesday.",
        ("tariff", "GH", "*", False, "gold", 1.5),
    ),
    (
        "Mongolia raises copper concentrate export duty",
        "ULAANBAATAR, Feb 1 (Reuters) - Mongolia raised the export duty on copper concentrate to 8% from 5%, the mining ministry said.",
        ("tariff", "MN", "*", False, "copper", 8),
    ),
    (
        "Philippines imposes safeguard duty on steel imports",
        "MANILA (AP) - The Philippines imposed a provisional safeguard duty of 10% on imported steel angle bars on Monday.",
        ("tariff", "*", "PH", False, "steel", 10),
    ),
    (
        "Serbia sets tariff on Chinese steel",
        "BELGRADE, Oct 2 - Serbia will impose a 25% tariff on steel from China, the trade ministry said.",
        ("tariff", "CN", "RS", False, "steel", 25),
    ),
    (
        "Indonesia cuts export tax on copper concentrate",
        "JAKARTA, Nov 9 (Reuters) - Indonesia lowered the export tax on copper concentrate to 5% from 7.5%, a finance ministry regulation showed.",
        ("resuming", "ID", "*", False, "copper", None),
    ),
    (
        "Indonesia Raises Nickel Export Tax to 15% as Smelters Expand",
        "",
        ("tariff", "ID", "*", False, "nickel", 15),
    ),
    (
        "China Imposes 25% Tariffs on US Copper Scrap",
        "",
        ("tariff", "US", "CN", False, "copper", 25),
    ),
    (
        "S. Korea imposes 13.8% anti-dumping duty on Chinese steel plates",
        "",
        ("tariff", "CN", "KR", False, "steel", 13.8),
    ),
    (
        "Turkey raises export tax on copper scrap to 30 percent",
        "",
        ("tariff", "TR", "*", False, "copper", 30),
    ),
    (
        "Ukraine introduces 23% export duty on steel scrap",
        "",
        ("tariff", "UA", "*", False, "steel", 23),
    ),
    (
        "Brazil sets 25% import tariff on steel above quota",
        "",
        ("quota", "*", "BR", False, "steel", 25),
    ),
    # near misses: no measure, or none of these fields may move
    ("Copper rises 2% as Chile weighs tax on miners", "", None),
    ("Steel imports into Turkey fall 25% in March", "", None),
    ("Nickel jumps 5% on Indonesian supply worries", "", None),
    ("Vietnam's steel exports rise 30% despite duties", "", None),
    ("Aluminium premiums climb 10% in Japan", "", None),
    ("Gold smuggling up 40% since India raised import duty", "", None),
    ("Ghana gold royalty rises to 5% under new mining law", "", None),
    ("Indonesia's nickel output to grow 15% this year", "", None),
    ("South Africa's steel output falls 12% on weak demand", "", None),
    ("Chile's copper exports to China up 8% in June", "", None),
    ("Korea Zinc shares jump 20% on takeover battle", "", None),
    # second batch (labelled before the unchanged engine read it)
    (
        "Indonesia to raise nickel ore export tax to 10%-15%",
        "",
        ("tariff", "ID", "*", False, "nickel", None),
    ),
    (
        "India hikes basic customs duty on gold to 12.5% from 7.5%",
        "",
        ("tariff", "*", "IN", False, "gold", 12.5),
    ),
    (
        "Vietnam raises iron ore export duty by 10 percentage points to 40%",
        "",
        ("tariff", "VN", "*", False, "iron-ore", 40),
    ),
    ("Indonesia sets nickel ore export tax at 10%", "", ("tariff", "ID", "*", False, "nickel", 10)),
    (
        "Zimbabwe's 5% lithium export tax takes effect",
        "",
        ("tariff", "ZW", "*", False, "lithium", 5),
    ),
    (
        "Kazakhstan doubles export duty on copper to 10%",
        "",
        ("tariff", "KZ", "*", False, "copper", 10),
    ),
    (
        "Thailand imposes 30.91% anti-dumping duty on Chinese steel coils",
        "",
        ("tariff", "CN", "TH", False, "steel", 30.91),
    ),
    ("Ghana raises gold export levy to 3% from 1.5%", "", ("tariff", "GH", "*", False, "gold", 3)),
    (
        "India imposes $873 per tonne anti-dumping duty on Chinese steel",
        "",
        ("tariff", "CN", "IN", False, "steel", None),
    ),
    (
        "Vietnam sets duty on Chinese steel at 2.5 million dong per tonne",
        "",
        ("tariff", "CN", "VN", False, "steel", None),
    ),
    (
        "Canada imposes 25 percent surtax on steel from non-FTA countries",
        "",
        ("tariff", "*", "CA", False, "steel", 25),
    ),
    (
        "Indonesia's export tax on copper concentrate rises to 7.5% from 5% under new rule",
        "",
        ("tariff", "ID", "*", False, "copper", 7.5),
    ),
    (
        "China scraps export tax rebates for aluminium and copper products",
        "",
        ("tariff", "CN", "*", False, "aluminium copper", None),
    ),
    (
        "Russia sets 10% export duty on nickel, copper above threshold price",
        "",
        ("tariff", "RU", "*", False, "nickel copper", 10),
    ),
    (
        "Turkey imposes additional 20% tariff on Chinese steel on top of existing 15% duty",
        "",
        ("tariff", "CN", "TR", False, "steel", 20),
    ),
    (
        "UPDATE 1-India slaps 12% safeguard duty on steel imports for 200 days",
        "",
        ("tariff", "*", "IN", False, "steel", 12),
    ),
    (
        "Malaysia imposes 2.5%-20.9% anti-dumping duties on Chinese steel",
        "",
        ("tariff", "CN", "MY", False, "steel", None),
    ),
    (
        "Mexico raises steel tariffs",
        "MEXICO CITY (AP) - Mexico raised tariffs on imported steel products to 25% from 15% on Tuesday to curb Asian supply.",
        ("tariff", "*", "MX", False, "steel", 25),
    ),
    (
        "Zambia cuts copper export duty",
        "LUSAKA, Feb 1 (Reuters) - Zambia reduced the export duty on copper concentrate to 5% from 10%, the finance minister said.",
        ("resuming", "ZM", "*", False, "copper", None),
    ),
    # fourth batch: longer wire phrasings (labelled before the engine read them)
    (
        "Indonesia raises nickel ore export tax to 15% from 10% - finance ministry regulation",
        "",
        ("tariff", "ID", "*", False, "nickel", 15),
    ),
    (
        "Zimbabwe slaps 10% export tax on lithium concentrate from Jan 1",
        "",
        ("tariff", "ZW", "*", False, "lithium", 10),
    ),
    (
        "Ghana's 3% gold export levy takes effect despite miners' protests",
        "",
        ("tariff", "GH", "*", False, "gold", 3),
    ),
    (
        "India hikes import duty on silver to 15% in budget",
        "",
        ("tariff", "*", "IN", False, "silver", 15),
    ),
    (
        "Turkey imposes 40% additional duty on US copper, aluminium",
        "",
        ("tariff", "US", "TR", False, "copper aluminium", 40),
    ),
    (
        "Korea raises anti-dumping duty on Chinese steel plates to 38%",
        "",
        ("tariff", "CN", "KR", False, "steel", 38),
    ),
    (
        "Vietnam imposes duties of 4.99% to 27.83% on Chinese hot-rolled steel",
        "",
        ("tariff", "CN", "VN", False, "steel", None),
    ),
    (
        "Brazil raises steel import tariff by 15 percentage points",
        "",
        ("tariff", "*", "BR", False, "steel", 15),
    ),
    (
        "Thailand cuts import duty on copper cathodes by half",
        "",
        ("resuming", "*", "TH", False, "copper", None),
    ),
    (
        "Mexico imposes duty of $350 per tonne on Chinese steel rebar",
        "",
        ("tariff", "CN", "MX", False, "steel", None),
    ),
    (
        "Chile sets lithium export tax at 5%-10% depending on price",
        "",
        ("tariff", "CL", "*", False, "lithium", None),
    ),
    (
        "Saudi Arabia imposes 12% duty on imported steel",
        "RIYADH (Reuters) - Saudi Arabia raised customs duties on steel products to 12% from 5%, the customs authority said, effective in 30 days.",
        ("tariff", "*", "SA", False, "steel", 12),
    ),
]


#: (title, summary, want): kind 3, the metals a measure names.
METALS_NAMED: list[Any] = [
    (
        "DR Congo bans cobalt hydroxide exports for four months",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Zambia suspends export duty on copper cathodes",
        "",
        ("resuming", "ZM", "*", False, "copper", None),
    ),
    (
        "Indonesia bans exports of zinc concentrate and lead concentrate from June",
        "",
        ("suspended", "ID", "*", False, "zinc lead", None),
    ),
    (
        "Philippines imposes export tax on nickel ore",
        "",
        ("tariff", "PH", "*", False, "nickel", None),
    ),
    (
        "India bans exports of iron ore fines with low grade",
        "",
        ("suspended", "IN", "*", False, "iron-ore", None),
    ),
    (
        "Malaysia bans aluminium scrap exports",
        "",
        ("suspended", "MY", "*", False, "aluminium", None),
    ),
    (
        "Russia sets export duty on unwrought aluminium",
        "",
        ("tariff", "RU", "*", False, "aluminium", None),
    ),
    (
        "EU imposes duties on flat-rolled aluminium from China",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "Mexico imposes anti-dumping duties on Chinese steel wire rod",
        "",
        ("tariff", "CN", "MX", False, "steel", None),
    ),
    (
        "US imposes tariffs on battery-grade lithium hydroxide from China",
        "",
        ("tariff", "CN", "US", False, "lithium", None),
    ),
    (
        "China restricts exports of rare earth magnets technology and neodymium",
        "",
        ("licensing", "CN", "*", False, "rare-earths", None),
    ),
    (
        "Japan requires licences for germanium wafers exports",
        "",
        ("licensing", "JP", "*", False, "germanium", None),
    ),
    (
        "Taiwan adds gallium wafers to export control list",
        "",
        ("licensing", "TW", "*", False, "gallium", None),
    ),
    (
        "Vietnam bans exports of rare earth ore",
        "",
        ("suspended", "VN", "*", False, "rare-earths", None),
    ),
    (
        "Bolivia restricts exports of lithium carbonate to state firm",
        "",
        ("licensing", "BO", "*", False, "lithium", None),
    ),
    (
        "Chile imposes export duty on copper anodes and blister",
        "",
        ("tariff", "CL", "*", False, "copper", None),
    ),
    (
        "Kazakhstan bans exports of tin and tungsten scrap",
        "",
        ("suspended", "KZ", "*", False, "tin tungsten", None),
    ),
    (
        "South Africa imposes export duty on platinum group metals",
        "",
        ("tariff", "ZA", "*", False, "platinum", None),
    ),
    (
        "Peru suspends silver concentrate export permits",
        "",
        ("suspended", "PE", "*", False, "silver", None),
    ),
    (
        "China curbs exports of antimony ingots and oxides",
        "",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    (
        "China tightens export licensing for graphite anodes",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Ghana bans exports of unrefined gold dore by small miners",
        "",
        ("suspended", "GH", "*", False, "gold", None),
    ),
    (
        "Russia extends export duties on nickel, copper and aluminium",
        "",
        ("tariff", "RU", "*", False, "nickel copper aluminium", None),
    ),
    (
        "US raises tariffs on Chinese steel, aluminium and copper",
        "",
        ("tariff", "CN", "US", False, "steel aluminium copper", None),
    ),
    (
        "Indonesia bans exports of bauxite and nickel ore",
        "",
        ("suspended", "ID", "*", False, "bauxite nickel", None),
    ),
    (
        "China imposes export controls on gallium, germanium and antimony",
        "",
        ("licensing", "CN", "*", False, "gallium germanium antimony", None),
    ),
    (
        "DR Congo imposes export quotas on cobalt and copper",
        "",
        ("quota", "CD", "*", False, "cobalt copper", None),
    ),
    (
        "India raises import duty on gold and silver to 15%",
        "",
        ("tariff", "*", "IN", False, "gold silver", 15),
    ),
    (
        "Turkey slaps duties on Chinese zinc and lead ingots",
        "",
        ("tariff", "CN", "TR", False, "zinc lead", None),
    ),
    (
        "Argentina scraps export duties on lithium, copper and silver",
        "",
        ("resuming", "AR", "*", False, "lithium copper silver", None),
    ),
    (
        "Zimbabwe bans exports of raw ores",
        "HARARE, Dec 20 (Reuters) - Zimbabwe has banned exports of unprocessed lithium ore, the information minister said on Tuesday.",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Guinea halts mineral exports by 46 firms",
        "CONAKRY, Sept 10 - Guinea's mines ministry ordered 46 companies to stop exporting bauxite until they submit refinery plans.",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
    (
        "Malaysia imposes export ban on critical minerals",
        "KUALA LUMPUR, Sept 12 (Reuters) - Malaysia will ban exports of unprocessed rare earths from January to protect domestic processing, the government said.",
        ("suspended", "MY", "*", False, "rare-earths", None),
    ),
    (
        "Kazakhstan restricts scrap metal exports",
        "ASTANA, March 5 - Kazakhstan banned exports of copper and aluminium scrap by road for six months, the trade ministry said.",
        ("suspended", "KZ", "*", False, "copper aluminium", None),
    ),
    (
        "Vietnam raises export tax on minerals",
        "HANOI, Jan 3 (Reuters) - Vietnam raised the export tax on iron ore to 40% from 30% from Jan. 1, the finance ministry said.",
        ("tariff", "VN", "*", False, "iron-ore", 40),
    ),
    (
        "Brazil imposes import quotas on metal products",
        "BRASILIA, April 23 (Reuters) - Brazil's Gecex set import quotas on 11 steel products, with a 25% tariff on volumes above them.",
        ("quota", "*", "BR", False, "steel", 25),
    ),
    (
        "Namibia bans export of critical minerals",
        "WINDHOEK (AP) - Namibia has banned the export of unprocessed lithium, cobalt and rare earths to encourage local processing.",
        ("suspended", "NA", "*", False, "lithium cobalt rare-earths", None),
    ),
    (
        "Bolivia nationalises exports of strategic metals",
        "LA PAZ, May 4 - Bolivia's government said only the state lithium company may export lithium carbonate from now on.",
        ("licensing", "BO", "*", False, "lithium", None),
    ),
    # near misses: no measure, or none of these fields may move
    ("Tinplate makers welcome EU duties decision", "", None),
    ("Leading miners warn over Zimbabwe export rules", "", None),
    ("Ironclad deal: Vietnam and Korea agree on trade pact", "", None),
    ("Copper Mountain Mining halts exports from Canadian mine", "", None),
    ("Silver Lake Resources shares slide after Australian tax change", "", None),
    ("Gold Fields says Ghana levy to hit profits", "", None),
    ("Korea Zinc halts germanium shipments to US", "", None),
    ("Aluminium Bahrain raises output as US tariffs bite", "", None),
    ("Steel Authority of India raises prices after import duty cut", "", None),
    ("Nickel Industries wins Indonesian export permit", "", None),
    ("Lithium Americas gets US loan as China curbs exports", "", None),
    # second batch (labelled before the unchanged engine read it)
    (
        "China curbs exports of graphite, key to EV batteries",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Korea imposes anti-dumping duty on Chinese graphite electrodes",
        "",
        ("tariff", "CN", "KR", False, "graphite", None),
    ),
    (
        "Congo bans cobalt exports; copper unaffected",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Indonesia bans nickel ore exports, keeps copper concentrate shipments open",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "India imposes anti-dumping duty on Chinese zinc oxide, aluminium foil",
        "",
        ("tariff", "CN", "IN", False, "zinc aluminium", None),
    ),
    (
        "Vietnam halts exports of tungsten and tin ores",
        "",
        ("suspended", "VN", "*", False, "tungsten tin", None),
    ),
    (
        "Philippines weighs ban on raw ore exports",
        "MANILA, March 2 (Reuters) - The Philippines is considering a ban on exports of nickel ore to spur domestic processing, a senator said.",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    (
        "China adds tungsten, tellurium, bismuth to export control list",
        "",
        ("licensing", "CN", "*", False, "tungsten", None),
    ),
    (
        "Mexico imposes tariffs on Chinese steel, textiles and cars",
        "",
        ("tariff", "CN", "MX", False, "steel", None),
    ),
    (
        "Serbia bans scrap exports of copper, brass and aluminium",
        "",
        ("suspended", "RS", "*", False, "copper aluminium", None),
    ),
    (
        "US extends steel tariffs to aluminium cans and copper wire",
        "",
        ("tariff", "*", "US", False, "steel aluminium copper", None),
    ),
    (
        "Guinea suspends exports",
        "CONAKRY, Oct 3 (Reuters) - Guinea's junta suspended bauxite and gold exports by three companies on Friday, the mines ministry said.",
        ("suspended", "GN", "*", False, "bauxite gold", None),
    ),
    ("Ghana customs seize gold bars at Accra airport", "", None),
    ("Korea's POSCO cuts steel exports to US after tariffs", "", None),
    # fourth batch: longer wire phrasings (labelled before the engine read them)
    (
        "DR Congo extends cobalt export ban, copper exports continue",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Indonesia bans bauxite exports but allows nickel pig iron shipments",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "China curbs exports of graphite anodes and rare earth magnets",
        "",
        ("licensing", "CN", "*", False, "graphite rare-earths", None),
    ),
    (
        "Vietnam imposes export tax on tin, tungsten and antimony ores",
        "",
        ("tariff", "VN", "*", False, "tin tungsten antimony", None),
    ),
    (
        "Russia halts exports of platinum and palladium to US",
        "",
        ("suspended", "RU", "US", False, "platinum palladium", None),
    ),
    (
        "Kazakhstan bans exports of zinc and lead concentrates",
        "",
        ("suspended", "KZ", "*", False, "zinc lead", None),
    ),
    (
        "Ukraine bans exports of ferrous and copper scrap for a year",
        "",
        ("suspended", "UA", "*", False, "copper", None),
    ),
    (
        "Mexico raises tariffs on steel and aluminium products from Asia",
        "MEXICO CITY, Aug 16 - Mexico raised import tariffs on 392 steel, aluminium and copper products to between 5% and 25%.",
        ("tariff", "*", "MX", False, "steel aluminium copper", None),
    ),
]


#: (title, summary, want): kind 4, status and stage.
STAGES: list[Any] = [
    (
        "Philippines sets quota on nickel ore exports",
        "",
        ("quota", "PH", "*", False, "nickel", None),
    ),
    (
        "South Africa introduces tariff-rate quota on steel imports",
        "",
        ("quota", "*", "ZA", False, "steel", None),
    ),
    ("Ukraine sets export quota for steel scrap", "", ("quota", "UA", "*", False, "steel", None)),
    (
        "Mexico cuts steel import quota for Brazilian mills",
        "",
        ("quota", "BR", "MX", False, "steel", None),
    ),
    (
        "Turkey raises quota on duty-free aluminium imports",
        "",
        ("quota", "*", "TR", False, "aluminium", None),
    ),
    ("Indonesia caps nickel ore export volumes", "", ("quota", "ID", "*", False, "nickel", None)),
    (
        "Zimbabwe requires permits for lithium exports",
        "",
        ("licensing", "ZW", "*", False, "lithium", None),
    ),
    (
        "Ghana makes state firm sole buyer and exporter of small-scale gold",
        "",
        ("licensing", "GH", "*", False, "gold", None),
    ),
    (
        "Vietnam limits rare earth exports to approved firms",
        "",
        ("licensing", "VN", "*", False, "rare-earths", None),
    ),
    (
        "Bolivia puts lithium exports under state trading",
        "",
        ("licensing", "BO", "*", False, "lithium", None),
    ),
    (
        "Thailand requires import licences for steel",
        "",
        ("licensing", "*", "TH", False, "steel", None),
    ),
    (
        "Saudi Arabia requires import permits for steel rebar",
        "",
        ("licensing", "*", "SA", False, "steel", None),
    ),
    (
        "Serbia introduces licences for copper exports",
        "",
        ("licensing", "RS", "*", False, "copper", None),
    ),
    (
        "Korea adds graphite to export licence list",
        "",
        ("licensing", "KR", "*", False, "graphite", None),
    ),
    (
        "Kazakhstan halts aluminium scrap exports",
        "",
        ("suspended", "KZ", "*", False, "aluminium", None),
    ),
    (
        "Guinea suspends bauxite shipments from Boke region",
        "",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
    (
        "Ukraine bans exports of copper and aluminium scrap",
        "",
        ("suspended", "UA", "*", False, "copper aluminium", None),
    ),
    ("Taiwan bans steel imports from Russia", "", ("suspended", "RU", "TW", False, "steel", None)),
    (
        "Mongolia suspends copper concentrate shipments to China",
        "",
        ("suspended", "MN", "CN", False, "copper", None),
    ),
    ("Indonesia lifts ban on bauxite exports", "", ("resuming", "ID", "*", False, "bauxite", None)),
    (
        "Zimbabwe resumes lithium concentrate export permits",
        "",
        ("resuming", "ZW", "*", False, "lithium", None),
    ),
    ("Philippines lifts nickel ore export ban", "", ("resuming", "PH", "*", False, "nickel", None)),
    (
        "Guinea allows bauxite exports to resume",
        "",
        ("resuming", "GN", "*", False, "bauxite", None),
    ),
    (
        "Malaysia suspends anti-dumping duty on Chinese steel",
        "",
        ("resuming", "CN", "MY", False, "steel", None),
    ),
    (
        "Argentina scraps import licences for steel",
        "",
        ("resuming", "*", "AR", False, "steel", None),
    ),
    (
        "Chile drops safeguard duties on Chinese steel balls",
        "",
        ("resuming", "CN", "CL", False, "steel", None),
    ),
    (
        "EXCLUSIVE-Indonesia plans export tax on nickel pig iron - sources",
        "",
        ("tariff", "ID", "*", True, "nickel", None),
    ),
    (
        "Philippines drafts bill to ban nickel ore exports",
        "",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    ("Chile set to raise export tax on copper", "", ("tariff", "CL", "*", True, "copper", None)),
    (
        "Peru considering export duty on copper concentrate",
        "",
        ("tariff", "PE", "*", True, "copper", None),
    ),
    (
        "Zimbabwe plans ban on lithium concentrate exports from 2027",
        "",
        ("suspended", "ZW", "*", True, "lithium", None),
    ),
    (
        "Malaysia weighs rare earth export ban",
        "",
        ("suspended", "MY", "*", True, "rare-earths", None),
    ),
    (
        "Kazakhstan to ban copper scrap exports - sources",
        "",
        ("suspended", "KZ", "*", True, "copper", None),
    ),
    (
        "Turkey Said to Weigh Tariffs on Chinese Steel",
        "",
        ("tariff", "CN", "TR", True, "steel", None),
    ),
    (
        "South Africa proposes export tax on scrap steel",
        "",
        ("tariff", "ZA", "*", True, "steel", None),
    ),
    (
        "Korea considers anti-dumping duties on Chinese steel plates",
        "",
        ("tariff", "CN", "KR", True, "steel", None),
    ),
    (
        "Vietnam drafts 20% export tax on rare earth ore",
        "",
        ("tariff", "VN", "*", True, "rare-earths", 20),
    ),
    (
        "Brazil mulls steel import quotas",
        "BRASILIA (Reuters) - Brazil's government is considering quotas on steel imports to shield mills from Chinese supply, two officials said.",
        ("quota", "*", "BR", True, "steel", None),
    ),
    (
        "UPDATE 3-Indonesia's nickel ore export ban takes effect",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Philippines gazettes safeguard duty on steel imports",
        "",
        ("tariff", "*", "PH", False, "steel", None),
    ),
    ("Mexico's steel tariffs come into force", "", ("tariff", "*", "MX", False, "steel", None)),
    ("Saudi Arabia imposes 5% duty on steel imports", "", ("tariff", "*", "SA", False, "steel", 5)),
    (
        "Ghana to ban gold exports by foreigners from April 1",
        "",
        ("suspended", "GH", "*", False, "gold", None),
    ),
    (
        "Thailand's anti-dumping duties on Chinese aluminium take effect",
        "",
        ("tariff", "CN", "TH", False, "aluminium", None),
    ),
    (
        "Ukraine enacts export duty on steel scrap",
        "KYIV, Feb 7 - Ukraine's parliament passed and the president signed a law setting a 10% export duty on steel scrap.",
        ("tariff", "UA", "*", False, "steel", 10),
    ),
    (
        "DR Congo gazettes cobalt export quota system",
        "",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    # near misses: no measure, or none of these fields may move
    ("Indonesia denies plan to ban nickel exports", "", None),
    ("Guinea bauxite exports resume after strike ends", "", None),
    ("Zimbabwe lithium miner resumes exports after permit delay", "", None),
    ("Philippines nickel ore export ban talk unsettles miners", "", None),
    ("Chile's copper export tax debate heats up in Congress", "", None),
    ("Miners in Peru protest planned export duty", "", None),
    ("Korea opens anti-dumping probe on Chinese steel plates", "", None),
    ("Ghana gold board buys record volumes from small miners", "", None),
    ("Kazakhstan steel mill halts output for maintenance", "", None),
    ("Indonesia's nickel export ban turns five", "", None),
    ("Mongolia copper shipments to China halted by border snow", "", None),
    ("Vietnam says no plan to tax rare earth exports", "", None),
    ("Thailand steel importers rush shipments ahead of duties", "", None),
    ("Saudi steelmaker gets licence to build new mill", "", None),
    # second batch (labelled before the unchanged engine read it)
    (
        "Indonesia issues regulation on nickel ore export ban",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Philippines Senate passes bill banning raw nickel ore exports",
        "",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    ("Ghana's cabinet approves gold export levy", "", ("tariff", "GH", "*", False, "gold", None)),
    (
        "DR Congo mines minister signs cobalt export quota decree",
        "",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    (
        "Guinea threatens to halt bauxite exports by firms without refinery plans",
        "",
        ("suspended", "GN", "*", True, "bauxite", None),
    ),
    (
        "Vietnam poised to lift rare earth export ban",
        "",
        ("resuming", "VN", "*", True, "rare-earths", None),
    ),
    (
        "Zimbabwe mulls lifting lithium ore export ban",
        "",
        ("resuming", "ZW", "*", True, "lithium", None),
    ),
    ("EU agrees to tighten steel safeguard quotas", "", ("quota", "*", "EU", False, "steel", None)),
    (
        "Turkey to impose 20% duty on Chinese steel from Oct 1",
        "",
        ("tariff", "CN", "TR", False, "steel", 20),
    ),
    (
        "Korea said to plan duties on Chinese steel plates",
        "",
        ("tariff", "CN", "KR", True, "steel", None),
    ),
    (
        "Thailand's cabinet extends anti-dumping duties on Chinese steel",
        "",
        ("tariff", "CN", "TH", False, "steel", None),
    ),
    (
        "Mongolia to introduce copper concentrate export licences, draft shows",
        "",
        ("licensing", "MN", "*", True, "copper", None),
    ),
    (
        "Malaysia's rare earth export ban comes into force",
        "",
        ("suspended", "MY", "*", False, "rare-earths", None),
    ),
    (
        "Chile lifts quota on lithium exports for state firms",
        "",
        ("resuming", "CL", "*", False, "lithium", None),
    ),
    ("Explainer: How Zimbabwe's lithium export ban works", "", None),
    ("Factbox: Countries that have restricted exports of critical minerals", "", None),
    ("Analysis: Indonesia's nickel ban pays off as smelters multiply", "", None),
    ("Philippine miners oppose proposed nickel ore export ban", "", None),
    ("South Africa scraps plan for export tax on scrap steel", "", None),
    ("Guinea bauxite miners fear export halt", "", None),
    # fourth batch: longer wire phrasings (labelled before the engine read them)
    (
        "EXCLUSIVE-Guinea plans to cap bauxite exports to push refinery projects - sources",
        "",
        ("quota", "GN", "*", True, "bauxite", None),
    ),
    (
        "Indonesia Is Said to Consider Nickel Ore Export Quota",
        "",
        ("quota", "ID", "*", True, "nickel", None),
    ),
    (
        "Zimbabwe cabinet approves ban on lithium concentrate exports from 2027",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Peru's congress to debate copper export tax bill",
        "",
        ("tariff", "PE", "*", True, "copper", None),
    ),
    (
        "Malaysia to ban raw rare earth exports, minister says",
        "",
        ("suspended", "MY", "*", True, "rare-earths", None),
    ),
    (
        "Philippines gazettes nickel ore export quota rules",
        "",
        ("quota", "PH", "*", False, "nickel", None),
    ),
    (
        "Korea finalises anti-dumping duties on Chinese steel plates",
        "",
        ("tariff", "CN", "KR", False, "steel", None),
    ),
    (
        "Brazil's Gecex approves steel import quota system",
        "",
        ("quota", "*", "BR", False, "steel", None),
    ),
    (
        "Kazakhstan drafts rules to require licences for copper scrap exports",
        "",
        ("licensing", "KZ", "*", True, "copper", None),
    ),
    ("Ghana scraps gold export levy", "", ("resuming", "GH", "*", False, "gold", None)),
]


#: (title, summary, want): near misses of every kind, and one reading kept in force.
NEAR_MISSES: list[Any] = [
    ("Kazakhstan restricts access to copper mine after accident", "", None),
    ("Duty-free aluminium stocks in Rotterdam climb to record", "", None),
    ("Philippine steel importers struggle to get standards certificates", "", None),
    ("Guinea bauxite shipments halted by heavy rains", "", None),
    ("Zambia copper trucks stuck at Congo border post for days", "", None),
    ("Vietnam's rare earth export ban anniversary passes quietly", "", None),
    ("Parliament debate on Ghana gold export levy postponed", "", None),
    ("Cobalt Holdings wins approval for Congo export deal", "", None),
    ("Silver Mines gets export licence for Australian project", "", None),
    ("Chile's copper exports unaffected by Peru protests", "", None),
    (
        "Indonesia keeps nickel ore export ban, minister says",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    ("Turkey's steel import quotas filled within days", "", None),
    ("Mongolian coal and copper convoys resume after snowstorm", "", None),
    ("Thai steel mills restrict output as imports surge", "", None),
    ("Korean steelmakers curb exports to US voluntarily", "", None),
    # fourth batch: longer wire phrasings (labelled before the engine read them)
    ("Guinea's bauxite exports climb despite junta pressure", "", None),
    ("Copper prices slip as Chile weighs royalty changes", "", None),
    ("Indonesian nickel smelters warn export tax would hurt investment", "", None),
    ("Zimbabwe lithium export ban: what it means for miners", "", None),
    ("Vietnam steel group Hoa Phat raises exports to Europe", "", None),
    ("Ghana gold exports jump 40% after levy scrapped last year", "", None),
    ("Turkey's steel producers lobby for higher import duties", "", None),
    ("Saudi steel imports fall 15% in first quarter", "", None),
    ("Mongolia copper exports to China recover after border reopening", "", None),
    ("Argentina lithium output surges as Milei courts miners", "", None),
]


#: Cases still read wrong, by title, with the reason.
XFAIL: dict[str, str] = {
    "Kazakhstan restricts scrap metal exports": "the verb 'restricts' takes no instrument from its lede: letting it would lose a labelled real row ('China restricts exports of ... gallium and germanium' whose lede says 'will ban', labelled licensing)",
    "Bolivia nationalises exports of strategic metals": "'only the state company may export' in the lede is not read",
    "Nickel Industries wins Indonesian export permit": "'Industries' is no company word; making it one loses a labelled real row (a state firm, 'Zimbabwe Defence Industries gets permit to export raw lithium', read as a release)",
    "Lithium Americas gets US loan as China curbs exports": "a company named after a metal is read as the metal",
    "Zimbabwe resumes lithium concentrate export permits": "permits resumed are read as licensing",
    "Brazil mulls steel import quotas": "a lede's reason ('shield mills from Chinese supply') gives the origin",
    "Chile's Codelco copper shipments to China face new Chinese import tariff": "a company's goods facing a measure are read as the company's view of it",
    "Peru's congress to debate copper export tax bill": "a 'tax bill' is read as a bill to pay, a measure's administration",
    "Mongolia copper exports to China recover after border reopening": "a border reopened after 'after' is read as the release, the flow's recovery as news of it",
}


def _params(cases: list[Any]) -> list[Any]:
    return [
        pytest.param(
            *case,
            marks=(
                (pytest.mark.xfail(strict=True, reason=XFAIL[case[0]]),) if case[0] in XFAIL else ()
            ),
        )
        for case in cases
    ]


@pytest.mark.parametrize(("title", "summary", "want"), _params(CORRIDORS), ids=case_ids(CORRIDORS))
def test_origin_and_destination(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), _params(RATES), ids=case_ids(RATES))
def test_rates(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), _params(METALS_NAMED), ids=case_ids(METALS_NAMED)
)
def test_metals_named(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), _params(STAGES), ids=case_ids(STAGES))
def test_status_and_stage(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), _params(NEAR_MISSES), ids=case_ids(NEAR_MISSES)
)
def test_near_misses(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


def test_every_xfail_names_a_case() -> None:
    titles = {c[0] for c in CORRIDORS + RATES + METALS_NAMED + STAGES + NEAR_MISSES}
    assert set(XFAIL) <= titles
