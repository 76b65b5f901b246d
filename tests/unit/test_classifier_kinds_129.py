"""Four kinds of headline the last round saw and did not fix, in made-up phrasings read on every
field by :func:`kinds_exact.check_exact`, with near misses that must stay as they are:

1. a government's "will levy", "will impose", "will slap" with no start date. The written
   convention (docs/ACCURACY.md, the third blind set's PROVENANCE.md on rhd-159): "will" or
   "to" + a measure without a date is ``proposed``; a date, a lede reporting the decision or
   the government's own announcement ("said on Monday it will impose", "..., trade ministry
   says") decides it, and a leader's "will" is a plan however it is told;
2. a levy naming "metal(s)" ("metals levy", "metal export levy", "levy on metal exports") whose
   metals only the lede names; with no watched metal anywhere it is no event (house rule);
3. two acts in one Title Case title ("Russia Extends Ban On Gasoline, Keeps Duty On Nickel
   Exports"), read as their lower-case forms are;
4. the two vetoes the last round left open: "UK imposes metals sanctions, bans Russian copper
   imports" (the second act's subject read as the first act's object, "metals" a company
   word), and a leader's plain threat that goods "could face" a measure (the learned gate).

Labels were written from the conventions and committed before the engine read them. The
brief's own example titles (kinds 3 and 4) had been read while studying the kinds.

First reading, on the engine before any change (main's, labels committed first): 22 of 41.
Undated "will" 0 of 7 (all read decided: no rule read a title's own "X will <act>" as a plan,
only a leader's or a lede's), its near misses 5 of 5; metals levy 6 of 7 (the lede's metals
already read; "Zimbabwe imposes new metals levy" whose lede says "The 5% levy applies to lithium
and gold exports" was no event: the weak noun "levy" found no flow word within five words), its
near misses 3 of 3; Title Case two acts 2 of 7 (the first act on other goods vetoed, as
``classifier_second_act`` read only a lower-case verb; the UK title vetoed as a company's), near
misses 3 of 3; the open vetoes 0 of 6 (the three "imposes metals sanctions, bans ..." vetoed as a
company's act, "metals" being a firm's word in the words before "bans"; the three warnings that
goods "could/will face" a measure vetoed by the learned gate at 6.6-9.8%), near misses 3 of 3.

Changed, by kind (``tui/engine/``): ``classifier_headline_will`` (new: a title's own "X will
<act>", its subject only names and no leader, no teller named in the title, with no date and no
lede reporting it decided, is proposed; asked by ``classifier_event_proposed`` of the title
only: a lede's "will ban" under "China bans ..." is the act told again, which the first form,
in ``proposed_marker``, misread, losing rh-099); ``classifier_second_act`` (a Title Case head's
capitalised act verb ends its subject, and the second act's verb is read lower case);
``classifier_shared_subject`` (new: a second act after a comma whose first clause opens with a
place and an act's verb takes the words before that verb as its subject, in the company veto of
``classifier_vetoes``); ``classifier_measure_noun`` (a weak charge's goods after "applies to" or
"covers" run as far as after "on"); ``event_gate_reading`` (a warning that goods face a measure,
``classifier_gate_spared.warns_face``, is not the feature ``x:request``, an industry's request;
the gate retrained, threshold 0.100). After: 41 of 41. ``benchmarks/row_changes.py main``: 0
rows lost, one gained (rhd-159, "The Russian government will levy a tariff ...", labelled
proposed). Earlier strict ``xfail`` now read: kinds 47 ("Indonesia will ban nickel matte exports
once smelters are ready"), kinds 110 ("Trump warns Japan's steel will face higher tariffs"),
kinds 122 (the UK title) and kinds 123 (the plain threat).

A fresh batch of 12 (``FRESH``: the four kinds in new countries, metals and words, 9 measures and
3 near misses), written after those changes and labelled and committed before the engine read
them: 12 of 12 the first time.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

#: kind 1: a government's undated "will" + a measure: proposed.
WILL_UNDATED: list[Any] = [
    ("Russia will levy export duty on nickel", "", ("tariff", "RU", "*", True, "nickel", None)),
    (
        "Indonesia will impose export tax on nickel pig iron",
        "",
        ("tariff", "ID", "*", True, "nickel", None),
    ),
    ("Canada will slap surtax on Chinese steel", "", ("tariff", "CN", "CA", True, "steel", None)),
    (
        "Mexico will impose tariffs on Chinese aluminium",
        "The tariffs would cover aluminium sheet and foil from China.",
        ("tariff", "CN", "MX", True, "aluminium", None),
    ),
    (
        "The Zambian government will levy a tax on copper concentrate exports",
        "The tax is meant to encourage local smelting of copper.",
        ("tariff", "ZM", "*", True, "copper", None),
    ),
    (
        "Vietnam will impose anti-dumping duties on Chinese steel",
        "",
        ("tariff", "CN", "VN", True, "steel", None),
    ),
    (
        "Kazakhstan will slap export duty on zinc concentrate",
        "",
        ("tariff", "KZ", "*", True, "zinc", None),
    ),
]

#: kind 1's near misses: a date, a deciding lede or a body's own word decides.
WILL_NEAR_MISSES: list[Any] = [
    (
        "Russia will levy export duty on nickel from August 1",
        "",
        ("tariff", "RU", "*", False, "nickel", None),
    ),
    (
        "Peru will impose export tax on copper concentrate",
        "The government said on Monday it will impose the tax on copper concentrate exports.",
        ("tariff", "PE", "*", False, "copper", None),
    ),
    (
        "India will impose safeguard duty on steel imports, trade ministry says",
        "",
        ("tariff", "*", "IN", False, "steel", None),
    ),
    (
        "Chile will impose 3% export tax on lithium from January",
        "",
        ("tariff", "CL", "*", False, "lithium", 3),
    ),
    ("Tariffs will raise steel prices, analysts say", "", None),
]

#: kind 2: a levy naming "metal(s)", its metals named by the lede.
METAL_LEVY: list[Any] = [
    (
        "Zimbabwe imposes new metals levy",
        "The 5% levy applies to lithium and gold exports.",
        ("tariff", "ZW", "*", False, "lithium gold", 5),
    ),
    (
        "Russia imposes metals levy",
        "The levy applies to exports of nickel, copper and aluminium.",
        ("tariff", "RU", "*", False, "nickel copper aluminium", None),
    ),
    (
        "Kazakhstan introduces metal export levy",
        "The levy covers copper and zinc shipments abroad.",
        ("tariff", "KZ", "*", False, "copper zinc", None),
    ),
    (
        "Indonesia slaps levy on metal exports",
        "The levy covers nickel and tin.",
        ("tariff", "ID", "*", False, "nickel tin", None),
    ),
    (
        "Zambia raises metals levy",
        "The levy on copper and cobalt exports rises to 10%.",
        ("tariff", "ZM", "*", False, "copper cobalt", 10),
    ),
    (
        "Congo scraps metals export levy",
        "The levy on cobalt and copper exports ends.",
        ("resuming", "CD", "*", False, "cobalt copper", None),
    ),
    (
        "Peru mulls metals export levy",
        "The levy would cover copper and zinc.",
        ("tariff", "PE", "*", True, "copper zinc", None),
    ),
]

#: kind 2's near misses: no watched metal named, "levy" in other senses.
METAL_LEVY_NEAR_MISSES: list[Any] = [
    ("Russia introduces levy on metal exports", "", None),
    ("Metals levy debate heats up in parliament", "", None),
    ("Metal prices levy heavy toll on fabricators", "", None),
]

#: kind 3: two acts in one Title Case title.
TITLE_CASE_TWO_ACTS: list[Any] = [
    (
        "Russia Extends Ban On Gasoline, Keeps Duty On Nickel Exports",
        "",
        ("tariff", "RU", "*", False, "nickel", None),
    ),
    (
        "India Scraps Duty On Wheat, Raises Import Tariff On Gold To 15%",
        "",
        ("tariff", "*", "IN", False, "gold", 15),
    ),
    (
        "Indonesia Bans Palm Oil Exports, Raises Nickel Export Tax",
        "",
        ("tariff", "ID", "*", False, "nickel", None),
    ),
    (
        "UK Imposes Metals Sanctions, Bans Russian Copper Imports",
        "",
        ("suspended", "RU", "GB", False, "copper", None),
    ),
    (
        "Indonesia Raises Nickel Royalty, Bans Ore Exports",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Philippines Extends Rice Import Ban, Imposes Nickel Ore Export Duty",
        "",
        ("tariff", "PH", "*", False, "nickel", None),
    ),
    (
        "China Curbs Fertiliser Exports, Halts Antimony Shipments To US",
        "",
        ("suspended", "CN", "US", False, "antimony", None),
    ),
]

#: kind 3's near misses: a second clause that is no act, a company's two acts.
TITLE_CASE_NEAR_MISSES: list[Any] = [
    ("India Bans Rice Exports, Steel Output Rises", "", None),
    ("Russia Extends Gasoline Export Ban, Nickel Prices Steady", "", None),
    ("Glencore Halts Coal Shipments, Cuts Copper Output", "", None),
]

#: kind 4: a second act whose subject is the first act's, and a leader's plain threat.
GATE_VETOES: list[Any] = [
    (
        "UK imposes metals sanctions, bans Russian copper imports",
        "",
        ("suspended", "RU", "GB", False, "copper", None),
    ),
    (
        "Canada imposes metals sanctions, bans Russian aluminium imports",
        "",
        ("suspended", "RU", "CA", False, "aluminium", None),
    ),
    (
        "Japan widens metals sanctions, bans Russian nickel imports",
        "",
        ("suspended", "RU", "JP", False, "nickel", None),
    ),
    (
        "Trump warns Indian aluminium could face tariffs",
        "",
        ("tariff", "IN", "US", True, "aluminium", None),
    ),
    (
        "EU warns Chinese steel could face new duties",
        "",
        ("tariff", "CN", "EU", True, "steel", None),
    ),
    (
        "Trump warns Canadian copper will face tariffs",
        "",
        ("tariff", "CA", "US", True, "copper", None),
    ),
]

#: kind 4's near misses: a company's two acts, a warning of a measure's effect.
GATE_NEAR_MISSES: list[Any] = [
    ("Century Metals halts shipments, cuts aluminium output", "", None),
    ("Canada warns US steel tariffs could backfire", "", None),
    ("Steelmakers warn Chinese steel could face weaker demand", "", None),
]

#: A fresh batch, written after the changes, labels committed before the engine read them.
FRESH: list[Any] = [
    ("Ghana will impose export levy on raw gold", "", ("tariff", "GH", "*", True, "gold", None)),
    (
        "The Malaysian government will slap duties on Chinese aluminium",
        "The duties are meant to shield local smelters.",
        ("tariff", "CN", "MY", True, "aluminium", None),
    ),
    (
        "Turkey will impose tariffs on US steel from June 1",
        "",
        ("tariff", "US", "TR", False, "steel", None),
    ),
    (
        "Bolivia will levy lithium export tax, mining ministry says",
        "",
        ("tariff", "BO", "*", False, "lithium", None),
    ),
    (
        "Tanzania introduces metals levy",
        "The 3% levy applies to gold and tin exports.",
        ("tariff", "TZ", "*", False, "gold tin", 3),
    ),
    (
        "Chile Scraps Wine Export Duty, Raises Copper Export Tax",
        "",
        ("tariff", "CL", "*", False, "copper", None),
    ),
    (
        "Australia Widens Metals Sanctions, Bans Russian Aluminium Imports",
        "",
        ("suspended", "RU", "AU", False, "aluminium", None),
    ),
    (
        "Norway imposes metals sanctions, halts Russian nickel imports",
        "",
        ("suspended", "RU", "NO", False, "nickel", None),
    ),
    (
        "EU warns Russian steel could face new tariffs",
        "",
        ("tariff", "RU", "EU", True, "steel", None),
    ),
    ("Analysts warn tin prices could face pressure", "", None),
    ("Peru Bans Fishmeal Exports, Nickel Prices Rise", "", None),
    ("Vale Metals halts shipments, cuts nickel output", "", None),
]


@headline_cases(WILL_UNDATED + WILL_NEAR_MISSES)
def test_an_undated_will_is_proposed(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(METAL_LEVY + METAL_LEVY_NEAR_MISSES)
def test_a_metals_levy_takes_the_ledes_metals(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(TITLE_CASE_TWO_ACTS + TITLE_CASE_NEAR_MISSES)
def test_title_case_two_acts(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(GATE_VETOES + GATE_NEAR_MISSES)
def test_the_vetoes_left_open(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_a_fresh_case_is_read_on_every_field(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
