"""Wrong fields by kind (session 23, issue #16), in made-up phrasings.

The kinds come from the studied sets' rows read with the right yes/no but the wrong origin and
destination (the tuned blind sets' lone producers removing their own taxes on mined metals, and
a central bank's licences for gold dealers whose lede names importers):

1. A lone country's domestic tax word on a metal it mines (an excise, a levy, a royalty, a
   "tax"), with no import word, no customs or border duty, no made goods (steel, aluminium,
   jewellery) and no other country named: the tax falls on its own output going out, so the
   country is the exporter (origin), the destination ``*``, whether the tax is imposed,
   suspended or scrapped; a lede naming one flow decides first ("removal of taxes ... on gold
   imports"). A customs or import duty stays the importer's ("India cuts customs duty on
   gold"). (``tui/engine/classifier_own_tax.py``: ``own_tax_flow``, read by ``corridor``.)
2. A licence or permit rule of one country whose title names no flow takes its lede's flow
   when the lede names only one ("Importers will need a permit ...": the importer's), as a
   quota already did (``lede_flow``, moved to ``classifier_own_tax.py``).

First time, on the engine before the change (main at bee6f7a): kind 1, 2 of 7 (the two
importers); after, 6 of 7 (the imposed levy is marked: "imposes levy on gold" is read as on
imports by the word table before the corridor). Kind 2, 2 of 5 (the two export-side rules);
after, 3 of 5 (one case reads "issue licences" as a grant, resuming, by the house convention,
and "registration rules" is no measure noun: both marked, left alone). An older made-up case
(``test_classifier_kinds_6``, "Zambia suspends excise on copper cathodes", labelled ``* -> ZM``
to the engine of its day) now reads ``ZM -> *`` as the studied rhc-016 is labelled; its label
was changed to that. The last two importers, written after the change (a lede naming imports,
made goods), guard the rows and cases it first lost.

These cases are kept out of ``CASES`` (which the learned event gate trains on): they test the
rules' reading.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, a lone producer's own tax on its metal.
OWN_TAX: list[Any] = [
    (
        "Zambia scraps excise on copper concentrates",
        "The government said the move would help mines raise output.",
        ("resuming", "ZM", "*", False),
    ),
    (
        "Tanzania drops levy on gold",
        "",
        ("resuming", "TZ", "*", False),
    ),
    (
        "Zimbabwe suspends lithium tax for six months",
        "The finance ministry said the suspension would ease pressure on miners.",
        ("resuming", "ZW", "*", False),
    ),
    pytest.param(
        "Ghana imposes new levy on gold",
        "Small-scale miners will pay the levy from next month, the finance ministry said.",
        ("tariff", "GH", "*", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a charge imposed on goods reads as on imports in the word table"
            " (classifier_text), before the corridor: left alone",
        ),
    ),
    (
        "DR Congo removes royalty surcharge on cobalt",
        "",
        ("resuming", "CD", "*", False),
    ),
]

#: (title, summary, want): kind 1's edge, which stays the importer's.
IMPORTERS: list[tuple[str, str, Want]] = [
    (
        "India cuts customs duty on gold and silver",
        "The finance minister reduced the import duty to 6%.",
        ("resuming", "*", "IN", False),
    ),
    (
        "Pakistan lifts tax on steel imports",
        "",
        ("resuming", "*", "PK", False),
    ),
    # written after the change, for the lede's flow (a studied row's kind: lost at first)
    (
        "Nepal scraps tax on gold",
        "The finance ministry removed the tax on gold imports to curb smuggling.",
        ("resuming", "*", "NP", False),
    ),
    (
        "Kenya cuts excise on gold jewellery",
        "",
        ("resuming", "*", "KE", False),
    ),
]


@headline_cases(OWN_TAX)
def test_a_producers_own_tax_is_the_exporters(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(IMPORTERS)
def test_a_customs_or_import_duty_stays_the_importers(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


#: (title, summary, want): kind 2, a licence or permit rule of one country whose lede names
#: the one flow it governs.
LEDE_LICENCES: list[Any] = [
    pytest.param(
        "Bangladesh to issue new licences for gold traders",
        "The central bank will let licensed dealers import gold bars directly.",
        ("licensing", "*", "BD", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="issuing licences reads as a grant (resuming), as 'issues export licences'"
            " does; the status is not this kind's and is left alone",
        ),
    ),
    (
        "Vietnam tightens permits for copper cathode",
        "Importers will need a permit from the trade ministry for each shipment of cathode"
        " brought into the country.",
        ("licensing", "*", "VN", False),
    ),
    pytest.param(
        "Turkey introduces registration rules for gold dealers",
        "Dealers importing gold will have to register with the central bank.",
        ("licensing", "*", "TR", False),
        marks=pytest.mark.xfail(
            strict=True, reason="'registration rules' is no measure noun: no event; left alone"
        ),
    ),
    (
        "Indonesia tightens permits for nickel ore",
        "Miners will need new permits to export ore, the energy ministry said.",
        ("licensing", "ID", "*", False),
    ),
    (
        "Peru introduces licences for gold traders",
        "",
        ("licensing", "PE", "*", False),
    ),
]


@headline_cases(LEDE_LICENCES)
def test_a_licence_rule_takes_its_ledes_one_flow(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
