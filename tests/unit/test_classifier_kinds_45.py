"""Kinds of measure read with a wrong field (session 21), in made-up phrasings.

Grouped from the wrong fields of the studied wire-style and real sets (the second wire, the
first wire's odd rows, the fifteenth and thirteenth blind sets' studied rows, ``--misses``):

1. A duty taken to nothing by a verb ("Seoul zeroes import tariffs on nickel") read as the duty
   (``tariff``); "zeroes", "zeros out" release it (``resuming``; ``RELEASE_VERBS`` in
   ``tui/engine/classifier_rules.py``). Goods exempted in a long list ("exempts cobalt powder,
   lead and zinc from customs duty") put the measure past the verb's reach and read the duty
   itself: metals and the words joining them no longer count against it (``scan_object`` in
   ``tui/engine/classifier_phrases.py``).
2. Duty-free access renewed, extended or prolonged ("EU renews duty-free access for Moldovan
   aluminium") read as ``open``: the duties stay lifted, ``resuming``, as an extended suspension
   of tariffs reads (``renewed_free`` in ``tui/engine/classifier_free.py``); access granted stays
   ``open``, and its goods after "access to" are the goods let in
   (``tui/engine/classifier_roles.py``).
3. Goods spared from a leader's or capital's "reciprocal" measure read the imposer as the origin:
   "reciprocal", "punitive", "fresh", "latest", "sweeping", "blanket", "steep" are a measure's
   modifiers, so the possessive before them is its imposer (``MEASURE_MODIFIERS``).
4. Sanctions named after their target: revised by another country ("Britain amends Belarus
   sanctions to bar imports ...") the subject imposes them (``REVISE_VERBS`` with the imposing
   verbs, ``tui/engine/classifier_direction.py``); beside the target's own goods ("... Russian
   gold as Moscow sanctions widen") the named country is the origin, not the importer
   (``sanctioned_goods`` in ``tui/engine/classifier_packages.py``); a "Group of Seven" is
   governments, not a company group (``FORUM_RE``).
5. A market's own country ("Indian shares fall as ...", "in European trading", "Shares in German
   steelmakers", "Korean steelmakers slide as ...") read as the measure's origin or importer:
   it is where the market is (``market_subject`` in ``tui/engine/classifier_listed.py``).
6. A measure "to be unveiled" ("Seoul to unveil steel import quotas") read as decided: it is
   planned (``PROPOSED_RE``).
7. The metals of a list holding "lead and zinc" ("exempts nickel powder, lead and zinc"): the
   watch list's alias "lead and zinc" named lead only, and was dropped as the verb "lead" before
   "from"; it names both metals (``tui/engine/classifier_spans.py``).
8. A measure pledged, vowed or promised as the verb's object ("Trump pledges more tariffs") read
   as decided: it is planned, like "vows to impose" (``PROPOSED_RE``; not "pledges to keep",
   "as promised" or "pledge no duties").
9. An export measure aimed at another country's firms ("curbs exports to punish US
   chipmakers") read with no destination: the object of "to hurt", "to hit", "to punish" is the
   side the measure aims at (``aimed_at`` in ``tui/engine/classifier_listed.py``).

First time, on the engine before the change: 28 of the 58 first cases read right (kind 1: 7 of
10, kind 2: 1 of 6, kind 3: 6 of 7, kind 4: 7 of 9, kind 5: 2 of 5, kind 6: 1 of 5, kind 7: 0 of
4, kind 8: 1 of 6, kind 9: 3 of 6; the rest are kept readings or misses of the kind). Second
batches, each written after a first run and before running it: kind 1's long lists 0 of 3
(fixed by the object's reach), kind 5's 4 of 4, kind 8's 2 of 2, kind 9's 2 of 2 (kept
readings). One of kind 5's first case ("Alcoa slips in Australia on Trump tariff plans") is a
missed event, not a field: its lede's "shares fell ... after" the plan is vetoed as a price
move's cause; one of kind 4's ("Group of Seven to bar Russian platinum ...") now has its
corridor but reads a bare "X to bar" as decided (the labelled sets disagree: the older sets and
the fifteenth blind set label such titles proposed, the wires label a government's "to ban"
decided). Both were ``xfail(strict=True)``; the first reads since the market ledes of kinds 43
(session 21), the second still is.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of fields.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, case_ids, check_kind, headline_cases
from real_headlines_set import watch_list

from tui.engine.classifier import classify, explain

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, a duty zeroed, or goods exempted from a duty.
ZEROED: list[tuple[str, str, Want]] = [
    ("Seoul zeroes import tariffs on nickel and cobalt", "", ("resuming", "*", "KR", False)),
    ("Manila zeroes out duties on copper cathode imports", "", ("resuming", "*", "PH", False)),
    ("Thailand exempts aluminium ingots from import duty", "", ("resuming", "*", "TH", False)),
    (
        "Japan exempts platinum and palladium from customs duties",
        "",
        ("resuming", "*", "JP", False),
    ),
    ("Indonesia exempts refined tin from export levy", "", ("resuming", "ID", "*", False)),
    (
        "Budget 2026: Pakistan exempts copper scrap from regulatory duty",
        "",
        ("resuming", "*", "PK", False),
    ),
    ("Vietnam zeroes export tax on zinc concentrate", "", ("resuming", "VN", "*", False)),
    # second batch (written after the first run): the goods a long list before "from"
    (
        "Chile exempts copper cathodes, silver, lead and zinc from export duty",
        "",
        ("resuming", "CL", "*", False),
    ),
    (
        "Peru exempts tin ingots, cobalt, nickel and zinc from customs duties",
        "",
        ("resuming", "*", "PE", False),
    ),
    (
        "Kenya exempts steel billets, copper rods, aluminium and zinc from import tax",
        "",
        ("resuming", "*", "KE", False),
    ),
    # kept: a cut to zero, a country spared, a flow that falls to zero
    ("Egypt cuts import duty on steel billets to zero", "", ("resuming", "*", "EG", False)),
    ("Mexico exempts Canadian steel from new tariffs", "", ("resuming", "CA", "MX", False)),
    ("Chile's copper exports to China fall to zero", "", None),
]

#: (title, summary, want): kind 2, duty-free access renewed or extended.
RENEWED: list[tuple[str, str, Want]] = [
    ("EU renews duty-free access for Moldovan aluminium", "", ("resuming", "MD", "EU", False)),
    (
        "Britain extends tariff-free access for Ukrainian steel for another year",
        "",
        ("resuming", "UA", "GB", False),
    ),
    (
        "Canada prolongs duty-free treatment of Ukrainian steel imports",
        "",
        ("resuming", "UA", "CA", False),
    ),
    ("Japan renews duty-free status for Peruvian copper", "", ("resuming", "PE", "JP", False)),
    # kept: access granted (open trade), a ban prolonged
    ("Norway grants duty-free access to Chilean copper", "", ("open", "CL", "NO", False)),
    ("Congo prolongs cobalt export ban", "", ("suspended", "CD", "*", False)),
]

#: (title, summary, want): kind 3, goods spared from a leader's or a country's measure.
SPARED: list[tuple[str, str, Want]] = [
    ("Nickel and cobalt spared from Trump's new tariffs", "", ("resuming", "*", "US", False)),
    ("Silver exempted from Washington's reciprocal duties", "", ("resuming", "*", "US", False)),
    ("Copper spared from Beijing's retaliatory tariffs", "", ("resuming", "*", "CN", False)),
    ("Platinum excluded from Biden's tariff hikes", "", ("resuming", "*", "US", False)),
    ("Zinc exempt from Mexico's new import tariffs", "", ("resuming", "*", "MX", False)),
    # kept: a country spared, a country's goods spared
    ("Australia spared from US steel tariffs", "", ("resuming", "AU", "US", False)),
    ("Canada's aluminium spared from Trump's tariffs", "", ("resuming", "CA", "US", False)),
]

#: (title, summary, want): kind 4, sanctions named after their target, revised by another.
SANCTIONS: list[tuple[str, str, Want] | object] = [
    ("Tokyo amends Iran sanctions to bar steel imports", "", ("suspended", "IR", "JP", False)),
    (
        "Canberra revises Belarus sanctions to prohibit imports of steel",
        "",
        ("suspended", "BY", "AU", False),
    ),
    (
        "Swiss government updates Russia sanctions to bar gold imports",
        "",
        ("suspended", "RU", "CH", False),
    ),
    (
        "New Zealand modifies Russia sanctions, bars aluminium imports",
        "",
        ("suspended", "RU", "NZ", False),
    ),
    (
        "Britain amends Belarus sanctions to bar imports of potash and steel",
        "",
        ("suspended", "BY", "GB", False),
    ),
    (
        "EU bans imports of Russian steel as Moscow sanctions widen",
        "",
        ("suspended", "RU", "EU", False),
    ),
    pytest.param(
        "Group of Seven to bar Russian platinum as Kremlin sanctions widen",
        "",
        ("suspended", "RU", "*", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a bare 'X to bar' title with no lede reads as the wire's form of a decision "
            "(not proposed); the labelled sets disagree (rhd-028, rhz-204 proposed; the wires "
            "label a government's 'to ban' decided)",
        ),
    ),
    # kept: an export ban beside the package, a package adopted from another
    (
        "Japan expands Russia sanctions, bans aluminium exports",
        "",
        ("suspended", "JP", "RU", False),
    ),
    ("Switzerland adopts EU sanctions on Russian gold", "", ("suspended", "RU", "CH", False)),
]

#: (title, summary, want): kind 5, a market's own country is not the measure's corridor.
MARKETS: list[tuple[str, str, Want] | object] = [
    (
        "Korean steelmakers slide as Trump threatens tariffs",
        "SEOUL (Reuters) - Shares in Korean steelmakers POSCO and Hyundai Steel fell after U.S. "
        "President Donald Trump said he would impose tariffs of 25% on all steel imports.",
        ("tariff", "*", "US", True),
    ),
    (
        "Brazilian shares drop as Trump slaps new tariffs on metal imports",
        "Metal stocks dragged Brazilian shares lower on Tuesday after President Donald Trump said "
        "he would impose tariffs on all steel and aluminium imports into the United States.",
        ("tariff", "*", "US", True),
    ),
    # a missed event until session 21's market ledes (kinds 43: a lede's act on the metal of a
    # market the title names with its cause); xfail before
    (
        "Alcoa slips in Australia on Trump tariff plans",
        "Alcoa shares fell 2% in Australian trading after President Trump's plans to impose 25% "
        "tariffs on imports of aluminium into the U.S.",
        ("tariff", "*", "US", True),
    ),
    (
        "Japanese steel stocks tumble after Washington doubles tariffs",
        "Shares of Nippon Steel and JFE fell after the United States doubled its tariffs on steel "
        "imports to 50%.",
        ("tariff", "*", "US", False),
    ),
    # kept: a country's exports facing another's measure
    ("Mexico's steel exports face new US tariffs", "", ("tariff", "MX", "US", False)),
    # second batch (written after the change, before running it): a market's country with no
    # lede; the makers of a country as the goods a measure hits
    ("Turkish shares slide as EU weighs steel safeguard quotas", "", ("quota", "*", "EU", True)),
    ("Indonesian stocks rally as Trump drops nickel tariffs", "", ("resuming", "*", "US", False)),
    (
        "Chinese steel producers hit by new EU anti-dumping duties",
        "",
        ("tariff", "CN", "EU", False),
    ),
    ("EU slaps duties on Chinese steel producers", "", ("tariff", "CN", "EU", False)),
]

#: (title, summary, want): kind 6, a measure "to be unveiled" is planned.
UNVEIL: list[tuple[str, str, Want]] = [
    ("Seoul to unveil steel import quotas next month", "", ("quota", "*", "KR", True)),
    (
        "Canberra set to unveil anti-dumping duties on Chinese aluminium",
        "",
        ("tariff", "CN", "AU", True),
    ),
    ("Jakarta will unveil nickel export tax", "", ("tariff", "ID", "*", True)),
    ("Ottawa to unveil aluminium import surtax", "", ("tariff", "*", "CA", True)),
    # kept: unveiled, an act
    ("Beijing unveils curbs on graphite exports", "", ("licensing", "CN", "*", False)),
]


#: (title, summary, want): kind 8, a measure pledged, vowed or promised as the verb's object.
PLEDGED: list[tuple[str, str, Want]] = [
    ("Trump pledges more tariffs on steel imports", "", ("tariff", "*", "US", True)),
    ("Lula vows new duties on Chinese steel", "", ("tariff", "CN", "BR", True)),
    (
        "Canadian premier promises counter-tariffs on US aluminium",
        "",
        ("tariff", "US", "CA", True),
    ),
    (
        "Indonesian president promises nickel ore export ban",
        "",
        ("suspended", "ID", "*", True),
    ),
    ("Peru's president vows copper export tax", "", ("tariff", "PE", "*", True)),
    # kept: the pledge "to" act, a pledge to keep a measure
    ("Trump vows to impose tariffs on copper imports", "", ("tariff", "*", "US", True)),
    # second batch (written after the change, before running it): a pledge to keep a measure,
    # an act "as promised"
    ("Zambia pledges to keep copper export duty", "", ("tariff", "ZM", "*", False)),
    ("As promised, Trump imposes steel tariffs", "", ("tariff", "*", "US", False)),
]


#: (title, summary, want): kind 9, an export measure aimed at another country's firms.
AIMED: list[tuple[str, str, Want]] = [
    (
        "China weighs graphite export curbs to punish US chipmakers",
        "",
        ("licensing", "CN", "US", True),
    ),
    (
        "Beijing restricts gallium exports to hit Japanese defence firms",
        "",
        ("licensing", "CN", "JP", False),
    ),
    (
        "Russia bans nickel exports to hurt European battery makers",
        "",
        ("suspended", "RU", "EU", False),
    ),
    (
        "Indonesia mulls tin export curbs aimed at Chinese smelters",
        "",
        ("licensing", "ID", "CN", True),
    ),
    # second batch (written after the change, before running it): an import measure's aim
    ("EU imposes steel duties to punish Chinese mills", "", ("tariff", "CN", "EU", False)),
    ("US weighs aluminium tariffs to squeeze Russian smelters", "", ("tariff", "RU", "US", True)),
    # kept: the destination named, a purpose naming no country
    ("China restricts rare earth exports to the US", "", ("licensing", "CN", "US", False)),
    (
        "China curbs graphite exports to protect national security",
        "",
        ("licensing", "CN", "*", False),
    ),
]


@headline_cases(ZEROED)
def test_a_duty_zeroed_or_goods_exempted_is_lifted(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(RENEWED)
def test_duty_free_access_renewed_is_a_lift_kept(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SPARED)
def test_goods_spared_from_a_leaders_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SANCTIONS)
def test_sanctions_named_after_their_target(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(MARKETS)
def test_a_markets_country_is_no_corridor(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(UNVEIL)
def test_a_measure_to_be_unveiled_is_planned(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


#: (title, metals): kind 7, the metals of a list that holds "lead and zinc".
LISTED: list[tuple[str, frozenset[str]]] = [
    (
        "Brazil exempts nickel powder, lead and zinc from import duty",
        frozenset({"nickel", "lead", "zinc"}),
    ),
    (
        "Chile removes export tax on copper cathodes, lead and zinc",
        frozenset({"copper", "lead", "zinc"}),
    ),
    ("India exempts lead and zinc from customs duty", frozenset({"lead", "zinc"})),
    ("Turkey cuts import duty on tin, lead and zinc", frozenset({"tin", "lead", "zinc"})),
]


@pytest.mark.parametrize(("title", "metals"), LISTED, ids=case_ids(LISTED))
def test_a_list_with_lead_and_zinc_names_all_its_metals(title: str, metals: frozenset[str]) -> None:
    watched = watch_list()  # the product's watch list: "lead" counts only in its phrases
    event = classify(title, "", watched)
    assert event is not None, "\n".join(explain(title, "", watched))
    assert frozenset(event.metals) == metals, "\n".join(explain(title, "", watched))


@headline_cases(PLEDGED)
def test_a_measure_pledged_is_planned(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(AIMED)
def test_an_export_measure_aimed_at_a_countrys_firms(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
