"""Cases of ``test_classifier_kinds_70.py`` (IMPORT_QUOTAS, REMEDIES, CIRCUMVENTION,
OFFICIAL_TITLES, SECTION), labelled before the engine read them; the kinds, first-time counts and
fixes are in that module's docstring."""

from __future__ import annotations

import pytest
from kinds_cases import Want

_REPLACED_BY = pytest.mark.xfail(
    strict=True,
    reason="a measure that expires and is 'replaced by new tariff quota system' reads the tariff, not the tariff-rate quota",
)


_NOTICE_ALONE = pytest.mark.xfail(
    strict=True,
    reason="a Federal Register duty order's title with no summary names no importer (the product's notices carry their summary)",
)


_RECOMMENDATION = pytest.mark.xfail(
    strict=True,
    reason="a trade-remedy body's recommendation of a duty is read as a proposed measure by the older sets' labels (gate2's rhh-138, heldout's rhx-036, unseen's rhu-040), no event by the later ones (test_classifier_kinds_14.py)",
)


_COUNTED_GOODS = pytest.mark.xfail(
    strict=True,
    reason="a weak measure noun ('certification') with a count before the goods ('145 steel imports') finds no flow; 'for steel imports' reads",
)


_OTHER_CLAUSE = pytest.mark.xfail(
    strict=True,
    reason="the metal named only in the clause about the other's measure ('over steel tariffs') is given to the retaliation on 'US goods'",
)


#: (title, summary, want): import quotas and safeguards
IMPORT_QUOTAS: list[tuple[str, str, Want] | object] = [
    ("EU extends steel safeguard quotas until June 2026", "", ("quota", "*", "EU", False)),
    ("UK extends steel safeguard for two more years", "", ("quota", "*", "GB", False)),
    (
        "Turkey imposes safeguard duties on hot-rolled steel imports",
        "",
        ("tariff", "*", "TR", False),
    ),
    (
        "India imposes 12% provisional safeguard duty on flat steel imports",
        "",
        ("tariff", "*", "IN", False),
    ),
    (
        "Canada introduces tariff rate quotas on steel from non-FTA partners",
        "",
        ("quota", "*", "CA", False),
    ),
    (
        "EU cuts steel import quotas by 47%, doubles out-of-quota tariff to 50%",
        "",
        ("quota", "*", "EU", False),
    ),
    (
        "South Africa imposes safeguard duty on aluminium flat-rolled imports",
        "",
        ("tariff", "*", "ZA", False),
    ),
    ("Indonesia caps steel imports with new quota regime", "", ("quota", "*", "ID", False)),
    (
        "Mexico sets quotas on aluminium imports from non-treaty countries",
        "",
        ("quota", "*", "MX", False),
    ),
    (
        "Vietnam imposes safeguard duty on imported aluminium profiles",
        "",
        ("tariff", "*", "VN", False),
    ),
    pytest.param(
        "EU's steel safeguard expires, replaced by new tariff quota system",
        "",
        ("quota", "*", "EU", False),
        marks=_REPLACED_BY,
    ),
    ("Steelmakers ask Brussels to tighten safeguard quotas", "", None),
]


#: (title, summary, want): anti-dumping and countervailing duties, provisional and final, and their steps
REMEDIES: list[tuple[str, str, Want] | object] = [
    (
        "EU imposes provisional anti-dumping duties of up to 46% on Chinese aluminium extrusions",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "India slaps five-year anti-dumping duty on aluminium foil from China",
        "",
        ("tariff", "CN", "IN", False),
    ),
    (
        "US sets final countervailing duties on Vietnamese steel wire",
        "",
        ("tariff", "VN", "US", False),
    ),
    (
        "Korea imposes provisional anti-dumping duties of up to 38% on Chinese steel plates",
        "",
        ("tariff", "CN", "KR", False),
    ),
    (
        "Australia imposes dumping duties on Malaysian, Thai steel rebar",
        "",
        ("tariff", "MY", "AU", False),
    ),
    (
        "Brazil applies anti-dumping duty on Chinese steel pre-painted sheets",
        "",
        ("tariff", "CN", "BR", False),
    ),
    (
        "Mexico sets definitive antidumping duties on Korean, Taiwanese galvanized steel",
        "",
        ("tariff", "KR", "MX", False),
    ),
    (
        "Canada imposes provisional duties on Chinese aluminium extrusions after preliminary finding",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Turkey levies anti-dumping duty on aluminium foil from Russia, China",
        "",
        ("tariff", "RU", "TR", False),
    ),
    (
        "Vietnam's trade ministry imposes anti-dumping duty of up to 27.83% on Chinese hot-rolled steel",
        "",
        ("tariff", "CN", "VN", False),
    ),
    (
        "Commission Implementing Regulation (EU) 2025/211 imposing a definitive anti-dumping duty on imports of aluminium foil originating in the People's Republic of China",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Commission Implementing Regulation imposing a provisional anti-dumping duty on imports of hot-rolled flat products of iron, non-alloy or other alloy steel originating in Egypt, India, Japan and Vietnam",
        "",
        ("tariff", "EG", "EU", False),
    ),
    pytest.param(
        "Certain Aluminum Foil From the Republic of Korea: Antidumping Duty Order",
        "",
        ("tariff", "KR", "US", False),
        marks=_NOTICE_ALONE,
    ),
    ("Indonesia slaps anti-dumping duties on Chinese, Korean tinplate", "", None),
    (
        "Thailand extends anti-dumping duties on Chinese stainless steel for five more years",
        "",
        ("tariff", "CN", "TH", False),
    ),
    (
        "Malaysia's MITI imposes AD duties on cold-rolled steel from China, Korea, Vietnam",
        "",
        ("tariff", "CN", "MY", False),
    ),
    ("Egypt imposes anti-dumping duties on Chinese and Turkish rebar for 5 years", "", None),
    (
        "India revokes anti-dumping duty on copper tubes from Vietnam",
        "",
        ("resuming", "VN", "IN", False),
    ),
    (
        "EU lets anti-dumping duties on Russian aluminium foil expire",
        "",
        ("resuming", "RU", "EU", False),
    ),
    pytest.param(
        "DGTR recommends anti-dumping duty on aluminium frames from China",
        "",
        None,
        marks=_RECOMMENDATION,
    ),
    (
        "Final Findings: Anti-dumping investigation concerning imports of Aluminium Foil originating in or exported from China PR",
        "",
        None,
    ),
    pytest.param(
        "KTC recommends 27.9% preliminary anti-dumping duty on Chinese steel plates",
        "",
        None,
        marks=_RECOMMENDATION,
    ),
    (
        "Steel Concrete Reinforcing Bar From Algeria, Bulgaria, Egypt, and Vietnam: Final Affirmative Determinations of Sales at Less Than Fair Value",
        "",
        None,
    ),
    ("CBSA initiates investigation into dumping of steel wire from China", "", None),
]


