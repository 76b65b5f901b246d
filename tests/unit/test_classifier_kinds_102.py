"""Kinds of wrong fields on real measures (session 33): measures read as the right event with a
wrong origin, destination, status, metals or rate, in made-up phrasings labelled before the
engine read them.

FIRST_RUN_PLACEHOLDER

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, case_ids, check_kind
from test_classifier import METALS

from tui.engine.classifier import classify, explain

CASES: list[Any] = []

#: (status, origin, destination, proposed, metals, rate): the fields a full check reads.
Full = tuple[str, str, str, bool, frozenset[str], float | None] | None

_STEEL = frozenset({"steel"})
_ALU = frozenset({"aluminium"})

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
    ("Canada imposes surtax on steel from China, Vietnam, Korea", "", ("tariff", "CN", "CA", False)),
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
    (
        "Trump ends steel tariff deals with allies EU, UK, Japan and others",
        "",
        ("tariff", "EU", "US", False),
    ),
    # second batch, written after the first run (from a studied row): deals or exemptions
    # ended with a list of countries, told in the title or only in the lede
    (
        "US ends steel tariff exemptions for Japan, UK and EU",
        "",
        ("tariff", "JP", "US", False),
    ),
    (
        "Trump scraps aluminium tariff deals with Canada, Mexico and Australia",
        "",
        ("tariff", "CA", "US", False),
    ),
    (
        "No more exceptions: allies lose their steel tariff carve-outs",
        "Trump extended the steel tariffs to all imports, ending agreements with the European "
        "Union, Japan, Brazil and other countries.",
        ("tariff", "EU", "US", False),
    ),
    (
        "Aluminium tariffs now apply to everyone",
        "The US president ended exemptions for Canada, Mexico and Australia, extending the "
        "tariffs to all imports.",
        ("tariff", "CA", "US", False),
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
        ("tariff", "CN", "EU", False),
    ),
    (
        "Implementing Regulation imposing a definitive countervailing duty on imports of steel "
        "wire rod originating in Russia",
        "",
        ("tariff", "RU", "EU", False),
    ),
    (
        "Regulation imposing anti-dumping duties on imports of certain cold-rolled flat steel "
        "products originating in India and Vietnam",
        "",
        ("tariff", "IN", "EU", False),
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
    (
        "Definitive safeguard on steel imports amended by Implementing Regulation 2024/1782",
        "",
        ("tariff", "*", "EU", False),
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
        ("tariff", "CN", "CA", False),
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

#: (title, summary, want): kind 4, who acts named by an agency or a minister's title.
AGENCY_ACTS: list[Any] = [
    (
        "CBIC notifies anti-dumping duty on Chinese aluminium foil",
        "",
        ("tariff", "CN", "IN", False),
    ),
    ("MOFCOM announces export controls on antimony", "", ("licensing", "CN", "*", False)),
    (
        "USTR raises Section 301 tariffs on Chinese steel to 25%",
        "",
        ("tariff", "CN", "US", False),
    ),
    (
        "Commerce Department sets 30% duties on Vietnamese steel wire",
        "",
        ("tariff", "VN", "US", False),
    ),
    (
        "MOFCOM imposes anti-dumping duties on stainless steel from EU, Japan, South Korea",
        "",
        ("tariff", "EU", "CN", False),
    ),
    (
        "Union Finance Minister cuts customs duty on copper scrap",
        "",
        ("resuming", "*", "IN", False),
    ),
    (
        "Finance Minister Sitharaman cuts gold import duty to 6%",
        "",
        ("resuming", "*", "IN", False),
    ),
    (
        "DGTR's recommended duty on Chinese steel notified by finance ministry",
        "",
        ("tariff", "CN", "IN", False),
    ),
    ("METI tightens export controls on gallium", "", ("licensing", "JP", "*", False)),
    # near misses: an advisory body's recommendation is no event
    ("DGTR recommends anti-dumping duty on Chinese aluminium foil", "", None),
    # second batch, written after the first run: India's Union government by its title
    (
        "Union Cabinet approves cut in import duty on gold and silver",
        "",
        ("resuming", "*", "IN", False),
    ),
    ("Union Budget hikes customs duty on copper to 10%", "", ("tariff", "*", "IN", False)),
    (
        "Union Government imposes anti-dumping duty on Chinese aluminium foil",
        "",
        ("tariff", "CN", "IN", False),
    ),
    (
        "Union Finance Ministry slaps safeguard duty on steel imports",
        "",
        ("tariff", "*", "IN", False),
    ),
    # near misses: another union
    (
        "European Union Finance Ministers approve tariffs on Russian aluminium",
        "",
        ("tariff", "RU", "EU", False),
    ),
    ("Mine workers union calls for copper export ban", "", None),
]

#: (title, summary, want): kind 5, a safeguard's status.
SAFEGUARDS: list[Any] = [
    ("EU extends steel safeguard until 2026", "", ("quota", "*", "EU", False)),
    ("EU steel safeguard quotas cut by 15%", "", ("quota", "*", "EU", False)),
    ("India imposes 12% safeguard duty on steel imports", "", ("tariff", "*", "IN", False)),
    ("Vietnam extends safeguard duty on aluminium", "", ("tariff", "*", "VN", False)),
    ("UK extends steel safeguard by two years", "", ("quota", "*", "GB", False)),
    ("Turkey imposes safeguard duties on steel imports", "", ("tariff", "*", "TR", False)),
    ("EU to replace steel safeguard with tighter quotas", "", ("quota", "*", "EU", True)),
    ("Malaysia imposes safeguard duty on flat-rolled steel", "", ("tariff", "*", "MY", False)),
    ("Philippines extends safeguard duty on galvanized steel", "", ("quota", "*", "PH", False)),
    (
        "Safeguard measure on steel products prolonged for two years",
        "",
        ("quota", "*", "*", False),
    ),
]

#: (title, summary, want): kind 6, a duty's rate given as a range or in the summary.
RATES: list[Any] = [
    (
        "EU imposes anti-dumping duties of 12.5% to 30.6% on Chinese aluminium foil",
        "",
        ("tariff", "CN", "EU", False, _ALU, None),
    ),
    (
        "US sets duties ranging from 5% to 45% on Vietnamese steel wire",
        "",
        ("tariff", "VN", "US", False, _STEEL, None),
    ),
    (
        "India imposes anti-dumping duties of between 10% and 25% on Chinese steel",
        "",
        ("tariff", "CN", "IN", False, _STEEL, None),
    ),
    ("Mexico raises steel tariffs to up to 50%", "", ("tariff", "*", "MX", False, _STEEL, 50.0)),
    (
        "India imposes safeguard duty on steel imports",
        "The 12% duty applies for 200 days from Monday.",
        ("tariff", "*", "IN", False, _STEEL, 12.0),
    ),
    (
        "Vietnam slaps anti-dumping duty on Chinese galvanized steel",
        "The duties range from 3% to 38% depending on the producer.",
        ("tariff", "CN", "VN", False, _STEEL, None),
    ),
    (
        "Brazil raises import tariff on aluminium",
        "The rate rises to 25% from 12% under the quota system.",
        ("tariff", "*", "BR", False, _ALU, 25.0),
    ),
    # near misses: one rate in the title
    (
        "Canada imposes 25% surtax on Chinese steel",
        "",
        ("tariff", "CN", "CA", False, _STEEL, 25.0),
    ),
]

#: (title, summary, want): kind 7, metals named by product.
PRODUCTS: list[Any] = [
    (
        "India imposes anti-dumping duty on Chinese CRC",
        "",
        ("tariff", "CN", "IN", False, _STEEL, None),
    ),
    (
        "Vietnam slaps duties on Chinese HRC imports",
        "",
        ("tariff", "CN", "VN", False, _STEEL, None),
    ),
    (
        "Galvalume imports from China hit with anti-dumping duty in Vietnam",
        "",
        ("tariff", "CN", "VN", False, _STEEL, None),
    ),
    (
        "EU imposes anti-dumping duties on Chinese tinplate",
        "",
        ("tariff", "CN", "EU", False, _STEEL, None),
    ),
    (
        "Thailand imposes anti-dumping duty on Chinese pre-painted galvalume sheets",
        "",
        ("tariff", "CN", "TH", False, _STEEL, None),
    ),
    (
        "Indonesia imposes anti-dumping duty on tinplate from China, South Korea, Taiwan",
        "",
        ("tariff", "CN", "ID", False, _STEEL, None),
    ),
    (
        "Japan hits Chinese HRC with provisional duties",
        "",
        ("tariff", "CN", "JP", False, _STEEL, None),
    ),
    (
        "US imposes duties on Chinese ferronickel",
        "",
        ("tariff", "CN", "US", False, frozenset({"nickel"}), None),
    ),
    # near misses: a product's market news; a named metal stays
    ("HRC futures rise on China stimulus", "", None),
    (
        "EU imposes anti-dumping duties on Chinese aluminium foil",
        "",
        ("tariff", "CN", "EU", False, _ALU, None),
    ),
]


def check_full(title: str, summary: str, want: Full) -> None:
    """The classifier reads ``want`` with its metals and rate; on a miss, its explanation."""
    event = classify(title, summary, METALS)
    got = (
        None
        if event is None
        else (
            event.status,
            event.origin,
            event.destination,
            event.proposed,
            frozenset(event.metals),
            event.rate_pct,
        )
    )
    assert got == want, "\n".join(explain(title, summary, METALS))


@pytest.mark.parametrize(("title", "summary", "want"), LISTED_ORIGINS, ids=case_ids(LISTED_ORIGINS))
def test_the_origin_in_a_list_of_countries(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), ORIGINATING_IN, ids=case_ids(ORIGINATING_IN))
def test_an_eu_regulations_originating_in(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), SUMMARY_IMPORTER, ids=case_ids(SUMMARY_IMPORTER)
)
def test_the_importer_told_only_in_the_summary(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), AGENCY_ACTS, ids=case_ids(AGENCY_ACTS))
def test_who_acts_named_by_an_agency_or_a_ministers_title(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), SAFEGUARDS, ids=case_ids(SAFEGUARDS))
def test_a_safeguards_status(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), RATES, ids=case_ids(RATES))
def test_a_duty_rate_given_as_a_range_or_in_the_summary(
    title: str, summary: str, want: Full
) -> None:
    check_full(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), PRODUCTS, ids=case_ids(PRODUCTS))
def test_metals_named_by_product(title: str, summary: str, want: Full) -> None:
    check_full(title, summary, want)
