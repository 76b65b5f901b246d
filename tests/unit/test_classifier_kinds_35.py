"""Status, proposed and rate read by kind (session 20, issue #16), in made-up phrasings.

The wire of real events' unseen half showed its wrong fields among events read in status,
proposed and rate. The kinds below were found by writing made-up phrasings of the
distinctions the issue lists (a tariff-rate quota or prolonged safeguard is ``quota``; state
trading, approved lists, permits and registration are ``licensing``; an export duty or levy is
a ``tariff`` with its rate; a ban, halt or suspension of exports is ``suspended``; a release
is ``resuming``; proposed in its many forms against decided; the rate of the measure and no
other figure) and by the tuned sets' misses; the phrasings that read wrong fell in these kinds:

1. A measure told only as a contingency ("Buyers prepare in case China bans gallium
   exports", "Indonesia getting ready in case nickel export ban comes early") gave no event:
   a metal named only after "if"/"in case" was taken for a condition's, not the goods. When
   the clause before the condition names no measure and no market move, the condition holds
   the measure, proposed (``tui/engine/classifier_contingency.py``; the goods rule in
   ``tui/engine/classifier_summary.py``).
2. A legal instrument followed by "to <verb>" ("drafting rules to ban bauxite exports",
   "prepares rules to halt ...") read the instrument (``licensing``) and the verb as its
   purpose; the verb is the instrument's content, as "drafts rules banning ..." already read
   (``leads_on`` in ``tui/engine/classifier_vehicles.py``).
3. A sanctions package that names its instrument ("New US sanctions on Russia include 200%
   tariff on aluminium", "Turkey sanctions to include 50 percent tariffs", the tenth blind
   set's rhn-214) read the package (``suspended``, no rate); the instrument it includes is the
   measure, and the package still frames its sides (``package_content``, ``held_by_package``
   in ``tui/engine/classifier_vehicles.py``, ``sanctions`` in
   ``tui/engine/classifier_other_side.py``).
4. Registration "made mandatory" or "compulsory" after the word ("makes registration
   mandatory for steel imports") was no event; "mandatory registration" already read
   ``licensing`` (``MULTI_WORDS`` and ``MEASURE_NOUNS`` in ``tui/engine/classifier_rules.py``).
5. A duty-free flow ("mulls duty-free exports of iron ore", "duty free export of ...") read
   ``open``; on a flow the duty is lifted from it, ``resuming`` with that flow, as the twelfth
   set's rhk-110 is labelled (``tui/engine/classifier_free.py``). "Tariff-free access" stays
   ``open``, "duty-free quotas" a ``quota``.
6. A plan verb opening a second clause after "and"/"but" or a comma ("unveils 50% tariff on
   copper and threatens 100% duties on cars", the ninth set's rhd-149; "..., warns of 60%
   duties on dairy") made the first measure proposed and its rate none; the second clause is
   another act (``_next_act`` in ``tui/engine/classifier_status.py``). Three strict ``xfail``
   of earlier kinds files read right now and lost their marks (``_7.py``: two second clauses;
   ``_11.py``: a duty-free flow weighed; ``_14.py``: "New sanctions on Iran to include 30%
   duties on copper").
7. A wire's trailing attribution without a verb ("... export duty on copper - sources") was
   not read as reported; "- sources say" was (``STRONG_PROPOSED_RE``).
8. Rates: hyphenated per-cent words ("25-per-cent", "25-percent") gave none (``RATE_RE``); a
   rate in a background clause after the measure ("after EU's 25% tariff", "amid US 50%
   duty") was taken for the measure's (a leading "After ..., " already was not); a quota's
   change "by 47%" was taken for a rate (``event_rate`` in ``tui/engine/classifier_status.py``);
   a range written with the first rate's sign ("4.6%-21.3%") gave its first rate
   (``RANGE_BEFORE_RE``); a share ("40% market share", "covering 60% of imports", "share hits
   30%") was taken for the rate (``stated_rates`` in ``tui/engine/classifier_rates.py``).

First time, on the engine before the change (main at ``7d3bbb6``): 102 of the 130 cases read
right (labels written before the engine read them, in four batches: 41 of 46, 37 of 42, 11
of 28, 13 of 14). The 28 misses: 5 contingencies, 2 instruments' content, 2 packages, 2
registrations, 2 duty-free flows, 1 second clause, 1 attribution, 10 rates (6 hyphenated, 3
background, 1 quota change), 1 origin (below), and 2 labels of mine that disagreed with the
engine's convention for a bare "X to <act>" title with no lede and no date ("EU to trim
duty-free steel quotas by 30%", "EU sanctions on Belarus to include ban on steel imports": I
wrote proposed; the labelled sets decide such titles by their ledes, and the engine reads a
bare one as decided, as it reads "EU to ban Russian nickel imports"; relabelled here, not
changed in the engine). Two misses were left, strict ``xfail``, and are read right since
``test_classifier_kinds_41.py``: "Iran sanctions to include ..." (the target named before the
package with no imposer) and "Ukraine replaces steel scrap export duty with outright ban" (the
exporter was taken for the importer).

9. A measure told as in force and put off ("postpones collection of existing steel duties on
   Mexico", "shelves gold export levy in force since January", "defers ... levy already in
   force") was vetoed as a start postponed; a measure in force delayed is suspended
   (``resuming``); a start put off ("delays start of gallium export controls") is still no
   event (``deferred`` in ``tui/engine/classifier_effects.py``). A seventh batch, labels first:
   4 of 7 right before (the three in force), 7 of 7 after.

Then a fifth and a sixth batch, labels again written first, on the engine before the change:
29 of 33 and 4 of 7 right (so 135 of 170 in all; 139 of 177 with the seventh). Their misses: a hyphenated rate (kind 8,
already mended), a range with the first rate's sign, three shares (kind 8), a bare
"Commission" naming no importer (strict ``xfail``, a destination kind; read right since
``test_classifier_kinds_41.py``), and one label of mine
that disagreed with a real one: "Turkey raises steel import duty by 5 percentage points" I
labelled with no rate, and the eleventh set's rhc-021 labels "raising tariffs by 35 percentage
points" 35; relabelled 5. "India imposes steel import duty as Chinese share hits 30%" now reads
no rate but takes China for the origin (strict ``xfail``, an origin kind).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of fields.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, case_ids, check_kind
from test_classifier import METALS

from tui.engine.classifier import classify, explain

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

SHARE_ORIGIN = "a demonym in a trailing share clause taken for the goods' origin"

#: (title, summary, want): kind 1, a measure told only as a contingency ("in case ...").
CONTINGENCY: list[tuple[str, str, Want]] = [
    (
        "Refiners get ready in case Indonesia bans bauxite exports",
        "",
        ("suspended", "ID", "*", True),
    ),
    (
        "Indonesia getting ready in case nickel export ban comes early",
        "",
        ("suspended", "ID", "*", True),
    ),
    ("Buyers prepare in case China bans gallium exports", "", ("suspended", "CN", "*", True)),
    (
        "Smelters stockpile ore in case Philippines bans nickel exports",
        "",
        ("suspended", "PH", "*", True),
    ),
    (
        "Exporters get ready in case Guinea imposes bauxite export tax",
        "",
        ("tariff", "GN", "*", True),
    ),
    ("Mongolia readies copper export tax in case prices spike", "", ("tariff", "MN", "*", True)),
]

#: (title, summary, want): kind 2, a legal instrument whose "to <verb>" is its content.
VEHICLES: list[tuple[str, str, Want]] = [
    ("China drafting rules to ban antimony exports to US", "", ("suspended", "CN", "US", True)),
    ("Indonesia drafting rules to ban bauxite exports", "", ("suspended", "ID", "*", True)),
    ("Vietnam prepares rules to halt rare earth exports", "", ("suspended", "VN", "*", True)),
    ("Russia drafts rules to impose duty on nickel exports", "", ("tariff", "RU", "*", True)),
    ("Beijing to draft rules banning graphite exports to US", "", ("suspended", "CN", "US", True)),
    (
        "Kazakhstan draft decree bans tungsten exports for six months",
        "",
        ("suspended", "KZ", "*", True),
    ),
    ("Russia draft decree sets export duty on palladium", "", ("tariff", "RU", "*", True)),
    ("Draft decree would impose export duty on Russian aluminium", "", ("tariff", "RU", "*", True)),
]

#: (title, summary, want): kind 3, a sanctions package that names its instrument.
PACKAGES: list[tuple[str, str, Want]] = [
    (
        "New US sanctions on Russia include 200% tariff on aluminium",
        "",
        ("tariff", "RU", "US", False),
    ),
    pytest.param(
        "Iran sanctions to include 25 percent tariffs on copper imports",
        "",
        ("tariff", "IR", "*", False),
    ),
    (
        "EU sanctions on Belarus to include ban on steel imports",
        "",
        ("suspended", "BY", "EU", False),
    ),
    (
        "EU proposes sanctions package banning Russian nickel imports",
        "",
        ("suspended", "RU", "EU", True),
    ),
    (
        "EU sanctions package proposed to ban Russian aluminium imports",
        "",
        ("suspended", "RU", "EU", True),
    ),
    ("Proposed EU sanctions package would ban Russian nickel", "", ("suspended", "RU", "EU", True)),
    (
        "EU adopts sanctions package banning Russian aluminium imports",
        "",
        ("suspended", "RU", "EU", False),
    ),
    (
        "Proposed sanctions package would ban Russian nickel imports into the UK",
        "",
        ("suspended", "RU", "GB", True),
    ),
]

#: (title, summary, want): kind 4, registration made mandatory; licences, permits, state trading.
REGISTRATION: list[tuple[str, str, Want]] = [
    (
        "Vietnam makes registration mandatory for copper scrap imports",
        "",
        ("licensing", "*", "VN", False),
    ),
    ("India makes registration mandatory for steel imports", "", ("licensing", "*", "IN", False)),
    ("Kenya makes import permits compulsory for gold", "", ("licensing", "*", "KE", False)),
    (
        "Zimbabwe channels all lithium exports through state trading firm",
        "",
        ("licensing", "ZW", "*", False),
    ),
    ("Indonesia publishes list of approved nickel exporters", "", ("licensing", "ID", "*", False)),
    ("Congo requires cobalt exporters to obtain permits", "", ("licensing", "CD", "*", False)),
    (
        "China tightens state trading rules for rare earth exports",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Myanmar requires permits for rare earth exports to China",
        "",
        ("licensing", "MM", "CN", False),
    ),
    (
        "Congo restricts cobalt exports to approved exporters list",
        "",
        ("licensing", "CD", "*", False),
    ),
    ("China announces export controls on antimony", "", ("licensing", "CN", "*", False)),
]

#: (title, summary, want): kind 5, a flow made duty-free.
DUTY_FREE: list[tuple[str, str, Want]] = [
    ("India mulls duty-free exports of iron ore", "", ("resuming", "IN", "*", True)),
    ("Zambia allows duty-free copper exports", "", ("resuming", "ZM", "*", False)),
    ("Indonesia permits duty-free nickel exports to Japan", "", ("resuming", "ID", "JP", False)),
]

#: (title, summary, want): kind 6, a plan verb opening a second clause ("and threatens").
SECOND_ACT: list[tuple[str, str, Want]] = [
    (
        "US unveils 50% tariff on copper and threatens 100% duties on cars",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Canada imposes 25% surtax on US steel, weighs tariffs on autos",
        "",
        ("tariff", "US", "CA", False),
    ),
    (
        "China bans antimony exports to US and plans curbs on chips",
        "",
        ("suspended", "CN", "US", False),
    ),
]

#: (title, summary, want): kind 7, a wire's trailing attribution ("- sources").
ATTRIBUTION: list[tuple[str, str, Want]] = [
    ("Chile levies 3% export duty on copper - sources", "", ("tariff", "CL", "*", True)),
    ("Russia to cap palladium exports - sources say", "", ("quota", "RU", "*", True)),
    ("Guinea plans bauxite export duty - sources say", "", ("tariff", "GN", "*", True)),
    ("Peru to impose copper export tax, sources say", "", ("tariff", "PE", "*", True)),
]

#: (title, summary, want): kind 9, a measure in force put off (delayed, deferred, shelved).
IN_FORCE: list[tuple[str, str, Want]] = [
    (
        "US postpones collection of existing steel duties on Mexico",
        "",
        ("resuming", "MX", "US", False),
    ),
    (
        "Indonesia defers nickel ore export levy already in force for six months",
        "",
        ("resuming", "ID", "*", False),
    ),
    ("China delays start of gallium export controls", "", None),
    ("EU postpones steel safeguard tightening", "", None),
    ("Zambia pauses copper export duty until further notice", "", ("resuming", "ZM", "*", False)),
    ("Ghana shelves gold export levy in force since January", "", ("resuming", "GH", "*", False)),
    ("Philippines puts nickel ore export tax on hold", "", ("resuming", "PH", "*", False)),
]

#: (title, summary, want, rate): kind 8, the measure's own rate, and the kinds' rates.
RATED: list[tuple[str, str, Want, float | None]] = [
    (
        "US unveils 50% tariff on copper and threatens 100% duties on cars",
        "",
        ("tariff", "*", "US", False),
        50.0,
    ),
    (
        "Canada imposes 25% surtax on US steel, weighs tariffs on autos",
        "",
        ("tariff", "US", "CA", False),
        25.0,
    ),
    ("Chile levies 3% export duty on copper - sources", "", ("tariff", "CL", "*", True), 3.0),
    (
        "New US sanctions on Russia include 200% tariff on aluminium",
        "",
        ("tariff", "RU", "US", False),
        200.0,
    ),
    (
        "Zambia imposes 10% export duty on copper concentrates",
        "",
        ("tariff", "ZM", "*", False),
        10.0,
    ),
    ("Russia sets 15 percent export levy on nickel", "", ("tariff", "RU", "*", False), 15.0),
    (
        "Philippines slaps 5-per-cent levy on nickel ore exports",
        "",
        ("tariff", "PH", "*", False),
        5.0,
    ),
    ("Malaysia imposes export duty on tin ingots", "", ("tariff", "MY", "*", False), None),
    ("India raises gold import duty to 15% from 10%", "", ("tariff", "*", "IN", False), 15.0),
    ("Canada doubles surtax on Chinese steel to 50%", "", ("tariff", "CN", "CA", False), 50.0),
    ("Trump threatens 25% tariff on Canadian aluminium", "", ("tariff", "CA", "US", True), 25.0),
    (
        "Ukraine sets 500,000 tonne quota for steel scrap exports",
        "",
        ("quota", "UA", "*", False),
        None,
    ),
    ("US imposes 25 pct duty on Chinese aluminium foil", "", ("tariff", "CN", "US", False), 25.0),
    ("Canada imposes 25-per-cent surtax on U.S. steel", "", ("tariff", "US", "CA", False), 25.0),
    (
        "Mexico imposes tariffs of 15% to 25% on steel imports",
        "",
        ("tariff", "*", "MX", False),
        None,
    ),
    (
        "Brazil raises steel import tariff to 25% as US imposes 50% levy",
        "",
        ("tariff", "*", "BR", False),
        25.0,
    ),
    (
        "Vietnam extends anti-dumping duties on Chinese steel until 2030",
        "",
        ("tariff", "CN", "VN", False),
        None,
    ),
    ("Ghana weighs gold export levy of 3%", "", ("tariff", "GH", "*", True), 3.0),
    ("US set to double steel tariffs to 50%", "", ("tariff", "*", "US", True), 50.0),
    (
        "India to impose 10% duty on steel imports from April 1",
        "",
        ("tariff", "*", "IN", False),
        10.0,
    ),
    ("India imposes 15% export duty on iron ore", "", ("tariff", "IN", "*", False), 15.0),
    (
        "EU raises anti-dumping duty on Chinese aluminium to 30%",
        "",
        ("tariff", "CN", "EU", False),
        30.0,
    ),
    (
        "India raises steel import duty to 20 percent from 15 percent",
        "",
        ("tariff", "*", "IN", False),
        20.0,
    ),
    ("Indonesia doubles nickel ore export levy to 20%", "", ("tariff", "ID", "*", False), 20.0),
    (
        "Brazil sets steel import tariffs between 15% and 25%",
        "",
        ("tariff", "*", "BR", False),
        None,
    ),
    ("Egypt imposes 10-15% duty on steel rebar imports", "", ("tariff", "*", "EG", False), None),
    (
        "Philippines imposes 25-percent tariff on Chinese steel",
        "",
        ("tariff", "CN", "PH", False),
        25.0,
    ),
    ("EU tariff-rate quota for steel cut by 47%", "", ("quota", "*", "EU", False), None),
    ("US imposes 50% tariff on steel from 2025", "", ("tariff", "*", "US", False), 50.0),
    (
        "Canada imposes surtax on Chinese steel after US 50% tariff",
        "",
        ("tariff", "CN", "CA", False),
        None,
    ),
    ("Mexico raises steel tariffs to 35% in 2026", "", ("tariff", "*", "MX", False), 35.0),
    ("Indonesia imposes 10-per-cent export tax on bauxite", "", ("tariff", "ID", "*", False), 10.0),
    ("India hikes gold import duty to 15-percent", "", ("tariff", "*", "IN", False), 15.0),
    (
        "Australia slaps 30-per-cent anti-dumping duty on Chinese aluminium",
        "",
        ("tariff", "CN", "AU", False),
        30.0,
    ),
    ("Canada imposes 25 per cent surtax on Chinese steel", "", ("tariff", "CN", "CA", False), 25.0),
    (
        "After US 50% tariff, Canada imposes surtax on American aluminium",
        "",
        ("tariff", "US", "CA", False),
        None,
    ),
    (
        "Following China's 25% levy, EU imposes duties on Chinese steel",
        "",
        ("tariff", "CN", "EU", False),
        None,
    ),
    ("Mexico raises steel tariffs amid US 50% duty", "", ("tariff", "*", "MX", False), None),
    (
        "India imposes safeguard duty on steel after EU's 25% tariff",
        "",
        ("tariff", "*", "IN", False),
        None,
    ),
    ("UK cuts steel import quota by 15%", "", ("quota", "*", "GB", False), None),
    ("China raises rare earth export quota by 20%", "", ("quota", "CN", "*", False), None),
    ("EU to trim duty-free steel quotas by 30%", "", ("quota", "*", "EU", False), None),
    ("Canada raises steel surtax to 25% from 10%", "", ("tariff", "*", "CA", False), 25.0),
    (
        "India's gold import duty rises to 15 percent from 12.5 percent",
        "",
        ("tariff", "*", "IN", False),
        15.0,
    ),
    (
        "Zambia imposes 10% export duty on copper as prices rise 5%",
        "",
        ("tariff", "ZM", "*", False),
        10.0,
    ),
    # fifth and sixth batches (see the docstring)
    ("Zambia cuts copper export duty to 5%", "", ("resuming", "ZM", "*", False), None),
    ("Ghana hikes gold export levy to 5% from 3%", "", ("tariff", "GH", "*", False), 5.0),
    ("Vietnam raises rare earth export tax", "", ("tariff", "VN", "*", False), None),
    ("US to impose 50% tariffs on copper from August 1", "", ("tariff", "*", "US", False), 50.0),
    ("Russia mulls export duty of 10% on nickel", "", ("tariff", "RU", "*", True), 10.0),
    ("Peru eyes copper export levy as prices rise 4%", "", ("tariff", "PE", "*", True), None),
    (
        "Canada threatens 25-per-cent counter-tariffs on US steel",
        "",
        ("tariff", "US", "CA", True),
        25.0,
    ),
    ("Mexico could double steel tariffs to 50%", "", ("tariff", "*", "MX", True), 50.0),
    ("Brazil imposes 25% tariff on steel above quota", "", ("quota", "*", "BR", False), 25.0),
    (
        "Copper export duty in Zambia to rise to 10% from 2026",
        "",
        ("tariff", "ZM", "*", False),
        10.0,
    ),
    (
        "Vietnam imposes anti-dumping duty of 4.6%-21.3% on Chinese steel",
        "",
        ("tariff", "CN", "VN", False),
        None,
    ),
    (
        "Turkey raises steel import duty by 5 percentage points",
        "",
        ("tariff", "*", "TR", False),
        5.0,
    ),  # relabelled: see the docstring
    pytest.param(
        "India imposes steel import duty as Chinese share hits 30%",
        "",
        ("tariff", "*", "IN", False),
        None,
        marks=pytest.mark.xfail(strict=True, reason=SHARE_ORIGIN),
    ),
    (
        "Vietnam levies duty on Chinese steel holding 40% market share",
        "",
        ("tariff", "CN", "VN", False),
        None,
    ),
    (
        "Canada imposes 25% surtax on Chinese steel as imports jump 30%",
        "",
        ("tariff", "CN", "CA", False),
        25.0,
    ),
    (
        "Mexico slaps tariff on Chinese steel after imports surge 50%",
        "",
        ("tariff", "CN", "MX", False),
        None,
    ),
    (
        "Thailand imposes anti-dumping duty on Chinese steel covering 60% of imports",
        "",
        ("tariff", "CN", "TH", False),
        None,
    ),
    (
        "Indonesia sets nickel ore export quota at 70% of 2024 output",
        "",
        ("quota", "ID", "*", False),
        None,
    ),
    ("EU steel quota cut means 25% tariff on extra volumes", "", ("quota", "*", "EU", False), 25.0),
]

#: (title, summary, want): readings of the status and proposed distinctions already right, kept.
KEPT: list[tuple[str, str, Want]] = [
    ("EU prolongs steel safeguard for two more years", "", ("quota", "*", "EU", False)),
    ("UK extends steel safeguard quotas by two years", "", ("quota", "*", "GB", False)),
    (
        "South Africa introduces tariff-rate quota on aluminium imports",
        "",
        ("quota", "*", "ZA", False),
    ),
    (
        "Turkey extends safeguard measure on steel imports until 2028",
        "",
        ("quota", "*", "TR", False),
    ),
    ("Myanmar halts rare earth exports to China", "", ("suspended", "MM", "CN", False)),
    ("Bolivia suspends tin exports for 60 days", "", ("suspended", "BO", "*", False)),
    ("China extends ban on gallium exports to US", "", ("suspended", "CN", "US", False)),
    ("Zimbabwe extends raw lithium export ban to 2027", "", ("suspended", "ZW", "*", False)),
    ("Indonesia suspends nickel export levy for six months", "", ("resuming", "ID", "*", False)),
    ("US pauses aluminium tariffs on Canada for 30 days", "", ("resuming", "CA", "US", False)),
    ("EU exempts Norwegian aluminium from safeguard duties", "", ("resuming", "NO", "EU", False)),
    (
        "Philippines replaces nickel ore export ban with export tax",
        "",
        ("tariff", "PH", "*", False),
    ),
    ("US tariff exemption for Australian aluminium expires", "", ("tariff", "AU", "US", False)),
    ("Kazakhstan mulls ban on copper scrap exports", "", ("suspended", "KZ", "*", True)),
    ("Chile set to impose export duty on lithium", "", ("tariff", "CL", "*", True)),
    ("Mexico eyes tariffs on Chinese steel", "", ("tariff", "CN", "MX", True)),
    ("EU could impose quotas on Indian steel", "", ("quota", "IN", "EU", True)),
    ("Philippines to consider nickel ore export ban", "", ("suspended", "PH", "*", True)),
    ("Indonesia signs regulation banning tin ore exports", "", ("suspended", "ID", "*", False)),
    ("Zimbabwe to ban lithium ore exports from Jan 1", "", ("suspended", "ZW", "*", False)),
    ("Canadian steel import quota will take effect from June 1", "", ("quota", "*", "CA", False)),
    ("Parliament approves gold export levy in Ghana", "", ("tariff", "GH", "*", False)),
    ("Copper jumps 3% as Chile weighs export tax", "", None),
    (
        "Zambia threatens to halt copper exports to South Africa",
        "",
        ("suspended", "ZM", "ZA", True),
    ),
    ("Philippines eyes ban on nickel ore exports by 2028", "", ("suspended", "PH", "*", True)),
    ("Mexico to consider tariffs on Chinese steel", "", ("tariff", "CN", "MX", True)),
    (
        "Vietnam's new export duty on tin will take effect from July",
        "",
        ("tariff", "VN", "*", False),
    ),
    ("Malaysia announces ban on rare earth exports", "", ("suspended", "MY", "*", False)),
    ("Guinea signs decree imposing bauxite export duty", "", ("tariff", "GN", "*", False)),
    ("From June 1, Indonesia bans bauxite exports", "", ("suspended", "ID", "*", False)),
    ("Congo's cabinet approves cobalt export quotas", "", ("quota", "CD", "*", False)),
    ("US extends tariff-rate quota on Japanese steel", "", ("quota", "JP", "US", False)),
    ("EU steel safeguard prolonged until 2026", "", ("quota", "*", "EU", False)),
    ("Indonesia levies export tax on nickel pig iron", "", ("tariff", "ID", "*", False)),
    ("Laos halts tin ore exports", "", ("suspended", "LA", "*", False)),
    ("Zimbabwe extends ban on lithium ore exports", "", ("suspended", "ZW", "*", False)),
    ("India scraps export duty on steel", "", ("resuming", "IN", "*", False)),
    ("Canada exempts UK steel from surtax", "", ("resuming", "GB", "CA", False)),
    pytest.param(
        "Ukraine replaces steel scrap export duty with outright ban",
        "",
        ("suspended", "UA", "*", False),
    ),
    ("Indonesia's tin export licensing regime expires", "", ("resuming", "ID", "*", False)),
    ("Russia extends export duty on nickel until 2026", "", ("tariff", "RU", "*", False)),
    ("US tariff on Canadian steel replaced by quota", "", ("quota", "CA", "US", False)),
    ("Kazakhstan halts copper scrap exports for six months", "", ("suspended", "KZ", "*", False)),
    ("India lifts export duty on iron ore", "", ("resuming", "IN", "*", False)),
    ("Vietnam could ban rare earth exports, minister says", "", ("suspended", "VN", "*", True)),
    (
        "Philippines set to ban nickel ore exports from June 2025",
        "",
        ("suspended", "PH", "*", False),
    ),
    ("Gabon considers levy on manganese and bauxite exports", "", ("tariff", "GA", "*", True)),
    # fifth and sixth batches (see the docstring)
    ("Philippines halves nickel ore export tax", "", ("resuming", "PH", "*", False)),
    ("US exempts Canadian aluminium from 25% tariff", "", ("resuming", "CA", "US", False)),
    ("Congo suspends cobalt export ban", "", ("resuming", "CD", "*", False)),
    ("Congo replaces cobalt export ban with quotas", "", ("quota", "CD", "*", False)),
    ("Zimbabwe's lithium export ban expires, exports resume", "", ("resuming", "ZW", "*", False)),
    ("EU signs off on steel safeguard extension", "", ("quota", "*", "EU", False)),
    ("Chile to weigh lithium export duty", "", ("tariff", "CL", "*", True)),
    ("Indonesia's nickel export duty will take effect on Jan 1", "", ("tariff", "ID", "*", False)),
    ("China imposes export licensing on graphite", "", ("licensing", "CN", "*", False)),
    ("Zimbabwe bans raw lithium exports, sources say", "", ("suspended", "ZW", "*", True)),
    ("EU weighs quotas on Chinese aluminium imports", "", ("quota", "CN", "EU", True)),
    ("Indonesia announces bauxite export ban from June", "", ("suspended", "ID", "*", False)),
    ("Philippines approves nickel ore export ban", "", ("suspended", "PH", "*", False)),
    ("Malaysia signs order halting rare earth exports", "", ("suspended", "MY", "*", False)),
    ("Kachin rebels halt rare earth exports to China", "", None),
    ("South Africa imposes tariff-rate quota on Chinese steel", "", ("quota", "CN", "ZA", False)),
    ("Ukraine's steel safeguard prolonged for three years", "", ("quota", "*", "UA", False)),
    ("Congo introduces cobalt export permits", "", ("licensing", "CD", "*", False)),
    ("China adds gallium to export control list", "", ("licensing", "CN", "*", False)),
    ("India requires importers of copper to register", "", ("licensing", "*", "IN", False)),
    pytest.param(
        "Sanctions package proposed by Commission would ban Russian aluminium",
        "",
        ("suspended", "RU", "EU", True),
    ),
]


ALL_KINDS = (
    CONTINGENCY
    + VEHICLES
    + PACKAGES
    + REGISTRATION
    + DUTY_FREE
    + SECOND_ACT
    + ATTRIBUTION
    + IN_FORCE
    + KEPT
)


@pytest.mark.parametrize(("title", "summary", "want"), ALL_KINDS, ids=case_ids(ALL_KINDS))
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want", "rate"), RATED, ids=case_ids(RATED))
def test_rate(title: str, summary: str, want: Want, rate: float | None) -> None:
    check_kind(title, summary, want)
    event = classify(title, summary, METALS)
    assert event is not None and event.rate_pct == rate, "\n".join(explain(title, summary, METALS))
