"""Kinds from the misses of the twenty-first blind set's even rows
(``tests/data/real_headlines_blind21/``, its odd rows studied from session 33, its even rows from
session 41, so the whole set is studied): made-up headlines per kind, in other words, countries
and metals than the set's rows, with near misses that must stay as they are, each checked on
every field the exact score counts (``tests/unit/kinds_exact.py``). Labels were written and
committed before the engine read them.

The even half's twelve misses (85.7%, 72/84, before the round), by kind:

1. A coating metal named before the goods: "final AD duty on tin-coated plate" (twf-046, its lede
   "tin-coated steel plates") read as tin, where the goods are steel and tin only their coat.
2. A duty or fee cancelled: "Egypt considers canceling dumping fees on rebar steel imports"
   (twf-102) read as a tariff, where a duty cancelled is the flow let in again (``resuming``).
3. A WTO dispute's report: "Morocco - Anti-Dumping Measures on Certain Hot-Rolled Steel from
   Turkey - AB-2018-5 - Report of the Appellate Body" (twf-166) read as Morocco's tariff, where a
   panel's or the Appellate Body's report on a measure is no measure.
4. A scope ruling that goods are not subject to a duty: "... Rods and Studs Not Subject to AD
   Duties" (twf-020) read as a tariff, where the ruling leaves the order as it was.
5. A restriction on exports of unprocessed ore: "Namibia to restrict export of unprocessed
   essential minerals" (twf-084, its lede "put restriction on the export of unprocessed lithium,
   rare earth elements") read as licensing, where keeping raw ore at home is a ban.
6. Countries exempted from a tariff: "Exempting 115 developing countries from Gulf iron and steel
   import Tariffs" (twf-162) vetoed as a survey, where an exemption is the flow let in again.
7. Licences to mine, not to trade: "Wa State announces new licensing process" (twf-096, its lede
   "applications for mining, processing, and prospecting licences") read as licensing.
8. A US Federal Register order notice with no lede: "Certain Steel Nails From the Republic of
   Korea, ...: Continuation of Antidumping and Countervailing Duty Orders" (twf-042) read with no
   importer, where the notice form (goods "From" a country, a colon, the order) is Commerce's.

On a closer reading two kinds changed their verdict: kind 8 is a **label dispute**, not fixed:
the studied sets' written convention (``test_classifier_kinds_56.py``; rhk-018, rhk-043) reads a
Federal Register notice with no lede as naming no importer (``*``), where twf-042's label says the
US; a rule for it broke kinds 56, so it was dropped and this kind's four cases are marked xfail
with the dispute. Kind 6's real row (twf-162) was vetoed as a survey because the countries
exempted are counted ("115 developing countries") and no place names the importer: a counted
batch (``EXEMPTED_COUNTED``) was written and committed after the first fixes, before the engine
read it; twf-162 itself stays missed (the release verb does not reach the tariff over "iron and
steel import": another kind, left).

Two more kinds, first left, were taken after the first round, their made-up cases labelled and
committed before the engine read them: 9. a bloc's members listed in the lede's aside
(twf-022, the Eurasian Economic Commission's duty whose lede lists the union's members "which
includes Belarus, Kazakhstan, Russia and Armenia", read with Belarus as the importer); 10. a
title's duties whose lede says the goods are "subject to tariff quotas" (twf-004, labelled
``quota`` as README.md counts a tariff-rate quota). Label disputes, noted, not fixed:
twf-032 (a lede stating "Import duty on platinum has been reduced to 10%" labelled no event under
a title quoting an industry figure on the budget; the engine's reading is the README's for a duty
cut), twf-036 (a central bank saying gold exports "will resume when prices increase", labelled no
event: a stated intention on a condition, read as a restart; neither reading is plainly a slip).

First reading, on the engine before any change (main's at 8140fb9; labels committed before the
run, c6a34a1, one label replaced before the run, 7c87ba6): **26 of 44**. Kind 1, 4 of 5 (the
title naming only the coat read as tin), near misses 3 of 3; kind 2, 3 of 4 ("canceling", the US
spelling, read as a tariff), near misses 2 of 2; kind 3, 1 of 4, near miss 1 of 1; kind 4, 0 of
3, near misses 1 of 2 ("no longer subject to US tariffs" read as the tariff, as on main: another
kind, xfail; it reads since kinds 139, ``classifier_no_longer``, its mark removed); kind 5, 0 of 3 (read as licensing), near misses 2 of 2; kind 6, 3 of 3, near miss 1
of 1 (its made-up cases name the importer, so they missed the real row's form: see above); kind
7, 2 of 3 (the lede's mining licences), near misses 2 of 2; kind 8, 0 of 4 (the dispute), near
misses 1 of 2 (a review's results with no lede read as the order, as on main: another kind,
xfail). The counted batch of kind 6, first reading 2 of 5 (its three measures vetoed as a
survey), after 4 of 5 (one xfail: its own label of "Bloc to exempt" as proposed, where the sets
read a government's "to <verb>" as decided).

Changed: ``tui/engine/classifier_coated_goods`` (new: a title whose only metal is a coat takes
the goods its lede names after the same coat; asked by ``classifier_event_metals``);
``classifier_rules_words`` ("canceled", "canceling" among the release and revoke verbs);
``classifier_rulings`` (new: a WTO dispute's report and goods ruled "not subject to" a duty are
no event; asked by ``classifier_vetoes.find_veto``); ``classifier_unprocessed_ban`` (new: a
restriction on exports of unprocessed or raw goods written a ban; run on the title by
``plain_surface``); ``classifier_exempted_countries`` (new: a count of countries a release
exempts "from" a measure is no survey; asked beside ``trend_of_measures``);
``classifier_mining_licences`` (new: a title's bare licensing whose lede is operations news about
licences to mine is no event; asked by ``lede_decides``). After: **42 of 49** with the counted
batch, 7 xfail (kind 8's four, the dispute; "no longer subject to"; a review's results with no
lede; "Bloc to exempt" proposed). Kind 9, first reading 0 of 3 (near misses 2 of 2), after 3 of
3 (``classifier_bloc_members``: the aside left out before the lede's importer is looked for);
kind 10, first reading 0 of 3 (near misses 2 of 2), after 3 of 3 (``classifier_lede_quotas``,
asked by ``classifier_form.measure_form``). All told **52 of 59** outside the fresh batch, the 7
xfail above. ``benchmarks/row_changes.py main``: +8 -0, all the twenty-first blind set's
(twf-004, twf-020, twf-022, twf-046, twf-084, twf-096, twf-102, twf-166).

Fresh batch (``FRESH``, 11: 8 measures, 3 no event), written after the engine's changes and
committed before the engine read them: first reading **11 of 11** (main's engine reads 5 of 11).
A fresh batch of kinds 9 and 10 (``FRESH_LATE``, 4: 3 measures, 1 near miss), written after their
changes, labels committed before the engine read them: first reading **4 of 4**.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

_CONVENTION = (
    "a label dispute, not fixed: the studied sets' written convention (kinds 56; rhk-018, rhk-043) "
    "reads a Federal Register notice with no lede as naming no importer (``*``), where twf-042's "
    "label and this kind's say the US; the engine keeps the convention"
)
_TO_DO = (
    "a label dispute of this module's own: 'Bloc to exempt' labelled proposed, where the sets read "
    "a government's 'to <verb>' as decided (twf-084, 'Namibia to restrict export ...', not "
    "proposed) and the engine reads it so; every other field is read right"
)
_REVIEW_RESULTS = (
    "a review's results with no lede read as the order, as on main before this round: another "
    "kind than this round's (the order notices' form is read only for orders)"
)

#: Kind 1: a coating metal named before the goods; the goods are steel.
COATED: list[Any] = [
    (
        "India imposes anti-dumping duty on zinc-coated steel sheets from Vietnam",
        "",
        ("tariff", "VN", "IN", False, "steel", None),
    ),
    (
        "Brazil sets anti-dumping duty on aluminium-coated steel coils from South Korea",
        "",
        ("tariff", "KR", "BR", False, "steel", None),
    ),
    (
        "Malaysia imposes anti-dumping duty on tin-coated sheet from South Korea",
        "Malaysia will levy the duty on tin-coated steel sheet imported from South Korea for five "
        "years.",
        ("tariff", "KR", "MY", False, "steel", None),
    ),
    (
        "EU extends duties on tin-plated steel from China",
        "",
        ("tariff", "CN", "EU", False, "steel", None),
    ),
    (
        "Canada launches safeguard duty on nickel-plated steel strip from Japan",
        "",
        ("tariff", "JP", "CA", False, "steel", None),
    ),
]

#: Kind 1's near misses: the coating metal traded on its own stays that metal.
COATED_NEAR_MISSES: list[Any] = [
    (
        "China raises export duty on tin and zinc",
        "",
        ("tariff", "CN", "*", False, "tin zinc", None),
    ),
    ("US imposes tariffs on zinc from Canada", "", ("tariff", "CA", "US", False, "zinc", None)),
    ("Indonesia bans exports of tin ore", "", ("suspended", "ID", "*", False, "tin", None)),
]

#: Kind 2: a duty or fee cancelled.
CANCELLED: list[Any] = [
    (
        "Pakistan cancels anti-dumping fees on aluminium sheet imports",
        "",
        ("resuming", "*", "PK", False, "aluminium", None),
    ),
    (
        "Vietnam considers cancelling safeguard duty on steel imports",
        "",
        ("resuming", "*", "VN", True, "steel", None),
    ),
    (
        "Kenya cancels import fees on copper wire",
        "",
        ("resuming", "*", "KE", False, "copper", None),
    ),
    (
        "Jordan mulls canceling customs duties on imported gold",
        "",
        ("resuming", "*", "JO", True, "gold", None),
    ),
]

#: Kind 2's near misses: a fee imposed or raised stays a tariff.
CANCELLED_NEAR_MISSES: list[Any] = [
    (
        "Egypt imposes dumping fees on steel rebar imports from Turkey",
        "",
        ("tariff", "TR", "EG", False, "steel", None),
    ),
    (
        "Peru considers raising export fees on copper",
        "",
        ("tariff", "PE", "*", True, "copper", None),
    ),
]

#: Kind 3: a WTO dispute's report on a measure is no measure.
WTO_REPORTS: list[Any] = [
    (
        "Indonesia - Safeguard on Certain Iron or Steel Products - Report of the Appellate Body",
        "",
        None,
    ),
    (
        "United States - Countervailing Measures on Certain Hot-Rolled Carbon Steel Flat Products "
        "from India - Report of the Panel",
        "",
        None,
    ),
    (
        "China - Measures Related to the Exportation of Rare Earths, Tungsten and Molybdenum - "
        "Appellate Body Report",
        "",
        None,
    ),
    (
        "Pakistan - Anti-Dumping Duties on Aluminium Foil from China - Panel Report",
        "This dispute concerns the duties Pakistan imposed on aluminium foil from China.",
        None,
    ),
]

#: Kind 3's near misses: the measure itself stays the measure.
WTO_REPORTS_NEAR_MISSES: list[Any] = [
    (
        "Morocco imposes anti-dumping duties on hot-rolled steel from Turkey",
        "",
        ("tariff", "TR", "MA", False, "steel", None),
    ),
]

#: Kind 4: a scope ruling that goods are not subject to a duty.
NOT_SUBJECT: list[Any] = [
    (
        "Galvanized Steel Brackets From China Not Subject to AD Duties, Commerce Rules",
        "",
        None,
    ),
    (
        "Copper pipe fittings from Mexico not subject to antidumping duties, Commerce says",
        "The Commerce Department said in a scope ruling that the fittings are outside the order.",
        None,
    ),
    (
        "Aluminum Door Thresholds Not Subject to AD/CVD Duties on Extrusions From China",
        "",
        None,
    ),
]

#: Kind 4's near misses: a duty imposed, or lifted, stays as it is.
NOT_SUBJECT_NEAR_MISSES: list[Any] = [
    (
        "US imposes antidumping duties on steel threaded rod from Thailand",
        "",
        ("tariff", "TH", "US", False, "steel", None),
    ),
    (
        "Canadian aluminium no longer subject to US tariffs",
        "",
        ("resuming", "CA", "US", False, "aluminium", None),
    ),
]

#: Kind 5: a restriction on exports of unprocessed or raw ore is a ban.
UNPROCESSED: list[Any] = [
    (
        "Zimbabwe restricts exports of unprocessed lithium",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Indonesia puts restriction on export of raw nickel ore",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Ghana restricts export of unprocessed bauxite",
        "",
        ("suspended", "GH", "*", False, "bauxite", None),
    ),
]

#: Kind 5's near misses: export controls on refined metals stay licensing; a ban stays a ban.
UNPROCESSED_NEAR_MISSES: list[Any] = [
    (
        "China restricts exports of gallium and germanium",
        "",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    (
        "Philippines mulls ban on unprocessed nickel ore exports",
        "",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
]

#: Kind 6: countries exempted from a tariff.
EXEMPTED: list[Any] = [
    (
        "Turkey exempts 60 developing countries from aluminium import tariffs",
        "",
        ("resuming", "*", "TR", False, "aluminium", None),
    ),
    (
        "Exempting developing countries from EU steel safeguard duties",
        "",
        ("resuming", "*", "EU", False, "steel", None),
    ),
    (
        "India exempts 40 least developed countries from copper import duties",
        "",
        ("resuming", "*", "IN", False, "copper", None),
    ),
]

#: Kind 6's near misses: a tariff imposed on countries stays a tariff.
EXEMPTED_NEAR_MISSES: list[Any] = [
    (
        "Turkey imposes aluminium import tariffs on 60 countries",
        "",
        ("tariff", "*", "TR", False, "aluminium", None),
    ),
]

#: Kind 6, counted: the countries exempted counted, no importer named as a place (twf-162's form,
#: read as a survey of measures across countries before the round; written after the first
#: fixes, labels committed before the engine read them).
EXEMPTED_COUNTED: list[Any] = [
    (
        "Exempting 80 developing countries from Gulf aluminium import tariffs",
        "",
        ("resuming", "*", "*", False, "aluminium", None),
    ),
    (
        "Customs union exempts 120 developing countries from steel safeguard duties",
        "",
        ("resuming", "*", "*", False, "steel", None),
    ),
    pytest.param(
        "Bloc to exempt 45 poorer countries from copper import duties",
        "",
        ("resuming", "*", "*", True, "copper", None),
        marks=pytest.mark.xfail(strict=True, reason=_TO_DO),
    ),
]

#: Kind 6, counted: near misses, measures counted across countries stay a survey.
EXEMPTED_COUNTED_NEAR_MISSES: list[Any] = [
    ("48 countries have restricted scrap steel exports", "", None),
    ("More than 30 countries exempt lithium from import duties, study finds", "", None),
]

#: Kind 7: licences to mine, process or prospect are no trade measure.
MINING_LICENCES: list[Any] = [
    ("Myanmar's Wa region opens applications for tin mining licences", "", None),
    (
        "Zambia announces new licensing process",
        "Zambia's mines ministry issued instructions for applications for copper mining and "
        "prospecting licences.",
        None,
    ),
    ("DR Congo issues new cobalt mining licences", "", None),
]

#: Kind 7's near misses: licences to export stay licensing.
MINING_LICENCES_NEAR_MISSES: list[Any] = [
    (
        "Myanmar announces new export licensing for tin ore",
        "",
        ("licensing", "MM", "*", False, "tin", None),
    ),
    (
        "Indonesia introduces licences for nickel ore exports",
        "",
        ("licensing", "ID", "*", False, "nickel", None),
    ),
]

#: Kind 8: a Federal Register order notice with no lede is the US's.
ORDER_NOTICES: list[Any] = [
    pytest.param(
        "Certain Steel Wire From the Republic of Korea, the Sultanate of Oman and the Socialist "
        "Republic of Vietnam: Continuation of Antidumping Duty Orders",
        "",
        ("tariff", "KR", "US", False, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_CONVENTION),
    ),
    pytest.param(
        "Aluminum Foil From the Kingdom of Bahrain and India: Continuation of Antidumping and "
        "Countervailing Duty Orders",
        "",
        ("tariff", "BH", "US", False, "aluminium", None),
        marks=pytest.mark.xfail(strict=True, reason=_CONVENTION),
    ),
    pytest.param(
        "Steel Concrete Reinforcing Bar From Mexico: Continuation of Antidumping Duty Order",
        "",
        ("tariff", "MX", "US", False, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_CONVENTION),
    ),
    pytest.param(
        "Corrosion-Resistant Steel From Vietnam: Antidumping Duty Order",
        "",
        ("tariff", "VN", "US", False, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_CONVENTION),
    ),
]

#: Kind 8's near misses: a review's results stay no event; another country's duty stays its own.
ORDER_NOTICES_NEAR_MISSES: list[Any] = [
    pytest.param(
        "Certain Steel Nails From Taiwan: Final Results of Antidumping Duty Administrative Review",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_REVIEW_RESULTS),
    ),
    (
        "India extends anti-dumping duty on aluminium foil from China",
        "",
        ("tariff", "CN", "IN", False, "aluminium", None),
    ),
]

#: Kind 9 (twf-022's form, written after the first round, labels committed before the engine
#: read them): a bloc's duty whose lede lists the bloc's members in an aside; the members are no
#: importer, the bloc is (``*``, as for a bloc that is not the EU).
BLOC_MEMBERS: list[Any] = [
    (
        "EAEU extends anti-dumping duty on steel wheels from Ukraine",
        "The Eurasian Economic Commission, the executive body of the Eurasian Economic Union which "
        "includes Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan, extended the duty on steel "
        "wheels from Ukraine.",
        ("tariff", "UA", "*", False, "steel", None),
    ),
    (
        "Trade bloc raises common tariff on aluminium imports from China",
        "The bloc, which comprises Brazil, Argentina, Paraguay and Uruguay, raised the common "
        "external tariff on aluminium from China.",
        ("tariff", "CN", "*", False, "aluminium", None),
    ),
    (
        "Customs union imposes safeguard duty on copper wire from India",
        "The customs union, made up of Saudi Arabia, Kuwait, Qatar, Bahrain and Oman, imposed the "
        "duty on copper wire from India.",
        ("tariff", "IN", "*", False, "copper", None),
    ),
]

#: Kind 9's near misses: one member acting names the importer.
BLOC_MEMBERS_NEAR_MISSES: list[Any] = [
    (
        "Russia extends anti-dumping duty on steel pipes from China",
        "Russia, a member of the Eurasian Economic Union, extended the duty on steel pipes from "
        "China.",
        ("tariff", "CN", "RU", False, "steel", None),
    ),
    (
        "Anti-dumping duty extended on seamless pipes from China",
        "Kazakhstan extended the anti-dumping duty on seamless steel pipes from China.",
        ("tariff", "CN", "KZ", False, "steel", None),
    ),
]

#: Kind 10 (twf-004's form, written after the first round, labels committed before the engine
#: read them): a title's duties whose lede says the goods are subject to tariff quotas: a quota
#: (README.md: a tariff-rate quota is a quota).
LEDE_QUOTAS: list[Any] = [
    (
        "Ukraine imposes safeguard duties on steel products",
        "Imports of flat steel and pipes will be subject to tariff quotas set for each category.",
        ("quota", "*", "UA", False, "steel", None),
    ),
    (
        "Vietnam imposes provisional duties on aluminium imports",
        "Aluminium imports will be subject to tariff-rate quotas, with duties charged above them.",
        ("quota", "*", "VN", False, "aluminium", None),
    ),
    (
        "South Africa sets safeguard duties on steel coil",
        "The imports shall be subject to a tariff quota for each supplier country.",
        ("quota", "*", "ZA", False, "steel", None),
    ),
]

#: Kind 10's near misses: a duty whose lede tells no quota, or a quota gone, stays a tariff.
LEDE_QUOTAS_NEAR_MISSES: list[Any] = [
    (
        "India imposes safeguard duty on steel imports",
        "The duty applies to imports of flat steel for three years.",
        ("tariff", "*", "IN", False, "steel", None),
    ),
    (
        "Thailand raises duties on steel imports",
        "Quotas on steel imports were scrapped last year.",
        ("tariff", "*", "TH", False, "steel", None),
    ),
]

#: A fresh batch of the same kinds, written after the engine's changes; labels committed before
#: the engine read them.
FRESH: list[Any] = [
    (
        "Vietnam sets anti-dumping duty on zinc-coated sheet from Malaysia",
        "Vietnam's trade ministry imposed the duty on zinc-coated steel sheet imported from "
        "Malaysia.",
        ("tariff", "MY", "VN", False, "steel", None),
    ),
    (
        "Mexico canceled import duties on copper cathodes",
        "",
        ("resuming", "*", "MX", False, "copper", None),
    ),
    (
        "Argentina - Measures Affecting the Importation of Aluminium - Report of the Panel",
        "",
        None,
    ),
    (
        "Cold-Drawn Steel Tubes From Korea Not Subject to Antidumping Order, Commerce Finds",
        "",
        None,
    ),
    (
        "Tanzania restricts exports of unprocessed graphite",
        "",
        ("suspended", "TZ", "*", False, "graphite", None),
    ),
    (
        "Gulf bloc exempts 90 developing countries from aluminium safeguard duties",
        "",
        ("resuming", "*", "*", False, "aluminium", None),
    ),
    (
        "Province unveils new licensing process",
        "The provincial government issued new rules for gold mining and exploration licences.",
        None,
    ),
    (
        "Zimbabwe announces new export licensing for lithium concentrate",
        "",
        ("licensing", "ZW", "*", False, "lithium", None),
    ),
    (
        "Thailand imposes duty on galvanized steel from China",
        "",
        ("tariff", "CN", "TH", False, "steel", None),
    ),
    (
        "WTO panel report backs US in dispute over steel tariffs",
        "",
        None,
    ),
    (
        "Egypt imposes fees on imported steel billets",
        "",
        ("tariff", "*", "EG", False, "steel", None),
    ),
]

#: A fresh batch of kinds 9 and 10, written after their changes; labels committed before the
#: engine read them.
FRESH_LATE: list[Any] = [
    (
        "Andean bloc sets duty on zinc sheet from China",
        "The Andean Community, which includes Bolivia, Colombia, Ecuador and Peru, set the duty on "
        "zinc sheet imported from China.",
        ("tariff", "CN", "*", False, "zinc", None),
    ),
    (
        "Union extends anti-dumping duty on nickel alloy pipes from India",
        "The union, consisting of Russia, Belarus and Kazakhstan, extended the duty on nickel alloy "
        "pipes from India for five years.",
        ("tariff", "IN", "*", False, "nickel", None),
    ),
    (
        "Egypt imposes safeguard duties on copper rod",
        "Copper rod imports shall be subject to tariff quotas for each supplying country.",
        ("quota", "*", "EG", False, "copper", None),
    ),
    (
        "Peru imposes provisional duties on zinc imports",
        "The duties apply to zinc imports from all origins until the investigation ends.",
        ("tariff", "*", "PE", False, "zinc", None),
    ),
]

CASES: list[Any] = []


@headline_cases(COATED)
def test_a_coating_metal_before_the_goods_is_not_the_goods(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(COATED_NEAR_MISSES)
def test_a_coating_metal_traded_alone_stays_itself(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(CANCELLED)
def test_a_duty_or_fee_cancelled_is_resuming(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(CANCELLED_NEAR_MISSES)
def test_a_fee_imposed_or_raised_stays_a_tariff(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(WTO_REPORTS)
def test_a_wto_disputes_report_is_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(WTO_REPORTS_NEAR_MISSES)
def test_the_measure_itself_stays_the_measure(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(NOT_SUBJECT)
def test_goods_ruled_not_subject_to_a_duty_are_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(NOT_SUBJECT_NEAR_MISSES)
def test_a_duty_imposed_or_lifted_stays_as_it_is(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(UNPROCESSED)
def test_a_restriction_on_unprocessed_exports_is_a_ban(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(UNPROCESSED_NEAR_MISSES)
def test_export_controls_and_bans_stay_as_they_are(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(EXEMPTED)
def test_countries_exempted_from_a_tariff_are_resuming(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(EXEMPTED_NEAR_MISSES)
def test_a_tariff_imposed_on_countries_stays_a_tariff(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(EXEMPTED_COUNTED)
def test_counted_countries_exempted_from_a_tariff_are_resuming(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(EXEMPTED_COUNTED_NEAR_MISSES)
def test_measures_counted_across_countries_stay_a_survey(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(MINING_LICENCES)
def test_licences_to_mine_are_no_trade_measure(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(MINING_LICENCES_NEAR_MISSES)
def test_licences_to_export_stay_licensing(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(ORDER_NOTICES)
def test_a_federal_register_order_notice_is_the_uss(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(ORDER_NOTICES_NEAR_MISSES)
def test_a_reviews_results_or_another_countrys_duty_stay_as_they_are(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(BLOC_MEMBERS)
def test_a_blocs_members_listed_in_the_lede_are_no_importer(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(BLOC_MEMBERS_NEAR_MISSES)
def test_one_member_acting_names_the_importer(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(LEDE_QUOTAS)
def test_duties_whose_lede_gives_tariff_quotas_are_a_quota(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(LEDE_QUOTAS_NEAR_MISSES)
def test_a_duty_whose_lede_tells_no_quota_stays_a_tariff(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_a_fresh_batch_of_the_same_kinds(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_LATE)
def test_a_fresh_batch_of_kinds_9_and_10(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
