"""Releases that keep the measure on some of the metals they name, exemptions that run out,
and deals over one side's tariff with the partner named first, in made-up phrasings (session
15's second board audit), aimed at causes, never at a headline's words.

A release naming metals on both sides of a verb that keeps a measure ("drops its steel
surtax but keeps the aluminium levy", "keeps nickel duties, scraps cobalt levy") releases
only the metals outside the kept clause: read before as every metal named released.

An exemption that ends, expires, lapses or runs out ("Australia's steel tariff exemption
ends", "exemption from US tariffs set to lapse") is the measure applying to the goods it
spared, from the country that imposes it when named: read before as a release on imports
*into* the spared country.

A deal of two sides easing or replacing one side's tariff: the importer is the side whose
tariff it is ("US steel tariffs" when the partner is named first), the exporter its partner;
two sides that "agree" are a deal as an "agreement" is (read before as an importer with no
exporter, or the wrong way round).

An industry that waits for export permits or approvals ("copper miners still waiting for
export permits") tells of the wait, not a measure; a review of a measure opened ("launches
review of steel tariff structure") is no measure yet, as an investigation opened is not (read
before as a licensing measure, or a proposed tariff; the event gate's retraining with the cases
above let two such headlines of the training sets through).

First time, before any rule changed: 2 of 21 right (controls), and 1 of 6 metal splits (the
control); now 21 of 21 and 6 of 6. The last six cases came later: 3 of 6 right before their
rules (the two controls, and one review the gate vetoed), 6 of 6 now.
"""

from __future__ import annotations

import pytest
from kinds_cases import check_kind, headline_cases
from test_classifier import METALS

from tui.engine.classifier import classify

CASES: list[object] = [
    # --- an exemption that runs out -------------------------------------------------------------
    ("Chile's copper tariff exemption comes to an end", "", ("tariff", "CL", "*", False)),
    ("Korea's steel tariff exemption ended", "", ("tariff", "KR", "*", False)),
    ("Mexico's aluminum duty waiver expires", "", ("tariff", "MX", "*", False)),
    ("Brazil's exemption from US steel tariffs set to lapse", "", ("tariff", "BR", "US", False)),
    ("Argentina's aluminium exemption from US duties runs out", "", ("tariff", "AR", "US", False)),
    ("Canada's steel tariff exemption will expire on Friday", "", ("tariff", "CA", "*", False)),
    ("India's nickel waiver from EU tariffs terminated", "", ("tariff", "IN", "EU", False)),
    # ... while one granted or extended is still a release, and a measure that lapses ends it
    ("Australia's steel tariff exemption extended", "", ("resuming", "AU", "*", False)),
    # ... the place before "<metal> tariff exemption" is the one spared, not the imposer
    ("US grants Australia steel tariff exemption", "", ("resuming", "AU", "US", False)),
    ("EU grants Ukraine steel quota exemption", "", ("resuming", "UA", "EU", False)),
    ("Ottawa's surtax on Chinese steel expires", "", ("resuming", "CN", "CA", False)),
    # --- a deal over one side's tariff ---------------------------------------------------------
    (
        "Tokyo and Washington agree to swap US steel tariffs for a quota",
        "",
        ("quota", "JP", "US", False),
    ),
    (
        "Seoul, Washington strike deal replacing US steel duties with import quota",
        "",
        ("quota", "KR", "US", False),
    ),
    (
        "US, Japan agree to replace steel tariffs with tariff-rate quota system",
        "",
        ("quota", "JP", "US", False),
    ),
    (
        "London and Washington agree to ease US aluminium tariffs with quota",
        "",
        ("quota", "GB", "US", False),
    ),
    ("Washington and Mexico City agree to end steel tariffs", "", ("resuming", "MX", "US", False)),
    # ... and a deal whose side imposes its own tariff keeps its reading
    ("Britain secures deal to cut US aluminium tariffs", "", ("resuming", "GB", "US", False)),
    # --- an industry waiting on permits, a review opened ---------------------------------------
    ("Zambian copper miners still waiting for export permits under new rules", "", None),
    ("Chilean lithium producers await export licences after quota change", "", None),
    ("South Africa launches review of steel tariff structure", "", None),
    ("Trade body embarks on aluminium duty structure review", "", None),
    # ... while a measure beside the wait, or taken after a review, is the news
    ("Congo sets cobalt export quotas as miners await permits", "", ("quota", "CD", "*", False)),
    ("US launches steel tariffs after review", "", ("tariff", "*", "US", False)),
]

#: (title, metals released): the metals the kept clause names stay out of the release.
SPLIT: list[tuple[str, tuple[str, ...]]] = [
    ("Canada drops its steel surtax but keeps the aluminium levy", ("steel",)),
    ("Ottawa scraps counter-tariffs on US steel, retains duties on aluminum", ("steel",)),
    ("Mexico lifts copper duties while maintaining tariffs on zinc", ("copper",)),
    ("Congo keeps cobalt export levy, scraps copper export ban", ("copper",)),
    ("EU removes nickel and zinc tariffs but leaves duties on steel in place", ("nickel", "zinc")),
    # both clauses name the metal: it is released as before
    ("Canada drops steel tariffs on US goods but keeps steel quotas", ("steel",)),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: tuple[str, str, str, bool] | None) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "released"), SPLIT, ids=[t[:60] for t, _m in SPLIT])
def test_a_release_leaves_the_metals_it_keeps_the_measure_on(
    title: str, released: tuple[str, ...]
) -> None:
    event = classify(title, "", METALS)
    assert event is not None and event.status == "resuming", title
    assert event.metals == released
