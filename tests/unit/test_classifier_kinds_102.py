"""Kinds of wrong fields on real measures (session 33): measures read as the right event with a
wrong origin, destination, status, metals or rate, in made-up phrasings labelled before the
engine read them.

Seven kinds, from the wrong fields of the studied sets' measures and of the first readings of
unseen sets:

1. **The origin in a list of countries** ("EU imposes anti-dumping duties on steel from China,
   India and Vietnam"; a tariff widened to every exporter, "ending agreements with the European
   Union, Japan, ..."): the first named (docs/STATUSES.md, "the headline's own reading keeps the
   first named"); spares ended name their first exporter when the title lists them too
   (``tui/engine/classifier_ended_spares.py``).
2. **An EU regulation's "originating in"**: the importer of "Implementing Regulation ...",
   "Council Implementing Regulation ..." or a "(EU) 2024/1250" citation is the EU
   (``tui/engine/classifier_import_side.py``, ``body_importer``).
3. **The importer told only in the summary**: a lede's third-country sellers ("Malaysian
   exporters are expected to fill the gap", "Exporters in Vietnam and Thailand ...") are not its
   importer (``tui/engine/classifier_role_places.py``, ``importer_named``).
4. **Who acts named by an agency or a minister's title**: India's Union government ("Union
   Budget", "Union Cabinet", "Union Finance Minister"; not "European Union Finance Ministers")
   imports (``body_importer``).
5. **A safeguard's status** (a steel safeguard extended is a tariff-rate ``quota``, one imposed a
   duty).
6. **A duty's rate given as a range or in the summary** (a range states no rate; "up to 50%" is
   its ceiling, 50; a lone rate in the lede is the measure's).
7. **Metals named by product** ("CRC", "HRC", "galvalume", "tinplate", "ferronickel").

First time, labels written before the engine read them, on main's engine: kind 1, 11 of 12 (the
one wrong is no event at all); kind 2, 6 of 9; kind 3, 7 of 9; kind 4, 6 of 10; kind 5, 9 of 10;
kind 6, 8 of 8; kind 7, 2 of 10 (the near misses). A second batch for kinds 2-4, written after the
first run and still read by main's engine: kind 2, 4 of 6; kind 3, 2 of 5; kind 4, 2 of 6. A third
batch for kind 1 (spares ended, from a studied row), after the first rules: 1 of 4; its near miss
("all imports, including from Canada and Mexico", every origin) was written after the rule and
read right.

Nine labels were corrected after the first run, each to the vocabulary: a steel product alone
("CRC", "HRC", "galvalume", "tinplate") names no watched metal, as "rebar" and "wire rod" do not
(docs/ACCURACY.md; README: a story is relevant when it names a watched metal; the labelled rows
rhn-076 and rhn-181, "CRC" alone, are no event): those headlines are no event. A user who wants
them adds the product as an alias of steel.

After the changes 79 of the 90 read right; the 11 left are marked ``xfail(strict=True)``: two
"tariff deals" titles read as no event (the event rules' kind), two ledes that alone list the
spares ended under a tariff on all imports (a real labelled row, rw2-034, reads that as every
origin), a bare "Regulation", an amended steel safeguard read as a ``quota`` (as the labelled
sets read the EU's), a minister named by name alone, two ``proposed`` decided by another word,
an advisory body's recommendation, and "ferronickel" in one word (tagging, not the classifier).

Kinds 4-7 are in ``test_classifier_kinds_102_forms.py`` (checked there with their metals and
rate). These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, check_kind, headline_cases

CASES: list[Any] = []

_NO_EVENT = "read as no event before any field (a 'tariff deal' is no measure word): event rules"
_LEDE_LIST = (
    "the second wire's rw2-034 is labelled every origin when only the lede lists the spares "
    "ended under a tariff on all imports; the title's list decides"
)
_BARE_REGULATION = "a bare 'Regulation' names no government (Canada's acts are 'Regulations' too)"
_AMENDED_SAFEGUARD = (
    "an amended steel safeguard reads `quota`, as the labelled sets read the EU's (rhp-104, "
    "rhp-105); the label was written `tariff` and is kept"
)
#: (title, summary, want): kind 1, the origin in a list of countries (the first named).
LISTED_ORIGINS: list[Any] = [
    (
        "EU imposes anti-dumping duties on steel from China, India and Vietnam",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "US slaps duties on aluminium extrusions from China, Mexico, Vietnam, others",
        "",
        ("tariff", "CN", "US", False),
    ),
    (
        "India imposes anti-dumping duty on aluminium foil from China, Thailand and Malaysia",
        "",
        ("tariff", "CN", "IN", False),
    ),
    (
        "Canada imposes surtax on steel from China, Vietnam, Korea",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Brazil raises import tariffs on steel from China, Russia, Egypt and Vietnam",
        "",
        ("tariff", "CN", "BR", False),
    ),
    (
        "Turkey extends duties on Chinese, Vietnamese and Indian steel wire",
        "",
        ("tariff", "CN", "TR", False),
    ),
    (
        "Korea, Japan and Taiwan hit with US anti-dumping duties on steel pipes",
        "",
        ("tariff", "KR", "US", False),
    ),
    (
        "Malaysia imposes provisional duties on stainless steel from China, Indonesia, South "
        "Korea and Vietnam",
        "",
        ("tariff", "CN", "MY", False),
    ),
    (
        "Trump scraps steel tariff exemptions for Canada, Mexico, EU",
        "",
        ("tariff", "CA", "US", False),
    ),
    pytest.param(
        "Trump ends steel tariff deals with allies EU, UK, Japan and others",
        "",
        ("tariff", "EU", "US", False),
        marks=pytest.mark.xfail(strict=True, reason=_NO_EVENT),
    ),
    # second batch, written after the first run (from a studied row): deals or exemptions
    # ended with a list of countries, told in the title or only in the lede
    (
        "US ends steel tariff exemptions for Japan, UK and EU",
        "",
        ("tariff", "JP", "US", False),
    ),
    pytest.param(
        "Trump scraps aluminium tariff deals with Canada, Mexico and Australia",
        "",
        ("tariff", "CA", "US", False),
        marks=pytest.mark.xfail(strict=True, reason=_NO_EVENT),
    ),
    pytest.param(
        "No more exceptions: allies lose their steel tariff carve-outs",
        "Trump extended the steel tariffs to all imports, ending agreements with the European "
        "Union, Japan, Brazil and other countries.",
        ("tariff", "EU", "US", False),
        marks=pytest.mark.xfail(strict=True, reason=_LEDE_LIST),
    ),
    pytest.param(
        "Aluminium tariffs now apply to everyone",
        "The US president ended exemptions for Canada, Mexico and Australia, extending the "
        "tariffs to all imports.",
        ("tariff", "CA", "US", False),
        marks=pytest.mark.xfail(strict=True, reason=_LEDE_LIST),
    ),
    # near misses: one origin; every origin with no spare ended
    ("Vietnam imposes duties on Chinese steel", "", ("tariff", "CN", "VN", False)),
    (
        "US aluminium tariffs now apply to all imports",
        "The tariffs apply to all imports, including from Canada and Mexico.",
        ("tariff", "*", "US", False),
    ),
    ("Mexico raises tariffs on Chinese aluminium", "", ("tariff", "CN", "MX", False)),
]

#: (title, summary, want): kind 2, an EU regulation's "originating in".
ORIGINATING_IN: list[Any] = [
    (
        "Commission Implementing Regulation (EU) 2025/1123 imposing a definitive anti-dumping "
        "duty on imports of certain aluminium foil originating in the People's Republic of China",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Commission Implementing Regulation (EU) 2024/2201 imposing a provisional anti-dumping "
        "duty on imports of tinplate originating in the People's Republic of China",
        "",
        None,
    ),
    (
        "Implementing Regulation imposing a definitive countervailing duty on imports of steel "
        "wire rod originating in Russia",
        "",
        ("tariff", "RU", "EU", False),
    ),
    pytest.param(
        "Regulation imposing anti-dumping duties on imports of certain cold-rolled flat steel "
        "products originating in India and Vietnam",
        "",
        ("tariff", "IN", "EU", False),
        marks=pytest.mark.xfail(strict=True, reason=_BARE_REGULATION),
    ),
    (
        "Commission Implementing Regulation (EU) 2025/77 extending the definitive anti-dumping "
        "duty imposed on imports of certain steel fasteners originating in China to imports "
        "consigned from Malaysia",
        "",
        ("tariff", "MY", "EU", False),
    ),
    (
        "Definitive anti-dumping duty on imports of aluminium converter foil originating in China",
        "The European Commission has imposed definitive duties of up to 24.6%.",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Anti-dumping duty on steel road wheels originating in China extended",
        "",
        ("tariff", "CN", "*", False),
    ),
    # near misses: an initiation is no event; another importer's "originating in"
    (
        "Notice of initiation of an anti-dumping proceeding concerning imports of hot-rolled "
        "flat products of iron originating in Egypt",
        "",
        None,
    ),
    (
        "India imposes anti-dumping duty on aluminium foil originating in China",
        "",
        ("tariff", "CN", "IN", False),
    ),
    # second batch, written after the first run: the EU's instrument by its name or citation
    (
        "Implementing Regulation (EU) 2025/310 extending the anti-dumping duty on imports of "
        "aluminium foil originating in China",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Council Implementing Regulation imposing a definitive anti-dumping duty on imports of "
        "seamless steel pipes originating in Ukraine",
        "",
        ("tariff", "UA", "EU", False),
    ),
    (
        "Regulation (EU) 2024/1250 imposing a provisional countervailing duty on aluminium "
        "extrusions originating in China",
        "",
        ("tariff", "CN", "EU", False),
    ),
    pytest.param(
        "Definitive safeguard on steel imports amended by Implementing Regulation 2024/1782",
        "",
        ("tariff", "*", "EU", False),
        marks=pytest.mark.xfail(strict=True, reason=_AMENDED_SAFEGUARD),
    ),
    # near misses: another government's "implementing regulation"; "(EU)" as a name
    (
        "Indonesia issues implementing regulation on nickel ore export ban",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "US sets steel tariff-rate quota for European Union (EU) for 2022",
        "",
        ("quota", "EU", "US", False),
    ),
]

#: (title, summary, want): kind 3, the importer told only in the summary.
SUMMARY_IMPORTER: list[Any] = [
    (
        "Anti-dumping duty imposed on Chinese cold-rolled steel",
        "India's finance ministry imposed a five-year anti-dumping duty on cold-rolled flat "
        "steel imported from China.",
        ("tariff", "CN", "IN", False),
    ),
    (
        "Provisional duties slapped on Vietnamese aluminium extrusions",
        "Australia's Anti-Dumping Commission imposed provisional measures on the goods.",
        ("tariff", "VN", "AU", False),
    ),
    (
        "Safeguard duty of 12% on steel imports takes effect",
        "The duty, imposed by India's finance ministry, applies for 200 days.",
        ("tariff", "*", "IN", False),
    ),
    (
        "New tariffs on Chinese steel take effect",
        "Mexico's government raised tariffs to 35% on steel from countries without trade deals.",
        ("tariff", "CN", "MX", False),
    ),
    (
        "Duties on Chinese tinplate extended for five years",
        "Canada's border agency said the duties will remain in place.",
        None,
    ),
    (
        "Import duty on gold cut to 6%",
        "India's finance minister announced the cut in the budget on Tuesday.",
        ("resuming", "*", "IN", False),
    ),
    (
        "Countervailing duties on Indonesian stainless steel confirmed",
        "The European Union confirmed the duties after an investigation.",
        ("tariff", "ID", "EU", False),
    ),
    # near misses: no importer named anywhere; the summary names only the exporters
    (
        "Anti-dumping duties imposed on Chinese steel wire",
        "Chinese exporters said they would appeal.",
        ("tariff", "CN", "*", False),
    ),
    (
        "Anti-dumping duties imposed on Chinese steel wire",
        "Exporters in Vietnam and Thailand expect to gain market share.",
        ("tariff", "CN", "*", False),
    ),
    # second batch, written after the first run: exporters of a third country in the lede
    (
        "Anti-dumping duties imposed on Chinese aluminium extrusions",
        "Malaysian exporters are expected to fill the gap left by Chinese suppliers.",
        ("tariff", "CN", "*", False),
    ),
    (
        "Provisional duties on Chinese steel pipes take effect",
        "Exporters in South Korea said demand for their pipes had already risen.",
        ("tariff", "CN", "*", False),
    ),
    (
        "Countervailing duties on Chinese aluminium foil confirmed",
        "Thailand's exporters welcomed the move, which leaves them a bigger share of the market.",
        ("tariff", "CN", "*", False),
    ),
    # near misses: the importer acting in the lede
    (
        "Anti-dumping duties imposed on Chinese aluminium extrusions",
        "Malaysia imposed the duties after complaints from local producers.",
        ("tariff", "CN", "MY", False),
    ),
    (
        "Provisional duties on Chinese steel pipes take effect",
        "South Korea's trade commission set the duties at up to 30%.",
        ("tariff", "CN", "KR", False),
    ),
]


@headline_cases(LISTED_ORIGINS)
def test_the_origin_in_a_list_of_countries(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ORIGINATING_IN)
def test_an_eu_regulations_originating_in(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SUMMARY_IMPORTER)
def test_the_importer_told_only_in_the_summary(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
