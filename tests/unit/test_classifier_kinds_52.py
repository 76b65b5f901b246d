"""Wrong fields by kind (session 23, issue #16), in made-up phrasings.

The kind comes from the studied sets' rows read with the right yes/no but the wrong origin and
destination (the blind sets' "Zambia suspends customs & excise on copper concentrates",
"Uganda axes gold tax"):

1. A lone country's domestic tax word on a metal it mines (an excise, a levy, a royalty, a
   "tax"), with no import word and no other country named: the tax falls on its own output
   going out, so the country is the exporter (origin), the destination ``*``, whether the tax
   is imposed, suspended or scrapped. A customs or import duty stays the importer's ("India
   cuts customs duty on gold").

First time, on the engine before the change (main at bee6f7a): FIRST_TIME_COUNT (filled in
below after the first run).

These cases are kept out of ``CASES`` (which the learned event gate trains on): they test the
rules' reading.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, case_ids, check_kind

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
        id="Ghana imposes new levy on gold",
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
]


@pytest.mark.parametrize(("title", "summary", "want"), OWN_TAX, ids=case_ids(OWN_TAX))
def test_a_producers_own_tax_is_the_exporters(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), IMPORTERS, ids=case_ids(IMPORTERS))
def test_a_customs_or_import_duty_stays_the_importers(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
