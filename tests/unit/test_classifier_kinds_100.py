"""Kinds from the real misses of the twenty-first blind set's odd half (session 33), in made-up
phrasings labelled before the engine read them.

1. **A sunset review's determination by the US ITC** ("USITC Makes Determination In Five-Year
   (Sunset) Review Concerning ...", whose lede says the Commission "determined that revoking the
   existing antidumping duty order ... would be likely to lead to continuation or recurrence of
   material injury"): a step of the case, no event (docs/STATUSES.md: the ITC's determinations);
   the lede's "revoking" is supposed, not done (``tui/engine/classifier_sunset.py``). Commerce
   continuing or revoking an order stays a ``tariff`` or ``resuming``.
2. **A trade-remedy body proposing or recommending duties** (Korea's trade commission, India's
   DGTR, South Africa's ITAC, Australia's Anti-Dumping Commission): a step of the case, no event,
   as the studied sets label it (rw2-078, rhn-002, rhn-064, rhp-101); a government's own
   proposal stays a proposed measure.
3. **A side named only by a ministry's or body's acronym, or only in the summary** (Vietnam's
   MoIT, Pakistan's NTC and FBR; an export measure released "to the United States" in the lede):
   the gazetteer names the bodies (``tui/core/gazetteer_words.py``) and the lede's market fills
   a release's destination (``tui/engine/classifier_lede_sides.py``).
4. **The origin first named in a list of formal names, or in a summary listing the countries a
   title counts** ("originating in the Federative Republic of Brazil, the Islamic Republic of
   Iran and ..."; "... from Six Countries" whose lede says "The countries affected are India,
   ..."): the first country named.
5. **A safeguard imposed or set on steel** ("South Africa imposes safeguard measures on flat
   hot-rolled steel products"): STATUSES.md's "a steel safeguard imposed stays a duty", a
   ``tariff`` when no quota is named and nothing prolongs it; the EU's and the UK's steel
   safeguards stay tariff-rate quotas as the studied sets label them (rhe-112, rhe-113,
   rhf-065, rhp-105); a lede's "plans to set definitive safeguard duties" is a plan.
6. **A duty maintained after its review** ("Malaysia maintains AD duty on ... for another five
   years"): a ``tariff`` (read so before; the real headline names "CRC", no watched metal, as
   the older sets' "Chinese CRC" rows are labelled no event).

First time, labels written before the engine read them, on main's engine: kind 1, 7 of 12 (the
near misses and two titles read as no event); kind 2, 4 of 13 (the near misses but one: duties
"recommended by DGTR" and imposed by a ministry read as proposed); kind 3, 4 of 13 (the near
misses); kind 4, 7 of 9; kind 5, 3 of 9; kind 6, 7 of 7. One label was corrected after the first
run: "Turkey to set safeguard tariffs on aluminium foil imports", with no lede, was written as
proposed, but a bare "X to set" is the wire's form of a decision as "X to impose" is (README
"Trade-policy statuses": a measure still "to be" acted on, or a lede's plan, is proposed).

After the changes 53 of the 63 read right; 10 are marked ``xfail(strict=True)``: two ITC votes
told in the title ("votes to continue AD/CVD on ...", "maintains AD/CVD orders on ..."), which
the seventh blind set (rhk-045) and ``test_classifier_kinds_44.py`` read as a ``tariff``, and
eight trade-remedy bodies' advice: a rule reading it as no event took four false events of the
trained sets out of the event gate's fit, its threshold moved 0.103 -> 0.12 and, retrained, the
gate lost a row, so the rule was left out.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, check_kind, headline_cases

CASES: list[Any] = []

_VOTE = (
    "the sets disagree: a title telling the ITC's vote to keep orders is a tariff in the "
    "seventh blind set (rhk-045) and in test_classifier_kinds_44.py; read as no event, rhk-045 "
    "is lost"
)
_ADVICE = (
    "a rule reading a trade-remedy body's advice as no event took four false events of the "
    "trained sets out of the event gate's fit: its threshold moved 0.103 -> 0.12 and, "
    "retrained, the gate lost a row; the rule was left out"
)

_LEDE = (
    "The U.S. International Trade Commission (USITC) today determined that revoking the existing "
    "{what} on imports of {goods} from {where} would be likely to lead to continuation or "
    "recurrence of material injury within a reasonably foreseeable time."
)

#: (title, summary, want): kind 1, a sunset review's determination by the US ITC.
SUNSET_DETERMINATIONS: list[Any] = [
    (
        "USITC Makes Determination in Five-Year (Sunset) Review Concerning Seamless Copper Pipe "
        "from Mexico",
        _LEDE.format(
            what="antidumping duty order",
            goods="seamless refined copper pipe and tube",
            where="Mexico",
        ),
        None,
    ),
    ("ITC Makes Determinations in Sunset Reviews on Aluminum Foil from China", "", None),
    (
        "US trade panel rules in sunset review of Korean steel plate duties",
        _LEDE.format(
            what="countervailing duty order", goods="cut-to-length steel plate", where="Korea"
        ),
        None,
    ),
    (
        "ITC sides with domestic producers in five-year review of wire and cable imports",
        _LEDE.format(
            what="antidumping and countervailing duty orders",
            goods="aluminum wire and cable",
            where="China",
        ),
        None,
    ),
    (
        "USITC Makes Determinations in Five-Year Reviews Concerning Stainless Steel Bar from "
        "India and Spain",
        "",
        None,
    ),
    (
        "US ITC votes to maintain AD orders on steel wire rod from four countries",
        _LEDE.format(
            what="antidumping duty orders",
            goods="carbon steel wire rod",
            where="Brazil, Indonesia, Mexico and Moldova",
        ),
        None,
    ),
    pytest.param(
        "US ITC votes to continue AD/CVD on aluminum extrusions from Turkey and Mexico",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_VOTE),
    ),
    pytest.param(
        "US ITC maintains AD/CVD orders on graphite electrodes from two countries",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_VOTE),
    ),
    # near misses: Commerce continuing or revoking an order, a revocation told as done
    (
        "Certain Steel Nails From Oman: Continuation of Antidumping Duty Order",
        "As a result of the determinations by the Department of Commerce (Commerce) and the "
        "International Trade Commission (ITC) that revocation of the antidumping duty order on "
        "certain steel nails from Oman would likely lead to a continuation or recurrence of "
        "dumping and material injury, Commerce is publishing a notice of continuation.",
        ("tariff", "OM", "US", False),
    ),
    (
        "U.S. continues anti-dumping duties on Chinese aluminium foil for five more years",
        "",
        ("tariff", "CN", "US", False),
    ),
    (
        "Commerce revokes anti-dumping order on Brazilian steel pipe after sunset review",
        "",
        ("resuming", "BR", "US", False),
    ),
    (
        "US revokes anti-dumping duties on Thai steel pipe fittings",
        "",
        ("resuming", "TH", "US", False),
    ),
]

#: (title, summary, want): kind 2, a trade-remedy body proposing or recommending duties.
BODY_RECOMMENDS: list[Any] = [
    pytest.param(
        "Trade commission proposes anti-dumping duties on Chinese stainless steel bars",
        "Korea's trade commission made a preliminary decision to impose anti-dumping duties of up "
        "to 21% on stainless steel bars from China.",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_ADVICE),
    ),
    pytest.param(
        "Korea Trade Commission recommends duties on Japanese aluminium sheet",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_ADVICE),
    ),
    pytest.param(
        "DGTR recommends 18% anti-dumping duty on Chinese aluminium foil",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_ADVICE),
    ),
    pytest.param(
        "India's trade remedies arm proposes countervailing duty on Vietnamese copper tubes",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_ADVICE),
    ),
    pytest.param(
        "ITAC recommends 10% safeguard duty on imported steel wire",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_ADVICE),
    ),
    pytest.param(
        "Anti-Dumping Commission recommends duties on Chinese zinc-coated steel",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_ADVICE),
    ),
    pytest.param(
        "Philippine Tariff Commission recommends safeguard duty on imported steel angle bars",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_ADVICE),
    ),
    pytest.param(
        "Trade watchdog recommends provisional duties on Chinese graphite electrodes",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_ADVICE),
    ),
    # near misses: a government proposes, a body imposes, the EU's own proposal, a steel
    # safeguard's extension recommended (the older sets' quota, proposed)
    ("India proposes 15% safeguard duty on steel imports", "", ("tariff", "*", "IN", True)),
    (
        "South Korea plans to impose anti-dumping duties on Chinese steel plates",
        "",
        ("tariff", "CN", "KR", True),
    ),
    (
        "Finance ministry imposes duties recommended by DGTR on Chinese aluminium foil",
        "",
        ("tariff", "CN", "IN", False),
    ),
    ("EU Commission proposes tariffs on Russian aluminium", "", ("tariff", "RU", "EU", True)),
    (
        "Trade Remedies Authority recommends extending the steel safeguard to 2027",
        "",
        ("quota", "*", "GB", True),
    ),
]

#: (title, summary, want): kind 3, a side named only by a ministry's or body's acronym, or only
#: in the summary.
NAMED_ELSEWHERE: list[Any] = [
    ("MoIT imposes anti-dumping duty on Chinese steel wire", "", ("tariff", "CN", "VN", False)),
    (
        "MOIT extends anti-dumping duties on aluminium profiles from China",
        "",
        ("tariff", "CN", "VN", False),
    ),
    (
        "MoIT ends countervailing duty on Thai aluminium extrusions",
        "",
        ("resuming", "TH", "VN", False),
    ),
    (
        "MoIT stops anti-dumping duties on Indonesian stainless steel",
        "",
        ("resuming", "ID", "VN", False),
    ),
    (
        "NTC imposes 25% anti-dumping duty on Chinese aluminium foil",
        "",
        ("tariff", "CN", "PK", False),
    ),
    (
        "Anti-dumping duty on cold-rolled steel imposed",
        "The National Tariff Commission (NTC) has imposed a 19% anti-dumping duty on imported "
        "cold-rolled steel coils.",
        ("tariff", "*", "PK", False),
    ),
    (
        "Regulatory duty on copper scrap raised",
        "The Federal Board of Revenue (FBR) has raised the regulatory duty on imported copper "
        "scrap to 15%.",
        ("tariff", "*", "PK", False),
    ),
    (
        "Safeguard duty on galvanised steel imposed",
        "The Ministry of Industry and Trade (MoIT) has imposed a safeguard duty on imported "
        "galvanised steel.",
        ("tariff", "*", "VN", False),
    ),
    (
        "Beijing suspends rare earth export restrictions, easing supply fears",
        "China said it will temporarily lift restrictions on exports of rare earths to the "
        "United States from November 10.",
        ("resuming", "CN", "US", False),
    ),
    (
        "China pauses gallium export ban as trade truce holds",
        "The commerce ministry suspended its ban on shipments of gallium and germanium to the "
        "United States until November 2026.",
        ("resuming", "CN", "US", False),
    ),
    # near misses: no destination in the summary, no measure, another ministry's name
    (
        "China suspends gallium export restrictions",
        "The move applies to exporters of all destinations.",
        ("resuming", "CN", "*", False),
    ),
    ("MoIT officials visit Japanese steel mills", "", None),
    (
        "Russia's Ministry of Industry and Trade proposes export duty on nickel",
        "",
        ("tariff", "RU", "*", True),
    ),
]

_REG = "Commission Implementing Regulation (EU) 2024/{n} imposing a definitive {duty} on imports "

#: (title, summary, want): kind 4, the origin first named in a list of formal names or in a
#: summary listing the countries a title counts.
ORIGIN_LISTS: list[Any] = [
    (
        _REG.format(n=100, duty="anti-dumping duty")
        + "of certain aluminium foil originating in the Federative Republic of Brazil, the "
        "Republic of Turkey and the People's Republic of China",
        "",
        ("tariff", "BR", "EU", False),
    ),
    (
        _REG.format(n=211, duty="anti-dumping duty")
        + "of certain steel wire originating in the Islamic Republic of Iran and the Russian "
        "Federation following an expiry review",
        "",
        ("tariff", "IR", "EU", False),
    ),
    (
        _REG.format(n=305, duty="countervailing duty")
        + "of certain cold-rolled flat products of steel originating in the Federative Republic "
        "of Brazil",
        "",
        ("tariff", "BR", "EU", False),
    ),
    (
        "U.S. continues anti-dumping duties on steel wire rod from five countries",
        "Commerce continued the orders on wire rod from Brazil, Indonesia, Mexico, Moldova and "
        "Trinidad and Tobago.",
        ("tariff", "BR", "US", False),
    ),
    (
        "US extends countervailing duties on aluminium extrusions from three countries",
        "The countries affected are Turkey, Vietnam and Mexico.",
        ("tariff", "TR", "US", False),
    ),
    (
        "Mexico imposes anti-dumping duties on steel pipe from six countries",
        "The duties apply to pipe from South Korea, India, Spain, Ukraine, Vietnam and China.",
        ("tariff", "KR", "MX", False),
    ),
    # near misses: no list anywhere, the title's own origin, a summary naming only the importer
    (
        "U.S. continues anti-dumping duties on steel wire rod from five countries",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "EU imposes anti-dumping duty on Chinese aluminium foil",
        "The duties also cover shipments from Thailand.",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Brazil imposes anti-dumping duties on steel from six countries",
        "The measure, Brazil said, protects local mills.",
        ("tariff", "*", "BR", False),
    ),
]

#: (title, summary, want): kind 5, a safeguard imposed or set on steel and other goods.
SAFEGUARDS: list[Any] = [
    ("Egypt imposes safeguard measures on steel billets", "", ("tariff", "*", "EG", False)),
    (
        "Morocco imposes safeguard measures on hot-rolled steel products",
        "The ministry announced a definitive safeguard measure on imports for three years.",
        ("tariff", "*", "MA", False),
    ),
    (
        "Indonesia imposes safeguard measures on imported coated steel",
        "",
        ("tariff", "*", "ID", False),
    ),
    (
        "Vietnam imposes safeguard measures on aluminium extrusions",
        "",
        ("tariff", "*", "VN", False),
    ),
    (
        "Gulf states to set definitive safeguard duties on steel imports",
        "The GCC plans to set definitive safeguard duties on a number of steel products for "
        "three years.",
        ("tariff", "*", "*", True),
    ),
    (
        "Philippines to set definitive safeguard duty on steel angle bars",
        "The Department of Trade and Industry plans to set definitive duties for three years.",
        ("tariff", "*", "PH", True),
    ),
    # label corrected after the first run: a bare "X to set" with no lede is the wire's form of
    # a decision, as "X to impose" is (README "Trade-policy statuses": "to be" acted on, or a
    # lede's plan, is proposed)
    ("Turkey to set safeguard tariffs on aluminium foil imports", "", ("tariff", "*", "TR", False)),
    # near misses: a steel safeguard extended (a tariff-rate quota), one set (decided)
    (
        "India extends safeguard duty on steel imports by two years",
        "",
        ("quota", "*", "IN", False),
    ),
    ("GCC sets definitive safeguard tariffs on steel imports", "", ("tariff", "*", "*", False)),
]

#: (title, summary, want): kind 6, a duty maintained after its review, "for another five years".
MAINTAINED: list[Any] = [
    (
        "Thailand maintains anti-dumping duty on Chinese steel wire for another five years",
        "",
        ("tariff", "CN", "TH", False),
    ),
    (
        "Indonesia keeps AD duty on aluminium foil from China for five more years",
        "",
        ("tariff", "CN", "ID", False),
    ),
    (
        "Malaysia retains anti-dumping duties on steel from China and Korea for another 5 years",
        "",
        ("tariff", "CN", "MY", False),
    ),
    (
        "Australia maintains AD duty on zinc-coated steel from Korea",
        "The Anti-Dumping Commission announced the final results of the expiry review.",
        ("tariff", "KR", "AU", False),
    ),
    (
        "Turkey maintains AD duty on Chinese aluminium foil for another five years",
        "The Ministry of Trade announced the final results of the sunset review of the "
        "anti-dumping duties on imports of aluminium foil from China.",
        ("tariff", "CN", "TR", False),
    ),
    # near misses: goods that name no watched metal, a review only started
    ("Malaysia maintains AD duty on CRC from China for another five years", "", None),
    ("Malaysia starts sunset review of AD duty on steel from China", "", None),
]

_KINDS = {
    "sunset": SUNSET_DETERMINATIONS,
    "recommends": BODY_RECOMMENDS,
    "named": NAMED_ELSEWHERE,
    "origin": ORIGIN_LISTS,
    "safeguard": SAFEGUARDS,
    "maintained": MAINTAINED,
}


@headline_cases(SUNSET_DETERMINATIONS)
def test_a_sunset_determination_of_the_itc(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(BODY_RECOMMENDS)
def test_a_trade_body_recommending_duties(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(NAMED_ELSEWHERE)
def test_a_side_named_by_an_acronym_or_the_summary(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ORIGIN_LISTS)
def test_the_origin_first_named_in_a_list(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SAFEGUARDS)
def test_a_safeguard_imposed_or_set(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(MAINTAINED)
def test_a_duty_maintained_after_its_review(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