#: (title, summary, want): a duty extended to a third country's goods; dumping measures
CIRCUMVENTION: list[tuple[str, str, Want] | object] = [
    (
        "EU extends anti-dumping duties on Chinese aluminium foil to imports from Thailand",
        "",
        ("tariff", "TH", "EU", False),
    ),
    (
        "US extends duties on Chinese steel to imports from Vietnam after circumvention finding",
        "",
        ("tariff", "VN", "US", False),
    ),
    (
        "India widens anti-dumping duty on Chinese aluminium to cover shipments routed via Malaysia",
        "",
        ("tariff", "MY", "IN", False),
    ),
    (
        "Commission Implementing Regulation extending the definitive anti-dumping duty on steel wire from China to imports consigned from Malaysia",
        "",
        ("tariff", "MY", "EU", False),
    ),
    (
        "Turkey applies anti-dumping duties on Chinese aluminium to Vietnamese imports over circumvention",
        "",
        ("tariff", "VN", "TR", False),
    ),
    (
        "Australia extends steel dumping measures to Malaysian exporters to stop circumvention",
        "",
        ("tariff", "MY", "AU", False),
    ),
    ("EU opens anti-circumvention probe into aluminium foil from Thailand", "", None),
    # written after the first reading, for the kind fixed
    (
        "Brazil extends anti-dumping duty on Chinese steel to imports from Vietnam",
        "",
        ("tariff", "VN", "BR", False),
    ),
    (
        "US applies countervailing duties on Chinese aluminium to Cambodian shipments",
        "",
        ("tariff", "KH", "US", False),
    ),
    (
        "Canada widens dumping duties on Chinese steel rebar to cover imports shipped via Turkey",
        "",
        ("tariff", "TR", "CA", False),
    ),
    (
        "EU expands anti-subsidy measures on Chinese steel to Indonesian exporters",
        "",
        ("tariff", "ID", "EU", False),
    ),
    ("US extends anti-dumping duties on Korean steel to 2030", "", ("tariff", "KR", "US", False)),
    (
        "Brazil extends anti-dumping duties on Chinese steel to five more years",
        "",
        ("tariff", "CN", "BR", False),
    ),
    (
        "Australia imposes steel dumping measures on Malaysian exporters",
        "",
        ("tariff", "MY", "AU", False),
    ),
    (
        "South Africa extends dumping measures on Chinese aluminium",
        "",
        ("tariff", "CN", "ZA", False),
    ),
]


#: (title, summary, want): the EU Official Journal's implementing regulations (written after)
OFFICIAL_TITLES: list[tuple[str, str, Want] | object] = [
    # written after the first reading, for the kind fixed
    (
        "Commission Implementing Regulation imposing a definitive anti-dumping duty on imports of aluminium converter foil originating in the People's Republic of China",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Commission Implementing Regulation (EU) 2024/1234 extending the definitive countervailing duty on imports of aluminium foil originating in China",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Commission Implementing Regulation re-imposing a definitive anti-dumping duty on imports of steel ropes originating in Russia",
        "",
        ("tariff", "RU", "EU", False),
    ),
]


#: (title, summary, want): Section 232 inclusions, derivatives and exclusions
SECTION_232: list[tuple[str, str, Want] | object] = [
    (
        "US adds 407 steel and aluminum derivative products to 50% tariffs",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Commerce expands Section 232 steel tariffs to include washing machines, other derivatives",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "US ends Section 232 exclusions for steel and aluminum imports",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Commerce grants 1,200 exclusions from Section 232 steel tariffs",
        "",
        ("resuming", "*", "US", False),
    ),
    (
        "Adjusting Imports of Aluminum Into the United States",
        "The Proclamation raises the tariff on aluminum articles to 50 percent.",
        ("tariff", "*", "US", False),
    ),
    ("Trump raises copper tariff to 50% under Section 232", "", ("tariff", "*", "US", False)),
    (
        "US to impose 50% tariff on semi-finished copper products from Aug 1",
        "",
        ("tariff", "*", "US", False),
    ),
    ("US opens window for new steel derivative inclusion requests", "", None),
    ("Section 232: what the derivative list means for importers", "", None),
]
